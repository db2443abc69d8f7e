import { toInstant } from '../../time/local-time.js';
import type { DocumentRule } from '../rule.js';

/** The longest a regular production window runs: its Thursday evening and the night after it. */
export const MAX_WINDOW_HOURS = 24;

/**
 * Measures 3.3: a regular production upgrade happens on Thursday. The merge is the deploy and may run
 * until window.end, so a window of several days would let a regular upgrade merge on any of them.
 */
export const windowLength: DocumentRule = {
  id: 'window.length',
  scope: 'document',
  severity: 'error',
  softenable: true,
  emergency: false,
  clause: '3.3',
  check: ({ doc, config, t }) => {
    if (doc.environment !== 'production' || doc.type !== 'regular') return [];
    const zone = config['time-zone'];
    const start = toInstant(doc.window.start, zone);
    const end = toInstant(doc.window.end, zone);
    if (!start || !end || end <= start) return [];
    const hours = (end.getTime() - start.getTime()) / 3_600_000;
    if (hours <= MAX_WINDOW_HOURS) return [];
    return [
      {
        path: ['window', 'end'],
        message: t['window.length']({
          start: doc.window.start,
          end: doc.window.end,
          hours: Math.round(hours * 10) / 10,
          max: MAX_WINDOW_HOURS,
        }),
      },
    ];
  },
};
