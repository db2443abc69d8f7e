import { isUtf8 } from 'node:buffer';
import { closeSync, constants, fstatSync, lstatSync, openSync, readdirSync, readSync } from 'node:fs';
import { join } from 'node:path';
import { archiveMessages, type ArchiveCatalog, type ArchiveFindingId } from '../messages/archive-catalog.js';
import type { Language } from '../messages/index.js';
import { schemaErrors } from '../document/schema-validator.js';
import { isOutcomeRecord } from './outcome-record.js';
import { outcomesByUpgrade, verifyOutcomeRecords } from './outcome-verify.js';
import { formatOf, type AnyFormat, type AnyRecord, type RecordFormat } from './formats.js';
import { CHAIN_HEAD, chainHeadText, deriveChainHead, renderIndex, type ChainHead } from './layout.js';

/** One thing wrong with the archive: the file (relative to the archive folder), a finding id and what it means. */
export interface ArchiveProblem {
  file: string;
  id: ArchiveFindingId | string;
  /** The finding's parameters, to say it in another language. */
  params?: Record<string, unknown>;
  message: string;
}

/** A record read back from disk with the file it came from (relative to the archive folder). */
export interface StoredRecord {
  file: string;
  record: AnyRecord;
}

/** The largest record, Markdown or index file verify reads (a document is at most 1 MiB; a record holds a few). */
export const MAX_FILE_BYTES = 16 * 1024 * 1024;
/** The most entries verify lists before it stops (an archive of 100,000 upgrades has about 200,000). */
export const MAX_ENTRIES = 1_000_000;
const RECORD_FILE = /^\d{4}\/\d{2}\/[^/]+\.json$/;

type Entry = 'file' | 'dir' | 'symlink' | 'special';

/** A finding of verify, its message in English. */
export const archiveProblem = <K extends ArchiveFindingId>(file: string, id: K, ...args: Parameters<ArchiveCatalog[K]>): ArchiveProblem =>
  ({ file, id, params: args[0] as Record<string, unknown> | undefined, message: (archiveMessages()[id] as (...a: unknown[]) => string)(...args) });

/** A finding's message in another language (findings are made in English). */
export function localizeProblem(p: ArchiveProblem, language: Language): ArchiveProblem {
  const say = archiveMessages(language)[p.id as ArchiveFindingId] as ((...a: unknown[]) => string) | undefined;
  return say ? { ...p, message: say(p.params) } : p;
}

/** Lists the folder without following links: each entry's kind from lstat, never from what a link points to. */
function listEntries(dir: string, problems: ArchiveProblem[]): Map<string, Entry> {
  const entries = new Map<string, Entry>();
  const stack = [''];
  while (stack.length) {
    const rel = stack.pop()!;
    for (const e of readdirSync(rel ? join(dir, rel) : dir, { withFileTypes: true })) {
      const p = rel ? `${rel}/${e.name}` : e.name;
      const kind: Entry = e.isSymbolicLink() ? 'symlink' : e.isDirectory() ? 'dir' : e.isFile() ? 'file' : 'special';
      entries.set(p, kind);
      if (entries.size > MAX_ENTRIES) {
        problems.push(archiveProblem(p, 'archive.too-many-files', { max: MAX_ENTRIES }));
        return entries;
      }
      if (kind === 'dir') stack.push(p);
    }
  }
  return entries;
}

let scratch = Buffer.allocUnsafe(64 * 1024);

/**
 * Reads one archive file as UTF-8 text, or returns why not: never through a link (O_NOFOLLOW), never
 * a device or pipe (checked on the opened descriptor, O_NONBLOCK so a FIFO cannot block the open), and
 * never more than MAX_FILE_BYTES.
 */
export function readArchiveText(dir: string, rel: string): { text: string } | { problem: ArchiveProblem } {
  let fd: number;
  try {
    fd = openSync(join(dir, rel), constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0));
  } catch (err) {
    const code = (err as { code?: string }).code;
    return { problem: archiveProblem(rel, code === 'ELOOP' || code === 'EMLINK' ? 'file.symlink' : 'record.unreadable', { why: code ?? 'cannot open' }) };
  }
  try {
    const st = fstatSync(fd);
    if (!st.isFile()) return { problem: archiveProblem(rel, 'file.special') };
    if (st.size > MAX_FILE_BYTES) return { problem: archiveProblem(rel, 'file.too-large', { size: st.size, max: MAX_FILE_BYTES }) };
    // One buffer for every file of a run (the text is a copy): no allocation per file. Every byte up
    // to `off` is read before use; nothing past it is looked at.
    if (scratch.length < st.size) scratch = Buffer.allocUnsafe(Math.max(st.size, scratch.length * 2));
    const buf = scratch.subarray(0, st.size);
    let off = 0;
    while (off < buf.length) {
      const n = readSync(fd, buf, off, buf.length - off, off);
      if (n === 0) break;
      off += n;
    }
    const bytes = buf.subarray(0, off);
    return isUtf8(bytes) ? { text: bytes.toString('utf8') } : { problem: archiveProblem(rel, 'file.encoding') };
  } finally {
    closeSync(fd);
  }
}

// Every record names its zone, nearly always the same one: each name is checked once per run.
const zoneNames = new Map<string, boolean>();

function isZone(zone: unknown): zone is string {
  if (typeof zone !== 'string' || !zone) return false;
  let known = zoneNames.get(zone);
  if (known === undefined) {
    try {
      new Intl.DateTimeFormat('en-US', { timeZone: zone });
      known = true;
    } catch {
      known = false;
    }
    zoneNames.set(zone, known);
  }
  return known;
}

/** What verify and report read from an archive folder: the records in chain order, the files, and what could not be read. */
export interface ArchiveContents {
  records: StoredRecord[];
  /** Records whose format is known and that match its schema (the only ones rendering may touch). */
  wellFormed: Set<StoredRecord>;
  entries: Map<string, Entry>;
  problems: ArchiveProblem[];
  format: Map<StoredRecord, AnyFormat>;
}

/** Reads every record under an archive folder, in sequence order, without following links; unreadable or malformed files become problems. */
export function readArchive(dir: string): ArchiveContents {
  const problems: ArchiveProblem[] = [];
  const entries = listEntries(dir, problems);
  const records: StoredRecord[] = [];
  const wellFormed = new Set<StoredRecord>();
  const format = new Map<StoredRecord, AnyFormat>();
  for (const [file, kind] of entries) {
    if (kind === 'symlink') problems.push(archiveProblem(file, 'file.symlink'));
    else if (kind === 'special') problems.push(archiveProblem(file, 'file.special'));
  }
  for (const [file, kind] of entries) {
    if (kind !== 'file' || !RECORD_FILE.test(file)) continue;
    const read = readArchiveText(dir, file);
    if ('problem' in read) {
      problems.push(read.problem);
      continue;
    }
    let value: unknown;
    try {
      value = JSON.parse(read.text);
    } catch {
      // The parser's message quotes the content; the finding never does.
      problems.push(archiveProblem(file, 'record.json'));
      continue;
    }
    if (!value || typeof value !== 'object' || Array.isArray(value)) {
      problems.push(archiveProblem(file, 'record.not-object'));
      continue;
    }
    const stored: StoredRecord = { file, record: value as AnyRecord };
    records.push(stored);
    const f = formatOf(value);
    if (!f) {
      problems.push(archiveProblem(file, 'record.format', { format: JSON.stringify((value as { format?: unknown }).format ?? null).slice(0, 80) }));
      continue;
    }
    format.set(stored, f);
    const errors = schemaErrors(f.schema, value);
    if (errors.length) {
      problems.push(archiveProblem(file, 'record.schema', { errors: errors.slice(0, 3).map((e) => `${e.instancePath || '/'} ${e.message}`).join('; ') }));
      continue;
    }
    if (!isZone((value as AnyRecord).policy.time_zone)) {
      problems.push(archiveProblem(file, 'record.time-zone', { zone: JSON.stringify((value as AnyRecord).policy.time_zone).slice(0, 80) }));
      continue;
    }
    wellFormed.add(stored);
  }
  const seq = (s: StoredRecord) => (typeof s.record.sequence === 'number' ? s.record.sequence : Number.MAX_SAFE_INTEGER);
  records.sort((a, b) => seq(a) - seq(b) || (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  return { records, wellFormed, entries, problems, format };
}

/**
 * Checks an archive folder: every record against its format's schema and its own hash, the hash chain
 * (no edit, deletion or reordering goes unnoticed), file names, the Markdown beside each record and
 * the year indexes (each rendered by the record's own format version), and chain-head.json against
 * the head the records imply. Never follows links or reads special files; linear in the archive's size.
 */
export function verifyArchive(dir: string, folderName = dirBase(dir), contents = readArchive(dir)): { problems: ArchiveProblem[]; records: number; files: string[]; wellFormed: StoredRecord[] } {
  const { records, wellFormed, entries, format } = contents;
  // The contents' own problems stay as they were read: report may print them after reading once.
  const problems = [...contents.problems];
  const accounted = new Set<string>([CHAIN_HEAD]);
  const byYear = new Map<string, StoredRecord[]>();
  // Outcome records sit in the same chain; their checks against the upgrade record they name live beside their format.
  const outcomes = outcomesByUpgrade(records.filter((r) => wellFormed.has(r)));
  for (const p of verifyOutcomeRecords(records.filter((r) => wellFormed.has(r)))) problems.push(p);
  records.forEach((stored, i) => {
    const { file, record } = stored;
    accounted.add(file);
    const f = format.get(stored);
    chainLinkProblems(stored, f, i, records[i - 1], problems);
    if (!f || !wellFormed.has(stored) || f.kind !== 'upgrade' || isOutcomeRecord(record)) return;
    accounted.add(file.replace(/\.json$/, '.md'));
    try {
      renderedFileProblems(dir, stored, f, entries, outcomes, problems);
      const year = file.slice(0, 4);
      let list = byYear.get(year);
      if (!list) byYear.set(year, (list = []));
      list.push(stored);
    } catch {
      problems.push(archiveProblem(file, 'record.unreadable', { why: 'a field has a shape its format does not render' }));
    }
  });
  for (const [year, list] of byYear) {
    const index = `${year}/README.md`;
    accounted.add(index);
    const want = renderIndex(year, list.map((s) => (format.get(s) as RecordFormat).indexRow(s.record, `${folderName}/${s.file}`)), list[0]!.record);
    if (entries.get(index) === undefined) problems.push(archiveProblem(index, 'index.missing'));
    else if (entries.get(index) === 'file') {
      const read = readArchiveText(dir, index);
      if ('problem' in read) problems.push(read.problem);
      else if (read.text !== want) problems.push(archiveProblem(index, 'index.edited'));
    }
  }
  checkChainHead(dir, folderName, records, wellFormed, entries, problems);
  for (const [file, kind] of entries) if (kind === 'file' && !accounted.has(file)) problems.push(archiveProblem(file, 'file.unexpected'));
  return { problems, records: records.length, files: [...entries].filter(([, k]) => k === 'file').map(([f]) => f), wellFormed: records.filter((r) => wellFormed.has(r)) };
}

/** A record's own hash, and its place in the chain: its sequence and the hash of the record before it. */
function chainLinkProblems(stored: StoredRecord, f: AnyFormat | undefined, i: number, previous: StoredRecord | undefined, problems: ArchiveProblem[]): void {
  const { file, record } = stored;
  if (f) {
    try {
      if (f.hash(record as unknown as Record<string, unknown>) !== record.sha256) problems.push(archiveProblem(file, 'record.hash'));
    } catch {
      problems.push(archiveProblem(file, 'record.canonical'));
    }
  }
  const expected = i + 1;
  if (record.sequence !== expected) problems.push(archiveProblem(file, 'chain.sequence', { sequence: JSON.stringify(record.sequence ?? null).slice(0, 40), expected }));
  const prevHash = previous ? previous.record.sha256 : null;
  if (record.previous_sha256 !== prevHash) {
    problems.push(archiveProblem(file, 'chain.previous', { names: JSON.stringify(record.previous_sha256 ?? null).slice(0, 80), previous: previous ? `the record before it (${previous.file}) has ${JSON.stringify(prevHash ?? null).slice(0, 80)}` : 'no record comes before it' }));
  }
}

/**
 * The path an upgrade record's format gives it and the Markdown beside it (with its outcomes), as the
 * format renders them. Throws when a field has a shape the format cannot render.
 */
function renderedFileProblems(dir: string, stored: StoredRecord, f: RecordFormat, entries: Map<string, Entry>, outcomes: ReturnType<typeof outcomesByUpgrade>, problems: ArchiveProblem[]): void {
  const { file, record } = stored;
  const md = file.replace(/\.json$/, '.md');
  const want = f.path('', record, record.policy.time_zone).replace(/^\//, '');
  if (want !== file) problems.push(archiveProblem(file, 'record.path', { want }));
  if (entries.get(md) === undefined) problems.push(archiveProblem(md, 'markdown.missing'));
  else if (entries.get(md) === 'file') {
    const read = readArchiveText(dir, md);
    if ('problem' in read) problems.push(read.problem);
    else if (read.text !== f.markdown(record) + f.outcomes(outcomes.get(file) ?? [])) problems.push(archiveProblem(md, 'markdown.edited'));
  }
}

function checkChainHead(dir: string, folderName: string, records: StoredRecord[], wellFormed: Set<StoredRecord>, entries: Map<string, Entry>, problems: ArchiveProblem[]): void {
  const kind = entries.get(CHAIN_HEAD);
  if (kind === undefined) {
    problems.push(records.length ? archiveProblem(CHAIN_HEAD, 'chain-head.missing') : archiveProblem('.', 'archive.empty'));
    return;
  }
  if (kind !== 'file') return; // a link or special file is already named
  const read = readArchiveText(dir, CHAIN_HEAD);
  if ('problem' in read) {
    problems.push(read.problem);
    return;
  }
  let head: Partial<ChainHead>;
  try {
    head = JSON.parse(read.text) as Partial<ChainHead>;
    if (!head || typeof head !== 'object' || Array.isArray(head)) throw new Error('not an object');
  } catch {
    problems.push(archiveProblem(CHAIN_HEAD, 'chain-head.json'));
    return;
  }
  if (records.length === 0) {
    problems.push(archiveProblem(CHAIN_HEAD, 'chain-head.orphan'));
    return;
  }
  if (records.some((r) => !wellFormed.has(r))) {
    problems.push(archiveProblem(CHAIN_HEAD, 'chain-head.underivable'));
    return;
  }
  const derived = deriveChainHead(records, folderName)!;
  const show = (v: unknown) => (v === undefined ? 'nothing' : JSON.stringify(v).slice(0, 200));
  let differs = false;
  for (const field of ['format', 'sequence', 'sha256', 'path', 'merged_at', 'emergencies'] as const) {
    if (JSON.stringify(head[field]) !== JSON.stringify(derived[field])) {
      differs = true;
      problems.push(archiveProblem(CHAIN_HEAD, 'chain-head.field', { field, found: show(head[field]), derived: show(derived[field]) }));
    }
  }
  for (const field of Object.keys(head)) {
    if (!(field in derived)) {
      differs = true;
      problems.push(archiveProblem(CHAIN_HEAD, 'chain-head.field', { field, found: show((head as Record<string, unknown>)[field]), derived: 'nothing' }));
    }
  }
  if (!differs && read.text !== chainHeadText(derived)) problems.push(archiveProblem(CHAIN_HEAD, 'chain-head.text'));
}

// Index rows and the chain head link records by their repository path; the verified folder's own name stands for it.
function dirBase(dir: string): string {
  return dir.replace(/\/+$/, '').split('/').pop() || 'archive';
}

/** Checks the folder argument itself (never following a link); undefined when it is a folder verify may read. */
export function checkArchiveFolder(dir: string): { usage: boolean; problem: ArchiveProblem } | undefined {
  let st;
  try {
    st = lstatSync(dir);
  } catch {
    return { usage: true, problem: archiveProblem(dir, 'archive.missing') };
  }
  if (st.isSymbolicLink()) return { usage: false, problem: archiveProblem(dir, 'archive.symlink') };
  if (!st.isDirectory()) return { usage: true, problem: archiveProblem(dir, 'archive.not-folder') };
  return undefined;
}
