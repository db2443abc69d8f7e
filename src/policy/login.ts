import type { RolesConfig } from './config.js';

/** A GitHub login as compared: without a leading @, case-insensitive as GitHub treats logins. */
export function normalizeLogin(login: string): string {
  return login.replace(/^@/, '').toLowerCase();
}

/**
 * What the configuration alone says about a login holding a role: listed members are the role;
 * otherwise a CODEOWNERS user owner holds it, and any team owners are left for the shell to ask.
 */
export function roleByConfig(role: RolesConfig[keyof RolesConfig], login: string): { holds: boolean } | { teams: Array<{ org: string; team: string }> } {
  const who = normalizeLogin(login);
  if (role.members && role.members.length > 0) return { holds: role.members.some((m) => normalizeLogin(m) === who) };
  if (role.owners.some((o) => !o.includes('/') && normalizeLogin(o) === who)) return { holds: true };
  const teams = role.owners.filter((o) => o.includes('/')).map((o) => {
    const [org, team] = o.replace(/^@/, '').split('/') as [string, string];
    return { org, team };
  });
  return teams.length > 0 ? { teams } : { holds: false };
}
