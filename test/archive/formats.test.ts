import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hashV2 } from '../../src/archive/format-v2.js';
import { recordHash } from '../../src/archive/formats.js';
import { CHAIN_HEAD, recordFiles, recordPath, yearIndexPath, type ChainHead } from '../../src/archive/layout.js';
import { buildRecord } from '../../src/archive/record.js';
import { renderRecordMarkdown } from '../../src/archive/render.js';
import { evaluate } from '../../src/policy/evaluate.js';
import { ROOT } from '../helpers.js';
import { emergencySnapshot, snapshot } from '../policy/snapshot-fixture.js';
import { appendOutcome, appendRecord, inFormat, writeArchive } from '../archive-fixture.js';

const CLI = join(ROOT, 'action/cli.js');
const V1 = join(ROOT, 'test/fixtures/archive-v1');
const verify = (folder: string) => spawnSync(process.execPath, [CLI, 'verify', folder], { encoding: 'utf8' });

describe('format 1 is frozen: archives written by format 1 verify forever', () => {
  it.each([['demo', 2], ['generated', 12]])('the committed v1 archive (%s) verifies', (name, count) => {
    // Outside this repository's clone: its history is the project's, not an archive writer's.
    const dir = mkdtempSync(join(tmpdir(), 'ug-v1-'));
    cpSync(join(V1, name), dir, { recursive: true });
    const r = verify(join(dir, 'archive'));
    expect(r.stdout.trim()).toBe(`${count} records verified: the archive is intact`);
    expect(r.status).toBe(0);
  });
  it('a v1 record keeps its own canonical form: the RFC 8785 hash of the same record differs, and verify uses the v1 one', () => {
    const rec = JSON.parse(readFileSync(join(V1, 'demo/archive/2026/12/2026-12-03-billing-2.4.0-pr7.json'), 'utf8'));
    expect(rec.format).toBe('upgrade-gate/archive-record/v1');
    expect(recordHash(rec)).toBe(rec.sha256);
    // Same content, other canonical form: the v1 renderer/hash must never be swapped for today's.
    rec.labels = [{ name: 'x', 10: 1, 9: 2 }];
    expect(recordHash(rec)).not.toBe(hashV2(rec));
  });
  it('an edit of a v1 record is still caught', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ug-v1-'));
    cpSync(join(V1, 'demo'), dir, { recursive: true });
    const f = join(dir, 'archive/2026/12/2026-12-03-billing-2.4.0-pr7.json');
    writeFileSync(f, readFileSync(f, 'utf8').replace('"merged_by": "bob-ops"', '"merged_by": "mallory"'));
    const r = verify(join(dir, 'archive'));
    expect(r.stdout).toContain('2026/12/2026-12-03-billing-2.4.0-pr7.json: error record.hash');
    expect(r.status).toBe(1);
  });
  it('a record of the current format appended to a v1 archive continues its chain; the index mixes both renderings', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ug-v1-'));
    cpSync(join(V1, 'demo'), dir, { recursive: true });
    const chain = JSON.parse(readFileSync(join(dir, 'archive', CHAIN_HEAD), 'utf8')) as ChainHead;
    const snap = snapshot();
    snap.pullRequest = { ...snap.pullRequest, number: 11, mergedAt: '2026-12-10T12:00:00Z', mergedBy: 'bob-ops', mergeSha: 'e'.repeat(40) };
    const record = buildRecord(snap, evaluate(snap), { previous: { sequence: chain.sequence, sha256: chain.sha256 }, toolVersion: '0.2.0', tzdata: '2025b', backfilled: false });
    const path = recordPath('archive', record, 'Asia/Shanghai');
    const index = readFileSync(join(dir, yearIndexPath(path)), 'utf8');
    for (const f of recordFiles(record, path, chain, index, 'archive', 'Asia/Shanghai', renderRecordMarkdown(record))) writeFileSync(join(dir, f.path), f.content);
    const r = verify(join(dir, 'archive'));
    expect(r.stdout.trim()).toBe('3 records verified: the archive is intact');
    const rows = readFileSync(join(dir, 'archive/2026/README.md'), 'utf8');
    expect(rows).toContain('| 2 | 2026-12-03T12:05:00Z |');
    expect(rows).toContain('| 3 | 2026-12-10 (Thu · 周四) 20:00 Asia/Shanghai |');
  });
});

const V2 = join(ROOT, 'test/fixtures/archive-v2/generated');

describe('format 2 is frozen: archives written by format 2 verify forever', () => {
  // Written by format 2's code: ten merges (one an emergency), outcomes (one failed then restored)
  // whose section closes their upgrade's Markdown, and a backfilled merge that broke the policy.
  it('the committed v2 archive with outcomes verifies byte for byte', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ug-v2-'));
    cpSync(V2, dir, { recursive: true });
    const r = verify(join(dir, 'archive'));
    expect(r.stdout.trim()).toBe('14 records verified: the archive is intact');
    expect(r.status).toBe(0);
  });
  it.each([
    ['2026/01/2026-01-01-billing-2.4.0-pr1001.md', '| Comment |', '| Comment · 评论 |'],
    ['2026/02/2026-02-05-billing-2.4.0-pr1100.md', 'by unknown (no merge commit)', 'by unknown · 未知 (no merge commit)'],
    ['2026/README.md', '(backfilled)', '(backfilled · 补录)'],
  ])('an edit of %s is caught', (file, from, to) => {
    const dir = mkdtempSync(join(tmpdir(), 'ug-v2-'));
    cpSync(V2, dir, { recursive: true });
    const f = join(dir, 'archive', file);
    const text = readFileSync(f, 'utf8');
    expect(text).toContain(from);
    writeFileSync(f, text.replace(from, to));
    const r = verify(join(dir, 'archive'));
    expect(r.stdout).toContain(`${file}: error`);
    expect(r.status).toBe(1);
  });
});

describe('format 3: the whole Markdown in English and Chinese', () => {
  const SUCCEEDED = '/upgrade-result succeeded\ncompleted_at: 2026-12-10T21:40\nverification: { V-1: passed, V-2: passed }\nnotes: all good';
  const merged = (number: number, mergedAt: string) => {
    const snap = snapshot();
    snap.pullRequest = { ...snap.pullRequest, number, mergedAt, mergedBy: 'bob-ops', mergeSha: 'e'.repeat(40) };
    return { snap, verdict: evaluate(snap) };
  };

  it('an archive of format 1, 2 and 3 records, with outcomes on the 2 and the 3, verifies; each renders as its format', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ug-v123-'));
    cpSync(join(V1, 'demo'), dir, { recursive: true });
    const head = () => JSON.parse(readFileSync(join(dir, 'archive', CHAIN_HEAD), 'utf8')) as ChainHead;
    const a = merged(11, '2026-12-10T12:00:00Z');
    const previous = () => ({ sequence: head().sequence, sha256: head().sha256 });
    const ctx = { toolVersion: '0.2.0', tzdata: '2025b', backfilled: false };
    const v2 = appendRecord(dir, inFormat(buildRecord(a.snap, a.verdict, { ...ctx, previous: previous() }), 'upgrade-gate/archive-record/v2'));
    appendOutcome(dir, v2, SUCCEEDED, 'carol-ops', 1);
    const b = merged(12, '2026-12-17T12:00:00Z');
    const v3 = appendRecord(dir, buildRecord(b.snap, b.verdict, { ...ctx, previous: previous() }));
    appendOutcome(dir, v3, SUCCEEDED.replace('12-10', '12-17'), 'carol-ops', 2);
    const r = verify(join(dir, 'archive'));
    expect(r.stdout.trim()).toBe('6 records verified: the archive is intact');
    expect(r.status).toBe(0);
    const md = (p: string) => readFileSync(join(dir, p.replace(/\.json$/, '.md')), 'utf8');
    expect(JSON.parse(readFileSync(join(dir, v3), 'utf8')).format).toBe('upgrade-gate/archive-record/v3');
    expect(md(v2)).toContain('| Recorded by · 记录人 | Comment |');
    expect(md(v2)).toContain('- Chain · 哈希链 (record format 2,');
    expect(md(v3)).toContain('| Recorded by · 记录人 | Comment · 评论 |');
    expect(md(v3)).toContain('| 6 | ✅ succeeded · 升级成功 | 2026-12-17T21:40 (Asia/Shanghai) | V-1 passed · 通过, V-2 passed · 通过 |');
    const rows = readFileSync(join(dir, 'archive/2026/README.md'), 'utf8');
    expect(rows).toContain('| 2 | 2026-12-03T12:05:00Z |');
    expect(rows).toContain('| 3 | Thu 2026-12-10 20:00 Asia/Shanghai |');
    expect(rows).toContain('| 5 | 2026-12-17 (Thu · 周四) 20:00 Asia/Shanghai | UPG-2026-1203-01 | billing | 2.3.1 → 2.4.0 | regular · 常规升级 | #12 | none · 无 |');
  });

  it('no English-only phrase is left in a format 3 record of an emergency, a backfill and a broken policy', () => {
    const build = (snap: ReturnType<typeof snapshot>) => {
      snap.pullRequest = { ...snap.pullRequest, number: 9, mergedAt: '2026-12-03T12:00:00Z' };
      return renderRecordMarkdown(buildRecord(snap, evaluate(snap), { previous: undefined, toolVersion: '0', tzdata: undefined, backfilled: true }));
    };
    const unapproved = build(snapshot({ reviews: [] }));
    const defaults = build(snapshot({ config: { path: '.github/upgrade-gate.yml', text: undefined }, codeowners: { path: undefined, text: undefined } }));
    expect(unapproved).not.toContain('approved by');
    for (const phrase of ['| not approved · 未审批 |', '**fail · 不通过**', '(merged anyway: see the violations · 仍被合并，见违规项)', 'by · 合并人 unknown · 未知', 'merge commit · 合并提交 none · 无', 'none (first record) · 无（第一条记录）', 'Emergency · 紧急升级: no · 否', '(backfilled). · 合并后由定时任务补录。', 'This merge broke the policy · 本次合并违反《升级管理办法》'])
      expect(unapproved).toContain(phrase);
    for (const phrase of ['configuration · 配置 .github/upgrade-gate.yml none: the defaults · 无，使用默认值; no CODEOWNERS · 无 CODEOWNERS', 'Time zone · 时区: Asia/Shanghai (tzdata · 时区数据 unknown · 未知)', '**error · 出错**'])
      expect(defaults).toContain(phrase);
    const emergency = evaluate(emergencySnapshot());
    const e = renderRecordMarkdown(buildRecord(emergencySnapshot(), emergency, { previous: undefined, toolVersion: '0', tzdata: '2025b', backfilled: false }));
    expect(e).toContain('- Emergency · 紧急升级: label · 标签 emergency, applied by · 添加人 @\u200Dhan-meimei, at · 时间 2026-11-25 (Wed · 周三) 11:00 Asia/Shanghai; bypass · 豁免 granted · 已准许');
    expect(e).toMatch(/\| approved · 已批准: @\u200Dli-lei \(via · 经由 .*\), 2026-11-25 \(Wed · 周三\) 20:00 Asia\/Shanghai \|/);
    expect(e).toContain('| Type · 类型 | emergency · 紧急升级 |');
  });

  it('an edit of one line of a format 3 record\'s Markdown is caught', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ug-v3-'));
    const paths = writeArchive(dir, 3);
    const f = join(dir, paths[1]!.replace(/\.json$/, '.md'));
    const text = readFileSync(f, 'utf8');
    expect(text).toContain('| Approved · 是否同意 | yes · 同意 |');
    writeFileSync(f, text.replace('| Approved · 是否同意 | yes · 同意 |', '| Approved · 是否同意 | no · 不同意 |'));
    const r = verify(join(dir, 'archive'));
    expect(r.stdout).toContain(`${paths[1]!.replace(/^archive\//, '').replace(/\.json$/, '.md')}: error markdown.edited`);
    expect(r.status).toBe(1);
  });
});

describe('bounded names', () => {
  it('the longest system and release.to the schema allows make a short file name; the PR number keeps it unique', () => {
    const snap = snapshot();
    snap.documents = snap.documents.map((d) => ({ ...d, text: d.text.replace(/^(\s*to:\s*).*$/m, `$1"2.4.0-${'x'.repeat(58)}"`).replace(/^system: .*$/m, `system: billing-${'x'.repeat(55)}`) }));
    expect(evaluate(snap).findings.filter((f) => f.rule === 'schema')).toEqual([]);
    const names = [1, 2].map((n) => {
      snap.pullRequest = { ...snap.pullRequest, number: 123456 + n, mergedAt: '2026-12-03T12:00:00Z' };
      return recordPath('archive', buildRecord(snap, evaluate(snap), { previous: undefined, toolVersion: '0', tzdata: undefined, backfilled: false }), 'Asia/Shanghai');
    });
    expect(names[0]).toBe('archive/2026/12/2026-12-03-billing-xxxxxxxxxxxxxxxx-2.4.0-xxxxxxxxxx-pr123457.json');
    expect(names[0]!.split('/').pop()!.length).toBeLessThanOrEqual(80);
    expect(new Set(names).size).toBe(2);
  });
});

describe('the upgrade schema bounds the fields names are made of', () => {
  it('a 300-character release.to is a schema finding', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ug-long-'));
    cpSync(join(ROOT, 'examples'), dir, { recursive: true });
    const doc = join(dir, 'upgrades/2026-12-03-billing-2.4.0.yaml');
    writeFileSync(doc, readFileSync(doc, 'utf8').replace('to: "2.4.0"', `to: "2.4.0-${'x'.repeat(300)}"`));
    const r = spawnSync(process.execPath, [CLI, 'validate', doc], { encoding: 'utf8' });
    expect(r.stdout + r.stderr).toMatch(/:10:\d+: error schema release\.to must NOT have more than 64 characters/);
    expect(r.status).toBe(1);
  });
});
