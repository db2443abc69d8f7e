import { createRequire as __ugCreateRequire } from 'node:module';
const require = __ugCreateRequire(import.meta.url);
import {
  commentsOf,
  logLine
} from "./chunk-U5Y3DHM2.mjs";
import {
  error,
  logMessages,
  messages,
  notice,
  setOutput,
  summary,
  warning
} from "./chunk-QPKTFHVX.mjs";
import {
  mdCode,
  mdLogin,
  mdMention,
  mdText,
  stickyOutcomeOf,
  withStickyOutcome
} from "./chunk-MV6RXFAG.mjs";
import {
  TZDate,
  dateIn,
  lightFormat,
  normalizeLogin
} from "./chunk-LM64RRIG.mjs";

// src/report/status.ts
function statusState(v) {
  return v.outcome === "pass" ? "success" : v.outcome === "error" ? "error" : "failure";
}
function withoutCountdown(text) {
  return text.replace(/<sub>[^\n]*<\/sub>/g, "").replace(/\(in [^)]*\)/g, "").replace(/（还有[^）]*）/g, "");
}
function statusDescription(v) {
  let text = v.summary.replace(/\s+/g, " ").trim();
  return text.length <= 140 ? text : `${text.slice(0, 139)}\u2026`;
}

// src/report/markdown.ts
var COMMENT_MARKER = "<!-- upgrade-gate:sticky-comment -->", MAX_COMMENT_CHARS = 6e4, ICON = { error: "\u274C", warning: "\u26A0\uFE0F", notice: "\u2139\uFE0F" }, cell = (s) => mdText(s ?? "\u2014"), when = (iso, zone, t) => iso ? t["md.time"]({
  date: dateIn(new Date(iso), zone),
  time: lightFormat(new TZDate(new Date(iso).getTime(), zone), "HH:mm"),
  zone
}) : "";
function roleRow(r, zone, t) {
  let title = `${r.title.en} ${r.title.zh}`;
  if (r.satisfied)
    return `| ${cell(title)} | ${t["md.role.approved"]({ by: mdMention(r.approver), via: r.via ? mdText(r.via) : "", at: mdText(when(r.approvedAt, zone, t)) })} |`;
  let note = r.blockedBy ? t["md.role.blocked"]({ by: mdMention(r.blockedBy) }) : t["md.role.waiting"]({ owners: r.owners.map(mdMention).join(", ") }), stale = r.notCounted.length ? t["md.role.not-counted"]({ list: r.notCounted.map((n) => `${mdLogin(n.login)}: ${mdText(n.why)}`).join("; ") }) : "";
  return `| ${cell(title)} | ${note}${stale} |`;
}
function formTable(d, roles, zone, t) {
  let f = d.form, typeZh = f.type === "emergency" ? "\u7D27\u6025\u5347\u7EA7" : "\u5E38\u89C4\u5347\u7EA7";
  return [
    `#### Approval form \xB7 \u751F\u4EA7\u73AF\u5883\u5347\u7EA7\u5BA1\u6279\u5355 (Attachment 1) \u2014 ${mdCode(d.path)}`,
    "",
    "| Field \xB7 \u5B57\u6BB5 | Value \xB7 \u5185\u5BB9 |",
    "| --- | --- |",
    `| NO. \xB7 \u7F16\u53F7 | ${cell(f.no)} |`,
    `| System \xB7 \u7CFB\u7EDF | ${cell(f.system)} (${cell(f.environment)}) |`,
    `| Version \xB7 \u7248\u672C | ${cell(f.version.from)} \u2192 ${cell(f.version.to)} |`,
    `| Type \xB7 \u7C7B\u578B | ${cell(f.type)} \xB7 ${typeZh} |`,
    `| Window \xB7 \u5347\u7EA7\u65F6\u95F4 | ${cell(f.window.start)} \u2013 ${cell(f.window.end)} |`,
    `| Project lead \xB7 \u9879\u76EE\u8D1F\u8D23\u4EBA / Ops lead \xB7 \u8FD0\u7EF4\u8D1F\u8D23\u4EBA | ${mdLogin(f.projectLead)} / ${mdLogin(f.opsLead)} |`,
    `| Executed by \xB7 \u6267\u884C\u4EBA | ${mdLogin(f.executor)} |`,
    `| Supervised by \xB7 \u76D1\u7763\u4EBA | ${mdLogin(f.supervisor)} |`,
    ...roles.length ? roles.map((r) => roleRow(r, zone, t)) : [`| Approvals \xB7 \u5BA1\u6279 | ${t["md.roles-missing"]()} |`],
    `| Verification \xB7 \u9A8C\u8BC1 | ${t["md.verification"]({ cases: f.verification.cases, by: cell(f.verification.acceptedBy), on: cell(f.verification.acceptedOn), gray: cell(f.verification.grayTest) })} |`,
    `| Result \xB7 \u5BA1\u6279\u7ED3\u679C | ${f.result === "approved" ? "\u2705 approved \xB7 \u540C\u610F" : "\u23F3 not approved yet \xB7 \u5F85\u5BA1\u6279"} |`
  ];
}
function signOffTable(d, t) {
  let s = d.signs;
  if (!s) return [];
  let rows = [], missing = (part) => t["md.sign.missing"]({ part }), e = s.emergency;
  e && (rows.push([t["md.sign.reason"](), t["md.sign.reason-value"]({ reason: e.reason })]), rows.push([t["md.sign.impact"](), e.impact]), rows.push([t["md.sign.justification"](), e.justification]), rows.push([
    t["md.sign.phone"](),
    e.phoneConfirmedBy ? t["md.sign.phone-value"]({ by: e.phoneConfirmedBy, at: e.confirmedAt ?? "\u2014" }) : missing("emergency.confirmation.phone_confirmed_by")
  ]), rows.push([t["md.sign.email"](), e.emailRegistration ?? missing("emergency.confirmation.email_registration")]));
  let parts = ["data", "programs", "config"].map((part) => {
    let b = s.backup[part];
    return b ? t["md.sign.backup-part"]({ part, method: b.method, location: b.location }) : missing(`backup.${part}`);
  });
  return rows.push([t["md.sign.backup"](), t["md.sign.list"]({ items: parts })]), rows.push([t["md.sign.rollback"](), s.rollback ?? missing("rollback.plan")]), rows.push([
    t["md.sign.notice"](),
    s.notice ? t["md.sign.notice-value"]({
      at: s.notice.announcedAt,
      channels: t["summary.list"]({ items: s.notice.channels.map((channel) => t["md.sign.channel"]({ channel })) })
    }) : missing("notification")
  ]), rows.push([
    t["md.sign.gray"](),
    s.grayTest ? t["md.sign.gray-value"]({
      result: s.grayTest.result,
      completed: s.grayTest.completed,
      report: s.grayTest.report ?? ""
    }) : missing("gray_test")
  ]), [
    "",
    `#### ${t["md.sign.heading"]()}`,
    "",
    t["md.sign.columns"](),
    "| --- | --- |",
    ...rows.map(([k, v]) => `| ${cell(k)} | ${cell(v)} |`)
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
function policyTable(change, zone, t) {
  let files = change.files.slice(0, 20).map((f) => mdCode(f)).join(", ") + (change.files.length > 20 ? ` (+${change.files.length - 20})` : ""), out = [`#### ${t["md.policy.heading"]()}`, "", t["md.policy.files"]({ files }), ""];
  return change.state && out.push("| Field \xB7 \u5B57\u6BB5 | Value \xB7 \u5185\u5BB9 |", "| --- | --- |", roleRow(change.state, zone, t), ""), out;
}
function findingLine(f) {
  let where = f.file ? ` ${mdCode(`${f.file}${f.line ? `:${f.line}` : ""}`)}` : "";
  return `- ${ICON[f.severity]} **${mdText(f.rule)}**${where}: ${mdText(f.message)}`;
}
function heading(v, archived, t) {
  return archived ? v.outcome === "pass" ? t["md.head.archived"]() : t["md.head.archived-violations"]() : v.outcome === "pass" ? t["md.head.ready"]() : v.outcome === "error" ? t["md.head.config-error"]() : t["md.head.not-ready"]();
}
function renderMarkdown(v, opts = {}) {
  let t = messages(v.language), zone = v.window.zone, out = [];
  if (opts.marker !== !1 && out.push(COMMENT_MARKER), out.push(`### ${heading(v, !!opts.archivePath, t)}`, "", `> ${mdText(v.summary)}`, ""), opts.archivePath && out.push(t["md.archive"]({ path: mdCode(opts.archivePath) }), ""), v.policyChange && out.push(...policyTable(v.policyChange, zone, t)), v.upgradeType !== "none") {
    let w = v.window, flip = w.nextFlipText ? mdText(w.nextFlipText) : "", reason = mdText(w.reason), windowLine = w.emergencyBypass ? t["md.window.emergency"]({ reason }) : w.open ? t["md.window.open"]({ reason, flip }) : t["md.window.closed"]({ reason, flip });
    out.push(t["md.window"]({ line: windowLine }), "");
    let label = v.emergency?.label;
    label && out.push(
      t["md.emergency-label"]({
        label: mdCode(label.name),
        by: label.appliedBy ? mdLogin(label.appliedBy) : "",
        at: mdText(when(label.appliedAt, zone, t)),
        earlier: v.emergency.earlierThisMonth
      }),
      ""
    );
    for (let d of v.documents)
      d.form && out.push(
        ...formTable(
          d,
          v.roles.filter((r) => r.document === void 0 || r.document === d.path),
          zone,
          t
        ),
        ...signOffTable(d, t),
        ...featureTable(d),
        ""
      );
  }
  let sorted = [...v.findings].sort(
    (a, b) => ["error", "warning", "notice"].indexOf(a.severity) - ["error", "warning", "notice"].indexOf(b.severity)
  );
  if (sorted.length) {
    out.push(`#### ${t["md.next"]()}`, "");
    let size = out.join(`
`).length, shown = 0;
    for (let f of sorted) {
      let line = findingLine(f);
      if (size + line.length > MAX_COMMENT_CHARS - 500) break;
      out.push(line), size += line.length + 1, shown++;
    }
    shown < sorted.length && out.push(`- ${t["md.more"]({ count: sorted.length - shown, log: opts.runUrl ?? "" })}`), out.push("");
  }
  return out.push(`<sub>${t["md.evaluated"]({ at: mdText(when(v.evaluatedAt, zone, t)), run: opts.runUrl ?? "" })}</sub>`), out.join(`
`);
}

// src/report/annotations.ts
function toAnnotations(findings) {
  return [...findings].sort((a, b) => +!!b.line - +!!a.line).map((f) => ({
    level: f.severity,
    message: f.message,
    properties: { title: `upgrade-gate ${f.rule}`, file: f.file, startLine: f.line, startColumn: f.column }
  }));
}

// src/github/publish.ts
var ACTIONS_BOT = "github-actions[bot]";
async function publishStatus(octokit, t, state, description) {
  let { data } = await octokit.rest.repos.createCommitStatus({
    ...t.repo,
    sha: t.sha,
    state,
    context: t.context,
    description: description.slice(0, 140),
    target_url: t.runUrl
  });
  data.creator?.login && (t.identity = data.creator.login);
}
async function tokenIdentity(octokit) {
  try {
    let { data } = await octokit.rest.users.getAuthenticated();
    return data.login;
  } catch (err) {
    if ([401, 403, 404].includes(err.status ?? 0)) return ACTIONS_BOT;
    throw err;
  }
}
async function ownComment(octokit, comments, marker) {
  let marked = comments.filter((c) => c.body?.includes(marker));
  if (marked.length === 0) return;
  let identity = normalizeLogin(await tokenIdentity(octokit));
  return marked.find((c) => c.user && normalizeLogin(c.user.login) === identity);
}
async function currentStatus(octokit, t) {
  let { data } = await octokit.rest.repos.getCombinedStatusForRef({ ...t.repo, ref: t.sha, per_page: 100 }), s = data.statuses.find((x) => x.context === t.context);
  return s ? { state: s.state, description: s.description ?? "" } : void 0;
}
async function publishComment(octokit, t, verdict) {
  if (t.prNumber === void 0) return "skipped";
  let [comments, identity] = await Promise.all([
    commentsOf(octokit, t.repo, t.prNumber),
    t.identity ?? tokenIdentity(octokit)
  ]);
  t.identity = identity;
  let existing = comments.filter(
    (c) => c.body?.includes(COMMENT_MARKER) && c.user && normalizeLogin(c.user.login) === normalizeLogin(identity)
  )[0], kept = stickyOutcomeOf(existing?.body), fresh = renderMarkdown(verdict, { runUrl: t.runUrl, archivePath: t.archivePath }), body = kept ? withStickyOutcome(fresh, kept) : fresh;
  return existing ? withoutCountdown(existing.body ?? "") === withoutCountdown(body) ? "unchanged" : (await octokit.rest.issues.updateComment({ ...t.repo, comment_id: existing.id, body }), "updated") : verdict.upgradeType === "none" && verdict.outcome === "pass" ? "skipped" : (await octokit.rest.issues.createComment({ ...t.repo, issue_number: t.prNumber, body }), "created");
}
async function publishRunReport(verdict, runUrl) {
  for (let a of toAnnotations(verdict.findings))
    (a.level === "error" ? error : a.level === "warning" ? warning : notice)(a.message, a.properties);
  if (!process.env.GITHUB_STEP_SUMMARY) {
    logLine(logMessages(verdict.language)["summary.no-file"]());
    return;
  }
  await summary.addRaw(renderMarkdown(verdict, { marker: !1, runUrl }), !0).write();
}
function setOutputs(verdict, archivePath = "") {
  setOutput("verdict", verdict.outcome), setOutput("upgrade-type", verdict.upgradeType), setOutput("documents", JSON.stringify(verdict.documents.map((d) => d.path))), setOutput("next-flip", verdict.window.nextFlip ?? ""), setOutput(
    "approvals",
    JSON.stringify(
      verdict.roles.map((r) => ({
        document: r.document ?? null,
        role: r.role,
        title: r.title,
        signed: r.satisfied,
        approver: r.approver ?? null,
        via: r.via ?? null
      }))
    )
  ), setOutput("archive-path", archivePath);
}

export {
  statusState,
  withoutCountdown,
  statusDescription,
  COMMENT_MARKER,
  publishStatus,
  ownComment,
  currentStatus,
  publishComment,
  publishRunReport,
  setOutputs
};
