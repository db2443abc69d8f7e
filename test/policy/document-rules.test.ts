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

describe('rule details', () => {
  it('an emergency skips the weekday rules but not the rest', () => {
    // A Wednesday window and a Wednesday gray test: fine for an emergency, not for the same upgrade as regular.
    const asRegular = EMERGENCY.replace('type: emergency', 'type: regular').replace(/\nemergency:[\s\S]*$/, '\n');
    expect(rules(check(asRegular)).sort()).toEqual(['gray-test.weekday', 'window.weekday']);
    expect(rules(check(EMERGENCY))).toEqual([]);
    expect(rules(check(edit(EMERGENCY, 'supervisor: dave-ops', 'supervisor: carol-ops')))).toEqual([
      'people.two-person',
    ]);
  });
  it('the time zone decides the weekday: 20:00 Thursday in Berlin passes with Europe/Berlin', () => {
    const doc = edit(
      edit(
        edit(REGULAR, 'start: 2026-12-03T20:00', 'start: 2026-12-03T20:00+01:00'),
        'end: 2026-12-03T22:00',
        'end: 2026-12-03T22:00+01:00',
      ),
      'completed: 2026-12-01T16:00',
      'completed: 2026-12-01T16:00+01:00',
    );
    expect(check(doc, { 'time-zone': 'Europe/Berlin' })).toEqual([]);
    // The same instant is already Friday 03:00 in Shanghai.
    expect(rules(check(doc))).toEqual(['window.weekday']);
  });
  it('a rule can be turned off or softened by configuration', () => {
    const doc = edit(REGULAR, 'supervisor: dave-ops', 'supervisor: carol-ops');
    expect(check(doc, { rules: { 'people.two-person': 'off' } })).toEqual([]);
    expect(check(doc, { rules: { 'people.two-person': 'warning' } })[0]!.severity).toBe('warning');
  });
  it("an emergency's late notice is a warning, unless the configuration sets the rule explicitly", () => {
    const late = edit(EMERGENCY, 'announced_at: 2026-11-25T10:00', 'announced_at: 2026-11-25T20:00');
    expect(check(late).map((f) => `${f.severity} ${f.rule}`)).toEqual(['warning notice.lead-time']);
    expect(check(late, { rules: { 'notice.lead-time': 'error' } }).map((f) => `${f.severity} ${f.rule}`)).toEqual([
      'error notice.lead-time',
    ]);
  });
  it('the notice boundary: exactly 12 hours is enough, one minute less is not', () => {
    expect(check(edit(REGULAR, 'announced_at: 2026-12-02T10:00', 'announced_at: 2026-12-03T08:00'))).toEqual([]);
    expect(rules(check(edit(REGULAR, 'announced_at: 2026-12-02T10:00', 'announced_at: 2026-12-03T08:01')))).toEqual([
      'notice.lead-time',
    ]);
  });
  it('a gray upgrade needs no acceptance, gray test or notice', () => {
    let doc = edit(REGULAR, 'environment: production', 'environment: gray');
    doc = doc
      .replace(/acceptance:\n(  .*\n)+/, '')
      .replace(/gray_test:\n(  .*\n)+/, '')
      .replace(/notification:\n(  .*\n)+/, '');
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
  it('the justification is measured as a reader sees it: invisible characters and punctuation add nothing', () => {
    expect(weightedLength('\u200B'.repeat(40))).toBe(0);
    expect(weightedLength(`a\u200Db\u2060c\u202E${'\u0301'.repeat(30)}`)).toBe(3);
    expect(weightedLength('\u3164\u2800\u115F'.repeat(20))).toBe(0);
    expect(weightedLength('!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!')).toBe(0);
    expect(weightedLength('系统故障，\u3000订单无法提交！')).toBe(8 + 1 + 12);
    const invisible = EMERGENCY.replace(/justification: .*/, `justification: "${'\\u200B'.repeat(40)}"`);
    expect(rules(check(invisible))).toContain('emergency.justification');
    const hidden = EMERGENCY.replace(/justification: .*/, 'justification: "T\u200BO\u200BD\u200BO"');
    expect(check(hidden).find((f) => f.rule === 'emergency.justification')?.message).toContain('placeholder');
  });
});

describe('rules run on every part of a document the schema rejected', () => {
  const withoutBackup = edit(REGULAR, REGULAR.slice(REGULAR.indexOf('backup:\n'), REGULAR.indexOf('rollback:\n')), '');
  it('a schema error, a missing backup section and an executor who also supervises are reported together', () => {
    const doc = edit(
      edit(withoutBackup, 'supervisor: dave-ops', 'supervisor: Carol-Ops'),
      'environment: production',
      'environment: prod',
    );
    const findings = check(doc);
    expect(rules(findings).sort()).toEqual([
      'backup.config',
      'backup.data',
      'backup.programs',
      'people.two-person',
      'schema',
    ]);
    expect(findings.find((f) => f.rule === 'schema')!.message).toMatch(/environment/);
  });
  it('no rule judges a section the schema refused: an impossible window date gives the schema finding only', () => {
    const doc = edit(REGULAR, 'start: 2026-12-03T20:00', 'start: 2026-12-32T20:00');
    expect(rules(check(doc))).toEqual(['schema']);
  });
  it('an unknown field does not silence the rules on the rest', () => {
    const doc = edit(
      edit(REGULAR, 'supervisor: dave-ops', 'supervisor: Carol-Ops'),
      'system: billing',
      'system: billing\nsytem_owner: finance',
    );
    expect(rules(check(doc)).sort()).toEqual(['people.two-person', 'schema']);
  });
});
