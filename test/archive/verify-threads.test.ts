import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordHash } from '../../src/archive/formats.js';
import { autoThreads, PARALLEL_MIN_RECORDS } from '../../src/archive/verify.js';
import type { ChainHead } from '../../src/archive/layout.js';
import { outcomeFactsOf, parseOutcomeCommand } from '../../src/archive/outcome-command.js';
import { outcomeFiles } from '../../src/archive/outcome-layout.js';
import { buildOutcomeRecord, type OutcomeRecord } from '../../src/archive/outcome-record.js';
import type { ArchiveRecord } from '../../src/archive/record.js';
import { parseYamlSource } from '../../src/document/yaml-source.js';
import { writeArchive } from '../archive-fixture.js';
import { ROOT } from '../helpers.js';

// verify and report examine record files in worker threads on a large archive; the findings, their
// order and the report must be exactly those of one thread, whatever the damage.
const CLI = join(ROOT, 'action/cli.js');
let dir: string;
let paths: string[];
const at = (p: string) => join(dir, p);
const rel = (p: string) => p.replace(/^archive\//, '');
const md = (p: string) => p.replace(/\.json$/, '.md');
const read = (p: string) => JSON.parse(readFileSync(at(p), 'utf8'));
const edit = (p: string, change: (text: string) => string) => writeFileSync(at(p), change(readFileSync(at(p), 'utf8')));
const forge = (p: string, change: (r: Record<string, unknown>) => void) => {
  const rec = read(p);
  change(rec);
  rec.sha256 = recordHash(rec);
  writeFileSync(at(p), `${JSON.stringify(rec, null, 2)}\n`);
};
const run = (threads: number | string, ...args: string[]) =>
  spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', env: { ...process.env, UPGRADE_GATE_THREADS: String(threads) } });

function appendOutcome(upgradePath: string, body: string, id: number, earlier: OutcomeRecord[] = []): OutcomeRecord {
  const upgrade = read(upgradePath) as ArchiveRecord;
  const chain = read('archive/chain-head.json') as ChainHead;
  const parsed = parseOutcomeCommand(body, { zone: 'Asia/Shanghai', documents: upgrade.documents.map((d) => outcomeFactsOf({ id: d.id, value: parseYamlSource(d.text, d.path).value })), now: '2026-12-04T00:00:00Z' });
  if (!parsed.command || !parsed.accepted) throw new Error(JSON.stringify(parsed));
  const record = buildOutcomeRecord({ file: rel(upgradePath), record: upgrade }, parsed.accepted, { id, url: `https://github.com/acme/deploy/pull/7#issuecomment-${id}`, createdAt: '2026-12-03T14:00:00Z', updatedAt: '2026-12-03T14:00:00Z', body, author: 'carol-ops' }, { previous: { sequence: chain.sequence, sha256: chain.sha256 }, recordedAs: ['executor'], recordedAt: '2026-12-03T14:00:10Z', zone: 'Asia/Shanghai', toolVersion: '0.1.0' });
  for (const f of outcomeFiles('archive', rel(upgradePath), upgrade, earlier, record, chain)) writeFileSync(at(f.path), f.content);
  return record;
}

const FAILED = '/upgrade-result failed\ncompleted_at: 2026-12-03T21:40\nverification: { V-1: passed, V-2: failed }\nnotes: slow search\ncause: index missing';
const RESTORED = '/upgrade-result restored\ncompleted_at: 2026-12-03T23:00\nverification: { V-1: passed, V-2: passed }\nnotes: 2.3.1 back\nbackup_restored: registry.example.com/billing-api:2.3.1';

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'ug-verify-threads-'));
  paths = writeArchive(dir, 90);
  const failed = appendOutcome(paths[88]!, FAILED, 1);
  appendOutcome(paths[88]!, RESTORED, 2, [failed]);
  appendOutcome(paths[87]!, FAILED, 3);
  // Damage of every kind verify names, spread over the archive so that every thread meets some.
  edit(paths[3]!, (t) => t.replace('"merged_by": "bob-ops"', '"merged_by": "bob-opz"'));
  forge(paths[10]!, (r) => ((r.approvals as Array<{ login: string }>)[0]!.login = 'someone-else'));
  rmSync(at(paths[17]!));
  edit(md(paths[22]!), (t) => t.replace('approved by', 'signed by'));
  rmSync(at(md(paths[25]!)));
  writeFileSync(at(paths[30]!), 'null');
  forge(paths[33]!, (r) => ((r.policy as Record<string, unknown>).time_zone = 'Mars/Olympus_Mons'));
  forge(paths[37]!, (r) => (r.documents = 'none'));
  forge(paths[41]!, (r) => ((r.documents as Array<Record<string, unknown>>)[0]!.form = { approvals: 5 }));
  edit(paths[44]!, (t) => t.replace(/upgrade-gate\/archive-record\/v\d/, 'upgrade-gate/archive-record/v9'));
  writeFileSync(at(paths[47]!), 'root:x:0:0:root:/root:/bin/bash\n');
  rmSync(at(md(paths[50]!)));
  symlinkSync(tmpdir(), at(md(paths[50]!)));
  rmSync(at(paths[53]!));
  symlinkSync('/etc/passwd', at(paths[53]!));
  rmSync(at(paths[56]!));
  expect(spawnSync('mkfifo', [at(paths[56]!)]).status).toBe(0);
  writeFileSync(at(paths[60]!), Buffer.from([0x7b, 0xff, 0xfe, 0x7d]));
  edit(paths[63]!, (t) => t.replace('"merged_by": "bob-ops"', '"merged_by": "bob\\ud800"'));
  forge(paths[66]!, (r) => ((r.pull_request as Record<string, unknown>).number = 4242));
  edit(md(paths[88]!), (t) => t.replace('restored', 'fine'));
  edit('archive/2026/README.md', (t) => t.replace('| #1003 |', '| #9999 |'));
  mkdirSync(at('archive/2026/13'));
  writeFileSync(at('archive/2026/13/stray.json'), '{"format": "upgrade-gate/archive-record/v2"}');
  writeFileSync(at('archive/2026/01/\u001b[31mred.txt'), 'x');
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('verify and report in worker threads', () => {
  it('name exactly the findings of one thread, in the same order', () => {
    const one = run(1, 'verify', at('archive'));
    expect(one.status).toBe(1);
    for (const id of ['record.hash', 'chain.previous', 'chain.sequence', 'markdown.edited', 'markdown.missing', 'record.not-object', 'record.time-zone', 'record.schema', 'record.unreadable', 'record.format', 'record.json', 'file.symlink', 'file.special', 'file.encoding', 'record.canonical', 'record.path', 'index.edited', 'file.unexpected', 'chain-head.underivable'])
      expect(one.stdout).toContain(`error ${id} `);
    expect(one.stdout).toContain(`${rel(md(paths[88]!))}: error markdown.edited`);
    for (const threads of [2, 3, 4]) {
      const many = run(threads, 'verify', at('archive'));
      expect({ status: many.status, stdout: many.stdout, stderr: many.stderr }).toEqual({ status: one.status, stdout: one.stdout, stderr: one.stderr });
    }
  });
  it('report the same rows, and the same findings', () => {
    // A damaged archive gets no report, only its findings.
    const one = run(1, 'report', at('archive'), '--format', 'json', '--at', '2030-01-01T00:00');
    expect(one.status).toBe(1);
    expect(one.stdout).toBe('');
    expect(one.stderr).toContain(`${rel(md(paths[88]!))}: error markdown.edited`);
    const many = run(3, 'report', at('archive'), '--format', 'json', '--at', '2030-01-01T00:00');
    expect({ status: many.status, stdout: many.stdout, stderr: many.stderr }).toEqual({ status: one.status, stdout: one.stdout, stderr: one.stderr });
    const intact = mkdtempSync(join(tmpdir(), 'ug-report-threads-'));
    try {
      writeArchive(intact, 90);
      const rows = (threads: number) => run(threads, 'report', join(intact, 'archive'), '--format', 'json', '--at', '2030-01-01T00:00');
      const single = rows(1);
      expect(single.status).toBe(0);
      expect(JSON.parse(single.stdout).rows).toHaveLength(90);
      const parallel = rows(3);
      expect({ status: parallel.status, stdout: parallel.stdout, stderr: parallel.stderr }).toEqual({ status: single.status, stdout: single.stdout, stderr: single.stderr });
    } finally {
      rmSync(intact, { recursive: true, force: true });
    }
  });
});

describe('the number of threads verify picks by itself', () => {
  it('one for a small archive, one per core for a large one, one on a saturated machine', () => {
    expect(autoThreads(PARALLEL_MIN_RECORDS - 1, 8, 0)).toBe(1);
    expect(autoThreads(10_000, 2, 0)).toBe(2);
    expect(autoThreads(10_000, 2, 3.9)).toBe(2);
    expect(autoThreads(10_000, 2, 4.1)).toBe(1);
    expect(autoThreads(10_000, 8, 3)).toBe(8);
    expect(autoThreads(10_000, 1, 0)).toBe(1);
  });
});

describe('UPGRADE_GATE_THREADS', () => {
  it('a value that is no number of threads is named, and verify chooses as it would without it', () => {
    const one = run(1, 'verify', at('archive'));
    for (const value of ['many', '-2', '1e3', '4 threads']) {
      const r = run(value, 'verify', at('archive'));
      expect(r.stderr).toContain(`upgrade-gate: note threads.invalid UPGRADE_GATE_THREADS=${value} is not a number of threads (0 to 999)`);
      expect({ status: r.status, stdout: r.stdout }).toEqual({ status: one.status, stdout: one.stdout });
    }
    const zh = spawnSync(process.execPath, [CLI, 'report', at('archive'), '--lang', 'zh-CN', '--format', 'csv'], { encoding: 'utf8', env: { ...process.env, UPGRADE_GATE_THREADS: 'x' } });
    expect(zh.stderr).toContain('UPGRADE_GATE_THREADS=x 不是有效的线程数');
  });
});
