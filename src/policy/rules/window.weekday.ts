import { nextAllowedDay, weekdayIn } from '../../time/calendar.js';
import { toInstant } from '../../time/local-time.js';
import type { DocumentRule } from '../rule.js';

/** Measures 3.3: a regular production upgrade is scheduled on an allowed day (Thursday) in the policy zone. */
export const windowWeekday: DocumentRule = {
  id: 'window.weekday',
  scope: 'document',
  severity: 'error',
  softenable: true,
  emergency: false,
  clause: '3.3',
  check: ({ doc, config, t }) => {
    if (doc.environment !== 'production' || doc.type !== 'regular') return [];
    const zone = config['time-zone'];
    const start = toInstant(doc.window.start, zone);
    if (!start) return [];
    const day = weekdayIn(start, zone);
    if (config['merge-days'].includes(day)) return [];
    return [
      {
        path: ['window', 'start'],
        message: t['window.weekday']({
          start: doc.window.start,
          day,
          zone,
          allowed: config['merge-days'],
          next: nextAllowedDay(start, zone, config['merge-days']),
        }),
      },
    ];
  },
};
