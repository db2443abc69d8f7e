import { createRequire as __ugCreateRequire } from 'node:module';
const require = __ugCreateRequire(import.meta.url);
import {
  logLine,
  startReads
} from "./chunk-U5Y3DHM2.mjs";
import {
  GateError,
  LANGUAGES,
  createOctokit,
  describeApiError,
  getInput,
  logMessages,
  messages,
  parseLanguage,
  setFailed,
  setOutput,
  warning
} from "./chunk-QPKTFHVX.mjs";
import "./chunk-F7L6RK3S.mjs";
import "./chunk-Y25UFXLR.mjs";

// src/github/run.ts
import { readFileSync } from "node:fs";
var handlers = () => import("./handlers-PNWRIVXN.mjs"), PR_ACTIONS = /* @__PURE__ */ new Set([
  "opened",
  "synchronize",
  "reopened",
  "edited",
  "labeled",
  "unlabeled",
  "ready_for_review",
  "submitted",
  "dismissed",
  "closed"
]), EVENT_HANDLERS = /* @__PURE__ */ new Map([
  ["pull_request", onPullRequest],
  ["pull_request_target", onPullRequest],
  ["pull_request_review", onPullRequest],
  ["merge_group", onMergeGroup],
  ["schedule", onSchedule],
  ["workflow_dispatch", onSchedule],
  ["issue_comment", onIssueComment]
]);
async function run() {
  let log = { calls: [] }, now = /* @__PURE__ */ new Date(), language, ctx, spoken = () => ctx?.language ?? ctx?.policyLanguage ?? language;
  try {
    language = readLanguage();
    let inputs = readInputs(), env = readEnvironment();
    ctx = {
      octokit: await createOctokit(inputs.token, log, spoken),
      repo: { owner: env.owner, repo: env.repo },
      configPath: inputs.configPath,
      inputContext: inputs.inputContext,
      now,
      runUrl: env.runUrl,
      log,
      language
    };
    let handler = EVENT_HANDLERS.get(env.eventName);
    if (!handler) {
      warning(logMessages(spoken())["event.unhandled"]({ event: env.eventName }));
      return;
    }
    await finish(ctx, await handler(ctx, env.payload, env.eventName), inputs.failOn);
  } catch (err) {
    setFailed(messages(spoken())["job.could-not-finish"]({ error: describeApiError(err, spoken()) }));
  } finally {
    let list = log.calls.map((c) => `${c.method} ${c.url.replace(/^https?:\/\/[^/]+/, "")} ${c.status ?? "\u2013"}`).join(", ");
    logLine(logMessages(spoken()).calls({ count: log.calls.length, list }));
  }
}
function readInputs() {
  let token = getInput("github-token", { required: !0 }), configPath = getInput("config") || ".github/upgrade-gate.yml", inputContext = getInput("status-context") || "upgrade-gate", failOn = getInput("fail-on") || "error";
  if (failOn !== "error" && failOn !== "warning" && failOn !== "never")
    throw new GateError((t) => t["input.fail-on"]({ value: failOn }));
  return { token, configPath, inputContext, failOn };
}
function readLanguage() {
  let languageInput = getInput("language"), language = languageInput ? parseLanguage(languageInput) : void 0;
  if (languageInput && !language)
    throw new GateError((t) => t["input.language"]({ value: languageInput, allowed: LANGUAGES }));
  return language;
}
function readEnvironment() {
  let eventName = process.env.GITHUB_EVENT_NAME ?? "", eventPath = process.env.GITHUB_EVENT_PATH, repository = process.env.GITHUB_REPOSITORY ?? "", [owner, repo] = repository.split("/");
  if (!owner || !repo) throw new GateError((t) => t["env.repository"]());
  if (!eventPath) throw new GateError((t) => t["env.event-path"]());
  let payload = JSON.parse(readFileSync(eventPath, "utf8")), server = process.env.GITHUB_SERVER_URL ?? "https://github.com", runUrl = process.env.GITHUB_RUN_ID ? `${server}/${repository}/actions/runs/${process.env.GITHUB_RUN_ID}` : void 0;
  return { eventName, payload, owner, repo, runUrl };
}
async function finish(ctx, verdicts, failOn) {
  let last = verdicts[verdicts.length - 1];
  last && (await handlers()).setOutputs(last, ctx.archivePath);
  let failing = verdicts.filter(
    (v) => v.outcome !== "pass" || failOn === "warning" && v.findings.some((f) => f.severity === "warning")
  );
  failOn !== "never" && failing.length > 0 && setFailed(
    messages(failing[0].language)["job.failed"]({ summary: failing.map((v) => v.summary).join(" | ") })
  );
}
async function onPullRequest(ctx, payload, eventName) {
  let action = String(payload.action ?? ""), pr = payload.pull_request;
  if (!pr) throw new GateError((t) => t["event.no-pull-request"]({ event: eventName }));
  let log = logMessages(ctx.language);
  return PR_ACTIONS.has(action) || logLine(log["event.other-action"]({ event: eventName, action })), action === "closed" && !pr.merged ? (logLine(log["event.closed-unmerged"]({ pr: pr.number })), []) : (startReads(ctx.octokit, ctx.repo, pr, ctx.configPath), [await (await handlers()).evaluatePullRequest(ctx, pr, action === "closed" ? "merged" : "open")]);
}
async function onMergeGroup(ctx, payload) {
  return (await handlers()).evaluateMergeGroup(ctx, payload);
}
async function onSchedule(ctx, payload) {
  let { reevaluateOpenPullRequests, backfillArchive } = await handlers(), [open, backfill] = await Promise.allSettled([reevaluateOpenPullRequests(ctx), backfillArchive(ctx)]), { reportPendingOutcomes } = await import("./outcome-pending-RCAXB5LD.mjs"), pending = await reportPendingOutcomes(ctx, payload).then(
    () => {
    },
    (err) => err
  );
  await (await import("./setup-summary-U7PCJDRQ.mjs")).summarizeSetup(ctx, payload), await (await import("./archive-signatures-TK2ODDIJ.mjs")).reportArchiveSignatures(ctx, payload);
  for (let r of [open, backfill]) if (r.status === "rejected") throw r.reason;
  if (pending) throw pending;
  return open.status === "fulfilled" ? open.value : [];
}
async function onIssueComment(ctx, payload) {
  let { handleIssueComment } = await import("./outcome-JMLI6CQM.mjs");
  return setOutput("outcome", await handleIssueComment(ctx, payload)), [];
}
export {
  run
};
