import { createRequire as __ugCreateRequire } from 'node:module';
const require = __ugCreateRequire(import.meta.url);
import {
  CODEOWNERS_LOCATIONS,
  compileCodeowners,
  doctorMessages
} from "./chunk-XJMES2ES.mjs";
import {
  loadPolicyConfig
} from "./chunk-L3N46SKV.mjs";
import "./chunk-LR5U2JHW.mjs";
import {
  parseYamlSource
} from "./chunk-2H6L6NG4.mjs";
import {
  answered,
  apiList,
  apiObject,
  defaultBranch,
  describeApiError,
  logMessages,
  once,
  readFile,
  summary,
  warning
} from "./chunk-QPKTFHVX.mjs";
import "./chunk-F7L6RK3S.mjs";
import "./chunk-LM64RRIG.mjs";
import "./chunk-Y25UFXLR.mjs";

// src/setup/doctor.ts
var GITHUB_ACTIONS_APP_ID = 15368, ruleOf = (rules, type) => rules.filter((r) => r.type === type);
function via(b, r) {
  return `ruleset "${r.ruleset_id !== void 0 && b.rulesets.get(r.ruleset_id)?.name || r.ruleset_id || "?"}"`;
}
function statusSources(b, context) {
  let sources = [];
  if (b.rules !== "unreadable")
    for (let r of ruleOf(b.rules, "required_status_checks"))
      for (let c of r.parameters?.required_status_checks ?? [])
        c.context === context && sources.push({ app: c.integration_id ?? void 0, via: via(b, r) });
  if (typeof b.classic == "object") {
    let rsc = b.classic.required_status_checks;
    for (let c of rsc?.checks ?? [])
      c.context === context && sources.push({ app: c.app_id ?? void 0, via: "branch protection" });
    !rsc?.checks?.some((c) => c.context === context) && rsc?.contexts?.includes(context) && sources.push({ app: void 0, via: "branch protection" });
  }
  return sources;
}
function statusChecks(b, context, t) {
  let sources = statusSources(b, context);
  if (sources.length === 0)
    return [
      {
        id: "status.required",
        level: "error",
        message: t["status.not-required"]({ context, branch: b.name }),
        fix: t["status.not-required.fix"]({ context, branch: b.name })
      }
    ];
  let open = sources.find((s) => s.app === void 0);
  if (open)
    return [
      {
        id: "status.required",
        level: "error",
        message: t["status.any-source"]({ context, via: open.via }),
        fix: t["status.any-source.fix"]({ context })
      }
    ];
  let actions = sources.find((s) => s.app === GITHUB_ACTIONS_APP_ID);
  return actions ? [
    {
      id: "status.required",
      level: "warning",
      message: t["status.actions-source"]({ context, via: actions.via }),
      fix: t["status.actions-source.fix"]({ context })
    }
  ] : [
    {
      id: "status.required",
      level: "ok",
      message: t["status.required"]({
        context,
        app: String(sources[0].app),
        via: sources.map((s) => s.via).join(", ")
      })
    }
  ];
}
function codeOwnerReview(b, t) {
  let viaRule = b.rules === "unreadable" ? void 0 : ruleOf(b.rules, "pull_request").find((r) => r.parameters?.require_code_owner_review);
  return viaRule ? { id: "review.code-owners", level: "ok", message: t["review.code-owners"]({ via: via(b, viaRule) }) } : typeof b.classic == "object" && b.classic.required_pull_request_reviews?.require_code_owner_reviews ? { id: "review.code-owners", level: "ok", message: t["review.code-owners"]({ via: "branch protection" }) } : {
    id: "review.code-owners",
    level: "error",
    message: t["review.no-code-owners"]({ branch: b.name }),
    fix: t["review.no-code-owners.fix"]()
  };
}
function staticPrefix(glob) {
  let segments = glob.replace(/^\.?\//, "").split("/"), fixed = [];
  for (let s of segments.slice(0, -1)) {
    if (/[*?[\]{}!]/.test(s)) break;
    fixed.push(s);
  }
  return fixed.length ? `${fixed.join("/")}/` : "";
}
function codeownersChecks(f, t) {
  let owners = [...new Set(Object.values(f.config.roles ?? {}).flatMap((r) => r.owners))], ownerText = owners.length ? owners.join(" ") : "@your-org/release-owners", docs = staticPrefix(f.config.documents), archive = `${f.config.archive.folder.replace(/\/+$/, "")}/`, targets = [
    {
      what: t["what.documents"](),
      shown: docs || f.config.documents,
      sample: `${docs}doctor-check.yaml`,
      line: `/${docs} ${ownerText}`
    },
    { what: t["what.config"](), shown: f.configPath, sample: f.configPath, line: `/${f.configPath} ${ownerText}` },
    {
      what: t["what.workflows"](),
      shown: ".github/workflows/",
      sample: f.workflows[0]?.path ?? ".github/workflows/upgrade-gate.yml",
      line: `/.github/workflows/ ${ownerText}`
    },
    {
      what: t["what.archive"](),
      shown: archive,
      sample: `${archive}2026/01/doctor-check.json`,
      line: `/${archive} ${ownerText}`
    }
  ];
  if (!f.codeowners)
    return [
      {
        id: "codeowners.file",
        level: "error",
        message: t["codeowners.missing"]({ branch: f.base.name }),
        fix: t["codeowners.missing.fix"]({ lines: targets.map((x) => x.line).join(" \xB7 ") })
      }
    ];
  let file = f.codeowners.path, compiled = compileCodeowners(f.codeowners.text), out = [{ id: "codeowners.file", level: "ok", message: t["codeowners.found"]({ path: file }) }];
  compiled.errors.length && out.push({
    id: "codeowners.invalid",
    level: "warning",
    message: t["codeowners.invalid"]({
      path: file,
      lines: compiled.errors.map((e) => e.line).slice(0, 10).join(", ")
    }),
    fix: t["codeowners.invalid.fix"]({ path: file })
  });
  for (let x of targets) {
    let perFile = x.what === t["what.workflows"]() && f.workflows.length > 0, samples = perFile ? f.workflows.map((w) => w.path) : [x.sample], uncovered = samples.filter((s) => compiled.ownersOf(s).length === 0);
    uncovered.length === 0 ? out.push({
      id: "codeowners.coverage",
      level: "ok",
      message: t["codeowners.covered"]({
        what: x.what,
        path: x.shown,
        owners: compiled.ownersOf(samples[0]).join(" ")
      })
    }) : out.push({
      id: "codeowners.coverage",
      level: "error",
      message: t["codeowners.uncovered"]({ what: x.what, path: perFile ? uncovered.join(", ") : x.shown, file }),
      fix: t["codeowners.uncovered.fix"]({ file, line: x.line })
    });
  }
  return out;
}
var BLOCKING = /* @__PURE__ */ new Set([
  "pull_request",
  "required_status_checks",
  "update",
  "required_deployments",
  "merge_queue",
  "commit_author_email_pattern",
  "committer_email_pattern",
  "commit_message_pattern"
]);
function archiveCheck(f, t) {
  let b = f.archive ?? f.base;
  if (b.rules === "unreadable")
    return {
      id: "archive.writable",
      level: "warning",
      message: t["rules.unreadable"]({ branch: b.name }),
      fix: t["rules.unreadable.fix"]()
    };
  let { reasons, bypassed } = rulesetBlocks(b, b.rules);
  return typeof b.classic == "object" && reasons.push(...classicBlocks(b.classic, f.config.archive.writer)), reasons.length ? {
    id: "archive.writable",
    level: "error",
    message: t["archive.blocked"]({ branch: b.name, rules: reasons.join("; ") }),
    fix: t["archive.blocked.fix"]({ branch: b.name })
  } : {
    id: "archive.writable",
    level: "ok",
    message: t["archive.writable"]({
      branch: b.name,
      how: bypassed.size ? t["archive.bypass"]({ rulesets: [...bypassed].join(", ") }) : t["archive.no-rules"]()
    })
  };
}
function rulesetBlocks(b, rules) {
  let blockedBy = /* @__PURE__ */ new Map(), bypassed = /* @__PURE__ */ new Set();
  for (let r of rules) {
    if (!BLOCKING.has(r.type)) continue;
    let rs = r.ruleset_id !== void 0 ? b.rulesets.get(r.ruleset_id) : void 0, name = rs?.name ?? String(r.ruleset_id ?? "?");
    if (rs?.canBypass === "always" || rs?.canBypass === "exempt") {
      bypassed.add(`"${name}"`);
      continue;
    }
    blockedBy.set(name, [...blockedBy.get(name) ?? [], r.type]);
  }
  return { reasons: [...blockedBy].map(([name, types]) => `ruleset "${name}" (${types.join(", ")})`), bypassed };
}
function classicBlocks(c, writer) {
  let app = writer.replace(/\[bot\]$/, ""), allowed = (list) => !!list?.some((x) => !!x && (x.login === writer || x.login === app || x.slug === app)), reasons = [];
  return c.required_pull_request_reviews && !allowed(c.required_pull_request_reviews.bypass_pull_request_allowances?.apps) && !allowed(c.required_pull_request_reviews.bypass_pull_request_allowances?.users) && reasons.push("branch protection (pull request reviews)"), c.restrictions && !allowed(c.restrictions.apps) && !allowed(c.restrictions.users) && reasons.push("branch protection (who can push)"), reasons;
}
var REQUIRED_EVENTS = ["pull_request_target", "pull_request_review", "schedule", "issue_comment"];
function workflowChecks(f, statusFromActionsOrAnyone, t) {
  let gate = f.workflows.find((w) => w.path === f.runningWorkflow) ?? f.workflows.find((w) => w.runsGate), queue = f.base.rules !== "unreadable" && ruleOf(f.base.rules, "merge_queue").length > 0;
  if (!gate)
    return [
      {
        id: "workflow.found",
        level: "error",
        message: t["workflow.missing"]({ branch: f.base.name }),
        fix: t["workflow.missing.fix"]()
      },
      { id: "merge-queue", level: "ok", message: queue ? t["merge-queue.on"]() : t["merge-queue.off"]() }
    ];
  let out = [
    { id: "workflow.found", level: "ok", message: t["workflow.found"]({ workflow: gate.path }) }
  ];
  out.push(...eventChecks(gate, queue, t)), out.push(...tokenChecks(gate, t));
  let others = f.workflows.filter((x) => x !== gate && x.canPostStatus).map((x) => x.path);
  return statusFromActionsOrAnyone && others.length ? out.push({
    id: "workflow.others",
    level: "warning",
    message: t["workflow.others-can-post"]({ workflows: others.join(", ") }),
    fix: t["workflow.others-can-post.fix"]()
  }) : statusFromActionsOrAnyone && out.push({ id: "workflow.others", level: "ok", message: t["workflow.none-can-post"]() }), out;
}
function eventChecks(gate, queue, t) {
  let w = gate.path, events = gate.events ?? [], out = [
    {
      id: "workflow.events",
      level: "ok",
      message: t["workflow.events"]({ workflow: w, events: events.join(", ") || "\u2014" })
    }
  ];
  for (let event of REQUIRED_EVENTS)
    events.includes(event) || event === "pull_request_target" && events.includes("pull_request") || event === "pull_request_review" && gate.appToken || out.push({
      id: "workflow.events",
      level: event === "issue_comment" ? "warning" : "error",
      message: t["workflow.event-missing"]({ workflow: w, event, why: t[`why.${event}`]() }),
      fix: t["workflow.event-missing.fix"]({ workflow: w, event })
    });
  return events.includes("pull_request") && !events.includes("pull_request_target") && out.push({
    id: "workflow.events",
    level: "warning",
    message: t["workflow.pull-request"]({ workflow: w }),
    fix: t["workflow.pull-request.fix"]({ workflow: w })
  }), queue && !events.includes("merge_group") ? out.push({
    id: "merge-queue",
    level: "error",
    message: t["merge-queue.no-event"]({ workflow: w }),
    fix: t["merge-queue.no-event.fix"]({ workflow: w })
  }) : out.push({ id: "merge-queue", level: "ok", message: queue ? t["merge-queue.on"]() : t["merge-queue.off"]() }), out;
}
function tokenChecks(gate, t) {
  let w = gate.path;
  return gate.appToken ? gate.environment ? [
    {
      id: "workflow.token",
      level: "ok",
      message: t["workflow.app-token"]({ workflow: w, environment: gate.environment })
    }
  ] : [
    {
      id: "workflow.token",
      level: "warning",
      message: t["workflow.key-unguarded"]({ workflow: w }),
      fix: t["workflow.key-unguarded.fix"]({ workflow: w })
    }
  ] : [
    {
      id: "workflow.token",
      level: "warning",
      message: t["workflow.actions-token"]({ workflow: w }),
      fix: t["workflow.actions-token.fix"]()
    },
    permissionsCheck(gate, t)
  ];
}
function permissionsCheck(gate, t) {
  let w = gate.path, p = gate.permissions, needed = ["statuses", "pull-requests", "contents"], missing = p === "write-all" || p === void 0 ? [] : p === "read-all" ? needed : needed.filter((k) => p[k] !== "write");
  return missing.length ? {
    id: "workflow.permissions",
    level: "error",
    message: t["workflow.permission-missing"]({ workflow: w, missing: missing.map((k) => `${k}: write`).join(", ") }),
    fix: t["workflow.permission-missing.fix"]({ workflow: w, missing: missing.map((k) => `${k}: write`).join(", ") })
  } : {
    id: "workflow.permissions",
    level: "ok",
    message: t["workflow.permissions"]({
      workflow: w,
      permissions: typeof p == "object" ? Object.entries(p).map(([k, v]) => `${k}: ${v}`).join(", ") : p ?? "the repository default"
    })
  };
}
function checkSetup(f, language = "en") {
  let t = doctorMessages(language), out = [];
  f.configValid || out.push({
    id: "config",
    level: "error",
    message: t["config.invalid"]({ path: f.configPath }),
    fix: t["config.invalid.fix"]({ path: f.configPath })
  }), f.base.rules === "unreadable" && out.push({
    id: "rules",
    level: "error",
    message: t["rules.unreadable"]({ branch: f.base.name }),
    fix: t["rules.unreadable.fix"]()
  }), f.base.classic === "unreadable" && out.push({
    id: "classic",
    level: "warning",
    message: t["classic.unreadable"]({ branch: f.base.name }),
    fix: t["classic.unreadable.fix"]()
  });
  let status = statusChecks(f.base, f.config["status-context"], t);
  return out.push(...status), out.push(codeOwnerReview(f.base, t)), out.push(...codeownersChecks(f, t)), out.push(archiveCheck(f, t)), out.push(
    ...workflowChecks(
      f,
      status.some((s) => s.level !== "ok"),
      t
    )
  ), out;
}
function renderSetupMarkdown(checks, repo, branch, language = "en") {
  let t = doctorMessages(language), icon = { ok: "\u2705", warning: "\u26A0\uFE0F", error: "\u274C" }, findings = checks.filter((c) => c.level !== "ok").length, lines = [
    `## ${t.title({ repo, branch })}`,
    "",
    findings ? t.findings({ count: findings }) : t["all-good"](),
    ""
  ];
  for (let c of checks)
    lines.push(`- ${icon[c.level]} \`${c.id}\` ${escapeInline(c.message)}`), c.fix && lines.push(`  ${t.fix()}${escapeInline(c.fix)}`);
  return `${lines.join(`
`)}
`;
}
function escapeInline(s) {
  return s.replace(/[\\`*_[\]<>|#!~]/g, (c) => `\\${c}`).replace(/[\r\n]+/g, " ");
}

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
    let rules = await octokit.paginate(octokit.rest.repos.getBranchRules, {
      ...repo,
      branch: name,
      per_page: 100
    });
    facts.rules = apiList(octokit, rules, `GET /repos/${repo.owner}/${repo.repo}/rules/branches/${name}`, {
      type: "string"
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
          apiObject(octokit, data, `GET /repos/${repo.owner}/${repo.repo}/rulesets/${id}`, { name: "string" }), facts.rulesets.set(id, { name: data.name, canBypass: data.current_user_can_bypass });
        } catch (err) {
          if (!answered(err, 403, 404)) throw err;
        }
      })
    );
  }
  try {
    let { data } = await octokit.rest.repos.getBranchProtection({ ...repo, branch: name });
    apiObject(octokit, data, `GET /repos/${repo.owner}/${repo.repo}/branches/${name}/protection`), facts.classic = data;
  } catch (err) {
    if (answered(err, 404)) facts.classic = "none";
    else if (!answered(err, 403)) throw err;
  }
  return facts;
}
async function readSetupFacts(octokit, repo, opts) {
  let branch = opts.branch ?? await defaultBranch(octokit, repo), [configText, base] = await Promise.all([
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

// src/github/setup-summary.ts
function runningWorkflow() {
  let ref = process.env.GITHUB_WORKFLOW_REF ?? "";
  return /^[^/]+\/[^/]+\/(.+?)@/.exec(ref)?.[1];
}
async function summarizeSetup(ctx, payload) {
  let branch = payload.repository?.default_branch, section, checks;
  try {
    let facts = await readSetupFacts(ctx.octokit, ctx.repo, {
      branch,
      configPath: ctx.configPath,
      runningWorkflow: runningWorkflow()
    }), language = ctx.language ?? facts.config.language;
    checks = checkSetup(facts, language), section = renderSetupMarkdown(checks, facts.repo, facts.base.name, language);
    for (let c of checks)
      c.level !== "ok" && warning(logMessages(language)["doctor.finding"]({ id: c.id, message: c.message, fix: c.fix ?? "" }));
  } catch (err) {
    let language = ctx.language ?? ctx.policyLanguage, error = describeApiError(err, language);
    section = `## upgrade-gate doctor

\u274C ${logMessages(language)["doctor.unreadable"]({ error }).replace(/[\\`*_[\]<>|#]/g, (c) => `\\${c}`)}
`, warning(logMessages(language)["doctor.unreadable"]({ error }));
  }
  return process.env.GITHUB_STEP_SUMMARY && await summary.addRaw(section, !0).write(), checks;
}
export {
  summarizeSetup
};
