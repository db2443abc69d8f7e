import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { recordHash } from '../../src/archive/canonical.js';
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
    // Auditors read both languages: the title, the outcome counts and every column say it in English and Chinese.
    expect(md.stdout).toMatch(/^# Upgrade report · 升级报告 \(12 upgrades, \d+ with violations · 共 12 次升级，\d+ 次违规\)$/m);
    expect(md.stdout).toContain('| # | Merged · 合并时间 | PR | NO. · 编号 | System · 系统 | Version · 版本 | Type · 类型 | Approvers · 审批人 | Violations · 违规 |');
    expect(md.stdout).toMatch(/^Outcomes · 升级结果: .* · 升级成功 \d+，升级失败 \d+，/m);
    expect(md.stdout).toContain('center-lead:li-lei general-office:han-meimei');
    expect(md.stdout).toMatch(/- 2026-01: 1/);
    // Dates are days of the policy zone (Asia/Shanghai): 2026-01-02 starts at 2026-01-01T16:00Z.
    const merged = (...bounds: string[]) => {
      const csv = spawnSync(process.execPath, [CLI, 'report', join(dir, 'archive'), '--format', 'csv', ...bounds], { encoding: 'utf8' });
      const lines = csv.stdout.trim().split('\n');
      expect(lines[0]).toBe('sequence,merged_at,pr,id,system,version,type,approvers,violations,outcome,completed,verified_by,backfilled,file');
      return lines.slice(1).map((l) => l.split(',')[1]);
    };
    // Merges are 7 hours apart from 2026-01-01T00:00Z.
    expect(merged('--since', '2026-01-02', '--until', '2026-01-03')).toEqual([
      '2026-01-01T21:00:00.000Z', '2026-01-02T04:00:00.000Z', '2026-01-02T11:00:00.000Z', '2026-01-02T18:00:00.000Z', '2026-01-03T01:00:00.000Z', '2026-01-03T08:00:00.000Z', '2026-01-03T15:00:00.000Z',
    ]);
    // Exact times, with fractional seconds and offsets; --until is exclusive.
    expect(merged('--since', '2026-01-02T04:00:00.000Z', '--until', '2026-01-02T19:00+08:00')).toEqual(['2026-01-02T04:00:00.000Z']);
  });
});
