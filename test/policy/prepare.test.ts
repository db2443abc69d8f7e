import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/policy/evaluate.js';
import { prepare } from '../../src/policy/prepare.js';
import { EMERGENCY, REGULAR } from '../helpers.js';
import { CONFIG, EMERGENCY_PATH, REGULAR_PATH, snapshot, TEAMS_CONFIG } from './snapshot-fixture.js';

describe('prepare: the configuration and documents parsed once, and the facts they call for', () => {
  it('names the evidence of every document, a rejected one included, once each', () => {
    const broken = REGULAR.replace(/^system: .*$/m, 'system: 42');
    const p = prepare(
      snapshot({
        documents: [
          { path: REGULAR_PATH, text: REGULAR },
          { path: 'upgrades/copy.yaml', text: broken },
        ],
      }),
    );
    expect(p.documents.map((d) => [d.file, !!d.doc])).toEqual([
      [REGULAR_PATH, true],
      ['upgrades/copy.yaml', false],
    ]);
    expect(p.facts.evidence).toEqual(['docs/acceptance/billing-2.4.0.md', 'docs/gray/billing-2.4.0.md']);
  });

  it('the emergency facts matter for the label or an emergency document, not otherwise', () => {
    expect(prepare(snapshot()).facts.emergency).toBe(false);
    expect(prepare(snapshot({ labels: [{ name: 'emergency' }] })).facts.emergency).toBe(true);
    expect(prepare(snapshot({ documents: [{ path: EMERGENCY_PATH, text: EMERGENCY }] })).facts.emergency).toBe(true);
    expect(prepare(snapshot({ labels: [{ name: 'urgent' }] })).facts.emergency).toBe(false);
  });

  it('teams to read are the role teams the configuration does not list', () => {
    expect(prepare(snapshot()).facts.teams).toEqual([]);
    expect(prepare(snapshot({ config: { path: '.github/upgrade-gate.yml', text: TEAMS_CONFIG } })).facts.teams).toEqual(
      ['@acme/rd-center-leads', '@acme/gm-office'],
    );
    expect(prepare(snapshot({ config: { path: '.github/upgrade-gate.yml' } })).facts.teams).toEqual([]);
  });

  it('policy files changed, only when the base branch has a policy', () => {
    expect(
      prepare(snapshot({ changedFiles: [REGULAR_PATH, '.github/workflows/gate.yml', 'CODEOWNERS'] })).facts.policyFiles,
    ).toEqual(['.github/workflows/gate.yml', 'CODEOWNERS']);
    expect(
      prepare(snapshot({ changedFiles: ['CODEOWNERS'], config: { path: '.github/upgrade-gate.yml' } })).facts
        .policyFiles,
    ).toEqual([]);
  });

  it('evaluate judges with the parse it is given, and parses afresh for another language', () => {
    const s = snapshot();
    const p = prepare(s);
    expect(evaluate(s, p)).toEqual(evaluate(s));
    // A marker finding planted in the prepared parse shows that evaluate read it rather than parse again.
    const planted = {
      rule: 'schema',
      severity: 'error' as const,
      file: REGULAR_PATH,
      line: 1,
      column: 1,
      message: 'planted',
    };
    p.documents[0]!.findings.push(planted);
    expect(evaluate(s, p).findings).toContainEqual(planted);
    expect(evaluate({ ...s, language: 'zh-CN' }, p).findings).not.toContainEqual(planted);
  });

  it('the configuration is the one given, in the language asked for', () => {
    const p = prepare(
      snapshot({
        language: 'zh-CN',
        config: { path: '.github/upgrade-gate.yml', text: `${CONFIG}rules:\n  merge.weekdya: off\n` },
      }),
    );
    expect(p.config.config.language).toBe('zh-CN');
    expect(p.config.findings.map((f) => f.message)).toEqual([
      expect.stringMatching(/^rules: "merge\.weekdya" 不是规则编号/),
    ]);
  });
});
