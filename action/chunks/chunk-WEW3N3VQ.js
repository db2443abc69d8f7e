import { createRequire as __ugCreateRequire } from 'node:module';
const require = __ugCreateRequire(import.meta.url);
import {
  COMMENT_MARKER,
  renderMarkdown
} from "./chunk-BULIYUWY.js";
import {
  commentsOf
} from "./chunk-XWNMUSCH.js";
import {
  error,
  info,
  notice,
  setOutput,
  summary,
  warning
} from "./chunk-WK2HLJSS.js";
import {
  stickyOutcomeOf,
  withStickyOutcome
} from "./chunk-UYMDZKTY.js";
import {
  normalizeLogin
} from "./chunk-6XT5Q5FX.js";
import {
  logMessages
} from "./chunk-YYGYZQWV.js";

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
    info(logMessages(verdict.language)["summary.no-file"]());
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
  publishStatus,
  ownComment,
  currentStatus,
  publishComment,
  publishRunReport,
  setOutputs
};
