import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from '../cli-run.js';
import { ROOT } from '../helpers.js';

const run = (...args: string[]) => cli(ROOT, args);
const DOC = 'examples/upgrades/2026-12-03-billing-2.4.0.yaml';
const EMERGENCY = 'examples/upgrades/2026-11-25-orders-3.1.1-emergency.yaml';
const both = ['--approved-by', 'li-lei', '--approved-by', 'han-meimei'];

describe('upgrade-gate simulate', async () => {
  it('Wednesday in the policy zone: blocked, with the opening time', async () => {
    const r = await run('simulate', DOC, '--at', '2026-12-02T20:00', ...both);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('❌ **merge.weekday**');
    expect(r.stdout).toContain('opens Thursday 2026-12-03 00:00 Asia/Shanghai (in 4 h 0 min)');
  });
  it('Thursday 20:00 with both approvals: ready', async () => {
    const r = await run('simulate', DOC, '--at', '2026-12-03T20:00', ...both);
    expect(r.stdout).toContain('✅ upgrade-gate: ready to merge');
    expect(r.status).toBe(0);
  });
  it('Thursday with only the center lead: names the missing role', async () => {
    const r = await run('simulate', DOC, '--at', '2026-12-03T20:00', '--approved-by', 'li-lei', '--format', 'text');
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(
      /error approval\.general-office waiting for an approval from the General Manager's Office/,
    );
  });
  it('a Thursday inside a configured freeze (Spring Festival 2027-02-11)', async () => {
    const r = await run('simulate', DOC, '--at', '2027-02-11T10:00', ...both, '--format', 'json');
    const v = JSON.parse(r.stdout);
    expect(v.findings.map((f: { rule: string }) => f.rule)).toEqual(['window.freeze']);
    // The freeze speaks first; the document's own window (2026-12-03) is long past, so nothing opens again.
    expect(v.window.nextFlipText).toBeUndefined();
    expect(r.status).toBe(1);
  });
  it('an emergency on a Wednesday with the label passes; without it, it does not', async () => {
    expect((await run('simulate', EMERGENCY, '--at', '2026-11-25T21:30', '--label', 'emergency', ...both)).status).toBe(
      0,
    );
    const r = await run('simulate', EMERGENCY, '--at', '2026-11-25T21:30', ...both, '--format', 'text');
    expect(r.stdout).toContain('error emergency.label');
    expect(r.status).toBe(1);
  });
  it('an explicit role for an unknown login', async () => {
    expect(
      (
        await run(
          'simulate',
          DOC,
          '--at',
          '2026-12-03T20:00',
          '--approved-by',
          'zoe:center-lead',
          '--approved-by',
          'yan:general-office',
        )
      ).status,
    ).toBe(0);
    expect((await run('simulate', DOC, '--approved-by', 'zoe:ceo')).status).toBe(2);
  });
  it.each(['toString', 'constructor', '__proto__', 'hasOwnProperty'])(
    'a role named after what every object inherits (%s) is no role: a usage error naming the roles',
    async (name) => {
      const r = await run('simulate', DOC, '--at', '2026-12-03T20:30', '--approved-by', `li-lei:${name}`);
      expect(r.stderr).toBe(
        `upgrade-gate simulate: --approved-by li-lei:${name}: the role must be center-lead or general-office, or a team such as @acme/gm-office\n`,
      );
      expect(r.status).toBe(2);
    },
  );
  it.each([
    ['--approved-by', ':center-lead'],
    ['--approved-by', 'li-lei:center-lead:extra'],
    ['--changes-requested-by', '@:general-office'],
  ])('%s %s is not LOGIN or LOGIN:ROLE: a usage error', async (option, spec) => {
    const r = await run('simulate', DOC, '--at', '2026-12-03T20:30', option, spec);
    expect(r.stderr).toBe(
      `upgrade-gate simulate: ${option} ${spec}: write LOGIN or LOGIN:ROLE (a role id, or a team such as @acme/gm-office), such as ${option} li-lei:center-lead\n`,
    );
    expect(r.status).toBe(2);
    const zh = await run('simulate', DOC, '--at', '2026-12-03T20:30', option, spec, '--lang', 'zh-CN');
    expect(zh.stderr).toContain(`${option} ${spec}：应写成 LOGIN 或 LOGIN:ROLE`);
    expect(zh.status).toBe(2);
  });
  it('with a broken configuration, --approved-by LOGIN:ROLE leaves the configuration finding to speak (exit 2)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ug-bad-config-'));
    writeFileSync(join(dir, 'bad.yml'), 'time-zone: Mars/Olympus\n');
    const r = await run(
      'simulate',
      DOC,
      '--at',
      '2026-12-03T20:30',
      '--approved-by',
      'li-lei:center-lead',
      '--config',
      join(dir, 'bad.yml'),
      '--format',
      'json',
    );
    expect(r.stderr).toBe('');
    const verdict = JSON.parse(r.stdout) as { outcome: string; findings: Array<{ rule: string; file?: string }> };
    expect(verdict.outcome).toBe('error');
    expect(verdict.findings.filter((f) => f.rule === 'config').map((f) => f.file)).toEqual([
      expect.stringMatching(/bad\.yml$/),
    ]);
    expect(r.status).toBe(2);
  });
  it('--at accepts an explicit offset', async () => {
    // 12:00 UTC Wednesday is 20:00 Wednesday in Shanghai.
    expect((await run('simulate', DOC, '--at', '2026-12-02T12:00:00Z', ...both)).status).toBe(1);
    expect((await run('simulate', DOC, '--at', '2026-12-02T16:00:00Z', ...both)).status).toBe(0);
    expect((await run('simulate', DOC, '--at', 'next thursday')).status).toBe(2);
  });
});

describe('upgrade-gate owners', async () => {
  it('prints each path with its owners and reports invalid lines on stderr', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ug-owners-'));
    writeFileSync(
      join(dir, 'CODEOWNERS'),
      '* @everyone\n/upgrades/ @acme/rd @acme/gm\ndocs/* docs@example.com\n[ab] @x\n/upgrades/drafts/\n',
    );
    const r = await cli(dir, [
      'owners',
      '--codeowners',
      'CODEOWNERS',
      'upgrades/a.yaml',
      'upgrades/drafts/b.yaml',
      'docs/x.md',
      'docs/sub/y.md',
      'src/main.ts',
    ]);
    expect(JSON.parse(r.stdout)).toEqual({
      'upgrades/a.yaml': ['@acme/rd', '@acme/gm'],
      'upgrades/drafts/b.yaml': [],
      'docs/x.md': ['docs@example.com'],
      'docs/sub/y.md': ['@everyone'],
      'src/main.ts': ['@everyone'],
    });
    expect(r.stderr).toContain('CODEOWNERS:4:1: Invalid pattern');
    expect(r.status).toBe(0);
  });
  it('a missing file is a usage error', async () => {
    expect((await run('owners', '--codeowners', 'nope', 'a')).status).toBe(2);
  });
  it('any path name is a key of its own, __proto__ and constructor included', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ug-owners-'));
    writeFileSync(join(dir, 'CODEOWNERS'), '* @everyone\n__proto__ @acme/proto\n');
    const r = await cli(dir, [
      'owners',
      '--codeowners',
      'CODEOWNERS',
      '__proto__',
      'constructor',
      'toString',
      'a/__proto__/b',
    ]);
    const out = JSON.parse(r.stdout) as Record<string, string[]>;
    expect(Object.entries(out)).toEqual([
      ['__proto__', ['@acme/proto']],
      ['constructor', ['@everyone']],
      ['toString', ['@everyone']],
      ['a/__proto__/b', ['@acme/proto']],
    ]);
    expect(r.status).toBe(0);
  });
});

describe('repository root outside any repository', async () => {
  it('evidence resolves against the working folder when no config or git root is above the document', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ug-root-'));
    mkdirSync(join(dir, 'upgrades'));
    mkdirSync(join(dir, 'docs/acceptance'), { recursive: true });
    mkdirSync(join(dir, 'docs/gray'), { recursive: true });
    copyFileSync(join(ROOT, DOC), join(dir, 'upgrades/u.yaml'));
    copyFileSync(
      join(ROOT, 'examples/docs/acceptance/billing-2.4.0.md'),
      join(dir, 'docs/acceptance/billing-2.4.0.md'),
    );
    const r = await cli(dir, ['validate', 'upgrades/u.yaml', '--format', 'json']);
    expect(
      JSON.parse(r.stdout).map((f: { rule: string; message: string }) => `${f.rule} ${f.message.slice(0, 40)}`),
    ).toEqual(['evidence.exists gray_test.report names docs/gray/billing']);
    copyFileSync(join(ROOT, 'examples/docs/gray/billing-2.4.0.md'), join(dir, 'docs/gray/billing-2.4.0.md'));
    expect((await cli(dir, ['validate', 'upgrades/u.yaml'])).status).toBe(0);
  });
});
