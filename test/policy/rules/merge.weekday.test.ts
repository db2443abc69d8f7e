import { describe, expect, it } from 'vitest';
import { evaluate } from '../../../src/policy/evaluate.js';
import { emergencySnapshot, snapshot } from '../snapshot-fixture.js';

describe('merge.weekday', () => {
  it('a Wednesday merge of a regular upgrade is refused, saying when the window opens', () => {
    const v = evaluate(snapshot({ now: '2026-12-02T15:00:00Z' }));
    expect(v.findings.map((f) => `${f.severity} ${f.rule}`)).toEqual(['error merge.weekday']);
    expect(v.findings[0]!.message).toContain(
      'a regular production upgrade cannot merge now; the window opens Thursday 2026-12-03 00:00 Asia/Shanghai',
    );
  });
  it('Thursday in the policy zone passes', () => {
    expect(evaluate(snapshot({ now: '2026-12-03T02:00:00Z' })).findings).toEqual([]);
  });
  it('a granted emergency is not held to the day', () => {
    expect(evaluate(emergencySnapshot()).findings).toEqual([]);
  });
});
