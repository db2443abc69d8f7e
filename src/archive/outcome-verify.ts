import schema from '../../schemas/outcome-record.schema.json' with { type: 'json' };
import { schemaErrors } from '../document/schema-validator.js';
import { toInstant } from '../time/local-time.js';
import { sha256 } from './canonical.js';
import { isOutcomeRecord, outcomePath, type OutcomeRecord } from './outcome-record.js';

/** A record as read from the archive folder (verify's StoredRecord; named here so the two files do not import each other). */
interface StoredRecord {
  file: string;
  record: unknown;
}

/** One thing wrong, named by file. */
interface ArchiveProblem {
  file: string;
  id: string;
  message: string;
}

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
      problems.push({ file, id: 'outcome.schema', message: `does not match the outcome record schema: ${errors.slice(0, 3).map((e) => `${e.instancePath || '/'} ${e.message}`).join('; ')}` });
      continue;
    }
    const upgrade = upgrades.get(record.upgrade.file);
    if (!upgrade) problems.push({ file, id: 'outcome.upgrade-missing', message: `is the outcome of ${record.upgrade.file}, which is not an upgrade record earlier in the chain: the upgrade record was deleted, or the outcome moved` });
    else if (upgrade.record.sha256 !== record.upgrade.sha256 || upgrade.record.sequence !== record.upgrade.sequence) {
      problems.push({ file, id: 'outcome.upgrade-mismatch', message: `names upgrade record ${record.upgrade.file} with sequence ${record.upgrade.sequence} and sha256 ${record.upgrade.sha256}, but that record has ${upgrade.record.sequence} and ${upgrade.record.sha256}: one of them was edited` });
    }
    const n = (seen.get(record.upgrade.file) ?? 0) + 1;
    seen.set(record.upgrade.file, n);
    const want = outcomePath(record.upgrade.file, n);
    if (want !== file) problems.push({ file, id: 'outcome.path', message: `is stored as ${file} but, as outcome ${n} of ${record.upgrade.file}, belongs in ${want}: outcome records were renamed, deleted or swapped` });
    if (sha256(record.comment.body) !== record.comment.body_sha256) problems.push({ file, id: 'outcome.comment', message: 'its comment text does not match the comment sha256: the recorded command was edited' });
    const completed = toInstant(record.completed_at, record.policy.time_zone);
    if (!completed || completed.toISOString() !== record.completed_at_utc) problems.push({ file, id: 'outcome.time', message: `completed_at ${record.completed_at} (${record.policy.time_zone}) is not completed_at_utc ${record.completed_at_utc}: one of them was edited` });
  }
  return problems;
}
