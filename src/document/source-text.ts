import type { Finding } from '../messages/finding.js';

/** Largest document accepted, in bytes; bigger files are refused before parsing. */
export const MAX_DOCUMENT_BYTES = 1024 * 1024;

/** Result of decoding raw bytes: the text, or the finding that explains why there is none. */
export type Decoded = { text: string; finding?: undefined } | { text?: undefined; finding: Finding };

/** Decodes bytes as strict UTF-8 (BOM dropped), refusing oversized input and invalid sequences with their position. */
export function decodeSource(bytes: Uint8Array, file: string): Decoded {
  if (bytes.byteLength > MAX_DOCUMENT_BYTES) {
    return {
      finding: {
        rule: 'yaml.too-large',
        severity: 'error',
        file,
        line: 1,
        column: 1,
        message: `the file is ${bytes.byteLength} bytes, more than the ${MAX_DOCUMENT_BYTES} bytes (1 MiB) an upgrade document may have: move large attachments to separate files and reference them`,
      },
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
    return {
      finding: {
        rule: 'yaml.encoding',
        severity: 'error',
        file,
        line,
        column,
        message: 'the file is not valid UTF-8 here: save it as UTF-8 (editors call it "UTF-8" or "Unicode"; GBK and Latin-1 are not accepted)',
      },
    };
  }
}
