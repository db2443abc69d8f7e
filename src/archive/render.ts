import { upgradeFormatOf as formatOf, type AnyRecord } from './formats.js';
import type { OutcomeRecordUpgradeGateOutcomeRecordV1 as OutcomeRecord } from './outcome-record.types.js';

/** The record as Markdown for people, rendered by the record's own format version. */
export function renderRecordMarkdown(r: AnyRecord): string {
  const format = formatOf(r);
  if (!format) throw new Error('the record names no known format');
  return format.markdown(r);
}

/** The record's Markdown with its outcomes (chain order) appended, both rendered by the record's own format version. */
export function renderRecordWithOutcomes(r: AnyRecord, outcomes: OutcomeRecord[]): string {
  const format = formatOf(r);
  if (!format) throw new Error('the record names no known format');
  return format.markdown(r) + format.outcomes(outcomes);
}
