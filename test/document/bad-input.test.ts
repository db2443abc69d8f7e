import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadUpgradeDocument } from '../../src/document/load-document.js';
import { MAX_DOCUMENT_BYTES } from '../../src/document/source-text.js';
import { defaultConfig } from '../../src/policy/config.js';
import { checkDocument } from '../../src/policy/document-rules.js';
import { REGULAR, ROOT } from '../helpers.js';

const CORPUS = join(ROOT, 'test/fixtures/bad-input');

/** Bad inputs built at run time: too big to commit, or a shape easier to generate than to write. */
const generated: Array<[string, Uint8Array]> = [
  ['over 1 MiB', new TextEncoder().encode(REGULAR + `# ${'x'.repeat(MAX_DOCUMENT_BYTES)}\n`)],
  ['10,000 nested flow sequences', new TextEncoder().encode(`features: ${'['.repeat(10_000)}${']'.repeat(10_000)}\n`)],
  ['100,000 nested flow mappings', new TextEncoder().encode(`a: ${'{b: '.repeat(100_000)}1${'}'.repeat(100_000)}\n`)],
  ['billion laughs with 20 levels', new TextEncoder().encode(['a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]', ...Array.from({ length: 20 }, (_, i) => `l${i}: &l${i} [${Array(10).fill(i === 0 ? '*a' : `*l${i - 1}`).join(', ')}]`)].join('\n'))],
  ['60,000 unknown top-level keys', new TextEncoder().encode(`apiVersion: upgrade-gate/v1\n${Array.from({ length: 60_000 }, (_, i) => `k${i}: v`).join('\n')}\n`)],
  ['30,000 repeats of one key', new TextEncoder().encode(`kind: Upgrade\n${'id: x\n'.repeat(30_000)}`)],
  ['a list of 150,000 items', new TextEncoder().encode(`features:\n${'  - a\n'.repeat(150_000)}`)],
  ['a UTF-16 file', new Uint8Array([0xff, 0xfe, ...Array.from(new TextEncoder().encode('apiVersion: x\n')).flatMap((b) => [b, 0])])],
];

const files = readdirSync(CORPUS).sort();

describe('bad-input corpus', () => {
  it('holds at least 40 malformed documents', () => {
    expect(files.length + generated.length).toBeGreaterThanOrEqual(40);
  });

  const all: Array<[string, Uint8Array]> = [...files.map((f) => [f, readFileSync(join(CORPUS, f))] as [string, Uint8Array]), ...generated];
  // A hang is caught by the per-test timeout; how fast each case runs is measured in npm run bench.
  it.each(all)('%s: an error with a position, without throwing', (name, bytes) => {
    const loaded = loadUpgradeDocument(bytes, `bad/${name}`);
    const findings = checkDocument(loaded, defaultConfig(), () => true);
    const errors = findings.filter((f) => f.severity === 'error');
    expect(errors.length).toBeGreaterThan(0);
    for (const e of errors) {
      expect(e.line).toBeGreaterThanOrEqual(1);
      expect(e.column).toBeGreaterThanOrEqual(1);
      expect(e.file).toBe(`bad/${name}`);
      expect(e.message).toMatch(/: |, e\.g\./); // every message says what to do after saying what is wrong
    }
  });

  it('a __proto__ key is refused where it is written, and no value is handed on', () => {
    const loaded = loadUpgradeDocument(readFileSync(join(CORPUS, '18-proto-key.yaml')), 'x.yaml');
    const text = readFileSync(join(CORPUS, '18-proto-key.yaml'), 'utf8').split('\n');
    const line = text.findIndex((l) => l.includes('__proto__')) + 1;
    expect(loaded.findings).toEqual([expect.objectContaining({ rule: 'yaml.forbidden-key', severity: 'error', line, column: text[line - 1]!.indexOf('__proto__') + 1 })]);
    expect(loaded.findings[0]!.message).toContain('the key "__proto__" is not allowed');
    expect(loaded.doc).toBeUndefined();
  });
});

describe('exact positions', () => {
  it('a missing key points at its parent mapping key', () => {
    const text = REGULAR.replace('  end: 2026-12-03T22:00\n', '');
    const [f] = loadUpgradeDocument(text, 'x.yaml').findings;
    expect(f).toMatchObject({ rule: 'schema', line: 16, column: 1 });
    expect(f!.message).toBe('window.end is missing: add when the upgrade must be finished, after window.start, e.g. 2026-11-26T22:00');
  });
  it('an unknown key points at the key and suggests the near name', () => {
    const text = REGULAR.replace('  ops_lead: bob-ops', '  opslead: bob-ops');
    const findings = loadUpgradeDocument(text, 'x.yaml').findings;
    const unknown = findings.find((f) => f.message.includes('not a field'));
    expect(unknown).toMatchObject({ line: 58, column: 3 });
    expect(unknown!.message).toContain('did you mean ops_lead?');
  });
  it('a wrong value points at the value', () => {
    const findings = loadUpgradeDocument(REGULAR.replace('type: regular', 'type: normal'), 'x.yaml').findings;
    expect(findings).toEqual([expect.objectContaining({ rule: 'schema', line: 7, column: 7 })]);
    expect(findings[0]!.message).toBe('type is "normal", which is not allowed: use one of regular, emergency');
  });
  it('positions inside sequences', () => {
    const findings = loadUpgradeDocument(REGULAR.replace('  - id: BILL-418', '  - id: ""'), 'x.yaml').findings;
    expect(findings).toEqual([expect.objectContaining({ line: 23, column: 9 })]);
    expect(findings[0]!.message).toMatch(/^features\[1\]\.id is empty/);
  });
});
