import type { Catalog } from '../../messages/index.js';
import type { Codeowners } from '../../codeowners/owners.js';
import { roleIds, type RolesConfig } from '../config.js';
import { roleTitle } from '../approvals.js';
import type { PullRequestRule, RuleHit } from '../rule.js';

/**
 * Every changed upgrade document is owned (CODEOWNERS, base branch) by an owner of every role, so that
 * GitHub requests the right reviewers and branch protection's code-owner review agrees with the policy.
 * One finding per document names every role it lacks, with one line that fixes them all: the last
 * matching CODEOWNERS line decides, so two separate suggested lines would leave a role uncovered.
 * Documents in the same folder get the same line, which covers all of them.
 */
function coverageHits(
  documents: string[],
  codeowners: Codeowners | undefined,
  codeownersPath: string | undefined,
  roles: RolesConfig,
  t: Catalog,
): RuleHit[] {
  const folderOf = (path: string) => (path.includes('/') ? `/${path.slice(0, path.lastIndexOf('/') + 1)}` : `/${path}`);
  const gaps = documents.map((path) => {
    const rule = codeowners?.ruleFor(path);
    const owners = new Set(rule?.owners.map((o) => o.toLowerCase()) ?? []);
    const missing = roleIds(roles).filter((role) => !roles[role]!.owners.some((o) => owners.has(o.toLowerCase())));
    return { path, rule, missing };
  });
  // The owners one line per folder must list: everyone who owns a document there now, plus each missing role.
  const lineOwners = new Map<string, string[]>();
  for (const g of gaps) {
    if (g.missing.length === 0) continue;
    const list = lineOwners.get(folderOf(g.path)) ?? [];
    for (const o of [...(g.rule?.owners ?? []), ...g.missing.map((r) => roles[r]!.owners[0]!)])
      if (!list.some((x) => x.toLowerCase() === o.toLowerCase())) list.push(o);
    lineOwners.set(folderOf(g.path), list);
  }
  return gaps
    .filter((g) => g.missing.length > 0)
    .map(({ path, rule, missing }) => {
      const fix = `${folderOf(path)} ${lineOwners.get(folderOf(path))!.join(' ')}`;
      const missingRoles = missing.map((r) => ({ title: roleTitle(roles, r), owners: roles[r]!.owners.join(', ') }));
      const message = !codeowners
        ? t['codeowners.coverage-none']({ path, roles: missingRoles, fix })
        : !rule
          ? t['codeowners.coverage-unmatched']({ path, roles: missingRoles, fix })
          : rule.owners.length === 0
            ? t['codeowners.coverage-ownerless']({ path, line: rule.line, roles: missingRoles, fix })
            : t['codeowners.coverage']({
                path,
                owners: rule.owners.join(' '),
                line: rule.line,
                roles: missingRoles,
                fix,
              });
      return { file: codeownersPath ?? 'CODEOWNERS', line: rule?.line, column: rule ? 1 : undefined, message };
    });
}

/** Measures 4.3: CODEOWNERS on the base branch makes an owner of every role an owner of each changed document. */
export const codeownersCoverage: PullRequestRule = {
  id: 'codeowners.coverage',
  scope: 'pull-request',
  severity: 'error',
  softenable: true,
  emergency: false,
  clause: '4.3',
  check: ({ roles, docs, codeowners, snapshot, t }) =>
    roles && docs.length > 0
      ? coverageHits(
          docs.map((d) => d.file),
          codeowners,
          snapshot.codeowners.path,
          roles,
          t,
        )
      : [],
};
