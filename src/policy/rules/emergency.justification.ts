import type { DocumentRule } from '../rule.js';

const PLACEHOLDER =
  /^(todo|tbd|n\/?a|none|urgent|asap|fix|hotfix|emergency|see (above|below|ticket)|-+|\.+|x+|待定|无|紧急)$/i;
const WIDE = /[\u1100-\u115F\u2E80-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6]/u;

/** Length in which a CJK character counts twice: it carries about as much as two Latin letters. */
export function weightedLength(text: string): number {
  let n = 0;
  for (const ch of text.trim().replace(/\s+/g, ' ')) n += WIDE.test(ch) ? 2 : 1;
  return n;
}

/** Measures 3.2: an emergency is justified in writing, at more than placeholder length. */
export const emergencyJustification: DocumentRule = {
  id: 'emergency.justification',
  scope: 'document',
  severity: 'error',
  softenable: true,
  emergency: true,
  clause: '3.2',
  check: ({ doc, config, t }) => {
    const text = doc.emergency?.justification;
    if (text === undefined) return [];
    const path = ['emergency', 'justification'];
    if (PLACEHOLDER.test(text.trim())) return [{ path, message: t['emergency.justification-placeholder']() }];
    const min = config.emergency['min-justification-length'];
    const length = weightedLength(text);
    return length >= min ? [] : [{ path, message: t['emergency.justification']({ length, min }) }];
  },
};
