import type { PullRequestRule } from '../rule.js';

/** Measures 4.3: the approval of the author, or of anyone who authored or committed the PR's commits, never counts. */
export const approvalSelf: PullRequestRule = {
  id: 'approval.self',
  scope: 'pull-request',
  severity: 'notice',
  softenable: true,
  emergency: false,
  clause: '4.3',
  check: ({ approvals, t }) => [
    ...(approvals?.self ?? []).map((review) => ({ message: t['approval.self']({ login: review.user }) })),
    ...(approvals?.contributors ?? []).map(({ review, unknown }) => ({
      message: t[unknown ? 'approval.contributors-unknown' : 'approval.contributor']({ login: review.user }),
    })),
  ],
};
