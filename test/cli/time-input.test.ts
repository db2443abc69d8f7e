import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli as run } from '../cli-run.js';
import { ROOT } from '../helpers.js';

const cli = (...argv: string[]) => run(ROOT, argv);

const DOC = 'examples/upgrades/2026-12-03-billing-2.4.0.yaml';
const both = ['--approved-by', 'li-lei', '--approved-by', 'han-meimei'];

describe('simulate --at reads time as people and programs write it', () => {
  it.each([
    ['2026-12-03T12:10:00.000Z', '2026-12-03T12:10:00.000Z'],
    ['2026-12-03T20:10', '2026-12-03T12:10:00.000Z'],
    ['2026-12-03T20:10:00+08:00', '2026-12-03T12:10:00.000Z'],
    ['2026-12-03 12:10:00.250z', '2026-12-03T12:10:00.250Z'],
    ['2026-12-03', '2026-12-03T04:00:00.000Z'],
  ])('--at %s is %s', async (at, instant) => {
    const r = await cli('simulate', DOC, '--at', at, ...both, '--format', 'json');
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout).evaluatedAt).toBe(instant);
    expect(r.status).toBe(0);
  });

  it('--at now is the current time, as without --at', async () => {
    const r = await cli('simulate', DOC, '--at', 'now', ...both, '--format', 'json');
    expect(r.stderr).toBe('');
    expect([0, 1]).toContain(r.status);
    expect(JSON.parse(r.stdout).evaluatedAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
  });

  it('a malformed --at is a usage error that shows the forms', async () => {
    const r = await cli('simulate', DOC, '--at', 'Thursday 8pm');
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(
      '--at "Thursday 8pm" is not a time: write now, 2026-11-26T20:00 (Asia/Shanghai), 2026-11-26T12:00:00.000Z',
    );
  });

  it('a local --at in a DST gap or fall-back hour is refused, never shifted', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ug-ny-'));
    const config = join(dir, 'ny.yml');
    writeFileSync(
      config,
      'time-zone: America/New_York\nroles:\n  center-lead: { owners: ["@acme/rd-center-leads"], members: [li-lei] }\n  general-office: { owners: ["@acme/gm-office"], members: [han-meimei] }\n',
    );
    const gap = await cli('simulate', DOC, '--config', config, '--at', '2026-03-08T02:30');
    expect(gap.status).toBe(2);
    expect(gap.stderr).toContain(
      '--at 2026-03-08T02:30 does not exist in America/New_York: that night the clocks jump from 02:00 to 03:00',
    );
    const twice = await cli('simulate', DOC, '--config', config, '--at', '2026-11-01T01:30');
    expect(twice.status).toBe(2);
    expect(twice.stderr).toContain('2026-11-01T01:30-04:00 (the first) or 2026-11-01T01:30-05:00 (the second)');
    const exact = await cli('simulate', DOC, '--config', config, '--at', '2026-11-01T01:30-05:00', '--format', 'json');
    expect(JSON.parse(exact.stdout).evaluatedAt).toBe('2026-11-01T06:30:00.000Z');
  });

  it('time-zone: CST in the configuration is refused with the zone meant (exit 2)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ug-cst-'));
    const config = join(dir, 'cst.yml');
    writeFileSync(config, 'time-zone: CST\n');
    const r = await cli('validate', '--config', config, 'examples/upgrades');
    expect(r.status).toBe(2);
    expect(r.stdout).toContain(
      'error config time-zone "CST" is an abbreviation, not a time zone (the tz database reads it as America/Chicago): use Asia/Shanghai',
    );
  });
});

describe('report --since/--until take dates and times', () => {
  it('rejects what is neither, with the forms', async () => {
    const r = await cli('report', 'examples', '--since', 'last week');
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('--since "last week" is not a date or time');
  });
});

describe('an implausible year is named, never read as another century', () => {
  it('window.start 0050-12-03T20:00 is a time.local finding naming the value, not a Sunday of 1950', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ug-year-'));
    const { readFileSync } = await import('node:fs');
    const text = readFileSync(join(ROOT, DOC), 'utf8').replace(
      /start: "?2026-12-03T(\d\d:\d\d)"?/,
      'start: 0050-12-03T$1',
    );
    writeFileSync(join(dir, 'doc.yaml'), text);
    const r = await run(dir, [
      'validate',
      'doc.yaml',
      '--format',
      'json',
      '--config',
      join(ROOT, 'examples/.github/upgrade-gate.yml'),
    ]);
    expect(r.status).toBe(1);
    const findings = JSON.parse(r.stdout) as Array<{ rule: string; message: string }>;
    expect(r.stdout).not.toContain('1950');
    expect(findings).toContainEqual(
      expect.objectContaining({
        rule: 'time.local',
        message: expect.stringContaining('window.start 0050-12-03T'),
      }),
    );
    expect(findings.find((f) => f.rule === 'time.local')!.message).toContain('year 0050');
  });

  it.each([
    ['simulate', DOC, '--at', '0050-12-03T20:00', ...both],
    ['report', 'archive', '--since', '0099-01-01'],
    ['report', 'archive', '--until', '3026-01-01T00:00'],
    ['report', 'archive', '--at', '1026-12-03T20:00'],
  ])('%s … %s %s %s is a usage error naming it', async (...argv) => {
    const dir = mkdtempSync(join(tmpdir(), 'ug-year-'));
    const { cpSync } = await import('node:fs');
    cpSync(join(ROOT, 'examples'), dir, { recursive: true });
    const { writeArchive } = await import('../archive-fixture.js');
    writeArchive(dir, 1);
    const args = argv.map((a) => (a === DOC ? join(ROOT, DOC) : a));
    const option = args.find((a) => a.startsWith('--') && a !== '--approved-by')!;
    const value = args[args.indexOf(option) + 1]!;
    const r = await run(dir, args);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(`${option} ${value}`);
    expect(r.stderr).toContain(`is in the year ${value.slice(0, 4)}`);
    const zh = await run(dir, [...args, '--lang', 'zh-CN']);
    expect(zh.stderr).toContain(`的年份是 ${value.slice(0, 4)} 年`);
  });
});
