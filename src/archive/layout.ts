import { CHAIN_HEAD, type ChainHead } from './chain-head.js';
import { policyMonth } from '../time/calendar.js';
import { upgradeFormatOf as formatOf, type AnyRecord, type RecordFormat } from './formats.js';
import { chainHeadAfterOutcome, isOutcomeRecord } from './outcome-record.js';

export { CHAIN_HEAD, ChainHeadError, parseChainHead, type ChainHead } from './chain-head.js';

/** Where a record lives: <folder>/<yyyy>/<mm>/<name>.json, named by the record's own format version. */
export function recordPath(folder: string, record: AnyRecord, zone: string): string {
  return formatFor(record).path(folder, record, zone);
}

function formatFor(record: AnyRecord): RecordFormat {
  const format = formatOf(record);
  if (!format) throw new Error('the record names no known format');
  return format;
}

/** The path of the year index beside a record. */
export function yearIndexPath(recordFile: string): string {
  return recordFile.replace(/\/\d{2}\/[^/]+$/, '/README.md');
}

/** One index row for a record, rendered by the record's own format version. */
export function indexRow(record: AnyRecord, file: string): string {
  return formatFor(record).indexRow(record, file);
}

/**
 * The year index with one more row; rendering all rows at once gives the same text (verify relies on it).
 * A new year's index starts with the head of its first record's format.
 */
export function appendIndex(existing: string | undefined, year: string, row: string, first: AnyRecord): string {
  const base = existing && existing.trim() ? existing.trimEnd() : formatFor(first).indexHead(year);
  return `${base}\n${row}\n`;
}

/** The year index rendered from all its records (the head by the first one's format), for verification. */
export function renderIndex(year: string, rows: string[], first: AnyRecord): string {
  return `${formatFor(first).indexHead(year)}\n${rows.join('\n')}\n`;
}

/** The chain head after adding a record. */
export function nextChainHead(previous: ChainHead | undefined, record: AnyRecord, file: string, zone: string): ChainHead {
  const emergencies: ChainHead['emergencies'] = {};
  for (const [month, list] of Object.entries(previous?.emergencies ?? {})) emergencies[month] = [...list];
  return headAfter(emergencies, record, file, zone);
}

/**
 * The emergencies a record counts against the monthly budget: one per emergency document (a pull
 * request may merge several), in the month of the merge in the policy zone. The chain head and the
 * report both count them here.
 */
export function emergenciesOf(record: AnyRecord, file: string, zone: string): Array<{ month: string; entry: ChainHead['emergencies'][string][number] }> {
  const emergency = record.documents.filter((d) => d.type === 'emergency');
  // Most records hold none: no month to work out (verify derives the head over ten thousand records).
  if (!emergency.length) return [];
  const month = policyMonth(new Date(record.pull_request.merged_at), zone);
  return emergency.map((d) => ({ month, entry: { pr: record.pull_request.number, id: d.id ?? '', mergedAt: record.pull_request.merged_at, path: file } }));
}

/** The head after a record, its emergencies added to `emergencies` (which the head then holds). */
function headAfter(emergencies: ChainHead['emergencies'], record: AnyRecord, file: string, zone: string): ChainHead {
  for (const { month, entry } of emergenciesOf(record, file, zone)) (emergencies[month] ??= []).push(entry);
  return { format: 'upgrade-gate/archive-chain-head/v1', sequence: record.sequence, sha256: record.sha256, path: file, merged_at: record.pull_request.merged_at, emergencies };
}

/** Every file one archived merge writes: the record, its Markdown, the year index and the chain head. */
export function recordFiles(record: AnyRecord, path: string, chain: ChainHead | undefined, existingIndex: string | undefined, folder: string, zone: string, markdown: string): Array<{ path: string; content: string }> {
  return [
    { path, content: `${JSON.stringify(record, null, 2)}\n` },
    { path: path.replace(/\.json$/, '.md'), content: markdown },
    { path: yearIndexPath(path), content: appendIndex(existingIndex, path.split('/').slice(-3)[0]!, indexRow(record, path), record) },
    { path: `${folder}/${CHAIN_HEAD}`, content: chainHeadText(nextChainHead(chain, record, path, zone)) },
  ];
}

/** The chain head as the records alone imply it: what chain-head.json must say, field for field. */
export function deriveChainHead(records: Array<{ file: string; record: AnyRecord }>, folder: string): ChainHead | undefined {
  let head: ChainHead | undefined;
  // One emergencies object grows along the chain (nextChainHead copies it for every record: quadratic over ten thousand).
  const emergencies: ChainHead['emergencies'] = {};
  for (const { file, record } of records) {
    // An outcome moves the head on and keeps the newest merge and the emergencies, as the outcome commit writes it.
    if (isOutcomeRecord(record)) head = head && chainHeadAfterOutcome(head, record, `${folder}/${file}`);
    else head = headAfter(emergencies, record, `${folder}/${file}`, record.policy.time_zone);
  }
  return head;
}

/** chain-head.json as the Action writes it. */
export function chainHeadText(head: ChainHead): string {
  return `${JSON.stringify(head, null, 2)}\n`;
}
