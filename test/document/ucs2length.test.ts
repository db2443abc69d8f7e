import fc from 'fast-check';
import ajvUcs2length from 'ajv/dist/runtime/ucs2length.js';
import { describe, expect, it } from 'vitest';
import { ucs2length } from '../../src/document/ucs2length.js';

// The CommonJS module's default export, as vitest and Node hand it to an ES module.
const ajvCount = ajvUcs2length as unknown as (s: string) => number;
// Any UTF-16 code units, surrogates (paired, lone, reversed) far more often than chance would give them.
const unit = fc.oneof(
  fc.integer({ min: 0xd800, max: 0xdfff }),
  fc.integer({ min: 0, max: 0x7f }),
  fc.integer({ min: 0, max: 0xffff }),
);
const text = fc.array(unit, { maxLength: 64 }).map((codes) => String.fromCharCode(...codes));

describe('ucs2length (the bundles’ string length for minLength and maxLength)', () => {
  it('counts exactly as ajv’s own helper on any string', () => {
    fc.assert(
      fc.property(text, (s) => {
        expect(ucs2length(s)).toBe(ajvCount(s));
      }),
      { numRuns: 5000 },
    );
  });
  it('a pair counts once, a lone or reversed surrogate once, plain text by its length', () => {
    expect(ucs2length('𝄞a')).toBe(2);
    expect(ucs2length('\ud834')).toBe(1);
    expect(ucs2length('\udd1e\ud834')).toBe(2);
    expect(ucs2length('升级 upgrade')).toBe(10);
    expect(ucs2length('')).toBe(0);
  });
});
