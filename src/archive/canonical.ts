import { createHash } from 'node:crypto';
import canonicalize from 'canonicalize';

/**
 * The canonical JSON of record format v1, frozen: object keys sorted at every level by the native
 * serializer (so integer-like keys come first, which is not RFC 8785). Only v1 records hash this way.
 */
export function canonicalJsonV1(value: unknown): string {
  return JSON.stringify(value ?? null, (_key, v: unknown) => {
    if (!v || typeof v !== 'object' || Array.isArray(v)) return v;
    const sorted: Record<string, unknown> = {};
    for (const k of Object.keys(v).sort()) sorted[k] = (v as Record<string, unknown>)[k];
    return sorted;
  });
}

/**
 * RFC 8785 JSON Canonicalization Scheme: keys sorted by UTF-16 code units, ECMAScript number
 * serialization, minimal string escapes. Throws on what JCS rejects (lone surrogates, NaN, Infinity).
 */
export function jcs(value: unknown): string {
  const text = canonicalize(value);
  if (text === undefined) throw new Error('a value with no JSON form cannot be canonicalized');
  return text;
}

/** Hex sha256 of a string (UTF-8) or of bytes. */
export function sha256(data: string | Uint8Array): string {
  return typeof data === 'string' ? createHash('sha256').update(data, 'utf8').digest('hex') : createHash('sha256').update(data).digest('hex');
}

/** The git blob id of some bytes, as `git hash-object` computes it. */
export function gitBlobSha(data: string | Uint8Array): string {
  const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
  return createHash('sha1').update(`blob ${bytes.length}\0`).update(bytes).digest('hex');
}
