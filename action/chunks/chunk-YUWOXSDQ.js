import { createRequire as __ugCreateRequire } from 'node:module';
const require = __ugCreateRequire(import.meta.url);
import {
  ROLE_IDS,
  normalizeLogin,
  roleByConfig
} from "./chunk-Y23IKAT7.js";
import {
  apiStatus
} from "./chunk-HAHIUHIF.js";

// package.json
var package_default = {
  name: "upgrade-gate",
  version: "0.1.0",
  description: "Turns a production-upgrade policy into a check on pull requests: schema-validated upgrade documents, role approvals from CODEOWNERS, a Thursday production window, emergencies and an auditable archive.",
  license: "MIT",
  type: "module",
  engines: {
    node: ">=20"
  },
  bin: {
    "upgrade-gate": "action/cli.js"
  },
  files: [
    "action",
    "schemas",
    "action.yml"
  ],
  scripts: {
    build: "node build.mjs",
    typecheck: "tsc --noEmit",
    lint: "eslint src test",
    test: "vitest run",
    bench: "node test/bench/run.mjs",
    demo: "node scripts/demo.mjs",
    types: "node scripts/gen-types.mjs",
    deps: "depcruise src",
    format: "prettier --write src test",
    "format:check": "prettier --check src test"
  },
  dependencies: {
    "@actions/core": "3.0.1",
    "@actions/github": "9.1.1",
    "@actions/http-client": "4.0.1",
    "@date-fns/tz": "1.5.0",
    "@octokit/core": "7.0.8",
    "@octokit/openapi-types": "29.0.1",
    "@octokit/plugin-paginate-rest": "14.0.0",
    "@octokit/plugin-rest-endpoint-methods": "17.0.0",
    "@octokit/plugin-retry": "8.1.1",
    "@octokit/plugin-throttling": "11.0.5",
    "@octokit/request-error": "7.1.2",
    ajv: "8.20.0",
    "ajv-formats": "3.0.1",
    bottleneck: "2.19.5",
    canonicalize: "5.1.0",
    "countries-and-timezones": "3.10.0",
    "date-fns": "4.4.0",
    "js-yaml": "4.3.2",
    picomatch: "4.0.7",
    tinyglobby: "0.2.17",
    yaml: "2.9.1"
  },
  devDependencies: {
    "@octokit/openapi": "23.0.2",
    "@octokit/webhooks-examples": "7.6.1",
    "@types/js-yaml": "4.0.9",
    "@types/node": "20.19.43",
    "@types/picomatch": "4.0.3",
    "ajv-cli": "5.0.0",
    codeowners: "5.1.1",
    "dependency-cruiser": "17.4.3",
    esbuild: "0.28.2",
    eslint: "9.39.5",
    "fast-check": "4.10.2",
    "json-schema-to-typescript": "16.0.0",
    "markdown-it": "15.0.3",
    prettier: "3.10.1",
    typescript: "5.9.3",
    "typescript-eslint": "8.73.0",
    vitest: "4.1.12"
  }
};

// src/github/membership.ts
var MembershipResolver = class {
  constructor(octokit, roles) {
    this.octokit = octokit;
    this.roles = roles;
  }
  octokit;
  roles;
  teamMembers = /* @__PURE__ */ new Map();
  teamReadable = /* @__PURE__ */ new Map();
  /** Membership of every role for the given logins; a team the token cannot read becomes the role's error. */
  async resolve(logins) {
    let out = {};
    for (let role of ROLE_IDS) {
      let m = { members: [] };
      for (let login of logins) {
        let r = await this.holds(role, login);
        r === !0 ? m.members.push(login) : typeof r == "string" && (m.error = r);
      }
      out[role] = m;
    }
    return out;
  }
  async holds(role, login) {
    let known = roleByConfig(this.roles[role], login);
    if ("holds" in known) return known.holds;
    let error;
    for (let { org, team } of known.teams) {
      let r = await this.inTeam(org, team, login);
      if (r === !0) return !0;
      typeof r == "string" && (error = r);
    }
    return error ?? !1;
  }
  async inTeam(org, team, login) {
    let key = `${org}/${team}/${normalizeLogin(login)}`, cached = this.teamMembers.get(key);
    if (cached !== void 0) return cached;
    try {
      let { data } = await this.octokit.rest.teams.getMembershipForUserInOrg({ org, team_slug: team, username: login }), member = data.state === "active";
      return this.teamMembers.set(key, member), member;
    } catch (err) {
      let status = apiStatus(err);
      if (status !== 404 && status !== 403) throw err;
      let problem = await this.teamProblem(org, team, status);
      return problem || (this.teamMembers.set(key, !1), !1);
    }
  }
  async teamProblem(org, team, status) {
    let key = `${org}/${team}`;
    if (this.teamReadable.has(key)) return this.teamReadable.get(key);
    let problem;
    if (status === 403) problem = readProblem(org, team, 403);
    else
      try {
        await this.octokit.rest.teams.getByName({ org, team_slug: team });
      } catch (err) {
        let s = apiStatus(err);
        if (s !== 404 && s !== 403) throw err;
        problem = readProblem(org, team, s);
      }
    return this.teamReadable.set(key, problem), problem;
  }
};
function readProblem(org, team, status) {
  return `the token cannot read team @${org}/${team} (HTTP ${status} from GET /orgs/${org}/teams/${team}): GITHUB_TOKEN cannot read teams; use a GitHub App or token with organization "Members: read", or list the people under roles.<role>.members in the configuration`;
}

export {
  package_default,
  MembershipResolver
};
