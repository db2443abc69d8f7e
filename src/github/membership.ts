import type { RoleId, RolesConfig } from '../policy/config.js';
import { ROLE_IDS } from '../policy/config.js';
import { normalizeLogin, roleByConfig } from '../policy/login.js';
import type { RoleMembership } from '../policy/snapshot.js';
import type { Octokit } from './octokit.js';
import { apiStatus } from './api-error.js';


/** Answers "does this login hold this role": the configured members when listed, else CODEOWNERS users and team membership via the API, cached per run. */
export class MembershipResolver {
  private readonly teamMembers = new Map<string, boolean>();
  private readonly teamReadable = new Map<string, string | undefined>();

  constructor(
    private readonly octokit: Octokit,
    private readonly roles: RolesConfig,
  ) {}

  /** Membership of every role for the given logins; a team the token cannot read becomes the role's error. */
  async resolve(logins: string[]): Promise<Record<string, RoleMembership>> {
    const out: Record<string, RoleMembership> = {};
    for (const role of ROLE_IDS) {
      const m: RoleMembership = { members: [] };
      for (const login of logins) {
        const r = await this.holds(role, login);
        if (r === true) m.members.push(login);
        else if (typeof r === 'string') m.error = r;
      }
      out[role] = m;
    }
    return out;
  }

  private async holds(role: RoleId, login: string): Promise<boolean | string> {
    // Listed members (no API call) and user owners first; only teams are asked through the API.
    const known = roleByConfig(this.roles[role], login);
    if ('holds' in known) return known.holds;
    let error: string | undefined;
    for (const { org, team } of known.teams) {
      const r = await this.inTeam(org, team, login);
      if (r === true) return true;
      if (typeof r === 'string') error = r;
    }
    return error ?? false;
  }

  private async inTeam(org: string, team: string, login: string): Promise<boolean | string> {
    const key = `${org}/${team}/${normalizeLogin(login)}`;
    const cached = this.teamMembers.get(key);
    if (cached !== undefined) return cached;
    try {
      const { data } = await this.octokit.rest.teams.getMembershipForUserInOrg({ org, team_slug: team, username: login });
      const member = data.state === 'active';
      this.teamMembers.set(key, member);
      return member;
    } catch (err) {
      const status = apiStatus(err);
      if (status !== 404 && status !== 403) throw err;
      // GitHub answers 404 both for "not a member" and for "cannot see this team": ask about the team itself once.
      const problem = await this.teamProblem(org, team, status);
      if (problem) return problem;
      this.teamMembers.set(key, false);
      return false;
    }
  }

  private async teamProblem(org: string, team: string, status: number): Promise<string | undefined> {
    const key = `${org}/${team}`;
    if (this.teamReadable.has(key)) return this.teamReadable.get(key);
    let problem: string | undefined;
    if (status === 403) problem = readProblem(org, team, 403);
    else {
      try {
        await this.octokit.rest.teams.getByName({ org, team_slug: team });
      } catch (err) {
        const s = apiStatus(err);
        if (s !== 404 && s !== 403) throw err;
        problem = readProblem(org, team, s);
      }
    }
    this.teamReadable.set(key, problem);
    return problem;
  }
}

function readProblem(org: string, team: string, status: number): string {
  return `the token cannot read team @${org}/${team} (HTTP ${status} from GET /orgs/${org}/teams/${team}): GITHUB_TOKEN cannot read teams; use a GitHub App or token with organization "Members: read", or list the people under roles.<role>.members in the configuration`;
}
