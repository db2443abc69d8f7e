import type { Finding } from '../messages/finding.js';
import { messages, type Catalog } from '../messages/index.js';

/** Largest document accepted, in bytes; bigger files are refused before parsing. */
export const MAX_DOCUMENT_BYTES = 1024 * 1024;

/** The finding for a file over the size limit: the same whether the bytes were read or only their size is known. */
export function tooLargeFinding(size: number, file: string, t: Catalog = messages()): Finding {
  return {
    rule: 'yaml.too-large',
    severity: 'error',
    file,
    line: 1,
    column: 1,
    message: t['yaml.file-too-large']({ bytes: size, max: MAX_DOCUMENT_BYTES }),
  };
}

/** Result of decoding raw bytes: the text, or the finding that explains why there is none. */
export type Decoded = { text: string; finding?: undefined } | { text?: undefined; finding: Finding };

/**
 * Decodes bytes as strict UTF-8 (BOM dropped), refusing oversized input and invalid sequences with
 * their position. A NUL byte is refused too when `refuseNul` (the configuration); in a document it
 * is left to the schema, which names the field that holds it.
 */
export function decodeSource(
  bytes: Uint8Array,
  file: string,
  t: Catalog = messages(),
  opts: { refuseNul?: boolean } = {},
): Decoded {
  if (bytes.byteLength > MAX_DOCUMENT_BYTES) return { finding: tooLargeFinding(bytes.byteLength, file, t) };
  return decodeText(bytes, file, t, opts);
}

/**
 * Decodes the bytes of a text file (a document, the configuration, CODEOWNERS) as strict UTF-8, BOM
 * dropped: UTF-16 (by its byte-order mark or its pattern of NUL bytes), a NUL byte anywhere (unless
 * `refuseNul` is false) and any invalid sequence are one finding with their position, never text to read.
 */
export function decodeText(
  bytes: Uint8Array,
  file: string,
  t: Catalog = messages(),
  { refuseNul = true }: { refuseNul?: boolean } = {},
): Decoded {
  const at = (line: number, column: number, message: string): Decoded => ({
    finding: { rule: 'yaml.encoding', severity: 'error', file, line, column, message },
  });
  if (isUtf16(bytes)) return at(1, 1, t['yaml.utf16']());
  const nul = refuseNul ? bytes.indexOf(0) : -1;
  if (nul >= 0) {
    const { line, column } = positionOf(new TextDecoder('utf-8', { fatal: false }).decode(bytes.subarray(0, nul)));
    return at(line, column, t['yaml.nul']());
  }
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
    return { text };
  } catch {
    const lossy = new TextDecoder('utf-8', { fatal: false }).decode(bytes);
    const { line, column } = positionOf(lossy.slice(0, Math.max(lossy.indexOf('\uFFFD'), 0)));
    return at(line, column, t['yaml.encoding']());
  }
}

/** The 1-based line and column just after `before`. */
function positionOf(before: string): { line: number; column: number } {
  const lines = before.split('\n');
  return { line: lines.length, column: lines[lines.length - 1]!.length + 1 };
}

// How much of a file the UTF-16 pattern is looked for in.
const UTF16_SAMPLE = 4096;

/**
 * UTF-16 by its byte-order mark, or by the NUL bytes its ASCII characters (keys, spaces, line
 * breaks) leave on one side of each byte pair and never on the other, even among Chinese text.
 */
function isUtf16(bytes: Uint8Array): boolean {
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)))
    return true;
  const n = Math.min(bytes.length, UTF16_SAMPLE) & ~1;
  if (n < 4) return false;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenNul++;
    if (bytes[i + 1] === 0) oddNul++;
  }
  const pairs = n / 2;
  const most = Math.max(evenNul, oddNul);
  return most >= pairs * 0.25 && Math.min(evenNul, oddNul) <= most / 20;
}
