import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { blockPositions } from '../../src/document/block-positions.js';
import { parseWithPositions } from '../../src/document/yaml-source.js';
import { REGULAR, ROOT } from '../helpers.js';

type Path = Array<string | number>;

/** Every path in a value, and beside each a child that does not exist (where a missing field is reported). */
function paths(value: unknown, prefix: Path = []): Path[] {
  const out: Path[] = [prefix, [...prefix, 'missing'], [...prefix, 7]];
  if (Array.isArray(value)) value.forEach((v, i) => out.push(...paths(v, [...prefix, i])));
  else if (value && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) out.push(...paths(v, [...prefix, k]));
  return out;
}

/** Holds the line index to the careful parser on every path of a text; returns whether the index took the text. */
function agrees(text: string): boolean {
  const index = blockPositions(text);
  if (!index) return false;
  const careful = parseWithPositions(text, 'doc.yaml');
  expect(careful.findings.filter((f) => f.severity === 'error')).toEqual([]);
  for (const p of paths(careful.value)) {
    expect(index.locate(p), `locate ${JSON.stringify(p)}`).toEqual(careful.locate(p));
    expect(index.locateKey(p), `locateKey ${JSON.stringify(p)}`).toEqual(careful.locateKey(p));
  }
  return true;
}

const yamlFiles = (dir: string) =>
  readdirSync(join(ROOT, dir))
    .filter((f) => /\.ya?ml$/.test(f))
    .map((f) => readFileSync(join(ROOT, dir, f), 'utf8'));

describe('positions from the lines of a block-style document', () => {
  it('agree with the careful parser on every path of every example, and are used for them', () => {
    const texts = [
      ...yamlFiles('examples/upgrades'),
      ...yamlFiles('examples/invalid'),
      ...yamlFiles('examples/warnings'),
    ];
    expect(texts.filter(agrees).length).toBe(texts.length);
    // The example configuration writes flow mappings ({ en: …, zh: … }): the careful parser places those.
    expect(agrees(readFileSync(join(ROOT, 'examples/.github/upgrade-gate.yml'), 'utf8'))).toBe(false);
  });

  it('agree on the bad inputs they take, and leave the rest to the careful parser', () => {
    const texts = yamlFiles('test/fixtures/bad-input').filter((t) =>
      parseWithPositions(t, 'x.yaml').findings.every((f) => f.severity !== 'error'),
    );
    for (const t of texts) agrees(t);
  });

  it('step aside for what they do not read: flow collections, anchors, tags, quoted keys, empty values, quotes over lines, tabs', () => {
    for (const text of [
      'a: {b: 1}\n',
      'a: [1, [2]]\n',
      'a: ["x", y]\n',
      'a: [x,, y]\n',
      'a: &x 1\nb: *x\n',
      'a: !!str 1\n',
      '"a": 1\n',
      'a:\nb: 1\n',
      'a: "one\n  two"\n',
      'a:\n\t- 1\n',
      '? a\n: 1\n',
      '1: a\n',
      'true: a\n',
      '- - a\n',
      'a: 1\n---\nb: 2\n',
    ]) {
      expect(blockPositions(text), JSON.stringify(text)).toBeUndefined();
    }
  });

  it('agree on documents with every block form: nested lists, compact lists, block scalars, comments, continuations, quotes', () => {
    const text = [
      '# a comment',
      '---',
      'top: value # trailing',
      'quoted: "a: b # not a comment"',
      "single: 'it''s'",
      'block: |',
      '  line one: not a key',
      '    - not an item',
      'folded: >-',
      '  text',
      'plain: first',
      '  continued - still text',
      'list: [a, b,  c] # comment',
      'empty: []',
      'compact:',
      '- one',
      '- k: v',
      '  k2: v2',
      '-   spaced',
      'nested:',
      '  deeper:',
      '    - a: 1',
      '      b:',
      '        - x',
      '        - y: |',
      '            z',
      '    - last',
      '  after: 2',
      'tail: end',
    ].join('\n');
    expect(agrees(text)).toBe(true);
  });

  it('agree on generated variants of the regular example (property)', () => {
    const lines = REGULAR.split('\n');
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat(lines.length - 1), fc.constantFrom('# note', '', '  # indented note')), {
          maxLength: 4,
        }),
        fc.subarray(['rollback:', 'window:', 'features:'], { maxLength: 1 }),
        (inserts, drop) => {
          const copy = [...lines];
          for (const [at, add] of inserts.sort((a, b) => b[0] - a[0])) copy.splice(at + 1, 0, add);
          let text = copy.join('\n');
          for (const d of drop) text = text.replace(`\n${d}`, `\nx${d}`);
          if (parseWithPositions(text, 'x.yaml').findings.some((f) => f.severity === 'error')) return;
          agrees(text);
        },
      ),
      { numRuns: 30 },
    );
  });
});
