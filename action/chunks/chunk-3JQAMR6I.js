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
} from "./chunk-PEBXDELM.js";
import {
  ROLE_IDS,
  TZDate,
  analyzeApprovals,
  capitalize,
  dateIn,
  describeInstant,
  evidencePaths,
  format,
  isEmergencyRule,
  loadPolicyConfig,
  mergeRules,
  policyMonth,
  pullRequestRules,
  requireRoles,
  roleTitle,
  toInstant,
  weekdayIn
} from "./chunk-MTPBTAA4.js";
import {
  compileCodeowners
} from "./chunk-OZFYRYJJ.js";
import {
  messages
} from "./chunk-EAWZKEXV.js";

// src/time/policy-calendar.ts
function stateAt(instant, policy) {
  let date = dateIn(instant, policy.zone), day = weekdayIn(instant, policy.zone), freeze = policy.freezes.find((f) => f.from <= date && date <= f.to), when2 = `${capitalize(day)} ${date} in ${policy.zone}`;
  return freeze ? { open: !1, reason: `${when2} is inside the freeze "${freeze.name}" (${freeze.from} to ${freeze.to})`, freeze: freeze.name } : policy.mergeDays.includes(day) ? policy.window && (instant < policy.window.start || instant >= policy.window.end) ? { open: !1, reason: `${describeInstant(instant, policy.zone)} is outside the document's window (${describeInstant(policy.window.start, policy.zone)} to ${describeInstant(policy.window.end, policy.zone)})` } : { open: !0, reason: `${when2} is a production merge day` } : { open: !1, reason: `${when2} is not a production merge day` };
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
  "finding" in rolesOrError && findings.push(rolesOrError.finding);
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
  let zone = config["time-zone"], codeowners = snapshot.codeowners.text !== void 0 ? compileCodeowners(snapshot.codeowners.text) : void 0, loaded = snapshot.documents.map((d) => loadUpgradeDocument(d.text, d.path)), docs = loaded.filter((l) => l.doc), month = policyMonth(new Date(snapshot.now), zone), approvals = roles && docs.length > 0 ? analyzeApprovals({
    reviews: snapshot.reviews,
    author: snapshot.pullRequest.author,
    headSha: snapshot.pullRequest.headSha,
    changedSince: snapshot.changedSince,
    governed: governedFiles(snapshot, docs, codeowners, roles),
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
function governedFiles(snapshot, docs, codeowners, roles) {
  let roleOwners = new Set(ROLE_IDS.flatMap((r) => roles[r].owners.map((o) => o.toLowerCase()))), out = new Set(docs.map((d) => d.file));
  for (let d of docs) for (let p of evidencePaths(d.doc)) out.add(p);
  let candidates = /* @__PURE__ */ new Set([...snapshot.changedFiles, ...Object.values(snapshot.changedSince).flat()]);
  for (let f of candidates) codeowners?.ownersOf(f).some((o) => roleOwners.has(o.toLowerCase())) && out.add(f);
  return [...out];
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

// src/report/markdown.ts
var COMMENT_MARKER = "<!-- upgrade-gate:sticky-comment -->", MAX_COMMENT_CHARS = 6e4, ICON = { error: "\u274C", warning: "\u26A0\uFE0F", notice: "\u2139\uFE0F" }, cell = (s) => (s ?? "\u2014").replace(/\|/g, "\\|").replace(/\r?\n/g, " "), who = (login) => login ? `@${login.replace(/^@/, "")}` : "\u2014", when = (iso, zone) => iso ? `${dateIn(new Date(iso), zone)} ${format(new TZDate(new Date(iso).getTime(), zone), "HH:mm")} ${zone}` : "";
function roleRow(r, zone) {
  let title = `${r.title.en} ${r.title.zh}`;
  if (r.satisfied) return `| ${cell(title)} | \u2705 approved by ${who(r.approver)}, ${when(r.approvedAt, zone)} |`;
  let note = r.blockedBy ? `\u274C changes requested by ${who(r.blockedBy)}` : `\u2717 waiting for a member of ${r.owners.join(", ")}`, stale = r.notCounted.length ? ` (not counted: ${r.notCounted.map((n) => `${who(n.login)}: ${n.why}`).join("; ")})` : "";
  return `| ${cell(title)} | ${cell(note + stale)} |`;
}
function formTable(d, roles, zone) {
  let f = d.form, typeZh = f.type === "emergency" ? "\u7D27\u6025\u5347\u7EA7" : "\u5E38\u89C4\u5347\u7EA7";
  return [
    `#### Approval form \xB7 \u751F\u4EA7\u73AF\u5883\u5347\u7EA7\u5BA1\u6279\u5355 (Attachment 1) \u2014 \`${d.path}\``,
    "",
    "| Field \xB7 \u5B57\u6BB5 | Value \xB7 \u5185\u5BB9 |",
    "| --- | --- |",
    `| NO. \xB7 \u7F16\u53F7 | ${cell(f.no)} |`,
    `| System \xB7 \u7CFB\u7EDF | ${cell(f.system)} (${cell(f.environment)}) |`,
    `| Version \xB7 \u7248\u672C | ${cell(f.version.from)} \u2192 ${cell(f.version.to)} |`,
    `| Type \xB7 \u7C7B\u578B | ${cell(f.type)} \xB7 ${typeZh} |`,
    `| Window \xB7 \u5347\u7EA7\u65F6\u95F4 | ${cell(f.window.start)} \u2013 ${cell(f.window.end)} |`,
    `| Project lead \xB7 \u9879\u76EE\u8D1F\u8D23\u4EBA / Ops lead \xB7 \u8FD0\u7EF4\u8D1F\u8D23\u4EBA | ${who(f.projectLead)} / ${who(f.opsLead)} |`,
    `| Executed by \xB7 \u6267\u884C\u4EBA | ${who(f.executor)} |`,
    `| Supervised by \xB7 \u76D1\u7763\u4EBA | ${who(f.supervisor)} |`,
    ...roles.length ? roles.map((r) => roleRow(r, zone)) : ["| Approvals \xB7 \u5BA1\u6279 | roles are not configured |"],
    `| Verification \xB7 \u9A8C\u8BC1 | ${f.verification.cases} case(s); accepted by ${cell(f.verification.acceptedBy)} on ${cell(f.verification.acceptedOn)}; gray test ${cell(f.verification.grayTest)} |`,
    `| Result \xB7 \u5BA1\u6279\u7ED3\u679C | ${f.result === "approved" ? "\u2705 approved \xB7 \u540C\u610F" : "\u2717 not approved yet \xB7 \u672A\u901A\u8FC7"} |`
  ];
}
function featureTable(d) {
  return d.features.length === 0 ? [] : [
    "",
    "#### Feature list \xB7 \u751F\u4EA7\u73AF\u5883\u5347\u7EA7\u529F\u80FD\u6E05\u5355 (Attachment 2)",
    "",
    "| ID | Title \xB7 \u529F\u80FD | Description \xB7 \u8BF4\u660E |",
    "| --- | --- | --- |",
    ...d.features.map((f) => `| ${cell(f.id)} | ${cell(f.title)} | ${cell(f.description)} |`)
  ];
}
function findingLine(f) {
  let where = f.file ? ` \`${f.file}${f.line ? `:${f.line}` : ""}\`` : "";
  return `- ${ICON[f.severity]} **${f.rule}**${where}: ${f.message}`;
}
function renderMarkdown(v, opts = {}) {
  let head = opts.archivePath ? v.outcome === "pass" ? "\u2705 upgrade-gate: merged and archived" : "\u26A0\uFE0F upgrade-gate: merged in breach of the policy, archived with violations" : v.outcome === "pass" ? "\u2705 upgrade-gate: ready to merge" : v.outcome === "error" ? "\u26D4 upgrade-gate: configuration error" : "\u274C upgrade-gate: not ready to merge", zone = v.window.zone, out = [];
  if (opts.marker !== !1 && out.push(COMMENT_MARKER), out.push(`### ${head}`, "", `> ${v.summary}`, ""), opts.archivePath && out.push(`**Archive \xB7 \u5F52\u6863:** \`${opts.archivePath}\` (and its \`.md\` beside it); check it with \`npx upgrade-gate verify\``, ""), v.upgradeType !== "none") {
    let w = v.window, windowLine = w.emergencyBypass ? `\u{1F6A8} emergency upgrade: the day rule is waived (${w.reason})` : `${w.open ? "\u2705 open" : "\u26D4 closed"}: ${w.reason}${w.nextFlipText ? ` \u2014 ${w.nextFlipText}` : ""}`;
    out.push(`**Production window \xB7 \u5347\u7EA7\u7A97\u53E3:** ${windowLine}`, ""), v.emergency?.label && out.push(`**Emergency label:** \`${v.emergency.label.name}\`${v.emergency.label.appliedBy ? ` applied by ${who(v.emergency.label.appliedBy)} ${when(v.emergency.label.appliedAt, zone)}` : ""}; ${v.emergency.earlierThisMonth} earlier emergenc${v.emergency.earlierThisMonth === 1 ? "y" : "ies"} this month`, "");
    for (let d of v.documents)
      d.form && out.push(...formTable(d, v.roles, zone), ...featureTable(d), "");
  }
  let sorted = [...v.findings].sort((a, b) => ["error", "warning", "notice"].indexOf(a.severity) - ["error", "warning", "notice"].indexOf(b.severity));
  if (sorted.length) {
    out.push("#### What to do next \xB7 \u5F85\u5904\u7406", "");
    let size = out.join(`
`).length, shown = 0;
    for (let f of sorted) {
      let line = findingLine(f);
      if (size + line.length > MAX_COMMENT_CHARS - 500) break;
      out.push(line), size += line.length + 1, shown++;
    }
    shown < sorted.length && out.push(`- \u2026 and ${sorted.length - shown} more findings${opts.runUrl ? ` in the [run log](${opts.runUrl})` : ""}`), out.push("");
  }
  return out.push(`<sub>Evaluated at ${when(v.evaluatedAt, zone)}${opts.runUrl ? ` \xB7 [run](${opts.runUrl})` : ""}</sub>`), out.join(`
`);
}

export {
  evaluate,
  COMMENT_MARKER,
  renderMarkdown
};
