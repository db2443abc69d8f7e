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
