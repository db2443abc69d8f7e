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
