import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { recordHash } from '../../src/archive/formats.js';
import type { ChainHead } from '../../src/archive/layout.js';
import { outcomeFactsOf, parseOutcomeCommand } from '../../src/archive/outcome-command.js';
import { outcomeFiles } from '../../src/archive/outcome-layout.js';
import { buildOutcomeRecord, type OutcomeRecord } from '../../src/archive/outcome-record.js';
import type { ArchiveRecord } from '../../src/archive/record.js';
import { parseYamlSource } from '../../src/document/yaml-source.js';
import { writeArchive } from '../archive-fixture.js';
import { ROOT } from '../helpers.js';

const CLI = join(ROOT, 'action/cli.js');
let dir: string;
let paths: string[];
const cli = (...args: string[]) => spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8' });
const read = (p: string) => JSON.parse(readFileSync(join(dir, p), 'utf8'));
const rel = (p: string) => p.replace(/^archive\//, '');

/** Appends an outcome exactly as the Action does (same builder, same files), as `login` in comment `id`. */
function appendOutcome(upgradePath: string, body: string, login: string, id: number, earlier: OutcomeRecord[] = []): OutcomeRecord {
  const upgrade = read(upgradePath) as ArchiveRecord;
  const chain = read('archive/chain-head.json') as ChainHead;
  const parsed = parseOutcomeCommand(body, { zone: 'Asia/Shanghai', documents: upgrade.documents.map((d) => outcomeFactsOf({ id: d.id, value: parseYamlSource(d.text, d.path).value })), now: '2026-12-04T00:00:00Z' });
  if (!parsed.command || !parsed.accepted) throw new Error(JSON.stringify(parsed));
  const record = buildOutcomeRecord({ file: rel(upgradePath), record: upgrade }, parsed.accepted, { id, url: `https://github.com/acme/deploy/pull/7#issuecomment-${id}`, createdAt: '2026-12-03T14:00:00Z', updatedAt: '2026-12-03T14:00:00Z', body, author: login }, { previous: { sequence: chain.sequence, sha256: chain.sha256 }, recordedAs: ['executor'], recordedAt: '2026-12-03T14:00:10Z', zone: 'Asia/Shanghai', toolVersion: '0.1.0' });
  for (const f of outcomeFiles('archive', rel(upgradePath), upgrade, earlier, record, chain)) writeFileSync(join(dir, f.path), f.content);
  return record;
}

const SUCCEEDED = '/upgrade-result succeeded\ncompleted_at: 2026-12-03T21:40\nverification: { V-1: passed, V-2: passed }\nnotes: all good';
const FAILED = '/upgrade-result failed\ncompleted_at: 2026-12-03T21:40\nverification: { V-1: passed, V-2: failed }\nnotes: slow search\ncause: index missing';
const RESTORED = '/upgrade-result restored\ncompleted_at: 2026-12-03T23:00\nverification: { V-1: passed, V-2: passed }\nnotes: 2.3.1 back\nbackup_restored: registry.example.com/billing-api:2.3.1';

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'ug-outcomes-'));
  paths = writeArchive(dir, 3);
  appendOutcome(paths[0]!, SUCCEEDED, 'carol-ops', 1);
  const failed = appendOutcome(paths[1]!, FAILED, 'carol-ops', 2);
  appendOutcome(paths[1]!, RESTORED, 'bob-ops', 3, [failed]);
});

const outcomeFile = (i: number, n: number) => paths[i]!.replace(/\.json$/, `.outcome-${n}.json`);

describe('outcome records in the archive', () => {
  it('verify checks them with the chain; the Markdown shows the state', () => {
    const r = cli('verify', join(dir, 'archive'));
    expect(r.stdout).toContain('6 records verified: the archive is intact');
    expect(r.status).toBe(0);
    expect(readFileSync(join(dir, paths[1]!.replace('.json', '.md')), 'utf8')).toContain('## Outcome · 升级结果: ↩️ restored');
  });

  it('an edited outcome, a recomputed hash, a deleted or renamed outcome are each caught', () => {
    const f = join(dir, outcomeFile(1, 1));
    const original = readFileSync(f, 'utf8');
    writeFileSync(f, original.replace('"cause": "index missing"', '"cause": "cosmic rays"'));
    expect(cli('verify', join(dir, 'archive')).stdout).toContain(`${rel(outcomeFile(1, 1))}: error record.hash its content does not match its sha256`);
    const rec = JSON.parse(original);
    rec.recorded_by.login = 'mallory';
    rec.sha256 = recordHash(rec);
    writeFileSync(f, JSON.stringify(rec, null, 2));
    expect(cli('verify', join(dir, 'archive')).stdout).toMatch(/outcome-2\.json: error chain\.previous names previous sha256 .* the chain is broken/);
    writeFileSync(f, original);
    renameSync(join(dir, outcomeFile(1, 2)), join(dir, outcomeFile(2, 1)));
    expect(cli('verify', join(dir, 'archive')).stdout).toContain(`${rel(outcomeFile(2, 1))}: error outcome.path is stored as ${rel(outcomeFile(2, 1))} but, as outcome 2 of ${rel(paths[1]!)}, belongs in ${rel(outcomeFile(1, 2))}`);
    renameSync(join(dir, outcomeFile(2, 1)), join(dir, outcomeFile(1, 2)));
    rmSync(f);
    const deleted = cli('verify', join(dir, 'archive'));
    expect(deleted.status).toBe(1);
    expect(deleted.stdout).toContain('the chain is broken');
  });

  it('the comment text and the times are tied to the record', () => {
    const f = join(dir, outcomeFile(0, 1));
    const rec = JSON.parse(readFileSync(f, 'utf8'));
    rec.comment.body = rec.comment.body.replace('all good', 'all great');
    rec.completed_at = '2026-12-03T21:45';
    rec.sha256 = recordHash(rec);
    writeFileSync(f, JSON.stringify(rec, null, 2));
    const out = cli('verify', join(dir, 'archive')).stdout;
    expect(out).toContain('its comment text does not match the comment sha256');
    expect(out).toContain('completed_at 2026-12-03T21:45 (Asia/Shanghai) is not completed_at_utc 2026-12-03T13:40:00.000Z');
  });

  it('report has the outcome columns, counts failed, restored and pending, and names overdue upgrades', () => {
    const third = read(paths[2]!) as ArchiveRecord;
    const soon = new Date(new Date(third.pull_request.merged_at).getTime() + 3_600_000).toISOString().replace('.000Z', 'Z');
    const early = cli('report', join(dir, 'archive'), '--format', 'json', '--at', soon);
    const j = JSON.parse(early.stdout);
    expect(j.rows.map((r: { outcome: string; verified_by: string }) => `${r.outcome}:${r.verified_by}`)).toEqual(['succeeded:carol-ops', 'restored:bob-ops', 'none:']);
    expect(j.outcomes).toEqual({ succeeded: 1, failed: 0, restored: 1, pending: 0, none: 1 });
    const later = cli('report', join(dir, 'archive'), '--at', '2026-12-20T09:00');
    expect(later.stdout).toContain('Outcomes · 升级结果: 1 succeeded, 0 failed, 1 restored, 1 pending, 0 not yet due');
    expect(later.stdout).toMatch(/\| restored \| 2026-12-03T15:00:00\.000Z \| bob-ops \|/);
    expect(later.stdout).toContain(`- ${paths[2]}: outcome.overdue UPG-2026-1203-01 (PR #1002): the window ended 2026-12-03T22:00 (Asia/Shanghai), more than 7 days ago`);
    const csv = cli('report', join(dir, 'archive'), '--format', 'csv', '--at', '2026-12-20T09:00').stdout.split('\n');
    expect(csv[3]).toMatch(/,pending,,,false,/);
    expect(cli('report', join(dir, 'archive'), '--at', 'tomorrow').status).toBe(2);
  });
});
