import type { PullRequestSnapshot } from '../policy/snapshot.js';
import type { Verdict } from '../policy/verdict.js';
import { readFile, type Repo } from '../github/collect.js';
import type { Octokit } from '../github/octokit.js';
import { CHAIN_HEAD, recordFiles, recordPath, yearIndexPath, type ChainHead } from './layout.js';
import { buildRecord, type RecordContext } from './record.js';
import { renderRecordMarkdown } from './render.js';

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
export async function archiveMerge(
  octokit: Octokit,
  repo: Repo,
  snapshot: PullRequestSnapshot,
  verdict: Verdict,
  opts: { folder: string; branch: string; zone: string; toolVersion: string; tzdata?: string; backfilled: boolean; forgedStatus?: RecordContext['forgedStatus'] },
): Promise<ArchiveResult> {
  // The record's path does not depend on the chain, so every read of an attempt can run at once:
  // the shorter the time between reading the head and moving it, the fewer races are lost.
  const path = recordPath(opts.folder, buildRecord(snapshot, verdict, { previous: undefined, toolVersion: opts.toolVersion, tzdata: opts.tzdata, backfilled: opts.backfilled }), opts.zone);
  const indexPath = yearIndexPath(path);
  // Commits made with GITHUB_TOKEN start no workflow runs, so writing the archive never re-triggers this Action.
  for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
    const { data: ref } = await octokit.rest.git.getRef({ ...repo, ref: `heads/${opts.branch}` });
    const headSha = ref.object.sha;
    const [chainText, existing, indexText, { data: headCommit }] = await Promise.all([
      readFile(octokit, repo, `${opts.folder}/${CHAIN_HEAD}`, headSha),
      readFile(octokit, repo, path, headSha),
      readFile(octokit, repo, indexPath, headSha),
      octokit.rest.git.getCommit({ ...repo, commit_sha: headSha }),
    ]);
    const chain = chainText ? (JSON.parse(chainText) as ChainHead) : undefined;
    const record = buildRecord(snapshot, verdict, { previous: chain ? { sequence: chain.sequence, sha256: chain.sha256 } : undefined, toolVersion: opts.toolVersion, tzdata: opts.tzdata, backfilled: opts.backfilled, forgedStatus: opts.forgedStatus });
    if (existing !== undefined) return { path, written: false, attempts: attempt, violations: record.violations.length };
    const files = recordFiles(record, path, chain, indexText, opts.folder, opts.zone, renderRecordMarkdown(record));
    const { data: tree } = await octokit.rest.git.createTree({
      ...repo,
      base_tree: headCommit.tree.sha,
      tree: files.map((f) => ({ path: f.path, mode: '100644' as const, type: 'blob' as const, content: f.content })),
    });
    const { data: commit } = await octokit.rest.git.createCommit({
      ...repo,
      message: `archive: ${record.documents.map((d) => `${d.id ?? d.path}`).join(', ')} (PR #${record.pull_request.number})${record.violations.length ? ` — ${record.violations.length} violation(s)` : ''}`,
      tree: tree.sha,
      parents: [headSha],
    });
    try {
      await octokit.rest.git.updateRef({ ...repo, ref: `heads/${opts.branch}`, sha: commit.sha, force: false });
      return { path, written: true, attempts: attempt, violations: record.violations.length };
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
