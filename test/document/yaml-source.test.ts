import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseWithPositions, parseYamlSource } from '../../src/document/yaml-source.js';

// Scalars where YAML 1.1, 1.2 and parsers disagree: numbers in other bases, signs, dots, booleans, nulls, dates.
const tricky = fc.constantFrom(
  '0b101',
  '0o17',
  '017',
  '0x1F',
  '-.5',
  '+.5',
  '.5',
  '1_000',
  '1e3',
  '-0',
  '.inf',
  '-.Inf',
  '.NaN',
  'yes',
  'No',
  'on',
  'off',
  'true',
  'False',
  'null',
  '~',
  'Null',
  '2026-12-03',
  '2026-12-03T20:00',
  '12:30',
  '1:20:30',
  '"quoted"',
  "'single'",
  '2.4',
  '2.40',
  '007',
);
const word = fc.stringMatching(/^[a-z][a-z0-9_-]{0,8}$/);
const scalar = fc.oneof(tricky, word, fc.integer().map(String), fc.double({ noNaN: true }).map(String));
const line = fc.tuple(word, scalar).map(([k, v]) => `${k}: ${v}`);
const doc = fc
  .array(fc.tuple(line, fc.array(line, { maxLength: 3 }), fc.array(scalar, { maxLength: 3 })), {
    minLength: 1,
    maxLength: 6,
  })
  .map((entries) =>
    entries
      .map(([top, nested, list], i) =>
        [`${top}`, `n${i}:`, ...nested.map((l) => `  ${l}`), `l${i}:`, ...list.map((v) => `  - ${v}`)].join('\n'),
      )
      .join('\n'),
  );

describe('one YAML semantics', () => {
  it('the fast path and the careful path read every generated document to the same value', () => {
    fc.assert(
      fc.property(doc, (text) => {
        const fast = parseYamlSource(text, 'x.yaml');
        const careful = parseWithPositions(text, 'x.yaml');
        expect(fast.findings).toEqual(careful.findings);
        expect(fast.value).toEqual(careful.value);
      }),
      { numRuns: 300 },
    );
  });

  it('YAML 1.2 core: 0b101 is text, -.5 and 0o17 are numbers, yes is text, whichever path reads it', () => {
    const text = 'a: 0b101\nb: -.5\nc: 0o17\nd: yes\ne: 0x1F\n';
    const want = { a: '0b101', b: -0.5, c: 15, d: 'yes', e: 31 };
    expect(parseYamlSource(text, 'x.yaml').value).toEqual(want);
    expect(parseWithPositions(text, 'x.yaml').value).toEqual(want);
    // A document with a duplicate key takes the careful path; its other values still read the same way.
    const broken = parseYamlSource(`${text}a: again\n`, 'x.yaml');
    expect(broken.findings.map((f) => f.rule)).toEqual(['yaml.duplicate-key']);
  });
});
