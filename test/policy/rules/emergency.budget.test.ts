import { describe, expect, it } from 'vitest';
import { evaluate } from '../../../src/policy/evaluate.js';
import { EMERGENCY } from '../../helpers.js';
import { CONFIG, emergencySnapshot } from '../snapshot-fixture.js';

describe('emergency.budget', () => {
  it('the monthly budget counts earlier emergencies and lists them', () => {
    const earlier = [
      { pr: 3, id: 'UPG-E-1', mergedAt: '2026-11-03T10:00:00Z' },
      { pr: 5, id: 'UPG-E-2', mergedAt: '2026-11-12T10:00:00Z' },
    ];
    const v = evaluate(emergencySnapshot({ emergenciesThisMonth: earlier }));
    expect(v.findings.map((f) => f.rule)).toEqual(['emergency.budget']);
    expect(v.findings[0]!.message).toContain('UPG-E-1 (PR #3, 2026-11-03), UPG-E-2 (PR #5, 2026-11-12)');
    const warn = evaluate(
      emergencySnapshot({
        emergenciesThisMonth: earlier,
        config: {
          path: 'c.yml',
          text: CONFIG.replace('monthly-budget: 2', 'monthly-budget: 2\n  budget-severity: warning'),
        },
      }),
    );
    expect(warn.outcome).toBe('pass');
  });
  it("the budget month is the policy zone's: 00:30 on December 1st in Shanghai no longer counts November", () => {
    const earlier = [
      { pr: 3, id: 'UPG-E-1', mergedAt: '2026-11-03T10:00:00Z' },
      { pr: 5, id: 'UPG-E-2', mergedAt: '2026-11-30T15:00:00Z' }, // 23:00 November 30 in Shanghai
    ];
    const doc = EMERGENCY.replace(/2026-11-25/g, '2026-12-01')
      .replace('start: 2026-12-01T22:00', 'start: 2026-12-01T01:00')
      .replace('end: 2026-12-01T23:00', 'end: 2026-12-01T02:00')
      .replace('announced_at: 2026-12-01T10:00', 'announced_at: 2026-11-30T10:00')
      .replace('confirmed_at: 2026-12-01T09:50', 'confirmed_at: 2026-12-01T00:10')
      .replace('completed: 2026-12-01T16:00', 'completed: 2026-12-01T00:20')
      .replace('date: 2026-12-01', 'date: 2026-11-30');
    const at = (now: string) =>
      evaluate(
        emergencySnapshot({
          now,
          emergenciesThisMonth: earlier,
          documents: [{ path: 'upgrades/e.yaml', text: doc }],
          changedFiles: ['upgrades/e.yaml'],
        }),
      );
    expect(at('2026-11-30T16:30:00Z').findings.map((f) => f.rule)).toEqual([]);
    expect(at('2026-11-30T15:30:00Z').findings.map((f) => f.rule)).toContain('emergency.budget');
  });
});
