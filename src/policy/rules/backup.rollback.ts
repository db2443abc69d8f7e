import type { DocumentRule } from '../rule.js';

/** Measures 4.6: a plan restores the backup when verification fails. */
export const backupRollback: DocumentRule = {
  id: 'backup.rollback',
  scope: 'document',
  severity: 'error',
  softenable: true,
  emergency: false,
  clause: '4.6',
  check: ({ doc, t }) =>
    doc.rollback?.plan?.trim() ? [] : [{ path: ['rollback'], atKey: true, message: t['backup.rollback']() }],
};
