import { createRequire as __ugCreateRequire } from 'node:module';
const require = __ugCreateRequire(import.meta.url);
import {
  HELP_OPTION,
  LANG_OPTION,
  commandLanguage,
  findRepoRoot,
  loadConfigFor,
  parseCommand,
  usageCatalog
} from "./chunk-DUO6HSKR.js";
import "./chunk-NLFQ3JMA.js";
import {
  outcomeStates,
  overdueOutcomes,
  upgradeRecords
} from "./chunk-5OTO7G7B.js";
import {
  isOutcomeRecord,
  outcomePath,
  recordHash,
  renderOutcomeSection,
  renderRecordMarkdown,
  sha256
} from "./chunk-NOFYHSAQ.js";
import {
  CHAIN_HEAD,
  ChainHeadError,
  indexRow,
  parseChainHead,
  recordPath,
  renderIndex
} from "./chunk-3KBUOASC.js";
import {
  CONFIG_PATH,
  localTimeProblem,
  policyMonth,
  readDateOrTime,
  readTime,
  schemaErrors,
  toInstant
} from "./chunk-YO54Z6BR.js";
import {
  messages
} from "./chunk-C5QQL3EZ.js";
import "./chunk-4V7XTYWN.js";

// src/cli/archive-commands.ts
import { existsSync, statSync as statSync2 } from "node:fs";
import { dirname, join as join2, relative as relative2, resolve } from "node:path";

// src/archive/report.ts
function buildReport(records, since, until, clock = { pendingHours: 24, overdueDays: 7 }) {
  let rows = [], emergenciesPerMonth = {}, states = outcomeStates(records, clock), outcomes = { succeeded: 0, failed: 0, restored: 0, pending: 0, none: 0 }, listed = /* @__PURE__ */ new Set();
  for (let { file, record: r } of upgradeRecords(records)) {
    let merged = new Date(r.pull_request.merged_at);
    if (since && merged < since || until && merged >= until) continue;
    let zone = r.policy.time_zone, d = r.documents[0], type = r.documents.some((x) => x.type === "emergency") ? "emergency" : d?.type ?? "unknown", month = policyMonth(merged, zone);
    type === "emergency" && (emergenciesPerMonth[month] = (emergenciesPerMonth[month] ?? 0) + 1), rows.push({
      sequence: r.sequence,
      merged_at: r.pull_request.merged_at,
      pr: r.pull_request.number,
      id: r.documents.map((x) => x.id ?? "?").join(" "),
      system: d?.system ?? "",
      version: d?.version ? `${d.version.from} -> ${d.version.to}` : "",
      type,
      approvers: [...new Set(r.approvals.map((a) => `${a.role}:${a.login}`))].join(" "),
      violations: r.violations.map((v) => v.rule).join(" "),
      backfilled: r.backfilled,
      outcome: states.get(file)?.state ?? "none",
      completed: states.get(file)?.completed ?? "",
      verified_by: states.get(file)?.verifiedBy ?? "",
      file
    }), outcomes[states.get(file)?.state ?? "none"]++, listed.add(file);
  }
  let findings = overdueOutcomes(records, clock).filter((f) => listed.has((f.file ?? "").replace(/^archive\//, "")));
  return { rows, emergenciesPerMonth, outcomes, findings };
}
var csvCell = (v) => {
  let s = String(v);
  return /[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};
function formatReport(report, format) {
  let { rows, emergenciesPerMonth, outcomes, findings } = report;
  if (format === "json") return JSON.stringify(report, null, 2);
  let cols = ["sequence", "merged_at", "pr", "id", "system", "version", "type", "approvers", "violations", "outcome", "completed", "verified_by", "backfilled", "file"];
  return format === "csv" ? [cols.join(","), ...rows.map((r) => cols.map((c) => csvCell(r[c])).join(","))].join(`
`) : [
    `# Upgrade report \xB7 \u5347\u7EA7\u62A5\u544A (${rows.length} upgrade${rows.length === 1 ? "" : "s"}, ${rows.filter((r) => r.violations).length} with violations \xB7 \u5171 ${rows.length} \u6B21\u5347\u7EA7\uFF0C${rows.filter((r) => r.violations).length} \u6B21\u8FDD\u89C4)`,
    "",
    `Outcomes \xB7 \u5347\u7EA7\u7ED3\u679C: ${outcomes.succeeded} succeeded, ${outcomes.failed} failed, ${outcomes.restored} restored, ${outcomes.pending} pending, ${outcomes.none} not yet due \xB7 \u5347\u7EA7\u6210\u529F ${outcomes.succeeded}\uFF0C\u5347\u7EA7\u5931\u8D25 ${outcomes.failed}\uFF0C\u5DF2\u6062\u590D\u81F3\u5347\u7EA7\u524D\u7684\u5907\u4EFD\u7248\u672C ${outcomes.restored}\uFF0C\u5F85\u8BB0\u5F55 ${outcomes.pending}\uFF0C\u672A\u5230\u671F ${outcomes.none}`,
    "",
    "| # | Merged \xB7 \u5408\u5E76\u65F6\u95F4 | PR | NO. \xB7 \u7F16\u53F7 | System \xB7 \u7CFB\u7EDF | Version \xB7 \u7248\u672C | Type \xB7 \u7C7B\u578B | Approvers \xB7 \u5BA1\u6279\u4EBA | Violations \xB7 \u8FDD\u89C4 | Outcome \xB7 \u5347\u7EA7\u7ED3\u679C | Completed \xB7 \u5B8C\u6210\u65F6\u95F4 | Verified by \xB7 \u9A8C\u8BC1\u4EBA |",
    "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |",
    ...rows.map((r) => `| ${r.sequence} | ${r.merged_at} | #${r.pr} | ${r.id} | ${r.system} | ${r.version} | ${r.type}${r.backfilled ? " (backfilled \xB7 \u8865\u5F55)" : ""} | ${r.approvers} | ${r.violations || "none \xB7 \u65E0"} | ${r.outcome === "none" ? "\u2014" : r.outcome} | ${r.completed || "\u2014"} | ${r.verified_by || "\u2014"} |`),
    "",
    "## Audit findings \xB7 \u5BA1\u8BA1\u53D1\u73B0",
    "",
    ...findings.length ? findings.map((f) => `- ${f.file}: ${f.rule} ${f.message}`) : ["- none \xB7 \u65E0"],
    "",
    "## Emergency upgrades per month \xB7 \u6BCF\u6708\u7D27\u6025\u5347\u7EA7",
    "",
    ...Object.keys(emergenciesPerMonth).length ? Object.entries(emergenciesPerMonth).sort().map(([m, n]) => `- ${m}: ${n}`) : ["- none \xB7 \u65E0"]
  ].join(`
`);
}

// src/archive/verify.ts
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";

// schemas/archive-record.schema.json
var archive_record_schema_default = {
  $schema: "https://json-schema.org/draft/2020-12/schema",
  $id: "https://upgrade-gate.dev/schemas/archive-record.schema.json",
  title: "Archive record (upgrade-gate/archive-record/v1)",
  description: "What auditors read for one merged upgrade pull request: the documents as merged, who approved, the evaluation at merge time, any rule the merge broke, and a hash chain that shows nothing was edited, removed or reordered.",
  type: "object",
  additionalProperties: !1,
  required: ["format", "sequence", "documents", "pull_request", "approvals", "labels", "emergency", "evaluation", "violations", "backfilled", "policy", "tool", "previous_sha256", "sha256"],
  properties: {
    format: { description: "Record format version.", const: "upgrade-gate/archive-record/v1" },
    sequence: { description: "Position in the archive's hash chain, starting at 1.", type: "integer", minimum: 1 },
    documents: {
      description: "The upgrade documents as merged.",
      type: "array",
      items: {
        type: "object",
        additionalProperties: !1,
        required: ["path", "text", "id", "system", "environment", "type", "version"],
        properties: {
          path: { description: "Path in the repository.", type: "string" },
          text: { description: "The document's YAML exactly as merged.", type: "string" },
          id: { description: "Approval form NO.", type: ["string", "null"] },
          system: { description: "System upgraded.", type: ["string", "null"] },
          environment: { description: "production or gray.", type: ["string", "null"] },
          type: { description: "regular or emergency.", type: ["string", "null"] },
          version: { description: "Release from and to.", type: ["object", "null"], additionalProperties: !1, required: ["from", "to"], properties: { from: { description: "Version before.", type: "string" }, to: { description: "Version after.", type: "string" } } },
          features: { description: "Attachment 2, the feature list.", type: "array", items: { type: "object" } },
          form: { description: "Attachment 1, the approval form, as rendered at merge.", type: ["object", "null"] }
        }
      }
    },
    pull_request: {
      description: "The merged pull request.",
      type: "object",
      additionalProperties: !1,
      required: ["number", "title", "url", "author", "base_ref", "base_sha", "head_sha", "merge_sha", "merged_at", "merged_by"],
      properties: {
        number: { description: "PR number.", type: "integer" },
        title: { description: "PR title.", type: "string" },
        url: { description: "PR web address.", type: ["string", "null"] },
        author: { description: "Who opened it.", type: "string" },
        base_ref: { description: "Target branch.", type: "string" },
        base_sha: { description: "Base commit evaluated against.", type: "string" },
        head_sha: { description: "Head commit merged.", type: "string" },
        merge_sha: { description: "The merge commit.", type: ["string", "null"] },
        merged_at: { description: "When it merged (ISO).", type: "string" },
        merged_by: { description: "Who merged it.", type: ["string", "null"] }
      }
    },
    approvals: {
      description: "The approvals that counted, one per document and role.",
      type: "array",
      items: {
        type: "object",
        additionalProperties: !1,
        required: ["role", "title", "login", "review_id", "commit_id", "submitted_at"],
        properties: {
          role: { description: "Role id.", type: "string" },
          title: { description: "Role title in English and Chinese.", type: "object" },
          login: { description: "Approver.", type: "string" },
          via: { description: "The CODEOWNERS entry of the document through which the approver signed (@org/team or @user).", type: "string" },
          document: { description: "The upgrade document this signature is for.", type: "string" },
          review_id: { description: "GitHub review id.", type: "integer" },
          commit_id: { description: "Commit the approver reviewed.", type: "string" },
          submitted_at: { description: "When (ISO).", type: "string" }
        }
      }
    },
    labels: { description: "Labels at merge, with who applied each when known.", type: "array", items: { type: "object", required: ["name"], properties: { name: { description: "Label.", type: "string" } } } },
    emergency: {
      description: "The emergency bypass, when requested: who applied the label and when, and whether it was granted.",
      type: ["object", "null"],
      required: ["label", "granted"],
      properties: { label: { description: "Label name.", type: "string" }, applied_by: { description: "Who applied it.", type: ["string", "null"] }, applied_at: { description: "When.", type: ["string", "null"] }, granted: { description: "Whether the day rule was waived.", type: "boolean" } }
    },
    evaluation: {
      description: "The evaluation at merge time.",
      type: "object",
      required: ["at", "outcome", "summary", "findings"],
      properties: { at: { description: "The moment evaluated (the merge time).", type: "string" }, outcome: { description: "pass, fail or error.", enum: ["pass", "fail", "error"] }, summary: { description: "One line.", type: "string" }, findings: { description: "Every finding.", type: "array" } }
    },
    violations: {
      description: "Rules the merge broke (empty for a clean merge). A non-empty list is a policy violation.",
      type: "array",
      items: { type: "object", required: ["rule", "message"], properties: { rule: { description: "Rule id.", type: "string" }, message: { description: "What was broken.", type: "string" } } }
    },
    backfilled: { description: "True when written later by a scheduled run because the merge-time run left no record.", type: "boolean" },
    policy: {
      description: "The policy that applied: time zone, time-zone database, and digests of the base branch's config and CODEOWNERS.",
      type: "object",
      additionalProperties: !1,
      required: ["time_zone", "tzdata", "config_path", "config_sha256", "codeowners_path", "codeowners_sha256"],
      properties: {
        time_zone: { description: "Policy time zone.", type: "string" },
        tzdata: { description: "Time-zone database version of the runtime.", type: ["string", "null"] },
        config_path: { description: "Config file path.", type: "string" },
        config_sha256: { description: "sha256 of the config text (null: absent, defaults used).", type: ["string", "null"] },
        codeowners_path: { description: "CODEOWNERS path.", type: ["string", "null"] },
        codeowners_sha256: { description: "sha256 of CODEOWNERS.", type: ["string", "null"] }
      }
    },
    tool: { description: "The upgrade-gate that wrote the record.", type: "object", additionalProperties: !1, required: ["name", "version"], properties: { name: { description: "Tool name.", const: "upgrade-gate" }, version: { description: "Tool version.", type: "string" } } },
    previous_sha256: { description: "sha256 of the previous record (null for the first).", type: ["string", "null"], pattern: "^[0-9a-f]{64}$" },
    sha256: { description: "sha256 of this record's canonical JSON without this field.", type: "string", pattern: "^[0-9a-f]{64}$" }
  }
};

// schemas/outcome-record.schema.json
var outcome_record_schema_default = {
  $schema: "https://json-schema.org/draft/2020-12/schema",
  $id: "https://upgrade-gate.dev/schemas/outcome-record.schema.json",
  title: "Outcome record (upgrade-gate/outcome-record/v1)",
  description: "One outcome of an archived upgrade (measures 4.6, 4.7), appended to the archive's hash chain after the upgrade record it references: succeeded, failed or restored, the verification results, who recorded it in which comment, and when. A later outcome is another record; the newest is the upgrade's state.",
  type: "object",
  additionalProperties: !1,
  required: ["format", "sequence", "upgrade", "outcome", "completed_at", "completed_at_utc", "notified_at", "notified_at_utc", "verification", "notes", "cause", "backup_restored", "recorded_by", "comment", "recorded_at", "policy", "tool", "previous_sha256", "sha256"],
  properties: {
    format: { description: "Record format version.", const: "upgrade-gate/outcome-record/v1" },
    sequence: { description: "Position in the archive's hash chain, starting at 1.", type: "integer", minimum: 1 },
    upgrade: {
      description: "The upgrade record this outcome belongs to.",
      type: "object",
      additionalProperties: !1,
      required: ["file", "sequence", "sha256", "pull_request", "document"],
      properties: {
        file: { description: "The upgrade record's path inside the archive folder, e.g. 2026/12/2026-12-03-billing-2.4.0-pr7.json.", type: "string" },
        sequence: { description: "The upgrade record's sequence.", type: "integer", minimum: 1 },
        sha256: { description: "The upgrade record's sha256.", type: "string", pattern: "^[0-9a-f]{64}$" },
        pull_request: { description: "The merged pull request's number.", type: "integer" },
        document: { description: "The approval form NO. of the document the outcome is for.", type: "string" }
      }
    },
    outcome: { description: "succeeded, failed or restored.", enum: ["succeeded", "failed", "restored"] },
    completed_at: { description: "When the upgrade was complete, as written in the comment.", type: "string" },
    completed_at_utc: { description: "The same instant in UTC (ISO 8601), read in the policy time zone.", type: "string" },
    notified_at: { description: "When the upgrade-complete notice went out (measures 4.7), as written; null when not given.", type: ["string", "null"] },
    notified_at_utc: { description: "The same instant in UTC; null when not given.", type: ["string", "null"] },
    verification: { description: "Each verification case of the document: passed or failed.", type: "object", additionalProperties: { description: "passed or failed.", enum: ["passed", "failed"] } },
    notes: { description: "What was done after the execution.", type: "string" },
    cause: { description: "Why it failed (null when not given).", type: ["string", "null"] },
    backup_restored: { description: "Which backup was restored (null when not given).", type: ["string", "null"] },
    recorded_by: {
      description: "Who wrote the comment, and as what: the document's people (executor, supervisor, project_lead, ops_lead) or a role.",
      type: "object",
      additionalProperties: !1,
      required: ["login", "as"],
      properties: {
        login: { description: "GitHub login of the comment's author.", type: "string" },
        as: { description: "Why that person may record the outcome, e.g. executor or role:center-lead.", type: "array", items: { description: "A people field of the document, or role:<role id>.", type: "string" }, minItems: 1 }
      }
    },
    comment: {
      description: "The comment on the pull request that recorded the outcome.",
      type: "object",
      additionalProperties: !1,
      required: ["id", "url", "created_at", "updated_at", "body", "body_sha256"],
      properties: {
        id: { description: "GitHub comment id.", type: "integer" },
        url: { description: "The comment's web address.", type: "string" },
        created_at: { description: "When the comment was written (ISO).", type: "string" },
        updated_at: { description: "When it was last edited (ISO).", type: "string" },
        body: { description: "The comment exactly as it was processed.", type: "string" },
        body_sha256: { description: "sha256 of the body: one comment text is recorded once.", type: "string", pattern: "^[0-9a-f]{64}$" }
      }
    },
    recorded_at: { description: "When upgrade-gate processed the comment (ISO).", type: "string" },
    policy: {
      description: "The policy the times were read in.",
      type: "object",
      additionalProperties: !1,
      required: ["time_zone"],
      properties: { time_zone: { description: "Policy time zone.", type: "string" } }
    },
    tool: { description: "The upgrade-gate that wrote the record.", type: "object", additionalProperties: !1, required: ["name", "version"], properties: { name: { description: "Tool name.", const: "upgrade-gate" }, version: { description: "Tool version.", type: "string" } } },
    previous_sha256: { description: "sha256 of the previous record in the chain.", type: "string", pattern: "^[0-9a-f]{64}$" },
    sha256: { description: "sha256 of this record's canonical JSON without this field.", type: "string", pattern: "^[0-9a-f]{64}$" }
  }
};

// src/archive/outcome-verify.ts
function outcomesByUpgrade(records) {
  let out = /* @__PURE__ */ new Map();
  for (let stored of records) {
    let record = stored.record;
    !isOutcomeRecord(record) || typeof record.upgrade?.file != "string" || out.set(record.upgrade.file, [...out.get(record.upgrade.file) ?? [], record]);
  }
  for (let list of out.values()) list.sort((a, b) => a.sequence - b.sequence);
  return out;
}
function verifyOutcomeRecords(records) {
  let problems = [], upgrades = /* @__PURE__ */ new Map(), seen = /* @__PURE__ */ new Map();
  for (let stored of records) {
    let { file } = stored, record = stored.record;
    if (!isOutcomeRecord(record)) {
      upgrades.set(file, stored);
      continue;
    }
    let errors = schemaErrors(outcome_record_schema_default, record);
    if (errors.length) {
      problems.push({ file, message: `does not match the outcome record schema: ${errors.slice(0, 3).map((e) => `${e.instancePath || "/"} ${e.message}`).join("; ")}` });
      continue;
    }
    let upgrade = upgrades.get(record.upgrade.file);
    upgrade ? (upgrade.record.sha256 !== record.upgrade.sha256 || upgrade.record.sequence !== record.upgrade.sequence) && problems.push({ file, message: `names upgrade record ${record.upgrade.file} with sequence ${record.upgrade.sequence} and sha256 ${record.upgrade.sha256}, but that record has ${upgrade.record.sequence} and ${upgrade.record.sha256}: one of them was edited` }) : problems.push({ file, message: `is the outcome of ${record.upgrade.file}, which is not an upgrade record earlier in the chain: the upgrade record was deleted, or the outcome moved` });
    let n = (seen.get(record.upgrade.file) ?? 0) + 1;
    seen.set(record.upgrade.file, n);
    let want = outcomePath(record.upgrade.file, n);
    want !== file && problems.push({ file, message: `is stored as ${file} but, as outcome ${n} of ${record.upgrade.file}, belongs in ${want}: outcome records were renamed, deleted or swapped` }), sha256(record.comment.body) !== record.comment.body_sha256 && problems.push({ file, message: "its comment text does not match the comment sha256: the recorded command was edited" });
    let completed = toInstant(record.completed_at, record.policy.time_zone);
    (!completed || completed.toISOString() !== record.completed_at_utc) && problems.push({ file, message: `completed_at ${record.completed_at} (${record.policy.time_zone}) is not completed_at_utc ${record.completed_at_utc}: one of them was edited` });
  }
  return problems;
}

// src/archive/verify.ts
function walk(dir) {
  let out = [], stack = [dir];
  for (; stack.length; ) {
    let d = stack.pop();
    for (let e of readdirSync(d, { withFileTypes: !0 })) {
      let p = join(d, e.name);
      e.isDirectory() ? stack.push(p) : out.push(p);
    }
  }
  return out;
}
function readArchive(dir) {
  let problems = [], records = [], files = walk(dir).map((f) => relative(dir, f).split("\\").join("/"));
  for (let file of files.filter((f) => /^\d{4}\/\d{2}\/[^/]+\.json$/.test(f)))
    try {
      records.push({ file, record: JSON.parse(readFileSync(join(dir, file), "utf8")) });
    } catch (err) {
      problems.push({ file, message: `not readable JSON (${err.message}): the record was damaged` });
    }
  return records.sort((a, b) => (a.record.sequence ?? 0) - (b.record.sequence ?? 0) || a.file.localeCompare(b.file)), { records, problems, files };
}
function verifyArchive(dir) {
  try {
    if (!statSync(dir).isDirectory()) return { problems: [{ file: dir, message: "is not a folder" }], records: 0 };
  } catch {
    return { problems: [{ file: dir, message: "does not exist: pass the archive folder, e.g. upgrade-gate verify archive" }], records: 0 };
  }
  let { records, problems, files } = readArchive(dir), fileSet = new Set(files), previous, byYear = /* @__PURE__ */ new Map(), outcomes = outcomesByUpgrade(records);
  problems.push(...verifyOutcomeRecords(records)), records.forEach((stored, i) => {
    let { file, record } = stored, errors = isOutcomeRecord(record) ? [] : schemaErrors(archive_record_schema_default, record);
    errors.length && problems.push({ file, message: `does not match the archive record schema: ${errors.slice(0, 3).map((e) => `${e.instancePath || "/"} ${e.message}`).join("; ")}` }), recordHash(record) !== record.sha256 && problems.push({ file, message: "its content does not match its sha256: the record was edited after it was written" });
    let expected = i + 1;
    record.sequence !== expected && problems.push({ file, message: `has sequence ${record.sequence} where ${expected} was expected: a record before it was deleted, or records were reordered` });
    let prevHash = previous?.record.sha256 ?? null;
    if (record.previous_sha256 !== prevHash && problems.push({ file, message: `names previous sha256 ${record.previous_sha256 ?? "none"} but the record before it ${previous ? `(${previous.file}) has ${prevHash}` : "does not exist"}: the chain is broken (deleted, inserted or reordered records)` }), record.documents && record.pull_request && record.policy) {
      let want = recordPath("", record, record.policy.time_zone).replace(/^\//, "");
      want !== file && problems.push({ file, message: `is stored as ${file} but its content belongs in ${want}: records were renamed or swapped` });
      let md = file.replace(/\.json$/, ".md");
      fileSet.has(md) ? readFileSync(join(dir, md), "utf8") !== renderRecordMarkdown(record) + renderOutcomeSection(outcomes.get(file) ?? []) && problems.push({ file: md, message: "does not match its record: the Markdown was edited" }) : problems.push({ file: md, message: "is missing: the readable form of the record was deleted" });
      let year = file.slice(0, 4);
      byYear.set(year, [...byYear.get(year) ?? [], stored]);
    }
    previous = stored;
  });
  for (let [year, list] of byYear) {
    let index = `${year}/README.md`, want = renderIndex(year, list.map((s) => indexRow(s.record, `${dirBase(dir)}/${s.file}`)));
    fileSet.has(index) ? readFileSync(join(dir, index), "utf8") !== want && problems.push({ file: index, message: "does not list exactly the records of the year in chain order: the index was edited" }) : problems.push({ file: index, message: "is missing: the year index was deleted" });
  }
  let last = records[records.length - 1];
  if (!fileSet.has(CHAIN_HEAD))
    records.length && problems.push({ file: CHAIN_HEAD, message: "is missing: the newest record cannot be confirmed" });
  else
    try {
      let head = parseChainHead(readFileSync(join(dir, CHAIN_HEAD), "utf8"), CHAIN_HEAD);
      (!last || head.sequence !== last.record.sequence || head.sha256 !== last.record.sha256) && problems.push({ file: CHAIN_HEAD, message: `names record ${head.sequence} (${head.path}) as the newest, but the newest on disk is ${last ? `${last.record.sequence} (${last.file})` : "none"}: the newest records were deleted or the head was edited` });
    } catch (err) {
      if (!(err instanceof ChainHeadError)) throw err;
      problems.push({ file: CHAIN_HEAD, message: err.reason });
    }
  return { problems, records: records.length };
}
function dirBase(dir) {
  return dir.replace(/\/+$/, "").split("/").pop() || "archive";
}

// src/cli/archive-commands.ts
function isFolder(dir) {
  try {
    return statSync2(dir).isDirectory();
  } catch {
    return !1;
  }
}
function missingFolder(command, dir, io) {
  return io.err(`upgrade-gate ${command}: ${relative2(io.cwd, dir) || dir} is not a folder: pass the archive folder, e.g. upgrade-gate ${command} archive`), 2;
}
function archiveDir(arg, io) {
  if (arg) return resolve(io.cwd, arg);
  let root = findRepoRoot(io.cwd, io.cwd), folder = existsSync(join2(root, CONFIG_PATH)) ? loadConfigFor(root, void 0, io.cwd).config.archive.folder : "archive";
  return join2(root, folder);
}
function runVerify(argv, io) {
  let parsed = parseCommand("verify", argv, { ...HELP_OPTION }, io);
  if (typeof parsed == "number") return parsed;
  let dir = archiveDir(parsed.positionals[0], io);
  if (!isFolder(dir)) return missingFolder("verify", dir, io);
  let { problems, records } = verifyArchive(dir);
  for (let p of problems) io.out(`${p.file}: ${p.message}`);
  return problems.length === 0 && io.out(usageCatalog(argv, io)["cli.verified"]({ records })), problems.length ? 1 : 0;
}
function runReport(argv, io, clock = () => /* @__PURE__ */ new Date()) {
  let parsed = parseCommand("report", argv, { since: { type: "string" }, until: { type: "string" }, format: { type: "string", default: "md" }, at: { type: "string" }, ...LANG_OPTION, ...HELP_OPTION }, io);
  if (typeof parsed == "number") return parsed;
  let { values, positionals } = parsed, format = values.format;
  if (!["md", "csv", "json"].includes(format))
    return io.err(`upgrade-gate report: ${usageCatalog(argv, io)["cli.bad-format"]({ value: String(values.format), allowed: ["md", "csv", "json"] })}`), 2;
  let dir = archiveDir(positionals[0], io);
  if (!isFolder(dir)) return missingFolder("report", dir, io);
  let language = commandLanguage("report", values.lang, io);
  if (typeof language == "number") return language;
  let { config } = loadConfigFor(findRepoRoot(dirname(dir), io.cwd), void 0, io.cwd), zone = config["time-zone"], catalog = messages(language ?? config.language), bounds = [];
  for (let [option, text] of [["--since", values.since], ["--until", values.until]]) {
    if (text === void 0) {
      bounds.push(void 0);
      continue;
    }
    let r = readDateOrTime(text, zone, option === "--until");
    if (!("instant" in r))
      return io.err(`upgrade-gate report: ${r.problem === "form" ? `${option} "${text}" is not a date or time: write 2026-12-01, 2026-12-01T08:00 (${zone}) or 2026-12-01T00:00:00.000Z` : localTimeProblem(catalog, option, text, zone)}`), 2;
    bounds.push(r.instant);
  }
  let at = clock();
  if (values.at) {
    let r = readTime(values.at, zone);
    if (!("instant" in r))
      return io.err(`upgrade-gate report: ${r.problem === "form" ? `--at "${values.at}" is not a date and time such as 2026-12-05T09:00 (${zone}) or 2026-12-05T01:00:00Z` : localTimeProblem(catalog, "--at", values.at, zone)}`), 2;
    at = r.instant;
  }
  let { records } = readArchive(dir);
  io.out(formatReport(buildReport(records, bounds[0], bounds[1], { at, pendingHours: config.outcome["pending-hours"], overdueDays: config.outcome["overdue-days"], language: language ?? config.language }), format));
  let { problems } = verifyArchive(dir);
  if (problems.length === 0) return 0;
  io.err(`upgrade-gate report: the archive fails verification (${problems.length} problem${problems.length === 1 ? "" : "s"}); the report above may show edited, missing or reordered records:`);
  for (let p of problems) io.err(`${p.file}: ${p.message}`);
  return 1;
}
export {
  runReport,
  runVerify
};
