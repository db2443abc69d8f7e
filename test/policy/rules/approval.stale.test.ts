import { describe, expect, it } from 'vitest';
import { evaluate } from '../../../src/policy/evaluate.js';
import { approve, OLD, snapshot } from '../snapshot-fixture.js';

describe('approval.stale', () => {
  it('an approval of an older commit still counts when only ungoverned files changed', () => {
    const s = snapshot({ reviews: [approve('li-lei'), approve('han-meimei', '2026-12-01T01:00:00Z', OLD)], changedSince: { [OLD]: ['README.md'] } });
    expect(evaluate(s).outcome).toBe('pass');
  });
  it('an older commit whose changes are unknown fails closed', () => {
    const s = snapshot({ reviews: [approve('li-lei'), approve('han-meimei', '2026-12-01T01:00:00Z', OLD)], changedSince: {} });
    const v = evaluate(s);
    expect(v.findings.find((f) => f.rule === 'approval.stale')!.message).toContain('could not be read');
    expect(v.outcome).toBe('fail');
  });
});
