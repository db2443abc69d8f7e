import type { Repo } from './reads.js';
import type { Octokit } from './octokit.js';
import { RequestError } from '@octokit/request-error';
import { GateError } from './api-error.js';

/** A file the archive writes, as text. */
export interface FileToWrite {
  path: string;
  content: string;
}

/**
 * Commits files on top of `parentSha` and moves the branch there only by fast-forward. Returns false when
 * another writer moved the branch first (after a jittered wait, so the caller re-reads and retries);
 * a branch that refuses the token is an error naming the fix.
 */
export async function commitFastForward(
  octokit: Octokit,
  repo: Repo,
  opts: {
    branch: string;
    parentSha: string;
    baseTree: string;
    files: FileToWrite[];
    message: string;
    attempt: number;
    what: 'archive' | 'outcome';
  },
): Promise<boolean> {
  const { data: tree } = await octokit.rest.git.createTree({
    ...repo,
    base_tree: opts.baseTree,
    tree: opts.files.map((f) => ({ path: f.path, mode: '100644' as const, type: 'blob' as const, content: f.content })),
  });
  const { data: commit } = await octokit.rest.git.createCommit({
    ...repo,
    message: opts.message,
    tree: tree.sha,
    parents: [opts.parentSha],
  });
  try {
    await octokit.rest.git.updateRef({ ...repo, ref: `heads/${opts.branch}`, sha: commit.sha, force: false });
    return true;
  } catch (err) {
    if (!(err instanceof RequestError)) throw err;
    if (err.status === 422 && /fast.forward/i.test(err.message)) {
      // Full jitter: racing writers spread out instead of colliding again in step.
      await new Promise((r) => setTimeout(r, Math.random() * Math.min(8000, 400 * 2 ** opts.attempt)));
      return false;
    }
    if (err.status === 403 || err.status === 409 || (err.status === 422 && /protected/i.test(err.message))) {
      const { status } = err;
      const message = err.message.split('\n')[0] ?? '';
      throw new GateError((t) => t['branch.refused']({ branch: opts.branch, what: opts.what, status, message }));
    }
    throw err;
  }
}
