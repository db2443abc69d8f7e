import type { YamlSource } from '../../document/yaml-source.js';
import type { Finding } from '../../messages/finding.js';
import { messages } from '../../messages/index.js';
import { roleTitle } from '../approvals.js';
import type { PolicyConfig } from '../config.js';
import { configuredTeams, holdsEntry, normalizeLogin, ownerKey } from '../login.js';
import type { PullRequestRule, RuleHit } from '../rule.js';

/**
 * Measures 3.2 and 4.3: the emergency bypass is granted by the General Manager's Office, not claimed by
 * whoever can label a PR. The label counts only when a member of a role under `emergency.applied-by`
 * applied it (as the shell read it from the PR's events at the evaluation instant), never when the PR
 * author did, and not when who applied it is unknown. Part of the emergency process: a finding here
 * withdraws the bypass, and configuration cannot switch it off.
 */
export const emergencyApplier: PullRequestRule = {
  id: 'emergency.applier',
  scope: 'pull-request',
  severity: 'error',
  softenable: false,
  emergency: true,
  clause: '4.3',
  check: ({ snapshot, config, roles, label, emergencyDocs, t }): RuleHit[] => {
    // Without an emergency document the label grants nothing (emergency.label says so); without roles
    // the configuration error says what to add.
    if (!label || emergencyDocs.length === 0 || !roles) return [];
    const allowed = config.emergency['applied-by'];
    const who = allowed.map((role) => ({
      title: roleTitle(roles, role),
      owners: roles[role]?.owners.join(', ') ?? '-',
    }));
    const base = { label: label.name, roles: who };
    if (!label.appliedBy) return [{ message: t['emergency.applier-unknown'](base) }];
    const login = label.appliedBy;
    if (normalizeLogin(login) === normalizeLogin(snapshot.pullRequest.author))
      return [{ message: t['emergency.applier-author']({ ...base, login }) }];
    const listed = configuredTeams(config);
    const entries = allowed.flatMap((role) => roles[role]?.owners ?? []);
    if (entries.some((entry) => holdsEntry(entry, login, listed, snapshot.membership))) return [];
    // A team that could not be read may hold them: say so, it is a setup problem to fix.
    const unreadable = entries.map(ownerKey).filter((key) => snapshot.membership[key]?.unreadable);
    return [{ message: t['emergency.applier']({ ...base, login, unreadable: unreadable.join(', ') }) }];
  },
};

/** `emergency.applied-by` names configured roles only: an unknown id would let no one apply the label, silently. */
export function appliedByFindings(config: PolicyConfig, source: YamlSource, file: string): Finding[] {
  const known = Object.keys(config.roles ?? {});
  // Without roles the configuration already fails with what to add. The default names the General
  // Manager's Office; a configuration whose roles lack it is told so when an emergency comes.
  const written = (source.value as { emergency?: { 'applied-by'?: unknown } } | undefined)?.emergency?.['applied-by'];
  if (known.length === 0 || written === undefined) return [];
  const t = messages(config.language);
  return config.emergency['applied-by'].flatMap((role, i) =>
    known.includes(role)
      ? []
      : [
          {
            rule: 'config',
            severity: 'error' as const,
            file,
            ...source.locate(['emergency', 'applied-by', i]),
            message: t['config.applied-by-role']({ role, roles: known }),
          },
        ],
  );
}
