import { createRequire as __ugCreateRequire } from 'node:module';
const require = __ugCreateRequire(import.meta.url);
import {
  configuredTeams,
  holdsEntry,
  normalizeLogin,
  ownerKey
} from "./chunk-6XT5Q5FX.js";
import {
  apiStatus
} from "./chunk-OUDF4HK7.js";

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
async function readTeams(octokit, teams, people) {
  let entries = await Promise.all(
    teams.map(async (key) => {
      let [org, team] = key.replace(/^@/, "").split("/"), members;
      try {
        members = await octokit.paginate(octokit.rest.teams.listMembersInOrg, { org, team_slug: team, per_page: 100 });
      } catch (err) {
        let status = apiStatus(err);
        if (status !== 404 && status !== 403) throw err;
        return [key, { members: [], unreadable: status }];
      }
      let wanted = new Set((await people).map(normalizeLogin));
      return [key, { members: members.map((m) => m.login).filter((l) => wanted.has(normalizeLogin(l))) }];
    })
  );
  return Object.fromEntries(entries);
}
async function rolesHeld(octokit, config, login) {
  let roles = Object.entries(config.roles ?? {}), listed = configuredTeams(config), teams = [...new Set(roles.flatMap(([, r]) => r.owners.map(ownerKey)))].filter(
    (o) => o.includes("/") && !listed.has(o)
  ), membership = await readTeams(octokit, teams, [login]);
  return roles.filter(([, r]) => r.owners.some((o) => holdsEntry(o, login, listed, membership))).map(([id]) => id);
}

export {
  package_default,
  readTeams,
  rolesHeld
};
