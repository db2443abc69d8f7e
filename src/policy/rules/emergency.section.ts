import type { DocumentRule } from '../rule.js';

/** Measures 3.2 and 4.3: the emergency section is present exactly when type is emergency. */
export const emergencySection: DocumentRule = {
  id: 'emergency.section',
  scope: 'document',
  severity: 'error',
  softenable: true,
  emergency: true,
  clause: '3.2, 4.3',
  check: ({ doc, t }) => {
    if (doc.type === 'emergency' && !doc.emergency)
      return [{ path: ['type'], message: t['emergency.section-missing']() }];
    if (doc.type !== 'emergency' && doc.emergency)
      return [{ path: ['emergency'], atKey: true, message: t['emergency.section-unexpected']() }];
    return [];
  },
};
