import { execFileSync, spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './helpers.js';

const CLI = join(ROOT, 'action/cli.js');
const run = (...args: string[]) => spawnSync(process.execPath, [CLI, ...args], { cwd: ROOT, encoding: 'utf8' });

describe('upgrade-gate validate on the examples (the committed bundle, as a process)', () => {
  it('examples/upgrades passes with exit 0', () => {
    const r = run('validate', 'examples/upgrades');
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('2 documents: 0 errors, 0 warnings');
    expect(r.status).toBe(0);
  });

  const invalid = readdirSync(join(ROOT, 'examples/invalid')).filter((f) => f.endsWith('.yaml')).map((f) => `invalid/${f}`);
  const warnings = readdirSync(join(ROOT, 'examples/warnings')).filter((f) => f.endsWith('.yaml')).map((f) => `warnings/${f}`);

  it.each([...invalid, ...warnings])('examples/%s names its rule at the stated line', (name) => {
    const text = readFileSync(join(ROOT, 'examples', name), 'utf8');
    const m = /# Breaks exactly one rule(, a warning \(the document still passes\))?: (\S+) \(expected at line (\d+)\)/.exec(text);
    expect(m).not.toBeNull();
    const [, warning, rule, line] = m!;
    const r = run('validate', '--format', 'json', `examples/${name}`);
    const findings = JSON.parse(r.stdout) as Array<{ rule: string; line: number; severity: string }>;
    expect(findings.map((f) => f.rule)).toEqual([rule]);
    expect(findings[0]!.line).toBe(Number(line));
    expect(findings[0]!.severity).toBe(warning ? 'warning' : 'error');
    expect(r.status).toBe(warning ? 0 : 1);
  });

  it('text output is file:line:column: severity rule message', () => {
    const r = run('validate', 'examples/invalid/window.order.yaml');
    expect(r.stdout.trim()).toMatch(/^examples\/invalid\/window\.order\.yaml:19:8: error window\.order window\.end/);
    expect(r.status).toBe(1);
  });

  it('duplicate approval form numbers across documents are an error', () => {
    const r = run('validate', 'examples/upgrades', 'examples/invalid/window.order.yaml', '--format', 'json');
    const rules = (JSON.parse(r.stdout) as Array<{ rule: string }>).map((f) => f.rule);
    expect(rules).toContain('document.unique-id');
  });

  it('usage and configuration problems exit 2', () => {
    expect(run('validate', 'no/such/file.yaml').status).toBe(2);
    expect(run('validate', '--format', 'xml', 'examples/upgrades').status).toBe(2);
    expect(run('validate', '--config', 'test/fixtures/config/bad-zone.yml', 'examples/upgrades').status).toBe(2);
    expect(run('frobnicate').status).toBe(2);
  });

  it('without paths, the config glob selects the documents', () => {
    const out = execFileSync(process.execPath, [CLI, 'validate', '--format', 'json'], { cwd: join(ROOT, 'examples'), encoding: 'utf8' });
    expect(JSON.parse(out)).toEqual([]);
  });

  it('a bad time zone in the config is named with its position', () => {
    const r = run('validate', '--config', 'test/fixtures/config/bad-zone.yml', 'examples/upgrades');
    expect(r.stdout).toMatch(/test\/fixtures\/config\/bad-zone\.yml:1:12: error config time-zone "Asia\/Shang_hai" is not an IANA time zone/);
  });
});

describe('configuration errors name their file, line and column', () => {
  it.each([
    ['broken-yaml', /broken-yaml\.yml:3:1: error config Flow sequence in block collection/],
    ['bad-values', /bad-values\.yml:2:1: error config merge-day is not a field of the upgrade-gate configuration: did you mean merge-days\?/],
  ])('%s', (name, pattern) => {
    const r = run('validate', '--config', `test/fixtures/config/${name}.yml`, 'examples/upgrades');
    expect(r.stdout).toMatch(pattern);
    expect(r.status).toBe(2);
  });
});
