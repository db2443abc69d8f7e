import { startOfDateInZone, toInstant } from '../../time/local-time.js';
import type { DocumentRule } from '../rule.js';

/** Measures 3.1: a production upgrade must have passed user verification, before the window. */
export const acceptanceRequired: DocumentRule = {
  id: 'acceptance.required',
  scope: 'document',
  severity: 'error',
  softenable: true,
  emergency: false,
  clause: '3.1',
  check: ({ doc, config, t }) => {
    if (doc.environment !== 'production') return [];
    if (!doc.acceptance) return [{ path: ['acceptance'], atKey: true, message: t['acceptance.required']() }];
    const zone = config['time-zone'];
    const accepted = startOfDateInZone(doc.acceptance.date, zone);
    const start = toInstant(doc.window.start, zone);
    if (accepted && start && accepted > start) {
      return [
        {
          path: ['acceptance', 'date'],
          message: t['acceptance.after-window']({ date: doc.acceptance.date, start: doc.window.start }),
        },
      ];
    }
    return [];
  },
};
