import type { PolicyConfig } from '../policy/config.js';
import { configuredTeams, holdsEntry, normalizeLogin, ownerKey } from '../policy/login.js';
import type { RoleMembership } from '../policy/snapshot.js';
import type { Octokit } from './octokit.js';
import { apiStatus } from './api-error.js';

/**
 * Who of `people` is an active member of each team ('@org/team'): one listing per team (it answers
 * for every reviewer at once), all teams at once. A team the token cannot see is recorded with the
 * HTTP status, so its roles fail closed as a configuration error rather than as "not a member".
 * `people` may still be on its way (someone read in the same round): it is awaited after the listings.
 */
export async function readTeams(
  octokit: Octokit,
  teams: string[],
  people: string[] | Promise<string[]>,
): Promise<Record<string, RoleMembership>> {
  const entries = await Promise.all(
    teams.map(async (key): Promise<[string, RoleMembership]> => {
      const [org, team] = key.replace(/^@/, '').split('/') as [string, string];
      let members;
      try {
        members = await octokit.paginate(octokit.rest.teams.listMembersInOrg, { org, team_slug: team, per_page: 100 });
      } catch (err) {
        const status = apiStatus(err);
        // GitHub answers 404 both for "no such team" and for "this token cannot see it".
        if (status !== 404 && status !== 403) throw err;
        return [key, { members: [], unreadable: status }];
      }
      const wanted = new Set((await people).map(normalizeLogin));
      return [key, { members: members.map((m) => m.login).filter((l) => wanted.has(normalizeLogin(l))) }];
    }),
  );
  return Object.fromEntries(entries);
}

/**
 * The role ids a login holds through any of the role's owner entries (for commands that are not
 * about one document): listed users, teams the configuration lists, other teams through the API.
 */
export async function rolesHeld(octokit: Octokit, config: PolicyConfig, login: string): Promise<string[]> {
  const roles = Object.entries(config.roles ?? {});
  const listed = configuredTeams(config);
  const teams = [...new Set(roles.flatMap(([, r]) => r.owners.map(ownerKey)))].filter(
    (o) => o.includes('/') && !listed.has(o),
  );
  const membership = await readTeams(octokit, teams, [login]);
  return roles.filter(([, r]) => r.owners.some((o) => holdsEntry(o, login, listed, membership))).map(([id]) => id);
}
