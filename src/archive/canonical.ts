import { createHash } from 'node:crypto';

/** JSON with object keys sorted at every level, so the same record always hashes the same. */
export function canonicalJson(value: unknown): string {
  // The native serializer with keys re-inserted in sorted order: same text as a hand-written walk, several times faster.
  return JSON.stringify(value ?? null, (_key, v: unknown) => {
    if (!v || typeof v !== 'object' || Array.isArray(v)) return v;
    const sorted: Record<string, unknown> = {};
    for (const k of Object.keys(v).sort()) sorted[k] = (v as Record<string, unknown>)[k];
    return sorted;
  });
}

/** Hex sha256 of a string (UTF-8). */
export function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/** The hash a record carries: sha256 of its canonical JSON without the sha256 field itself. */
export function recordHash(record: Record<string, unknown>): string {
  const { sha256: _ignored, ...rest } = record;
  return sha256(canonicalJson(rest));
}
