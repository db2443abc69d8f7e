import type { PullRequestRule } from '../rule.js';

/** GitHub lists at most 3,000 files of a PR: beyond that an upgrade document could hide unseen. */
export const pullRequestFiles: PullRequestRule = {
  id: 'pull-request.files',
  scope: 'pull-request',
  severity: 'warning',
  softenable: true,
  emergency: false,
  clause: null,
  check: ({ snapshot, t }) => (snapshot.changedFilesTruncated ? [{ message: t['pull-request.files']() }] : []),
};
