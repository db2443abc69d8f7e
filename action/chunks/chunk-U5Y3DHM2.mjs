import { createRequire as __ugCreateRequire } from 'node:module';
const require = __ugCreateRequire(import.meta.url);
import {
  answered,
  info,
  once,
  policyRef,
  readFile
} from "./chunk-QPKTFHVX.mjs";

// src/github/log-line.ts
var BREAKS = /[\r\n\u0085\u2028\u2029\v\f]+/g, ZWSP = "\u200B";
function inertLogLine(text) {
  let line = text.replace(BREAKS, " ").replaceAll("##[", `##${ZWSP}[`);
  return /^\s*::/.test(line) ? `${ZWSP}${line}` : line;
}
function logLine(text) {
  info(inertLogLine(text));
}

// src/github/trees.ts
var COMPARE_FILES_CAP = 300;
function blobTree(octokit, repo, sha) {
  return once(`tree:${sha}`, async () => {
    try {
      let { data } = await octokit.rest.git.getTree({ ...repo, tree_sha: sha, recursive: "true" });
      return data.truncated ? void 0 : new Map(data.tree.filter((t) => t.type === "blob" && t.path && t.sha).map((t) => [t.path, t.sha]));
    } catch (err) {
      if (answered(err, 404, 409, 422)) return;
      throw err;
    }
  });
}
async function pathsAtTip(octokit, repo, branch) {
  try {
    let { data } = await octokit.rest.git.getTree({ ...repo, tree_sha: branch, recursive: "true" });
    return data.truncated ? void 0 : new Set(data.tree.filter((t) => t.type === "blob" && t.path).map((t) => t.path));
  } catch (err) {
    if (answered(err, 404, 409, 422)) return;
    throw err;
  }
}
function treeChange(before, after) {
  let out = {};
  for (let [path, blob] of after) before.get(path) !== blob && (out[path] = blob);
  for (let path of before.keys()) after.has(path) || (out[path] = null);
  return out;
}
function changeFiles(before, change) {
  return Object.entries(change).map(([path, blob]) => ({
    path,
    status: blob === null ? "removed" : before.has(path) ? "modified" : "added"
  }));
}
function compareWithBase(octokit, repo, base, head) {
  let read = async () => {
    let { data } = await octokit.rest.repos.compareCommitsWithBasehead({
      ...repo,
      basehead: `${base}...${head}`,
      per_page: 100
    }), commits = [...data.commits];
    for (let page = 2; commits.length < data.total_commits && page <= 10; page++) {
      let next = await octokit.rest.repos.compareCommitsWithBasehead({
        ...repo,
        basehead: `${base}...${head}`,
        per_page: 100,
        page
      });
      if (next.data.commits.length === 0) break;
      commits.push(...next.data.commits);
    }
    let logins = /* @__PURE__ */ new Set();
    for (let c of commits) for (let who of [c.author?.login, c.committer?.login]) who && logins.add(who);
    let files = data.files && data.files.length < COMPARE_FILES_CAP ? data.files.flatMap((f) => [
      {
        path: f.filename,
        status: f.status === "removed" ? "removed" : f.status === "added" ? "added" : "modified",
        previous: f.previous_filename
      }
    ]) : void 0;
    return {
      baseSha: data.base_commit.sha,
      mergeBaseSha: data.merge_base_commit.sha,
      files,
      contributors: commits.length >= data.total_commits ? [...logins] : void 0
    };
  };
  return once(`compare:${base}...${head}`, read);
}
async function changeAt(octokit, repo, baseSha, commit, known) {
  let cmp = known ?? await compareWithBase(octokit, repo, baseSha, commit), [before, after] = await Promise.all([
    blobTree(octokit, repo, cmp.mergeBaseSha),
    blobTree(octokit, repo, commit)
  ]);
  return before && after ? treeChange(before, after) : void 0;
}

// src/github/first-reads.ts
var commentLists = /* @__PURE__ */ new Map();
function commentsOf(octokit, repo, prNumber) {
  let key = `${repo.owner}/${repo.repo}#${prNumber}`, early = commentLists.get(key);
  return commentLists.delete(key), early ?? octokit.paginate(octokit.rest.issues.listComments, { ...repo, issue_number: prNumber, per_page: 100 });
}
function startReads(octokit, repo, pr, configPath) {
  let comments = octokit.paginate(octokit.rest.issues.listComments, {
    ...repo,
    issue_number: pr.number,
    per_page: 100
  });
  if (comments.catch(() => {
  }), commentLists.set(`${repo.owner}/${repo.repo}#${pr.number}`, comments), pr.merged) return;
  let ref = policyRef(pr);
  once(`file:${ref}:${configPath}`, () => readFile(octokit, repo, configPath, ref)).catch(() => {
  }), compareWithBase(octokit, repo, ref, pr.head.sha).catch(() => {
  });
}

export {
  logLine,
  blobTree,
  pathsAtTip,
  treeChange,
  changeFiles,
  compareWithBase,
  changeAt,
  commentsOf,
  startReads
};
