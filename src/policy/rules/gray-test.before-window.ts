import { momentIn } from '../../time/calendar.js';
import { toInstant } from '../../time/local-time.js';
import type { DocumentRule, RuleHit } from '../rule.js';

/**
 * Measures 3.3 and 4.2: a production upgrade is first tested in the gray environment, successfully,
 * before the window, and (under GitOps the merge is the deploy) before the merge.
 */
export const grayTestBeforeWindow: DocumentRule = {
  id: 'gray-test.before-window',
  scope: 'document',
  severity: 'error',
  softenable: true,
  emergency: false,
  clause: '3.3',
  check: ({ doc, config, t, mergeAt }) => {
    if (doc.environment !== 'production') return [];
    const gray = doc.gray_test;
    if (!gray) return [{ path: ['gray_test'], atKey: true, message: t['gray-test.missing']() }];
    const hits: RuleHit[] = [];
    if (gray.result !== 'passed') hits.push({ path: ['gray_test', 'result'], message: t['gray-test.failed']() });
    const zone = config['time-zone'];
    const completed = toInstant(gray.completed, zone);
    const start = toInstant(doc.window.start, zone);
    if (completed && start && completed >= start) {
      hits.push({
        path: ['gray_test', 'completed'],
        message: t['gray-test.before-window']({ completed: gray.completed, start: doc.window.start }),
      });
    } else if (completed && mergeAt && completed > mergeAt) {
      hits.push({
        path: ['gray_test', 'completed'],
        message: t['gray-test.before-merge']({ completed: gray.completed, merge: momentIn(mergeAt, zone) }),
      });
    }
    return hits;
  },
};
