import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { recordHash } from '../../src/archive/canonical.js';
import { dateIn } from '../../src/time/calendar.js';
import { writeArchive } from '../archive-fixture.js';
import { ROOT } from '../helpers.js';

const CLI = join(ROOT, 'action/cli.js');
let dir: string;
let paths: string[];
const verify = () => spawnSync(process.execPath, [CLI, 'verify', join(dir, 'archive')], { encoding: 'utf8' });
const rel = (p: string) => p.replace(/^archive\//, '');

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'ug-verify-'));
  paths = writeArchive(dir, 12);
});

describe('upgrade-gate verify', () => {
  it('an intact archive passes', () => {
    const r = verify();
    expect(r.stdout).toContain('12 records verified: the archive is intact');
    expect(r.status).toBe(0);
  });
  it('one changed byte in a record is caught, naming the file', () => {
    const f = join(dir, paths[4]!);
    writeFileSync(f, readFileSync(f, 'utf8').replace('"merged_by": "bob-ops"', '"merged_by": "bob-opz"'));
    const r = verify();
    expect(r.stdout).toContain(`${rel(paths[4]!)}: its content does not match its sha256: the record was edited after it was written`);
    expect(r.status).toBe(1);
  });
  it('an edit that also recomputes the record hash breaks the chain after it', () => {
    const f = join(dir, paths[4]!);
    const rec = JSON.parse(readFileSync(f, 'utf8'));
    rec.approvals[0].login = 'someone-else';
    rec.sha256 = recordHash(rec);
    writeFileSync(f, JSON.stringify(rec, null, 2));
    const r = verify();
    expect(r.stdout).toContain(`${rel(paths[5]!)}: names previous sha256`);
    expect(r.status).toBe(1);
  });
  it('a deleted record is caught', () => {
    rmSync(join(dir, paths[6]!));
    rmSync(join(dir, paths[6]!.replace(/\.json$/, '.md')));
    const r = verify();
    expect(r.stdout).toContain(`${rel(paths[7]!)}: has sequence 8 where 7 was expected`);
    expect(r.status).toBe(1);
  });
  it('deleting the newest record is caught by the chain head', () => {
    rmSync(join(dir, paths[11]!));
    const r = verify();
    expect(r.stdout).toContain('chain-head.json: names record 12');
    expect(r.status).toBe(1);
  });
  it('two swapped records are caught', () => {
    const a = join(dir, paths[2]!);
    const b = join(dir, paths[3]!);
    renameSync(a, `${a}.tmp`);
    renameSync(b, a);
    renameSync(`${a}.tmp`, b);
    const r = verify();
    expect(r.stdout).toContain('records were renamed or swapped');
    expect(r.status).toBe(1);
  });
  it('an edited Markdown record or year index is caught', () => {
    const md = join(dir, paths[1]!.replace(/\.json$/, '.md'));
    writeFileSync(md, readFileSync(md, 'utf8').replace('approved by', 'signed by'));
    const index = join(dir, 'archive/2026/README.md');
    writeFileSync(index, readFileSync(index, 'utf8').replace('| #1003 |', '| #9999 |'));
    const r = verify();
    expect(r.stdout).toContain('does not match its record: the Markdown was edited');
    expect(r.stdout).toContain('2026/README.md: does not list exactly the records of the year');
    expect(r.status).toBe(1);
  });
  it('report lists upgrades, approvers, violations and emergencies per month', () => {
    const md = spawnSync(process.execPath, [CLI, 'report', join(dir, 'archive')], { encoding: 'utf8' });
    expect(md.stdout).toContain('# Upgrade report · 升级报告 (12 upgrades');
    expect(md.stdout).toContain('center-lead:li-lei general-office:han-meimei');
    expect(md.stdout).toMatch(/- 2026-01: 1/);
    const csv = spawnSync(process.execPath, [CLI, 'report', join(dir, 'archive'), '--format', 'csv', '--since', '2026-01-02', '--until', '2026-01-03'], { encoding: 'utf8' });
    const lines = csv.stdout.trim().split('\n');
    expect(lines[0]).toBe('sequence,merged_at,pr,id,system,version,type,approvers,violations,outcome,completed,verified_by,backfilled,file');
    expect(lines.length).toBeGreaterThan(2);
    // --since and --until are dates in the policy zone (Asia/Shanghai), as the records' months are.
    const days = lines.slice(1).map((l) => dateIn(new Date(l.split(',')[1]!), 'Asia/Shanghai'));
    expect(days.every((d) => d === '2026-01-02' || d === '2026-01-03')).toBe(true);
    expect(lines.slice(1).some((l) => /,2026-01-01T(1[6-9]|2\d)/.test(l))).toBe(true);
  });
});
