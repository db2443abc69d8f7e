import type { DocumentRule } from './rule.js';

/** Measures 3.5 and 4.5: one part of the system (data, programs, configuration) is backed up before execution. */
export function backupSectionRule(part: 'data' | 'programs' | 'config'): DocumentRule {
  return {
    id: `backup.${part}`,
    scope: 'document',
    severity: 'error',
    softenable: true,
    emergency: false,
    clause: '3.5, 4.5',
    check: ({ doc, t }) =>
      doc.backup?.[part]
        ? []
        : [{ path: doc.backup ? ['backup'] : [], atKey: true, message: t['backup.section']({ part }) }],
  };
}
