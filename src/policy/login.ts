import type { RolesConfig } from './config.js';
import type { RoleMembership } from './snapshot.js';

/** A GitHub login as compared: without a leading @, case-insensitive as GitHub treats logins. */
export function normalizeLogin(login: string): string {
  return login.replace(/^@/, '').toLowerCase();
}

/** An owner entry as compared: '@org/team' or '@user', lower-case. */
export function ownerKey(owner: string): string {
  return `@${owner.replace(/^@/, '').toLowerCase()}`;
}

/**
 * Team members the configuration lists, by owner key: `teams:` per team, and `roles.<role>.members`
 * for a role whose owners name exactly one team (so existing configurations keep working).
 */
export function configuredTeams(config: {
  roles?: RolesConfig;
  teams?: Record<string, string[]>;
}): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const role of Object.values(config.roles ?? {}) as Array<RolesConfig[keyof RolesConfig]>) {
    const teams = role.owners.filter((o) => o.includes('/'));
    if (role.members && role.members.length > 0 && teams.length === 1)
      out.set(ownerKey(teams[0]!), role.members.map(normalizeLogin));
  }
  for (const [team, members] of Object.entries(config.teams ?? {}))
    out.set(ownerKey(team), members.map(normalizeLogin));
  return out;
}

/**
 * Whether a login stands for an owner entry: the user it names, or a member of the team it names as
 * the configuration lists it or as the shell found (the Action reads through the API only the teams
 * the configuration does not list; simulate adds the memberships its user assumes).
 */
export function holdsEntry(
  entry: string,
  login: string,
  listed: Map<string, string[]>,
  membership: Record<string, RoleMembership>,
): boolean {
  const key = ownerKey(entry);
  const who = normalizeLogin(login);
  if (!key.includes('/')) return key === `@${who}`;
  return (
    (listed.get(key) ?? []).includes(who) || (membership[key]?.members ?? []).some((m) => normalizeLogin(m) === who)
  );
}
