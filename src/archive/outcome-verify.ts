import schema from '../../schemas/outcome-record.schema.json' with { type: 'json' };
import { schemaErrors } from '../document/schema-validator.js';
import { archiveMessages, type ArchiveCatalog } from '../messages/archive-catalog.js';
import { toInstant } from '../time/local-time.js';
import { sha256 } from './canonical.js';
import { isOutcomeRecord, outcomePath, type OutcomeRecord } from './outcome-record.js';

/** A record as read from the archive folder (verify's StoredRecord; named here so the two files do not import each other). */
interface StoredRecord {
  file: string;
  record: unknown;
}

/** One thing wrong, named by file, with the parameters to say it in another language. */
interface ArchiveProblem {
  file: string;
  id: string;
  params?: Record<string, unknown>;
  message: string;
}

type OutcomeId = 'outcome.schema' | 'outcome.upgrade-missing' | 'outcome.upgrade-mismatch' | 'outcome.path' | 'outcome.comment' | 'outcome.time';

/** A finding about an outcome record, worded by the verify catalog (in English; verify says it in the language asked for). */
const problem = <K extends OutcomeId>(file: string, id: K, ...args: Parameters<ArchiveCatalog[K]>): ArchiveProblem =>
  ({ file, id, params: args[0] as Record<string, unknown> | undefined, message: (archiveMessages()[id] as (...a: unknown[]) => string)(...args) });

/** The outcome records of each upgrade record (by its file in the archive folder), in chain order. */
export function outcomesByUpgrade(records: StoredRecord[]): Map<string, OutcomeRecord[]> {
  const out = new Map<string, OutcomeRecord[]>();
  for (const stored of records) {
    const record: unknown = stored.record;
    if (!isOutcomeRecord(record) || typeof record.upgrade?.file !== 'string') continue;
    out.set(record.upgrade.file, [...(out.get(record.upgrade.file) ?? []), record]);
  }
  for (const list of out.values()) list.sort((a, b) => a.sequence - b.sequence);
  return out;
}

/**
 * Checks the outcome records of an archive (records in chain order): each against its schema, the
 * upgrade record it names (present earlier in the chain, with that sha256), its file name beside
 * that record, its comment text against the text's sha256, and its times against the zone.
 * The record's own hash and its place in the chain are checked with every other record.
 */
export function verifyOutcomeRecords(records: StoredRecord[]): ArchiveProblem[] {
  const problems: ArchiveProblem[] = [];
  const upgrades = new Map<string, { file: string; record: { sha256: string; sequence: number } }>();
  const seen = new Map<string, number>();
  for (const stored of records) {
    const { file } = stored;
    const record: unknown = stored.record;
    if (!isOutcomeRecord(record)) {
      upgrades.set(file, stored as { file: string; record: { sha256: string; sequence: number } });
      continue;
    }
    const errors = schemaErrors(schema, record);
    if (errors.length) {
      problems.push(problem(file, 'outcome.schema', { errors: errors.slice(0, 3).map((e) => `${e.instancePath || '/'} ${e.message}`).join('; ') }));
      continue;
    }
    const upgrade = upgrades.get(record.upgrade.file);
    if (!upgrade) problems.push(problem(file, 'outcome.upgrade-missing', { upgrade: record.upgrade.file }));
    else if (upgrade.record.sha256 !== record.upgrade.sha256 || upgrade.record.sequence !== record.upgrade.sequence) {
      const { sequence, sha256: hash } = record.upgrade;
      problems.push(problem(file, 'outcome.upgrade-mismatch', { upgrade: record.upgrade.file, sequence, sha256: hash, foundSequence: upgrade.record.sequence, foundSha256: upgrade.record.sha256 }));
    }
    const n = (seen.get(record.upgrade.file) ?? 0) + 1;
    seen.set(record.upgrade.file, n);
    const want = outcomePath(record.upgrade.file, n);
    if (want !== file) problems.push(problem(file, 'outcome.path', { file, n, upgrade: record.upgrade.file, want }));
    if (sha256(record.comment.body) !== record.comment.body_sha256) problems.push(problem(file, 'outcome.comment'));
    const completed = toInstant(record.completed_at, record.policy.time_zone);
    if (!completed || completed.toISOString() !== record.completed_at_utc) problems.push(problem(file, 'outcome.time', { completed: record.completed_at, zone: record.policy.time_zone, utc: record.completed_at_utc }));
  }
  return problems;
}
