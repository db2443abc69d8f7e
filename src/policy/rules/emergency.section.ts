import { catalog } from '../../messages/catalog.js';
import type { DocumentRule } from '../document-rule.js';

/** Measures 3.2 and 4.3: the emergency section is present exactly when type is emergency. */
export const emergencySection: DocumentRule = {
  id: 'emergency.section',
  severity: 'error',
  check: ({ doc }) => {
    if (doc.type === 'emergency' && !doc.emergency) return [{ path: ['type'], message: catalog['emergency.section-missing']() }];
    if (doc.type !== 'emergency' && doc.emergency) return [{ path: ['emergency'], atKey: true, message: catalog['emergency.section-unexpected']() }];
    return [];
  },
};
