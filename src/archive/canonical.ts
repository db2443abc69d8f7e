import * as crypto from 'node:crypto';
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
  // Records are verified by the ten thousand: the engine's own serializer over key-sorted copies is
  // several times faster than serializing value by value, and is RFC 8785 for every value parsed from
  // JSON that has no integer-like key and no lone surrogate. Anything else takes the library, which
  // also holds the fast path to the same output in test/archive/canonical.test.ts.
  const sorted = sortedCopy(value);
  if (sorted !== UNSURE) {
    const text = JSON.stringify(sorted);
    // The engine escapes a lone surrogate as \udxxx where RFC 8785 refuses the value.
    if (text !== undefined && !text.includes('\\ud')) return text;
  }
  const text = canonicalize(value);
  if (text === undefined) throw new Error('a value with no JSON form cannot be canonicalized');
  return text;
}

const UNSURE = Symbol('unsure');
// JavaScript lists integer-like keys ("9", "10") first and in numeric order, whatever the insertion order.
const INDEX_KEY = /^(?:0|[1-9][0-9]*)$/;

/**
 * Keys in UTF-16 code-unit order, as Array#sort orders strings: a record's objects have a few keys
 * each, which an insertion sort orders several times faster than the generic sort (a large object
 * still takes the generic one).
 */
function sortKeys(keys: string[]): string[] {
  if (keys.length > 16) return keys.sort();
  for (let i = 1; i < keys.length; i++) {
    const k = keys[i]!;
    let j = i - 1;
    while (j >= 0 && keys[j]! > k) {
      keys[j + 1] = keys[j]!;
      j--;
    }
    keys[j + 1] = k;
  }
  return keys;
}

/** A copy with every object's keys in UTF-16 code-unit order, or UNSURE where the engine's serializer could differ from RFC 8785. */
function sortedCopy(v: unknown): unknown {
  if (v === null || typeof v === 'string' || typeof v === 'boolean') return v;
  if (typeof v === 'number') return Number.isFinite(v) ? v : UNSURE;
  if (typeof v !== 'object') return UNSURE;
  if (Array.isArray(v)) {
    const out: unknown[] = new Array(v.length);
    for (let i = 0; i < v.length; i++) {
      const x = sortedCopy(v[i]);
      if (x === UNSURE) return UNSURE;
      out[i] = x;
    }
    return out;
  }
  const proto = Object.getPrototypeOf(v);
  if (proto !== Object.prototype && proto !== null) return UNSURE;
  // A plain object keeps the engine's fast properties (a prototype-less one would not, and serializes
  // slower); "__proto__", the one key a plain object cannot hold as its own, takes the library.
  const out: Record<string, unknown> = {};
  const keys = sortKeys(Object.keys(v));
  for (const k of keys) {
    // Only a key that starts with a digit can be integer-like: the pattern runs for those alone.
    const c = k.charCodeAt(0);
    if ((c <= 57 && c >= 48 && INDEX_KEY.test(k)) || k === '__proto__') return UNSURE;
    const x = sortedCopy((v as Record<string, unknown>)[k]);
    if (x === UNSURE) return UNSURE;
    out[k] = x;
  }
  return out;
}

// One call per digest where the runtime has it (Node 20.12 and later): verify hashes every record it reads.
const oneShot = (crypto as { hash?: (algorithm: string, data: string, encoding: 'hex') => string }).hash;

/** Hex sha256 of a string (UTF-8) or of bytes. */
export function sha256(data: string | Uint8Array): string {
  if (typeof data !== 'string') return createHash('sha256').update(data).digest('hex');
  return oneShot ? oneShot('sha256', data, 'hex') : createHash('sha256').update(data, 'utf8').digest('hex');
}

/** The git blob id of some bytes, as `git hash-object` computes it. */
export function gitBlobSha(data: string | Uint8Array): string {
  const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
  return createHash('sha1').update(`blob ${bytes.length}\0`).update(bytes).digest('hex');
}
