import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import schema from '../../schemas/archive-record.schema.json' with { type: 'json' };
import { schemaErrors } from '../document/schema-validator.js';
import { recordHash } from './canonical.js';
import { CHAIN_HEAD, ChainHeadError, indexRow, parseChainHead, recordPath, renderIndex } from './layout.js';
import type { ArchiveRecord } from './record.js';
import { renderRecordMarkdown } from './render.js';
import { isOutcomeRecord } from './outcome-record.js';
import { renderOutcomeSection } from './outcome-render.js';
import { outcomesByUpgrade, verifyOutcomeRecords } from './outcome-verify.js';

/** One thing wrong with the archive, named by file. */
export interface ArchiveProblem {
  file: string;
  message: string;
}

/** A record read back from disk with the file it came from. */
export interface StoredRecord {
  file: string;
  record: ArchiveRecord;
}

function walk(dir: string): string[] {
  const out: string[] = [];
  const stack = [dir];
  while (stack.length) {
    const d = stack.pop()!;
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) stack.push(p);
      else out.push(p);
    }
  }
  return out;
}

/** Reads every record under an archive folder, in chain order; unreadable files become problems. */
export function readArchive(dir: string): { records: StoredRecord[]; problems: ArchiveProblem[]; files: string[] } {
  const problems: ArchiveProblem[] = [];
  const records: StoredRecord[] = [];
  const files = walk(dir).map((f) => relative(dir, f).split('\\').join('/'));
  for (const file of files.filter((f) => /^\d{4}\/\d{2}\/[^/]+\.json$/.test(f))) {
    try {
      records.push({ file, record: JSON.parse(readFileSync(join(dir, file), 'utf8')) as ArchiveRecord });
    } catch (err) {
      problems.push({ file, message: `not readable JSON (${(err as Error).message}): the record was damaged` });
    }
  }
  records.sort((a, b) => (a.record.sequence ?? 0) - (b.record.sequence ?? 0) || a.file.localeCompare(b.file));
  return { records, problems, files };
}

/**
 * Checks an archive: every record against its schema and its own hash, the hash chain (no edit,
 * deletion or reordering goes unnoticed), file names, the Markdown beside each record, the year
 * indexes, and the chain head.
 */
export function verifyArchive(dir: string): { problems: ArchiveProblem[]; records: number } {
  try {
    if (!statSync(dir).isDirectory()) return { problems: [{ file: dir, message: 'is not a folder' }], records: 0 };
  } catch {
    return { problems: [{ file: dir, message: 'does not exist: pass the archive folder, e.g. upgrade-gate verify archive' }], records: 0 };
  }
  const { records, problems, files } = readArchive(dir);
  const fileSet = new Set(files);
  let previous: StoredRecord | undefined;
  const byYear = new Map<string, StoredRecord[]>();
  // Outcome records sit in the same chain; their own checks live beside their format.
  const outcomes = outcomesByUpgrade(records);
  problems.push(...verifyOutcomeRecords(records));
  records.forEach((stored, i) => {
    const { file, record } = stored;
    const errors = isOutcomeRecord(record) ? [] : schemaErrors(schema, record);
    if (errors.length) problems.push({ file, message: `does not match the archive record schema: ${errors.slice(0, 3).map((e) => `${e.instancePath || '/'} ${e.message}`).join('; ')}` });
    if (recordHash(record as unknown as Record<string, unknown>) !== record.sha256) problems.push({ file, message: 'its content does not match its sha256: the record was edited after it was written' });
    const expected = i + 1;
    if (record.sequence !== expected) problems.push({ file, message: `has sequence ${record.sequence} where ${expected} was expected: a record before it was deleted, or records were reordered` });
    const prevHash = previous?.record.sha256 ?? null;
    if (record.previous_sha256 !== prevHash) problems.push({ file, message: `names previous sha256 ${record.previous_sha256 ?? 'none'} but the record before it ${previous ? `(${previous.file}) has ${prevHash}` : 'does not exist'}: the chain is broken (deleted, inserted or reordered records)` });
    if (record.documents && record.pull_request && record.policy) {
      const want = recordPath('', record, record.policy.time_zone).replace(/^\//, '');
      if (want !== file) problems.push({ file, message: `is stored as ${file} but its content belongs in ${want}: records were renamed or swapped` });
      const md = file.replace(/\.json$/, '.md');
      if (!fileSet.has(md)) problems.push({ file: md, message: 'is missing: the readable form of the record was deleted' });
      else if (readFileSync(join(dir, md), 'utf8') !== renderRecordMarkdown(record) + renderOutcomeSection(outcomes.get(file) ?? [])) problems.push({ file: md, message: 'does not match its record: the Markdown was edited' });
      const year = file.slice(0, 4);
      byYear.set(year, [...(byYear.get(year) ?? []), stored]);
    }
    previous = stored;
  });
  for (const [year, list] of byYear) {
    const index = `${year}/README.md`;
    const want = renderIndex(year, list.map((s) => indexRow(s.record, `${dirBase(dir)}/${s.file}`)));
    if (!fileSet.has(index)) problems.push({ file: index, message: 'is missing: the year index was deleted' });
    else if (readFileSync(join(dir, index), 'utf8') !== want) problems.push({ file: index, message: 'does not list exactly the records of the year in chain order: the index was edited' });
  }
  const last = records[records.length - 1];
  if (!fileSet.has(CHAIN_HEAD)) {
    if (records.length) problems.push({ file: CHAIN_HEAD, message: 'is missing: the newest record cannot be confirmed' });
  } else {
    try {
      const head = parseChainHead(readFileSync(join(dir, CHAIN_HEAD), 'utf8'), CHAIN_HEAD)!;
      if (!last || head.sequence !== last.record.sequence || head.sha256 !== last.record.sha256) {
        problems.push({ file: CHAIN_HEAD, message: `names record ${head.sequence} (${head.path}) as the newest, but the newest on disk is ${last ? `${last.record.sequence} (${last.file})` : 'none'}: the newest records were deleted or the head was edited` });
      }
    } catch (err) {
      if (!(err instanceof ChainHeadError)) throw err;
      problems.push({ file: CHAIN_HEAD, message: err.reason });
    }
  }
  return { problems, records: records.length };
}

// Index rows link records by their repository path; the verified folder's own name stands for it.
function dirBase(dir: string): string {
  return dir.replace(/\/+$/, '').split('/').pop() || 'archive';
}
