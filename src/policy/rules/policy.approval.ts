import { short } from '../approvals.js';
import type { PullRequestRule } from '../rule.js';

/**
 * The measures are issued by the General Manager's Office, and the gate's configuration, CODEOWNERS
 * and workflows are those measures in force: a PR that changes them needs the approval of the role
 * the configuration names as the policy owner (`policy-owner`, default general-office), with or
 * without an upgrade document.
 */
export const policyApproval: PullRequestRule = {
  id: 'policy.approval',
  scope: 'pull-request',
  severity: 'error',
  softenable: false,
  emergency: false,
  clause: null,
  check: ({ policyChange, snapshot, t }) => {
    if (!policyChange || policyChange.state?.satisfied) return [];
    const files =
      policyChange.files.slice(0, 5).join(', ') +
      (policyChange.files.length > 5 ? ` (+${policyChange.files.length - 5})` : '');
    const s = policyChange.state;
    if (!s)
      return [
        { file: snapshot.config.path, message: t['policy.approval-no-role']({ files, role: policyChange.owner }) },
      ];
    if (s.blockedBy) return [{ message: t['policy.approval-blocked']({ files, role: s.title, login: s.blockedBy }) }];
    return [
      {
        message: t['policy.approval-missing']({
          files,
          role: s.title,
          owners: s.owners.join(', '),
          head: short(snapshot.pullRequest.headSha),
        }),
      },
    ];
  },
};
