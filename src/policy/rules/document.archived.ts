import type { PullRequestRule, RuleHit } from '../rule.js';

/**
 * Measures 3.7: an archived upgrade is what auditors read, so it stays as merged. A PR that edits,
 * deletes or renames an upgrade document an archive record names fails, with or without another
 * document; the fix is a new document with a new NO.
 */
export const documentArchived: PullRequestRule = {
  id: 'document.archived',
  scope: 'pull-request',
  severity: 'error',
  softenable: false,
  emergency: false,
  clause: '3.7',
  check: ({ snapshot, loaded, t }) => {
    const changed = new Set(snapshot.changedFiles);
    const hits = new Map<string, RuleHit>();
    for (const a of snapshot.history?.archived ?? []) {
      if (!changed.has(a.path) || hits.has(a.path)) continue;
      // An edited document is still in the PR: the finding sits on its NO.; a removed one has no line.
      const inPr = loaded.some((l) => l.file === a.path && l.doc);
      hits.set(a.path, {
        file: a.path,
        ...(inPr ? { path: ['id'] } : {}),
        message: t['document.archived']({ path: a.path, id: a.id ?? '—', record: a.record }),
      });
    }
    return [...hits.values()];
  },
};
