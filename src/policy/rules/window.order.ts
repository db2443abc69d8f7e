import { toInstant } from '../../time/local-time.js';
import type { DocumentRule } from '../rule.js';

/** The window ends after it starts. */
export const windowOrder: DocumentRule = {
  id: 'window.order',
  scope: 'document',
  severity: 'error',
  softenable: true,
  emergency: false,
  clause: null,
  check: ({ doc, config, t }) => {
    const zone = config['time-zone'];
    const start = toInstant(doc.window.start, zone);
    const end = toInstant(doc.window.end, zone);
    if (!start || !end || end > start) return [];
    return [{ path: ['window', 'end'], message: t['window.order']({ start: doc.window.start, end: doc.window.end }) }];
  },
};
