import { mkdirSync, mkdtempSync, copyFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readDateOrTime } from '../../src/time/local-time.js';
import { describe, expect, it } from 'vitest';
import { ChainHeadError, nextChainHead, parseChainHead } from '../../src/archive/layout.js';
import { buildRecord } from '../../src/archive/record.js';
import { buildReport } from '../../src/archive/report.js';
import { runCli } from '../../src/cli/main.js';
import type { CliIo } from '../../src/cli/io.js';
import { evaluate } from '../../src/policy/evaluate.js';
import { policyMonth } from '../../src/time/calendar.js';
import { ROOT } from '../helpers.js';
import { CONFIG, emergencySnapshot } from '../policy/snapshot-fixture.js';

// 17:00 UTC on January 31st is 01:00 on February 1st in Shanghai: February by the policy's calendar.
const MERGED = '2026-01-31T17:00:00Z';

describe('one policy month for the budget, the chain head and the report', () => {
  it('a merge at 2026-01-31T17:00Z is February in Asia/Shanghai everywhere', () => {
    expect(policyMonth(new Date(MERGED), 'Asia/Shanghai')).toBe('2026-02');
    expect(policyMonth(new Date(MERGED), 'UTC')).toBe('2026-01');

    const merged = emergencySnapshot();
    merged.pullRequest = { ...merged.pullRequest, number: 41, mergedAt: MERGED, mergeSha: 'f'.repeat(40) };
    const record = buildRecord(merged, evaluate(merged), { previous: undefined, toolVersion: '0.1.0', tzdata: undefined, backfilled: false });
    const path = 'archive/2026/02/2026-02-01-orders-3.1.1-pr41.json';

    // The report, read back from the record.
    expect(buildReport([{ file: path, record }]).emergenciesPerMonth).toEqual({ '2026-02': 1 });
    // The day 2026-02-01 in the policy zone, as the report's --since/--until read it.
    const day = (end: boolean) => (readDateOrTime('2026-02-01', 'Asia/Shanghai', end) as { instant: Date }).instant;
    expect(buildReport([{ file: path, record }], day(false), day(true)).rows.map((r) => r.pr)).toEqual([41]);

    // The chain head the Action writes, and the budget that reads it a week later (budget 1: exceeded).
    const head = nextChainHead(undefined, record, path, 'Asia/Shanghai');
    expect(Object.keys(head.emergencies)).toEqual(['2026-02']);
    const config = { path: '.github/upgrade-gate.yml', text: CONFIG.replace('monthly-budget: 2', 'monthly-budget: 1') };
    const later = evaluate(emergencySnapshot({ now: '2026-02-07T02:00:00Z', config, emergenciesThisMonth: head.emergencies['2026-02']! }));
    const budget = later.findings.find((f) => f.rule === 'emergency.budget');
    expect(budget?.message).toContain('1 emergency upgrade already merged in 2026-02');
  });
});

describe('the chain head is read one way and fails closed', () => {
  it('absent is no head; a well-formed head is read; anything else throws, naming the file', () => {
    expect(parseChainHead(undefined, 'archive/chain-head.json')).toBeUndefined();
    const good = { format: 'upgrade-gate/archive-chain-head/v1', sequence: 3, sha256: 'a'.repeat(64), path: 'x', merged_at: MERGED, emergencies: { '2026-02': [] } };
    expect(parseChainHead(JSON.stringify(good), 'archive/chain-head.json')).toEqual(good);
    expect(() => parseChainHead('{ "format": ', 'archive/chain-head.json')).toThrow(/^archive\/chain-head\.json is not readable JSON/);
    expect(() => parseChainHead('{"emergencies": 7}', 'archive/chain-head.json')).toThrow(ChainHeadError);
    expect(() => parseChainHead(JSON.stringify({ ...good, emergencies: { '2026-02': 'none' } }), 'h')).toThrow(/is not an upgrade-gate chain head/);
  });

  it('simulate refuses a malformed chain head instead of counting no emergencies', async () => {
    const repo = mkdtempSync(join(tmpdir(), 'ug-chain-'));
    mkdirSync(join(repo, '.github'));
    mkdirSync(join(repo, 'archive'));
    copyFileSync(join(ROOT, 'examples/.github/upgrade-gate.yml'), join(repo, '.github/upgrade-gate.yml'));
    copyFileSync(join(ROOT, 'examples/upgrades/2026-11-25-orders-3.1.1-emergency.yaml'), join(repo, 'e.yaml'));
    writeFileSync(join(repo, 'archive/chain-head.json'), '{"format": "upgrade-gate/archive-chain-head/v1", "sequence": ');
    const err: string[] = [];
    const io: CliIo = { cwd: repo, out: () => undefined, err: (l) => err.push(l), env: {} };
    expect(await runCli(['simulate', 'e.yaml', '--label', 'emergency', '--at', '2026-11-25T21:30'], io)).toBe(2);
    expect(err.join('\n')).toContain('archive/chain-head.json is not readable JSON');
  });
});
