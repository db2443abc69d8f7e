import { createRequire as __ugCreateRequire } from 'node:module';
const require = __ugCreateRequire(import.meta.url);
import {
  commitFastForward,
  outcomeCommitMessage,
  renderRecordWithOutcomes
} from "./chunk-577CYPMH.mjs";
import {
  CHAIN_HEAD
} from "./chunk-Y4HLE75Q.mjs";
import {
  GateError,
  answered,
  readFile
} from "./chunk-QPKTFHVX.mjs";
import {
  alreadyRecorded,
  chainHeadAfterOutcome,
  isOutcomeFile,
  outcomePath
} from "./chunk-MV6RXFAG.mjs";

// src/archive/outcome-layout.ts
function outcomeFiles(folder, upgradeFile, upgrade, earlier, record, chain) {
  let file = `${folder}/${outcomePath(upgradeFile, earlier.length + 1)}`;
  return [
    { path: file, content: `${JSON.stringify(record, null, 2)}
` },
    { path: `${folder}/${upgradeFile.replace(/\.json$/, ".md")}`, content: renderRecordWithOutcomes(upgrade, [...earlier, record]) },
    { path: `${folder}/chain-head.json`, content: `${JSON.stringify(chainHeadAfterOutcome(chain, record, file), null, 2)}
` }
  ];
}

// src/github/outcome-commit.ts
var MAX_ATTEMPTS = 30;
async function listFolder(octokit, repo, path, ref) {
  try {
    let { data } = await octokit.rest.repos.getContent({ ...repo, path, ref });
    return Array.isArray(data) ? data.map((e) => e.name) : [];
  } catch (err) {
    if (answered(err, 404)) return [];
    throw err;
  }
}
async function readOutcomes(octokit, repo, folder, upgradeFile, ref) {
  let dir = upgradeFile.split("/").slice(0, -1).join("/"), base = upgradeFile.split("/").pop().replace(/\.json$/, ""), names = (await listFolder(octokit, repo, `${folder}/${dir}`, ref)).filter(
    (n) => n.startsWith(`${base}.`) && isOutcomeFile(n)
  );
  return (await Promise.all(names.map((n) => readFile(octokit, repo, `${folder}/${dir}/${n}`, ref)))).flatMap((t) => t ? [JSON.parse(t)] : []).sort((a, b) => a.sequence - b.sequence);
}
async function commitOutcome(octokit, repo, opts) {
  let upgradePath = `${opts.folder}/${opts.upgradeFile}`;
  for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
    let { data: ref } = await octokit.rest.git.getRef({ ...repo, ref: `heads/${opts.branch}` }), headSha = ref.object.sha, [chainText, upgradeText, outcomes, { data: headCommit }] = await Promise.all([
      readFile(octokit, repo, `${opts.folder}/${CHAIN_HEAD}`, headSha),
      readFile(octokit, repo, upgradePath, headSha),
      readOutcomes(octokit, repo, opts.folder, opts.upgradeFile, headSha),
      octokit.rest.git.getCommit({ ...repo, commit_sha: headSha })
    ]);
    if (!chainText || !upgradeText) {
      let missing = upgradeText ? `${opts.folder}/${CHAIN_HEAD}` : upgradePath;
      throw new GateError((t) => t["outcome.no-archive"]({ branch: opts.branch, missing }));
    }
    let recorded = outcomes.find((o) => alreadyRecorded([o], opts.comment));
    if (recorded)
      return {
        path: `${opts.folder}/${outcomePath(opts.upgradeFile, outcomes.indexOf(recorded) + 1)}`,
        written: !1,
        attempts: attempt,
        outcomes
      };
    let chain = JSON.parse(chainText), upgrade = JSON.parse(upgradeText), record = opts.build({ sequence: chain.sequence, sha256: chain.sha256 }, upgrade), files = outcomeFiles(opts.folder, opts.upgradeFile, upgrade, outcomes, record, chain), file = outcomePath(opts.upgradeFile, outcomes.length + 1), all = [...outcomes, record], message = outcomeCommitMessage(opts.catalog, record, `${opts.folder}/${file}`);
    if (await commitFastForward(octokit, repo, {
      branch: opts.branch,
      parentSha: headSha,
      baseTree: headCommit.tree.sha,
      files,
      message,
      attempt,
      what: "outcome"
    })) return { path: `${opts.folder}/${file}`, written: !0, attempts: attempt, outcomes: all };
  }
  throw new GateError((t) => t["outcome.race"]({ attempts: MAX_ATTEMPTS }));
}

export {
  listFolder,
  commitOutcome
};
