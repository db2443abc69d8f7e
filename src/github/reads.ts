import type { components } from '@octokit/openapi-types';
import type { Octokit } from './octokit.js';

/** The pull request fields collect reads, as webhook payloads and the REST API both carry them. */
export type PullRequestLike = Pick<components['schemas']['pull-request-simple'], 'number' | 'title' | 'html_url' | 'draft' | 'labels'> & {
  user: { login: string } | null;
  base: { ref: string; sha: string; repo: { full_name: string } };
  head: { ref: string; sha: string; repo: { full_name: string } | null };
  merged?: boolean | null;
  merged_at?: string | null;
  merged_by?: { login: string } | null;
  merge_commit_sha?: string | null;
};

/** A repository coordinate. */
export interface Repo {
  owner: string;
  repo: string;
}

/** GitHub lists at most this many files of a pull request. */
export const PR_FILES_CAP = 3000;

/** Reads a file at a ref; undefined when it does not exist. */
export async function readFile(octokit: Octokit, repo: Repo, path: string, ref: string): Promise<string | undefined> {
  try {
    const { data } = await octokit.rest.repos.getContent({ ...repo, path, ref });
    if (Array.isArray(data) || data.type !== 'file') return undefined;
    if ('content' in data && data.content) return Buffer.from(data.content, 'base64').toString('utf8');
    // Files over 1 MB come without content: fetch the blob.
    const blob = await octokit.rest.git.getBlob({ ...repo, file_sha: data.sha });
    return Buffer.from(blob.data.content, 'base64').toString('utf8');
  } catch (err) {
    if ((err as { status?: number }).status === 404) return undefined;
    throw err;
  }
}

// Content at a commit SHA never changes: a run that checks many PRs on the same base reads it once.
const atCommit = new Map<string, Promise<unknown>>();

/** The read behind `key`, started once per run; a failed read is forgotten so a later call tries again. */
export function once<T>(key: string, read: () => Promise<T>): Promise<T> {
  let p = atCommit.get(key) as Promise<T> | undefined;
  if (!p) {
    p = read();
    atCommit.set(key, p);
    p.catch(() => atCommit.delete(key));
  }
  return p;
}

/** The files a pull request changes (as listed for its base and head commits). */
export function filesOfPullRequest(octokit: Octokit, repo: Repo, pr: PullRequestLike) {
  return once(`files:${pr.number}:${pr.base.sha}:${pr.head.sha}`, () => octokit.paginate(octokit.rest.pulls.listFiles, { ...repo, pull_number: pr.number, per_page: 100 }));
}

/**
 * Sends the reads that depend on the event alone (the policy at the base, the PR's files) before the
 * code that parses and judges them has loaded; collect picks up the same reads.
 */
export function startReads(octokit: Octokit, repo: Repo, pr: PullRequestLike, configPath: string): void {
  void once(`file:${pr.base.sha}:${configPath}`, () => readFile(octokit, repo, configPath, pr.base.sha)).catch(() => undefined);
  void filesOfPullRequest(octokit, repo, pr).catch(() => undefined);
}

/** The blob paths of a commit's tree from one recursive listing, or undefined when GitHub truncates it (or cannot list it). */
export async function listTree(octokit: Octokit, repo: Repo, sha: string): Promise<Set<string> | undefined> {
  try {
    const { data } = await octokit.rest.git.getTree({ ...repo, tree_sha: sha, recursive: 'true' });
    if (data.truncated) return undefined;
    return new Set(data.tree.filter((t) => t.type === 'blob' && t.path).map((t) => t.path!));
  } catch (err) {
    if ([404, 409, 422].includes((err as { status?: number }).status ?? 0)) return undefined;
    throw err;
  }
}
