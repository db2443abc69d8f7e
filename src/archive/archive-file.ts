import { isUtf8 } from 'node:buffer';
import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';
import { join } from 'node:path';
import { archiveMessages, type ArchiveCatalog, type ArchiveFindingId } from '../messages/archive-catalog.js';
import type { Language } from '../messages/index.js';

/** One thing wrong with the archive: the file (relative to the archive folder), a finding id and what it means. */
export interface ArchiveProblem {
  file: string;
  id: ArchiveFindingId | string;
  /** The finding's parameters, to say it in another language. */
  params?: Record<string, unknown>;
  message: string;
}

/** The largest record, Markdown or index file verify reads (a document is at most 1 MiB; a record holds a few). */
export const MAX_FILE_BYTES = 16 * 1024 * 1024;

/** A finding of verify, its message in English. */
export const archiveProblem = <K extends ArchiveFindingId>(file: string, id: K, ...args: Parameters<ArchiveCatalog[K]>): ArchiveProblem =>
  ({ file, id, params: args[0] as Record<string, unknown> | undefined, message: (archiveMessages()[id] as (...a: unknown[]) => string)(...args) });

/** A finding's message in another language (findings are made in English). */
export function localizeProblem(p: ArchiveProblem, language: Language): ArchiveProblem {
  const say = archiveMessages(language)[p.id as ArchiveFindingId] as ((...a: unknown[]) => string) | undefined;
  return say ? { ...p, message: say(p.params) } : p;
}

let scratch = Buffer.allocUnsafe(64 * 1024);

/**
 * Reads one archive file's bytes, or returns why not: never through a link (O_NOFOLLOW), never a
 * device or pipe (checked on the opened descriptor, O_NONBLOCK so a FIFO cannot block the open), and
 * never more than MAX_FILE_BYTES. The bytes are a view of one buffer every read of the thread reuses:
 * use them before the next read.
 */
export function readArchiveBytes(dir: string, rel: string): { bytes: Buffer } | { problem: ArchiveProblem } {
  let fd: number;
  try {
    fd = openSync(join(dir, rel), constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0));
  } catch (err) {
    const code = (err as { code?: string }).code;
    return { problem: archiveProblem(rel, code === 'ELOOP' || code === 'EMLINK' ? 'file.symlink' : 'record.unreadable', { cause: 'open', code: code ?? null }) };
  }
  try {
    const st = fstatSync(fd);
    if (!st.isFile()) return { problem: archiveProblem(rel, 'file.special') };
    if (st.size > MAX_FILE_BYTES) return { problem: archiveProblem(rel, 'file.too-large', { size: st.size, max: MAX_FILE_BYTES }) };
    // One buffer for every file of a run: no allocation per file. Every byte up to `off` is read
    // before use; nothing past it is looked at.
    if (scratch.length < st.size) scratch = Buffer.allocUnsafe(Math.max(st.size, scratch.length * 2));
    const buf = scratch.subarray(0, st.size);
    let off = 0;
    while (off < buf.length) {
      const n = readSync(fd, buf, off, buf.length - off, off);
      if (n === 0) break;
      off += n;
    }
    return { bytes: buf.subarray(0, off) };
  } finally {
    closeSync(fd);
  }
}

/** Reads one archive file as UTF-8 text (see readArchiveBytes), or returns why not. */
export function readArchiveText(dir: string, rel: string): { text: string } | { problem: ArchiveProblem } {
  const read = readArchiveBytes(dir, rel);
  if ('problem' in read) return read;
  return isUtf8(read.bytes) ? { text: read.bytes.toString('utf8') } : { problem: archiveProblem(rel, 'file.encoding') };
}

let encoded = Buffer.allocUnsafe(64 * 1024);
// A string with a surrogate may hold a lone one, which UTF-8 cannot encode: such text is compared as text.
const SURROGATE = /[\uD800-\uDFFF]/;

/**
 * What follows `expected` in a file's bytes: the rest as text, null when the bytes do not begin with
 * the UTF-8 of `expected`, or the encoding problem when the file is not UTF-8. The same answers as
 * decoding the file and comparing text, without decoding the (usual) part that matches.
 */
export function textAfter(bytes: Buffer, expected: string, rel: string): { tail: string | null } | { problem: ArchiveProblem } {
  if (SURROGATE.test(expected)) {
    if (!isUtf8(bytes)) return { problem: archiveProblem(rel, 'file.encoding') };
    const text = bytes.toString('utf8');
    return { tail: text.startsWith(expected) ? text.slice(expected.length) : null };
  }
  if (encoded.length < expected.length * 3) encoded = Buffer.allocUnsafe(expected.length * 3);
  const n = encoded.write(expected, 0, 'utf8');
  // The expected bytes are whole UTF-8 characters: the file is UTF-8 exactly when what follows them is.
  if (bytes.length >= n && encoded.compare(bytes, 0, n, 0, n) === 0) {
    const rest = bytes.subarray(n);
    if (rest.length === 0) return { tail: '' };
    return isUtf8(rest) ? { tail: rest.toString('utf8') } : { problem: archiveProblem(rel, 'file.encoding') };
  }
  return isUtf8(bytes) ? { tail: null } : { problem: archiveProblem(rel, 'file.encoding') };
}
