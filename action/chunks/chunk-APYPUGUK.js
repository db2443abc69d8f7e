import { createRequire as __ugCreateRequire } from 'node:module';
const require = __ugCreateRequire(import.meta.url);
import {
  RequestError
} from "./chunk-UGWU7J7H.js";

// src/messages/log-catalog.ts
var plural = (n, one, many = `${one}s`) => n === 1 ? one : many, en = {
  "input.fail-on": (p) => `input fail-on must be error, warning or never, not "${p.value}"`,
  "input.language": (p) => `input language must be ${p.allowed.join(" or ")}, not "${p.value}"`,
  "env.repository": () => "GITHUB_REPOSITORY is not set to owner/name: run upgrade-gate as a GitHub Actions step",
  "env.event-path": () => "GITHUB_EVENT_PATH is not set: run upgrade-gate as a GitHub Actions step",
  "event.no-pull-request": (p) => `the ${p.event} event carries no pull_request`,
  "event.other-action": (p) => `upgrade-gate: ${p.event}.${p.action} changes nothing the policy reads; evaluating anyway`,
  "event.closed-unmerged": (p) => `upgrade-gate: PR #${p.pr} was closed without merging: nothing to check or archive`,
  "event.unhandled": (p) => `upgrade-gate: the ${p.event || "unknown"} event is not one upgrade-gate handles; add pull_request_target, pull_request_review, merge_group, schedule and issue_comment to the workflow's on: list`,
  calls: (p) => `upgrade-gate: ${p.count} REST ${plural(p.count, "call")} (${p.list})`,
  "api.failed": (p) => `${p.method} ${p.url} answered HTTP ${p.status} (after retries): ${p.message}`,
  "api.rate-limit": (p) => `GitHub rate limit hit on ${p.method} ${p.url}; retrying after ${p.after}s (attempt ${p.attempt})`,
  "api.secondary-rate-limit": (p) => `GitHub secondary rate limit on ${p.method} ${p.url}; retrying after ${p.after}s (attempt ${p.attempt})`,
  "status.error-not-set": (p) => `upgrade-gate could not set the error status either: ${p.error}`,
  "status.error-not-set-pr": (p) => `upgrade-gate could not set the error status on PR #${p.pr} either: ${p.error}`,
  "status.forbidden": (p) => `upgrade-gate could not set the commit status (${p.error}): a read-only token (fork PRs under pull_request) cannot; use pull_request_target so the check can be required`,
  "comment.done": (p) => `upgrade-gate: PR comment ${{ created: "created", updated: "updated", unchanged: "unchanged", skipped: "not written (no upgrade document)" }[p.what] ?? p.what}`,
  "comment.forbidden": (p) => `upgrade-gate could not write the PR comment (${p.error}): the token lacks pull-requests: write; the job summary has the same report`,
  "summary.no-file": () => "upgrade-gate: GITHUB_STEP_SUMMARY is not set; no job summary written",
  "archive.written": (p) => `upgrade-gate: archive written: ${p.path} (attempt ${p.attempts})`,
  "archive.exists": (p) => `upgrade-gate: archive already holds ${p.path}: nothing written`,
  "archive.backfilled": (p) => `upgrade-gate: PR #${p.pr} had no archive record; backfilled ${p.path}`,
  "archive.race": (p) => `the archive commit lost the race with other merges ${p.attempts} times: re-run this job or the scheduled backfill`,
  "archive.unreadable-json": (p) => `${p.file} in the archive is not readable JSON (${p.detail}): restore it from the archive branch's history`,
  "archive.too-many-commits": (p) => `more than ${p.max} commits changed ${p.folder}/ on ${p.branch}: check the history in a clone with upgrade-gate verify`,
  "archive.tampered-status": (p) => `Archive tampered: ${p.first}`,
  "archive.tampered-log": (p) => `upgrade-gate: the archive was changed outside the Action: ${p.lines}`,
  "archive.not-verified": (p) => `Could not verify the archive: ${p.error}`,
  "archive.status-not-set": (p) => `upgrade-gate could not set the ${p.context} status on ${p.branch}: ${p.error}`,
  "branch.refused": (p) => `the branch ${p.branch} refused the ${p.what} commit (HTTP ${p.status}: ${p.message}): run upgrade-gate with a GitHub App token and add that App to the bypass list of the ruleset that protects ${p.branch} (GitHub refuses GitHub Actions there), or set archive.branch to a branch the token may push to; upgrade-gate doctor names what blocks it`,
  "evidence.blob-mismatch": (p) => `GitHub's blob id of ${p.path} at ${p.commit} does not match its bytes: not archiving an unpinned file`,
  "merge-group.no-head": () => "upgrade-gate: the merge_group event has no head_sha or head_ref; nothing to evaluate",
  "merge-group.no-pr": (p) => `No pull request number in merge group ref ${p.ref}`,
  "merge-group.verdict": (p) => `upgrade-gate: merge group, PR #${p.pr}: ${p.outcome}: ${p.summary}`,
  "reevaluate.unchanged": (p) => `upgrade-gate: PR #${p.pr} unchanged (${p.state})`,
  "reevaluate.changed": (p) => `upgrade-gate: PR #${p.pr} now ${p.state}: ${p.summary}`,
  "reevaluate.failed": (p) => `re-evaluation failed for ${p.list}`,
  "outcome.not-command": () => "upgrade-gate: the comment is not an /upgrade-result command: nothing to do",
  "outcome.on-issue": (p) => `upgrade-gate: #${p.number} is an issue, not a pull request: outcomes are recorded on merged upgrade pull requests`,
  "outcome.config-invalid": (p) => `the configuration ${p.path} on ${p.branch} is not valid (${p.problems}): no outcome can be recorded until it is fixed`,
  "outcome.refused": (p) => `upgrade-gate: @${p.login} may not record the outcome of PR #${p.pr}; nothing recorded`,
  "outcome.invalid": (p) => `upgrade-gate: the /upgrade-result command on PR #${p.pr} has ${p.count} ${plural(p.count, "problem")}; the reply on the PR names them`,
  "outcome.duplicate": (p) => `upgrade-gate: this comment is already recorded as ${p.path}: nothing written`,
  "outcome.recorded": (p) => `upgrade-gate: outcome ${p.outcome} of PR #${p.pr} recorded by @${p.login}: ${p.path} (attempt ${p.attempts})`,
  "outcome.no-archive": (p) => `the archive on ${p.branch} has no ${p.missing}: the outcome cannot be chained to its upgrade record`,
  "outcome.race": (p) => `the outcome commit lost the race with other archive writes ${p.attempts} times: re-run this job`,
  "pending.no-branch": () => "upgrade-gate: the event names no default branch (repository.default_branch, GITHUB_REF_NAME): pending outcomes are not checked in this run",
  "pending.config-invalid": (p) => `the configuration ${p.path} on ${p.branch} is not valid: pending outcomes cannot be checked`,
  "pending.too-many": (p) => `upgrade-gate: ${p.count} archived upgrades have no outcome; this run reads the newest ${p.max}`,
  "pending.found": (p) => `upgrade-gate: ${p.count} merged ${plural(p.count, "upgrade")} without an outcome after ${p.hours} hours: ${p.prs}`,
  "pending.none": (p) => `upgrade-gate: every merged upgrade older than ${p.hours} hours has an outcome`,
  "doctor.finding": (p) => `upgrade-gate doctor: ${p.id}: ${p.message}${p.fix ? ` \u2014 ${p.fix}` : ""}`,
  "doctor.unreadable": (p) => `upgrade-gate doctor could not read the setup: ${p.error}`
}, STATE = { success: "\u901A\u8FC7", failure: "\u4E0D\u901A\u8FC7", error: "\u51FA\u9519", pending: "\u8FDB\u884C\u4E2D", pass: "\u901A\u8FC7", fail: "\u4E0D\u901A\u8FC7" }, zhState = (s) => STATE[s] ?? s, zhCN = {
  "input.fail-on": (p) => `\u8F93\u5165\u53C2\u6570 fail-on \u53EA\u80FD\u662F error\u3001warning \u6216 never\uFF0C\u4E0D\u80FD\u662F "${p.value}"`,
  "input.language": (p) => `\u8F93\u5165\u53C2\u6570 language \u53EA\u80FD\u662F ${p.allowed.join(" \u6216 ")}\uFF0C\u4E0D\u80FD\u662F "${p.value}"`,
  "env.repository": () => "GITHUB_REPOSITORY \u6CA1\u6709\u8BBE\u7F6E\u4E3A owner/name\uFF1A\u8BF7\u5728 GitHub Actions \u7684\u6B65\u9AA4\u4E2D\u8FD0\u884C upgrade-gate",
  "env.event-path": () => "\u6CA1\u6709\u8BBE\u7F6E GITHUB_EVENT_PATH\uFF1A\u8BF7\u5728 GitHub Actions \u7684\u6B65\u9AA4\u4E2D\u8FD0\u884C upgrade-gate",
  "event.no-pull-request": (p) => `${p.event} \u4E8B\u4EF6\u4E2D\u6CA1\u6709 pull_request`,
  "event.other-action": (p) => `upgrade-gate\uFF1A${p.event}.${p.action} \u4E0D\u5F71\u54CD\u7B56\u7565\u68C0\u67E5\u7684\u5185\u5BB9\uFF0C\u4ECD\u7167\u5E38\u68C0\u67E5`,
  "event.closed-unmerged": (p) => `upgrade-gate\uFF1APR #${p.pr} \u672A\u5408\u5E76\u5C31\u5DF2\u5173\u95ED\uFF1A\u65E0\u9700\u68C0\u67E5\u6216\u5F52\u6863`,
  "event.unhandled": (p) => `upgrade-gate\uFF1Aupgrade-gate \u4E0D\u5904\u7406 ${p.event || "\u672A\u77E5"} \u4E8B\u4EF6\uFF1B\u8BF7\u5728\u5DE5\u4F5C\u6D41\u7684 on: \u4E2D\u52A0\u5165 pull_request_target\u3001pull_request_review\u3001merge_group\u3001schedule \u548C issue_comment`,
  calls: (p) => `upgrade-gate\uFF1A\u5171\u8C03\u7528 REST API ${p.count} \u6B21\uFF08${p.list}\uFF09`,
  "api.failed": (p) => `${p.method} ${p.url} \u8FD4\u56DE HTTP ${p.status}\uFF08\u5DF2\u91CD\u8BD5\uFF09\uFF1A${p.message}`,
  "api.rate-limit": (p) => `${p.method} ${p.url} \u89E6\u53D1 GitHub \u901F\u7387\u9650\u5236\uFF1B${p.after} \u79D2\u540E\u91CD\u8BD5\uFF08\u7B2C ${p.attempt} \u6B21\uFF09`,
  "api.secondary-rate-limit": (p) => `${p.method} ${p.url} \u89E6\u53D1 GitHub \u4E8C\u7EA7\u901F\u7387\u9650\u5236\uFF1B${p.after} \u79D2\u540E\u91CD\u8BD5\uFF08\u7B2C ${p.attempt} \u6B21\uFF09`,
  "status.error-not-set": (p) => `upgrade-gate \u4E5F\u672A\u80FD\u8BBE\u7F6E error \u72B6\u6001\uFF1A${p.error}`,
  "status.error-not-set-pr": (p) => `upgrade-gate \u4E5F\u672A\u80FD\u5728 PR #${p.pr} \u4E0A\u8BBE\u7F6E error \u72B6\u6001\uFF1A${p.error}`,
  "status.forbidden": (p) => `upgrade-gate \u65E0\u6CD5\u8BBE\u7F6E\u63D0\u4EA4\u72B6\u6001\uFF08${p.error}\uFF09\uFF1A\u53EA\u8BFB\u4EE4\u724C\uFF08pull_request \u4E8B\u4EF6\u4E0B\u6765\u81EA fork \u7684 PR\uFF09\u65E0\u6B64\u6743\u9650\uFF1B\u8BF7\u6539\u7528 pull_request_target\uFF0C\u624D\u80FD\u628A\u8BE5\u68C0\u67E5\u8BBE\u4E3A\u5FC5\u9700`,
  "comment.done": (p) => `upgrade-gate\uFF1APR \u8BC4\u8BBA${{ created: "\u5DF2\u521B\u5EFA", updated: "\u5DF2\u66F4\u65B0", unchanged: "\u65E0\u53D8\u5316", skipped: "\u672A\u5199\u5165\uFF08\u6CA1\u6709\u5347\u7EA7\u6587\u6863\uFF09" }[p.what] ?? ` ${p.what}`}`,
  "comment.forbidden": (p) => `upgrade-gate \u65E0\u6CD5\u5199\u5165 PR \u8BC4\u8BBA\uFF08${p.error}\uFF09\uFF1A\u4EE4\u724C\u7F3A\u5C11 pull-requests: write \u6743\u9650\uFF1B\u4F5C\u4E1A\u6458\u8981\u4E2D\u6709\u540C\u6837\u7684\u62A5\u544A`,
  "summary.no-file": () => "upgrade-gate\uFF1A\u6CA1\u6709\u8BBE\u7F6E GITHUB_STEP_SUMMARY\uFF0C\u672A\u5199\u5165\u4F5C\u4E1A\u6458\u8981",
  "archive.written": (p) => `upgrade-gate\uFF1A\u5DF2\u5199\u5165\u5347\u7EA7\u6863\u6848 ${p.path}\uFF08\u7B2C ${p.attempts} \u6B21\u5C1D\u8BD5\uFF09`,
  "archive.exists": (p) => `upgrade-gate\uFF1A\u5347\u7EA7\u6863\u6848\u4E2D\u5DF2\u6709 ${p.path}\uFF0C\u672A\u91CD\u590D\u5199\u5165`,
  "archive.backfilled": (p) => `upgrade-gate\uFF1APR #${p.pr} \u7F3A\u5C11\u5F52\u6863\u8BB0\u5F55\uFF0C\u5DF2\u8865\u5199 ${p.path}`,
  "archive.race": (p) => `\u5F52\u6863\u63D0\u4EA4\u4E0E\u5176\u4ED6\u5408\u5E76\u51B2\u7A81\uFF0C\u5DF2\u91CD\u8BD5 ${p.attempts} \u6B21\u4ECD\u672A\u6210\u529F\uFF1A\u8BF7\u91CD\u65B0\u8FD0\u884C\u6B64\u4F5C\u4E1A\uFF0C\u6216\u7B49\u5F85\u5B9A\u65F6\u8865\u5199`,
  "archive.unreadable-json": (p) => `\u5347\u7EA7\u6863\u6848\u4E2D\u7684 ${p.file} \u4E0D\u662F\u53EF\u8BFB\u7684 JSON\uFF08${p.detail}\uFF09\uFF1A\u8BF7\u4ECE\u6863\u6848\u5206\u652F\u7684\u5386\u53F2\u4E2D\u6062\u590D`,
  "archive.too-many-commits": (p) => `${p.branch} \u4E0A\u4FEE\u6539 ${p.folder}/ \u7684\u63D0\u4EA4\u8D85\u8FC7 ${p.max} \u4E2A\uFF1A\u8BF7\u5728\u514B\u9686\u4E2D\u7528 upgrade-gate verify \u68C0\u67E5\u5386\u53F2`,
  "archive.tampered-status": (p) => `\u5347\u7EA7\u6863\u6848\u88AB\u7BE1\u6539\uFF1A${p.first}`,
  "archive.tampered-log": (p) => `upgrade-gate\uFF1A\u5347\u7EA7\u6863\u6848\u5728 Action \u4E4B\u5916\u88AB\u4FEE\u6539\uFF1A${p.lines}`,
  "archive.not-verified": (p) => `\u65E0\u6CD5\u6821\u9A8C\u5347\u7EA7\u6863\u6848\uFF1A${p.error}`,
  "archive.status-not-set": (p) => `upgrade-gate \u65E0\u6CD5\u5728 ${p.branch} \u4E0A\u8BBE\u7F6E ${p.context} \u72B6\u6001\uFF1A${p.error}`,
  "branch.refused": (p) => `\u5206\u652F ${p.branch} \u62D2\u7EDD\u4E86${{ archive: "\u5F52\u6863", outcome: "\u5347\u7EA7\u7ED3\u679C" }[p.what] ?? ` ${p.what} `}\u63D0\u4EA4\uFF08HTTP ${p.status}\uFF1A${p.message}\uFF09\uFF1A\u8BF7\u7528 GitHub App \u4EE4\u724C\u8FD0\u884C upgrade-gate\uFF0C\u5E76\u628A\u8BE5 App \u52A0\u5165\u4FDD\u62A4 ${p.branch} \u7684\u89C4\u5219\u96C6\u7684\u7ED5\u8FC7\u5217\u8868\uFF08GitHub \u4E0D\u5141\u8BB8 GitHub Actions \u7ED5\u8FC7\uFF09\uFF0C\u6216\u628A archive.branch \u8BBE\u4E3A\u4EE4\u724C\u53EF\u4EE5\u63A8\u9001\u7684\u5206\u652F\uFF1Bupgrade-gate doctor \u4F1A\u6307\u51FA\u963B\u6B62\u63D0\u4EA4\u7684\u8BBE\u7F6E`,
  "evidence.blob-mismatch": (p) => `GitHub \u7ED9\u51FA\u7684 ${p.path} \u5728 ${p.commit} \u7684 blob \u7F16\u53F7\u4E0E\u5176\u5185\u5BB9\u4E0D\u7B26\uFF1A\u4E0D\u5F52\u6863\u672A\u56FA\u5B9A\u6307\u7EB9\u7684\u6587\u4EF6`,
  "merge-group.no-head": () => "upgrade-gate\uFF1Amerge_group \u4E8B\u4EF6\u4E2D\u6CA1\u6709 head_sha \u6216 head_ref\uFF0C\u65E0\u53EF\u68C0\u67E5\u7684\u5185\u5BB9",
  "merge-group.no-pr": (p) => `\u5408\u5E76\u961F\u5217\u7684\u5F15\u7528 ${p.ref} \u4E2D\u6CA1\u6709 PR \u7F16\u53F7`,
  "merge-group.verdict": (p) => `upgrade-gate\uFF1A\u5408\u5E76\u961F\u5217\u4E2D\u7684 PR #${p.pr} \u68C0\u67E5\u7ED3\u679C\u4E3A${zhState(p.outcome)}\uFF1A${p.summary}`,
  "reevaluate.unchanged": (p) => `upgrade-gate\uFF1APR #${p.pr} \u72B6\u6001\u672A\u53D8\uFF08${zhState(p.state)}\uFF09`,
  "reevaluate.changed": (p) => `upgrade-gate\uFF1APR #${p.pr} \u73B0\u4E3A${zhState(p.state)}\uFF1A${p.summary}`,
  "reevaluate.failed": (p) => `\u91CD\u65B0\u68C0\u67E5\u5931\u8D25\uFF1A${p.list}`,
  "outcome.not-command": () => "upgrade-gate\uFF1A\u8BE5\u8BC4\u8BBA\u4E0D\u662F /upgrade-result \u547D\u4EE4\uFF0C\u65E0\u9700\u5904\u7406",
  "outcome.on-issue": (p) => `upgrade-gate\uFF1A#${p.number} \u662F\u8BAE\u9898\u800C\u4E0D\u662F PR\uFF1A\u5347\u7EA7\u7ED3\u679C\u53EA\u5728\u5DF2\u5408\u5E76\u7684\u5347\u7EA7 PR \u4E0A\u8BB0\u5F55`,
  "outcome.config-invalid": (p) => `${p.branch} \u4E0A\u7684\u914D\u7F6E ${p.path} \u6709\u9519\u8BEF\uFF08${p.problems}\uFF09\uFF1A\u6539\u6B63\u4E4B\u524D\u65E0\u6CD5\u8BB0\u5F55\u5347\u7EA7\u7ED3\u679C`,
  "outcome.refused": (p) => `upgrade-gate\uFF1A@${p.login} \u65E0\u6743\u8BB0\u5F55 PR #${p.pr} \u7684\u5347\u7EA7\u7ED3\u679C\uFF0C\u672A\u8BB0\u5F55`,
  "outcome.invalid": (p) => `upgrade-gate\uFF1APR #${p.pr} \u4E0A\u7684 /upgrade-result \u547D\u4EE4\u6709 ${p.count} \u4E2A\u95EE\u9898\uFF0CPR \u4E0A\u7684\u56DE\u590D\u5DF2\u4E00\u4E00\u5217\u51FA`,
  "outcome.duplicate": (p) => `upgrade-gate\uFF1A\u8BE5\u8BC4\u8BBA\u5DF2\u8BB0\u5F55\u4E3A ${p.path}\uFF0C\u672A\u91CD\u590D\u5199\u5165`,
  "outcome.recorded": (p) => `upgrade-gate\uFF1APR #${p.pr} \u7684\u5347\u7EA7\u7ED3\u679C ${p.outcome} \u5DF2\u7531 @${p.login} \u8BB0\u5F55\uFF1A${p.path}\uFF08\u7B2C ${p.attempts} \u6B21\u5C1D\u8BD5\uFF09`,
  "outcome.no-archive": (p) => `${p.branch} \u4E0A\u7684\u5347\u7EA7\u6863\u6848\u4E2D\u6CA1\u6709 ${p.missing}\uFF1A\u5347\u7EA7\u7ED3\u679C\u65E0\u6CD5\u94FE\u63A5\u5230\u5BF9\u5E94\u7684\u5347\u7EA7\u8BB0\u5F55`,
  "outcome.race": (p) => `\u5347\u7EA7\u7ED3\u679C\u7684\u63D0\u4EA4\u4E0E\u5176\u4ED6\u5F52\u6863\u5199\u5165\u51B2\u7A81\uFF0C\u5DF2\u91CD\u8BD5 ${p.attempts} \u6B21\u4ECD\u672A\u6210\u529F\uFF1A\u8BF7\u91CD\u65B0\u8FD0\u884C\u6B64\u4F5C\u4E1A`,
  "pending.no-branch": () => "upgrade-gate\uFF1A\u4E8B\u4EF6\u4E2D\u6CA1\u6709\u9ED8\u8BA4\u5206\u652F\uFF08repository.default_branch\u3001GITHUB_REF_NAME\uFF09\uFF1A\u672C\u6B21\u8FD0\u884C\u4E0D\u68C0\u67E5\u5F85\u8BB0\u5F55\u7684\u5347\u7EA7\u7ED3\u679C",
  "pending.config-invalid": (p) => `${p.branch} \u4E0A\u7684\u914D\u7F6E ${p.path} \u6709\u9519\u8BEF\uFF1A\u65E0\u6CD5\u68C0\u67E5\u5F85\u8BB0\u5F55\u7684\u5347\u7EA7\u7ED3\u679C`,
  "pending.too-many": (p) => `upgrade-gate\uFF1A\u6709 ${p.count} \u4E2A\u5DF2\u5F52\u6863\u7684\u5347\u7EA7\u6CA1\u6709\u5347\u7EA7\u7ED3\u679C\uFF1B\u672C\u6B21\u8FD0\u884C\u53EA\u8BFB\u53D6\u6700\u65B0\u7684 ${p.max} \u4E2A`,
  "pending.found": (p) => `upgrade-gate\uFF1A\u6709 ${p.count} \u4E2A\u5DF2\u5408\u5E76\u7684\u5347\u7EA7\u8D85\u8FC7 ${p.hours} \u5C0F\u65F6\u4ECD\u672A\u8BB0\u5F55\u5347\u7EA7\u7ED3\u679C\uFF1A${p.prs}`,
  "pending.none": (p) => `upgrade-gate\uFF1A\u5408\u5E76\u8D85\u8FC7 ${p.hours} \u5C0F\u65F6\u7684\u5347\u7EA7\u90FD\u5DF2\u8BB0\u5F55\u5347\u7EA7\u7ED3\u679C`,
  "doctor.finding": (p) => `upgrade-gate doctor \u68C0\u67E5\u9879 ${p.id}\uFF1A${p.message}${p.fix ? `\uFF1B\u5904\u7406\u529E\u6CD5\uFF1A${p.fix}` : ""}`,
  "doctor.unreadable": (p) => `upgrade-gate doctor \u65E0\u6CD5\u8BFB\u53D6\u4ED3\u5E93\u8BBE\u7F6E\uFF1A${p.error}`
}, CATALOGS = { en, "zh-CN": zhCN };
function logMessages(language = "en") {
  return CATALOGS[language];
}

// src/github/api-error.ts
var GateError = class extends Error {
  constructor(say) {
    super(say(logMessages("en")));
    this.say = say;
    this.name = "GateError";
  }
  say;
};
function apiStatus(err) {
  return err instanceof RequestError ? err.status : void 0;
}
function answered(err, ...statuses) {
  let status = apiStatus(err);
  return status !== void 0 && statuses.includes(status);
}
function describeApiError(err, language) {
  let t = logMessages(language);
  if (err instanceof RequestError) {
    let url = err.request.url.replace(/^https?:\/\/[^/]+/, "").replace(/\?.*$/, "");
    return t["api.failed"]({ method: err.request.method, url, status: err.status, message: err.message.split(`
`)[0] ?? "" });
  }
  return err instanceof GateError ? err.say(t) : err instanceof Error ? err.message : String(err);
}

export {
  logMessages,
  GateError,
  apiStatus,
  answered,
  describeApiError
};
