import { describe, expect, it } from 'vitest';
import { check, edit, EMERGENCY, REGULAR } from '../../helpers.js';
import { breaksOnly } from './rule-case.js';

describe('window.length', () => {
  breaksOnly('window.length', [
    // Thursday 20:00 to the next Wednesday 22:00: a regular merge could run on any day of that week.
    {
      doc: () => edit(REGULAR, 'end: 2026-12-03T22:00', 'end: 2026-12-09T22:00'),
      line: 18,
      says: 'the window runs 146 hours',
    },
    // One minute over a day.
    {
      doc: () => edit(REGULAR, 'end: 2026-12-03T22:00', 'end: 2026-12-04T20:01'),
      line: 18,
      says: 'end the window at most 24 hours after it starts',
    },
  ]);
  it('a Thursday night window that crosses midnight, a whole day, and an emergency are fine', () => {
    const rules = (doc: string) => check(doc).map((f) => f.rule);
    expect(rules(edit(REGULAR, 'end: 2026-12-03T22:00', 'end: 2026-12-04T02:00'))).not.toContain('window.length');
    expect(rules(edit(REGULAR, 'end: 2026-12-03T22:00', 'end: 2026-12-04T20:00'))).not.toContain('window.length');
    const long = EMERGENCY.replace(
      /end: (\S+)/,
      (_m, end: string) =>
        `end: ${end.replace(/^(\d{4}-\d{2}-)(\d{2})/, (_x, ym: string, d: string) => `${ym}${String(Number(d) + 3).padStart(2, '0')}`)}`,
    );
    expect(long).not.toBe(EMERGENCY);
    expect(rules(long)).not.toContain('window.length');
  });
});
