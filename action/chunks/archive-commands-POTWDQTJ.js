import { createRequire as __ugCreateRequire } from 'node:module';
const require = __ugCreateRequire(import.meta.url);
import {
  HELP_OPTION,
  LANG_OPTION,
  commandLanguage,
  findRepoRoot,
  helpText,
  loadConfigFor,
  localLanguage,
  parseCommand,
  usageCatalog
} from "./chunk-UBSBX42C.js";
import {
  outcomeStates,
  overdueOutcomes,
  upgradeRecords
} from "./chunk-CFCLHJTY.js";
import {
  checkArchiveFolder,
  checkHistory,
  readArchiveFast,
  verifyArchive
} from "./chunk-GPOMHDW6.js";
import {
  archiveMessages,
  archiveProblem,
  localizeProblem
} from "./chunk-RHMNMTN3.js";
import "./chunk-72UWC2GD.js";
import {
  localTime
} from "./chunk-5YERI7UX.js";
import "./chunk-ZIFKLKNB.js";
import "./chunk-AV2TIPO3.js";
import "./chunk-WWOVIEBA.js";
import {
  CONFIG_PATH,
  localTimeProblem
} from "./chunk-AEOB34VQ.js";
import {
  gitBlobSha
} from "./chunk-UYMDZKTY.js";
import {
  policyMonth,
  readDateOrTime,
  readTime
} from "./chunk-6XT5Q5FX.js";
import {
  messages
} from "./chunk-TG3VTIA3.js";
import "./chunk-YYGYZQWV.js";
import "./chunk-4V7XTYWN.js";

// src/cli/archive-commands.ts
import { existsSync } from "node:fs";
import { dirname, join as join2, relative, resolve } from "node:path";

// src/archive/report.ts
function buildReport(records, since, until, clock = { pendingHours: 24, overdueDays: 7 }) {
  let rows = [], emergenciesPerMonth = {}, states = outcomeStates(records, clock), outcomes = { succeeded: 0, failed: 0, restored: 0, pending: 0, none: 0 }, listed = /* @__PURE__ */ new Set();
  for (let { file, record: r } of upgradeRecords(records)) {
    let merged = new Date(r.pull_request.merged_at);
    if (since && merged < since || until && merged >= until) continue;
    let state = states.get(file), row = reportRow(file, r, state), month = policyMonth(merged, r.policy.time_zone);
    row.type === "emergency" && (emergenciesPerMonth[month] = (emergenciesPerMonth[month] ?? 0) + 1), rows.push(row), outcomes[state?.state ?? "none"]++, listed.add(file);
  }
  let findings = overdueOutcomes(records, clock).filter((f) => listed.has((f.file ?? "").replace(/^archive\//, "")));
  return { rows, emergenciesPerMonth, outcomes, findings };
}
function reportRow(file, r, state) {
  let d = r.documents[0];
  return {
    sequence: r.sequence,
    merged_at: r.pull_request.merged_at,
    merged_local: localTime(r.pull_request.merged_at, r.policy.time_zone),
    pr: r.pull_request.number,
    id: r.documents.map((x) => x.id ?? "?").join(" "),
    system: d?.system ?? "",
    version: d?.version ? `${d.version.from} -> ${d.version.to}` : "",
    type: r.documents.some((x) => x.type === "emergency") ? "emergency" : d?.type ?? "unknown",
    approvers: [...new Set(r.approvals.map((a) => `${a.role}:${a.login}`))].join(" "),
    violations: r.violations.map((v) => v.rule).join(" "),
    backfilled: r.backfilled,
    outcome: state?.state ?? "none",
    completed: state?.completed ?? "",
    verified_by: state?.verifiedBy ?? "",
    file
  };
}
var csvCell = (v) => {
  let s = String(v);
  return /[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}, mdCell = (s) => s.replace(/\r\n?|\n/g, " ").replace(/[\\`*_[\]<>|~]/g, "\\$&");
function formatReport(report, format) {
  let { rows, emergenciesPerMonth, outcomes, findings } = report;
  if (format === "json") return JSON.stringify(report, null, 2);
  let cols = ["sequence", "merged_at", "merged_local", "pr", "id", "system", "version", "type", "approvers", "violations", "outcome", "completed", "verified_by", "backfilled", "file"];
  return format === "csv" ? [cols.join(","), ...rows.map((r) => cols.map((c) => csvCell(r[c])).join(","))].join(`
`) : [
    `# Upgrade report \xB7 \u5347\u7EA7\u62A5\u544A (${rows.length} upgrade${rows.length === 1 ? "" : "s"}, ${rows.filter((r) => r.violations).length} with violations \xB7 \u5171 ${rows.length} \u6B21\u5347\u7EA7\uFF0C${rows.filter((r) => r.violations).length} \u6B21\u8FDD\u89C4)`,
    "",
    `Outcomes \xB7 \u5347\u7EA7\u7ED3\u679C: ${outcomes.succeeded} succeeded, ${outcomes.failed} failed, ${outcomes.restored} restored, ${outcomes.pending} pending, ${outcomes.none} not yet due \xB7 \u5347\u7EA7\u6210\u529F ${outcomes.succeeded}\uFF0C\u5347\u7EA7\u5931\u8D25 ${outcomes.failed}\uFF0C\u5DF2\u6062\u590D\u81F3\u5347\u7EA7\u524D\u7684\u5907\u4EFD\u7248\u672C ${outcomes.restored}\uFF0C\u5F85\u8BB0\u5F55 ${outcomes.pending}\uFF0C\u672A\u5230\u671F ${outcomes.none}`,
    "",
    "| # | Merged \xB7 \u5408\u5E76\u65F6\u95F4 | PR | NO. \xB7 \u7F16\u53F7 | System \xB7 \u7CFB\u7EDF | Version \xB7 \u7248\u672C | Type \xB7 \u7C7B\u578B | Approvers \xB7 \u5BA1\u6279\u4EBA | Violations \xB7 \u8FDD\u89C4 | Outcome \xB7 \u5347\u7EA7\u7ED3\u679C | Completed \xB7 \u5B8C\u6210\u65F6\u95F4 | Verified by \xB7 \u9A8C\u8BC1\u4EBA |",
    "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |",
    ...rows.map((r) => `| ${r.sequence} | ${r.merged_local} | #${r.pr} | ${mdCell(r.id)} | ${mdCell(r.system)} | ${mdCell(r.version)} | ${mdCell(r.type)}${r.backfilled ? " (backfilled \xB7 \u8865\u5F55)" : ""} | ${mdCell(r.approvers)} | ${mdCell(r.violations || "none \xB7 \u65E0")} | ${r.outcome === "none" ? "\u2014" : r.outcome} | ${r.completed || "\u2014"} | ${mdCell(r.verified_by) || "\u2014"} |`),
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

// src/cli/git-history.ts
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
var SAFE = ["-c", "core.fsmonitor=false", "-c", "core.hooksPath=/dev/null", "-c", "core.pager=cat", "--no-pager"];
function git(cwd, args, input) {
  let r = spawnSync("git", [...SAFE, ...args], {
    cwd,
    input,
    encoding: "utf8",
    maxBuffer: 1073741824,
    env: { ...process.env, GIT_TERMINAL_PROMPT: "0", GIT_OPTIONAL_LOCKS: "0" }
  });
  return r.status === 0 ? r.stdout : void 0;
}
function parseGitLog(out, prefix) {
  let commits = [];
  for (let chunk of out.split("").slice(1)) {
    let t = chunk.split("\0"), [sha, parents, an, ae, cn, ce] = t, rest = t.slice(6).map((x) => x.replace(/^\n+/, "")).filter((x) => x !== ""), changes = [];
    for (let i = 0; i + 1 < rest.length; i += 2)
      changes.push({
        status: rest[i],
        path: rest[i + 1].startsWith(prefix) ? rest[i + 1].slice(prefix.length) : rest[i + 1]
      });
    commits.push({
      sha,
      parents: parents ? parents.split(" ") : [],
      author: { name: an, email: ae },
      committer: { name: cn, email: ce },
      changes
    });
  }
  return commits;
}
function verifyAgainstGit(dir, files, records, writer) {
  let info = git(dir, ["rev-parse", "--show-toplevel", "--show-prefix", "--is-shallow-repository"]);
  if (info === void 0) return;
  let [top, prefix = "", shallow] = info.split(`
`);
  if (!top || git(top, ["rev-parse", "--verify", "-q", "HEAD"]) === void 0) return;
  let clone = { top, prefix, spec: prefix ? `:(literal)${prefix}` : "." }, problems = [];
  shallow === "true" && problems.push(archiveProblem(".", "git.shallow"));
  let log = git(top, [
    "log",
    "--reverse",
    "--full-history",
    "--no-renames",
    "--cc",
    "-z",
    "--name-status",
    "--format=%x01%H%x00%P%x00%an%x00%ae%x00%cn%x00%ce",
    "HEAD",
    "--",
    clone.spec
  ]) ?? "";
  return problems.push(...checkHistory(parseGitLog(log, prefix), writer)), problems.push(...uncommittedFiles(clone, dir, files)), problems.push(...pinProblems(top, records)), problems;
}
function uncommittedFiles({ top, prefix, spec }, dir, files) {
  let problems = [], tree = /* @__PURE__ */ new Map();
  for (let line of (git(top, ["ls-tree", "-r", "-z", "--full-tree", "HEAD", "--", spec]) ?? "").split("\0")) {
    let m = /^\d+ blob ([0-9a-f]+)\t(.*)$/s.exec(line);
    m && tree.set(m[2].slice(prefix.length), m[1]);
  }
  let onDisk = new Set(files);
  for (let f of files) {
    let committed = tree.get(f), bytes = readIfPresent(join(dir, f));
    (committed === void 0 || !bytes || gitBlobSha(bytes) !== committed) && problems.push(archiveProblem(f, "git.uncommitted"));
  }
  for (let f of tree.keys()) onDisk.has(f) || problems.push(archiveProblem(f, "git.uncommitted"));
  return problems;
}
function readIfPresent(path) {
  try {
    return readFileSync(path);
  } catch {
    return;
  }
}
function pinProblems(top, records) {
  let problems = [], queries = pinQueries(records), checkable = queries.filter((q) => !/[\0-\x1f]/.test(q.path)), answers = (git(top, ["cat-file", "--batch-check=%(objectname)"], checkable.map((q) => `${q.commit}:${q.path}
`).join("")) ?? "").split(`
`);
  checkable.forEach((q, i) => {
    let a = answers[i] ?? "", found = /^[0-9a-f]{40,64}$/.test(a) ? a : null;
    found !== q.pinned && problems.push(
      archiveProblem(q.file, "git.pin", {
        what: q.what,
        commit: q.commit.slice(0, 12),
        pinned: q.pinned ?? "nothing",
        found: found ?? "no such file (or the commit is not in this clone)"
      })
    );
  });
  for (let q of queries)
    checkable.includes(q) || problems.push(
      archiveProblem(q.file, "git.pin", {
        what: JSON.stringify(q.path).slice(0, 80),
        commit: q.commit.slice(0, 12),
        pinned: q.pinned ?? "nothing",
        found: "a path Git cannot be asked about"
      })
    );
  return problems;
}
var pins = (record) => record.format === "upgrade-gate/archive-record/v2" || record.format === "upgrade-gate/archive-record/v3";
function pinQueries(records) {
  let queries = [];
  for (let { file, record } of records) {
    if (!pins(record)) continue;
    let commit = record.pull_request.merge_sha ?? record.pull_request.head_sha;
    for (let d of record.documents) {
      queries.push({ file, what: d.path, commit, pinned: d.blob_sha, path: d.path });
      for (let e of d.evidence) queries.push({ file, what: e.path, commit, pinned: e.blob_sha, path: e.path });
    }
  }
  return queries;
}

// src/cli/archive-commands.ts
function archiveDir(arg, io) {
  if (arg) return resolve(io.cwd, arg);
  let root = findRepoRoot(io.cwd, io.cwd), folder = existsSync(join2(root, CONFIG_PATH)) ? loadConfigFor(root, void 0, io.cwd).config.archive.folder : "archive";
  return join2(root, folder);
}
function archiveWriter(flag, io) {
  if (flag) return flag;
  let root = findRepoRoot(io.cwd, io.cwd);
  return existsSync(join2(root, CONFIG_PATH)) ? loadConfigFor(root, void 0, io.cwd).config.archive.writer : "github-actions[bot]";
}
function runVerify(argv, io) {
  let parsed = parseCommand(
    "verify",
    argv,
    {
      writer: { type: "string" },
      repo: { type: "string" },
      branch: { type: "string" },
      ...LANG_OPTION,
      ...HELP_OPTION
    },
    io
  );
  if (typeof parsed == "number") return parsed;
  let language = commandLanguage("verify", parsed.values.lang, io);
  if (typeof language == "number") return language;
  if (parsed.values.repo !== void 0) {
    if (parsed.positionals.length) {
      let local = localLanguage(language, io);
      return io.err(`upgrade-gate verify: ${messages(local)["cli.dir-or-repo"]()}

${helpText("verify", local)}`), 2;
    }
    return verifyOnline(parsed.values.repo, parsed.values.branch, parsed.values.writer, language, io);
  }
  let lang = localLanguage(language, io), dir = archiveDir(parsed.positionals[0], io), bad = checkArchiveFolder(dir);
  return bad?.usage ? (io.err(
    `upgrade-gate verify: ${printable(relative(io.cwd, dir) || dir)} ${localizeProblem(bad.problem, lang).message}`
  ), 2) : verifyFolder(dir, bad?.problem, parsed.values.writer, lang, io);
}
function threadsWanted(io) {
  let v = (io.env ?? process.env).UPGRADE_GATE_THREADS;
  return v !== void 0 && /^\d{1,3}$/.test(v) ? Number(v) : void 0;
}
async function verifyFolder(dir, bad, writer, lang, io) {
  let result = bad ? { problems: [bad], records: 0, files: [], wellFormed: [] } : verifyArchive(dir, void 0, await readArchiveFast(dir, void 0, threadsWanted(io))), { problems, records } = result;
  if (!bad) {
    let history = verifyAgainstGit(dir, result.files, result.wellFormed, archiveWriter(writer, io));
    history ? problems.push(...history) : io.err(`${printable(dir)}: note git.not-a-clone ${archiveMessages(lang)["git.not-a-clone"]()}`);
  }
  for (let p of problems) io.out(problemLine(localizeProblem(p, lang)));
  return problems.length === 0 && io.out(archiveMessages(lang).intact({ count: records })), problems.length ? 1 : 0;
}
async function runReport(argv, io, clock = () => /* @__PURE__ */ new Date()) {
  let parsed = parseCommand(
    "report",
    argv,
    {
      since: { type: "string" },
      until: { type: "string" },
      format: { type: "string", default: "md" },
      at: { type: "string" },
      ...LANG_OPTION,
      ...HELP_OPTION
    },
    io
  );
  if (typeof parsed == "number") return parsed;
  let { values, positionals } = parsed, format = values.format;
  if (!["md", "csv", "json"].includes(format))
    return io.err(
      `upgrade-gate report: ${usageCatalog(argv, io)["cli.bad-format"]({ value: String(values.format), allowed: ["md", "csv", "json"] })}`
    ), 2;
  let language = commandLanguage("report", values.lang, io);
  if (typeof language == "number") return language;
  let dir = archiveDir(positionals[0], io), bad = checkArchiveFolder(dir);
  if (bad)
    return io.err(
      `upgrade-gate report: ${printable(relative(io.cwd, dir) || dir)} ${localizeProblem(bad.problem, localLanguage(language, io)).message}`
    ), 2;
  let { config } = loadConfigFor(findRepoRoot(dirname(dir), io.cwd), void 0, io.cwd), catalog = messages(language ?? config.language), times = reportTimes(values, config["time-zone"], catalog, clock);
  if (typeof times == "string")
    return io.err(`upgrade-gate report: ${times}`), 2;
  let { bounds, at } = times, contents = await readArchiveFast(dir, void 0, threadsWanted(io)), { problems } = verifyArchive(dir, void 0, contents);
  if (io.out(
    formatReport(
      buildReport(
        contents.records.filter((r) => contents.wellFormed.has(r)),
        bounds[0],
        bounds[1],
        {
          at,
          pendingHours: config.outcome["pending-hours"],
          overdueDays: config.outcome["overdue-days"],
          language: language ?? config.language
        }
      ),
      format
    )
  ), problems.length === 0) return 0;
  io.err(`upgrade-gate report: ${catalog["cli.report-unverified"]({ count: problems.length })}`);
  for (let p of problems) io.err(problemLine(localizeProblem(p, language ?? config.language)));
  return 1;
}
function reportTimes(values, zone, catalog, clock) {
  let bounds = [];
  for (let [option, text] of [
    ["--since", values.since],
    ["--until", values.until]
  ]) {
    if (text === void 0) {
      bounds.push(void 0);
      continue;
    }
    let r2 = readDateOrTime(text, zone, option === "--until");
    if (!("instant" in r2))
      return r2.problem === "form" ? catalog["cli.date-or-time-form"]({ option, text, zone }) : localTimeProblem(catalog, option, text, zone);
    bounds.push(r2.instant);
  }
  if (!values.at) return { bounds, at: clock() };
  let r = readTime(values.at, zone);
  return "instant" in r ? { bounds, at: r.instant } : r.problem === "form" ? catalog["cli.time-form"]({ text: values.at, zone, now: !1 }) : localTimeProblem(catalog, "--at", values.at, zone);
}
var printable = (s) => s.replace(
  /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g,
  (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`
);
function problemLine(p) {
  return printable(`${p.file}: error ${p.id} ${p.message}`);
}
async function verifyOnline(repoArg, branch, writer, language, io) {
  let t = messages(localLanguage(language, io)), [owner, name, extra] = repoArg.split("/");
  if (!owner || !name || extra !== void 0)
    return io.err(`upgrade-gate verify: ${t["cli.repo-form"]({ value: repoArg })}`), 2;
  let env = io.env ?? process.env, token = env.GITHUB_TOKEN || env.GH_TOKEN;
  if (!token)
    return io.err(`upgrade-gate verify: ${t["cli.no-token"]()}`), 2;
  let [{ createOctokit }, { verifyArchiveOnline, onlineLines }, { describeApiError }] = await Promise.all([
    import("./octokit-JCLJZQCG.js"),
    import("./archive-signatures-7IUDGHMH.js"),
    import("./api-error-OMSSNZZW.js")
  ]);
  try {
    let v = await verifyArchiveOnline(
      await createOctokit(token, { calls: [] }),
      { owner, repo: name },
      { branch, configPath: CONFIG_PATH, writer, language }
    );
    for (let line of onlineLines(v)) io.out(printable(line));
    return v.problems.length ? 1 : 0;
  } catch (err) {
    return io.err(
      `upgrade-gate verify: ${t["cli.repo-unreadable"]({ repo: `${owner}/${name}`, error: describeApiError(err, localLanguage(language, io)) })}`
    ), 1;
  }
}
export {
  problemLine,
  runReport,
  runVerify
};
