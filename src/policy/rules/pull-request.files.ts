import type { PullRequestRule } from '../rule.js';

/** GitHub lists at most 3,000 files of a PR: beyond that an upgrade document could hide unseen, so the status is an error. */
export const pullRequestFiles: PullRequestRule = {
  id: 'pull-request.files',
  scope: 'pull-request',
  severity: 'error',
  softenable: false,
  emergency: false,
  clause: null,
  check: ({ snapshot, t }) => (snapshot.changedFilesTruncated ? [{ message: t['pull-request.files']() }] : []),
};
