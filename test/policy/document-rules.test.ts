import { describe, expect, it } from 'vitest';
import { compareVersions } from '../../src/policy/rules/release.forward.js';
import { weightedLength } from '../../src/policy/rules/emergency.justification.js';
import { check, edit, EMERGENCY, REGULAR } from '../helpers.js';

const rules = (findings: { rule: string }[]) => findings.map((f) => f.rule);

describe('the examples', () => {
  it('the regular example passes every rule', () => {
    expect(check(REGULAR)).toEqual([]);
  });
  it('the emergency example passes every rule', () => {
    expect(check(EMERGENCY)).toEqual([]);
  });
});

// Each row breaks one rule on purpose and names where the finding must land.
const cases: Array<{ rule: string; doc: () => string; line: number; severity?: string; config?: object; missing?: string[] }> = [
  { rule: 'people.two-person', doc: () => edit(REGULAR, 'supervisor: dave-ops', 'supervisor: Carol-Ops'), line: 60 },
  { rule: 'window.order', doc: () => edit(REGULAR, 'end: 2026-12-03T22:00', 'end: 2026-12-03T20:00'), line: 18 },
  { rule: 'window.weekday', doc: () => edit(edit(REGULAR, 'start: 2026-12-03T20:00', 'start: 2026-12-02T20:00'), 'announced_at: 2026-12-02T10:00', 'announced_at: 2026-12-01T10:00'), line: 17 },
  // 16:00 UTC Wednesday is 00:00 Thursday in Shanghai: an allowed production day.
  { rule: 'window.weekday', doc: () => edit(REGULAR, 'start: 2026-12-03T20:00', 'start: 2026-12-02T15:00Z'), line: 17 },
  { rule: 'gray-test.before-window', doc: () => edit(REGULAR, 'completed: 2026-12-01T16:00', 'completed: 2026-12-08T16:00'), line: 41 },
  { rule: 'gray-test.before-window', doc: () => edit(REGULAR, 'result: passed', 'result: failed'), line: 42 },
  { rule: 'gray-test.weekday', doc: () => edit(REGULAR, 'completed: 2026-12-01T16:00', 'completed: 2026-12-02T09:00'), line: 41, severity: 'warning' },
  { rule: 'notice.lead-time', doc: () => edit(REGULAR, 'announced_at: 2026-12-02T10:00', 'announced_at: 2026-12-03T08:01'), line: 62 },
  { rule: 'acceptance.required', doc: () => edit(REGULAR, 'date: 2026-11-30', 'date: 2026-12-04'), line: 38 },
  { rule: 'backup.data', doc: () => edit(REGULAR, '  data:\n    method: pg_dump of the billing database\n    location: s3://acme-backups/billing/2026-12-03/db/\n', ''), line: 44 },
  { rule: 'backup.rollback', doc: () => edit(REGULAR, 'rollback:\n  plan: Revert the GitOps commit so Argo CD deploys 2.3.1 again, then restore the database dump if migration 0042 ran.\n', ''), line: 2 },
  { rule: 'emergency.section', doc: () => edit(edit(edit(edit(EMERGENCY, 'type: emergency', 'type: regular'), 'start: 2026-11-25T22:00', 'start: 2026-11-26T22:00'), 'end: 2026-11-25T23:00', 'end: 2026-11-26T23:00'), 'completed: 2026-11-25T16:00', 'completed: 2026-11-24T16:00'), line: 54 },
  { rule: 'emergency.section', doc: () => EMERGENCY.slice(0, EMERGENCY.indexOf('emergency:\n')), line: 7 },
  { rule: 'emergency.reason', doc: () => edit(EMERGENCY, 'reason: business-stoppage', 'reason: customer-request'), line: 55 },
  { rule: 'emergency.justification', doc: () => edit(EMERGENCY, /justification: .*/.exec(EMERGENCY)![0], 'justification: TBD'), line: 57 },
  { rule: 'emergency.justification', doc: () => edit(EMERGENCY, /justification: .*/.exec(EMERGENCY)![0], 'justification: 系统故障需修复'), line: 57 },
  { rule: 'emergency.confirmation', doc: () => edit(EMERGENCY, '    phone_confirmed_by: Zhao Min (General Manager\'s Office)\n', ''), line: 58 },
  { rule: 'evidence.exists', doc: () => REGULAR, missing: ['docs/gray/billing-2.4.0.md'], line: 43 },
  { rule: 'evidence.exists', doc: () => edit(REGULAR, 'evidence: docs/acceptance/billing-2.4.0.md', 'evidence: ../secrets.md'), line: 39 },
  { rule: 'evidence.exists', doc: () => edit(REGULAR, 'evidence: docs/acceptance/billing-2.4.0.md', 'evidence: /etc/passwd'), line: 39 },
  { rule: 'evidence.exists', doc: () => edit(REGULAR, 'evidence: docs/acceptance/billing-2.4.0.md', 'evidence: https://wiki.example.com/uat'), line: 39 },
  { rule: 'release.forward', doc: () => edit(REGULAR, 'to: "2.4.0"', 'to: "2.3.1"'), line: 10 },
  { rule: 'release.forward', doc: () => edit(REGULAR, 'to: "2.4.0"', 'to: "2.3.1-rc.1"'), line: 10 },
];

describe('each rule breaks on purpose', () => {
  it.each(cases.map((c, i) => [`${c.rule} #${i}`, c] as const))('%s', (_name, c) => {
    const findings = check(c.doc(), c.config, c.missing);
    expect(rules(findings)).toEqual([c.rule]);
    expect(findings[0]!.line).toBe(c.line);
    expect(findings[0]!.severity).toBe(c.severity ?? 'error');
    expect(findings[0]!.message.length).toBeGreaterThan(40);
  });
});

describe('rule details', () => {
  it('an emergency skips the weekday rules but not the rest', () => {
    // A Wednesday window and a Wednesday gray test: fine for an emergency, not for the same upgrade as regular.
    const asRegular = EMERGENCY.replace('type: emergency', 'type: regular').replace(/\nemergency:[\s\S]*$/, '\n');
    expect(rules(check(asRegular)).sort()).toEqual(['gray-test.weekday', 'window.weekday']);
    expect(rules(check(EMERGENCY))).toEqual([]);
    expect(rules(check(edit(EMERGENCY, 'supervisor: dave-ops', 'supervisor: carol-ops')))).toEqual(['people.two-person']);
  });
  it('the time zone decides the weekday: 20:00 Thursday in Berlin passes with Europe/Berlin', () => {
    const doc = edit(edit(edit(REGULAR, 'start: 2026-12-03T20:00', 'start: 2026-12-03T20:00+01:00'), 'end: 2026-12-03T22:00', 'end: 2026-12-03T22:00+01:00'), 'completed: 2026-12-01T16:00', 'completed: 2026-12-01T16:00+01:00');
    expect(check(doc, { 'time-zone': 'Europe/Berlin' })).toEqual([]);
    // The same instant is already Friday 03:00 in Shanghai.
    expect(rules(check(doc))).toEqual(['window.weekday']);
  });
  it('a rule can be turned off or softened by configuration', () => {
    const doc = edit(REGULAR, 'supervisor: dave-ops', 'supervisor: carol-ops');
    expect(check(doc, { rules: { 'people.two-person': 'off' } })).toEqual([]);
    expect(check(doc, { rules: { 'people.two-person': 'warning' } })[0]!.severity).toBe('warning');
  });
  it('an emergency\'s late notice is a warning, unless the configuration sets the rule explicitly', () => {
    const late = edit(EMERGENCY, 'announced_at: 2026-11-25T10:00', 'announced_at: 2026-11-25T20:00');
    expect(check(late).map((f) => `${f.severity} ${f.rule}`)).toEqual(['warning notice.lead-time']);
    expect(check(late, { rules: { 'notice.lead-time': 'error' } }).map((f) => `${f.severity} ${f.rule}`)).toEqual(['error notice.lead-time']);
  });
  it('the notice boundary: exactly 12 hours is enough, one minute less is not', () => {
    expect(check(edit(REGULAR, 'announced_at: 2026-12-02T10:00', 'announced_at: 2026-12-03T08:00'))).toEqual([]);
    expect(rules(check(edit(REGULAR, 'announced_at: 2026-12-02T10:00', 'announced_at: 2026-12-03T08:01')))).toEqual(['notice.lead-time']);
  });
  it('a gray upgrade needs no acceptance, gray test or notice', () => {
    let doc = edit(REGULAR, 'environment: production', 'environment: gray');
    doc = doc.replace(/acceptance:\n(  .*\n)+/, '').replace(/gray_test:\n(  .*\n)+/, '').replace(/notification:\n(  .*\n)+/, '');
    expect(check(doc)).toEqual([]);
  });
  it('versions compare numerically with pre-releases below releases', () => {
    expect(compareVersions('2.10.0', '2.9.9')).toBeGreaterThan(0);
    expect(compareVersions('v2.4.0', '2.4.0-rc.2')).toBeGreaterThan(0);
    expect(compareVersions('2.4.0-rc.10', '2.4.0-rc.2')).toBeGreaterThan(0);
    expect(compareVersions('2.4', '2.4.0')).toBe(0);
    expect(compareVersions('release-a', '2.4.0')).toBeUndefined();
  });
  it('CJK characters weigh double in the justification length', () => {
    expect(weightedLength('系统故障')).toBe(8);
    expect(weightedLength('  a   b ')).toBe(3);
  });
});
