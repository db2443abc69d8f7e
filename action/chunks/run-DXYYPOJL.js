import { createRequire as __ugCreateRequire } from 'node:module';
const require = __ugCreateRequire(import.meta.url);
import {
  createOctokit
} from "./chunk-IJJHNVFX.js";
import "./chunk-4W4GDD7D.js";
import {
  startReads
} from "./chunk-CNN7AFRD.js";
import "./chunk-KQLTEOVY.js";
import {
  LANGUAGES,
  messages,
  parseLanguage
} from "./chunk-IBKBBEBV.js";
import {
  getInput,
  info,
  setFailed,
  setOutput,
  warning
} from "./chunk-WK2HLJSS.js";
import {
  describeApiError
} from "./chunk-32Q6LJBT.js";
import "./chunk-UGWU7J7H.js";
import "./chunk-4V7XTYWN.js";

// src/github/run.ts
import { readFileSync } from "node:fs";
var handlers = () => import("./handlers-FCMJVOJF.js"), PR_ACTIONS = /* @__PURE__ */ new Set(["opened", "synchronize", "reopened", "edited", "labeled", "unlabeled", "ready_for_review", "submitted", "dismissed", "closed"]), EVENT_HANDLERS = /* @__PURE__ */ new Map([
  ["pull_request", onPullRequest],
  ["pull_request_target", onPullRequest],
  ["pull_request_review", onPullRequest],
  ["merge_group", onMergeGroup],
  ["schedule", onSchedule],
  ["workflow_dispatch", onSchedule],
  ["issue_comment", onIssueComment]
]);
async function run() {
  let log = { calls: [] }, now = /* @__PURE__ */ new Date(), language;
  try {
    let inputs = readInputs();
    language = readLanguage();
    let env = readEnvironment(), ctx = { octokit: await createOctokit(inputs.token, log), repo: { owner: env.owner, repo: env.repo }, configPath: inputs.configPath, inputContext: inputs.inputContext, now, runUrl: env.runUrl, log, language }, handler = EVENT_HANDLERS.get(env.eventName);
    if (!handler) {
      warning(`upgrade-gate: the ${env.eventName || "unknown"} event is not one upgrade-gate handles; add pull_request_target, pull_request_review, merge_group, schedule and issue_comment to the workflow's on: list`);
      return;
    }
    await finish(ctx, await handler(ctx, env.payload, env.eventName), inputs.failOn);
  } catch (err) {
    setFailed(messages(language)["job.could-not-finish"]({ error: describeApiError(err) }));
  } finally {
    info(`upgrade-gate: ${log.calls.length} REST call${log.calls.length === 1 ? "" : "s"} (${log.calls.map((c) => `${c.method} ${c.url.replace(/^https?:\/\/[^/]+/, "")} ${c.status ?? "failed"}`).join(", ")})`);
  }
}
function readInputs() {
  let token = getInput("github-token", { required: !0 }), configPath = getInput("config") || ".github/upgrade-gate.yml", inputContext = getInput("status-context") || "upgrade-gate", failOn = getInput("fail-on") || "error";
  if (failOn !== "error" && failOn !== "warning" && failOn !== "never") throw new Error(`input fail-on must be error, warning or never, not "${failOn}"`);
  return { token, configPath, inputContext, failOn };
}
function readLanguage() {
  let languageInput = getInput("language"), language = languageInput ? parseLanguage(languageInput) : void 0;
  if (languageInput && !language) throw new Error(`input language must be ${LANGUAGES.join(" or ")}, not "${languageInput}"`);
  return language;
}
function readEnvironment() {
  let eventName = process.env.GITHUB_EVENT_NAME ?? "", eventPath = process.env.GITHUB_EVENT_PATH, repository = process.env.GITHUB_REPOSITORY ?? "", [owner, repo] = repository.split("/");
  if (!owner || !repo) throw new Error("GITHUB_REPOSITORY is not set to owner/name: run upgrade-gate as a GitHub Actions step");
  if (!eventPath) throw new Error("GITHUB_EVENT_PATH is not set: run upgrade-gate as a GitHub Actions step");
  let payload = JSON.parse(readFileSync(eventPath, "utf8")), server = process.env.GITHUB_SERVER_URL ?? "https://github.com", runUrl = process.env.GITHUB_RUN_ID ? `${server}/${repository}/actions/runs/${process.env.GITHUB_RUN_ID}` : void 0;
  return { eventName, payload, owner, repo, runUrl };
}
async function finish(ctx, verdicts, failOn) {
  let last = verdicts[verdicts.length - 1];
  last && (await handlers()).setOutputs(last, ctx.archivePath);
  let failing = verdicts.filter((v) => v.outcome !== "pass" || failOn === "warning" && v.findings.some((f) => f.severity === "warning"));
  failOn !== "never" && failing.length > 0 && setFailed(messages(failing[0].language)["job.failed"]({ summary: failing.map((v) => v.summary).join(" | ") }));
}
async function onPullRequest(ctx, payload, eventName) {
  let action = String(payload.action ?? ""), pr = payload.pull_request;
  if (!pr) throw new Error(`the ${eventName} event carries no pull_request`);
  return PR_ACTIONS.has(action) || info(`upgrade-gate: ${eventName}.${action} changes nothing the policy reads; evaluating anyway`), action === "closed" && !pr.merged ? (info(`upgrade-gate: PR #${pr.number} was closed without merging: nothing to check or archive`), []) : (startReads(ctx.octokit, ctx.repo, pr, ctx.configPath), [await (await handlers()).evaluatePullRequest(ctx, pr, action === "closed" ? "merged" : "open")]);
}
async function onMergeGroup(ctx, payload) {
  return (await handlers()).evaluateMergeGroup(ctx, payload);
}
async function onSchedule(ctx, payload) {
  let { reevaluateOpenPullRequests, backfillArchive } = await handlers(), [open, backfill] = await Promise.allSettled([reevaluateOpenPullRequests(ctx), backfillArchive(ctx)]), { reportPendingOutcomes } = await import("./outcome-pending-L7HCQQXC.js"), pending = await reportPendingOutcomes(ctx, payload).then(() => {
  }, (err) => err);
  await (await import("./setup-summary-OZ5BZ5MZ.js")).summarizeSetup(ctx, payload), await (await import("./archive-signatures-2S2KXDA7.js")).reportArchiveSignatures(ctx, payload);
  for (let r of [open, backfill]) if (r.status === "rejected") throw r.reason;
  if (pending) throw pending;
  return open.status === "fulfilled" ? open.value : [];
}
async function onIssueComment(ctx, payload) {
  let { handleIssueComment } = await import("./outcome-5EQ4CEMS.js");
  return setOutput("outcome", await handleIssueComment(ctx, payload)), [];
}
export {
  run
};
