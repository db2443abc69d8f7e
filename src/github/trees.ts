import type { Octokit } from './octokit.js';
import { once, type Repo } from './reads.js';
import { answered } from './api-error.js';

/** One file the pull request changes: its path at the head, and what it was before when renamed. */
export interface FileChange {
  path: string;
  status: 'added' | 'modified' | 'removed';
  previous?: string;
}

/** What one compare of the base with a commit tells: the tip it compared against, the merge base, the PR's commits and (when complete) its files. */
export interface Comparison {
  baseSha: string;
  mergeBaseSha: string;
  /** The diff from the merge base; undefined when GitHub's 300-file cap may have cut it. */
  files?: FileChange[];
  /** Linked GitHub accounts that authored or committed the commits; undefined when not all commits could be listed. */
  contributors?: string[];
}

/** GitHub lists at most this many files in a compare. */
export const COMPARE_FILES_CAP = 300;

/** path → blob SHA of every file at a commit, from one recursive listing; undefined when GitHub truncates it (or cannot list it). */
export function blobTree(octokit: Octokit, repo: Repo, sha: string): Promise<Map<string, string> | undefined> {
  return once(`tree:${sha}`, async () => {
    try {
      const { data } = await octokit.rest.git.getTree({ ...repo, tree_sha: sha, recursive: 'true' });
      if (data.truncated) return undefined;
      return new Map(data.tree.filter((t) => t.type === 'blob' && t.path && t.sha).map((t) => [t.path!, t.sha!]));
    } catch (err) {
      if (answered(err, 404, 409, 422)) return undefined;
      throw err;
    }
  });
}

/** Every file path at a branch's current tip (not cached: a branch moves); undefined when GitHub truncates the listing. */
export async function pathsAtTip(octokit: Octokit, repo: Repo, branch: string): Promise<Set<string> | undefined> {
  try {
    const { data } = await octokit.rest.git.getTree({ ...repo, tree_sha: branch, recursive: 'true' });
    if (data.truncated) return undefined;
    return new Set(data.tree.filter((t) => t.type === 'blob' && t.path).map((t) => t.path!));
  } catch (err) {
    if (answered(err, 404, 409, 422)) return undefined;
    throw err;
  }
}

/** The files that differ between two trees, as the PR's diff: path → blob after (null: removed). */
export function treeChange(before: Map<string, string>, after: Map<string, string>): Record<string, string | null> {
  const out: Record<string, string | null> = {};
  for (const [path, blob] of after) if (before.get(path) !== blob) out[path] = blob;
  for (const path of before.keys()) if (!after.has(path)) out[path] = null;
  return out;
}

/** The change as a file list (renames show as a removal and an addition). */
export function changeFiles(before: Map<string, string>, change: Record<string, string | null>): FileChange[] {
  return Object.entries(change).map(([path, blob]) => ({
    path,
    status: blob === null ? 'removed' : before.has(path) ? 'modified' : 'added',
  }));
}

/**
 * One compare of `base...head` answers several questions: the base's current commit, the merge base
 * (from which the PR's diff is taken), the PR's commits and who made them, and the files when fewer
 * than GitHub's cap. `base` may be a branch name: the compare reads its tip now.
 */
export function compareWithBase(octokit: Octokit, repo: Repo, base: string, head: string): Promise<Comparison> {
  const read = async (): Promise<Comparison> => {
    const { data } = await octokit.rest.repos.compareCommitsWithBasehead({
      ...repo,
      basehead: `${base}...${head}`,
      per_page: 100,
    });
    const commits = [...data.commits];
    for (let page = 2; commits.length < data.total_commits && page <= 10; page++) {
      const next = await octokit.rest.repos.compareCommitsWithBasehead({
        ...repo,
        basehead: `${base}...${head}`,
        per_page: 100,
        page,
      });
      if (next.data.commits.length === 0) break;
      commits.push(...next.data.commits);
    }
    const logins = new Set<string>();
    for (const c of commits) for (const who of [c.author?.login, c.committer?.login]) if (who) logins.add(who);
    const files =
      data.files && data.files.length < COMPARE_FILES_CAP
        ? data.files.flatMap((f): FileChange[] => [
            {
              path: f.filename,
              status: f.status === 'removed' ? 'removed' : f.status === 'added' ? 'added' : 'modified',
              previous: f.previous_filename,
            },
          ])
        : undefined;
    return {
      baseSha: data.base_commit.sha,
      mergeBaseSha: data.merge_base_commit.sha,
      files,
      contributors: commits.length >= data.total_commits ? [...logins] : undefined,
    };
  };
  // A run compares each pair once (a branch name is read at its tip when the run first asks).
  return once(`compare:${base}...${head}`, read);
}

/** The PR's change at `commit` against the base: path → blob at that commit for every file that differs from the merge base; undefined when a tree cannot be listed whole. */
export async function changeAt(
  octokit: Octokit,
  repo: Repo,
  baseSha: string,
  commit: string,
  known?: Comparison,
): Promise<Record<string, string | null> | undefined> {
  const cmp = known ?? (await compareWithBase(octokit, repo, baseSha, commit));
  const [before, after] = await Promise.all([
    blobTree(octokit, repo, cmp.mergeBaseSha),
    blobTree(octokit, repo, commit),
  ]);
  return before && after ? treeChange(before, after) : undefined;
}
