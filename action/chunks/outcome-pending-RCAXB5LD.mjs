import { createRequire as __ugCreateRequire } from 'node:module';
const require = __ugCreateRequire(import.meta.url);
import {
  listFolder
} from "./chunk-NR6EON5I.mjs";
import "./chunk-577CYPMH.mjs";
import "./chunk-LJA4MUHO.mjs";
import {
  COMMENT_MARKER,
  ownComment
} from "./chunk-7HSA7SXW.mjs";
import {
  logLine
} from "./chunk-U5Y3DHM2.mjs";
import "./chunk-Y4HLE75Q.mjs";
import {
  loadConfig,
  parseYamlSource
} from "./chunk-2H6L6NG4.mjs";
import {
  GateError,
  logMessages,
  messages,
  readFile,
  summary,
  warning
} from "./chunk-QPKTFHVX.mjs";
import "./chunk-F7L6RK3S.mjs";
import "./chunk-6PE6XYGR.mjs";
import {
  OUTCOME_PEOPLE,
  STICKY_OUTCOME_START,
  inert,
  isOutcomeFile,
  renderStickyOutcome,
  withStickyOutcome
} from "./chunk-MV6RXFAG.mjs";
import "./chunk-LM64RRIG.mjs";
import "./chunk-Y25UFXLR.mjs";

// src/archive/outcome-report.ts
function isPending(mergedAt, at, hours) {
  return at.getTime() - new Date(mergedAt).getTime() >= hours * 36e5;
}

// src/github/outcome-pending.ts
var MAX_READS = 50, LOGIN = /^[A-Za-z0-9][A-Za-z0-9-]{0,38}$/;
async function reportPendingOutcomes(ctx, payload) {
  let base = payload.repository?.default_branch ?? process.env.GITHUB_REF_NAME;
  if (!base)
    return warning(logMessages(ctx.language)["pending.no-branch"]()), [];
  let loaded = loadConfig(await readFile(ctx.octokit, ctx.repo, ctx.configPath, base), ctx.configPath, ctx.language);
  if (loaded.findings.some((f) => f.severity === "error"))
    throw new GateError((t) => t["pending.config-invalid"]({ path: ctx.configPath, branch: base }));
  let { config } = loaded, log = logMessages(config.language), folder = config.archive.folder, branch = config.archive.branch ?? base, hours = config.outcome["pending-hours"], files = await archiveFiles(ctx, folder, branch), withOutcome = new Set(files.filter(isOutcomeFile).map((f) => f.replace(/\.outcome-\d+\.json$/, ".json"))), candidates = files.filter((f) => /^\d{4}\/\d{2}\/[^/]+-pr\d+\.json$/.test(f) && !isOutcomeFile(f) && !withOutcome.has(f)).sort().reverse(), cutoff = new Date(ctx.now.getTime() - hours * 36e5 + 864e5).toISOString().slice(0, 10), due = candidates.filter((f) => f.split("/")[2].slice(0, 10) <= cutoff);
  due.length > MAX_READS && warning(log["pending.too-many"]({ count: due.length, max: MAX_READS }));
  let pending = [];
  for (let file of due.slice(0, MAX_READS)) {
    let text = await readFile(ctx.octokit, ctx.repo, `${folder}/${file}`, branch);
    if (!text) continue;
    let record = JSON.parse(text);
    if (!isPending(record.pull_request.merged_at, ctx.now, hours)) continue;
    let people = /* @__PURE__ */ new Set();
    for (let d of record.documents) {
      let p = parseYamlSource(d.text, d.path).value?.people ?? {};
      for (let field of OUTCOME_PEOPLE)
        typeof p[field] == "string" && LOGIN.test(p[field].replace(/^@/, "")) && people.add(p[field].replace(/^@/, ""));
    }
    pending.push({
      file: `${folder}/${file}`,
      pr: record.pull_request.number,
      ids: record.documents.map((d) => d.id ?? d.path).join(", "),
      mergedAt: record.pull_request.merged_at,
      hours: Math.floor((ctx.now.getTime() - new Date(record.pull_request.merged_at).getTime()) / 36e5),
      people: [...people]
    });
  }
  for (let p of pending) await markPending(ctx, p, hours, config.language);
  return pending.length ? warning(
    log["pending.found"]({ count: pending.length, hours, prs: pending.map((p) => `PR #${p.pr}`).join(", ") })
  ) : logLine(log["pending.none"]({ hours })), await summarize(pending, hours), pending;
}
async function archiveFiles(ctx, folder, branch) {
  let { data } = await ctx.octokit.rest.git.getTree({ ...ctx.repo, tree_sha: branch, recursive: "true" });
  if (!data.truncated)
    return data.tree.filter((t) => t.type === "blob" && t.path?.startsWith(`${folder}/`)).map((t) => t.path.slice(folder.length + 1));
  let out = [];
  for (let year of (await listFolder(ctx.octokit, ctx.repo, folder, branch)).filter((n) => /^\d{4}$/.test(n)))
    for (let month of (await listFolder(ctx.octokit, ctx.repo, `${folder}/${year}`, branch)).filter(
      (n) => /^\d{2}$/.test(n)
    ))
      out.push(
        ...(await listFolder(ctx.octokit, ctx.repo, `${folder}/${year}/${month}`, branch)).map(
          (n) => `${year}/${month}/${n}`
        )
      );
  return out;
}
async function markPending(ctx, p, hours, language) {
  let comments = await ctx.octokit.paginate(ctx.octokit.rest.issues.listComments, {
    ...ctx.repo,
    issue_number: p.pr,
    per_page: 100
  }), sticky = await ownComment(ctx.octokit, comments, COMMENT_MARKER);
  if (!sticky?.body) return;
  let part = renderStickyOutcome({
    pending: messages(language)["outcome.pending"]({
      hours,
      merged: p.mergedAt,
      people: p.people.map((l) => `@${l}`).join(", ")
    })
  });
  sticky.body.includes(part) || sticky.body.includes(STICKY_OUTCOME_START) && !sticky.body.includes("Outcome pending") || await ctx.octokit.rest.issues.updateComment({
    ...ctx.repo,
    comment_id: sticky.id,
    body: withStickyOutcome(sticky.body, part)
  });
}
async function summarize(pending, hours) {
  if (!process.env.GITHUB_STEP_SUMMARY || pending.length === 0) return;
  let lines = [
    `### \u23F3 Upgrades without an outcome after ${hours} hours \xB7 \u8D85\u8FC7 ${hours} \u5C0F\u65F6\u672A\u786E\u8BA4\u5347\u7EA7\u7ED3\u679C`,
    "",
    "| PR | NO. \xB7 \u7F16\u53F7 | Merged \xB7 \u5408\u5E76\u65F6\u95F4 | Hours \xB7 \u5C0F\u65F6 | Who records \xB7 \u8BB0\u5F55\u4EBA | Record |",
    "| --- | --- | --- | --- | --- | --- |",
    ...pending.map(
      (p) => `| #${p.pr} | ${inert(p.ids)} | ${p.mergedAt} | ${p.hours} | ${p.people.map((l) => inert(l)).join(", ")} | \`${p.file}\` |`
    ),
    ""
  ];
  await summary.addRaw(lines.join(`
`), !0).write();
}
export {
  reportPendingOutcomes
};
