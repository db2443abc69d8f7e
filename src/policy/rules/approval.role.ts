import { short } from '../approvals.js';
import { configuredTeams, normalizeLogin, ownerKey } from '../login.js';
import type { PullRequestRule, RuleHit } from '../rule.js';

/**
 * Measures 4.3: for each upgrade document, each configured role (approval.center-lead,
 * approval.general-office, …) is signed by a code owner of that document through the role's owner
 * entry; such an owner's request for changes blocks the role for the documents they own.
 */
export const approvalRole: PullRequestRule = {
  id: 'approval.<role>',
  scope: 'pull-request',
  severity: 'error',
  softenable: true,
  emergency: false,
  clause: '4.3',
  check: ({ approvals, roles, config, t }) => {
    if (!approvals || !roles) return [];
    const hits: RuleHit[] = [];
    for (const s of approvals.roles) {
      const rule = `approval.${s.role}`;
      if (s.blockedBy) {
        hits.push({ rule, file: s.document, message: t['approval.blocked']({ login: s.blockedBy, role: s.title }) });
      } else if (!s.satisfied) {
        const listed = configuredTeams(config);
        const members = [
          ...new Set(s.owners.flatMap((o) => (o.includes('/') ? (listed.get(ownerKey(o)) ?? []) : [o]))),
        ];
        // A team that could not be read is reported once, by evaluate, as a configuration error with its fix.
        const note = '';
        const examples = members
          .slice(0, 3)
          .map((m) => `@${normalizeLogin(m)}`)
          .join(', ');
        hits.push({
          rule,
          file: s.document,
          message: t['approval.missing']({
            role: s.title,
            owners: s.owners.join(', '),
            examples,
            head: short(approvals.headSha),
            note,
          }),
        });
      }
    }
    return hits;
  },
};
