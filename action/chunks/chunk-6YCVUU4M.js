import { createRequire as __ugCreateRequire } from 'node:module';
const require = __ugCreateRequire(import.meta.url);
import {
  dateIn,
  normalizeLogin,
  policyMonth,
  wallClock
} from "./chunk-ST7BLUA2.js";
import {
  GateError
} from "./chunk-YYGYZQWV.js";

// src/archive/canonical.ts
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
  let out = {}, keys = Object.keys(v).sort();
  for (let k of keys) {
    if (k === "__proto__" || INDEX_KEY.test(k)) return UNSURE;
    let x = sortedCopy(v[k]);
    if (x === UNSURE) return UNSURE;
    out[k] = x;
  }
  return out;
}
function sha256(data) {
  return typeof data == "string" ? createHash("sha256").update(data, "utf8").digest("hex") : createHash("sha256").update(data).digest("hex");
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

// schemas/archive-record-v1.schema.json
var archive_record_v1_schema_default = {
  $schema: "https://json-schema.org/draft/2020-12/schema",
  $id: "https://upgrade-gate.dev/schemas/archive-record-v1.schema.json",
  title: "Archive record (upgrade-gate/archive-record/v1) \xB7 \u5347\u7EA7\u6863\u6848\u8BB0\u5F55\uFF08\u7B2C\u4E00\u7248\u683C\u5F0F\uFF09",
  description: `Format version 1, frozen: records written before format 2 keep verifying against this. What auditors read for one merged upgrade pull request: the documents as merged, who approved, the evaluation at merge time, any rule the merge broke, and a hash chain that shows nothing was edited, removed or reordered.

\u7B2C 1 \u7248\u683C\u5F0F\uFF0C\u5DF2\u51BB\u7ED3\uFF1A\u7B2C 2 \u7248\u4E4B\u524D\u5199\u5165\u7684\u8BB0\u5F55\u4ECD\u6309\u5B83\u6821\u9A8C\u3002\u5BA1\u8BA1\u65F6\u67E5\u9605\u7684\u4E00\u6761\u8BB0\u5F55\uFF0C\u5BF9\u5E94\u4E00\u4E2A\u5DF2\u5408\u5E76\u7684\u5347\u7EA7 PR\uFF1A\u5408\u5E76\u65F6\u7684\u5347\u7EA7\u6587\u6863\u3001\u5BA1\u6279\u4EBA\u3001\u5408\u5E76\u65F6\u7684\u68C0\u67E5\u7ED3\u679C\u3001\u5408\u5E76\u8FDD\u53CD\u7684\u89C4\u5219\uFF0C\u4EE5\u53CA\u8BC1\u660E\u8BB0\u5F55\u672A\u88AB\u4FEE\u6539\u3001\u5220\u9664\u6216\u8C03\u6362\u987A\u5E8F\u7684\u54C8\u5E0C\u94FE\u3002`,
  type: "object",
  additionalProperties: !1,
  required: ["format", "sequence", "documents", "pull_request", "approvals", "labels", "emergency", "evaluation", "violations", "backfilled", "policy", "tool", "previous_sha256", "sha256"],
  properties: {
    format: { description: `Record format version.

\u8BB0\u5F55\u7684\u683C\u5F0F\u7248\u672C\u3002`, const: "upgrade-gate/archive-record/v1" },
    sequence: { description: `Position in the archive's hash chain, starting at 1.

\u5728\u5347\u7EA7\u6863\u6848\u54C8\u5E0C\u94FE\u4E2D\u7684\u5E8F\u53F7\uFF0C\u4ECE 1 \u5F00\u59CB\u3002`, type: "integer", minimum: 1 },
    documents: {
      description: `The upgrade documents as merged.

\u5408\u5E76\u65F6\u7684\u5347\u7EA7\u6587\u6863\u3002`,
      type: "array",
      items: {
        type: "object",
        additionalProperties: !1,
        required: ["path", "text", "id", "system", "environment", "type", "version"],
        properties: {
          path: { description: `Path in the repository.

\u4ED3\u5E93\u4E2D\u7684\u8DEF\u5F84\u3002`, type: "string" },
          text: { description: `The document's YAML exactly as merged.

\u5408\u5E76\u65F6\u7684\u6587\u6863 YAML \u539F\u6587\uFF0C\u4E00\u5B57\u4E0D\u6539\u3002`, type: "string" },
          id: { description: `Approval form NO.

\u751F\u4EA7\u73AF\u5883\u5347\u7EA7\u5BA1\u6279\u5355\u7F16\u53F7\u3002`, type: ["string", "null"] },
          system: { description: `System upgraded.

\u5347\u7EA7\u7684\u7CFB\u7EDF\u3002`, type: ["string", "null"] },
          environment: { description: `production or gray.

production\uFF08\u751F\u4EA7\u73AF\u5883\uFF09\u6216 gray\uFF08\u7070\u5EA6\u73AF\u5883\uFF09\u3002`, type: ["string", "null"] },
          type: { description: `regular or emergency.

regular\uFF08\u5E38\u89C4\u5347\u7EA7\uFF09\u6216 emergency\uFF08\u7D27\u6025\u5347\u7EA7\uFF09\u3002`, type: ["string", "null"] },
          version: { description: `Release from and to.

\u5347\u7EA7\u524D\u540E\u7684\u7248\u672C\u3002`, type: ["object", "null"], additionalProperties: !1, required: ["from", "to"], properties: { from: { description: `Version before.

\u5347\u7EA7\u524D\u7684\u7248\u672C\u3002`, type: "string" }, to: { description: `Version after.

\u5347\u7EA7\u540E\u7684\u7248\u672C\u3002`, type: "string" } } },
          features: { description: `Attachment 2, the feature list.

\u9644\u4EF6\u4E8C\uFF0C\u751F\u4EA7\u73AF\u5883\u5347\u7EA7\u529F\u80FD\u6E05\u5355\u3002`, type: "array", items: { type: "object" } },
          form: { description: `Attachment 1, the approval form, as rendered at merge.

\u9644\u4EF6\u4E00\uFF0C\u5408\u5E76\u65F6\u751F\u6210\u7684\u751F\u4EA7\u73AF\u5883\u5347\u7EA7\u5BA1\u6279\u5355\u3002`, type: ["object", "null"] }
        }
      }
    },
    pull_request: {
      description: `The merged pull request.

\u5DF2\u5408\u5E76\u7684 PR\u3002`,
      type: "object",
      additionalProperties: !1,
      required: ["number", "title", "url", "author", "base_ref", "base_sha", "head_sha", "merge_sha", "merged_at", "merged_by"],
      properties: {
        number: { description: `PR number.

PR \u7F16\u53F7\u3002`, type: "integer" },
        title: { description: `PR title.

PR \u6807\u9898\u3002`, type: "string" },
        url: { description: `PR web address.

PR \u7F51\u5740\u3002`, type: ["string", "null"] },
        author: { description: `Who opened it.

\u521B\u5EFA\u4EBA\u3002`, type: "string" },
        base_ref: { description: `Target branch.

\u76EE\u6807\u5206\u652F\u3002`, type: "string" },
        base_sha: { description: `Base commit evaluated against.

\u68C0\u67E5\u65F6\u6240\u5BF9\u7167\u7684\u57FA\u7840\u63D0\u4EA4\u3002`, type: "string" },
        head_sha: { description: `Head commit merged.

\u5408\u5E76\u7684\u6700\u65B0\u63D0\u4EA4\u3002`, type: "string" },
        merge_sha: { description: `The merge commit.

\u5408\u5E76\u63D0\u4EA4\u3002`, type: ["string", "null"] },
        merged_at: { description: `When it merged (ISO).

\u5408\u5E76\u65F6\u95F4\uFF08ISO 8601\uFF09\u3002`, type: "string" },
        merged_by: { description: `Who merged it.

\u5408\u5E76\u4EBA\u3002`, type: ["string", "null"] }
      }
    },
    approvals: {
      description: `The approvals that counted, one per role.

\u8BA1\u5165\u7684\u5BA1\u6279\uFF0C\u6BCF\u4E2A\u89D2\u8272\u4E00\u6761\u3002`,
      type: "array",
      items: {
        type: "object",
        additionalProperties: !1,
        required: ["role", "title", "login", "review_id", "commit_id", "submitted_at"],
        properties: {
          role: { description: `Role id.

\u89D2\u8272\u7F16\u53F7\u3002`, type: "string" },
          title: { description: `Role title in English and Chinese.

\u89D2\u8272\u7684\u4E2D\u82F1\u6587\u540D\u79F0\u3002`, type: "object" },
          login: { description: `Approver.

\u5BA1\u6279\u4EBA\u3002`, type: "string" },
          review_id: { description: `GitHub review id.

GitHub \u5BA1\u67E5\uFF08review\uFF09\u7F16\u53F7\u3002`, type: "integer" },
          commit_id: { description: `Commit the approver reviewed.

\u5BA1\u6279\u4EBA\u5BA1\u67E5\u7684\u63D0\u4EA4\u3002`, type: "string" },
          submitted_at: { description: `When (ISO).

\u65F6\u95F4\uFF08ISO 8601\uFF09\u3002`, type: "string" }
        }
      }
    },
    labels: { description: `Labels at merge, with who applied each when known.

\u5408\u5E76\u65F6\u7684\u6807\u7B7E\uFF0C\u5DF2\u77E5\u65F6\u6CE8\u660E\u6DFB\u52A0\u4EBA\u3002`, type: "array", items: { type: "object", required: ["name"], properties: { name: { description: `Label.

\u6807\u7B7E\u3002`, type: "string" } } } },
    emergency: {
      description: `The emergency bypass, when requested: who applied the label and when, and whether it was granted.

\u7533\u8BF7\u7D27\u6025\u5347\u7EA7\u65F6\u7684\u8BB0\u5F55\uFF1A\u8C01\u5728\u4F55\u65F6\u6DFB\u52A0\u4E86\u6807\u7B7E\uFF0C\u4EE5\u53CA\u662F\u5426\u51C6\u4E88\u3002`,
      type: ["object", "null"],
      required: ["label", "granted"],
      properties: { label: { description: `Label name.

\u6807\u7B7E\u540D\u79F0\u3002`, type: "string" }, applied_by: { description: `Who applied it.

\u6DFB\u52A0\u4EBA\u3002`, type: ["string", "null"] }, applied_at: { description: `When.

\u65F6\u95F4\u3002`, type: ["string", "null"] }, granted: { description: `Whether the day rule was waived.

\u662F\u5426\u514D\u9664\u4E86\u5347\u7EA7\u65E5\u9650\u5236\u3002`, type: "boolean" } }
    },
    evaluation: {
      description: `The evaluation at merge time.

\u5408\u5E76\u65F6\u7684\u68C0\u67E5\u7ED3\u679C\u3002`,
      type: "object",
      required: ["at", "outcome", "summary", "findings"],
      properties: { at: { description: `The moment evaluated (the merge time).

\u68C0\u67E5\u6240\u4F9D\u636E\u7684\u65F6\u523B\uFF08\u5408\u5E76\u65F6\u95F4\uFF09\u3002`, type: "string" }, outcome: { description: `pass, fail or error.

pass\uFF08\u901A\u8FC7\uFF09\u3001fail\uFF08\u4E0D\u901A\u8FC7\uFF09\u6216 error\uFF08\u51FA\u9519\uFF09\u3002`, enum: ["pass", "fail", "error"] }, summary: { description: `One line.

\u4E00\u884C\u6458\u8981\u3002`, type: "string" }, findings: { description: `Every finding.

\u5168\u90E8\u68C0\u67E5\u95EE\u9898\u3002`, type: "array" } }
    },
    violations: {
      description: `Rules the merge broke (empty for a clean merge). A non-empty list is a policy violation.

\u5408\u5E76\u8FDD\u53CD\u7684\u89C4\u5219\uFF08\u5408\u89C4\u5408\u5E76\u65F6\u4E3A\u7A7A\uFF09\u3002\u4E0D\u4E3A\u7A7A\u5373\u4E3A\u8FDD\u89C4\u3002`,
      type: "array",
      items: { type: "object", required: ["rule", "message"], properties: { rule: { description: `Rule id.

\u89C4\u5219\u7F16\u53F7\u3002`, type: "string" }, message: { description: `What was broken.

\u8FDD\u53CD\u7684\u5185\u5BB9\u3002`, type: "string" } } }
    },
    backfilled: { description: `True when written later by a scheduled run because the merge-time run left no record.

\u5408\u5E76\u65F6\u7684\u8FD0\u884C\u6CA1\u6709\u7559\u4E0B\u8BB0\u5F55\u3001\u7531\u4E4B\u540E\u7684\u5B9A\u65F6\u8FD0\u884C\u8865\u5199\u65F6\u4E3A true\u3002`, type: "boolean" },
    policy: {
      description: `The policy that applied: time zone, time-zone database, and digests of the base branch's config and CODEOWNERS.

\u9002\u7528\u7684\u7B56\u7565\uFF1A\u65F6\u533A\u3001\u65F6\u533A\u6570\u636E\u5E93\u7248\u672C\uFF0C\u4EE5\u53CA\u57FA\u7840\u5206\u652F\u4E0A\u914D\u7F6E\u548C CODEOWNERS \u7684\u6458\u8981\u3002`,
      type: "object",
      additionalProperties: !1,
      required: ["time_zone", "tzdata", "config_path", "config_sha256", "codeowners_path", "codeowners_sha256"],
      properties: {
        time_zone: { description: `Policy time zone.

\u7B56\u7565\u65F6\u533A\u3002`, type: "string" },
        tzdata: { description: `Time-zone database version of the runtime.

\u8FD0\u884C\u73AF\u5883\u7684\u65F6\u533A\u6570\u636E\u5E93\u7248\u672C\u3002`, type: ["string", "null"] },
        config_path: { description: `Config file path.

\u914D\u7F6E\u6587\u4EF6\u8DEF\u5F84\u3002`, type: "string" },
        config_sha256: { description: `sha256 of the config text (null: absent, defaults used).

\u914D\u7F6E\u6587\u672C\u7684 sha256\uFF08null \u8868\u793A\u6CA1\u6709\u914D\u7F6E\u6587\u4EF6\uFF0C\u4F7F\u7528\u9ED8\u8BA4\u503C\uFF09\u3002`, type: ["string", "null"] },
        codeowners_path: { description: `CODEOWNERS path.

CODEOWNERS \u8DEF\u5F84\u3002`, type: ["string", "null"] },
        codeowners_sha256: { description: `sha256 of CODEOWNERS.

CODEOWNERS \u7684 sha256\u3002`, type: ["string", "null"] }
      }
    },
    tool: { description: `The upgrade-gate that wrote the record.

\u5199\u5165\u8FD9\u6761\u8BB0\u5F55\u7684 upgrade-gate\u3002`, type: "object", additionalProperties: !1, required: ["name", "version"], properties: { name: { description: `Tool name.

\u5DE5\u5177\u540D\u79F0\u3002`, const: "upgrade-gate" }, version: { description: `Tool version.

\u5DE5\u5177\u7248\u672C\u3002`, type: "string" } } },
    previous_sha256: { description: `sha256 of the previous record (null for the first).

\u4E0A\u4E00\u6761\u8BB0\u5F55\u7684 sha256\uFF08\u7B2C\u4E00\u6761\u4E3A null\uFF09\u3002`, type: ["string", "null"], pattern: "^[0-9a-f]{64}$" },
    sha256: { description: `sha256 of this record's canonical JSON without this field.

\u672C\u8BB0\u5F55\u53BB\u6389\u6B64\u5B57\u6BB5\u540E\u7684\u89C4\u8303 JSON \u7684 sha256\u3002`, type: "string", pattern: "^[0-9a-f]{64}$" }
  }
};

// schemas/archive-record.schema.json
var archive_record_schema_default = {
  $schema: "https://json-schema.org/draft/2020-12/schema",
  $id: "https://upgrade-gate.dev/schemas/archive-record.schema.json",
  title: "Archive record (upgrade-gate/archive-record/v2) \xB7 \u5347\u7EA7\u6863\u6848\u8BB0\u5F55\uFF08\u7B2C\u4E8C\u7248\u683C\u5F0F\uFF09",
  description: `What auditors read for one merged upgrade pull request: the documents as merged with the Git blob and sha256 of each and of every evidence file they reference, who approved, the evaluation at merge time, any rule the merge broke, and a hash chain (sha256 over the RFC 8785 canonical JSON) that shows nothing was edited, removed or reordered. Format 2; format 1 records keep their own schema (archive-record-v1.schema.json).

\u5BA1\u8BA1\u65F6\u67E5\u9605\u7684\u4E00\u6761\u8BB0\u5F55\uFF0C\u5BF9\u5E94\u4E00\u4E2A\u5DF2\u5408\u5E76\u7684\u5347\u7EA7 PR\uFF1A\u5408\u5E76\u65F6\u7684\u5347\u7EA7\u6587\u6863\u53CA\u5176 Git blob \u548C sha256\uFF0C\u6587\u6863\u5F15\u7528\u7684\u6BCF\u4E2A\u4F50\u8BC1\u6750\u6599\u7684 blob \u548C sha256\uFF0C\u5BA1\u6279\u4EBA\uFF0C\u5408\u5E76\u65F6\u7684\u68C0\u67E5\u7ED3\u679C\uFF0C\u5408\u5E76\u8FDD\u53CD\u7684\u89C4\u5219\uFF0C\u4EE5\u53CA\u8BC1\u660E\u8BB0\u5F55\u672A\u88AB\u4FEE\u6539\u3001\u5220\u9664\u6216\u8C03\u6362\u987A\u5E8F\u7684\u54C8\u5E0C\u94FE\uFF08\u5BF9 RFC 8785 \u89C4\u8303 JSON \u8BA1\u7B97 sha256\uFF09\u3002\u7B2C 2 \u7248\u683C\u5F0F\uFF1B\u7B2C 1 \u7248\u8BB0\u5F55\u4F7F\u7528\u5404\u81EA\u7684 Schema\uFF08archive-record-v1.schema.json\uFF09\u3002`,
  type: "object",
  additionalProperties: !1,
  required: ["format", "sequence", "documents", "pull_request", "approvals", "labels", "emergency", "evaluation", "violations", "backfilled", "policy", "tool", "previous_sha256", "sha256"],
  $defs: {
    sha256: { description: `Lower-case hex sha256.

\u5C0F\u5199\u5341\u516D\u8FDB\u5236\u7684 sha256\u3002`, type: "string", pattern: "^[0-9a-f]{64}$" },
    gitSha: { description: `Lower-case hex Git object id (SHA-1 or SHA-256 repositories).

\u5C0F\u5199\u5341\u516D\u8FDB\u5236\u7684 Git \u5BF9\u8C61\u7F16\u53F7\uFF08SHA-1 \u6216 SHA-256 \u4ED3\u5E93\uFF09\u3002`, type: "string", pattern: "^([0-9a-f]{40}|[0-9a-f]{64})$" },
    instant: { description: `A UTC instant (RFC 3339, Z).

UTC \u65F6\u523B\uFF08RFC 3339\uFF0C\u4EE5 Z \u7ED3\u5C3E\uFF09\u3002`, type: "string", pattern: "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,9})?Z$" },
    login: { description: `A GitHub login.

GitHub \u7528\u6237\u540D\u3002`, type: "string", minLength: 1, maxLength: 100 },
    pin: {
      description: `A file pinned by content: its path, Git blob id and sha256 at the merge (null: absent at the merge).

\u6309\u5185\u5BB9\u56FA\u5B9A\u7684\u6587\u4EF6\uFF1A\u5408\u5E76\u65F6\u7684\u8DEF\u5F84\u3001Git blob \u7F16\u53F7\u548C sha256\uFF08null \u8868\u793A\u5408\u5E76\u65F6\u4E0D\u5B58\u5728\uFF09\u3002`,
      type: "object",
      additionalProperties: !1,
      required: ["path", "blob_sha", "sha256"],
      properties: {
        path: { description: `Path in the repository.

\u4ED3\u5E93\u4E2D\u7684\u8DEF\u5F84\u3002`, type: "string", minLength: 1, maxLength: 1024 },
        blob_sha: { description: `Git blob id of the file as merged (null: the file did not exist).

\u5408\u5E76\u65F6\u8BE5\u6587\u4EF6\u7684 Git blob \u7F16\u53F7\uFF08null \u8868\u793A\u6587\u4EF6\u4E0D\u5B58\u5728\uFF09\u3002`, anyOf: [{ $ref: "#/$defs/gitSha" }, { type: "null" }] },
        sha256: { description: `sha256 of the file's bytes as merged (null: the file did not exist).

\u5408\u5E76\u65F6\u8BE5\u6587\u4EF6\u5185\u5BB9\u7684 sha256\uFF08null \u8868\u793A\u6587\u4EF6\u4E0D\u5B58\u5728\uFF09\u3002`, anyOf: [{ $ref: "#/$defs/sha256" }, { type: "null" }] }
      }
    }
  },
  properties: {
    format: { description: `Record format version.

\u8BB0\u5F55\u7684\u683C\u5F0F\u7248\u672C\u3002`, const: "upgrade-gate/archive-record/v2" },
    sequence: { description: `Position in the archive's hash chain, starting at 1.

\u5728\u5347\u7EA7\u6863\u6848\u54C8\u5E0C\u94FE\u4E2D\u7684\u5E8F\u53F7\uFF0C\u4ECE 1 \u5F00\u59CB\u3002`, type: "integer", minimum: 1, maximum: 1e9 },
    documents: {
      description: `The upgrade documents as merged.

\u5408\u5E76\u65F6\u7684\u5347\u7EA7\u6587\u6863\u3002`,
      type: "array",
      maxItems: 100,
      items: {
        type: "object",
        additionalProperties: !1,
        required: ["path", "text", "blob_sha", "sha256", "evidence", "id", "system", "environment", "type", "version", "features", "form"],
        properties: {
          path: { description: `Path in the repository.

\u4ED3\u5E93\u4E2D\u7684\u8DEF\u5F84\u3002`, type: "string", minLength: 1, maxLength: 1024 },
          text: { description: `The document's YAML exactly as merged.

\u5408\u5E76\u65F6\u7684\u6587\u6863 YAML \u539F\u6587\uFF0C\u4E00\u5B57\u4E0D\u6539\u3002`, type: "string", maxLength: 1048576 },
          blob_sha: { description: `Git blob id of the document's text.

\u6587\u6863\u6587\u672C\u7684 Git blob \u7F16\u53F7\u3002`, $ref: "#/$defs/gitSha" },
          sha256: { description: `sha256 of the document's text (UTF-8).

\u6587\u6863\u6587\u672C\uFF08UTF-8\uFF09\u7684 sha256\u3002`, $ref: "#/$defs/sha256" },
          evidence: { description: `Every evidence file the document references (acceptance, gray-test report), pinned as merged.

\u6587\u6863\u5F15\u7528\u7684\u6BCF\u4E2A\u4F50\u8BC1\u6750\u6599\uFF08\u7528\u6237\u9A8C\u8BC1\u3001\u7070\u5EA6\u6D4B\u8BD5\u62A5\u544A\uFF09\uFF0C\u6309\u5408\u5E76\u65F6\u7684\u5185\u5BB9\u56FA\u5B9A\u3002`, type: "array", maxItems: 100, items: { $ref: "#/$defs/pin" } },
          id: { description: `Approval form NO.

\u751F\u4EA7\u73AF\u5883\u5347\u7EA7\u5BA1\u6279\u5355\u7F16\u53F7\u3002`, type: ["string", "null"], maxLength: 200 },
          system: { description: `System upgraded.

\u5347\u7EA7\u7684\u7CFB\u7EDF\u3002`, type: ["string", "null"], maxLength: 200 },
          environment: { description: `production or gray.

production\uFF08\u751F\u4EA7\u73AF\u5883\uFF09\u6216 gray\uFF08\u7070\u5EA6\u73AF\u5883\uFF09\u3002`, type: ["string", "null"], maxLength: 50 },
          type: { description: `regular or emergency.

regular\uFF08\u5E38\u89C4\u5347\u7EA7\uFF09\u6216 emergency\uFF08\u7D27\u6025\u5347\u7EA7\uFF09\u3002`, type: ["string", "null"], maxLength: 50 },
          version: { description: `Release from and to.

\u5347\u7EA7\u524D\u540E\u7684\u7248\u672C\u3002`, type: ["object", "null"], additionalProperties: !1, required: ["from", "to"], properties: { from: { description: `Version before.

\u5347\u7EA7\u524D\u7684\u7248\u672C\u3002`, type: "string", maxLength: 200 }, to: { description: `Version after.

\u5347\u7EA7\u540E\u7684\u7248\u672C\u3002`, type: "string", maxLength: 200 } } },
          features: { description: `Attachment 2, the feature list.

\u9644\u4EF6\u4E8C\uFF0C\u751F\u4EA7\u73AF\u5883\u5347\u7EA7\u529F\u80FD\u6E05\u5355\u3002`, type: "array", maxItems: 1e4, items: { type: "object" } },
          form: { description: `Attachment 1, the approval form, as rendered at merge.

\u9644\u4EF6\u4E00\uFF0C\u5408\u5E76\u65F6\u751F\u6210\u7684\u751F\u4EA7\u73AF\u5883\u5347\u7EA7\u5BA1\u6279\u5355\u3002`, type: ["object", "null"] }
        }
      }
    },
    pull_request: {
      description: `The merged pull request.

\u5DF2\u5408\u5E76\u7684 PR\u3002`,
      type: "object",
      additionalProperties: !1,
      required: ["number", "title", "url", "author", "base_ref", "base_sha", "head_sha", "merge_sha", "merged_at", "merged_by"],
      properties: {
        number: { description: `PR number.

PR \u7F16\u53F7\u3002`, type: "integer", minimum: 1 },
        title: { description: `PR title.

PR \u6807\u9898\u3002`, type: "string", maxLength: 1024 },
        url: { description: `PR web address.

PR \u7F51\u5740\u3002`, type: ["string", "null"], maxLength: 2048 },
        author: { description: `Who opened it.

\u521B\u5EFA\u4EBA\u3002`, $ref: "#/$defs/login" },
        base_ref: { description: `Target branch.

\u76EE\u6807\u5206\u652F\u3002`, type: "string", maxLength: 255 },
        base_sha: { description: `Base commit evaluated against.

\u68C0\u67E5\u65F6\u6240\u5BF9\u7167\u7684\u57FA\u7840\u63D0\u4EA4\u3002`, $ref: "#/$defs/gitSha" },
        head_sha: { description: `Head commit merged.

\u5408\u5E76\u7684\u6700\u65B0\u63D0\u4EA4\u3002`, $ref: "#/$defs/gitSha" },
        merge_sha: { description: `The merge commit.

\u5408\u5E76\u63D0\u4EA4\u3002`, anyOf: [{ $ref: "#/$defs/gitSha" }, { type: "null" }] },
        merged_at: { description: `When it merged (UTC instant).

\u5408\u5E76\u65F6\u95F4\uFF08UTC \u65F6\u523B\uFF09\u3002`, $ref: "#/$defs/instant" },
        merged_by: { description: `Who merged it.

\u5408\u5E76\u4EBA\u3002`, anyOf: [{ $ref: "#/$defs/login" }, { type: "null" }] }
      }
    },
    approvals: {
      description: `The approvals that counted, one per document and role.

\u8BA1\u5165\u7684\u5BA1\u6279\uFF0C\u6BCF\u4EFD\u6587\u6863\u7684\u6BCF\u4E2A\u89D2\u8272\u4E00\u6761\u3002`,
      type: "array",
      maxItems: 100,
      items: {
        type: "object",
        additionalProperties: !1,
        required: ["role", "title", "login", "review_id", "commit_id", "submitted_at"],
        properties: {
          role: { description: `Role id.

\u89D2\u8272\u7F16\u53F7\u3002`, type: "string", maxLength: 100 },
          title: { description: `Role title in English and Chinese.

\u89D2\u8272\u7684\u4E2D\u82F1\u6587\u540D\u79F0\u3002`, type: "object" },
          login: { description: `Approver.

\u5BA1\u6279\u4EBA\u3002`, $ref: "#/$defs/login" },
          via: { description: `The CODEOWNERS entry of the document through which the approver signed (@org/team or @user).

\u5BA1\u6279\u4EBA\u636E\u4EE5\u7B7E\u6279\u7684\u8BE5\u6587\u6863 CODEOWNERS \u6240\u6709\u8005\uFF08@\u7EC4\u7EC7/\u56E2\u961F \u6216 @\u7528\u6237\u540D\uFF09\u3002`, type: "string", maxLength: 200 },
          document: { description: `The upgrade document this signature is for.

\u8FD9\u6B21\u7B7E\u6279\u6240\u9488\u5BF9\u7684\u5347\u7EA7\u6587\u6863\u3002`, type: "string", maxLength: 1e3 },
          review_id: { description: `GitHub review id.

GitHub \u5BA1\u67E5\uFF08review\uFF09\u7F16\u53F7\u3002`, type: "integer" },
          commit_id: { description: `Commit the approver reviewed.

\u5BA1\u6279\u4EBA\u5BA1\u67E5\u7684\u63D0\u4EA4\u3002`, type: "string", maxLength: 64 },
          submitted_at: { description: `When (UTC instant).

\u65F6\u95F4\uFF08UTC \u65F6\u523B\uFF09\u3002`, $ref: "#/$defs/instant" }
        }
      }
    },
    labels: { description: `Labels at merge, with who applied each when known.

\u5408\u5E76\u65F6\u7684\u6807\u7B7E\uFF0C\u5DF2\u77E5\u65F6\u6CE8\u660E\u6DFB\u52A0\u4EBA\u3002`, type: "array", maxItems: 100, items: { type: "object", required: ["name"], properties: { name: { description: `Label.

\u6807\u7B7E\u3002`, type: "string", maxLength: 100 } } } },
    emergency: {
      description: `The emergency bypass, when requested: who applied the label and when, and whether it was granted.

\u7533\u8BF7\u7D27\u6025\u5347\u7EA7\u65F6\u7684\u8BB0\u5F55\uFF1A\u8C01\u5728\u4F55\u65F6\u6DFB\u52A0\u4E86\u6807\u7B7E\uFF0C\u4EE5\u53CA\u662F\u5426\u51C6\u4E88\u3002`,
      type: ["object", "null"],
      required: ["label", "granted"],
      properties: { label: { description: `Label name.

\u6807\u7B7E\u540D\u79F0\u3002`, type: "string", maxLength: 100 }, applied_by: { description: `Who applied it.

\u6DFB\u52A0\u4EBA\u3002`, type: ["string", "null"], maxLength: 100 }, applied_at: { description: `When (UTC instant).

\u65F6\u95F4\uFF08UTC \u65F6\u523B\uFF09\u3002`, type: ["string", "null"], maxLength: 40 }, granted: { description: `Whether the day rule was waived.

\u662F\u5426\u514D\u9664\u4E86\u5347\u7EA7\u65E5\u9650\u5236\u3002`, type: "boolean" } }
    },
    evaluation: {
      description: `The evaluation at merge time.

\u5408\u5E76\u65F6\u7684\u68C0\u67E5\u7ED3\u679C\u3002`,
      type: "object",
      required: ["at", "outcome", "summary", "findings"],
      properties: { at: { description: `The moment evaluated (the merge time, UTC).

\u68C0\u67E5\u6240\u4F9D\u636E\u7684\u65F6\u523B\uFF08\u5408\u5E76\u65F6\u95F4\uFF0CUTC\uFF09\u3002`, $ref: "#/$defs/instant" }, outcome: { description: `pass, fail or error.

pass\uFF08\u901A\u8FC7\uFF09\u3001fail\uFF08\u4E0D\u901A\u8FC7\uFF09\u6216 error\uFF08\u51FA\u9519\uFF09\u3002`, enum: ["pass", "fail", "error"] }, summary: { description: `One line.

\u4E00\u884C\u6458\u8981\u3002`, type: "string", maxLength: 1e4 }, findings: { description: `Every finding.

\u5168\u90E8\u68C0\u67E5\u95EE\u9898\u3002`, type: "array", maxItems: 1e4 } }
    },
    violations: {
      description: `Rules the merge broke (empty for a clean merge). A non-empty list is a policy violation.

\u5408\u5E76\u8FDD\u53CD\u7684\u89C4\u5219\uFF08\u5408\u89C4\u5408\u5E76\u65F6\u4E3A\u7A7A\uFF09\u3002\u4E0D\u4E3A\u7A7A\u5373\u4E3A\u8FDD\u89C4\u3002`,
      type: "array",
      maxItems: 1e4,
      items: { type: "object", required: ["rule", "message"], properties: { rule: { description: `Rule id.

\u89C4\u5219\u7F16\u53F7\u3002`, type: "string", maxLength: 100 }, message: { description: `What was broken.

\u8FDD\u53CD\u7684\u5185\u5BB9\u3002`, type: "string", maxLength: 1e4 } } }
    },
    policy_change: {
      description: `Present when the merged PR changed policy files (the configuration, CODEOWNERS, workflows, the configured policy-files): which, the role that owns the policy, and whether that role approved the exact change before the merge (its approval is among approvals, without a document).

\u5408\u5E76\u7684 PR \u4FEE\u6539\u4E86\u7B56\u7565\u6587\u4EF6\uFF08\u914D\u7F6E\u3001CODEOWNERS\u3001\u5DE5\u4F5C\u6D41\u6216\u914D\u7F6E\u7684 policy-files\uFF09\u65F6\u624D\u6709\uFF1A\u6539\u4E86\u54EA\u4E9B\u6587\u4EF6\u3001\u7B56\u7565\u7684\u8D1F\u8D23\u89D2\u8272\uFF0C\u4EE5\u53CA\u8BE5\u89D2\u8272\u662F\u5426\u5728\u5408\u5E76\u524D\u6279\u51C6\u4E86\u8FD9\u4E00\u786E\u5207\u53D8\u66F4\uFF08\u5176\u5BA1\u6279\u5217\u5728 approvals \u4E2D\uFF0C\u4E0D\u5BF9\u5E94\u6587\u6863\uFF09\u3002`,
      type: "object",
      additionalProperties: !1,
      required: ["files", "owner", "approved"],
      properties: {
        files: { description: `The policy files the PR changed.

PR \u4FEE\u6539\u7684\u7B56\u7565\u6587\u4EF6\u3002`, type: "array", maxItems: 1e3, items: { type: "string", maxLength: 1e3 } },
        owner: { description: `The policy-owner role id.

\u7B56\u7565\u8D1F\u8D23\u89D2\u8272\u7684\u7F16\u53F7\u3002`, type: "string", maxLength: 100 },
        approved: { description: `Whether the policy owner's approval counted.

\u7B56\u7565\u8D1F\u8D23\u4EBA\u7684\u5BA1\u6279\u662F\u5426\u8BA1\u5165\u3002`, type: "boolean" }
      }
    },
    backfilled: { description: `True when written later by a scheduled run because the merge-time run left no record.

\u5408\u5E76\u65F6\u7684\u8FD0\u884C\u6CA1\u6709\u7559\u4E0B\u8BB0\u5F55\u3001\u7531\u4E4B\u540E\u7684\u5B9A\u65F6\u8FD0\u884C\u8865\u5199\u65F6\u4E3A true\u3002`, type: "boolean" },
    policy: {
      description: `The policy that applied: time zone, time-zone database, and digests of the base branch's config and CODEOWNERS.

\u9002\u7528\u7684\u7B56\u7565\uFF1A\u65F6\u533A\u3001\u65F6\u533A\u6570\u636E\u5E93\u7248\u672C\uFF0C\u4EE5\u53CA\u57FA\u7840\u5206\u652F\u4E0A\u914D\u7F6E\u548C CODEOWNERS \u7684\u6458\u8981\u3002`,
      type: "object",
      additionalProperties: !1,
      required: ["time_zone", "tzdata", "config_path", "config_sha256", "codeowners_path", "codeowners_sha256"],
      properties: {
        time_zone: { description: `Policy time zone (IANA name).

\u7B56\u7565\u65F6\u533A\uFF08IANA \u540D\u79F0\uFF09\u3002`, type: "string", minLength: 1, maxLength: 64 },
        tzdata: { description: `Time-zone database version of the runtime.

\u8FD0\u884C\u73AF\u5883\u7684\u65F6\u533A\u6570\u636E\u5E93\u7248\u672C\u3002`, type: ["string", "null"], maxLength: 32 },
        config_path: { description: `Config file path.

\u914D\u7F6E\u6587\u4EF6\u8DEF\u5F84\u3002`, type: "string", maxLength: 1024 },
        config_sha256: { description: `sha256 of the config text (null: absent, defaults used).

\u914D\u7F6E\u6587\u672C\u7684 sha256\uFF08null \u8868\u793A\u6CA1\u6709\u914D\u7F6E\u6587\u4EF6\uFF0C\u4F7F\u7528\u9ED8\u8BA4\u503C\uFF09\u3002`, anyOf: [{ $ref: "#/$defs/sha256" }, { type: "null" }] },
        codeowners_path: { description: `CODEOWNERS path.

CODEOWNERS \u8DEF\u5F84\u3002`, type: ["string", "null"], maxLength: 1024 },
        codeowners_sha256: { description: `sha256 of CODEOWNERS.

CODEOWNERS \u7684 sha256\u3002`, anyOf: [{ $ref: "#/$defs/sha256" }, { type: "null" }] }
      }
    },
    tool: { description: `The upgrade-gate that wrote the record.

\u5199\u5165\u8FD9\u6761\u8BB0\u5F55\u7684 upgrade-gate\u3002`, type: "object", additionalProperties: !1, required: ["name", "version"], properties: { name: { description: `Tool name.

\u5DE5\u5177\u540D\u79F0\u3002`, const: "upgrade-gate" }, version: { description: `Tool version.

\u5DE5\u5177\u7248\u672C\u3002`, type: "string", maxLength: 64 } } },
    previous_sha256: { description: `sha256 of the previous record (null for the first).

\u4E0A\u4E00\u6761\u8BB0\u5F55\u7684 sha256\uFF08\u7B2C\u4E00\u6761\u4E3A null\uFF09\u3002`, anyOf: [{ $ref: "#/$defs/sha256" }, { type: "null" }] },
    sha256: { description: `sha256 of the RFC 8785 canonical JSON of this record without this field.

\u672C\u8BB0\u5F55\u53BB\u6389\u6B64\u5B57\u6BB5\u540E\u6309 RFC 8785 \u89C4\u8303\u5316\u7684 JSON \u7684 sha256\u3002`, $ref: "#/$defs/sha256" }
  }
};

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

// src/time/clock-face.ts
var WEEKDAY_SHORT = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"], two = (n) => String(n).padStart(2, "0");
function localTime(iso, zone) {
  let t = new Date(iso).getTime();
  if (Number.isNaN(t)) throw new RangeError(`"${iso}" is not an instant`);
  let w = wallClock(t, zone);
  return `${WEEKDAY_SHORT[w.weekday]} ${String(w.year).padStart(4, "0")}-${two(w.month)}-${two(w.day)} ${two(w.hour)}:${two(w.minute)} ${zone}`;
}

// src/archive/format-v2.ts
var NAME_LIMITS = { system: 24, version: 16 }, slug2 = (s, fallback, max) => ((s ?? fallback).toLowerCase().replace(/[^a-z0-9.]+/g, "-").replace(/^-+|-+$/g, "") || fallback).slice(0, max).replace(/[-.]+$/, "") || fallback;
function hashV2(record) {
  let { sha256: _ignored, ...rest } = record;
  return sha256(jcs(rest));
}
function recordPathV2(folder, record, zone) {
  let date = dateIn(new Date(record.pull_request.merged_at), zone), first = record.documents[0];
  return `${folder}/${date.slice(0, 4)}/${date.slice(5, 7)}/${date}-${slug2(first?.system, "unknown", NAME_LIMITS.system)}-${slug2(first?.version?.to, "unversioned", NAME_LIMITS.version)}-pr${record.pull_request.number}.json`;
}
var inert = (s) => s == null || s === "" ? "\u2014" : mdText(s), at = (iso, zone) => iso ? localTime(iso, zone) : "unknown";
function indexRowV2(record, file) {
  let d = record.documents[0], name = file.split("/").slice(-2).join("/"), zone = record.policy.time_zone;
  return `| ${record.sequence} | ${at(record.pull_request.merged_at, zone)} | ${inert(d?.id)} | ${inert(d?.system)} | ${d?.version ? `${inert(d.version.from)} \u2192 ${inert(d.version.to)}` : "\u2014"} | ${inert(d?.type)}${record.backfilled ? " (backfilled)" : ""} | #${record.pull_request.number} | ${record.violations.length ? `\u26A0\uFE0F ${record.violations.map((v) => inert(v.rule)).join(", ")}` : "none"} | [${name}](${name}) |`;
}
function markdownV2(r) {
  let zone = r.policy.time_zone;
  return [...headerV2(r, zone), ...r.documents.flatMap((d) => documentV2(r, d, zone)), ...mergeV2(r, zone)].join(`
`);
}
function headerV2(r, zone) {
  let out = [`# Upgrade record \xB7 \u5347\u7EA7\u5F52\u6863\u8BB0\u5F55 #${r.sequence}`, "", `Times are local to ${zone} \xB7 \u65F6\u95F4\u5747\u4E3A ${zone} \u672C\u5730\u65F6\u95F4.`, ""];
  if (r.violations.length) {
    out.push("> \u26A0\uFE0F **This merge broke the policy \xB7 \u672C\u6B21\u5408\u5E76\u8FDD\u53CD\u5347\u7EA7\u7BA1\u7406\u529E\u6CD5**", ">");
    for (let v of r.violations) out.push(`> - ${inert(v.rule)}: ${inert(v.message)}`);
    out.push("");
  }
  return r.backfilled && out.push("> This record was written after the merge by a scheduled run (backfilled) \xB7 \u8865\u5F55", ""), out;
}
function documentV2(r, d, zone) {
  let f = d.form ?? {}, approvals = f.approvals ?? [], verification = f.verification ?? {}, window = f.window ?? {}, approval = (a) => a.approver ? `approved by ${mdLogin(a.approver)}${a.via ? ` via ${inert(a.via)}` : ""} at ${a.at ? at(a.at, zone) : "unknown"}` : "not approved \xB7 \u672A\u5BA1\u6279";
  return [
    `## Attachment 1 \xB7 \u9644\u4EF61\uFF1A\u751F\u4EA7\u73AF\u5883\u5347\u7EA7\u5BA1\u6279\u5355 \u2014 ${inert(d.id)}`,
    "",
    "| Field \xB7 \u5B57\u6BB5 | Value \xB7 \u5185\u5BB9 |",
    "| --- | --- |",
    `| NO. \xB7 \u7F16\u53F7 | ${inert(d.id)} |`,
    `| System \xB7 \u7CFB\u7EDF | ${inert(d.system)} (${inert(d.environment)}) |`,
    `| Version \xB7 \u7248\u672C | ${inert(d.version?.from)} \u2192 ${inert(d.version?.to)} |`,
    `| Type \xB7 \u7C7B\u578B | ${inert(d.type)} |`,
    `| Window \xB7 \u5347\u7EA7\u65F6\u95F4 | ${inert(window.start)} \u2013 ${inert(window.end)} (as written in the document \xB7 \u6309\u5347\u7EA7\u5355\u586B\u5199) |`,
    `| Handled by \xB7 \u7ECF\u529E\u4EBA (project lead / ops lead) | ${inert(f.projectLead)} / ${inert(f.opsLead)} |`,
    `| Executed by \xB7 \u6267\u884C\u4EBA | ${inert(f.executor)} |`,
    `| Supervised by \xB7 \u76D1\u7763\u4EBA | ${inert(f.supervisor)} |`,
    ...approvals.map((a) => `| ${inert(a.title?.en)} \xB7 ${inert(a.title?.zh)} | ${approval(a)} |`),
    `| Verification confirmed \xB7 \u9A8C\u8BC1\u786E\u8BA4 | ${inert(verification.acceptedBy)} (${inert(verification.acceptedOn)}) |`,
    `| Approved \xB7 \u662F\u5426\u540C\u610F | ${r.evaluation.outcome === "pass" ? "yes \xB7 \u540C\u610F" : "no \xB7 \u4E0D\u540C\u610F (merged anyway: see violations)"} |`,
    "",
    "## Attachment 2 \xB7 \u9644\u4EF62\uFF1A\u751F\u4EA7\u73AF\u5883\u5347\u7EA7\u529F\u80FD\u6E05\u5355",
    "",
    "| ID | Feature \xB7 \u529F\u80FD | Description \xB7 \u8BF4\u660E |",
    "| --- | --- | --- |",
    ...(d.features ?? []).map((x) => `| ${inert(x.id)} | ${inert(x.title)} | ${inert(x.description)} |`),
    "",
    "## Pinned files \xB7 \u6587\u4EF6\u6307\u7EB9",
    "",
    "| File \xB7 \u6587\u4EF6 | Git blob | sha256 |",
    "| --- | --- | --- |",
    `| ${inert(d.path)} (the document as merged \xB7 \u5408\u5E76\u65F6\u7684\u5347\u7EA7\u5355) | \`${d.blob_sha}\` | \`${d.sha256}\` |`,
    ...d.evidence.map((e) => `| ${inert(e.path)} | ${e.blob_sha ? `\`${e.blob_sha}\`` : "absent at the merge \xB7 \u5408\u5E76\u65F6\u4E0D\u5B58\u5728"} | ${e.sha256 ? `\`${e.sha256}\`` : "\u2014"} |`),
    ""
  ];
}
function mergeV2(r, zone) {
  let pr = r.pull_request, e = r.emergency, emergency = e ? `- Emergency \xB7 \u7D27\u6025\u5347\u7EA7: label ${inert(e.label)} applied by ${e.applied_by ? `${mdLogin(e.applied_by)}` : "unknown"} at ${at(e.applied_at, zone)}; bypass ${e.granted ? "granted" : "not granted"}` : "- Emergency \xB7 \u7D27\u6025\u5347\u7EA7: no", policyChange = r.policy_change ? [`- Policy change \xB7 \u7B56\u7565\u53D8\u66F4: ${r.policy_change.files.map((f) => inert(f)).join(", ")}; approved by the policy owner (${inert(r.policy_change.owner)}) \xB7 \u7B56\u7565\u8D1F\u8D23\u89D2\u8272\u6279\u51C6: ${r.policy_change.approved ? "yes \xB7 \u662F" : "no \xB7 \u5426"}`] : [];
  return [
    "## Merge \xB7 \u5408\u5E76",
    "",
    `- PR #${pr.number} "${inert(pr.title)}" by ${mdLogin(pr.author)}, merged ${at(pr.merged_at, zone)} by ${pr.merged_by ? `${mdLogin(pr.merged_by)}` : "unknown"} (${pr.merge_sha ?? "no merge commit"})`,
    `- Evaluation at merge \xB7 \u5408\u5E76\u65F6\u8BC4\u4F30: **${r.evaluation.outcome}** \u2014 ${inert(r.evaluation.summary)}`,
    emergency,
    ...policyChange,
    `- Policy \xB7 \u5236\u5EA6: ${inert(r.policy.config_path)} sha256 ${r.policy.config_sha256 ?? "(defaults)"}, ${inert(r.policy.codeowners_path ?? "no CODEOWNERS")} sha256 ${r.policy.codeowners_sha256 ?? "\u2014"}, time zone ${inert(zone)} (tzdata ${inert(r.policy.tzdata ?? "unknown")})`,
    `- Chain \xB7 \u54C8\u5E0C\u94FE (record format 2, sha256 over RFC 8785 JSON): sha256 \`${r.sha256}\`, previous \`${r.previous_sha256 ?? "none (first record)"}\``,
    ""
  ];
}

// schemas/outcome-record.schema.json
var outcome_record_schema_default = {
  $schema: "https://json-schema.org/draft/2020-12/schema",
  $id: "https://upgrade-gate.dev/schemas/outcome-record.schema.json",
  title: "Outcome record (upgrade-gate/outcome-record/v1) \xB7 \u5347\u7EA7\u7ED3\u679C\u8BB0\u5F55\uFF08\u7B2C\u4E00\u7248\u683C\u5F0F\uFF09",
  description: `One outcome of an archived upgrade (measures 4.6, 4.7), appended to the archive's hash chain after the upgrade record it references: succeeded, failed or restored, the verification results, who recorded it in which comment, and when. A later outcome is another record; the newest is the upgrade's state.

\u5DF2\u5F52\u6863\u5347\u7EA7\u7684\u4E00\u6B21\u5347\u7EA7\u7ED3\u679C\uFF08\u300A\u5347\u7EA7\u7BA1\u7406\u529E\u6CD5\u300B4.6\u30014.7\uFF09\uFF0C\u63A5\u5728\u5176\u5BF9\u5E94\u7684\u5347\u7EA7\u8BB0\u5F55\u4E4B\u540E\u52A0\u5165\u5347\u7EA7\u6863\u6848\u7684\u54C8\u5E0C\u94FE\uFF1A\u5347\u7EA7\u6210\u529F\u3001\u5347\u7EA7\u5931\u8D25\u6216\u5DF2\u6062\u590D\uFF0C\u9A8C\u8BC1\u7ED3\u679C\uFF0C\u7531\u8C01\u5728\u54EA\u6761\u8BC4\u8BBA\u4E2D\u8BB0\u5F55\uFF0C\u4EE5\u53CA\u8BB0\u5F55\u65F6\u95F4\u3002\u4E4B\u540E\u7684\u7ED3\u679C\u53E6\u8D77\u4E00\u6761\u8BB0\u5F55\uFF0C\u4EE5\u6700\u65B0\u4E00\u6761\u4E3A\u51C6\u3002`,
  type: "object",
  additionalProperties: !1,
  required: ["format", "sequence", "upgrade", "outcome", "completed_at", "completed_at_utc", "notified_at", "notified_at_utc", "verification", "notes", "cause", "backup_restored", "recorded_by", "comment", "recorded_at", "policy", "tool", "previous_sha256", "sha256"],
  properties: {
    format: { description: `Record format version.

\u8BB0\u5F55\u7684\u683C\u5F0F\u7248\u672C\u3002`, const: "upgrade-gate/outcome-record/v1" },
    sequence: { description: `Position in the archive's hash chain, starting at 1.

\u5728\u5347\u7EA7\u6863\u6848\u54C8\u5E0C\u94FE\u4E2D\u7684\u5E8F\u53F7\uFF0C\u4ECE 1 \u5F00\u59CB\u3002`, type: "integer", minimum: 1 },
    upgrade: {
      description: `The upgrade record this outcome belongs to.

\u8BE5\u7ED3\u679C\u6240\u5C5E\u7684\u5347\u7EA7\u8BB0\u5F55\u3002`,
      type: "object",
      additionalProperties: !1,
      required: ["file", "sequence", "sha256", "pull_request", "document"],
      properties: {
        file: { description: `The upgrade record's path inside the archive folder, e.g. 2026/12/2026-12-03-billing-2.4.0-pr7.json.

\u5347\u7EA7\u8BB0\u5F55\u5728\u6863\u6848\u76EE\u5F55\u4E2D\u7684\u8DEF\u5F84\uFF0C\u4F8B\u5982 2026/12/2026-12-03-billing-2.4.0-pr7.json\u3002`, type: "string" },
        sequence: { description: `The upgrade record's sequence.

\u5347\u7EA7\u8BB0\u5F55\u7684\u5E8F\u53F7\u3002`, type: "integer", minimum: 1 },
        sha256: { description: `The upgrade record's sha256.

\u5347\u7EA7\u8BB0\u5F55\u7684 sha256\u3002`, type: "string", pattern: "^[0-9a-f]{64}$" },
        pull_request: { description: `The merged pull request's number.

\u5DF2\u5408\u5E76 PR \u7684\u7F16\u53F7\u3002`, type: "integer" },
        document: { description: `The approval form NO. of the document the outcome is for.

\u8BE5\u7ED3\u679C\u5BF9\u5E94\u6587\u6863\u7684\u5BA1\u6279\u5355\u7F16\u53F7\u3002`, type: "string" }
      }
    },
    outcome: { description: `succeeded, failed or restored.

succeeded\uFF08\u5347\u7EA7\u6210\u529F\uFF09\u3001failed\uFF08\u5347\u7EA7\u5931\u8D25\uFF09\u6216 restored\uFF08\u5DF2\u6062\u590D\u81F3\u5347\u7EA7\u524D\u7684\u5907\u4EFD\u7248\u672C\uFF09\u3002`, enum: ["succeeded", "failed", "restored"] },
    completed_at: { description: `When the upgrade was complete, as written in the comment.

\u5347\u7EA7\u5B8C\u6210\u65F6\u95F4\uFF0C\u6309\u8BC4\u8BBA\u4E2D\u6240\u5199\u3002`, type: "string" },
    completed_at_utc: { description: `The same instant in UTC (ISO 8601), read in the policy time zone.

\u6309\u7B56\u7565\u65F6\u533A\u6362\u7B97\u6210 UTC \u7684\u540C\u4E00\u65F6\u523B\uFF08ISO 8601\uFF09\u3002`, type: "string" },
    notified_at: { description: `When the upgrade-complete notice went out (measures 4.7), as written; null when not given.

\u5347\u7EA7\u5B8C\u6210\u901A\u77E5\u7684\u53D1\u51FA\u65F6\u95F4\uFF08\u300A\u5347\u7EA7\u7BA1\u7406\u529E\u6CD5\u300B4.7\uFF09\uFF0C\u6309\u6240\u5199\uFF1B\u672A\u586B\u5199\u65F6\u4E3A null\u3002`, type: ["string", "null"] },
    notified_at_utc: { description: `The same instant in UTC; null when not given.

\u6362\u7B97\u6210 UTC \u7684\u540C\u4E00\u65F6\u523B\uFF1B\u672A\u586B\u5199\u65F6\u4E3A null\u3002`, type: ["string", "null"] },
    verification: { description: `Each verification case of the document: passed or failed.

\u6587\u6863\u4E2D\u6BCF\u4E2A\u9A8C\u8BC1\u7528\u4F8B\u7684\u7ED3\u679C\uFF1Apassed\uFF08\u901A\u8FC7\uFF09\u6216 failed\uFF08\u672A\u901A\u8FC7\uFF09\u3002`, type: "object", additionalProperties: { description: `passed or failed.

passed\uFF08\u901A\u8FC7\uFF09\u6216 failed\uFF08\u672A\u901A\u8FC7\uFF09\u3002`, enum: ["passed", "failed"] } },
    notes: { description: `What was done after the execution.

\u6267\u884C\u540E\u505A\u4E86\u4EC0\u4E48\u3002`, type: "string" },
    cause: { description: `Why it failed (null when not given).

\u5931\u8D25\u539F\u56E0\uFF08\u672A\u586B\u5199\u65F6\u4E3A null\uFF09\u3002`, type: ["string", "null"] },
    backup_restored: { description: `Which backup was restored (null when not given).

\u6062\u590D\u7684\u662F\u54EA\u4E2A\u5907\u4EFD\uFF08\u672A\u586B\u5199\u65F6\u4E3A null\uFF09\u3002`, type: ["string", "null"] },
    recorded_by: {
      description: `Who wrote the comment, and as what: the document's people (executor, supervisor, project_lead, ops_lead) or a role.

\u8BC4\u8BBA\u4EBA\u53CA\u5176\u8EAB\u4EFD\uFF1A\u6587\u6863\u4E2D\u7684\u4EBA\u5458\uFF08\u6267\u884C\u4EBA\u3001\u76D1\u7763\u4EBA\u3001\u9879\u76EE\u8D1F\u8D23\u4EBA\u3001\u8FD0\u7EF4\u8D1F\u8D23\u4EBA\uFF09\u6216\u67D0\u4E2A\u89D2\u8272\u3002`,
      type: "object",
      additionalProperties: !1,
      required: ["login", "as"],
      properties: {
        login: { description: `GitHub login of the comment's author.

\u8BC4\u8BBA\u4EBA\u7684 GitHub \u7528\u6237\u540D\u3002`, type: "string" },
        as: { description: `Why that person may record the outcome, e.g. executor or role:center-lead.

\u6B64\u4EBA\u53EF\u4EE5\u8BB0\u5F55\u5347\u7EA7\u7ED3\u679C\u7684\u4F9D\u636E\uFF0C\u4F8B\u5982 executor \u6216 role:center-lead\u3002`, type: "array", items: { description: `A people field of the document, or role:<role id>.

\u6587\u6863 people \u4E2D\u7684\u5B57\u6BB5\uFF0C\u6216 role:<\u89D2\u8272\u7F16\u53F7>\u3002`, type: "string" }, minItems: 1 }
      }
    },
    comment: {
      description: `The comment on the pull request that recorded the outcome.

\u8BB0\u5F55\u8BE5\u7ED3\u679C\u7684 PR \u8BC4\u8BBA\u3002`,
      type: "object",
      additionalProperties: !1,
      required: ["id", "url", "created_at", "updated_at", "body", "body_sha256"],
      properties: {
        id: { description: `GitHub comment id.

GitHub \u8BC4\u8BBA\u7F16\u53F7\u3002`, type: "integer" },
        url: { description: `The comment's web address.

\u8BC4\u8BBA\u7684\u7F51\u5740\u3002`, type: "string" },
        created_at: { description: `When the comment was written (ISO).

\u8BC4\u8BBA\u53D1\u8868\u65F6\u95F4\uFF08ISO 8601\uFF09\u3002`, type: "string" },
        updated_at: { description: `When it was last edited (ISO).

\u8BC4\u8BBA\u6700\u540E\u7F16\u8F91\u65F6\u95F4\uFF08ISO 8601\uFF09\u3002`, type: "string" },
        body: { description: `The comment exactly as it was processed.

\u5904\u7406\u65F6\u7684\u8BC4\u8BBA\u539F\u6587\uFF0C\u4E00\u5B57\u4E0D\u6539\u3002`, type: "string" },
        body_sha256: { description: `sha256 of the body: one comment text is recorded once.

\u8BC4\u8BBA\u6B63\u6587\u7684 sha256\uFF1A\u540C\u4E00\u8BC4\u8BBA\u5185\u5BB9\u53EA\u8BB0\u5F55\u4E00\u6B21\u3002`, type: "string", pattern: "^[0-9a-f]{64}$" }
      }
    },
    recorded_at: { description: `When upgrade-gate processed the comment (ISO).

upgrade-gate \u5904\u7406\u8BE5\u8BC4\u8BBA\u7684\u65F6\u95F4\uFF08ISO 8601\uFF09\u3002`, type: "string" },
    policy: {
      description: `The policy the times were read in.

\u89E3\u8BFB\u65F6\u95F4\u6240\u4F9D\u636E\u7684\u7B56\u7565\u3002`,
      type: "object",
      additionalProperties: !1,
      required: ["time_zone"],
      properties: { time_zone: { description: `Policy time zone.

\u7B56\u7565\u65F6\u533A\u3002`, type: "string" } }
    },
    tool: { description: `The upgrade-gate that wrote the record.

\u5199\u5165\u8FD9\u6761\u8BB0\u5F55\u7684 upgrade-gate\u3002`, type: "object", additionalProperties: !1, required: ["name", "version"], properties: { name: { description: `Tool name.

\u5DE5\u5177\u540D\u79F0\u3002`, const: "upgrade-gate" }, version: { description: `Tool version.

\u5DE5\u5177\u7248\u672C\u3002`, type: "string" } } },
    previous_sha256: { description: `sha256 of the previous record in the chain.

\u54C8\u5E0C\u94FE\u4E2D\u4E0A\u4E00\u6761\u8BB0\u5F55\u7684 sha256\u3002`, type: "string", pattern: "^[0-9a-f]{64}$" },
    sha256: { description: `sha256 of this record's canonical JSON without this field.

\u672C\u8BB0\u5F55\u53BB\u6389\u6B64\u5B57\u6BB5\u540E\u7684\u89C4\u8303 JSON \u7684 sha256\u3002`, type: "string", pattern: "^[0-9a-f]{64}$" }
  }
};

// src/archive/formats.ts
var V1 = { kind: "upgrade", id: "upgrade-gate/archive-record/v1", schema: archive_record_v1_schema_default, hash: hashV1, path: recordPathV1, markdown: markdownV1, indexRow: indexRowV1 }, V2 = { kind: "upgrade", id: "upgrade-gate/archive-record/v2", schema: archive_record_schema_default, hash: hashV2, path: recordPathV2, markdown: markdownV2, indexRow: indexRowV2 }, OUTCOME_V1 = { kind: "attached", id: "upgrade-gate/outcome-record/v1", schema: outcome_record_schema_default, hash: hashV1 }, FORMATS = /* @__PURE__ */ new Map([
  [V1.id, V1],
  [V2.id, V2],
  [OUTCOME_V1.id, OUTCOME_V1]
]), CURRENT_FORMAT = V2;
function formatOf(record) {
  let id = record && typeof record == "object" && !Array.isArray(record) ? record.format : void 0;
  return typeof id == "string" ? FORMATS.get(id) : void 0;
}
function upgradeFormatOf(record) {
  let format = formatOf(record);
  return format?.kind === "upgrade" ? format : void 0;
}

// src/archive/layout.ts
var CHAIN_HEAD = "chain-head.json", ChainHeadError = class extends GateError {
  constructor(file, kind, detail = "") {
    super((t) => kind === "json" ? t["chain-head.unreadable"]({ file, detail }) : t["chain-head.not-chain-head"]({ file }));
    this.file = file;
  }
  file;
};
function parseChainHead(text, file) {
  if (text === void 0) return;
  let head;
  try {
    head = JSON.parse(text);
  } catch (err) {
    throw new ChainHeadError(file, "json", err.message);
  }
  let h = head, emergenciesOk = h?.emergencies === void 0 || typeof h.emergencies == "object" && h.emergencies !== null && Object.values(h.emergencies).every(Array.isArray);
  if (!h || typeof h != "object" || typeof h.format != "string" || !h.format.startsWith("upgrade-gate/archive-chain-head/") || typeof h.sequence != "number" || typeof h.sha256 != "string" || !emergenciesOk)
    throw new ChainHeadError(file, "shape");
  return { ...h, emergencies: h.emergencies ?? {} };
}
function recordPath(folder, record, zone) {
  return formatFor(record).path(folder, record, zone);
}
function formatFor(record) {
  let format = upgradeFormatOf(record);
  if (!format) throw new Error("the record names no known format");
  return format;
}
function yearIndexPath(recordFile) {
  return recordFile.replace(/\/\d{2}\/[^/]+$/, "/README.md");
}
var INDEX_HEAD = (year) => [
  `# Upgrade archive ${year} \xB7 ${year} \u5E74\u5347\u7EA7\u5F52\u6863`,
  "",
  "One row per merged upgrade, in chain order. Check the archive with `npx upgrade-gate verify`.",
  "",
  "| # | Merged \xB7 \u5408\u5E76\u65F6\u95F4 | NO. \xB7 \u7F16\u53F7 | System \xB7 \u7CFB\u7EDF | Version \xB7 \u7248\u672C | Type \xB7 \u7C7B\u578B | PR | Violations \xB7 \u8FDD\u89C4 | Record |",
  "| --- | --- | --- | --- | --- | --- | --- | --- | --- |"
].join(`
`);
function indexRow(record, file) {
  return formatFor(record).indexRow(record, file);
}
function appendIndex(existing, year, row) {
  return `${existing && existing.trim() ? existing.trimEnd() : INDEX_HEAD(year)}
${row}
`;
}
function renderIndex(year, rows) {
  return `${INDEX_HEAD(year)}
${rows.join(`
`)}
`;
}
function nextChainHead(previous, record, file, zone) {
  let emergencies = {};
  for (let [month, list] of Object.entries(previous?.emergencies ?? {})) emergencies[month] = [...list];
  return headAfter(emergencies, record, file, zone);
}
function headAfter(emergencies, record, file, zone) {
  for (let d of record.documents) {
    if (d.type !== "emergency") continue;
    let month = policyMonth(new Date(record.pull_request.merged_at), zone);
    (emergencies[month] ??= []).push({ pr: record.pull_request.number, id: d.id ?? "", mergedAt: record.pull_request.merged_at, path: file });
  }
  return { format: "upgrade-gate/archive-chain-head/v1", sequence: record.sequence, sha256: record.sha256, path: file, merged_at: record.pull_request.merged_at, emergencies };
}
function recordFiles(record, path, chain, existingIndex, folder, zone, markdown) {
  return [
    { path, content: `${JSON.stringify(record, null, 2)}
` },
    { path: path.replace(/\.json$/, ".md"), content: markdown },
    { path: yearIndexPath(path), content: appendIndex(existingIndex, path.split("/").slice(-3)[0], indexRow(record, path)) },
    { path: `${folder}/${CHAIN_HEAD}`, content: chainHeadText(nextChainHead(chain, record, path, zone)) }
  ];
}
function deriveChainHead(records, folder) {
  let head, emergencies = {};
  for (let { file, record } of records)
    isOutcomeRecord(record) ? head = head && chainHeadAfterOutcome(head, record, `${folder}/${file}`) : head = headAfter(emergencies, record, `${folder}/${file}`, record.policy.time_zone);
  return head;
}
function chainHeadText(head) {
  return `${JSON.stringify(head, null, 2)}
`;
}

export {
  sha256,
  gitBlobSha,
  mdText,
  mdCode,
  mdMention,
  mdLogin,
  localTime,
  outcome_record_schema_default,
  CURRENT_FORMAT,
  formatOf,
  upgradeFormatOf,
  isOutcomeRecord,
  OUTCOME_PEOPLE,
  peopleRights,
  peopleOf,
  buildOutcomeRecord,
  alreadyRecorded,
  outcomePath,
  isOutcomeFile,
  chainHeadAfterOutcome,
  CHAIN_HEAD,
  ChainHeadError,
  parseChainHead,
  recordPath,
  yearIndexPath,
  renderIndex,
  recordFiles,
  deriveChainHead,
  chainHeadText
};
