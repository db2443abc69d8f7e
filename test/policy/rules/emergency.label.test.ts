import { describe, expect, it } from 'vitest';
import { evaluate } from '../../../src/policy/evaluate.js';
import { emergencySnapshot, snapshot } from '../snapshot-fixture.js';

const rules = (s: ReturnType<typeof snapshot>) =>
  evaluate(s)
    .findings.filter((f) => f.severity === 'error')
    .map((f) => f.rule);

describe('emergency.label', () => {
  it('the label without an emergency document says which half is missing', () => {
    const v = evaluate(snapshot({ now: '2026-12-02T15:00:00Z', labels: [{ name: 'emergency' }] }));
    expect(v.findings.map((f) => f.rule).sort()).toEqual(['emergency.label', 'merge.weekday']);
    expect(v.findings.find((f) => f.rule === 'emergency.label')!.message).toContain(
      'no upgrade document says type: emergency',
    );
  });
  it('an emergency document without the label gets no bypass', () => {
    const v = evaluate(emergencySnapshot({ labels: [] }));
    expect(rules(emergencySnapshot({ labels: [] })).sort()).toEqual(['emergency.label', 'merge.weekday']);
    expect(v.findings.find((f) => f.rule === 'emergency.label')!.message).toContain('lacks the "emergency" label');
  });
});
