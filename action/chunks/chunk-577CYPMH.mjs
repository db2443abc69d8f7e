import { createRequire as __ugCreateRequire } from 'node:module';
const require = __ugCreateRequire(import.meta.url);
import {
  GateError
} from "./chunk-QPKTFHVX.mjs";
import {
  RequestError
} from "./chunk-F7L6RK3S.mjs";
import {
  upgradeFormatOf
} from "./chunk-6PE6XYGR.mjs";
import {
  momentIn
} from "./chunk-LM64RRIG.mjs";

// src/github/fast-forward.ts
async function commitFastForward(octokit, repo, opts) {
  let { data: tree } = await octokit.rest.git.createTree({
    ...repo,
    base_tree: opts.baseTree,
    tree: opts.files.map((f) => ({ path: f.path, mode: "100644", type: "blob", content: f.content }))
  }), { data: commit } = await octokit.rest.git.createCommit({
    ...repo,
    message: opts.message,
    tree: tree.sha,
    parents: [opts.parentSha]
  });
  try {
    return await octokit.rest.git.updateRef({ ...repo, ref: `heads/${opts.branch}`, sha: commit.sha, force: !1 }), !0;
  } catch (err) {
    if (!(err instanceof RequestError)) throw err;
    if (err.status === 422 && /fast.forward/i.test(err.message))
      return await new Promise((r) => setTimeout(r, Math.random() * Math.min(8e3, 400 * 2 ** opts.attempt))), !1;
    if (err.status === 403 || err.status === 409 || err.status === 422 && /protected/i.test(err.message)) {
      let { status } = err, message = err.message.split(`
`)[0] ?? "";
      throw new GateError((t) => t["branch.refused"]({ branch: opts.branch, what: opts.what, status, message }));
    }
    throw err;
  }
}

// src/archive/commit-message.ts
var oneLine = (s) => s.replace(/[\u0000-\u001f\u007f\u2028\u2029]+/g, " ").slice(0, 200);
function archiveCommitMessage(t, record, path) {
  let zone = record.policy.time_zone;
  return t["commit.archive"]({
    documents: oneLine(record.documents.map((d) => d.id ?? d.path).join(", ")),
    pr: record.pull_request.number,
    violations: record.violations.length,
    sequence: record.sequence,
    path,
    merged: momentIn(new Date(record.pull_request.merged_at), zone),
    zone,
    mergedBy: record.pull_request.merged_by ?? "",
    backfilled: record.backfilled,
    rules: [...new Set(record.violations.map((v) => oneLine(v.rule)))]
  });
}
function outcomeCommitMessage(t, record, path) {
  return t["commit.outcome"]({
    outcome: record.outcome,
    document: oneLine(record.upgrade.document ?? ""),
    pr: record.upgrade.pull_request,
    login: record.recorded_by.login,
    sequence: record.sequence,
    path,
    upgrade: record.upgrade.file,
    completed: oneLine(record.completed_at),
    zone: record.policy.time_zone
  });
}

// src/archive/render.ts
function renderRecordMarkdown(r) {
  let format = upgradeFormatOf(r);
  if (!format) throw new Error("the record names no known format");
  return format.markdown(r);
}
function renderRecordWithOutcomes(r, outcomes) {
  let format = upgradeFormatOf(r);
  if (!format) throw new Error("the record names no known format");
  return format.markdown(r) + format.outcomes(outcomes);
}

export {
  archiveCommitMessage,
  outcomeCommitMessage,
  renderRecordMarkdown,
  renderRecordWithOutcomes,
  commitFastForward
};
