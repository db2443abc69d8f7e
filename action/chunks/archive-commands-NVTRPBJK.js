import { createRequire as __ugCreateRequire } from 'node:module';
const require = __ugCreateRequire(import.meta.url);
import {
  recordHash,
  renderRecordMarkdown
} from "./chunk-RAXMBKZF.js";
import {
  CHAIN_HEAD,
  ChainHeadError,
  indexRow,
  parseChainHead,
  recordPath,
  renderIndex
} from "./chunk-NVVPOVCR.js";
import {
  findRepoRoot,
  loadConfigFor
} from "./chunk-TVC7FQ6K.js";
import {
  CONFIG_PATH,
  dateIn,
  policyMonth,
  schemaErrors
} from "./chunk-MTPBTAA4.js";
import {
  HELP_OPTION,
  parseCommand
} from "./chunk-R2OGBIHJ.js";
import "./chunk-EAWZKEXV.js";
import "./chunk-4K7J7IPU.js";
import "./chunk-4V7XTYWN.js";

// src/cli/archive-commands.ts
import { existsSync } from "node:fs";
import { join as join2, resolve } from "node:path";

// src/archive/report.ts
function buildReport(records, since, until) {
  let rows = [], emergenciesPerMonth = {};
  for (let { file, record: r } of records) {
    let merged = new Date(r.pull_request.merged_at), zone = r.policy.time_zone, day = dateIn(merged, zone);
    if (since && day < since || until && day > until) continue;
    let d = r.documents[0], type = r.documents.some((x) => x.type === "emergency") ? "emergency" : d?.type ?? "unknown", month = policyMonth(merged, zone);
    type === "emergency" && (emergenciesPerMonth[month] = (emergenciesPerMonth[month] ?? 0) + 1), rows.push({
      sequence: r.sequence,
      merged_at: r.pull_request.merged_at,
      pr: r.pull_request.number,
      id: r.documents.map((x) => x.id ?? "?").join(" "),
      system: d?.system ?? "",
      version: d?.version ? `${d.version.from} -> ${d.version.to}` : "",
      type,
      approvers: r.approvals.map((a) => `${a.role}:${a.login}`).join(" "),
      violations: r.violations.map((v) => v.rule).join(" "),
      backfilled: r.backfilled,
      file
    });
  }
  return { rows, emergenciesPerMonth };
}
var csvCell = (v) => {
  let s = String(v);
  return /[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};
function formatReport(report, format) {
  let { rows, emergenciesPerMonth } = report;
  if (format === "json") return JSON.stringify(report, null, 2);
  let cols = ["sequence", "merged_at", "pr", "id", "system", "version", "type", "approvers", "violations", "backfilled", "file"];
  return format === "csv" ? [cols.join(","), ...rows.map((r) => cols.map((c) => csvCell(r[c])).join(","))].join(`
`) : [
    `# Upgrade report \xB7 \u5347\u7EA7\u62A5\u544A (${rows.length} upgrade${rows.length === 1 ? "" : "s"}, ${rows.filter((r) => r.violations).length} with violations)`,
    "",
    "| # | Merged | PR | NO. | System | Version | Type | Approvers | Violations |",
    "| --- | --- | --- | --- | --- | --- | --- | --- | --- |",
    ...rows.map((r) => `| ${r.sequence} | ${r.merged_at} | #${r.pr} | ${r.id} | ${r.system} | ${r.version} | ${r.type}${r.backfilled ? " (backfilled)" : ""} | ${r.approvers} | ${r.violations || "none"} |`),
    "",
    "## Emergency upgrades per month \xB7 \u6BCF\u6708\u7D27\u6025\u5347\u7EA7",
    "",
    ...Object.keys(emergenciesPerMonth).length ? Object.entries(emergenciesPerMonth).sort().map(([m, n]) => `- ${m}: ${n}`) : ["- none"]
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
      description: "The approvals that counted, one per role.",
      type: "array",
      items: {
        type: "object",
        additionalProperties: !1,
        required: ["role", "title", "login", "review_id", "commit_id", "submitted_at"],
        properties: {
          role: { description: "Role id.", type: "string" },
          title: { description: "Role title in English and Chinese.", type: "object" },
          login: { description: "Approver.", type: "string" },
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
  let { records, problems, files } = readArchive(dir), fileSet = new Set(files), previous, byYear = /* @__PURE__ */ new Map();
  records.forEach((stored, i) => {
    let { file, record } = stored, errors = schemaErrors(archive_record_schema_default, record);
    errors.length && problems.push({ file, message: `does not match the archive record schema: ${errors.slice(0, 3).map((e) => `${e.instancePath || "/"} ${e.message}`).join("; ")}` }), recordHash(record) !== record.sha256 && problems.push({ file, message: "its content does not match its sha256: the record was edited after it was written" });
    let expected = i + 1;
    record.sequence !== expected && problems.push({ file, message: `has sequence ${record.sequence} where ${expected} was expected: a record before it was deleted, or records were reordered` });
    let prevHash = previous?.record.sha256 ?? null;
    if (record.previous_sha256 !== prevHash && problems.push({ file, message: `names previous sha256 ${record.previous_sha256 ?? "none"} but the record before it ${previous ? `(${previous.file}) has ${prevHash}` : "does not exist"}: the chain is broken (deleted, inserted or reordered records)` }), record.documents && record.pull_request && record.policy) {
      let want = recordPath("", record, record.policy.time_zone).replace(/^\//, "");
      want !== file && problems.push({ file, message: `is stored as ${file} but its content belongs in ${want}: records were renamed or swapped` });
      let md = file.replace(/\.json$/, ".md");
      fileSet.has(md) ? readFileSync(join(dir, md), "utf8") !== renderRecordMarkdown(record) && problems.push({ file: md, message: "does not match its record: the Markdown was edited" }) : problems.push({ file: md, message: "is missing: the readable form of the record was deleted" });
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
var VERIFY_HELP = `Usage: upgrade-gate verify [DIR]

Checks the archive in DIR (default: the configured archive folder of the repository, archive/):
each record against its schema and its own sha256, the hash chain, file names, the Markdown beside
each record, the year indexes and the chain head. Any edit, deletion or reordering is named.

Exit status: 0 intact, 1 a record was edited, deleted or reordered, 2 usage error.`, REPORT_HELP = `Usage: upgrade-gate report [DIR] [--since YYYY-MM-DD] [--until YYYY-MM-DD] [--format md|csv|json]

Lists the archived upgrades (type, approvers, violations) and the emergencies per month.`;
function archiveDir(arg, io) {
  if (arg) return resolve(io.cwd, arg);
  let root = findRepoRoot(io.cwd, io.cwd), folder = existsSync(join2(root, CONFIG_PATH)) ? loadConfigFor(root, void 0, io.cwd).config.archive.folder : "archive";
  return join2(root, folder);
}
function runVerify(argv, io) {
  let parsed = parseCommand("verify", VERIFY_HELP, argv, { ...HELP_OPTION }, io);
  if (typeof parsed == "number") return parsed;
  let dir = archiveDir(parsed.positionals[0], io), { problems, records } = verifyArchive(dir);
  for (let p of problems) io.out(`${p.file}: ${p.message}`);
  return problems.length === 0 && io.out(`${records} record${records === 1 ? "" : "s"} verified: the archive is intact`), problems.length ? 1 : 0;
}
function runReport(argv, io) {
  let parsed = parseCommand("report", REPORT_HELP, argv, { since: { type: "string" }, until: { type: "string" }, format: { type: "string", default: "md" }, ...HELP_OPTION }, io);
  if (typeof parsed == "number") return parsed;
  let { values, positionals } = parsed, format = values.format;
  if (!["md", "csv", "json"].includes(format))
    return io.err(`upgrade-gate report: --format must be md, csv or json, not "${values.format}"`), 2;
  for (let d of [values.since, values.until])
    if (d && !/^\d{4}-\d{2}-\d{2}$/.test(d))
      return io.err(`upgrade-gate report: "${d}" is not a date written YYYY-MM-DD`), 2;
  let dir = archiveDir(positionals[0], io);
  if (!existsSync(dir))
    return io.err(`upgrade-gate report: ${dir} does not exist`), 2;
  let { records, problems } = readArchive(dir);
  for (let p of problems) io.err(`${p.file}: ${p.message}`);
  return io.out(formatReport(buildReport(records, values.since, values.until), format)), 0;
}
export {
  REPORT_HELP,
  VERIFY_HELP,
  runReport,
  runVerify
};
