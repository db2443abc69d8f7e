import { toInstant } from '../../time/local-time.js';
import type { DocumentRule } from '../document-rule.js';

/** The window ends after it starts. */
export const windowOrder: DocumentRule = {
  id: 'window.order',
  severity: 'error',
  check: ({ doc, config, t }) => {
    const zone = config['time-zone'];
    const start = toInstant(doc.window.start, zone);
    const end = toInstant(doc.window.end, zone);
    if (!start || !end || end > start) return [];
    return [{ path: ['window', 'end'], message: t['window.order']({ start: doc.window.start, end: doc.window.end }) }];
  },
};
