import { momentIn } from '../../time/calendar.js';
import { toInstant } from '../../time/local-time.js';
import type { DocumentRule } from '../rule.js';

const HOUR = 3_600_000;

/**
 * Measures 4.4: all staff are notified at least half a day (notice-hours) before the window, and
 * (under GitOps the merge is the deploy) before a regular upgrade's merge.
 */
export const noticeLeadTime: DocumentRule = {
  id: 'notice.lead-time',
  scope: 'document',
  severity: 'error',
  softenable: true,
  emergency: false,
  clause: '4.4',
  check: ({ doc, config, t, mergeAt }) => {
    if (doc.environment !== 'production') return [];
    const hours = config['notice-hours'];
    if (!doc.notification) return [{ path: ['notification'], atKey: true, message: t['notice.missing']({ hours }) }];
    const zone = config['time-zone'];
    const announced = toInstant(doc.notification.announced_at, zone);
    const start = toInstant(doc.window.start, zone);
    if (!announced || !start) return [];
    const announcedAt = doc.notification.announced_at;
    if (start.getTime() - announced.getTime() < hours * HOUR) {
      const latest = momentIn(new Date(start.getTime() - hours * HOUR), zone);
      // An emergency cannot always wait half a day (measures 4.3): late notice is reported, not blocking.
      const severity = doc.type === 'emergency' ? 'warning' : undefined;
      return [
        {
          path: ['notification', 'announced_at'],
          severity,
          message: t['notice.lead-time']({ announced: announcedAt, start: doc.window.start, hours, latest }),
        },
      ];
    }
    // A merge before the window deploys then: it too waits out the notice (an emergency's late notice is only reported above).
    if (
      !mergeAt ||
      doc.type === 'emergency' ||
      mergeAt >= start ||
      mergeAt.getTime() - announced.getTime() >= hours * HOUR
    )
      return [];
    const earliest = momentIn(new Date(announced.getTime() + hours * HOUR), zone);
    return [
      {
        path: ['notification', 'announced_at'],
        message: t['notice.before-merge']({ announced: announcedAt, merge: momentIn(mergeAt, zone), hours, earliest }),
      },
    ];
  },
};
