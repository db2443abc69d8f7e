import type { components } from '@octokit/openapi-types';
import { apiObject, type Octokit } from './octokit.js';
import { answered } from './api-error.js';

/** The pull request fields collect reads, as webhook payloads and the REST API both carry them. */
export type PullRequestLike = Pick<
  components['schemas']['pull-request-simple'],
  'number' | 'title' | 'html_url' | 'draft' | 'labels'
> & {
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

/** The repository's default branch, as GitHub names it. */
export async function defaultBranch(octokit: Octokit, repo: Repo): Promise<string> {
  const { data } = await octokit.rest.repos.get({ ...repo });
  return apiObject(octokit, data, `GET /repos/${repo.owner}/${repo.repo}`, { default_branch: 'string' })
    .default_branch as string;
}

/** Reads a file at a ref; undefined when it does not exist. */
export async function readFile(octokit: Octokit, repo: Repo, path: string, ref: string): Promise<string | undefined> {
  try {
    const { data } = await octokit.rest.repos.getContent({ ...repo, path, ref });
    if (Array.isArray(data)) return undefined;
    const request = `GET /repos/${repo.owner}/${repo.repo}/contents/${path}`;
    apiObject(octokit, data, request, { type: 'string' });
    if (data.type !== 'file') return undefined;
    if ('content' in data && typeof data.content === 'string' && data.content)
      return Buffer.from(data.content, 'base64').toString('utf8');
    apiObject(octokit, data, request, { sha: 'string' });
    // Files over 1 MB come without content: fetch the blob.
    const blob = await octokit.rest.git.getBlob({ ...repo, file_sha: data.sha });
    apiObject(octokit, blob.data, `GET /repos/${repo.owner}/${repo.repo}/git/blobs/${data.sha}`, { content: 'string' });
    return Buffer.from(blob.data.content, 'base64').toString('utf8');
  } catch (err) {
    if (answered(err, 404)) return undefined;
    throw err;
  }
}

/** A document as read at a commit: its bytes, only its size when over the limit, or why it is not a readable file. */
export type DocumentRead =
  | { bytes: Uint8Array }
  | { size: number }
  | { unreadable: 'symlink' | 'submodule' | 'folder' | 'missing'; target?: string };

/**
 * Reads an upgrade document's bytes at a commit. A path that GitHub answers with something other than
 * that very file (a symbolic link, resolved or not, a submodule, a folder, 404) is reported, never dropped.
 */
export async function readDocument(
  octokit: Octokit,
  repo: Repo,
  path: string,
  ref: string,
  maxBytes: number,
): Promise<DocumentRead> {
  try {
    const { data } = await octokit.rest.repos.getContent({ ...repo, path, ref });
    if (Array.isArray(data)) return { unreadable: 'folder' };
    if (data.type === 'symlink')
      return { unreadable: 'symlink', target: 'target' in data ? String(data.target) : undefined };
    if (data.type === 'submodule')
      return {
        unreadable: 'submodule',
        target: 'submodule_git_url' in data ? String(data.submodule_git_url) : undefined,
      };
    // GitHub answers a link to a file in the repository with that file: the path tells.
    if (data.type !== 'file' || data.path !== path) return { unreadable: 'symlink', target: data.path };
    if (data.size > maxBytes) return { size: data.size };
    if ('content' in data && data.content && data.encoding === 'base64')
      return { bytes: Buffer.from(data.content, 'base64') };
    // Files over 1 MB come without content: fetch the blob.
    const blob = await octokit.rest.git.getBlob({ ...repo, file_sha: data.sha });
    return { bytes: Buffer.from(blob.data.content, 'base64') };
  } catch (err) {
    if ((err as { status?: number }).status === 404) return { unreadable: 'missing' };
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

/**
 * Where an open PR's policy is read: its base branch by name, which GitHub reads at the branch's
 * tip when asked, so a change to the policy after the PR opened applies.
 */
export function policyRef(pr: PullRequestLike): string {
  return pr.base.ref;
}
