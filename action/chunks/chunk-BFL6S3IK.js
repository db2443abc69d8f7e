import { createRequire as __ugCreateRequire } from 'node:module';
const require = __ugCreateRequire(import.meta.url);
import {
  upgradeFormatOf
} from "./chunk-TC2L3VMH.js";
import {
  GateError
} from "./chunk-YYGYZQWV.js";
import {
  RequestError
} from "./chunk-UGWU7J7H.js";

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
  renderRecordMarkdown,
  renderRecordWithOutcomes,
  commitFastForward
};
