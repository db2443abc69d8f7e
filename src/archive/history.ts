import { archiveProblem, type ArchiveProblem } from './verify.js';

/** One commit that touched the archive folder, as `git log` (or the API) reports it. */
export interface ArchiveCommit {
  sha: string;
  parents: string[];
  author: { name: string; email: string };
  committer: { name: string; email: string };
  /** Paths relative to the archive folder with their status letters (A added, M modified, D deleted; one letter per parent for merges). */
  changes: Array<{ status: string; path: string }>;
}

const RECORD = /^\d{4}\/\d{2}\/[^/]+\.json$/;
// A record's Markdown is a view: it gains an Outcome section when an outcome record is appended, and
// verify compares every byte of it with what the records render. It is added once and never deleted.
const MARKDOWN = /^\d{4}\/\d{2}\/[^/]+\.md$/;
const noreply = (login: string) => new RegExp(`^(\\d+\\+)?${login.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}@users\\.noreply\\.github\\.com$`);

/** Whether a commit is the archive writer's: authored by its login (noreply address), committed by it or by GitHub for it. */
export function isWriterCommit(c: ArchiveCommit, writer: string): boolean {
  const own = (p: { name: string; email: string }) => p.name === writer && noreply(writer).test(p.email);
  const github = c.committer.name === 'GitHub' && c.committer.email === 'noreply@github.com';
  return own(c.author) && (github || own(c.committer)) && c.parents.length <= 1;
}

/**
 * Checks the archive's history (oldest first): every commit that touched the folder is the
 * writer's, each record is added once and never changed or deleted afterwards, its Markdown is added
 * once and only modified afterwards (an outcome's section; verify checks its bytes), and the chain head
 * and indexes are never deleted. Linear in the number of changes.
 */
export function checkHistory(commits: ArchiveCommit[], writer: string): ArchiveProblem[] {
  const problems: ArchiveProblem[] = [];
  const added = new Map<string, string>();
  for (const c of commits) {
    const short = c.sha.slice(0, 12);
    if (!isWriterCommit(c, writer)) {
      const files = c.changes.map((x) => x.path);
      problems.push(archiveProblem(files[0] ?? '.', 'git.writer', { commit: short, author: `${c.author.name} <${c.author.email}>`, files: files.slice(0, 5).join(', ') + (files.length > 5 ? ` and ${files.length - 5} more` : ''), writer }));
    }
    for (const { status, path } of c.changes) {
      if (RECORD.test(path)) {
        const first = added.get(path);
        if (status === 'A' && first === undefined) added.set(path, short);
        else problems.push(archiveProblem(path, 'git.record-changed', { commit: short, status, first: first ?? '' }));
      } else if (MARKDOWN.test(path) && !status.includes('D')) {
        const first = added.get(path);
        if (status === 'A' && first === undefined) added.set(path, short);
        else if (status !== 'M' || first === undefined) problems.push(archiveProblem(path, 'git.record-changed', { commit: short, status, first: first ?? '' }));
      } else if (status.includes('D')) problems.push(archiveProblem(path, 'git.deleted', { commit: short }));
    }
  }
  return problems;
}
