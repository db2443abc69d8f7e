import { weekdayIn } from '../../time/calendar.js';
import { toInstant } from '../../time/local-time.js';
import type { DocumentRule } from '../rule.js';

/** Measures 3.3 "as a rule": the gray test happens on the gray-test day (Tuesday); a warning, not a block, and not for emergencies. */
export const grayTestWeekday: DocumentRule = {
  id: 'gray-test.weekday',
  scope: 'document',
  severity: 'warning',
  softenable: true,
  emergency: false,
  clause: '3.3',
  check: ({ doc, config, t }) => {
    if (doc.environment !== 'production' || doc.type === 'emergency' || !doc.gray_test) return [];
    const zone = config['time-zone'];
    const completed = toInstant(doc.gray_test.completed, zone);
    if (!completed) return [];
    const day = weekdayIn(completed, zone);
    if (day === config['gray-test-day']) return [];
    return [
      {
        path: ['gray_test', 'completed'],
        message: t['gray-test.weekday']({ completed: doc.gray_test.completed, day, expected: config['gray-test-day'] }),
      },
    ];
  },
};
