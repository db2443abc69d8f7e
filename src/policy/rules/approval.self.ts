import type { PullRequestRule } from '../rule.js';

/** Measures 4.3: the author's own approval never counts. */
export const approvalSelf: PullRequestRule = {
  id: 'approval.self',
  scope: 'pull-request',
  severity: 'notice',
  softenable: true,
  emergency: false,
  clause: '4.3',
  check: ({ approvals, t }) => (approvals?.self ?? []).map((review) => ({ message: t['approval.self']({ login: review.user }) })),
};
