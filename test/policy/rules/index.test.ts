import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../../src/policy/evaluate.js';
import { loadPolicyConfig } from '../../../src/policy/load-policy.js';
import { isEmergencyRule, REGISTRY, ruleInfo, RULES } from '../../../src/policy/rules/index.js';
import { ROOT } from '../../helpers.js';
import { CONFIG, snapshot } from '../snapshot-fixture.js';

/** A rule's module (and test) file name: its id, with a family's variable part named plainly. */
const moduleName = (id: string) => id.replace(/<([a-z]+)>/g, '$1');

describe('the rule registry', () => {
  it('every rule module is a file named by its id, and every file under rules/ is a registered rule', async () => {
    const files = readdirSync(join(ROOT, 'src/policy/rules'))
      .filter((f) => f !== 'index.ts')
      .map((f) => f.replace(/\.ts$/, ''));
    expect(files.sort()).toEqual(RULES.map((r) => moduleName(r.id)).sort());
    for (const rule of RULES) {
      const mod = (await import(
        /* @vite-ignore */ pathToFileURL(join(ROOT, 'src/policy/rules', `${moduleName(rule.id)}.ts`)).href
      )) as Record<string, unknown>;
      expect(Object.values(mod)).toContain(rule);
    }
  });

  it('every rule module has its test file beside the others', () => {
    const missing = RULES.filter(
      (r) => !existsSync(join(ROOT, 'test/policy/rules', `${moduleName(r.id)}.test.ts`)),
    ).map((r) => r.id);
    expect(missing).toEqual([]);
  });

  it('ids are unique, and a family resolves its concrete ids', () => {
    expect(new Set(REGISTRY.map((r) => r.id)).size).toBe(REGISTRY.length);
    expect(ruleInfo('approval.center-lead')?.id).toBe('approval.<role>');
    expect(ruleInfo('approval.stale')?.id).toBe('approval.stale');
    expect(ruleInfo('merge.weekdya')).toBeUndefined();
  });

  it('every document rule has its example, in invalid/ for errors and warnings/ for warnings', () => {
    // document.unique-id needs two documents; examples.test.ts breaks it with examples/upgrades plus one more.
    const documentRules = REGISTRY.filter(
      (r) => r.scope === 'document' && r.id !== 'document.unique-id' && !r.id.startsWith('yaml.'),
    );
    const examples = [
      ...readdirSync(join(ROOT, 'examples/invalid')),
      ...readdirSync(join(ROOT, 'examples/warnings')).map((f) => `w:${f}`),
    ];
    for (const rule of documentRules)
      expect(examples, rule.id).toContain(`${rule.severity === 'warning' ? 'w:' : ''}${rule.id}.yaml`);
    // And no example names a rule that does not exist.
    for (const f of examples) expect(ruleInfo(f.replace(/^w:/, '').replace(/\.yaml$/, '')), f).toBeDefined();
  });

  it("the README's rule tables list every id with its clauses, and nothing else", () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    // The rows of every table whose header is "| rule | measures | what it checks |".
    const rows: string[] = [];
    let inTable = false;
    for (const line of readme.split('\n')) {
      if (/^\| rule \| measures \|/.test(line)) inTable = true;
      else if (!line.startsWith('|')) inTable = false;
      else if (inTable && !line.startsWith('| ---')) rows.push(line);
    }
    expect(rows.length).toBeGreaterThan(0);
    const listed = new Map<string, string[]>();
    for (const row of rows) {
      const [ids, clauses] = row.split('|').slice(1, 3) as [string, string];
      const names = [...ids.matchAll(/`([^`]+)`/g)].map((m) => m[1]!);
      const registered = names.flatMap((n) =>
        n.endsWith('.*') ? REGISTRY.filter((r) => r.id.startsWith(n.slice(0, -1))) : [ruleInfo(n)],
      );
      expect(
        registered.every((r) => r !== undefined),
        row,
      ).toBe(true);
      const expected = new Set(registered.flatMap((r) => (r!.clause ? r!.clause.split(', ') : [])));
      expect(clauses.trim() ? clauses.trim().split(', ').sort() : [], row).toEqual([...expected].sort());
      for (const r of registered) listed.set(r!.id, names);
    }
    expect(REGISTRY.filter((r) => !listed.has(r.id)).map((r) => r.id)).toEqual([]);
  });

  it('emergency membership comes from the registry: the emergency process, not the emergency budget', () => {
    expect(
      REGISTRY.filter((r) => r.emergency)
        .map((r) => r.id)
        .sort(),
    ).toEqual([
      'emergency.applier',
      'emergency.confirmation',
      'emergency.justification',
      'emergency.label',
      'emergency.reason',
      'emergency.section',
    ]);
    expect(isEmergencyRule('emergency.budget')).toBe(false);
  });
});

describe('rules: in the configuration is checked against the registry', () => {
  it('a typo is a configuration error at its key that suggests the id', () => {
    const { findings } = loadPolicyConfig(`${CONFIG}rules:\n  merge.weekdya: off\n`, '.github/upgrade-gate.yml');
    const line = `${CONFIG}rules:\n`.split('\n').length;
    expect(findings).toEqual([
      {
        rule: 'config',
        severity: 'error',
        file: '.github/upgrade-gate.yml',
        line,
        column: 3,
        message: 'rules: "merge.weekdya" is not a rule id: did you mean merge.weekday?',
      },
    ]);
    const v = evaluate(
      snapshot({ config: { path: '.github/upgrade-gate.yml', text: `${CONFIG}rules:\n  merge.weekdya: off\n` } }),
    );
    expect(v.outcome).toBe('error');
  });
  it('an approval id for a role the configuration does not have is refused; a configured one is accepted', () => {
    expect(loadPolicyConfig(`${CONFIG}rules:\n  approval.general-office: warning\n`).findings).toEqual([]);
    expect(loadPolicyConfig(`${CONFIG}rules:\n  approval.cfo: warning\n`).findings.map((f) => f.message)).toEqual([
      expect.stringMatching(/^rules: "approval\.cfo" is not a rule id: /),
    ]);
  });
});
