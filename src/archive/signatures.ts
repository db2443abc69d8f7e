import { isWriterCommit, type ArchiveCommit } from './history.js';
import { archiveProblem, type ArchiveProblem } from './verify.js';

/** A commit that changed the archive folder, as GitHub's API reports it: who, and GitHub's verdict on its signature. */
export interface SignedCommit extends Pick<ArchiveCommit, 'sha' | 'parents' | 'author' | 'committer'> {
  /** The GitHub account GitHub links the commit's author to, if any. */
  login?: string;
  verified: boolean;
  reason: string;
}

/**
 * Online check of the archive's history: every commit that changed the folder must be the writer's
 * and carry a signature GitHub verifies. The Action's commits are created through the API, which
 * GitHub signs; a pushed commit with the writer's name typed in is not. Findings name the commit.
 */
export function checkSignatures(commits: SignedCommit[], writer: string): ArchiveProblem[] {
  const problems: ArchiveProblem[] = [];
  for (const c of commits) {
    const short = c.sha.slice(0, 12);
    const who = c.login ?? `${c.author.name} <${c.author.email}>`;
    if (!c.verified) problems.push(archiveProblem(`commit ${short}`, 'github.unverified', { commit: short, reason: c.reason, author: who }));
    else if (!isWriterCommit({ ...c, changes: [] }, writer) || (c.login !== undefined && c.login !== writer)) problems.push(archiveProblem(`commit ${short}`, 'github.writer', { commit: short, author: who, writer }));
  }
  return problems;
}
