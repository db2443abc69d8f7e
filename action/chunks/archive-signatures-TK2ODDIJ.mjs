import { createRequire as __ugCreateRequire } from 'node:module';
const require = __ugCreateRequire(import.meta.url);
import "./chunk-LJA4MUHO.mjs";
import {
  currentStatus,
  publishStatus
} from "./chunk-7HSA7SXW.mjs";
import "./chunk-U5Y3DHM2.mjs";
import "./chunk-Y4HLE75Q.mjs";
import {
  loadPolicyConfig
} from "./chunk-L3N46SKV.mjs";
import "./chunk-LR5U2JHW.mjs";
import "./chunk-2H6L6NG4.mjs";
import {
  GateError,
  apiList,
  defaultBranch,
  describeApiError,
  error,
  logMessages,
  once,
  readFile,
  summary,
  warning
} from "./chunk-QPKTFHVX.mjs";
import "./chunk-F7L6RK3S.mjs";
import {
  archiveMessages,
  archiveProblem,
  localizeProblem
} from "./chunk-NAASATKX.mjs";
import "./chunk-6PE6XYGR.mjs";
import "./chunk-MV6RXFAG.mjs";
import "./chunk-LM64RRIG.mjs";
import "./chunk-Y25UFXLR.mjs";

// src/archive/history.ts
var noreply = (login) => new RegExp(`^(\\d+\\+)?${login.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}@users\\.noreply\\.github\\.com$`);
function isWriterCommit(c, writer) {
  let own = (p) => p.name === writer && noreply(writer).test(p.email), github = c.committer.name === "GitHub" && c.committer.email === "noreply@github.com";
  return own(c.author) && (github || own(c.committer)) && c.parents.length <= 1;
}

// src/archive/signatures.ts
function checkSignatures(commits, writer) {
  let problems = [];
  for (let c of commits) {
    let short = c.sha.slice(0, 12), who = c.login ?? `${c.author.name} <${c.author.email}>`;
    c.verified ? (!isWriterCommit({ ...c, changes: [] }, writer) || c.login !== void 0 && c.login !== writer) && problems.push(archiveProblem(`commit ${short}`, "github.writer", { commit: short, author: who, writer })) : problems.push(archiveProblem(`commit ${short}`, "github.unverified", { commit: short, reason: c.reason, author: who }));
  }
  return problems;
}

// src/github/archive-signatures.ts
var MAX_PAGES = 100;
async function archiveCommits(octokit, repo, branch, folder) {
  let out = [], pages = 0;
  for await (let page of octokit.paginate.iterator(octokit.rest.repos.listCommits, {
    ...repo,
    sha: branch,
    path: folder,
    per_page: 100
  })) {
    apiList(octokit, page.data, `GET /repos/${repo.owner}/${repo.repo}/commits?sha=${branch}`, {
      sha: "string",
      parents: "array",
      commit: "object"
    });
    for (let c of page.data)
      out.push({
        sha: c.sha,
        parents: c.parents.map((p) => p.sha),
        author: { name: c.commit.author?.name ?? "", email: c.commit.author?.email ?? "" },
        committer: { name: c.commit.committer?.name ?? "", email: c.commit.committer?.email ?? "" },
        login: c.author && "login" in c.author ? c.author.login : void 0,
        verified: c.commit.verification?.verified === !0,
        reason: c.commit.verification?.reason ?? "no verification"
      });
    if (++pages >= MAX_PAGES)
      throw new GateError((t) => t["archive.too-many-commits"]({ max: MAX_PAGES * 100, folder, branch }));
  }
  return out;
}
async function verifyArchiveOnline(octokit, repo, opts) {
  let base = opts.branch ?? await defaultBranch(octokit, repo), { config } = loadPolicyConfig(
    await once(`file:${base}:${opts.configPath}`, () => readFile(octokit, repo, opts.configPath, base)),
    opts.configPath
  ), branch = config.archive.branch ?? base, folder = config.archive.folder.replace(/\/+$/, ""), writer = opts.writer ?? config.archive.writer, commits = await archiveCommits(octokit, repo, branch, folder);
  return {
    branch,
    folder,
    writer,
    commits: commits.length,
    problems: checkSignatures(commits, writer),
    language: opts.language ?? config.language,
    base,
    statusContext: config["status-context"]
  };
}
function onlineLines(v) {
  let t = archiveMessages(v.language), lines = v.problems.map((p) => {
    let l = localizeProblem(p, v.language);
    return `${l.file}: error ${l.id} ${l.message}`;
  });
  return lines.push(
    v.problems.length ? t["github.tampered"]({ count: v.problems.length, branch: v.branch, folder: v.folder }) : t["github.intact"]({ count: v.commits, branch: v.branch, folder: v.folder, writer: v.writer })
  ), lines;
}
var escape = (s) => s.replace(/[\\`*_[\]<>|#!~]/g, (c) => `\\${c}`).replace(/[\r\n]+/g, " ");
async function reportArchiveSignatures(ctx, payload) {
  let branch = payload.repository?.default_branch, v, state, description, section, base = branch, context = "upgrade-gate/archive", log = logMessages(ctx.language ?? ctx.policyLanguage);
  try {
    v = await verifyArchiveOnline(ctx.octokit, ctx.repo, {
      branch,
      configPath: ctx.configPath,
      language: ctx.language
    }), base = v.base, context = `${v.statusContext}/archive`, log = logMessages(v.language);
    let lines = onlineLines(v);
    state = v.problems.length ? "failure" : "success", description = v.problems.length ? log["archive.tampered-status"]({ first: lines[0] }) : lines[lines.length - 1], section = `## ${archiveMessages(v.language)[v.problems.length ? "github.tampered" : "github.intact"]({ count: v.problems.length || v.commits, branch: v.branch, folder: v.folder, writer: v.writer })}

${v.problems.length ? lines.slice(0, -1).map((l) => `- \u274C ${escape(l)}`).join(`
`) : ""}
`, v.problems.length && error(log["archive.tampered-log"]({ lines: lines.slice(0, -1).join(" | ") }));
  } catch (err) {
    state = "error", description = log["archive.not-verified"]({ error: describeApiError(err, ctx.language ?? ctx.policyLanguage) }), section = `## upgrade-gate verify

\u274C ${escape(description)}
`, warning(`upgrade-gate: ${description}`);
  }
  if (process.env.GITHUB_STEP_SUMMARY && await summary.addRaw(section, !0).write(), !base) return v;
  try {
    let { data } = await ctx.octokit.rest.git.getRef({ ...ctx.repo, ref: `heads/${base}` }), target = { repo: ctx.repo, sha: data.object.sha, context, runUrl: ctx.runUrl }, current = await currentStatus(ctx.octokit, target);
    (current?.state !== state || current.description !== description.slice(0, 140)) && await publishStatus(ctx.octokit, target, state, description);
  } catch (err) {
    warning(
      log["archive.status-not-set"]({
        context,
        branch: base,
        error: describeApiError(err, v?.language ?? ctx.language ?? ctx.policyLanguage)
      })
    );
  }
  return v;
}
export {
  archiveCommits,
  onlineLines,
  reportArchiveSignatures,
  verifyArchiveOnline
};
