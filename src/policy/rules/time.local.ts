import { localTimeProblem } from '../../time/local-time-problem.js';
import type { DocPath } from '../../document/yaml-source.js';
import type { DocumentRule, RuleHit } from '../rule.js';

/** A local time (no offset) in a daylight-saving gap or fall-back hour is named, never silently shifted. */
export const timeLocal: DocumentRule = {
  id: 'time.local',
  scope: 'document',
  severity: 'error',
  softenable: false,
  emergency: false,
  clause: null,
  check: ({ doc, config, t }) => {
    const times: Array<[DocPath, string | undefined]> = [
      [['window', 'start'], doc.window.start],
      [['window', 'end'], doc.window.end],
      [['gray_test', 'completed'], doc.gray_test?.completed],
      [['notification', 'announced_at'], doc.notification?.announced_at],
      [['emergency', 'confirmation', 'confirmed_at'], doc.emergency?.confirmation?.confirmed_at],
    ];
    const hits: RuleHit[] = [];
    for (const [path, text] of times) {
      const message = text === undefined ? undefined : localTimeProblem(t, path.join('.'), text, config['time-zone']);
      if (message) hits.push({ path, message });
    }
    return hits;
  },
};
