import type { PullRequestRule } from '../rule.js';

/** Measures 4.3: two signatures, so one person signs one role (unless allow-same-approver-for-roles). */
export const approvalDistinct: PullRequestRule = {
  id: 'approval.distinct',
  scope: 'pull-request',
  severity: 'error',
  softenable: true,
  emergency: false,
  clause: '4.3',
  check: ({ approvals, t }) =>
    (approvals?.duplicates ?? []).map(({ role, login }) => {
      const title = approvals!.roles.find((r) => r.role === role)!.title;
      return { message: t['approval.distinct']({ login, role: title }) };
    }),
};
