import { upgradeFormatOf as formatOf, type AnyRecord } from './formats.js';

/** The record as Markdown for people, rendered by the record's own format version. */
export function renderRecordMarkdown(r: AnyRecord): string {
  const format = formatOf(r);
  if (!format) throw new Error('the record names no known format');
  return format.markdown(r);
}
