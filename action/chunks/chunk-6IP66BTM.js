import { createRequire as __ugCreateRequire } from 'node:module';
const require = __ugCreateRequire(import.meta.url);
import {
  CODEOWNERS_LOCATIONS
} from "./chunk-AOMKIC6X.js";
import {
  loadPolicyConfig
} from "./chunk-ZIFKLKNB.js";
import {
  parseYamlSource
} from "./chunk-AEOB34VQ.js";
import {
  once,
  readFile
} from "./chunk-TEUUHO3A.js";
import {
  answered
} from "./chunk-OUDF4HK7.js";

// src/setup/workflow.ts
var isObj = (v) => typeof v == "object" && v !== null && !Array.isArray(v), GATE = /(^|\/)upgrade-gate(@|\/?$)/, APP_TOKEN = /^actions\/create-github-app-token@/;
function permissionsOf(v) {
  if (v === "write-all" || v === "read-all") return v;
  if (isObj(v)) return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, String(x)]));
}
var mayPostStatus = (p) => p === void 0 || p === "write-all" || typeof p == "object" && p.statuses === "write";
function readWorkflow(path, text) {
  let facts = {
    path,
    events: void 0,
    permissions: void 0,
    runsGate: !1,
    appToken: !1,
    canPostStatus: !1
  }, doc = parseYamlSource(text, path).value;
  if (!isObj(doc)) return facts;
  let on = doc.on;
  facts.events = typeof on == "string" ? [on] : Array.isArray(on) ? on.map(String) : isObj(on) ? Object.keys(on) : [];
  let top = permissionsOf(doc.permissions);
  facts.permissions = top;
  let jobs = isObj(doc.jobs) ? Object.values(doc.jobs).filter(isObj) : [];
  for (let job of jobs) {
    let jobPermissions = "permissions" in job ? permissionsOf(job.permissions) : top;
    mayPostStatus(jobPermissions) && (facts.canPostStatus = !0);
    let steps = Array.isArray(job.steps) ? job.steps.filter(isObj) : [], gate = steps.find((s) => typeof s.uses == "string" && GATE.test(s.uses));
    if (!gate) continue;
    facts.runsGate = !0, facts.permissions = jobPermissions;
    let env = job.environment;
    facts.environment = typeof env == "string" ? env : isObj(env) && typeof env.name == "string" ? env.name : void 0;
    let token = isObj(gate.with) ? String(gate.with["github-token"] ?? "") : "", from = /steps\.([A-Za-z_][\w-]*)\.outputs\.token/.exec(token)?.[1];
    facts.appToken = !!from && steps.some((s) => s.id === from && typeof s.uses == "string" && APP_TOKEN.test(s.uses));
  }
  return facts;
}

// src/github/setup-reads.ts
var MAX_WORKFLOWS = 100;
async function branchFacts(octokit, repo, name) {
  let facts = { name, rules: "unreadable", rulesets: /* @__PURE__ */ new Map(), classic: "unreadable" };
  try {
    facts.rules = await octokit.paginate(octokit.rest.repos.getBranchRules, {
      ...repo,
      branch: name,
      per_page: 100
    });
  } catch (err) {
    if (!answered(err, 403, 404)) throw err;
  }
  if (facts.rules !== "unreadable") {
    let ids = [...new Set(facts.rules.map((r) => r.ruleset_id).filter((id) => id !== void 0))];
    await Promise.all(
      ids.map(async (id) => {
        try {
          let { data } = await octokit.rest.repos.getRepoRuleset({ ...repo, ruleset_id: id });
          facts.rulesets.set(id, { name: data.name, canBypass: data.current_user_can_bypass });
        } catch (err) {
          if (!answered(err, 403, 404)) throw err;
        }
      })
    );
  }
  try {
    facts.classic = (await octokit.rest.repos.getBranchProtection({ ...repo, branch: name })).data;
  } catch (err) {
    if (answered(err, 404)) facts.classic = "none";
    else if (!answered(err, 403)) throw err;
  }
  return facts;
}
async function readSetupFacts(octokit, repo, opts) {
  let branch = opts.branch ?? (await octokit.rest.repos.get({ ...repo })).data.default_branch, [configText, base] = await Promise.all([
    once(`file:${branch}:${opts.configPath}`, () => readFile(octokit, repo, opts.configPath, branch)),
    branchFacts(octokit, repo, branch)
  ]), loaded = loadPolicyConfig(configText, opts.configPath), config = loaded.config, archiveBranch = config.archive.branch && config.archive.branch !== branch ? config.archive.branch : void 0, codeowners;
  for (let location of CODEOWNERS_LOCATIONS) {
    let text = await readFile(octokit, repo, location, branch);
    if (text !== void 0) {
      codeowners = { path: location, text };
      break;
    }
  }
  let listing = [];
  try {
    listing = (await octokit.rest.repos.getContent({ ...repo, path: ".github/workflows", ref: branch })).data;
  } catch (err) {
    if (!answered(err, 404)) throw err;
  }
  let files = (Array.isArray(listing) ? listing : []).filter((e) => e.type === "file" && /\.ya?ml$/.test(e.path)).slice(0, MAX_WORKFLOWS), workflows = await Promise.all(
    files.map(async (e) => readWorkflow(e.path, await readFile(octokit, repo, e.path, branch) ?? ""))
  );
  return {
    repo: `${repo.owner}/${repo.repo}`,
    base,
    archive: archiveBranch ? await branchFacts(octokit, repo, archiveBranch) : void 0,
    config,
    configPath: opts.configPath,
    configValid: !loaded.findings.some((f) => f.severity === "error"),
    codeowners,
    workflows,
    runningWorkflow: opts.runningWorkflow
  };
}

export {
  readSetupFacts
};
