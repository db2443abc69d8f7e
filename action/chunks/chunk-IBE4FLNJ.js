import { createRequire as __ugCreateRequire } from 'node:module';
const require = __ugCreateRequire(import.meta.url);
import {
  checkDocument,
  compareFindings,
  evidencePaths,
  loadUpgradeDocument,
  normalizeLogin,
  withConfiguredSeverity
} from "./chunk-XLLKIJLM.js";
import {
  ROLE_IDS,
  TZDate,
  capitalize,
  dateIn,
  describeInstant,
  format,
  loadConfig,
  requireRoles,
  toInstant,
  weekdayIn
} from "./chunk-PHGQ7ICQ.js";
import {
  compileCodeowners
} from "./chunk-OZFYRYJJ.js";
import {
  messages
} from "./chunk-67BIQMP3.js";

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

// src/policy/rules/approval.ts
var DEFAULT_TITLES = {
  "center-lead": { en: "R&D center lead", zh: "\u7814\u53D1\u4E2D\u5FC3\u8D1F\u8D23\u4EBA" },
  "general-office": { en: "General Manager's Office", zh: "\u603B\u7ECF\u7406\u529E\u516C\u5BA4" }
}, short = (sha) => sha.slice(0, 7);
function roleTitle(roles, role) {
  let t = roles?.[role]?.title;
  return { en: t?.en ?? DEFAULT_TITLES[role].en, zh: t?.zh ?? DEFAULT_TITLES[role].zh };
}
function latestOpinions(reviews) {
  let sorted = [...reviews].sort((a, b) => a.submittedAt.localeCompare(b.submittedAt) || a.id - b.id), latest = /* @__PURE__ */ new Map();
  for (let r of sorted)
    r.state === "COMMENTED" || r.state === "PENDING" || latest.set(normalizeLogin(r.user), r);
  return latest;
}
function evaluateApprovals(input) {
  let findings = [], author = normalizeLogin(input.author), governed = new Set(input.governed), opinions = latestOpinions(input.reviews), holds = (login, role) => (input.membership[role]?.members ?? []).some((m) => normalizeLogin(m) === normalizeLogin(login)), states = ROLE_IDS.map((role) => ({ role, title: roleTitle(input.roles, role), owners: input.roles[role].owners, satisfied: !1, notCounted: [] })), stateOf = (role) => states.find((s) => s.role === role), valid = [];
  for (let [login, review] of opinions) {
    let roles = ROLE_IDS.filter((r) => holds(login, r));
    if (review.state === "CHANGES_REQUESTED") {
      for (let r of roles) stateOf(r).blockedBy = review.user;
      continue;
    }
    if (review.state === "APPROVED") {
      if (login === author) {
        findings.push({ rule: "approval.self", severity: "notice", message: input.t["approval.self"]({ login: review.user }) });
        for (let r of roles) stateOf(r).notCounted.push({ login: review.user, why: "author of the pull request" });
        continue;
      }
      if (review.commitId !== input.headSha) {
        let since = input.changedSince[review.commitId], touched = since === void 0 ? void 0 : since.filter((f) => governed.has(f));
        if (touched === void 0 || touched.length > 0) {
          let changed = touched === void 0 ? "" : touched.slice(0, 3).join(", "), more = touched === void 0 ? 0 : Math.max(0, touched.length - 3);
          findings.push({ rule: "approval.stale", severity: "warning", message: input.t["approval.stale"]({ login: review.user, commit: short(review.commitId), changed, more, head: short(input.headSha) }) });
          for (let r of roles) stateOf(r).notCounted.push({ login: review.user, why: `approved ${short(review.commitId)}, then ${touched === void 0 ? "changes could not be read" : "governed files changed"}` });
          continue;
        }
      }
      roles.length > 0 && valid.push({ review, roles });
    }
  }
  let assignment = assignRoles(valid, input.allowSameApprover);
  for (let [role, entry] of assignment) {
    let s = stateOf(role);
    s.blockedBy || Object.assign(s, { satisfied: !0, approver: entry.review.user, approvedAt: entry.review.submittedAt, reviewId: entry.review.id, commitId: entry.review.commitId });
  }
  for (let s of states) {
    let role = s.role, membershipError = input.membership[role]?.error;
    if (s.blockedBy)
      findings.push({ rule: `approval.${role}`, severity: "error", message: input.t["approval.blocked"]({ login: s.blockedBy, role: s.title }) });
    else if (!s.satisfied) {
      if (!input.allowSameApprover && valid.some((v) => v.roles.includes(role))) {
        let who2 = valid.find((v) => v.roles.includes(role)).review.user;
        findings.push({ rule: "approval.distinct", severity: "error", message: input.t["approval.distinct"]({ login: who2, role: s.title }) });
      }
      let members = input.roles[role].members ?? [];
      findings.push({
        rule: `approval.${role}`,
        severity: "error",
        message: input.t["approval.missing"]({ role: s.title, owners: s.owners.join(", "), examples: members.slice(0, 3).map((m) => `@${normalizeLogin(m)}`).join(", "), head: short(input.headSha), note: membershipError ?? "" })
      });
    }
  }
  return { roles: states, findings };
}
function assignRoles(valid, allowSame) {
  if (allowSame) {
    let out = /* @__PURE__ */ new Map();
    for (let role of ROLE_IDS) {
      let c = valid.filter((v) => v.roles.includes(role)).sort((a, b) => a.review.submittedAt.localeCompare(b.review.submittedAt))[0];
      c && out.set(role, c);
    }
    return out;
  }
  let best = /* @__PURE__ */ new Map(), walk = (i, used, acc) => {
    if (acc.size > best.size && (best = new Map(acc)), i >= ROLE_IDS.length) return;
    let role = ROLE_IDS[i];
    for (let c of valid) {
      let who2 = normalizeLogin(c.review.user);
      !c.roles.includes(role) || used.has(who2) || (used.add(who2), acc.set(role, c), walk(i + 1, used, acc), acc.delete(role), used.delete(who2));
    }
    walk(i + 1, used, acc);
  };
  return walk(0, /* @__PURE__ */ new Set(), /* @__PURE__ */ new Map()), best;
}

// src/policy/rules/codeowners.coverage.ts
function codeownersCoverage(documents, codeowners, codeownersPath, roles, t) {
  let findings = [];
  for (let path of documents) {
    let rule = codeowners?.ruleFor(path), owners = new Set(rule?.owners.map((o) => o.toLowerCase()) ?? []);
    for (let role of ROLE_IDS) {
      let roleOwners = roles[role].owners;
      if (roleOwners.some((o) => owners.has(o.toLowerCase()))) continue;
      let title = roleTitle(roles, role), fix = `${path.includes("/") ? `/${path.slice(0, path.lastIndexOf("/") + 1)}` : `/${path}`} ${[.../* @__PURE__ */ new Set([...rule?.owners ?? [], roleOwners[0]])].join(" ")}`;
      findings.push({
        rule: "codeowners.coverage",
        severity: "error",
        file: codeownersPath ?? "CODEOWNERS",
        line: rule?.line,
        column: rule ? 1 : void 0,
        message: codeowners ? t["codeowners.coverage"]({ path, owners: rule?.owners.join(" ") ?? "", line: rule?.line ?? 0, role: title, roleOwners: roleOwners.join(", "), fix }) : t["codeowners.coverage-none"]({ path, role: title, fix })
      });
    }
  }
  return findings;
}

// src/policy/rules/emergency.budget.ts
function emergencyBudgetFindings(earlier, budget, severity, month, t) {
  if (earlier.length < budget) return [];
  let list = earlier.map((e) => `${e.id} (PR #${e.pr}, ${e.mergedAt.slice(0, 10)})`).join(", ");
  return [{ rule: "emergency.budget", severity, message: t["emergency.budget"]({ count: earlier.length, month, list, budget }) }];
}

// src/policy/rules/emergency.label.ts
function emergencyLabelFindings(labelName, labelled, emergencyDocs, regularDocs, t) {
  return labelled && emergencyDocs.length === 0 ? [{ rule: "emergency.label", severity: "error", message: t["emergency.label-without-document"]({ label: labelName }) }] : !labelled && emergencyDocs.length > 0 ? emergencyDocs.map((file) => ({ rule: "emergency.label", severity: "error", file, message: t["emergency.document-without-label"]({ label: labelName }) })) : labelled && regularDocs.length > 0 ? regularDocs.map((file) => ({ rule: "emergency.label", severity: "error", file, message: t["emergency.label-with-regular"]({ label: labelName }) })) : [];
}

// src/policy/rules/merge.weekday.ts
function mergeWindowFindings(state, nextFlipText, windowRequired, t) {
  if (state.open) return [];
  let rule = state.freeze ? "window.freeze" : windowRequired && state.reason.includes("document's window") ? "merge.window" : "merge.weekday", next = nextFlipText ? `the window ${nextFlipText}` : t["merge.no-opening"]();
  return [{ rule, severity: "error", message: t["merge.closed"]({ reason: state.reason, next }) }];
}

// src/policy/evaluate.ts
function evaluate(snapshot) {
  let now = new Date(snapshot.now), findings = [], { config, findings: configFindings } = loadConfig(snapshot.config.text, snapshot.config.path, snapshot.language), t = messages(config.language);
  findings.push(...configFindings);
  let zone = config["time-zone"], rolesOrError = requireRoles(config, snapshot.config.path), roles = "roles" in rolesOrError ? rolesOrError.roles : void 0;
  "finding" in rolesOrError && findings.push(rolesOrError.finding);
  let codeowners;
  if (snapshot.codeowners.text !== void 0) {
    codeowners = compileCodeowners(snapshot.codeowners.text);
    for (let e of codeowners.errors)
      findings.push({ rule: "codeowners.syntax", severity: "warning", file: snapshot.codeowners.path, line: e.line, column: e.column, message: t["codeowners.syntax"]({ kind: e.kind, message: e.message }) });
  }
  snapshot.changedFilesTruncated && findings.push({ rule: "pull-request.files", severity: "warning", message: t["pull-request.files"]() });
  let loaded = snapshot.documents.map((d) => loadUpgradeDocument(d.text, d.path)), documentFindings = loaded.flatMap((l) => checkDocument(l, config, (p) => snapshot.evidence[p] === !0)), docs = loaded.filter((l) => l.doc), production = docs.filter((l) => l.doc.environment === "production"), emergencyDocs = docs.filter((l) => l.doc.type === "emergency").map((l) => l.file), regularDocs = docs.filter((l) => l.doc.type !== "emergency").map((l) => l.file), label = snapshot.labels.find((l) => l.name === config.emergency.label), typeLine = (file) => loaded.find((l) => l.file === file)?.source.locate(["type"]);
  findings.push(...emergencyLabelFindings(config.emergency.label, !!label, emergencyDocs, regularDocs, t).map((f) => f.file ? { ...f, ...typeLine(f.file) } : f));
  let emergencyRuleBroken = [...documentFindings, ...findings].some((f) => f.severity === "error" && /^emergency\./.test(f.rule)), emergencyRequested = !!label || emergencyDocs.length > 0, emergencyGranted = emergencyRequested && !!label && emergencyDocs.length > 0 && regularDocs.length === 0 && !emergencyRuleBroken, month = dateIn(now, zone).slice(0, 7), earlier = snapshot.emergenciesThisMonth.filter((e) => e.pr !== snapshot.pullRequest.number && dateIn(new Date(e.mergedAt), zone).slice(0, 7) === month);
  emergencyDocs.length > 0 && findings.push(...emergencyBudgetFindings(earlier, config.emergency["monthly-budget"], config.emergency["budget-severity"], month, t));
  let { window, state } = windowState(now, config, production, emergencyGranted);
  production.length > 0 && !emergencyGranted && findings.push(...mergeWindowFindings(state, window.nextFlipText, config["merge-window"], t));
  let roleStates = [];
  if (roles && docs.length > 0) {
    findings.push(...codeownersCoverage(docs.map((d) => d.file), codeowners, snapshot.codeowners.path, roles, t));
    let governed = governedFiles(snapshot, docs, codeowners, roles), approvals = evaluateApprovals({
      reviews: snapshot.reviews,
      author: snapshot.pullRequest.author,
      headSha: snapshot.pullRequest.headSha,
      changedSince: snapshot.changedSince,
      governed,
      roles,
      membership: snapshot.membership,
      allowSameApprover: config["allow-same-approver-for-roles"],
      t
    });
    roleStates = approvals.roles;
    for (let r of roleStates) {
      let problem = snapshot.membership[r.role]?.error;
      problem && !r.satisfied && findings.push({ rule: "config", severity: "error", file: snapshot.config.path, message: problem });
    }
    findings.push(...approvals.findings);
  }
  findings.splice(0, findings.length, ...[...documentFindings, ...withConfiguredSeverity(config, findings)].sort(compareFindings));
  let errors = findings.filter((f) => f.severity === "error"), configBroken = findings.some((f) => f.rule === "config" && f.severity === "error") || !roles, outcome = snapshot.documents.length === 0 ? "pass" : configBroken ? "error" : errors.length > 0 ? "fail" : "pass", documents = loaded.map((l) => documentVerdict(l, roleStates, roles, outcome));
  return {
    outcome,
    summary: summarize(outcome, snapshot.documents.length, errors, roleStates, window),
    findings,
    documents,
    roles: roleStates,
    window,
    emergency: emergencyRequested ? { requested: !0, granted: emergencyGranted, label, earlierThisMonth: earlier.length } : void 0,
    upgradeType: docs.length === 0 ? "none" : emergencyDocs.length > 0 ? "emergency" : "regular",
    evaluatedAt: snapshot.now,
    statusContext: config["status-context"],
    language: config.language
  };
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
  latestOpinions,
  evaluate,
  COMMENT_MARKER,
  renderMarkdown
};
