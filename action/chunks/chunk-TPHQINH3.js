import { createRequire as __ugCreateRequire } from 'node:module';
const require = __ugCreateRequire(import.meta.url);
import {
  checkDocument,
  compareFindings,
  earlierDocuments,
  hitToFinding,
  isOff,
  loadUpgradeDocument,
  withConfiguredSeverity
} from "./chunk-V2G3UWWQ.js";
import {
  compileCodeowners
} from "./chunk-TDO4SUZZ.js";
import {
  analyzeApprovals,
  isEmergencyRule,
  loadPolicyConfig,
  mergeRules,
  pullRequestRules,
  roleTitle
} from "./chunk-ZVZREKUJ.js";
import {
  ROLE_IDS,
  TZDate,
  capitalize,
  dateIn,
  describeInstant,
  messages,
  policyMonth,
  readDateOrTime,
  requireRoles,
  toInstant,
  weekdayIn
} from "./chunk-E2HXAFCA.js";
import {
  require_picomatch
} from "./chunk-LKD4HO4Q.js";
import {
  __toESM
} from "./chunk-4V7XTYWN.js";

// src/policy/evaluate.ts
var import_picomatch = __toESM(require_picomatch(), 1);

// src/time/policy-calendar.ts
function inFreeze(instant, freeze, zone) {
  let from = readDateOrTime(freeze.from, zone, !1), to = readDateOrTime(freeze.to, zone, !0);
  return "instant" in from && "instant" in to && from.instant <= instant && instant < to.instant;
}
function stateAt(instant, policy) {
  let date = dateIn(instant, policy.zone), day = weekdayIn(instant, policy.zone), freeze = policy.freezes.find((f) => inFreeze(instant, f, policy.zone)), when = `${capitalize(day)} ${date} in ${policy.zone}`;
  return freeze ? { open: !1, reason: `${when} is inside the freeze "${freeze.name}" (${freeze.from} to ${freeze.to})`, freeze: freeze.name } : policy.mergeDays.includes(day) ? policy.window && (instant < policy.window.start || instant >= policy.window.end) ? { open: !1, reason: `${describeInstant(instant, policy.zone)} is outside the document's window (${describeInstant(policy.window.start, policy.zone)} to ${describeInstant(policy.window.end, policy.zone)})` } : { open: !0, reason: `${when} is a production merge day` } : { open: !1, reason: `${when} is not a production merge day` };
}
function nextFlip(now, policy) {
  let current = stateAt(now, policy).open, local = new TZDate(now.getTime(), policy.zone), candidates = [];
  for (let i = 1; i <= 400; i++) candidates.push(new TZDate(local.getFullYear(), local.getMonth(), local.getDate() + i, 0, 0, 0, policy.zone).getTime());
  policy.window && candidates.push(policy.window.start.getTime(), policy.window.end.getTime()), candidates.sort((a, b) => a - b);
  for (let t of candidates)
    if (!(t <= now.getTime()) && stateAt(new Date(t), policy).open !== current)
      return new Date(t);
}
function describeDuration(ms) {
  let minutes = Math.max(0, Math.round(ms / 6e4)), d = Math.floor(minutes / 1440), h = Math.floor(minutes % 1440 / 60), m = minutes % 60;
  return d > 0 ? `${d} d ${h} h` : h > 0 ? `${h} h ${m} min` : `${m} min`;
}
function describeFlip(now, flip, opens, zone) {
  return `${opens ? "opens" : "closes"} ${describeInstant(flip, zone)} ${zone} (in ${describeDuration(flip.getTime() - now.getTime())})`;
}

// src/policy/evaluate.ts
function evaluate(snapshot) {
  let now = new Date(snapshot.now), { config, findings: configFindings } = loadPolicyConfig(snapshot.config.text, snapshot.config.path, snapshot.language), findings = [...configFindings], rolesOrError = requireRoles(config, snapshot.config.path), roles = "roles" in rolesOrError ? rolesOrError.roles : void 0;
  "finding" in rolesOrError && !configFindings.some((f) => f.severity === "error") && findings.push(rolesOrError.finding);
  let ctx = pullRequestContext(snapshot, config, roles), before = earlierDocuments(ctx.loaded);
  findings.push(...ctx.loaded.flatMap((l, i) => checkDocument(l, config, (p) => snapshot.evidence[p] === !0, before[i]))), findings.push(...runRules(pullRequestRules, ctx, config));
  for (let r of ctx.approvals?.roles ?? []) {
    let problem = snapshot.membership[r.role]?.error;
    problem && !r.satisfied && findings.push({ rule: "config", severity: "error", file: snapshot.config.path, message: problem });
  }
  let emergencyRuleBroken = findings.some((f) => f.severity === "error" && isEmergencyRule(f.rule)), emergencyRequested = !!ctx.label || ctx.emergencyDocs.length > 0, emergencyGranted = emergencyRequested && !!ctx.label && ctx.emergencyDocs.length > 0 && ctx.regularDocs.length === 0 && !emergencyRuleBroken, { window, state } = windowState(now, config, ctx.production, emergencyGranted);
  findings.push(...runRules(mergeRules, { ...ctx, state, nextFlipText: window.nextFlipText, emergencyGranted }, config)), findings.sort(compareFindings);
  let roleStates = ctx.approvals?.roles ?? [], errors = findings.filter((f) => f.severity === "error"), outcome = outcomeOf(snapshot.documents.length, findings, !!roles), documents = ctx.loaded.map((l) => documentVerdict(l, roleStates, roles, outcome));
  return {
    outcome,
    summary: summarize(outcome, snapshot.documents.length, errors, roleStates, window),
    findings,
    documents,
    roles: roleStates,
    window,
    emergency: emergencyRequested ? { requested: !0, granted: emergencyGranted, label: ctx.label, earlierThisMonth: ctx.earlierEmergencies.length } : void 0,
    upgradeType: ctx.docs.length === 0 ? "none" : ctx.emergencyDocs.length > 0 ? "emergency" : "regular",
    evaluatedAt: snapshot.now,
    statusContext: config["status-context"],
    language: config.language
  };
}
function outcomeOf(documents, findings, rolesConfigured) {
  return documents === 0 ? "pass" : !rolesConfigured || findings.some((f) => f.rule === "config" && f.severity === "error") ? "error" : findings.some((f) => f.severity === "error") ? "fail" : "pass";
}
function pullRequestContext(snapshot, config, roles) {
  let zone = config["time-zone"], codeowners = snapshot.codeowners.text !== void 0 ? compileCodeowners(snapshot.codeowners.text) : void 0, loaded = snapshot.documents.map((d) => loadUpgradeDocument(d.text, d.path, messages(config.language))), docs = loaded.filter((l) => l.doc), month = policyMonth(new Date(snapshot.now), zone), approvals = roles && docs.length > 0 ? analyzeApprovals({
    reviews: snapshot.reviews,
    author: snapshot.pullRequest.author,
    headSha: snapshot.pullRequest.headSha,
    changes: snapshot.changes,
    exempt: config["stale-exempt"].length ? (0, import_picomatch.default)(config["stale-exempt"], { dot: !0 }) : () => !1,
    contributors: snapshot.contributors,
    mergedAt: snapshot.pullRequest.mergedAt,
    documents: docs.map((d) => d.file),
    roles,
    membership: snapshot.membership,
    allowSameApprover: config["allow-same-approver-for-roles"]
  }) : void 0;
  return {
    snapshot,
    config,
    t: messages(config.language),
    roles,
    codeowners,
    loaded,
    docs,
    production: docs.filter((l) => l.doc.environment === "production"),
    emergencyDocs: docs.filter((l) => l.doc.type === "emergency").map((l) => l.file),
    regularDocs: docs.filter((l) => l.doc.type !== "emergency").map((l) => l.file),
    label: snapshot.labels.find((l) => l.name === config.emergency.label),
    month,
    // The budget counts calendar months in the policy zone: 00:30 on the 1st in Shanghai is already the new month.
    earlierEmergencies: snapshot.emergenciesThisMonth.filter((e) => e.pr !== snapshot.pullRequest.number && policyMonth(new Date(e.mergedAt), zone) === month),
    approvals
  };
}
function runRules(rules, ctx, config) {
  let out = [];
  for (let rule of rules)
    if (!isOff(config, rule.id))
      for (let hit of rule.check(ctx)) out.push(hitToFinding(rule, hit, hit.file ? ctx.loaded.find((l) => l.file === hit.file) : void 0));
  return withConfiguredSeverity(config, out);
}
function calendarFor(config, production) {
  let zone = config["time-zone"], window;
  if (config["merge-window"] && production.length > 0) {
    let starts = production.map((d) => toInstant(d.doc.window.start, zone)).filter((x) => !!x), ends = production.map((d) => toInstant(d.doc.window.end, zone)).filter((x) => !!x);
    starts.length && ends.length && (window = { start: new Date(Math.max(...starts.map(Number))), end: new Date(Math.min(...ends.map(Number))) });
  }
  return { zone, mergeDays: config["merge-days"], freezes: config.freezes, window };
}
function windowState(now, config, production, emergencyGranted) {
  let policy = calendarFor(config, production), state = stateAt(now, policy), flip = nextFlip(now, policy);
  return { window: {
    open: state.open || emergencyGranted || production.length === 0,
    reason: emergencyGranted && !state.open ? `${state.reason}; the emergency process allows the merge` : state.reason,
    zone: policy.zone,
    nextFlip: flip?.toISOString(),
    nextFlipText: flip ? describeFlip(now, flip, !state.open, policy.zone) : void 0,
    emergencyBypass: emergencyGranted
  }, state };
}
function documentVerdict(l, roles, config, outcome) {
  let doc = l.doc;
  if (!doc) return { path: l.file, features: [] };
  let form = {
    no: doc.id,
    system: doc.system,
    environment: doc.environment,
    version: { from: doc.release.from, to: doc.release.to },
    type: doc.type,
    window: { start: doc.window.start, end: doc.window.end },
    projectLead: doc.people.project_lead,
    opsLead: doc.people.ops_lead,
    executor: doc.people.executor,
    supervisor: doc.people.supervisor,
    approvals: ROLE_IDS.map((role) => {
      let s = roles.find((r) => r.role === role);
      return { role, title: roleTitle(config, role), approver: s?.approver, at: s?.approvedAt };
    }),
    verification: { cases: doc.verification?.cases.length ?? 0, acceptedBy: doc.acceptance?.verified_by, acceptedOn: doc.acceptance?.date, grayTest: doc.gray_test ? `${doc.gray_test.result} ${doc.gray_test.completed}` : void 0 },
    result: outcome === "pass" ? "approved" : "not approved"
  };
  return { path: l.file, id: doc.id, type: doc.type, environment: doc.environment, form, features: (doc.features ?? []).map((f) => ({ id: f.id, title: f.title, description: f.description })) };
}
function summarize(outcome, documents, errors, roles, window) {
  if (documents === 0) return "No upgrade document in this pull request: nothing to check";
  if (outcome === "error") return `Configuration error: ${errors.find((e) => e.rule === "config")?.message ?? errors[0]?.message ?? "see the details"}`;
  if (outcome === "pass") {
    let signed = roles.filter((r) => r.satisfied).map((r) => `${r.title.en} approved by @${r.approver}`);
    return `Ready: ${signed.length ? signed.join(", ") : "no approval required by this configuration"}; ${window.emergencyBypass ? "emergency upgrade" : window.open ? "production window open" : "window rule relaxed by configuration"}`;
  }
  let missing = roles.filter((r) => !r.satisfied).map((r) => r.title.en), parts = [`${errors.length} problem${errors.length === 1 ? "" : "s"}`];
  return missing.length && parts.push(`needs approval: ${missing.join(", ")}`), window.open || parts.push(`window closed${window.nextFlipText ? `, ${window.nextFlipText}` : ""}`), parts.join("; ");
}

export {
  evaluate
};
