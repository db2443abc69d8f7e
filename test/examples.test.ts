import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from './cli-run.js';
import { ROOT } from './helpers.js';

const run = (...args: string[]) => cli(ROOT, args);

describe('upgrade-gate validate on the examples', async () => {
  it('examples/upgrades passes with exit 0', async () => {
    const r = await run('validate', 'examples/upgrades');
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('3 documents: 0 errors, 0 warnings');
    expect(r.status).toBe(0);
  });

  const invalid = readdirSync(join(ROOT, 'examples/invalid'))
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => `invalid/${f}`);
  const warnings = readdirSync(join(ROOT, 'examples/warnings'))
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => `warnings/${f}`);

  it.each([...invalid, ...warnings])('examples/%s names its rule at the stated line', async (name) => {
    const text = readFileSync(join(ROOT, 'examples', name), 'utf8');
    const m =
      /# Breaks exactly one rule(, a warning \(the document still passes\))?: (\S+) \(expected at line (\d+)\)/.exec(
        text,
      );
    expect(m).not.toBeNull();
    const [, warning, rule, line] = m!;
    const r = await run('validate', '--format', 'json', `examples/${name}`);
    const findings = JSON.parse(r.stdout) as Array<{ rule: string; line: number; severity: string }>;
    expect(findings.map((f) => f.rule)).toEqual([rule]);
    expect(findings[0]!.line).toBe(Number(line));
    expect(findings[0]!.severity).toBe(warning ? 'warning' : 'error');
    expect(r.status).toBe(warning ? 0 : 1);
  });

  it('text output is file:line:column: severity rule message', async () => {
    const r = await run('validate', 'examples/invalid/window.order.yaml');
    expect(r.stdout.trim()).toMatch(/^examples\/invalid\/window\.order\.yaml:19:8: error window\.order window\.end/);
    expect(r.status).toBe(1);
  });

  it('duplicate approval form numbers across documents are an error', async () => {
    const r = await run('validate', 'examples/upgrades', 'examples/invalid/window.order.yaml', '--format', 'json');
    const rules = (JSON.parse(r.stdout) as Array<{ rule: string }>).map((f) => f.rule);
    expect(rules).toContain('document.unique-id');
  });

  it('usage and configuration problems exit 2', async () => {
    expect((await run('validate', 'no/such/file.yaml')).status).toBe(2);
    expect((await run('validate', '--format', 'xml', 'examples/upgrades')).status).toBe(2);
    expect((await run('validate', '--config', 'test/fixtures/config/bad-zone.yml', 'examples/upgrades')).status).toBe(
      2,
    );
    expect((await run('frobnicate')).status).toBe(2);
  });

  it('without paths, the config glob selects the documents', async () => {
    const r = await cli(join(ROOT, 'examples'), ['validate', '--format', 'json']);
    expect(JSON.parse(r.stdout)).toEqual([]);
    expect(r.status).toBe(0);
  });

  it('a bad time zone in the config is named with its position', async () => {
    const r = await run('validate', '--config', 'test/fixtures/config/bad-zone.yml', 'examples/upgrades');
    expect(r.stdout).toMatch(
      /test\/fixtures\/config\/bad-zone\.yml:1:12: error config time-zone "Asia\/Shang_hai" is not an IANA time zone/,
    );
  });
});

describe('configuration errors name their file, line and column', async () => {
  it.each([
    ['broken-yaml', /broken-yaml\.yml:3:1: error config Flow sequence in block collection/],
    [
      'bad-values',
      /bad-values\.yml:2:1: error config merge-day is not a field of the upgrade-gate configuration: did you mean merge-days\?/,
    ],
  ])('%s', async (name, pattern) => {
    const r = await run('validate', '--config', `test/fixtures/config/${name}.yml`, 'examples/upgrades');
    expect(r.stdout).toMatch(pattern);
    expect(r.status).toBe(2);
  });
});
