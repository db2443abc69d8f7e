import { describe, expect, it } from 'vitest';
import { isOutcomeCommand, parseOutcomeCommand, type OutcomeDocumentFacts } from '../../src/archive/outcome-command.js';

const billing: OutcomeDocumentFacts = { id: 'UPG-2026-1203-01', cases: ['V-1', 'V-2'], windowStart: '2026-12-03T20:00' };
const orders: OutcomeDocumentFacts = { id: 'UPG-2026-1203-02', cases: ['O-1'], windowStart: '2026-12-03T20:00' };
const ctx = { zone: 'Asia/Shanghai', documents: [billing], now: '2026-12-03T14:00:00Z' };
const parse = (body: string, c: Partial<typeof ctx> = {}) => parseOutcomeCommand(body, { ...ctx, ...c });
const findings = (body: string, c: Partial<typeof ctx> = {}) => {
  const r = parse(body, c);
  if (!r.command) throw new Error('not a command');
  return r.findings.map((f) => `${f.line}:${f.column} ${f.rule} ${f.message}`);
};

const GOOD = `/upgrade-result succeeded
completed_at: 2026-12-03T21:40
verification:
  V-1: passed
  V-2: passed
notes: started, routine checks and the verification cases passed
notified_at: 2026-12-03T21:50`;

describe('isOutcomeCommand', () => {
  it.each([
    ['/upgrade-result succeeded', true],
    ['\n\n  /upgrade-result failed\ncause: x', true],
    ['/UPGRADE-RESULT succeeded', true],
    ['/upgrade-result', true],
    ['/upgrade-results are in', false],
    ['/upgrade-result-foo', false],
    ['LGTM /upgrade-result succeeded', false],
    ['Thanks! Deploy went fine.', false],
    ['', false],
  ])('%j → %s', (body, want) => expect(isOutcomeCommand(body)).toBe(want));
});

describe('parseOutcomeCommand', () => {
  it('an ordinary comment is not a command', () => {
    expect(parse('Looks good to me')).toEqual({ command: false });
  });

  it('accepts the example of the measures, with times read in the policy zone', () => {
    const r = parse(GOOD);
    expect(r).toMatchObject({ command: true, findings: [], accepted: { document: 'UPG-2026-1203-01', completedAt: '2026-12-03T13:40:00.000Z', notifiedAt: '2026-12-03T13:50:00.000Z', command: { outcome: 'succeeded', verification: { 'V-1': 'passed', 'V-2': 'passed' } } } });
  });

  it('accepts Windows line ends, a fenced block and an offset', () => {
    const body = '/upgrade-result succeeded\r\n```yaml\r\ncompleted_at: 2026-12-03T13:40:00Z\r\nverification: { V-1: passed, V-2: passed }\r\nnotes: ok\r\n```';
    expect(parse(body)).toMatchObject({ accepted: { completedAt: '2026-12-03T13:40:00.000Z' } });
  });

  it('an unknown outcome word is placed on line 1 with a guess', () => {
    expect(findings(GOOD.replace('succeeded', 'succeded'))).toEqual(['1:17 outcome.command "succeded" is not an outcome: did you mean succeeded? write succeeded (every verification case passed), failed (a case failed) or restored (the backup was restored) after /upgrade-result']);
  });

  it('a missing outcome word and extra words are named', () => {
    expect(findings(GOOD.replace('/upgrade-result succeeded', '/upgrade-result'))[0]).toMatch(/^1:16 outcome.command the first line is "\/upgrade-result"/);
    expect(findings(GOOD.replace('succeeded', 'succeeded 🎉 yay'))[0]).toBe('1:27 outcome.command only the outcome goes on the first line, not "🎉 yay": move it to notes on a line below');
  });

  it('nothing after the command says what to add', () => {
    expect(findings('/upgrade-result succeeded')[0]).toMatch(/^1:1 outcome.schema nothing follows \/upgrade-result: add completed_at, verification/);
  });

  it('YAML syntax errors keep the comment line numbers', () => {
    const f = findings('/upgrade-result succeeded\ncompleted_at: 2026-12-03T21:40\nverification:\n  V-1: passed\n V-2: passed\nnotes: x');
    expect(f[0]).toMatch(/^5:\d+ yaml\./);
  });

  it('a case result that is not passed/failed is placed on its line with a guess', () => {
    expect(findings(GOOD.replace('V-2: passed', 'V-2: pass'))).toEqual(['5:8 outcome.schema verification.V-2 is "pass", which is not allowed: did you mean passed? use one of passed, failed']);
  });

  it('missing required fields are listed on the command line', () => {
    const f = findings('/upgrade-result succeeded\nverification:\n  V-1: passed\n  V-2: passed');
    expect(f).toEqual([expect.stringMatching(/^1:1 outcome.schema completed_at is missing: add when the upgrade and its verification were finished/), expect.stringMatching(/^1:1 outcome.schema notes is missing/)]);
  });

  it('a bad time is a finding on that value', () => {
    expect(findings(GOOD.replace('2026-12-03T21:40', '2026-12-03 9:40pm'))[0]).toMatch(/^2:15 outcome.schema completed_at is "2026-12-03 9:40pm", which is not a real date and time written YYYY-MM-DDTHH:MM/);
  });

  it('failed needs a cause; restored names the backup', () => {
    expect(findings(GOOD.replace('succeeded', 'failed').replace('V-2: passed', 'V-2: failed'))).toEqual([expect.stringMatching(/^1:1 outcome.schema cause is missing: add why the upgrade failed/)]);
    expect(findings(GOOD.replace('succeeded', 'restored'))).toEqual([expect.stringMatching(/^1:1 outcome.schema backup_restored is missing: add which backup was restored/)]);
    expect(parse(`${GOOD.replace('succeeded', 'failed').replace('V-2: passed', 'V-2: failed')}\ncause: migration 0042 timed out`)).toMatchObject({ accepted: { command: { outcome: 'failed', cause: 'migration 0042 timed out' } } });
    expect(parse(`${GOOD.replace('succeeded', 'restored')}\nbackup_restored: s3://acme-backups/billing/2026-12-03/db/`)).toMatchObject({ accepted: { command: { outcome: 'restored' } } });
  });

  it('succeeded with a failed case is refused on that case', () => {
    expect(findings(GOOD.replace('V-1: passed', 'V-1: failed'))).toEqual(['4:8 outcome.verification case V-1 failed, so the upgrade did not succeed (measures 4.6): write /upgrade-result failed with the cause, or restored with the backup restored']);
  });

  it('every case of the document is given, and no other', () => {
    expect(findings(GOOD.replace('  V-2: passed\n', ''))).toEqual(['3:1 outcome.verification verification does not give V-2: every verification case of the document is reported passed or failed; add "V-2: passed"']);
    expect(findings(GOOD.replace('V-2: passed', 'V-3: passed'))).toEqual([
      '3:1 outcome.verification verification does not give V-2: every verification case of the document is reported passed or failed; add "V-2: passed"',
      '5:3 outcome.verification verification case V-3 is not in the document: did you mean V-2? its cases are V-1, V-2',
    ]);
  });

  it('with several documents, document: names one', () => {
    expect(findings(GOOD, { documents: [billing, orders] })).toEqual(['1:1 outcome.document this pull request has several upgrade documents (UPG-2026-1203-01, UPG-2026-1203-02): add a line "document: <NO.>" naming the one this outcome is for']);
    expect(findings(`${GOOD}\ndocument: UPG-2026-1203-03`, { documents: [billing, orders] })[0]).toBe('8:11 outcome.document document UPG-2026-1203-03 is not an upgrade document of this pull request: did you mean UPG-2026-1203-01? use one of UPG-2026-1203-01, UPG-2026-1203-02');
    expect(parse(`/upgrade-result succeeded\ndocument: UPG-2026-1203-02\ncompleted_at: 2026-12-03T21:40\nverification: { O-1: passed }\nnotes: ok`, { documents: [billing, orders] })).toMatchObject({ accepted: { document: 'UPG-2026-1203-02' } });
  });

  it('times: not before the window, not after the comment, the notice after completion', () => {
    expect(findings(GOOD.replace('completed_at: 2026-12-03T21:40', 'completed_at: 2026-12-03T19:40').replace('21:50', '19:50'))).toEqual([expect.stringMatching(/^2:15 outcome.time completed_at \(2026-12-03T19:40\) is before the window starts \(2026-12-03T20:00\)/)]);
    expect(findings(GOOD, { now: '2026-12-03T13:45:00Z' })).toEqual([expect.stringMatching(/^7:14 outcome.time notified_at \(2026-12-03T21:50\) is later than this comment/)]);
    expect(findings(GOOD.replace('notified_at: 2026-12-03T21:50', 'notified_at: 2026-12-03T21:30'))).toEqual([expect.stringMatching(/^7:14 outcome.time notified_at \(2026-12-03T21:30\) is before completed_at/)]);
  });

  it('outcome as a YAML field and unknown fields are findings', () => {
    expect(findings(`${GOOD}\noutcome: failed`)).toEqual(['8:1 outcome.schema outcome is written on the first line (/upgrade-result succeeded|failed|restored), not as a field: remove this line']);
    expect(findings(`${GOOD}\nnote: typo`)[0]).toMatch(/^8:1 outcome.schema note is not a field of an outcome: did you mean notes\?/);
  });

  it('hostile input never throws', () => {
    for (const body of ['/upgrade-result succeeded\n- a\n- b', '/upgrade-result succeeded\n__proto__: 1', '/upgrade-result succeeded\n&a [*a]', `/upgrade-result succeeded\n${'['.repeat(500)}`, '/upgrade-result succeeded\nverification: 3\ncompleted_at: x\nnotes: ""']) {
      const r = parse(body);
      expect(r.command && r.findings.length).toBeGreaterThan(0);
    }
  });
});
