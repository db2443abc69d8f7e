import { GateError } from './api-error.js';
import { CHAIN_HEAD, parseChainHead } from '../archive/layout.js';
import { archiveTargets, planArchive, type ArchiveOptions } from '../archive/plan.js';
import type { PullRequestSnapshot } from '../policy/snapshot.js';
import type { Verdict } from '../policy/verdict.js';
import { readFile, type Repo } from './reads.js';
import { commitFastForward } from './fast-forward.js';
import type { Octokit } from './octokit.js';

/** How an archive attempt ended. */
export interface ArchiveResult {
  path: string;
  written: boolean;
  attempts: number;
  violations: number;
}

const MAX_ATTEMPTS = 30;

/**
 * Commits one record for a merged PR: blobs, tree on the current head, commit, fast-forward-only ref
 * update. When another merge moved the branch first, re-read and rebuild (the chain and the index
 * change) and try again with jitter, a bounded number of times. Writes nothing when the record exists.
 */
export async function archiveMerge(
  octokit: Octokit,
  repo: Repo,
  snapshot: PullRequestSnapshot,
  verdict: Verdict,
  opts: ArchiveOptions,
): Promise<ArchiveResult> {
  // The record's path does not depend on the chain, so every read of an attempt can run at once:
  // the shorter the time between reading the head and moving it, the fewer races are lost.
  const { path, indexPath } = archiveTargets(snapshot, verdict, opts);
  // Commits made with GITHUB_TOKEN start no workflow runs, so writing the archive never re-triggers this Action.
  for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
    const { data: ref } = await octokit.rest.git.getRef({ ...repo, ref: `heads/${opts.branch}` });
    const headSha = ref.object.sha;
    const [chainText, existing, index, { data: headCommit }] = await Promise.all([
      readFile(octokit, repo, `${opts.folder}/${CHAIN_HEAD}`, headSha),
      readFile(octokit, repo, path, headSha),
      readFile(octokit, repo, indexPath, headSha),
      octokit.rest.git.getCommit({ ...repo, commit_sha: headSha }),
    ]);
    const chain = parseChainHead(chainText, `${opts.folder}/${CHAIN_HEAD}`);
    const plan = planArchive(snapshot, verdict, opts, path, { chain, existing, index });
    if (plan.kind === 'exists') return { path, written: false, attempts: attempt, violations: plan.violations };
    const files = plan.files.map((f) => ({ path: f.path, content: f.content }));
    const done = await commitFastForward(octokit, repo, {
      branch: opts.branch,
      parentSha: headSha,
      baseTree: headCommit.tree.sha,
      files,
      message: plan.message,
      attempt,
      what: 'archive',
    });
    if (done) return { path, written: true, attempts: attempt, violations: plan.violations };
  }
  throw new GateError((t) => t['archive.race']({ attempts: MAX_ATTEMPTS }));
}
