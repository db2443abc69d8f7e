import { describe, expect, it } from 'vitest';
import { loadPolicyConfig } from '../../../src/policy/load-policy.js';
import { evaluate } from '../../../src/policy/evaluate.js';
import { CONFIG, TEAMS_CONFIG, byTeams, emergencySnapshot } from '../snapshot-fixture.js';

const label = (appliedBy?: string) => [{ name: 'emergency', appliedBy, appliedAt: '2026-11-25T03:00:00Z' }];
const applier = (v: ReturnType<typeof evaluate>) => v.findings.filter((f) => f.rule === 'emergency.applier');

describe('emergency.applier', () => {
  it("a label the General Manager's Office applied grants the bypass", () => {
    const v = evaluate(emergencySnapshot());
    expect(applier(v)).toEqual([]);
    expect(v.emergency?.granted).toBe(true);
    expect(v.outcome).toBe('pass');
  });
  it('the PR author applying it withdraws the bypass, naming who may apply it', () => {
    const v = evaluate(emergencySnapshot({ labels: label('alice-dev') }));
    expect(applier(v)[0]!.message).toMatch(
      /applied by the PR author @alice-dev.*General Manager's Office \(@acme\/gm-office\)/,
    );
    expect(v.emergency?.granted).toBe(false);
    expect(v.findings.map((f) => f.rule)).toContain('merge.weekday');
    expect(v.outcome).toBe('fail');
  });
  it('the author is never enough, even as a member of the role', () => {
    const v = evaluate(
      emergencySnapshot({
        labels: label('han-meimei'),
        pullRequest: { ...emergencySnapshot().pullRequest, author: 'Han-Meimei' },
      }),
    );
    expect(applier(v)[0]!.message).toContain('applied by the PR author @han-meimei');
  });
  it('someone outside the role (an ops engineer with triage rights) does not count either', () => {
    const v = evaluate(emergencySnapshot({ labels: label('bob-ops') }));
    expect(applier(v)[0]!.message).toMatch(
      /applied by @bob-ops, who is not a member of the General Manager's Office \(@acme\/gm-office\)/,
    );
    expect(v.emergency?.granted).toBe(false);
  });
  it('an applier that cannot be read fails closed', () => {
    const v = evaluate(emergencySnapshot({ labels: label(undefined) }));
    expect(applier(v)[0]!.message).toMatch(/cannot be read from the pull request's events/);
    expect(v.emergency?.granted).toBe(false);
  });
  it('team membership read through the API counts; a team that cannot be read is named', () => {
    const member = evaluate(
      emergencySnapshot({
        labels: label('zhao-gm'),
        ...byTeams({ '@acme/gm-office': ['zhao-gm', 'han-meimei'], '@acme/rd-center-leads': ['li-lei'] }),
      }),
    );
    expect(applier(member)).toEqual([]);
    const unread = evaluate(
      emergencySnapshot({
        labels: label('zhao-gm'),
        config: { path: '.github/upgrade-gate.yml', text: TEAMS_CONFIG },
        membership: { '@acme/gm-office': { members: [], unreadable: 404 } },
      }),
    );
    expect(applier(unread)[0]!.message).toContain('the team @acme/gm-office could not be read');
  });
  it('the configuration may name another role; it cannot switch the rule off', () => {
    const config = {
      path: '.github/upgrade-gate.yml',
      text: CONFIG.replace(/^emergency:\n/m, 'emergency:\n  applied-by: [center-lead]\n'),
    };
    expect(config.text).toContain('applied-by: [center-lead]');
    expect(applier(evaluate(emergencySnapshot({ labels: label('li-lei'), config })))).toEqual([]);
    expect(applier(evaluate(emergencySnapshot({ labels: label('han-meimei'), config })))[0]!.message).toContain(
      'not a member of the R&D center lead',
    );
    const off = evaluate(
      emergencySnapshot({
        labels: label('bob-ops'),
        config: { path: config.path, text: `${CONFIG}\nrules:\n  emergency.applier: off\n` },
      }),
    );
    expect(applier(off)).toHaveLength(1);
    expect(off.outcome).toBe('fail');
    expect(off.emergency?.granted).toBe(false);
  });
  it('applied-by names configured roles only', () => {
    const { findings } = loadPolicyConfig(
      CONFIG.replace(/^emergency:\n/m, 'emergency:\n  applied-by: [general-office, gm]\n'),
    );
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ rule: 'config', line: 25, column: 32 });
    expect(findings[0]!.message).toContain(
      'emergency.applied-by names "gm", which is not a role under roles (center-lead, general-office)',
    );
  });
  it('speaks zh-CN', () => {
    const v = evaluate(emergencySnapshot({ labels: label('bob-ops'), language: 'zh-CN' }));
    expect(applier(v)[0]!.message).toMatch(/标签由 @bob-ops 添加，但其不是总经理办公室（@acme\/gm-office）的成员/);
  });
});
