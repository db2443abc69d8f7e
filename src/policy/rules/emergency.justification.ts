import type { DocumentRule } from '../rule.js';

const PLACEHOLDER =
  /^(todo|tbd|n\/?a|none|urgent|asap|fix|hotfix|emergency|see (above|below|ticket)|-+|\.+|x+|待定|无|紧急)$/i;
const WIDE = /[\u1100-\u115F\u2E80-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6]/u;

// Characters that add length but nothing a reader sees: format characters (zero-width spaces and
// joiners, direction marks), controls, combining marks, unassigned and private code points, and the
// blank "letters" (Hangul fillers, the braille blank).
const INVISIBLE = /[\p{Cf}\p{Cc}\p{Cs}\p{Co}\p{Cn}\p{M}\u115F\u1160\u3164\uFFA0\u2800]/gu;
const WORD = /[\p{L}\p{N}]/u;

/** The text as a reader sees it: invisible characters gone, every run of blanks one space. */
export function visibleText(text: string): string {
  return text.replace(INVISIBLE, '').replace(/\s+/gu, ' ').trim();
}

/**
 * Length of what a reader sees, in which a CJK character counts twice (it carries about as much as two
 * Latin letters), a letter, digit or space once, and punctuation and invisible characters not at all.
 */
export function weightedLength(text: string): number {
  let n = 0;
  for (const ch of visibleText(text)) n += WORD.test(ch) ? (WIDE.test(ch) ? 2 : 1) : ch === ' ' ? 1 : 0;
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
    if (PLACEHOLDER.test(visibleText(text))) return [{ path, message: t['emergency.justification-placeholder']() }];
    const min = config.emergency['min-justification-length'];
    const length = weightedLength(text);
    return length >= min ? [] : [{ path, message: t['emergency.justification']({ length, min }) }];
  },
};
