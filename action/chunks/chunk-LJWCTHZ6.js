import { createRequire as __ugCreateRequire } from 'node:module';
const require = __ugCreateRequire(import.meta.url);
import {
  checkDocument,
  compareFindings,
  earlierDocuments,
  hitToFinding,
  isOff,
  loadUpgradeDocument,
  readableParts,
  tooLargeDocument,
  withConfiguredSeverity
} from "./chunk-X76K2NOF.js";
import {
  CODEOWNERS_LOCATIONS,
  compileCodeowners
} from "./chunk-AOMKIC6X.js";
import {
  loadPolicyConfig
} from "./chunk-ZIFKLKNB.js";
import {
  require_picomatch
} from "./chunk-LKD4HO4Q.js";
import {
  analyzeApprovals,
  evidencePaths,
  flipText,
  isEmergencyRule,
  mergeRules,
  pullRequestRules,
  roleTitle,
  windowReason
} from "./chunk-AV2TIPO3.js";
import {
  mergeWindowMode,
  requireRoles,
  roleIds
} from "./chunk-AEOB34VQ.js";
import {
  TZDate,
  configuredTeams,
  dateIn,
  holdsEntry,
  momentIn,
  ownerKey,
  policyMonth,
  readDateOrTime,
  toInstant,
  weekdayIn
} from "./chunk-6XT5Q5FX.js";
import {
  messages
} from "./chunk-TG3VTIA3.js";
import {
  __toESM
} from "./chunk-4V7XTYWN.js";

// src/policy/policy-change.ts
var import_picomatch = __toESM(require_picomatch(), 1);
var BUILT_IN = [...CODEOWNERS_LOCATIONS, ".github/workflows/**"];
function policyFileMatcher(config, configPath) {
  return (0, import_picomatch.default)([configPath, ...BUILT_IN, ...config["policy-files"]], { dot: !0 });
}
function touchedPolicyFiles(changedFiles, config, configPath) {
  let isPolicy = policyFileMatcher(config, configPath);
  return [...new Set(changedFiles.filter(isPolicy))].sort();
}
function policyChange({
  snapshot,
  files,
  config,
  roles,
  isMember,
  t
}) {
  if (files.length === 0) return;
  let owner = config["policy-owner"], role = roles?.[owner];
  if (!role) return { files, owner, state: void 0 };
  let state = analyzeApprovals({
    reviews: snapshot.reviews,
    author: snapshot.pullRequest.author,
    headSha: snapshot.pullRequest.headSha,
    changes: snapshot.changes,
    // Nothing is exempt: an approval of a policy change covers every file of the PR as it then stood.
    exempt: () => !1,
    contributors: snapshot.contributors,
    mergedAt: snapshot.pullRequest.mergedAt,
    documents: files.slice(0, 1),
    roles: { [owner]: role },
    ownersOf: () => role.owners,
    isMember,
    allowSameApprover: !0,
    t
  }).roles[0];
  return { files, owner, state: state ? { ...state, document: void 0 } : void 0 };
}

// src/policy/prepare.ts
function prepare(input, config = loadPolicyConfig(input.config.text, input.config.path, input.language)) {
  let policy = config.config, t = messages(policy.language), documents = input.documents.map(
    (d) => d.size !== void 0 ? tooLargeDocument(d.size, d.path, t) : loadUpgradeDocument(d.bytes ?? d.text, d.path, t)
  ), listed = configuredTeams(policy), unlisted = (roles2) => [...new Set(roles2.flatMap((r) => r.owners.map(ownerKey)))].filter((o) => o.includes("/") && !listed.has(o)), roles = policy.roles ?? {};
  return {
    language: input.language,
    config,
    documents,
    facts: {
      evidence: [...new Set(documents.flatMap((l) => evidencePaths(readableParts(l) ?? {})))],
      emergency: input.labels.some((l) => l.name === policy.emergency.label) || documents.some((l) => l.doc?.type === "emergency"),
      teams: unlisted(Object.values(roles)),
      applierTeams: unlisted(policy.emergency["applied-by"].flatMap((id) => roles[id] ?? [])),
      policyFiles: input.config.text === void 0 ? [] : touchedPolicyFiles(input.changedFiles, policy, input.config.path)
    }
  };
}

// src/policy/evaluate.ts
var import_picomatch2 = __toESM(require_picomatch(), 1);

// src/time/policy-calendar.ts
function inFreeze(instant, freeze, zone) {
  let from = readDateOrTime(freeze.from, zone, !1), to = readDateOrTime(freeze.to, zone, !0);
  return "instant" in from && "instant" in to && from.instant <= instant && instant < to.instant;
}
function startOfLocalDay(instant, zone) {
  let d = new TZDate(instant.getTime(), zone);
  return new Date(new TZDate(d.getFullYear(), d.getMonth(), d.getDate(), 0, 0, 0, zone).getTime());
}
function stateAt(instant, policy) {
  let { zone } = policy, freeze = policy.freezes.find((f) => inFreeze(instant, f, zone)), here = { date: dateIn(instant, zone), day: weekdayIn(instant, zone), zone };
  if (freeze)
    return { ...here, open: !1, why: "freeze", freeze: { name: freeze.name, from: freeze.from, to: freeze.to } };
  let w = policy.window;
  if (!w)
    return policy.mergeDays.includes(here.day) ? { ...here, open: !0, why: "merge-day" } : { ...here, open: !1, why: "not-merge-day" };
  let window = { at: momentIn(instant, zone), start: momentIn(w.start, zone), end: momentIn(w.end, zone) };
  if (w.start >= w.end) return { ...here, open: !1, why: "windows-apart", window };
  if (instant < w.start || instant >= w.end)
    return policy.mergeDays.includes(here.day) ? { ...here, open: !1, why: "outside-window", window } : { ...here, open: !1, why: "not-merge-day" };
  let starts = { date: dateIn(w.declaredStart, zone), day: weekdayIn(w.declaredStart, zone), zone };
  return policy.mergeDays.includes(starts.day) ? { ...here, open: !0, why: "inside-window", window } : { ...starts, open: !1, why: "not-merge-day" };
}
function nextFlip(now, policy) {
  let current = stateAt(now, policy).open, local = new TZDate(now.getTime(), policy.zone), candidates = [];
  for (let i = 1; i <= 400; i++)
    candidates.push(
      new TZDate(local.getFullYear(), local.getMonth(), local.getDate() + i, 0, 0, 0, policy.zone).getTime()
    );
  policy.window && candidates.push(policy.window.start.getTime(), policy.window.end.getTime()), candidates.sort((a, b) => a - b);
  for (let t of candidates)
    if (!(t <= now.getTime()) && stateAt(new Date(t), policy).open !== current)
      return new Date(t);
}
function flipFacts(now, flip, opens, zone) {
  return {
    opens,
    at: momentIn(flip, zone),
    zone,
    minutes: Math.max(0, Math.round((flip.getTime() - now.getTime()) / 6e4))
  };
}

// src/policy/evaluate.ts
function evaluate(snapshot, prepared) {
  let now = new Date(snapshot.now), ready = preparedFor(snapshot, prepared), { config, findings: configFindings } = ready.config, findings = [...configFindings], rolesOrError = requireRoles(config, snapshot.config.path), roles = "roles" in rolesOrError ? rolesOrError.roles : void 0;
  "finding" in rolesOrError && !configFindings.some((f) => f.severity === "error") && findings.push(rolesOrError.finding);
  let ctx = pullRequestContext(snapshot, config, roles, ready), before = earlierDocuments(ctx.loaded, knownIds(snapshot));
  findings.push(
    ...ctx.loaded.flatMap((l, i) => checkDocument(l, config, (p) => snapshot.evidence[p] === !0, before[i], now))
  ), findings.push(...runRules(pullRequestRules, ctx, config));
  let docEntries = ctx.approvals ? ctx.docs.flatMap((d) => ctx.codeowners?.ownersOf(d.file) ?? []).map(ownerKey) : [], unreadable = new Set(docEntries.filter((o) => snapshot.membership[o]?.unreadable));
  for (let team of unreadable)
    findings.push({
      rule: "config",
      severity: "error",
      file: snapshot.config.path,
      message: ctx.t["config.team-unreadable"]({ team, status: snapshot.membership[team].unreadable })
    });
  let emergencyRuleBroken = findings.some((f) => f.severity === "error" && isEmergencyRule(f.rule)), emergencyRequested = !!ctx.label || ctx.emergencyDocs.length > 0, emergencyGranted = emergencyRequested && !!ctx.label && ctx.emergencyDocs.length > 0 && ctx.regularDocs.length === 0 && !emergencyRuleBroken, t = messages(config.language), { window, state } = windowState(now, config, ctx.production, emergencyGranted, t);
  findings.push(
    ...runRules(mergeRules, { ...ctx, state, nextFlipText: window.nextFlipText, emergencyGranted }, config)
  ), findings.sort(compareFindings);
  let roleStates = ctx.approvals?.roles ?? [], errors = findings.filter((f) => f.severity === "error"), outcome = outcomeOf(snapshot.documents.length, findings, !!roles), documents = ctx.loaded.map((l) => documentVerdict(l, roleStates, roles, outcome));
  return {
    outcome,
    summary: errors.some((f) => UNSEEN.has(f.rule)) ? t["summary.unseen"]({
      what: errors.filter((f) => UNSEEN.has(f.rule)).map((f) => f.message).join("; ")
    }) : summarize(outcome, snapshot.documents.length, errors, roleStates, window, state, t, ctx.policyChange?.state),
    findings,
    documents,
    roles: roleStates,
    window,
    emergency: emergencyRequested ? {
      requested: !0,
      granted: emergencyGranted,
      label: ctx.label,
      earlierThisMonth: ctx.earlierEmergencies.length
    } : void 0,
    upgradeType: ctx.docs.length === 0 ? "none" : ctx.emergencyDocs.length > 0 ? "emergency" : "regular",
    evaluatedAt: snapshot.now,
    statusContext: config["status-context"],
    language: config.language,
    ...ctx.policyChange ? {
      policyChange: { files: ctx.policyChange.files, owner: ctx.policyChange.owner, state: ctx.policyChange.state }
    } : {}
  };
}
function preparedFor(snapshot, prepared) {
  return prepared !== void 0 && prepared.language === snapshot.language && prepared.documents.length === snapshot.documents.length ? prepared : prepare(snapshot);
}
function knownIds(snapshot) {
  let history = snapshot.history;
  if (!history) return [];
  let changed = new Set(snapshot.changedFiles);
  return [
    ...history.archived.flatMap((a) => a.id ? [{ id: a.id, path: a.path, where: a.record }] : []),
    ...history.base.filter((b) => !changed.has(b.path)).map((b) => ({ id: b.id, path: b.path, where: b.path }))
  ];
}
var UNSEEN = /* @__PURE__ */ new Set(["pull-request.files", "document.unreadable"]), EVERY_PR = /* @__PURE__ */ new Set(["archive.protected", "document.archived", "policy.approval"]);
function outcomeOf(documents, findings, rolesConfigured) {
  return findings.some((f) => UNSEEN.has(f.rule)) ? "error" : documents === 0 ? findings.some((f) => f.severity === "error" && EVERY_PR.has(f.rule)) ? "fail" : "pass" : !rolesConfigured || findings.some((f) => f.rule === "config" && f.severity === "error") ? "error" : findings.some((f) => f.severity === "error") ? "fail" : "pass";
}
function pullRequestContext(snapshot, config, roles, prepared) {
  let zone = config["time-zone"], loaded = prepared.documents, t = messages(config.language), isMember = memberCheck(config, snapshot), codeowners = snapshot.codeowners.text !== void 0 ? compileCodeowners(snapshot.codeowners.text) : void 0, docs = loaded.filter((l) => l.doc), month = policyMonth(new Date(snapshot.now), zone), approvals = roles && docs.length > 0 ? analyzeApprovals({
    reviews: snapshot.reviews,
    author: snapshot.pullRequest.author,
    headSha: snapshot.pullRequest.headSha,
    changes: snapshot.changes,
    exempt: config["stale-exempt"].length ? (0, import_picomatch2.default)(config["stale-exempt"], { dot: !0 }) : () => !1,
    contributors: snapshot.contributors,
    mergedAt: snapshot.pullRequest.mergedAt,
    documents: docs.map((d) => d.file),
    roles,
    ownersOf: (path) => codeowners?.ownersOf(path) ?? [],
    isMember,
    allowSameApprover: config["allow-same-approver-for-roles"],
    t
  }) : void 0;
  return {
    snapshot,
    config,
    t,
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
    earlierEmergencies: snapshot.emergenciesThisMonth.filter(
      (e) => e.pr !== snapshot.pullRequest.number && policyMonth(new Date(e.mergedAt), zone) === month
    ),
    approvals,
    policyChange: policyChange({ snapshot, files: prepared.facts.policyFiles, config, roles, isMember, t })
  };
}
function memberCheck(config, snapshot) {
  let listed = configuredTeams(config);
  return (entry, login) => holdsEntry(entry, login, listed, snapshot.membership);
}
function runRules(rules, ctx, config) {
  let out = [];
  for (let rule of rules)
    if (!isOff(config, rule.id))
      for (let hit of rule.check(ctx))
        out.push(hitToFinding(rule, hit, hit.file ? ctx.loaded.find((l) => l.file === hit.file) : void 0));
  return withConfiguredSeverity(config, out);
}
function calendarFor(config, production) {
  let zone = config["time-zone"], window, mode = mergeWindowMode(config);
  if (mode !== "off" && production.length > 0) {
    let spans = production.flatMap((d) => {
      let start = toInstant(d.doc.window.start, zone), end = toInstant(d.doc.window.end, zone);
      return start && end ? [{ start, end }] : [];
    });
    if (spans.length > 0) {
      let opens = spans.map((x) => (mode === "day" ? startOfLocalDay(x.start, zone) : x.start).getTime());
      window = {
        start: new Date(Math.max(...opens)),
        end: new Date(Math.min(...spans.map((x) => x.end.getTime()))),
        declaredStart: new Date(Math.max(...spans.map((x) => x.start.getTime())))
      };
    }
  }
  return { zone, mergeDays: config["merge-days"], freezes: config.freezes, window };
}
function windowState(now, config, production, emergencyGranted, t) {
  let policy = calendarFor(config, production), state = stateAt(now, policy), flip = nextFlip(now, policy), reason = windowReason(state, t);
  return { window: {
    open: state.open || emergencyGranted || production.length === 0,
    reason: emergencyGranted && !state.open ? t["window.emergency-allows"]({ reason }) : reason,
    zone: policy.zone,
    nextFlip: flip?.toISOString(),
    nextFlipText: flipText(flip ? flipFacts(now, flip, !state.open, policy.zone) : void 0, t),
    emergencyBypass: emergencyGranted
  }, state, reason };
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
    approvals: roleIds(config).map((role) => {
      let s = roles.find((r) => r.role === role && r.document === l.file);
      return { role, title: roleTitle(config, role), approver: s?.approver, via: s?.via, at: s?.approvedAt };
    }),
    verification: {
      cases: doc.verification?.cases.length ?? 0,
      acceptedBy: doc.acceptance?.verified_by,
      acceptedOn: doc.acceptance?.date,
      grayTest: doc.gray_test ? `${doc.gray_test.result} ${doc.gray_test.completed}` : void 0
    },
    result: outcome === "pass" ? "approved" : "not approved"
  }, features = (doc.features ?? []).map((f) => ({ id: f.id, title: f.title, description: f.description }));
  return {
    path: l.file,
    id: doc.id,
    type: doc.type,
    environment: doc.environment,
    form,
    features,
    signs: doc.environment === "production" ? signOff(doc) : void 0
  };
}
function summarize(outcome, documents, errors, roles, window, state, t, policyOwner) {
  if (documents === 0) return summarizeWithoutDocuments(outcome, errors, t, policyOwner);
  if (outcome === "error")
    return t["summary.config-error"]({
      message: errors.find((e) => e.rule === "config")?.message ?? errors[0]?.message ?? ""
    });
  if (outcome === "pass") {
    let signed = [
      ...new Map(
        roles.filter((r) => r.satisfied).map((r) => [
          `${r.role} ${r.approver} ${r.via}`,
          t["summary.signed"]({ role: r.title, login: r.approver ?? "", via: r.via ?? "" })
        ])
      ).values()
    ];
    return t["summary.ready"]({
      signed: t["summary.list"]({ items: signed }),
      how: window.emergencyBypass ? "emergency" : window.open ? "open" : "relaxed"
    });
  }
  let missing = [
    ...new Set(
      [...roles, ...policyOwner ? [policyOwner] : []].filter((r) => !r.satisfied).map((r) => t["role.title"]({ role: r.title }))
    )
  ], windowPart = window.open ? !window.emergencyBypass && state.open ? t["summary.window-open"]({ day: state.day }) : "" : t["summary.window-closed"]({ flip: window.nextFlipText ?? "" });
  return t["summary.fail"]({
    problems: errors.length,
    missing: t["summary.list"]({ items: missing }),
    window: windowPart
  });
}
function summarizeWithoutDocuments(outcome, errors, t, policyOwner) {
  return outcome === "fail" ? t["summary.problems"]({ problems: errors.length, first: errors[0].message }) : policyOwner?.satisfied ? t["summary.policy-approved"]({ role: policyOwner.title, login: policyOwner.approver ?? "" }) : t["summary.none"]();
}
function signOff(doc) {
  let part = (p) => p ? { method: p.method, location: p.location } : void 0, e = doc.emergency;
  return {
    backup: { data: part(doc.backup?.data), programs: part(doc.backup?.programs), config: part(doc.backup?.config) },
    rollback: doc.rollback?.plan,
    notice: doc.notification ? { announcedAt: doc.notification.announced_at, channels: [...doc.notification.channels ?? []] } : void 0,
    grayTest: doc.gray_test ? { completed: doc.gray_test.completed, result: doc.gray_test.result, report: doc.gray_test.report } : void 0,
    emergency: doc.type === "emergency" && e ? {
      reason: e.reason,
      impact: e.impact,
      justification: e.justification,
      phoneConfirmedBy: e.confirmation?.phone_confirmed_by,
      confirmedAt: e.confirmation?.confirmed_at,
      emailRegistration: e.confirmation?.email_registration
    } : void 0
  };
}

export {
  prepare,
  evaluate
};
