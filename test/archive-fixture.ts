import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { gitBlobSha, sha256 } from '../src/archive/canonical.js';
import { recordHash, type AnyRecord } from '../src/archive/formats.js';
import { nextChainHead, recordFiles, recordPath, yearIndexPath, type ChainHead } from '../src/archive/layout.js';
import { outcomeFactsOf, parseOutcomeCommand } from '../src/archive/outcome-command.js';
import { outcomeFiles } from '../src/archive/outcome-layout.js';
import { buildOutcomeRecord, type OutcomeRecord } from '../src/archive/outcome-record.js';
import { parseYamlSource } from '../src/document/yaml-source.js';
import { buildRecord, type ArchiveRecord, type Pin } from '../src/archive/record.js';
import { renderRecordMarkdown } from '../src/archive/render.js';
import { evaluate } from '../src/policy/evaluate.js';
import type { PullRequestSnapshot } from '../src/policy/snapshot.js';
import type { Verdict } from '../src/policy/verdict.js';
import { ROOT } from './helpers.js';
import { emergencySnapshot, snapshot } from './policy/snapshot-fixture.js';

/** The examples' evidence files, pinned as the Action pins them at the merge. */
export function examplePins(paths: string[]): Pin[] {
  return paths.map((p) => {
    const bytes = readFileSync(join(ROOT, 'examples', p));
    return { path: p, blob_sha: gitBlobSha(bytes), sha256: sha256(bytes) };
  });
}

/** Writes `count` archived merges into dir/archive exactly as the Action commits them, and returns the records' paths. */
export function writeArchive(dir: string, count: number): string[] {
  const verdict = evaluate(snapshot());
  const emergency = evaluate(emergencySnapshot());
  const snaps: PullRequestSnapshot[] = [];
  for (let i = 0; i < count; i++) snaps.push(i % 10 === 9 ? emergencySnapshot() : snapshot());
  return writeSnapshots(dir, snaps, (s) => (isEmergencyPr(s) ? emergency : verdict));
}

const isEmergencyPr = (s: PullRequestSnapshot) => s.labels.some((l) => l.name === 'emergency');

/**
 * Writes one archived merge per snapshot into dir/archive exactly as the Action commits them (the
 * real evaluation, record builder and files), and returns the records' paths. The merges are seven
 * hours apart from 2026-01-01, PR numbers 1000 on.
 */
export function writeSnapshots(
  dir: string,
  snaps: PullRequestSnapshot[],
  verdictOf: (s: PullRequestSnapshot) => Verdict = evaluate,
): string[] {
  const files = new Map<string, string>();
  let chain: ChainHead | undefined;
  const paths: string[] = [];
  snaps.forEach((snap, i) => {
    const day = new Date(Date.UTC(2026, 0, 1) + i * 3_600_000 * 7);
    const isEmergency = isEmergencyPr(snap);
    snap.pullRequest = {
      ...snap.pullRequest,
      number: 1000 + i,
      mergedAt: day.toISOString(),
      mergedBy: 'bob-ops',
      mergeSha: 'f'.repeat(40),
    };
    const evidence = Object.fromEntries(
      snap.documents.map((d) => [
        d.path,
        examplePins(
          isEmergency
            ? ['docs/acceptance/orders-3.1.1.md']
            : ['docs/acceptance/billing-2.4.0.md', 'docs/gray/billing-2.4.0.md'],
        ),
      ]),
    );
    const record: ArchiveRecord = buildRecord(snap, verdictOf(snap), {
      previous: chain ? { sequence: chain.sequence, sha256: chain.sha256 } : undefined,
      toolVersion: '0.1.0',
      tzdata: '2025b',
      backfilled: false,
      evidence,
    });
    const path = recordPath('archive', record, 'Asia/Shanghai');
    for (const f of recordFiles(
      record,
      path,
      chain,
      files.get(yearIndexPath(path)),
      'archive',
      'Asia/Shanghai',
      renderRecordMarkdown(record),
    ))
      files.set(f.path, f.content);
    chain = nextChainHead(chain, record, path, 'Asia/Shanghai');
    paths.push(path);
  });
  for (const [p, c] of files) {
    mkdirSync(dirname(join(dir, p)), { recursive: true });
    writeFileSync(join(dir, p), c);
  }
  return paths;
}

/** The same record in an older format of the same fields (format 2 has format 3's fields), hashed as that format hashes. */
export function inFormat(
  record: AnyRecord,
  format: 'upgrade-gate/archive-record/v2' | 'upgrade-gate/archive-record/v3',
): AnyRecord {
  const out = { ...record, format } as AnyRecord;
  out.sha256 = recordHash(out as unknown as Record<string, unknown>);
  return out;
}

/** Appends one record to the archive in dir as the Action writes it (record, Markdown, year index, chain head). */
export function appendRecord(dir: string, record: AnyRecord): string {
  const head = JSON.parse(readFileSync(join(dir, 'archive/chain-head.json'), 'utf8')) as ChainHead;
  const path = recordPath('archive', record, 'Asia/Shanghai');
  let index: string | undefined;
  try {
    index = readFileSync(join(dir, yearIndexPath(path)), 'utf8');
  } catch {
    index = undefined;
  }
  for (const f of recordFiles(record, path, head, index, 'archive', 'Asia/Shanghai', renderRecordMarkdown(record))) {
    mkdirSync(dirname(join(dir, f.path)), { recursive: true });
    writeFileSync(join(dir, f.path), f.content);
  }
  return path;
}

/** Appends an outcome exactly as the Action does (same parser, builder and files), as `login` in comment `id`. */
export function appendOutcome(
  dir: string,
  upgradePath: string,
  body: string,
  login: string,
  id: number,
  earlier: OutcomeRecord[] = [],
): OutcomeRecord {
  const read = (p: string) => JSON.parse(readFileSync(join(dir, p), 'utf8'));
  const rel = upgradePath.replace(/^archive\//, '');
  const upgrade = read(upgradePath) as ArchiveRecord;
  const chain = read('archive/chain-head.json') as ChainHead;
  const documents = upgrade.documents.map((d) =>
    outcomeFactsOf({ id: d.id, value: parseYamlSource(d.text, d.path).value }),
  );
  const parsed = parseOutcomeCommand(body, { zone: 'Asia/Shanghai', documents, now: '2026-12-31T00:00:00Z' });
  if (!parsed.command || !parsed.accepted) throw new Error(JSON.stringify(parsed));
  const comment = {
    id,
    url: `https://github.com/acme/deploy/pull/7#issuecomment-${id}`,
    createdAt: '2026-12-03T14:00:00Z',
    updatedAt: '2026-12-03T14:00:00Z',
    body,
    author: login,
  };
  const ctx = {
    previous: { sequence: chain.sequence, sha256: chain.sha256 },
    recordedAs: ['executor'],
    recordedAt: '2026-12-03T14:00:10Z',
    zone: 'Asia/Shanghai',
    toolVersion: '0.1.0',
  };
  const record = buildOutcomeRecord({ file: rel, record: upgrade }, parsed.accepted, comment, ctx);
  for (const f of outcomeFiles('archive', rel, upgrade, earlier, record, chain))
    writeFileSync(join(dir, f.path), f.content);
  return record;
}
