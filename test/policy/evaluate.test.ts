import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/policy/evaluate.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import { statusDescription, statusState } from '../../src/report/status.js';
import { edit, EMERGENCY, REGULAR } from '../helpers.js';
import { approve, byTeams, CONFIG, emergencySnapshot, HEAD, OLD, REGULAR_PATH, snapshot } from './snapshot-fixture.js';

const rules = (s: ReturnType<typeof snapshot>) =>
  evaluate(s)
    .findings.filter((f) => f.severity === 'error')
    .map((f) => f.rule);

describe('evaluate: the complete regular upgrade', () => {
  it('passes on Thursday with both roles approved', () => {
    const v = evaluate(snapshot());
    expect(v.findings).toEqual([]);
    expect(v.outcome).toBe('pass');
    expect(v.roles.map((r) => [r.role, r.approver])).toEqual([
      ['center-lead', 'li-lei'],
      ['general-office', 'han-meimei'],
    ]);
    expect(v.window).toMatchObject({
      open: true,
      nextFlipText: 'closes Thursday 2026-12-03 22:00 Asia/Shanghai (in 12 h 0 min)',
    });
    expect(v.documents[0]!.form).toMatchObject({ no: 'UPG-2026-1203-01', result: 'approved', executor: 'carol-ops' });
    expect(v.documents[0]!.features.map((f) => f.id)).toEqual(['BILL-412', 'BILL-418']);
  });
  it('a PR without upgrade documents passes and says so', () => {
    const v = evaluate(snapshot({ documents: [], changedFiles: ['README.md'] }));
    expect(v.outcome).toBe('pass');
    expect(v.summary).toMatch(/No upgrade document/);
  });
});

describe('time rules in the policy zone', () => {
  it.each([
    // [now (UTC), open?, rules when closed, next flip text]: by default the merge is tied to the day of the document's window (Thursday 2026-12-03 20:00–22:00)
    ['2026-12-02T15:59:59Z', false, ['merge.weekday'], 'opens Thursday 2026-12-03 00:00 Asia/Shanghai (in 0 min)'],
    ['2026-12-02T16:00:00Z', true, [], 'closes Thursday 2026-12-03 22:00 Asia/Shanghai (in 22 h 0 min)'], // 16:00 UTC Wednesday is Thursday 00:00 in Shanghai
    ['2026-12-03T13:59:00Z', true, [], 'closes Thursday 2026-12-03 22:00 Asia/Shanghai (in 1 min)'],
    ['2026-12-03T15:59:00Z', false, ['merge.window'], undefined], // Thursday 23:59: the window is over and never opens again
    ['2026-12-03T16:00:00Z', false, ['merge.weekday'], undefined],
    ['2026-12-10T04:00:00Z', false, ['merge.window'], undefined], // a Thursday, a week late
    [
      '2026-12-01T16:48:00Z',
      false,
      ['merge.weekday', 'notice.lead-time'],
      'opens Thursday 2026-12-03 00:00 Asia/Shanghai (in 23 h 12 min)',
    ], // Wednesday 00:48, before the notice of Wednesday 10:00
  ])('at %s', (now, open, rules, flip) => {
    const v = evaluate(snapshot({ now }));
    expect(v.window.open).toBe(open);
    expect(v.window.nextFlipText).toBe(flip);
    expect(v.findings.filter((f) => f.severity === 'error').map((f) => f.rule)).toEqual(rules);
  });

  it.each([
    // merge-window: off keeps only the merge days: all of Thursday in the policy zone
    ['2026-12-02T16:00:00Z', true, undefined, 'closes Friday 2026-12-04 00:00 Asia/Shanghai (in 1 d 0 h)'],
    ['2026-12-03T15:59:00Z', true, undefined, 'closes Friday 2026-12-04 00:00 Asia/Shanghai (in 1 min)'],
    ['2026-12-03T16:00:00Z', false, 'merge.weekday', 'opens Thursday 2026-12-10 00:00 Asia/Shanghai (in 6 d 0 h)'],
  ])('with merge-window: off, at %s', (now, open, rule, flip) => {
    const v = evaluate(snapshot({ now, config: { path: 'c.yml', text: `${CONFIG}merge-window: off\n` } }));
    expect(v.window.open).toBe(open);
    expect(v.window.nextFlipText).toBe(flip);
    expect(v.findings.filter((f) => f.severity === 'error').map((f) => f.rule)).toEqual(rule ? [rule] : []);
  });

  it('Europe/Berlin across the DST change: Thursday starts at local midnight on both sides', () => {
    const config = `${CONFIG.replace('time-zone: Asia/Shanghai', 'time-zone: Europe/Berlin')}merge-window: off\n`;
    const doc = edit(
      edit(
        edit(
          edit(REGULAR, 'start: 2026-12-03T20:00', 'start: 2026-10-29T20:00'),
          'end: 2026-12-03T22:00',
          'end: 2026-10-29T22:00',
        ),
        'completed: 2026-12-01T16:00',
        'completed: 2026-10-27T16:00',
      ),
      'announced_at: 2026-12-02T10:00',
      'announced_at: 2026-10-28T10:00',
    ).replace('date: 2026-11-30', 'date: 2026-10-26');
    const at = (now: string) =>
      evaluate(
        snapshot({ now, config: { path: 'c.yml', text: config }, documents: [{ path: REGULAR_PATH, text: doc }] }),
      );
    // Sunday 2026-10-25 Berlin leaves summer time (UTC+2 → UTC+1). Thursday 10-29 00:00 local = 10-28 23:00 UTC.
    expect(at('2026-10-28T22:59:00Z').window.open).toBe(false);
    expect(at('2026-10-28T22:59:00Z').window.nextFlipText).toBe(
      'opens Thursday 2026-10-29 00:00 Europe/Berlin (in 1 min)',
    );
    expect(at('2026-10-28T23:00:00Z').window.open).toBe(true);
    // Before the change, Thursday 10-22 00:00 local = 10-21 22:00 UTC.
    expect(at('2026-10-21T22:00:00Z').window.open).toBe(true);
    expect(at('2026-10-21T21:59:00Z').window.open).toBe(false);
  });

  it('America/New_York: the spring-forward week keeps Thursday whole', () => {
    const config = `${CONFIG.replace('time-zone: Asia/Shanghai', 'time-zone: America/New_York')}merge-window: off\n`;
    const v = (now: string) => evaluate(snapshot({ now, config: { path: 'c.yml', text: config } })).window;
    // 2027-03-14 is the change; Thursday 2027-03-18 00:00 EDT = 04:00 UTC.
    expect(v('2027-03-18T03:59:00Z').open).toBe(false);
    expect(v('2027-03-18T04:00:00Z').open).toBe(true);
    expect(v('2027-03-18T03:59:00Z').nextFlipText).toBe('opens Thursday 2027-03-18 00:00 America/New_York (in 1 min)');
  });

  it('a gray-environment upgrade is not held to the production day', () => {
    const doc = edit(REGULAR, 'environment: production', 'environment: gray');
    expect(
      evaluate(snapshot({ now: '2026-12-01T04:00:00Z', documents: [{ path: REGULAR_PATH, text: doc }] })).outcome,
    ).toBe('pass');
  });
});

describe('emergencies', () => {
  it('label + emergency document + every emergency field: merges on a Wednesday', () => {
    const v = evaluate(emergencySnapshot());
    expect(v.findings).toEqual([]);
    expect(v.outcome).toBe('pass');
    expect(v.window.emergencyBypass).toBe(true);
    expect(v.emergency).toMatchObject({ granted: true, label: { appliedBy: 'han-meimei' } });
    expect(v.upgradeType).toBe('emergency');
  });
  it('an emergency with a bad reason gets no bypass', () => {
    const doc = edit(EMERGENCY, 'reason: business-stoppage', 'reason: new-feature');
    expect(
      rules(
        emergencySnapshot({ documents: [{ path: 'upgrades/e.yaml', text: doc }], changedFiles: ['upgrades/e.yaml'] }),
      ).sort(),
    ).toEqual(['emergency.reason', 'merge.weekday']);
  });
  it('an emergency never waives approvals', () => {
    expect(rules(emergencySnapshot({ reviews: [approve('li-lei')] }))).toEqual(['approval.general-office']);
  });
});

describe('approvals', () => {
  const onlyApprovals = (s: ReturnType<typeof snapshot>) =>
    evaluate(s)
      .findings.filter((f) => f.rule.startsWith('approval'))
      .map((f) => `${f.severity} ${f.rule}`);
  it.each([
    ['both roles on head', [approve('li-lei'), approve('han-meimei')], []],
    ['one role missing', [approve('li-lei')], ['error approval.general-office']],
    [
      'the author approving never counts',
      [approve('li-lei'), approve('alice-dev')],
      ['error approval.general-office', 'notice approval.self'],
    ],
    [
      'a later dismissal withdraws',
      [
        approve('li-lei'),
        approve('han-meimei', '2026-12-02T01:00:00Z'),
        { id: 9, user: 'han-meimei', state: 'DISMISSED' as const, commitId: HEAD, submittedAt: '2026-12-02T03:00:00Z' },
      ],
      ['error approval.general-office'],
    ],
    [
      'a later comment does not withdraw',
      [
        approve('li-lei'),
        approve('han-meimei', '2026-12-02T01:00:00Z'),
        { id: 9, user: 'han-meimei', state: 'COMMENTED' as const, commitId: HEAD, submittedAt: '2026-12-02T03:00:00Z' },
      ],
      [],
    ],
    [
      'changes requested by a role member blocks the role',
      [
        approve('li-lei'),
        approve('han-meimei', '2026-12-02T01:00:00Z'),
        {
          id: 9,
          user: 'han-meimei',
          state: 'CHANGES_REQUESTED' as const,
          commitId: HEAD,
          submittedAt: '2026-12-02T03:00:00Z',
        },
      ],
      ['error approval.general-office'],
    ],
    [
      'approval after a request for changes counts',
      [
        approve('li-lei'),
        {
          id: 9,
          user: 'han-meimei',
          state: 'CHANGES_REQUESTED' as const,
          commitId: HEAD,
          submittedAt: '2026-12-02T01:00:00Z',
        },
        approve('han-meimei', '2026-12-02T03:00:00Z'),
      ],
      [],
    ],
    [
      'someone outside both roles does not count',
      [approve('li-lei'), approve('random-dev')],
      ['error approval.general-office'],
    ],
    [
      'an approval of an older commit, document changed since: stale',
      [approve('li-lei'), approve('han-meimei', '2026-12-01T01:00:00Z', OLD)],
      ['error approval.general-office', 'warning approval.stale'],
    ],
  ] as const)('%s', (_name, reviews, expected) => {
    const s = snapshot({
      reviews: [...reviews],
      changes: { [OLD]: { [REGULAR_PATH]: 'blob-1' }, [HEAD]: { [REGULAR_PATH]: 'blob-2' } },
    });
    expect(onlyApprovals(s).sort()).toEqual([...expected].sort());
  });
  it('a dual member is placed where they are needed', () => {
    // han-meimei holds both roles; li-lei only center-lead: the matching must give han-meimei the office.
    const s = snapshot({
      reviews: [approve('han-meimei'), approve('li-lei', '2026-12-02T03:00:00Z')],
      ...byTeams({ '@acme/rd-center-leads': ['li-lei', 'han-meimei'], '@acme/gm-office': ['han-meimei'] }),
    });
    expect(evaluate(s).roles.map((r) => r.approver)).toEqual(['li-lei', 'han-meimei']);
  });
  it('a team the token cannot read is a configuration error (status error), named with the permission and the fix', () => {
    const s = snapshot({ reviews: [approve('li-lei')], ...byTeams({ '@acme/rd-center-leads': ['li-lei'] }) });
    s.membership['@acme/gm-office'] = { members: [], unreadable: 404 };
    const v = evaluate(s);
    expect(v.findings.find((f) => f.rule === 'approval.general-office')).toBeDefined();
    const config = v.findings.find((f) => f.rule === 'config')!.message;
    expect(config).toContain('the token cannot read team @acme/gm-office (HTTP 404');
    expect(config).toContain('Members: read');
    expect(config).toContain('teams: { "@acme/gm-office": [login, ...] }');
    expect(v.outcome).toBe('error');
  });
});

describe('configuration and CODEOWNERS', () => {
  it('missing roles is a configuration error with a fix', () => {
    const v = evaluate(snapshot({ config: { path: '.github/upgrade-gate.yml', text: 'time-zone: Asia/Shanghai\n' } }));
    expect(v.outcome).toBe('error');
    expect(v.findings.map((f) => f.rule)).toEqual(['config']);
    expect(v.findings[0]!.message).toMatch(/no roles are configured: add a roles section/);
  });
});

describe('severity overrides', () => {
  it('apply to pull-request rules too: merge.weekday as a warning lets a Wednesday merge pass', () => {
    const config = `${CONFIG}rules:\n  merge.weekday: warning\n  approval.general-office: off\n`;
    // Wednesday 23:00, 13 hours after the notice.
    const v = evaluate(
      snapshot({ now: '2026-12-02T15:00:00Z', reviews: [approve('li-lei')], config: { path: 'c.yml', text: config } }),
    );
    expect(v.findings.map((f) => `${f.severity} ${f.rule}`)).toEqual(['warning merge.weekday']);
    expect(v.outcome).toBe('pass');
    expect(v.summary).toBe(
      'Ready: R&D center lead approved by @li-lei via @acme/rd-center-leads; window rule relaxed by configuration',
    );
  });
});

describe('overrides never wave through unreadable documents', () => {
  it('schema and yaml.* stay errors whatever the configuration says', () => {
    const config = `${CONFIG}rules:\n  schema: off\n  yaml.syntax: off\n`;
    const v = evaluate(
      snapshot({ config: { path: 'c.yml', text: config }, documents: [{ path: REGULAR_PATH, text: 'kind: [' }] }),
    );
    expect(v.findings.map((f) => `${f.severity} ${f.rule}`)).toEqual(['error yaml.syntax']);
    expect(v.outcome).toBe('fail');
  });
});

describe('renderers', () => {
  it('the status description never exceeds 140 characters and never says success for a failure', () => {
    for (const s of [
      snapshot(),
      snapshot({ reviews: [], now: '2026-12-01T00:00:00Z' }),
      emergencySnapshot({ labels: [] }),
    ]) {
      const v = evaluate(s);
      expect(statusDescription(v).length).toBeLessThanOrEqual(140);
      expect(statusState(v)).toBe(v.outcome === 'pass' ? 'success' : 'failure');
    }
  });
  it('the Markdown carries the marker, the form and what to do next', () => {
    const md = renderMarkdown(evaluate(snapshot({ reviews: [approve('li-lei')], now: '2026-12-02T04:00:00Z' })));
    expect(md.startsWith('<!-- upgrade-gate:sticky-comment -->')).toBe(true);
    expect(md).toContain('| NO. · 编号 | UPG-2026-1203-01 |');
    // The entry signed through is shown, not mentioned (a zero-width joiner keeps its @ inert).
    expect(md).toContain('✅ approved by @li-lei via @\u200Dacme/rd-center-leads, 2026-12-02 10:00 Asia/Shanghai');
    expect(md).toContain('✗ waiting for a member of @acme/gm-office');
    expect(md).toContain('opens Thursday 2026-12-03 00:00 Asia/Shanghai (in 12 h 0 min)');
    expect(md).toMatch(/- ❌ \*\*merge\.weekday\*\*/);
  });
  it('a huge list of findings stays under the comment limit', () => {
    const docs = Array.from({ length: 400 }, (_, i) => ({ path: `upgrades/x${i}.yaml`, text: 'kind: nope\n' }));
    const md = renderMarkdown(evaluate(snapshot({ documents: docs })));
    expect(md.length).toBeLessThan(65_536);
    expect(md).toMatch(/… and \d+ more findings/);
  });
});

describe('calendar helpers', () => {
  it('dateIn gives the zone date with a four-digit year', async () => {
    const { dateIn } = await import('../../src/time/calendar.js');
    expect(dateIn(new Date('2026-12-02T16:00:00Z'), 'Asia/Shanghai')).toBe('2026-12-03');
    expect(dateIn(new Date('2026-12-02T16:00:00Z'), 'America/New_York')).toBe('2026-12-02');
    expect(dateIn(new Date('0099-03-01T12:00:00Z'), 'UTC')).toBe('0099-03-01');
  });
});

describe('the status names the first configuration error, not a consequence of it', () => {
  it('an unknown key: the summary and the findings name it, and say nothing of roles', () => {
    const v = evaluate(
      snapshot({
        config: {
          path: '.github/upgrade-gate.yml',
          text: 'languag: en\nroles:\n  center-lead: { owners: ["@acme/rd-center-leads"] }\n  general-office: { owners: ["@acme/gm-office"] }\n',
        },
      }),
    );
    expect(v.outcome).toBe('error');
    expect(v.summary).toContain('languag is not a field of the upgrade-gate configuration: did you mean language?');
    expect(v.findings.map((f) => f.message).join('\n')).not.toContain('no roles are configured');
  });
});
