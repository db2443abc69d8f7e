import { createRequire as __ugCreateRequire } from 'node:module';
const require = __ugCreateRequire(import.meta.url);
import {
  archiveMessages,
  archiveProblem,
  examineRecordFile,
  readArchiveText
} from "./chunk-RHMNMTN3.js";
import {
  chainHeadText,
  deriveChainHead,
  renderIndex
} from "./chunk-72UWC2GD.js";
import {
  FORMATS,
  outcome_record_schema_default
} from "./chunk-5YERI7UX.js";
import {
  CHAIN_HEAD
} from "./chunk-WWOVIEBA.js";
import {
  isOutcomeRecord,
  outcomePath,
  sha256
} from "./chunk-UYMDZKTY.js";
import {
  schemaErrors,
  toInstant
} from "./chunk-6XT5Q5FX.js";

// src/archive/verify.ts
import { lstatSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { availableParallelism, loadavg } from "node:os";

// src/archive/outcome-verify.ts
var problem = (file, id, ...args) => ({ file, id, params: args[0], message: archiveMessages()[id](...args) });
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
      problems.push(problem(file, "outcome.schema", { errors: errors.slice(0, 3).map((e) => `${e.instancePath || "/"} ${e.message}`).join("; ") }));
      continue;
    }
    let upgrade = upgrades.get(record.upgrade.file);
    if (!upgrade) problems.push(problem(file, "outcome.upgrade-missing", { upgrade: record.upgrade.file }));
    else if (upgrade.record.sha256 !== record.upgrade.sha256 || upgrade.record.sequence !== record.upgrade.sequence) {
      let { sequence, sha256: hash } = record.upgrade;
      problems.push(problem(file, "outcome.upgrade-mismatch", { upgrade: record.upgrade.file, sequence, sha256: hash, foundSequence: upgrade.record.sequence, foundSha256: upgrade.record.sha256 }));
    }
    let n = (seen.get(record.upgrade.file) ?? 0) + 1;
    seen.set(record.upgrade.file, n);
    let want = outcomePath(record.upgrade.file, n);
    want !== file && problems.push(problem(file, "outcome.path", { file, n, upgrade: record.upgrade.file, want })), sha256(record.comment.body) !== record.comment.body_sha256 && problems.push(problem(file, "outcome.comment"));
    let completed = toInstant(record.completed_at, record.policy.time_zone);
    (!completed || completed.toISOString() !== record.completed_at_utc) && problems.push(problem(file, "outcome.time", { completed: record.completed_at, zone: record.policy.time_zone, utc: record.completed_at_utc }));
  }
  return problems;
}

// src/archive/verify.ts
var MAX_ENTRIES = 1e6, RECORD_FILE = /^\d{4}\/\d{2}\/[^/]+\.json$/;
function listEntries(dir, problems) {
  let entries = /* @__PURE__ */ new Map(), stack = [""];
  for (; stack.length; ) {
    let rel = stack.pop();
    for (let e of readdirSync(rel ? join(dir, rel) : dir, { withFileTypes: !0 })) {
      let p = rel ? `${rel}/${e.name}` : e.name, kind = e.isSymbolicLink() ? "symlink" : e.isDirectory() ? "dir" : e.isFile() ? "file" : "special";
      if (entries.set(p, kind), entries.size > MAX_ENTRIES)
        return problems.push(archiveProblem(p, "archive.too-many-files", { max: MAX_ENTRIES })), entries;
      kind === "dir" && stack.push(p);
    }
  }
  return entries;
}
function listArchive(dir) {
  let problems = [], entries = listEntries(dir, problems);
  for (let [file, kind] of entries)
    kind === "symlink" ? problems.push(archiveProblem(file, "file.symlink")) : kind === "special" && problems.push(archiveProblem(file, "file.special"));
  let jobs = [];
  for (let [file, kind] of entries) kind === "file" && RECORD_FILE.test(file) && jobs.push({ file, markdown: entries.get(file.replace(/\.json$/, ".md")) });
  return { entries, problems, jobs };
}
function assemble(entries, problems, results, folderName) {
  let records = [], wellFormed = /* @__PURE__ */ new Set(), format = /* @__PURE__ */ new Map(), examined = /* @__PURE__ */ new Map();
  for (let r of results) {
    if (r.problem && problems.push(r.problem), !r.record) continue;
    let stored = { file: r.file, record: r.record };
    records.push(stored), examined.set(stored, r), r.format !== void 0 && format.set(stored, FORMATS.get(r.format)), r.wellFormed && wellFormed.add(stored);
  }
  let seq = (s) => typeof s.record.sequence == "number" ? s.record.sequence : Number.MAX_SAFE_INTEGER;
  return records.sort((a, b) => seq(a) - seq(b) || (a.file < b.file ? -1 : a.file > b.file ? 1 : 0)), { records, wellFormed, entries, problems, format, examined, folderName };
}
function readArchive(dir, folderName = dirBase(dir)) {
  let { entries, problems, jobs } = listArchive(dir);
  return assemble(entries, problems, examineHere(dir, jobs, folderName), folderName);
}
var examineHere = (dir, jobs, folderName) => jobs.map((job) => examineRecordFile(dir, job, folderName)), PARALLEL_MIN_RECORDS = 512;
function autoThreads(records, cores = availableParallelism(), load = loadavg()[0] ?? 0) {
  return records < PARALLEL_MIN_RECORDS || load > 2 * cores ? 1 : cores;
}
async function readArchiveFast(dir, folderName = dirBase(dir), threads) {
  let { entries, problems, jobs } = listArchive(dir), n = threads ?? autoThreads(jobs.length);
  if (n <= 1) return assemble(entries, problems, examineHere(dir, jobs, folderName), folderName);
  let parallel = await import("./examine-parallel-LT5MPBA5.js"), results = parallel.canRunWorkers ? await parallel.examineInWorkers(dir, folderName, jobs, Math.min(n, parallel.MAX_THREADS)) : examineHere(dir, jobs, folderName);
  return assemble(entries, problems, results, folderName);
}
function verifyArchive(dir, folderName = dirBase(dir), contents = readArchive(dir, folderName)) {
  let { records, wellFormed, entries, format, examined } = contents, problems = [...contents.problems], accounted = /* @__PURE__ */ new Set([CHAIN_HEAD]), byYear = /* @__PURE__ */ new Map(), outcomes = outcomesByUpgrade(records.filter((r) => wellFormed.has(r)));
  for (let p of verifyOutcomeRecords(records.filter((r) => wellFormed.has(r)))) problems.push(p);
  records.forEach((stored, i) => {
    let { file, record } = stored;
    accounted.add(file);
    let f = format.get(stored), seen = examined.get(stored);
    if (seen.hashProblem && problems.push(seen.hashProblem), chainLinkProblems(stored, i, records[i - 1], problems), !(!f || !wellFormed.has(stored) || f.kind !== "upgrade" || isOutcomeRecord(record)))
      if (accounted.add(file.replace(/\.json$/, ".md")), renderedFileProblems(seen.rendered ?? { unrenderable: !0 }, stored, f, outcomes, problems)) {
        let year = file.slice(0, 4), list = byYear.get(year);
        list || byYear.set(year, list = []), list.push(stored);
      } else problems.push(archiveProblem(file, "record.unreadable", { why: "a field has a shape its format does not render" }));
  });
  let row = (s) => (folderName === contents.folderName ? examined.get(s)?.rendered?.indexRow : void 0) ?? format.get(s).indexRow(s.record, `${folderName}/${s.file}`);
  for (let [year, list] of byYear) {
    let index = `${year}/README.md`;
    accounted.add(index);
    let want = renderIndex(year, list.map(row), list[0].record);
    if (entries.get(index) === void 0) problems.push(archiveProblem(index, "index.missing"));
    else if (entries.get(index) === "file") {
      let read = readArchiveText(dir, index);
      "problem" in read ? problems.push(read.problem) : read.text !== want && problems.push(archiveProblem(index, "index.edited"));
    }
  }
  checkChainHead(dir, folderName, records, wellFormed, entries, problems);
  for (let [file, kind] of entries) kind === "file" && !accounted.has(file) && problems.push(archiveProblem(file, "file.unexpected"));
  return { problems, records: records.length, files: [...entries].filter(([, k]) => k === "file").map(([f]) => f), wellFormed: records.filter((r) => wellFormed.has(r)) };
}
function chainLinkProblems(stored, i, previous, problems) {
  let { file, record } = stored, expected = i + 1;
  record.sequence !== expected && problems.push(archiveProblem(file, "chain.sequence", { sequence: JSON.stringify(record.sequence ?? null).slice(0, 40), expected }));
  let prevHash = previous ? previous.record.sha256 : null;
  record.previous_sha256 !== prevHash && problems.push(archiveProblem(file, "chain.previous", { names: JSON.stringify(record.previous_sha256 ?? null).slice(0, 80), previous: previous ? `the record before it (${previous.file}) has ${JSON.stringify(prevHash ?? null).slice(0, 80)}` : "no record comes before it" }));
}
function renderedFileProblems(rendered, stored, f, outcomes, problems) {
  let { file } = stored;
  if (rendered.pathProblem && problems.push(rendered.pathProblem), rendered.unrenderable) return !1;
  let md = rendered.markdown;
  if (!md) return !0;
  if ("problem" in md)
    return problems.push(md.problem), !0;
  let section;
  try {
    section = f.outcomes(outcomes.get(file) ?? []);
  } catch {
    return !1;
  }
  return md.tail !== section && problems.push(archiveProblem(file.replace(/\.json$/, ".md"), "markdown.edited")), !0;
}
function checkChainHead(dir, folderName, records, wellFormed, entries, problems) {
  let kind = entries.get(CHAIN_HEAD);
  if (kind === void 0) {
    problems.push(records.length ? archiveProblem(CHAIN_HEAD, "chain-head.missing") : archiveProblem(".", "archive.empty"));
    return;
  }
  if (kind !== "file") return;
  let read = readArchiveText(dir, CHAIN_HEAD);
  if ("problem" in read) {
    problems.push(read.problem);
    return;
  }
  let head;
  try {
    if (head = JSON.parse(read.text), !head || typeof head != "object" || Array.isArray(head)) throw new Error("not an object");
  } catch {
    problems.push(archiveProblem(CHAIN_HEAD, "chain-head.json"));
    return;
  }
  if (records.length === 0) {
    problems.push(archiveProblem(CHAIN_HEAD, "chain-head.orphan"));
    return;
  }
  if (records.some((r) => !wellFormed.has(r))) {
    problems.push(archiveProblem(CHAIN_HEAD, "chain-head.underivable"));
    return;
  }
  let derived = deriveChainHead(records, folderName), show = (v) => v === void 0 ? "nothing" : JSON.stringify(v).slice(0, 200), differs = !1;
  for (let field of ["format", "sequence", "sha256", "path", "merged_at", "emergencies"])
    JSON.stringify(head[field]) !== JSON.stringify(derived[field]) && (differs = !0, problems.push(archiveProblem(CHAIN_HEAD, "chain-head.field", { field, found: show(head[field]), derived: show(derived[field]) })));
  for (let field of Object.keys(head))
    field in derived || (differs = !0, problems.push(archiveProblem(CHAIN_HEAD, "chain-head.field", { field, found: show(head[field]), derived: "nothing" })));
  !differs && read.text !== chainHeadText(derived) && problems.push(archiveProblem(CHAIN_HEAD, "chain-head.text"));
}
function dirBase(dir) {
  return dir.replace(/\/+$/, "").split("/").pop() || "archive";
}
function checkArchiveFolder(dir) {
  let st;
  try {
    st = lstatSync(dir);
  } catch {
    return { usage: !0, problem: archiveProblem(dir, "archive.missing") };
  }
  if (st.isSymbolicLink()) return { usage: !1, problem: archiveProblem(dir, "archive.symlink") };
  if (!st.isDirectory()) return { usage: !0, problem: archiveProblem(dir, "archive.not-folder") };
}

// src/archive/history.ts
var RECORD = /^\d{4}\/\d{2}\/[^/]+\.(json|md)$/, noreply = (login) => new RegExp(`^(\\d+\\+)?${login.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}@users\\.noreply\\.github\\.com$`);
function isWriterCommit(c, writer) {
  let own = (p) => p.name === writer && noreply(writer).test(p.email), github = c.committer.name === "GitHub" && c.committer.email === "noreply@github.com";
  return own(c.author) && (github || own(c.committer)) && c.parents.length <= 1;
}
function checkHistory(commits, writer) {
  let problems = [], added = /* @__PURE__ */ new Map();
  for (let c of commits) {
    let short = c.sha.slice(0, 12);
    if (!isWriterCommit(c, writer)) {
      let files = c.changes.map((x) => x.path);
      problems.push(archiveProblem(files[0] ?? ".", "git.writer", { commit: short, author: `${c.author.name} <${c.author.email}>`, files: files.slice(0, 5).join(", ") + (files.length > 5 ? ` and ${files.length - 5} more` : ""), writer }));
    }
    for (let { status, path } of c.changes)
      if (RECORD.test(path)) {
        let first = added.get(path);
        status === "A" && first === void 0 ? added.set(path, short) : problems.push(archiveProblem(path, "git.record-changed", { commit: short, status, first: first ?? "" }));
      } else status.includes("D") && problems.push(archiveProblem(path, "git.deleted", { commit: short }));
  }
  return problems;
}

export {
  readArchiveFast,
  verifyArchive,
  checkArchiveFolder,
  isWriterCommit,
  checkHistory
};
