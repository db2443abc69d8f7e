import { lstatSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { availableParallelism, loadavg } from 'node:os';
import { archiveProblem, readArchiveText, type ArchiveProblem } from './archive-file.js';
import { examineRecordFile, type ExaminedRecord, type MarkdownCheck, type RecordJob } from './examine.js';
import { isOutcomeRecord } from './outcome-record.js';
import { outcomesByUpgrade, verifyOutcomeRecords } from './outcome-verify.js';
import { FORMATS, type AnyFormat, type AnyRecord, type RecordFormat } from './formats.js';
import { CHAIN_HEAD, chainHeadText, deriveChainHead, renderIndex, type ChainHead } from './layout.js';

export { archiveProblem, localizeProblem, MAX_FILE_BYTES, readArchiveText, type ArchiveProblem } from './archive-file.js';

/** A record read back from disk with the file it came from (relative to the archive folder). */
export interface StoredRecord {
  file: string;
  record: AnyRecord;
}

/** The most entries verify lists before it stops (an archive of 100,000 upgrades has about 200,000). */
export const MAX_ENTRIES = 1_000_000;
const RECORD_FILE = /^\d{4}\/\d{2}\/[^/]+\.json$/;
/** The folders the Action makes: a year, and a month in it. */
const LAYOUT_FOLDER = /^\d{4}(?:\/\d{2})?$/;

type Entry = 'file' | 'dir' | 'symlink' | 'special';

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

/** What verify and report read from an archive folder: the records in chain order, the files, and what could not be read. */
export interface ArchiveContents {
  records: StoredRecord[];
  /** Records whose format is known and that match its schema (the only ones rendering may touch). */
  wellFormed: Set<StoredRecord>;
  entries: Map<string, Entry>;
  problems: ArchiveProblem[];
  format: Map<StoredRecord, AnyFormat>;
  /** What each record's file showed on its own (own hash, path, Markdown, index row), index rows linked as `${folderName}/file`. */
  examined: Map<StoredRecord, ExaminedRecord>;
  folderName: string;
}

/** The listing and the record files it holds, each with what sits at its Markdown path. */
function listArchive(dir: string): { entries: Map<string, Entry>; problems: ArchiveProblem[]; jobs: RecordJob[] } {
  const problems: ArchiveProblem[] = [];
  const entries = listEntries(dir, problems);
  for (const [file, kind] of entries) {
    if (kind === 'symlink') problems.push(archiveProblem(file, 'file.symlink'));
    else if (kind === 'special') problems.push(archiveProblem(file, 'file.special'));
  }
  const jobs: RecordJob[] = [];
  for (const [file, kind] of entries) if (kind === 'file' && RECORD_FILE.test(file)) jobs.push({ file, markdown: entries.get(file.replace(/\.json$/, '.md')) });
  return { entries, problems, jobs };
}

/** The contents from the listing and each record file's examination (in listing order), records sorted into chain order. */
function assemble(entries: Map<string, Entry>, problems: ArchiveProblem[], results: ExaminedRecord[], folderName: string): ArchiveContents {
  const records: StoredRecord[] = [];
  const wellFormed = new Set<StoredRecord>();
  const format = new Map<StoredRecord, AnyFormat>();
  const examined = new Map<StoredRecord, ExaminedRecord>();
  for (const r of results) {
    if (r.problem) problems.push(r.problem);
    if (!r.record) continue;
    const stored: StoredRecord = { file: r.file, record: r.record };
    records.push(stored);
    examined.set(stored, r);
    if (r.format !== undefined) format.set(stored, FORMATS.get(r.format)!);
    if (r.wellFormed) wellFormed.add(stored);
  }
  const seq = (s: StoredRecord) => (typeof s.record.sequence === 'number' ? s.record.sequence : Number.MAX_SAFE_INTEGER);
  records.sort((a, b) => seq(a) - seq(b) || (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  return { records, wellFormed, entries, problems, format, examined, folderName };
}

/** Reads every record under an archive folder, in sequence order, without following links; unreadable or malformed files become problems. */
export function readArchive(dir: string, folderName = dirBase(dir)): ArchiveContents {
  const { entries, problems, jobs } = listArchive(dir);
  return assemble(entries, problems, examineHere(dir, jobs, folderName), folderName);
}

/** The record files examined in this thread. */
const examineHere = (dir: string, jobs: RecordJob[], folderName: string) => jobs.map((job) => examineRecordFile(dir, job, folderName));

/** Below this many record files one thread is quicker than starting workers. */
export const PARALLEL_MIN_RECORDS = 512;

/**
 * How many threads examine the record files when nobody says: one for a small archive, else one per
 * core, and one again when the load average is above twice the cores. Threads share the time their
 * process gets: on a saturated machine more of them only add the cost of starting them and of
 * passing records between them (on two cores, two threads were the quicker at load averages up to 4).
 */
export function autoThreads(records: number, cores = availableParallelism(), load = loadavg()[0] ?? 0): number {
  if (records < PARALLEL_MIN_RECORDS || load > 2 * cores) return 1;
  return cores;
}

/**
 * readArchive with the record files examined in worker threads when the archive is large and cores
 * are free (`threads` overrides the choice: 1 or 0 is this thread only). The results, and so every
 * finding and its order, are the same as readArchive's.
 */
export async function readArchiveFast(dir: string, folderName = dirBase(dir), threads?: number): Promise<ArchiveContents> {
  const { entries, problems, jobs } = listArchive(dir);
  const n = threads ?? autoThreads(jobs.length);
  if (n <= 1) return assemble(entries, problems, examineHere(dir, jobs, folderName), folderName);
  const parallel = await import('./examine-parallel.js');
  const results = parallel.canRunWorkers ? await parallel.examineInWorkers(dir, folderName, jobs, Math.min(n, parallel.MAX_THREADS)) : examineHere(dir, jobs, folderName);
  return assemble(entries, problems, results, folderName);
}

/**
 * Checks an archive folder: every record against its format's schema and its own hash, the hash chain
 * (no edit, deletion or reordering goes unnoticed), file names, the Markdown beside each record and
 * the year indexes (each rendered by the record's own format version), and chain-head.json against
 * the head the records imply. Never follows links or reads special files; linear in the archive's size.
 */
export function verifyArchive(dir: string, folderName = dirBase(dir), contents = readArchive(dir, folderName)): { problems: ArchiveProblem[]; records: number; files: string[]; wellFormed: StoredRecord[] } {
  const { records, wellFormed, entries, format, examined } = contents;
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
    const seen = examined.get(stored)!;
    if (seen.hashProblem) problems.push(seen.hashProblem);
    if (seen.textProblem) problems.push(seen.textProblem);
    chainLinkProblems(stored, i, records[i - 1], problems);
    if (!f || !wellFormed.has(stored) || f.kind !== 'upgrade' || isOutcomeRecord(record)) return;
    accounted.add(file.replace(/\.json$/, '.md'));
    if (renderedFileProblems(seen.rendered ?? { unrenderable: true }, stored, f, outcomes, problems)) {
      const year = file.slice(0, 4);
      let list = byYear.get(year);
      if (!list) byYear.set(year, (list = []));
      list.push(stored);
    } else problems.push(archiveProblem(file, 'record.unreadable', { cause: 'unrenderable' }));
  });
  // Rows rendered while examining link records under the folder name then given; another name renders them again.
  const row = (s: StoredRecord) => (folderName === contents.folderName ? examined.get(s)?.rendered?.indexRow : undefined) ?? (format.get(s) as RecordFormat).indexRow(s.record, `${folderName}/${s.file}`);
  for (const [year, list] of byYear) {
    const index = `${year}/README.md`;
    accounted.add(index);
    const want = renderIndex(year, list.map(row), list[0]!.record);
    if (entries.get(index) === undefined) problems.push(archiveProblem(index, 'index.missing'));
    else if (entries.get(index) === 'file') {
      const read = readArchiveText(dir, index);
      if ('problem' in read) problems.push(read.problem);
      else if (read.text !== want) problems.push(archiveProblem(index, 'index.edited'));
    }
  }
  checkChainHead(dir, folderName, records, wellFormed, entries, problems);
  for (const [file, kind] of entries) {
    if (kind === 'file' && !accounted.has(file)) problems.push(archiveProblem(file, 'file.unexpected'));
    // A folder where a file belongs (chain-head.json, an index, a record's Markdown) reads as no file at all.
    else if (kind === 'dir' && !LAYOUT_FOLDER.test(file)) problems.push(archiveProblem(file, 'file.folder'));
  }
  return { problems, records: records.length, files: [...entries].filter(([, k]) => k === 'file').map(([f]) => f), wellFormed: records.filter((r) => wellFormed.has(r)) };
}

/** A record's place in the chain: its sequence and the hash of the record before it. */
function chainLinkProblems(stored: StoredRecord, i: number, previous: StoredRecord | undefined, problems: ArchiveProblem[]): void {
  const { file, record } = stored;
  const expected = i + 1;
  if (record.sequence !== expected) problems.push(archiveProblem(file, 'chain.sequence', { sequence: JSON.stringify(record.sequence ?? null).slice(0, 40), expected }));
  const prevHash = previous ? previous.record.sha256 : null;
  if (record.previous_sha256 !== prevHash) {
    problems.push(archiveProblem(file, 'chain.previous', { names: JSON.stringify(record.previous_sha256 ?? null).slice(0, 80), previousFile: previous ? previous.file : null, previousHash: JSON.stringify(prevHash ?? null).slice(0, 80) }));
  }
}

/**
 * The path an upgrade record's format gives it and the Markdown beside it: the record's own rendering
 * (from its examination) followed by its outcomes. False when a field has a shape the format cannot render.
 */
function renderedFileProblems(rendered: { pathProblem?: ArchiveProblem; unrenderable?: boolean; markdown?: MarkdownCheck }, stored: StoredRecord, f: RecordFormat, outcomes: ReturnType<typeof outcomesByUpgrade>, problems: ArchiveProblem[]): boolean {
  const { file } = stored;
  if (rendered.pathProblem) problems.push(rendered.pathProblem);
  if (rendered.unrenderable) return false;
  const md = rendered.markdown;
  if (!md) return true;
  if ('problem' in md) {
    problems.push(md.problem);
    return true;
  }
  let section: string;
  try {
    section = f.outcomes(outcomes.get(file) ?? []);
  } catch {
    return false;
  }
  if (md.tail !== section) problems.push(archiveProblem(file.replace(/\.json$/, '.md'), 'markdown.edited'));
  return true;
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
  // null stands for no value: each catalog says "nothing" in its own words.
  const show = (v: unknown) => (v === undefined ? null : JSON.stringify(v).slice(0, 200));
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
      problems.push(archiveProblem(CHAIN_HEAD, 'chain-head.field', { field, found: show((head as Record<string, unknown>)[field]), derived: null }));
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
