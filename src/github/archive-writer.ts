import { CHAIN_HEAD, parseChainHead } from '../archive/layout.js';
import { archiveTargets, planArchive, type ArchiveOptions } from '../archive/plan.js';
import type { PullRequestSnapshot } from '../policy/snapshot.js';
import type { Verdict } from '../policy/verdict.js';
import { readFile, type Repo } from './reads.js';
import type { Octokit } from './octokit.js';

/** How an archive attempt ended. */
export interface ArchiveResult {
  path: string;
  written: boolean;
  attempts: number;
  violations: number;
}

const MAX_ATTEMPTS = 30;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Commits one record for a merged PR: blobs, tree on the current head, commit, fast-forward-only ref
 * update. When another merge moved the branch first, re-read and rebuild (the chain and the index
 * change) and try again with jitter, a bounded number of times. Writes nothing when the record exists.
 */
export async function archiveMerge(octokit: Octokit, repo: Repo, snapshot: PullRequestSnapshot, verdict: Verdict, opts: ArchiveOptions): Promise<ArchiveResult> {
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
    const { data: tree } = await octokit.rest.git.createTree({
      ...repo,
      base_tree: headCommit.tree.sha,
      tree: plan.files.map((f) => ({ path: f.path, mode: '100644' as const, type: 'blob' as const, content: f.content })),
    });
    const { data: commit } = await octokit.rest.git.createCommit({ ...repo, message: plan.message, tree: tree.sha, parents: [headSha] });
    try {
      await octokit.rest.git.updateRef({ ...repo, ref: `heads/${opts.branch}`, sha: commit.sha, force: false });
      return { path, written: true, attempts: attempt, violations: plan.violations };
    } catch (err) {
      const e = err as { status?: number; message?: string };
      if (e.status === 422 && /fast.forward/i.test(e.message ?? '')) {
        // Full jitter: racing writers spread out instead of colliding again in step.
        await sleep(Math.random() * Math.min(8000, 400 * 2 ** attempt));
        continue;
      }
      if (e.status === 403 || e.status === 409 || (e.status === 422 && /protected/i.test(e.message ?? ''))) {
        throw new Error(`the branch ${opts.branch} refused the archive commit (HTTP ${e.status}: ${(e.message ?? '').split('\n')[0]}): add the GitHub Actions app (or the token's user) to the bypass list of the ruleset that protects ${opts.branch}, or set archive.branch to a branch the token may push to`);
      }
      throw err;
    }
  }
  throw new Error(`the archive commit lost the race with other merges ${MAX_ATTEMPTS} times: re-run this job or the scheduled backfill`);
}
