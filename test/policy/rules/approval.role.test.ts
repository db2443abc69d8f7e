import { describe, expect, it } from 'vitest';
import { evaluate } from '../../../src/policy/evaluate.js';
import { approve, HEAD, snapshot } from '../snapshot-fixture.js';

describe('approval.<role>', () => {
  it('a missing role names its owners, an example member and the head to approve', () => {
    const v = evaluate(snapshot({ reviews: [approve('li-lei')] }));
    const f = v.findings.find((x) => x.rule === 'approval.general-office')!;
    expect(f.severity).toBe('error');
    expect(f.message).toContain(
      "waiting for an approval from the General Manager's Office: a member of @acme/gm-office",
    );
    expect(f.message).toContain(`approves the current head ${HEAD.slice(0, 7)}`);
    expect(v.findings.map((x) => x.rule)).toEqual(['approval.general-office']);
  });
  it("a member's request for changes blocks the role and says whom to ask", () => {
    const v = evaluate(
      snapshot({
        reviews: [
          approve('li-lei'),
          {
            id: 9,
            user: 'han-meimei',
            state: 'CHANGES_REQUESTED',
            commitId: HEAD,
            submittedAt: '2026-12-02T03:00:00Z',
          },
        ],
      }),
    );
    expect(v.findings.map((x) => x.rule)).toEqual(['approval.general-office']);
    expect(v.findings[0]!.message).toContain(
      "@han-meimei (General Manager's Office) requested changes: address them and ask @han-meimei to approve",
    );
  });
  it('each configured role is its own rule id, so one can be softened alone', () => {
    const config = snapshot().config.text!.concat('rules:\n  approval.general-office: warning\n');
    const v = evaluate(snapshot({ reviews: [approve('li-lei')], config: { path: 'c.yml', text: config } }));
    expect(v.findings.map((x) => `${x.severity} ${x.rule}`)).toEqual(['warning approval.general-office']);
    expect(v.outcome).toBe('pass');
  });
  it('approvals after the merge are shown, never counted', () => {
    const v = evaluate(
      snapshot({
        reviews: [approve('li-lei'), approve('han-meimei', '2026-12-02T03:00:00Z')],
        pullRequest: { ...snapshot().pullRequest, merged: true, mergedAt: '2026-12-02T02:30:00Z' },
      }),
    );
    expect(v.roles.find((r) => r.role === 'general-office')!.notCounted[0]!.why).toMatch(/after the merge/);
    expect(v.roles.find((r) => r.role === 'center-lead')!.satisfied).toBe(true);
    expect(v.findings.map((f) => f.rule)).toContain('approval.general-office');
  });
});
