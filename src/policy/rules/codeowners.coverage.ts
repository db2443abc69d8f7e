import type { Catalog } from '../../messages/index.js';
import type { Codeowners } from '../../codeowners/owners.js';
import { ROLE_IDS, type RolesConfig } from '../config.js';
import type { Finding } from '../../messages/finding.js';
import { roleTitle } from './approval.js';

/**
 * Every changed upgrade document is owned (CODEOWNERS, base branch) by an owner of every role, so that
 * GitHub requests the right reviewers and branch protection's code-owner review agrees with the policy.
 */
export function codeownersCoverage(documents: string[], codeowners: Codeowners | undefined, codeownersPath: string | undefined, roles: RolesConfig, t: Catalog): Finding[] {
  const findings: Finding[] = [];
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
        rule: 'codeowners.coverage',
        severity: 'error',
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
