import { createRequire as __ugCreateRequire } from 'node:module';
const require = __ugCreateRequire(import.meta.url);
import {
  dateIn,
  normalizeLogin
} from "./chunk-LM64RRIG.mjs";

// src/archive/canonical.ts
import * as crypto from "node:crypto";
import { createHash } from "node:crypto";

// node_modules/canonicalize/lib/canonicalize.js
function serializeString(value) {
  if (!value.isWellFormed())
    throw new Error("Lone surrogate is not allowed");
  return JSON.stringify(value);
}
function serializePrimitive(value) {
  switch (typeof value) {
    case "number":
      if (isNaN(value))
        throw new Error("NaN is not allowed");
      if (!isFinite(value))
        throw new Error("Infinity is not allowed");
      return JSON.stringify(value);
    case "string":
      return serializeString(value);
    case "boolean":
      return value ? "true" : "false";
    default:
      return JSON.stringify(value);
  }
}
function enterValue(value, seen) {
  let wrappers = null;
  for (; value !== null && typeof value == "object" && typeof value.toJSON == "function"; ) {
    if (seen.has(value))
      throw new Error("Circular reference detected");
    seen.add(value), (wrappers ??= []).push(value), value = value.toJSON();
  }
  if ((value instanceof Number || value instanceof String || value instanceof Boolean) && (value = value.valueOf()), value === null || typeof value != "object") {
    if (wrappers !== null)
      for (let wrapper of wrappers) seen.delete(wrapper);
    return serializePrimitive(value);
  }
  if (seen.has(value))
    throw new Error("Circular reference detected");
  return seen.add(value), {
    container: value,
    // null marks an array frame; object frames carry their sorted keys.
    // `sort()`'s default comparator orders by UTF-16 code unit, which is the
    // order JCS requires.
    keys: Array.isArray(value) ? null : Object.keys(value).sort(),
    // Next child to serialize; the frame resumes here after a nested
    // container's subtree completes.
    index: 0,
    // Whether no member has been emitted yet (controls comma placement).
    first: !0,
    // toJSON wrappers to release from `seen` when this frame completes.
    wrappers
  };
}
function canonicalize(object) {
  if (object === null || typeof object != "object")
    return serializePrimitive(object);
  let seen = /* @__PURE__ */ new Set(), root = enterValue(object, seen);
  if (typeof root != "object")
    return root;
  let result = root.keys === null ? "[" : "{", stack = [root];
  outer:
    for (; stack.length > 0; ) {
      let frame = stack[stack.length - 1], container = frame.container;
      if (frame.keys === null) {
        for (; frame.index < container.length; ) {
          let i = frame.index++;
          i > 0 && (result += ",");
          let element = container[i], value = element === void 0 || typeof element == "symbol" || typeof element == "function" ? null : element;
          if (value === null || typeof value != "object") {
            result += serializePrimitive(value);
            continue;
          }
          let child = enterValue(value, seen);
          if (typeof child != "object") {
            result += child === void 0 ? "null" : child;
            continue;
          }
          result += child.keys === null ? "[" : "{", stack.push(child);
          continue outer;
        }
        result += "]";
      } else {
        let keys = frame.keys;
        for (; frame.index < keys.length; ) {
          let key = keys[frame.index++], value = container[key];
          if (value === void 0 || typeof value == "symbol" || typeof value == "function")
            continue;
          if (value === null || typeof value != "object") {
            frame.first ? frame.first = !1 : result += ",", result += serializeString(key) + ":" + serializePrimitive(value);
            continue;
          }
          let child = enterValue(value, seen);
          if (child !== void 0) {
            if (frame.first ? frame.first = !1 : result += ",", result += serializeString(key) + ":", typeof child != "object") {
              result += child;
              continue;
            }
            result += child.keys === null ? "[" : "{", stack.push(child);
            continue outer;
          }
        }
        result += "}";
      }
      if (seen.delete(container), frame.wrappers !== null)
        for (let wrapper of frame.wrappers) seen.delete(wrapper);
      stack.pop();
    }
  return result;
}

// src/archive/canonical.ts
function canonicalJsonV1(value) {
  return JSON.stringify(value ?? null, (_key, v) => {
    if (!v || typeof v != "object" || Array.isArray(v)) return v;
    let sorted = {};
    for (let k of Object.keys(v).sort()) sorted[k] = v[k];
    return sorted;
  });
}
function jcs(value) {
  let sorted = sortedCopy(value);
  if (sorted !== UNSURE) {
    let text2 = JSON.stringify(sorted);
    if (text2 !== void 0 && !text2.includes("\\ud")) return text2;
  }
  let text = canonicalize(value);
  if (text === void 0) throw new Error("a value with no JSON form cannot be canonicalized");
  return text;
}
var UNSURE = /* @__PURE__ */ Symbol("unsure"), INDEX_KEY = /^(?:0|[1-9][0-9]*)$/;
function sortKeys(keys) {
  if (keys.length > 16) return keys.sort();
  for (let i = 1; i < keys.length; i++) {
    let k = keys[i], j = i - 1;
    for (; j >= 0 && keys[j] > k; )
      keys[j + 1] = keys[j], j--;
    keys[j + 1] = k;
  }
  return keys;
}
function sortedCopy(v) {
  if (v === null || typeof v == "string" || typeof v == "boolean") return v;
  if (typeof v == "number") return Number.isFinite(v) ? v : UNSURE;
  if (typeof v != "object") return UNSURE;
  if (Array.isArray(v)) {
    let out2 = new Array(v.length);
    for (let i = 0; i < v.length; i++) {
      let x = sortedCopy(v[i]);
      if (x === UNSURE) return UNSURE;
      out2[i] = x;
    }
    return out2;
  }
  let proto = Object.getPrototypeOf(v);
  if (proto !== Object.prototype && proto !== null) return UNSURE;
  let out = {}, keys = sortKeys(Object.keys(v));
  for (let k of keys) {
    let c = k.charCodeAt(0);
    if (c <= 57 && c >= 48 && INDEX_KEY.test(k) || k === "__proto__") return UNSURE;
    let x = sortedCopy(v[k]);
    if (x === UNSURE) return UNSURE;
    out[k] = x;
  }
  return out;
}
var oneShot = crypto.hash;
function sha256(data) {
  return typeof data != "string" ? createHash("sha256").update(data).digest("hex") : oneShot ? oneShot("sha256", data, "hex") : createHash("sha256").update(data, "utf8").digest("hex");
}
function gitBlobSha(data) {
  let bytes = typeof data == "string" ? Buffer.from(data, "utf8") : data;
  return createHash("sha1").update(`blob ${bytes.length}\0`).update(bytes).digest("hex");
}

// src/archive/format-v1.ts
var slug = (s, fallback) => (s ?? fallback).toLowerCase().replace(/[^a-z0-9.]+/g, "-").replace(/^-+|-+$/g, "") || fallback;
function hashV1(record) {
  let { sha256: _ignored, ...rest } = record;
  return sha256(canonicalJsonV1(rest));
}
function recordPathV1(folder, record, zone) {
  let date = dateIn(new Date(record.pull_request.merged_at), zone), first = record.documents[0];
  return `${folder}/${date.slice(0, 4)}/${date.slice(5, 7)}/${date}-${slug(first?.system, "unknown")}-${slug(first?.version?.to, "unversioned")}-pr${record.pull_request.number}.json`;
}
function indexHeadV1(year) {
  return [
    `# Upgrade archive ${year} \xB7 ${year} \u5E74\u5347\u7EA7\u5F52\u6863`,
    "",
    "One row per merged upgrade, in chain order. Check the archive with `npx upgrade-gate verify`.",
    "",
    "| # | Merged \xB7 \u5408\u5E76\u65F6\u95F4 | NO. \xB7 \u7F16\u53F7 | System \xB7 \u7CFB\u7EDF | Version \xB7 \u7248\u672C | Type \xB7 \u7C7B\u578B | PR | Violations \xB7 \u8FDD\u89C4 | Record |",
    "| --- | --- | --- | --- | --- | --- | --- | --- | --- |"
  ].join(`
`);
}
function indexRowV1(record, file) {
  let d = record.documents[0], cell2 = (s) => s.replace(/\|/g, "\\|"), name = file.split("/").slice(-2).join("/");
  return `| ${record.sequence} | ${record.pull_request.merged_at} | ${cell2(d?.id ?? "\u2014")} | ${cell2(d?.system ?? "\u2014")} | ${cell2(d?.version ? `${d.version.from} \u2192 ${d.version.to}` : "\u2014")} | ${d?.type ?? "\u2014"}${record.backfilled ? " (backfilled)" : ""} | #${record.pull_request.number} | ${record.violations.length ? `\u26A0\uFE0F ${record.violations.map((v) => v.rule).join(", ")}` : "none"} | [${name}](${name}) |`;
}
var cell = (s) => (s == null || s === "" ? "\u2014" : String(s)).replace(/\|/g, "\\|").replace(/\r?\n/g, " ");
function markdownV1(r) {
  return [...headerV1(r), ...r.documents.flatMap((d) => documentV1(r, d)), ...mergeV1(r)].join(`
`);
}
function headerV1(r) {
  let out = [`# Upgrade record \xB7 \u5347\u7EA7\u5F52\u6863\u8BB0\u5F55 #${r.sequence}`, ""];
  if (r.violations.length) {
    out.push("> \u26A0\uFE0F **This merge broke the policy \xB7 \u672C\u6B21\u5408\u5E76\u8FDD\u53CD\u5347\u7EA7\u7BA1\u7406\u529E\u6CD5**", ">");
    for (let v of r.violations) out.push(`> - \`${v.rule}\`: ${v.message}`);
    out.push("");
  }
  return r.backfilled && out.push("> This record was written after the merge by a scheduled run (backfilled) \xB7 \u8865\u5F55", ""), out;
}
function documentV1(r, d) {
  let f = d.form ?? {}, approvals = f.approvals ?? [];
  return [
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
    ...approvals.map((a) => `| ${cell(a.title.en)} \xB7 ${cell(a.title.zh)} | ${a.approver ? `approved by @${a.approver} at ${a.at}` : "not approved \xB7 \u672A\u5BA1\u6279"} |`),
    `| Verification confirmed \xB7 \u9A8C\u8BC1\u786E\u8BA4 | ${cell(f.verification?.acceptedBy)} (${cell(f.verification?.acceptedOn)}) |`,
    `| Approved \xB7 \u662F\u5426\u540C\u610F | ${r.evaluation.outcome === "pass" ? "yes \xB7 \u540C\u610F" : "no \xB7 \u4E0D\u540C\u610F (merged anyway: see violations)"} |`,
    "",
    "## Attachment 2 \xB7 \u9644\u4EF62\uFF1A\u751F\u4EA7\u73AF\u5883\u5347\u7EA7\u529F\u80FD\u6E05\u5355",
    "",
    "| ID | Feature \xB7 \u529F\u80FD | Description \xB7 \u8BF4\u660E |",
    "| --- | --- | --- |",
    ...(d.features ?? []).map((x) => `| ${cell(x.id)} | ${cell(x.title)} | ${cell(x.description)} |`),
    ""
  ];
}
function mergeV1(r) {
  let pr = r.pull_request, e = r.emergency, emergency = e ? `- Emergency \xB7 \u7D27\u6025\u5347\u7EA7: label \`${e.label}\` applied by ${e.applied_by ? `@${e.applied_by}` : "unknown"} at ${e.applied_at ?? "unknown"}; bypass ${e.granted ? "granted" : "not granted"}` : "- Emergency \xB7 \u7D27\u6025\u5347\u7EA7: no";
  return [
    "## Merge \xB7 \u5408\u5E76",
    "",
    `- PR #${pr.number} "${pr.title}" by @${pr.author}, merged ${pr.merged_at} by ${pr.merged_by ? `@${pr.merged_by}` : "unknown"} (${pr.merge_sha ?? "no merge commit"})`,
    `- Evaluation at merge \xB7 \u5408\u5E76\u65F6\u8BC4\u4F30: **${r.evaluation.outcome}** \u2014 ${r.evaluation.summary}`,
    emergency,
    `- Policy \xB7 \u5236\u5EA6: ${r.policy.config_path} sha256 ${r.policy.config_sha256 ?? "(defaults)"}, ${r.policy.codeowners_path ?? "no CODEOWNERS"} sha256 ${r.policy.codeowners_sha256 ?? "\u2014"}, time zone ${r.policy.time_zone} (tzdata ${r.policy.tzdata ?? "unknown"})`,
    `- Chain \xB7 \u54C8\u5E0C\u94FE: sha256 \`${r.sha256}\`, previous \`${r.previous_sha256 ?? "none (first record)"}\``,
    ""
  ];
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
  return record.sha256 = hashV1(record), record;
}
function alreadyRecorded(outcomes, comment) {
  let hash2 = sha256(comment.body);
  return outcomes.some((o) => o.comment.id === comment.id && o.comment.body_sha256 === hash2);
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
function rows(outcomes, comment = "Comment") {
  return [
    `| # | Outcome \xB7 \u7ED3\u679C | Completed \xB7 \u5B8C\u6210\u65F6\u95F4 | Verification \xB7 \u9A8C\u8BC1 | Notice \xB7 \u5B8C\u6210\u901A\u77E5 | Recorded by \xB7 \u8BB0\u5F55\u4EBA | ${comment} |`,
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
  let body = "pending" in state ? ["### \u23F3 Outcome pending \xB7 \u5F85\u786E\u8BA4\u5347\u7EA7\u7ED3\u679C", "", state.pending] : [`### Outcome \xB7 \u5347\u7EA7\u7ED3\u679C: ${outcomeLabel(state.outcomes.at(-1).outcome)}`, "", ...rows(state.outcomes, "Comment \xB7 \u8BC4\u8BBA")];
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
function renderOutcomeReply(t, lead, findings = [], commentUrl, example) {
  let finding = (f) => `- ${t["outcome.reply-finding"]({ line: f.line ?? 1, column: f.column ?? 1, rule: f.rule, message: inert(f.message) })}`;
  return [
    OUTCOME_REPLY_MARKER,
    `**upgrade-gate \xB7 /upgrade-result**${commentUrl ? ` ([${t["outcome.reply-comment"]()}](${encodeURI(commentUrl)}))` : ""}`,
    "",
    lead,
    ...findings.length ? ["", ...findings.map(finding)] : [],
    ...findings.length && example ? ["", example] : []
  ].join(`
`);
}

// src/report/escape.ts
var BREAKS = /[\r\n\u0085\u2028\u2029\v\f\t\u0000-\u0008\u000e-\u001f\u007f]+/g, SPECIAL = /[\\`*_[\]|~$]/g, AUTOLINK = /(:)(\/\/)|\b(www)(\.)/gi, HTML = { "<": "&lt;", ">": "&gt;", "&": "&amp;", '"': "&quot;" }, AT = "@\u200D", NEEDS_ESCAPE = /[\u0000-\u001f\u007f\u0085\u2028\u2029<>&"\\`*_[\]|~$@]|:\/\/|www\./i;
function mdText(value) {
  let s = value == null ? "" : String(value);
  return NEEDS_ESCAPE.test(s) ? s.replace(BREAKS, " ").replace(/[<>&"]/g, (c) => HTML[c]).replace(SPECIAL, (c) => `\\${c}`).replace(
    AUTOLINK,
    (_m, a, b, c, d) => a ? `${a}\u2060${b}` : `${c}\u2060${d}`
  ).replace(/@/g, AT) : s;
}
function mdCode(value, opts = {}) {
  let s = (value == null ? "" : String(value)).replace(BREAKS, " ");
  if (s.trim() === "") return "\u2014";
  opts.table && (s = s.replace(/\|/g, "\\|"));
  let longest = Math.max(0, ...[...s.matchAll(/`+/g)].map((m) => m[0].length)), fence = "`".repeat(longest + 1), pad = /^[` ]|[` ]$/.test(s) ? " " : "";
  return `${fence}${pad}${s}${pad}${fence}`;
}
var LOGIN = /^@?[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}(?:\[bot\])?$/, TEAM = /^@?[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})\/[A-Za-z0-9._-]{1,100}$/;
function mdMention(login) {
  return login ? !LOGIN.test(login) && !TEAM.test(login) ? mdText(login) : `@${login.replace(/^@/, "")}` : "\u2014";
}
function mdLogin(login) {
  return login ? mdText(`@${login.replace(/^@/, "")}`) : "\u2014";
}

export {
  jcs,
  sha256,
  gitBlobSha,
  hashV1,
  recordPathV1,
  indexHeadV1,
  indexRowV1,
  markdownV1,
  isOutcomeRecord,
  OUTCOME_PEOPLE,
  peopleRights,
  peopleOf,
  buildOutcomeRecord,
  alreadyRecorded,
  outcomePath,
  isOutcomeFile,
  chainHeadAfterOutcome,
  mdText,
  mdCode,
  mdMention,
  mdLogin,
  STICKY_OUTCOME_START,
  OUTCOME_REPLY_MARKER,
  inert,
  renderOutcomeSection,
  renderStickyOutcome,
  withStickyOutcome,
  stickyOutcomeOf,
  renderOutcomeReply
};
