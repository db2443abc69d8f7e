import type { Octokit } from './octokit.js';
import { policyRef, readFile, once, type PullRequestLike, type Repo } from './reads.js';
import { compareWithBase } from './trees.js';

type IssueComment = Awaited<ReturnType<Octokit['rest']['issues']['listComments']>>['data'][number];

// Comments change when this run writes one: a list read ahead is handed out once, then read afresh.
const commentLists = new Map<string, Promise<IssueComment[]>>();

/** The PR's comments: the list read ahead by startReads (once), else a fresh read. */
export function commentsOf(octokit: Octokit, repo: Repo, prNumber: number): Promise<IssueComment[]> {
  const key = `${repo.owner}/${repo.repo}#${prNumber}`;
  const early = commentLists.get(key);
  commentLists.delete(key);
  return (
    early ?? octokit.paginate(octokit.rest.issues.listComments, { ...repo, issue_number: prNumber, per_page: 100 })
  );
}

/**
 * Sends the reads that depend on the event alone, together and before the code that parses and
 * judges them has loaded: the policy at the base branch's tip, the comparison of the base with the
 * head (the PR's files, the base commit, the authors) and the comments the sticky comment is found
 * in. collect and publish pick up the same reads. A merged PR's policy base needs its merge commit
 * first: only the comments go out early then.
 */
export function startReads(octokit: Octokit, repo: Repo, pr: PullRequestLike, configPath: string): void {
  const comments = octokit.paginate(octokit.rest.issues.listComments, {
    ...repo,
    issue_number: pr.number,
    per_page: 100,
  });
  comments.catch(() => undefined); // a failure surfaces where the list is used
  commentLists.set(`${repo.owner}/${repo.repo}#${pr.number}`, comments);
  if (pr.merged) return;
  const ref = policyRef(pr);
  void once(`file:${ref}:${configPath}`, () => readFile(octokit, repo, configPath, ref)).catch(() => undefined);
  void compareWithBase(octokit, repo, ref, pr.head.sha).catch(() => undefined);
}
