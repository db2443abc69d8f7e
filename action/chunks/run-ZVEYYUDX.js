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
} from "./chunk-C5QQL3EZ.js";
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
var handlers = () => import("./handlers-GH5HLJLN.js"), PR_EVENTS = /* @__PURE__ */ new Set(["pull_request", "pull_request_target", "pull_request_review"]), PR_ACTIONS = /* @__PURE__ */ new Set(["opened", "synchronize", "reopened", "edited", "labeled", "unlabeled", "ready_for_review", "submitted", "dismissed", "closed"]);
async function run() {
  let log = { calls: [] }, now = /* @__PURE__ */ new Date(), language;
  try {
    let token = getInput("github-token", { required: !0 }), configPath = getInput("config") || ".github/upgrade-gate.yml", inputContext = getInput("status-context") || "upgrade-gate", failOn = getInput("fail-on") || "error";
    if (!["error", "warning", "never"].includes(failOn)) throw new Error(`input fail-on must be error, warning or never, not "${failOn}"`);
    let languageInput = getInput("language");
    if (language = languageInput ? parseLanguage(languageInput) : void 0, languageInput && !language) throw new Error(`input language must be ${LANGUAGES.join(" or ")}, not "${languageInput}"`);
    let eventName = process.env.GITHUB_EVENT_NAME ?? "", eventPath = process.env.GITHUB_EVENT_PATH, repository = process.env.GITHUB_REPOSITORY ?? "", [owner, repoName] = repository.split("/");
    if (!owner || !repoName) throw new Error("GITHUB_REPOSITORY is not set to owner/name: run upgrade-gate as a GitHub Actions step");
    if (!eventPath) throw new Error("GITHUB_EVENT_PATH is not set: run upgrade-gate as a GitHub Actions step");
    let payload = JSON.parse(readFileSync(eventPath, "utf8")), server = process.env.GITHUB_SERVER_URL ?? "https://github.com", runUrl = process.env.GITHUB_RUN_ID ? `${server}/${repository}/actions/runs/${process.env.GITHUB_RUN_ID}` : void 0, ctx = { octokit: await createOctokit(token, log), repo: { owner, repo: repoName }, configPath, inputContext, now, runUrl, log, language };
    if (eventName === "issue_comment") {
      let { handleIssueComment } = await import("./outcome-CKL7HNY3.js");
      setOutput("outcome", await handleIssueComment(ctx, payload));
      return;
    }
    let verdicts = [];
    if (PR_EVENTS.has(eventName)) {
      let action = String(payload.action ?? ""), pr = payload.pull_request;
      if (!pr) throw new Error(`the ${eventName} event carries no pull_request`);
      if (PR_ACTIONS.has(action) || info(`upgrade-gate: ${eventName}.${action} changes nothing the policy reads; evaluating anyway`), action === "closed" && !pr.merged) {
        info(`upgrade-gate: PR #${pr.number} was closed without merging: nothing to check or archive`);
        return;
      }
      startReads(ctx.octokit, ctx.repo, pr, configPath), verdicts.push(await (await handlers()).evaluatePullRequest(ctx, pr, action === "closed" ? "merged" : "open"));
    } else if (eventName === "merge_group")
      verdicts.push(...await (await handlers()).evaluateMergeGroup(ctx, payload));
    else if (eventName === "schedule" || eventName === "workflow_dispatch") {
      let { reevaluateOpenPullRequests, backfillArchive } = await handlers(), [open, backfill] = await Promise.allSettled([reevaluateOpenPullRequests(ctx), backfillArchive(ctx)]);
      open.status === "fulfilled" && verdicts.push(...open.value);
      let { reportPendingOutcomes } = await import("./outcome-pending-23YU6DTU.js"), pending = await reportPendingOutcomes(ctx, payload).then(() => {
      }, (err) => err);
      await (await import("./setup-summary-J45CF4ZE.js")).summarizeSetup(ctx, payload), await (await import("./archive-signatures-SQRWN4NU.js")).reportArchiveSignatures(ctx, payload);
      for (let r of [open, backfill]) if (r.status === "rejected") throw r.reason;
      if (pending) throw pending;
    } else {
      warning(`upgrade-gate: the ${eventName || "unknown"} event is not one upgrade-gate handles; add pull_request_target, pull_request_review, merge_group, schedule and issue_comment to the workflow's on: list`);
      return;
    }
    let last = verdicts[verdicts.length - 1];
    last && (await handlers()).setOutputs(last, ctx.archivePath);
    let failing = verdicts.filter((v) => v.outcome !== "pass" || failOn === "warning" && v.findings.some((f) => f.severity === "warning"));
    failOn !== "never" && failing.length > 0 && setFailed(messages(failing[0].language)["job.failed"]({ summary: failing.map((v) => v.summary).join(" | ") }));
  } catch (err) {
    setFailed(messages(language)["job.could-not-finish"]({ error: describeApiError(err) }));
  } finally {
    info(`upgrade-gate: ${log.calls.length} REST call${log.calls.length === 1 ? "" : "s"} (${log.calls.map((c) => `${c.method} ${c.url.replace(/^https?:\/\/[^/]+/, "")} ${c.status ?? "failed"}`).join(", ")})`);
  }
}
export {
  run
};
