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

/** Decodes bytes as strict UTF-8 (BOM dropped), refusing oversized input and invalid sequences with their position. */
export function decodeSource(bytes: Uint8Array, file: string, t: Catalog = messages()): Decoded {
  if (bytes.byteLength > MAX_DOCUMENT_BYTES) return { finding: tooLargeFinding(bytes.byteLength, file, t) };
  if (isUtf16(bytes)) {
    return {
      finding: { rule: 'yaml.encoding', severity: 'error', file, line: 1, column: 1, message: t['yaml.utf16']() },
    };
  }
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
    return { text };
  } catch {
    const lossy = new TextDecoder('utf-8', { fatal: false }).decode(bytes);
    const at = lossy.indexOf('\uFFFD');
    const before = lossy.slice(0, Math.max(at, 0));
    const line = before.split('\n').length;
    const column = at - before.lastIndexOf('\n');
    return { finding: { rule: 'yaml.encoding', severity: 'error', file, line, column, message: t['yaml.encoding']() } };
  }
}

/** UTF-16 by its byte-order mark, or by the NUL in every other byte that ASCII text gets in UTF-16 without one. */
function isUtf16(bytes: Uint8Array): boolean {
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)))
    return true;
  const n = Math.min(bytes.length, 64) & ~1;
  if (n < 8) return false;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenNul++;
    if (bytes[i + 1] === 0) oddNul++;
  }
  return Math.max(evenNul, oddNul) >= (n / 2) * 0.9 && Math.min(evenNul, oddNul) === 0;
}
