import type { DocumentRule } from '../document-rule.js';

const PARTS = ['data', 'programs', 'config'] as const;

/** Measures 3.5 and 4.5: data, programs and configuration are each backed up (backup.data, backup.programs, backup.config). */
export const backupRules: DocumentRule[] = PARTS.map((part) => ({
  id: `backup.${part}`,
  severity: 'error',
  check: ({ doc, t }) => (doc.backup?.[part] ? [] : [{ path: doc.backup ? ['backup'] : [], atKey: true, message: t['backup.section']({ part }) }]),
}));

/** Measures 4.6: a plan restores the backup when verification fails. */
export const backupRollback: DocumentRule = {
  id: 'backup.rollback',
  severity: 'error',
  check: ({ doc, t }) => (doc.rollback?.plan?.trim() ? [] : [{ path: ['rollback'], atKey: true, message: t['backup.rollback']() }]),
};
