import type { PullRequestRule } from '../rule.js';

/**
 * Measures 3.7: the archive is written by the Action's own commits only. A pull request that adds,
 * edits, renames or deletes anything under the archive folder fails, with or without a document.
 */
export const archiveProtected: PullRequestRule = {
  id: 'archive.protected',
  scope: 'pull-request',
  severity: 'error',
  softenable: false,
  emergency: false,
  clause: '3.7',
  check: ({ snapshot, config, t }) => {
    const folder = `${config.archive.folder.replace(/\/+$/, '')}/`;
    const touched = [...new Set(snapshot.changedFiles.filter((f) => f.startsWith(folder)))];
    if (touched.length === 0) return [];
    const shown = touched.slice(0, 5).join(', ') + (touched.length > 5 ? ` (+${touched.length - 5} more)` : '');
    return [{ message: t['archive.protected']({ folder, files: shown }) }];
  },
};
