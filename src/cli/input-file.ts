import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';
import type { Catalog } from '../messages/index.js';

/** Why a file the CLI was given was not read. */
export type InputRefusal =
  | { kind: 'missing' }
  | { kind: 'folder' }
  | { kind: 'symlink' }
  | { kind: 'special' }
  | { kind: 'too-large'; size: number; max: number }
  | { kind: 'unreadable'; reason: string };

/**
 * Reads a file the CLI was given (a document, the configuration, CODEOWNERS, a list of paths), or
 * says why not: only a regular file is read (checked on the opened descriptor, opened with O_NONBLOCK
 * so a FIFO cannot block the open), and never one over `maxBytes`, so a link to /dev/zero or a folder
 * is refused before a byte is read. With `followLink: false` a symbolic link is refused itself, its
 * target never opened.
 */
export function readInputFile(
  path: string,
  maxBytes: number,
  options: { followLink?: boolean } = {},
): { bytes: Buffer } | { refused: InputRefusal } {
  const noFollow = options.followLink === false ? (constants.O_NOFOLLOW ?? 0) : 0;
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0) | noFollow);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    // O_NOFOLLOW on a link: ELOOP on Linux, EMLINK on some BSDs.
    if (noFollow && (code === 'ELOOP' || code === 'EMLINK')) return { refused: { kind: 'symlink' } };
    if (code === 'ENOENT' || code === 'ENOTDIR') return { refused: { kind: 'missing' } };
    if (code === 'EISDIR') return { refused: { kind: 'folder' } };
    return { refused: { kind: 'unreadable', reason: code ?? (err as Error).message } };
  }
  try {
    const st = fstatSync(fd);
    if (st.isDirectory()) return { refused: { kind: 'folder' } };
    if (!st.isFile()) return { refused: { kind: 'special' } };
    if (st.size > maxBytes) return { refused: { kind: 'too-large', size: st.size, max: maxBytes } };
    // The size is what fstat said when opened; reading stops there even if the file grows meanwhile.
    const buf = Buffer.allocUnsafe(st.size);
    let off = 0;
    while (off < buf.length) {
      const n = readSync(fd, buf, off, buf.length - off, off);
      if (n === 0) break;
      off += n;
    }
    return { bytes: buf.subarray(0, off) };
  } catch (err) {
    return { refused: { kind: 'unreadable', reason: (err as NodeJS.ErrnoException).code ?? (err as Error).message } };
  } finally {
    closeSync(fd);
  }
}

/** What to tell the user about a file that was not read, `file` as they named it. */
export function refusalText(file: string, refused: InputRefusal, t: Catalog): string {
  switch (refused.kind) {
    case 'missing':
      return t['cli.cannot-read']({ file, reason: 'ENOENT' });
    case 'folder':
      return t['cli.input-folder']({ file });
    case 'special':
      return t['cli.input-special']({ file });
    case 'symlink':
      return t['cli.input-symlink']({ file });
    case 'too-large':
      return t['cli.input-too-large']({ file, bytes: refused.size, max: refused.max });
    case 'unreadable':
      return t['cli.cannot-read']({ file, reason: refused.reason });
  }
}
