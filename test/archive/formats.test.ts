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
import { snapshot } from '../policy/snapshot-fixture.js';

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
  it('a format 2 record appended to a v1 archive continues its chain; the index mixes both renderings', () => {
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
    expect(rows).toContain('| 3 | Thu 2026-12-10 20:00 Asia/Shanghai |');
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
