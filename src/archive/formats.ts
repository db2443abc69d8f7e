import v1Schema from '../../schemas/archive-record-v1.schema.json' with { type: 'json' };
import v2Schema from '../../schemas/archive-record-v2.schema.json' with { type: 'json' };
import v3Schema from '../../schemas/archive-record.schema.json' with { type: 'json' };
import { hashV1, indexHeadV1, indexRowV1, markdownV1, recordPathV1, type ArchiveRecordV1 } from './format-v1.js';
import { hashV2, indexRowV2, markdownV2, recordPathV2, type ArchiveRecordV2 } from './format-v2.js';
import { outcomeSectionV3 } from './format-v3-outcome.js';
import { hashV3, indexHeadV3, indexRowV3, markdownV3, recordPathV3, type ArchiveRecordV3 } from './format-v3.js';
import { renderOutcomeSection } from './outcome-render.js';
import type { OutcomeRecordUpgradeGateOutcomeRecordV1 as OutcomeRecord } from './outcome-record.types.js';
import outcomeSchema from '../../schemas/outcome-record.schema.json' with { type: 'json' };

/** Any record an archive may hold, of any format version. */
export type AnyRecord = ArchiveRecordV1 | ArchiveRecordV2 | ArchiveRecordV3;

/**
 * What a format version fixes: its schema, its hash, and how its file name, Markdown, the outcome
 * section closing that Markdown, the year-index row and the head of a year index it starts are
 * rendered. Verify renders each record with its own version, so a template change never breaks
 * history. Another kind of record joins the chain by adding its formats here.
 */
export interface RecordFormat<R = AnyRecord> {
  kind: 'upgrade';
  id: string;
  schema: object;
  hash(record: Record<string, unknown>): string;
  path(folder: string, record: R, zone: string): string;
  markdown(record: R): string;
  /** The outcomes of the record (chain order) as the section appended to its Markdown; empty when none. */
  outcomes(outcomes: OutcomeRecord[]): string;
  indexHead(year: string): string;
  indexRow(record: R, file: string): string;
}

/**
 * A record that joins the chain beside an upgrade record (an outcome): its schema and hash only. Its
 * file name, and the Markdown it adds to, depend on the upgrade record it names (checked in outcome-verify).
 */
export interface AttachedFormat {
  kind: 'attached';
  id: string;
  schema: object;
  hash(record: Record<string, unknown>): string;
}

/** Any format a record of the chain may name. */
export type AnyFormat = RecordFormat | AttachedFormat;

// Formats 1 and 2 share the outcome section and the index head they were written with, frozen.
const V1: RecordFormat<ArchiveRecordV1> = {
  kind: 'upgrade',
  id: 'upgrade-gate/archive-record/v1',
  schema: v1Schema,
  hash: hashV1,
  path: recordPathV1,
  markdown: markdownV1,
  outcomes: renderOutcomeSection,
  indexHead: indexHeadV1,
  indexRow: indexRowV1,
};
const V2: RecordFormat<ArchiveRecordV2> = {
  kind: 'upgrade',
  id: 'upgrade-gate/archive-record/v2',
  schema: v2Schema,
  hash: hashV2,
  path: recordPathV2,
  markdown: markdownV2,
  outcomes: renderOutcomeSection,
  indexHead: indexHeadV1,
  indexRow: indexRowV2,
};
const V3: RecordFormat<ArchiveRecordV3> = {
  kind: 'upgrade',
  id: 'upgrade-gate/archive-record/v3',
  schema: v3Schema,
  hash: hashV3,
  path: recordPathV3,
  markdown: markdownV3,
  outcomes: outcomeSectionV3,
  indexHead: indexHeadV3,
  indexRow: indexRowV3,
};

/** Outcome records, format 1 of their kind: frozen, hashed over format 1's canonical JSON as they always were. */
const OUTCOME_V1: AttachedFormat = { kind: 'attached', id: 'upgrade-gate/outcome-record/v1', schema: outcomeSchema, hash: hashV1 };

/** Every format verify knows, by the id a record names in its `format` field. */
export const FORMATS: ReadonlyMap<string, AnyFormat> = new Map<string, AnyFormat>([
  [V1.id, V1 as RecordFormat],
  [V2.id, V2 as RecordFormat],
  [V3.id, V3 as RecordFormat],
  [OUTCOME_V1.id, OUTCOME_V1],
]);

/** The format new records are written in. */
export const CURRENT_FORMAT = V3;

/** The format a record names, or undefined when it names none verify knows. */
export function formatOf(record: unknown): AnyFormat | undefined {
  const id = record && typeof record === 'object' && !Array.isArray(record) ? (record as { format?: unknown }).format : undefined;
  return typeof id === 'string' ? FORMATS.get(id) : undefined;
}

/** The upgrade-record format a record names, or undefined for any other record. */
export function upgradeFormatOf(record: unknown): RecordFormat | undefined {
  const format = formatOf(record);
  return format?.kind === 'upgrade' ? format : undefined;
}

/** The hash a record carries, computed as its own format defines it. */
export function recordHash(record: Record<string, unknown>): string {
  const format = formatOf(record);
  if (!format) throw new Error(`unknown record format ${JSON.stringify(String(record.format)).slice(0, 80)}`);
  return format.hash(record);
}
