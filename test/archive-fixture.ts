import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { gitBlobSha, sha256 } from '../src/archive/canonical.js';
import { nextChainHead, recordFiles, recordPath, yearIndexPath, type ChainHead } from '../src/archive/layout.js';
import { buildRecord, type ArchiveRecord, type Pin } from '../src/archive/record.js';
import { renderRecordMarkdown } from '../src/archive/render.js';
import { evaluate } from '../src/policy/evaluate.js';
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
  const files = new Map<string, string>();
  let chain: ChainHead | undefined;
  const paths: string[] = [];
  const verdict = evaluate(snapshot());
  const emergency = evaluate(emergencySnapshot());
  for (let i = 0; i < count; i++) {
    const day = new Date(Date.UTC(2026, 0, 1) + i * 3_600_000 * 7);
    const isEmergency = i % 10 === 9;
    const snap = isEmergency ? emergencySnapshot() : snapshot();
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
    const record: ArchiveRecord = buildRecord(snap, isEmergency ? emergency : verdict, {
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
  }
  for (const [p, c] of files) {
    mkdirSync(dirname(join(dir, p)), { recursive: true });
    writeFileSync(join(dir, p), c);
  }
  return paths;
}
