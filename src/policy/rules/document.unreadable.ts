import type { PullRequestRule } from '../rule.js';

/**
 * A document path the PR lists must read back as that very file at the head: a symbolic link, a
 * submodule, a folder or a 404 would otherwise drop the document unseen, so the status is an error.
 */
export const documentUnreadable: PullRequestRule = {
  id: 'document.unreadable',
  scope: 'pull-request',
  severity: 'error',
  softenable: false,
  emergency: false,
  clause: '3.4',
  check: ({ snapshot, t }) =>
    (snapshot.unreadable ?? []).map((u) => ({
      file: u.path,
      message: t['document.unreadable']({ path: u.path, kind: u.kind, target: u.target ?? '' }),
    })),
};
