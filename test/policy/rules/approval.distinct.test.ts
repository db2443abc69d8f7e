import { describe, expect, it } from 'vitest';
import { evaluate } from '../../../src/policy/evaluate.js';
import { approve, byTeams, snapshot, TEAMS_CONFIG } from '../snapshot-fixture.js';

const onlyApprovals = (s: ReturnType<typeof snapshot>) =>
  evaluate(s)
    .findings.filter((f) => f.rule.startsWith('approval'))
    .map((f) => `${f.severity} ${f.rule}`);

describe('approval.distinct', () => {
  it('one person in both roles signs once (approval.distinct)', () => {
    const s = snapshot({
      reviews: [approve('li-lei')],
      ...byTeams({ '@acme/rd-center-leads': ['li-lei'], '@acme/gm-office': ['li-lei', 'han-meimei'] }),
    });
    expect(onlyApprovals(s).sort()).toEqual(['error approval.distinct', 'error approval.general-office']);
    const allowed = snapshot({
      reviews: [approve('li-lei')],
      ...byTeams(
        { '@acme/rd-center-leads': ['li-lei'], '@acme/gm-office': ['li-lei'] },
        `${TEAMS_CONFIG}allow-same-approver-for-roles: true\n`,
      ),
    });
    expect(evaluate(allowed).outcome).toBe('pass');
  });
});
