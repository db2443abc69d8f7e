import { createRequire as __ugCreateRequire } from 'node:module';
const require = __ugCreateRequire(import.meta.url);
import {
  mdCode,
  mdLogin,
  mdText
} from "./chunk-3KBUOASC.js";
import {
  normalizeLogin
} from "./chunk-YO54Z6BR.js";

// src/archive/canonical.ts
import { createHash } from "node:crypto";
function canonicalJson(value) {
  return JSON.stringify(value ?? null, (_key, v) => {
    if (!v || typeof v != "object" || Array.isArray(v)) return v;
    let sorted = {};
    for (let k of Object.keys(v).sort()) sorted[k] = v[k];
    return sorted;
  });
}
function sha256(text) {
  return createHash("sha256").update(text, "utf8").digest("hex");
}
function recordHash(record) {
  let { sha256: _ignored, ...rest } = record;
  return sha256(canonicalJson(rest));
}

// src/archive/outcome-record.ts
var OUTCOME_FORMAT = "upgrade-gate/outcome-record/v1";
function isOutcomeRecord(r) {
  return !!r && typeof r == "object" && r.format === OUTCOME_FORMAT;
}
var OUTCOME_PEOPLE = ["executor", "supervisor", "project_lead", "ops_lead"];
function peopleRights(login, documents) {
  let who = normalizeLogin(login), out = /* @__PURE__ */ new Set();
  for (let d of documents) {
    let people = (d && typeof d == "object" ? d.people : void 0) ?? {};
    for (let field of OUTCOME_PEOPLE) typeof people[field] == "string" && normalizeLogin(people[field]) === who && out.add(field);
  }
  return [...out];
}
function peopleOf(documents) {
  let out = /* @__PURE__ */ new Set();
  for (let d of documents) {
    let people = (d && typeof d == "object" ? d.people : void 0) ?? {};
    for (let field of OUTCOME_PEOPLE) typeof people[field] == "string" && out.add(people[field].replace(/^@/, ""));
  }
  return [...out];
}
function buildOutcomeRecord(upgrade, accepted, comment, ctx) {
  let c = accepted.command, record = {
    format: OUTCOME_FORMAT,
    sequence: ctx.previous.sequence + 1,
    upgrade: { file: upgrade.file, sequence: upgrade.record.sequence, sha256: upgrade.record.sha256, pull_request: upgrade.record.pull_request.number, document: accepted.document },
    outcome: c.outcome,
    completed_at: c.completed_at,
    completed_at_utc: accepted.completedAt,
    notified_at: c.notified_at ?? null,
    notified_at_utc: accepted.notifiedAt ?? null,
    verification: { ...c.verification },
    notes: c.notes,
    cause: c.cause ?? null,
    backup_restored: c.backup_restored ?? null,
    recorded_by: { login: comment.author, as: ctx.recordedAs },
    comment: { id: comment.id, url: comment.url, created_at: comment.createdAt, updated_at: comment.updatedAt, body: comment.body, body_sha256: sha256(comment.body) },
    recorded_at: ctx.recordedAt,
    policy: { time_zone: ctx.zone },
    tool: { name: "upgrade-gate", version: ctx.toolVersion },
    previous_sha256: ctx.previous.sha256
  };
  return record.sha256 = recordHash(record), record;
}
function alreadyRecorded(outcomes, comment) {
  let hash = sha256(comment.body);
  return outcomes.some((o) => o.comment.id === comment.id && o.comment.body_sha256 === hash);
}
function outcomePath(upgradeFile, n) {
  return upgradeFile.replace(/\.json$/, `.outcome-${n}.json`);
}
function isOutcomeFile(file) {
  return /\.outcome-\d+\.json$/.test(file);
}
function chainHeadAfterOutcome(previous, record, file) {
  return { ...previous, sequence: record.sequence, sha256: record.sha256, path: file };
}

// src/archive/outcome-render.ts
var STICKY_OUTCOME_START = "<!-- upgrade-gate:outcome -->", STICKY_OUTCOME_END = "<!-- /upgrade-gate:outcome -->", OUTCOME_REPLY_MARKER = "<!-- upgrade-gate:outcome-reply -->", ICON = { succeeded: "\u2705", failed: "\u274C", restored: "\u21A9\uFE0F" }, ZH = { succeeded: "\u5347\u7EA7\u6210\u529F", failed: "\u5347\u7EA7\u5931\u8D25", restored: "\u5DF2\u6062\u590D\u5907\u4EFD" };
function inert(s) {
  return s == null || s === "" ? "\u2014" : s.replace(/\r?\n/g, " ").replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/([\\`*_{}[\]()#+!|~@:])/g, "\\$1");
}
function outcomeLabel(outcome) {
  return `${ICON[outcome] ?? ""} ${outcome} \xB7 ${ZH[outcome] ?? outcome}`.trim();
}
var time = (t) => t && /^[0-9T:+\-Z ]+$/.test(t) ? t : inert(t);
function rows(outcomes) {
  return [
    "| # | Outcome \xB7 \u7ED3\u679C | Completed \xB7 \u5B8C\u6210\u65F6\u95F4 | Verification \xB7 \u9A8C\u8BC1 | Notice \xB7 \u5B8C\u6210\u901A\u77E5 | Recorded by \xB7 \u8BB0\u5F55\u4EBA | Comment |",
    "| --- | --- | --- | --- | --- | --- | --- |",
    ...outcomes.map((o) => {
      let cases = Object.entries(o.verification).map(([id, r]) => `${inert(id)} ${r}`).join(", ");
      return `| ${o.sequence} | ${outcomeLabel(o.outcome)} | ${time(o.completed_at)} (${o.policy.time_zone}) | ${cases} | ${time(o.notified_at)} | ${inert(o.recorded_by.login)} (${o.recorded_by.as.join(", ")}) | [${o.comment.id}](${encodeURI(o.comment.url)}) |`;
    }),
    "",
    ...outcomes.flatMap((o) => [`- #${o.sequence} notes \xB7 \u8BF4\u660E: ${inert(o.notes)}`, ...o.cause ? [`  - cause \xB7 \u539F\u56E0: ${inert(o.cause)}`] : [], ...o.backup_restored ? [`  - backup restored \xB7 \u6062\u590D\u7684\u5907\u4EFD: ${inert(o.backup_restored)}`] : []])
  ];
}
function renderOutcomeSection(outcomes) {
  if (outcomes.length === 0) return "";
  let sorted = [...outcomes].sort((a, b) => a.sequence - b.sequence);
  return [`## Outcome \xB7 \u5347\u7EA7\u7ED3\u679C: ${outcomeLabel(sorted.at(-1).outcome)}`, "", ...rows(sorted), ""].join(`
`);
}
function renderStickyOutcome(state) {
  let body = "pending" in state ? ["### \u23F3 Outcome pending \xB7 \u5F85\u786E\u8BA4\u5347\u7EA7\u7ED3\u679C", "", state.pending] : [`### Outcome \xB7 \u5347\u7EA7\u7ED3\u679C: ${outcomeLabel(state.outcomes.at(-1).outcome)}`, "", ...rows(state.outcomes)];
  return [STICKY_OUTCOME_START, ...body, STICKY_OUTCOME_END].join(`
`);
}
function withStickyOutcome(body, part) {
  let start = body.indexOf(STICKY_OUTCOME_START), end = body.indexOf(STICKY_OUTCOME_END);
  return start >= 0 && end > start ? `${body.slice(0, start)}${part}${body.slice(end + STICKY_OUTCOME_END.length)}` : `${body.trimEnd()}

${part}
`;
}
function stickyOutcomeOf(body) {
  if (!body) return;
  let start = body.indexOf(STICKY_OUTCOME_START), end = body.indexOf(STICKY_OUTCOME_END);
  return start >= 0 && end > start ? body.slice(start, end + STICKY_OUTCOME_END.length) : void 0;
}
function renderOutcomeReply(lead, findings = [], commentUrl, example) {
  return [
    OUTCOME_REPLY_MARKER,
    `**upgrade-gate \xB7 /upgrade-result**${commentUrl ? ` ([comment](${encodeURI(commentUrl)}))` : ""}`,
    "",
    lead,
    ...findings.length ? ["", ...findings.map((f) => `- line ${f.line ?? 1}, column ${f.column ?? 1} (\`${f.rule}\`): ${inert(f.message)}`)] : [],
    ...findings.length && example ? ["", example] : []
  ].join(`
`);
}

// src/archive/render.ts
var cell = (s) => s == null || s === "" ? "\u2014" : mdText(s);
function renderRecordMarkdown(r) {
  let out = [], pr = r.pull_request;
  if (out.push(`# Upgrade record \xB7 \u5347\u7EA7\u5F52\u6863\u8BB0\u5F55 #${r.sequence}`, ""), r.violations.length) {
    out.push("> \u26A0\uFE0F **This merge broke the policy \xB7 \u672C\u6B21\u5408\u5E76\u8FDD\u53CD\u5347\u7EA7\u7BA1\u7406\u529E\u6CD5**", ">");
    for (let v of r.violations) out.push(`> - ${mdCode(v.rule)}: ${mdText(v.message)}`);
    out.push("");
  }
  r.backfilled && out.push("> This record was written after the merge by a scheduled run (backfilled) \xB7 \u8865\u5F55", "");
  for (let d of r.documents) {
    let f = d.form ?? {}, approvals = f.approvals ?? [];
    out.push(
      `## Attachment 1 \xB7 \u9644\u4EF61\uFF1A\u751F\u4EA7\u73AF\u5883\u5347\u7EA7\u5BA1\u6279\u5355 \u2014 ${cell(d.id)}`,
      "",
      "| Field \xB7 \u5B57\u6BB5 | Value \xB7 \u5185\u5BB9 |",
      "| --- | --- |",
      `| NO. \xB7 \u7F16\u53F7 | ${cell(d.id)} |`,
      `| System \xB7 \u7CFB\u7EDF | ${cell(d.system)} (${cell(d.environment)}) |`,
      `| Version \xB7 \u7248\u672C | ${cell(d.version?.from)} \u2192 ${cell(d.version?.to)} |`,
      `| Type \xB7 \u7C7B\u578B | ${cell(d.type)} |`,
      `| Window \xB7 \u5347\u7EA7\u65F6\u95F4 | ${cell(f.window?.start)} \u2013 ${cell(f.window?.end)} |`,
      `| Handled by \xB7 \u7ECF\u529E\u4EBA (project lead / ops lead) | ${cell(f.projectLead)} / ${cell(f.opsLead)} |`,
      `| Executed by \xB7 \u6267\u884C\u4EBA | ${cell(f.executor)} |`,
      `| Supervised by \xB7 \u76D1\u7763\u4EBA | ${cell(f.supervisor)} |`,
      ...approvals.map((a) => `| ${cell(a.title.en)} \xB7 ${cell(a.title.zh)} | ${a.approver ? `approved by ${mdLogin(a.approver)}${a.via ? ` via ${cell(a.via)}` : ""} at ${cell(a.at)}` : "not approved \xB7 \u672A\u5BA1\u6279"} |`),
      `| Verification confirmed \xB7 \u9A8C\u8BC1\u786E\u8BA4 | ${cell(f.verification?.acceptedBy)} (${cell(f.verification?.acceptedOn)}) |`,
      `| Approved \xB7 \u662F\u5426\u540C\u610F | ${r.evaluation.outcome === "pass" ? "yes \xB7 \u540C\u610F" : "no \xB7 \u4E0D\u540C\u610F (merged anyway: see violations)"} |`,
      "",
      "## Attachment 2 \xB7 \u9644\u4EF62\uFF1A\u751F\u4EA7\u73AF\u5883\u5347\u7EA7\u529F\u80FD\u6E05\u5355",
      "",
      "| ID | Feature \xB7 \u529F\u80FD | Description \xB7 \u8BF4\u660E |",
      "| --- | --- | --- |",
      ...(d.features ?? []).map((x) => `| ${cell(x.id)} | ${cell(x.title)} | ${cell(x.description)} |`),
      ""
    );
  }
  return out.push(
    "## Merge \xB7 \u5408\u5E76",
    "",
    `- PR #${pr.number} "${mdText(pr.title)}" by ${mdLogin(pr.author)}, merged ${mdText(pr.merged_at)} by ${pr.merged_by ? mdLogin(pr.merged_by) : "unknown"} (${mdText(pr.merge_sha ?? "no merge commit")})`,
    `- Evaluation at merge \xB7 \u5408\u5E76\u65F6\u8BC4\u4F30: **${mdText(r.evaluation.outcome)}** \u2014 ${mdText(r.evaluation.summary)}`,
    r.emergency ? `- Emergency \xB7 \u7D27\u6025\u5347\u7EA7: label ${mdCode(r.emergency.label)} applied by ${r.emergency.applied_by ? mdLogin(r.emergency.applied_by) : "unknown"} at ${mdText(r.emergency.applied_at ?? "unknown")}; bypass ${r.emergency.granted ? "granted" : "not granted"}` : "- Emergency \xB7 \u7D27\u6025\u5347\u7EA7: no",
    `- Policy \xB7 \u5236\u5EA6: ${mdCode(r.policy.config_path)} sha256 ${r.policy.config_sha256 ?? "(defaults)"}, ${r.policy.codeowners_path ? mdCode(r.policy.codeowners_path) : "no CODEOWNERS"} sha256 ${r.policy.codeowners_sha256 ?? "\u2014"}, time zone ${mdText(r.policy.time_zone)} (tzdata ${mdText(r.policy.tzdata ?? "unknown")})`,
    `- Chain \xB7 \u54C8\u5E0C\u94FE: sha256 \`${r.sha256}\`, previous \`${r.previous_sha256 ?? "none (first record)"}\``,
    ""
  ), out.join(`
`);
}

export {
  sha256,
  recordHash,
  renderRecordMarkdown,
  isOutcomeRecord,
  OUTCOME_PEOPLE,
  peopleRights,
  peopleOf,
  buildOutcomeRecord,
  alreadyRecorded,
  outcomePath,
  isOutcomeFile,
  chainHeadAfterOutcome,
  STICKY_OUTCOME_START,
  OUTCOME_REPLY_MARKER,
  inert,
  renderOutcomeSection,
  renderStickyOutcome,
  withStickyOutcome,
  stickyOutcomeOf,
  renderOutcomeReply
};
