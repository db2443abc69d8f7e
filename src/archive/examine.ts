// The work verify does for each record file on its own, with no other record needed: read, parse,
// format and schema, zone, own hash, and for an upgrade record its path, Markdown and year-index row.
// It runs in the thread that verifies or, for a large archive, in worker threads; verify.ts then
// checks what joins the records (chain, order, outcomes, indexes, head) from the results, in one order.
import { schemaErrors } from '../document/schema-validator.js';
import { archiveProblem, readArchiveBytes, readArchiveText, textAfter, type ArchiveProblem } from './archive-file.js';
import { isKnownTimeZone } from '../time/zone.js';
import { isOutcomeRecord } from './outcome-record.js';
import { formatOf, type AnyRecord, type RecordFormat } from './formats.js';

/** What the listing says is at a record's Markdown path: a file, something else, or nothing. */
export type MarkdownKind = 'file' | 'dir' | 'symlink' | 'special' | undefined;

/** One record file to examine: its path in the archive folder and what sits at its Markdown path. */
export interface RecordJob {
  file: string;
  markdown: MarkdownKind;
}

/** The Markdown beside an upgrade record: why it cannot be compared, or what follows the record's own rendering (null when the file does not begin with it). */
export type MarkdownCheck = { problem: ArchiveProblem } | { tail: string | null };

/** An upgrade record rendered by its format: the path it must have, its Markdown, its year-index row. */
export interface RenderedRecord {
  pathProblem?: ArchiveProblem;
  /** A field has a shape the format does not render. */
  unrenderable?: boolean;
  /** Absent when the Markdown path holds a link or special file (named by the listing) or a folder. */
  markdown?: MarkdownCheck;
  /** The year-index row (absent when rendering it threw: verify renders it again and fails as it always did). */
  indexRow?: string;
}

/** One record file, examined on its own. */
export interface ExaminedRecord {
  file: string;
  /** Why the file is no record verify can use (unreadable, not JSON, no object), or why the record is not well formed (format, schema, zone). */
  problem?: ArchiveProblem;
  /** The parsed record, when the file held a JSON object. */
  record?: AnyRecord;
  /** The record's text, kept when asked for: another thread parses it again rather than receive a copy of the object (several times slower). */
  text?: string;
  /** The id of the record's format, when verify knows it. */
  format?: string;
  /** Known format, valid against its schema, in a known zone: the only records rendering may touch. */
  wellFormed: boolean;
  /** The record against its own sha256 (record.hash) or no canonical form at all (record.canonical). */
  hashProblem?: ArchiveProblem;
  /** The file's bytes are not the record as the Action writes it (record.text): a duplicate key, say, shows a reader another value than the one hashed. */
  textProblem?: ArchiveProblem;
  /** Set for a well-formed upgrade record. */
  rendered?: RenderedRecord;
}

/** Examines one record file: everything verify checks that needs no other record. */
export function examineRecordFile(dir: string, job: RecordJob, folderName: string, keepText = false): ExaminedRecord {
  const { file } = job;
  const read = readArchiveText(dir, file);
  if ('problem' in read) return { file, problem: read.problem, wellFormed: false };
  let value: unknown;
  try {
    value = JSON.parse(read.text);
  } catch {
    // The parser's message quotes the content; the finding never does.
    return { file, problem: archiveProblem(file, 'record.json'), wellFormed: false };
  }
  if (!value || typeof value !== 'object' || Array.isArray(value)) return { file, problem: archiveProblem(file, 'record.not-object'), wellFormed: false };
  const record = value as AnyRecord;
  const text = keepText ? read.text : undefined;
  const f = formatOf(value);
  if (!f) return { file, record, text, wellFormed: false, problem: archiveProblem(file, 'record.format', { format: JSON.stringify((value as { format?: unknown }).format ?? null).slice(0, 80) }) };
  const out: ExaminedRecord = { file, record, text, format: f.id, wellFormed: false, hashProblem: hashProblem(file, record, f.hash) };
  // Every format is written as two-space JSON with one newline at the end; parsing that and writing it
  // again gives the same bytes, so any other bytes were written by hand.
  if (read.text !== `${JSON.stringify(value, null, 2)}\n`) out.textProblem = archiveProblem(file, 'record.text');
  const errors = schemaErrors(f.schema, value);
  if (errors.length) out.problem = archiveProblem(file, 'record.schema', { errors: errors.slice(0, 3).map((e) => `${e.instancePath || '/'} ${e.message}`).join('; ') });
  else if (!(typeof record.policy.time_zone === 'string' && isKnownTimeZone(record.policy.time_zone))) out.problem = archiveProblem(file, 'record.time-zone', { zone: JSON.stringify(record.policy.time_zone).slice(0, 80) });
  else {
    out.wellFormed = true;
    if (f.kind === 'upgrade' && !isOutcomeRecord(record)) out.rendered = renderRecord(dir, job, record, f, folderName);
  }
  return out;
}

function hashProblem(file: string, record: AnyRecord, hash: (r: Record<string, unknown>) => string): ArchiveProblem | undefined {
  try {
    return hash(record as unknown as Record<string, unknown>) !== record.sha256 ? archiveProblem(file, 'record.hash') : undefined;
  } catch {
    return archiveProblem(file, 'record.canonical');
  }
}

/**
 * The path an upgrade record's format gives it, the Markdown beside it as far as the record alone
 * renders it (the outcomes that follow are other records), and its year-index row.
 */
function renderRecord(dir: string, job: RecordJob, record: AnyRecord, f: RecordFormat, folderName: string): RenderedRecord {
  const { file } = job;
  const out: RenderedRecord = {};
  try {
    const want = f.path('', record, record.policy.time_zone).replace(/^\//, '');
    if (want !== file) out.pathProblem = archiveProblem(file, 'record.path', { want });
    const md = file.replace(/\.json$/, '.md');
    if (job.markdown === undefined) out.markdown = { problem: archiveProblem(md, 'markdown.missing') };
    else if (job.markdown === 'file') {
      const read = readArchiveBytes(dir, md);
      // The record's own rendering compared with the file's bytes: only what follows it (its outcomes) is decoded.
      out.markdown = 'problem' in read ? { problem: read.problem } : textAfter(read.bytes, f.markdown(record), md);
    }
  } catch {
    out.unrenderable = true;
    return out;
  }
  try {
    out.indexRow = f.indexRow(record, `${folderName}/${file}`);
  } catch {
    // verify renders the row again where the index is compared.
  }
  return out;
}
