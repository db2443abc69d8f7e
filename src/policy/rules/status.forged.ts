import type { ArchiveRule } from '../rule.js';

/** Measures 3.7: the archive names a merge whose status said success while the merge-time evaluation did not pass. */
export const statusForged: ArchiveRule = {
  id: 'status.forged',
  scope: 'archive',
  severity: 'error',
  softenable: false,
  emergency: false,
  clause: '3.7',
  check: ({ forgedStatus, outcome, t }) =>
    forgedStatus
      ? [{ message: t['status.forged']({ state: forgedStatus.state, creator: forgedStatus.creator ?? '', outcome }) }]
      : [],
};
