import type { Catalog } from '../../messages/index.js';
import type { Codeowners } from '../../codeowners/owners.js';
import { ROLE_IDS, type RolesConfig } from '../config.js';
import { roleTitle } from '../approvals.js';
import type { PullRequestRule, RuleHit } from '../rule.js';

/**
 * Every changed upgrade document is owned (CODEOWNERS, base branch) by an owner of every role, so that
 * GitHub requests the right reviewers and branch protection's code-owner review agrees with the policy.
 */
function coverageHits(documents: string[], codeowners: Codeowners | undefined, codeownersPath: string | undefined, roles: RolesConfig, t: Catalog): RuleHit[] {
  const findings: RuleHit[] = [];
  for (const path of documents) {
    const rule = codeowners?.ruleFor(path);
    const owners = new Set(rule?.owners.map((o) => o.toLowerCase()) ?? []);
    for (const role of ROLE_IDS) {
      const roleOwners = roles[role].owners;
      if (roleOwners.some((o) => owners.has(o.toLowerCase()))) continue;
      const title = roleTitle(roles, role);
      const dir = path.includes('/') ? `/${path.slice(0, path.lastIndexOf('/') + 1)}` : `/${path}`;
      const fix = `${dir} ${[...new Set([...(rule?.owners ?? []), roleOwners[0]!])].join(' ')}`;
      findings.push({
        file: codeownersPath ?? 'CODEOWNERS',
        line: rule?.line,
        column: rule ? 1 : undefined,
        message: !codeowners
          ? t['codeowners.coverage-none']({ path, role: title, fix })
          : t['codeowners.coverage']({ path, owners: rule?.owners.join(' ') ?? '', line: rule?.line ?? 0, role: title, roleOwners: roleOwners.join(', '), fix }),
      });
    }
  }
  return findings;
}

/** Measures 4.3: CODEOWNERS on the base branch makes an owner of every role an owner of each changed document. */
export const codeownersCoverage: PullRequestRule = {
  id: 'codeowners.coverage',
  scope: 'pull-request',
  severity: 'error',
  softenable: true,
  emergency: false,
  clause: '4.3',
  check: ({ roles, docs, codeowners, snapshot, t }) => (roles && docs.length > 0 ? coverageHits(docs.map((d) => d.file), codeowners, snapshot.codeowners.path, roles, t) : []),
};
