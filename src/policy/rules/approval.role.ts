import { short } from '../approvals.js';
import type { RoleId } from '../config.js';
import { normalizeLogin } from '../login.js';
import type { PullRequestRule, RuleHit } from '../rule.js';

/**
 * Measures 4.3: each role (approval.center-lead, approval.general-office) approves the current head;
 * a member's request for changes blocks the role.
 */
export const approvalRole: PullRequestRule = {
  id: 'approval.<role>',
  scope: 'pull-request',
  severity: 'error',
  softenable: true,
  emergency: false,
  clause: '4.3',
  check: ({ approvals, roles, snapshot, t }) => {
    if (!approvals || !roles) return [];
    const hits: RuleHit[] = [];
    for (const s of approvals.roles) {
      const rule = `approval.${s.role}`;
      if (s.blockedBy) {
        hits.push({ rule, message: t['approval.blocked']({ login: s.blockedBy, role: s.title }) });
      } else if (!s.satisfied) {
        const members = roles[s.role as RoleId].members ?? [];
        const note = snapshot.membership[s.role]?.error ?? '';
        const examples = members.slice(0, 3).map((m) => `@${normalizeLogin(m)}`).join(', ');
        hits.push({ rule, message: t['approval.missing']({ role: s.title, owners: s.owners.join(', '), examples, head: short(approvals.headSha), note }) });
      }
    }
    return hits;
  },
};
