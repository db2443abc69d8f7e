import { describe, expect, it } from 'vitest';
import { evaluate } from '../../../src/policy/evaluate.js';
import { approve, byTeams, snapshot } from '../snapshot-fixture.js';

describe('approval.self', () => {
  it("the author's approval is a notice and fills no role, even when the author holds it", () => {
    const v = evaluate(
      snapshot({
        reviews: [approve('li-lei'), approve('alice-dev')],
        ...byTeams({ '@acme/rd-center-leads': ['li-lei'], '@acme/gm-office': ['alice-dev'] }),
      }),
    );
    const self = v.findings.find((f) => f.rule === 'approval.self')!;
    expect(self.severity).toBe('notice');
    expect(self.message).toContain("@alice-dev approved their own pull request: the author's approval never counts");
    expect(v.roles.find((r) => r.role === 'general-office')).toMatchObject({
      satisfied: false,
      notCounted: [{ login: 'alice-dev', why: 'author of the pull request' }],
    });
    expect(v.outcome).toBe('fail');
  });
  it('no notice when the author did not approve', () => {
    expect(evaluate(snapshot()).findings.filter((f) => f.rule === 'approval.self')).toEqual([]);
  });
});

describe('approval.self: people who changed the pull request', () => {
  it('an approver who authored or committed a commit of the PR never counts', () => {
    const v = evaluate(snapshot({ contributors: ['alice-dev', 'Li-Lei'] }));
    expect(v.roles.find((r) => r.role === 'center-lead')!.notCounted).toEqual([
      { login: 'li-lei', why: 'committed to the pull request' },
    ]);
    expect(v.findings.find((f) => f.rule === 'approval.self')!.message).toContain(
      '@li-lei authored or committed commits of this pull request',
    );
    expect(v.outcome).toBe('fail');
  });
  it('unknown committers fail closed', () => {
    expect(evaluate(snapshot({ contributors: undefined })).outcome).toBe('fail');
  });
});
