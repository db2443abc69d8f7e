import { short } from '../approvals.js';
import type { PullRequestRule } from '../rule.js';

/** Measures 4.3: an approval covers the exact change approved; it stops counting when the PR's change at the head differs, or the PR moves to another base branch. */
export const approvalStale: PullRequestRule = {
  id: 'approval.stale',
  scope: 'pull-request',
  severity: 'warning',
  softenable: true,
  emergency: false,
  clause: '4.3',
  check: ({ approvals, t }) =>
    (approvals?.stale ?? []).map(({ review, touched, baseChangedAt }) => {
      if (baseChangedAt)
        return {
          message: t['approval.stale-base']({ login: review.user, at: baseChangedAt, head: short(approvals!.headSha) }),
        };
      const changed = touched === undefined ? '' : touched.slice(0, 5).join(', ');
      const more = touched === undefined ? 0 : Math.max(0, touched.length - 5);
      return {
        message: t['approval.stale']({
          login: review.user,
          commit: short(review.commitId),
          changed,
          more,
          head: short(approvals!.headSha),
        }),
      };
    }),
};
