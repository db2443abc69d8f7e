import { createRequire as __ugCreateRequire } from 'node:module';
const require = __ugCreateRequire(import.meta.url);
import {
  answered
} from "./chunk-OUDF4HK7.js";

// src/github/reads.ts
var PR_FILES_CAP = 3e3;
async function readFile(octokit, repo, path, ref) {
  try {
    let { data } = await octokit.rest.repos.getContent({ ...repo, path, ref });
    if (Array.isArray(data) || data.type !== "file") return;
    if ("content" in data && data.content) return Buffer.from(data.content, "base64").toString("utf8");
    let blob = await octokit.rest.git.getBlob({ ...repo, file_sha: data.sha });
    return Buffer.from(blob.data.content, "base64").toString("utf8");
  } catch (err) {
    if (answered(err, 404)) return;
    throw err;
  }
}
async function readDocument(octokit, repo, path, ref, maxBytes) {
  try {
    let { data } = await octokit.rest.repos.getContent({ ...repo, path, ref });
    if (Array.isArray(data)) return { unreadable: "folder" };
    if (data.type === "symlink")
      return { unreadable: "symlink", target: "target" in data ? String(data.target) : void 0 };
    if (data.type === "submodule")
      return {
        unreadable: "submodule",
        target: "submodule_git_url" in data ? String(data.submodule_git_url) : void 0
      };
    if (data.type !== "file" || data.path !== path) return { unreadable: "symlink", target: data.path };
    if (data.size > maxBytes) return { size: data.size };
    if ("content" in data && data.content && data.encoding === "base64")
      return { bytes: Buffer.from(data.content, "base64") };
    let blob = await octokit.rest.git.getBlob({ ...repo, file_sha: data.sha });
    return { bytes: Buffer.from(blob.data.content, "base64") };
  } catch (err) {
    if (err.status === 404) return { unreadable: "missing" };
    throw err;
  }
}
var atCommit = /* @__PURE__ */ new Map();
function once(key, read) {
  let p = atCommit.get(key);
  return p || (p = read(), atCommit.set(key, p), p.catch(() => atCommit.delete(key))), p;
}
function policyRef(pr) {
  return pr.base.ref;
}

export {
  PR_FILES_CAP,
  readFile,
  readDocument,
  once,
  policyRef
};
