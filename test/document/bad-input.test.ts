import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadUpgradeDocument } from '../../src/document/load-document.js';
import { MAX_DOCUMENT_BYTES } from '../../src/document/source-text.js';
import { defaultConfig } from '../../src/policy/config.js';
import { checkDocument } from '../../src/policy/document-rules.js';
import { READER_CHECKS } from '../../src/policy/rules/index.js';
import { REGULAR, ROOT } from '../helpers.js';

const CORPUS = join(ROOT, 'test/fixtures/bad-input');

/** Bad inputs built at run time: too big to commit, or a shape easier to generate than to write. */
const generated: Array<[string, Uint8Array]> = [
  ['over 1 MiB', new TextEncoder().encode(REGULAR + `# ${'x'.repeat(MAX_DOCUMENT_BYTES)}\n`)],
  ['10,000 nested flow sequences', new TextEncoder().encode(`features: ${'['.repeat(10_000)}${']'.repeat(10_000)}\n`)],
  // Deep enough to overflow the parser's stack, which the library reports as an error of its own.
  ['1,000 nested block sequences', new TextEncoder().encode(`${'- '.repeat(1000)}x\n`)],
  ['100,000 nested flow mappings', new TextEncoder().encode(`a: ${'{b: '.repeat(100_000)}1${'}'.repeat(100_000)}\n`)],
  [
    'billion laughs with 20 levels',
    new TextEncoder().encode(
      [
        'a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]',
        ...Array.from(
          { length: 20 },
          (_, i) =>
            `l${i}: &l${i} [${Array(10)
              .fill(i === 0 ? '*a' : `*l${i - 1}`)
              .join(', ')}]`,
        ),
      ].join('\n'),
    ),
  ],
  [
    '60,000 unknown top-level keys',
    new TextEncoder().encode(
      `apiVersion: upgrade-gate/v1\n${Array.from({ length: 60_000 }, (_, i) => `k${i}: v`).join('\n')}\n`,
    ),
  ],
  ['30,000 repeats of one key', new TextEncoder().encode(`kind: Upgrade\n${'id: x\n'.repeat(30_000)}`)],
  ['a list of 150,000 items', new TextEncoder().encode(`features:\n${'  - a\n'.repeat(150_000)}`)],
  [
    'a UTF-16 file',
    new Uint8Array([0xff, 0xfe, ...Array.from(new TextEncoder().encode('apiVersion: x\n')).flatMap((b) => [b, 0])]),
  ],
];

const files = readdirSync(CORPUS).sort();

// What each malformed input is answered with: its first error, where the reader should point. Every
// reader check of the registry that a document can trigger has at least one case (checked below).
const EXPECTED: Record<string, [rule: string, line: number, column: number]> = {
  '01-unclosed-quote.yaml': ['yaml.syntax', 5, 17],
  '02-bad-indent.yaml': ['yaml.syntax', 17, 10],
  '03-tab-indent.yaml': ['yaml.syntax', 18, 1],
  '04-missing-colon.yaml': ['yaml.syntax', 5, 1],
  '05-unclosed-flow.yaml': ['yaml.syntax', 64, 1],
  '06-duplicate-key.yaml': ['yaml.duplicate-key', 6, 1],
  '07-duplicate-nested-key.yaml': ['yaml.duplicate-key', 19, 3],
  '08-multiple-documents.yaml': ['yaml.syntax', 65, 1],
  '09-empty.yaml': ['schema', 1, 1],
  '10-comment-only.yaml': ['schema', 1, 1],
  '11-scalar-root.yaml': ['schema', 1, 1],
  '12-list-root.yaml': ['schema', 1, 1],
  '13-alias-bomb.yaml': ['yaml.alias-limit', 2, 17],
  '14-alias-bomb-in-document.yaml': ['yaml.alias-limit', 107, 12],
  '15-undefined-alias.yaml': ['yaml.syntax', 5, 9],
  '16-deep-flow.yaml': ['yaml.too-deep', 2, 107],
  '17-deep-block.yaml': ['yaml.too-deep', 26, 49],
  '18-proto-key.yaml': ['yaml.forbidden-key', 6, 1],
  '19-constructor-key.yaml': ['yaml.forbidden-key', 10, 3],
  '20-proto-nested.yaml': ['yaml.forbidden-key', 60, 3],
  '21-version-as-number.yaml': ['schema', 10, 7],
  '22-features-not-list.yaml': ['yaml.syntax', 24, 1],
  '23-window-as-string.yaml': ['schema', 16, 9],
  '24-people-null.yaml': ['schema', 60, 14],
  '25-channels-scalar.yaml': ['schema', 63, 13],
  '26-bool-system.yaml': ['schema', 5, 9],
  '27-number-id.yaml': ['schema', 4, 5],
  '28-feb-30.yaml': ['schema', 17, 10],
  '29-hour-25.yaml': ['schema', 18, 8],
  '30-month-13.yaml': ['schema', 38, 9],
  '31-not-leap-year.yaml': ['schema', 38, 9],
  '32-date-words.yaml': ['schema', 17, 10],
  '33-bad-offset.yaml': ['schema', 17, 10],
  '34-wrong-api-version.yaml': ['schema', 2, 13],
  // rolback: the missing rollback is reported at the top, the misspelt key where it is written.
  '35-unknown-field.yaml': ['backup.rollback', 2, 1],
  '36-bad-environment.yaml': ['schema', 6, 14],
  '37-bad-login.yaml': ['schema', 59, 13],
  '38-empty-features.yaml': ['schema', 19, 11],
  '39-missing-required-people.yaml': ['schema', 2, 1],
  '40-latin1.yaml': ['yaml.encoding', 37, 22],
  '41-gbk.yaml': ['yaml.encoding', 37, 16],
  '42-nul-bytes.yaml': ['schema', 5, 9],
  '43-custom-tag.yaml': ['schema', 5, 18],
  '44-unknown-tag.yaml': ['yaml.syntax', 5, 9],
  '45-key-is-mapping.yaml': ['yaml.syntax', 5, 3],
  '46-empty-justification-emergency.yaml': ['emergency.justification', 57, 18],
  '47-unknown-feature-field.yaml': ['schema', 20, 5],
  '48-crlf-duplicate.yaml': ['yaml.duplicate-key', 6, 1],
  '49-full-width-comma.yaml': ['yaml.full-width', 63, 22],
  'over 1 MiB': ['yaml.too-large', 1, 1],
  '10,000 nested flow sequences': ['yaml.too-deep', 1, 107],
  '100,000 nested flow mappings': ['yaml.too-deep', 1, 388],
  '1,000 nested block sequences': ['yaml.too-deep', 1, 1],
  'billion laughs with 20 levels': ['yaml.alias-limit', 16, 66],
  '60,000 unknown top-level keys': ['yaml.too-large', 1, 1],
  '30,000 repeats of one key': ['yaml.too-large', 1, 1],
  'a list of 150,000 items': ['yaml.too-large', 1, 1],
  'a UTF-16 file': ['yaml.encoding', 1, 1],
};

describe('bad-input corpus', () => {
  it('every case has its expected answer, and every reader check of a document has a case', () => {
    expect([...files, ...generated.map(([name]) => name)].sort()).toEqual(Object.keys(EXPECTED).sort());
    const readerChecks = READER_CHECKS.filter((r) => r.scope === 'document').map((r) => r.id);
    expect(readerChecks.filter((id) => !Object.values(EXPECTED).some(([rule]) => rule === id))).toEqual([]);
  });

  const all: Array<[string, Uint8Array]> = [
    ...files.map((f) => [f, readFileSync(join(CORPUS, f))] as [string, Uint8Array]),
    ...generated,
  ];
  // A hang is caught by the per-test timeout; how fast each case runs is measured in npm run bench.
  it.each(all)(
    '%s: its expected error first, every error with a position and a fix, without throwing',
    (name, bytes) => {
      const loaded = loadUpgradeDocument(bytes, `bad/${name}`);
      const findings = checkDocument(loaded, defaultConfig(), () => true);
      const errors = findings.filter((f) => f.severity === 'error');
      const [rule, line, column] = EXPECTED[name]!;
      expect(errors[0]).toMatchObject({ rule, line, column });
      for (const e of errors) {
        expect(e.line).toBeGreaterThanOrEqual(1);
        expect(e.column).toBeGreaterThanOrEqual(1);
        expect(e.file).toBe(`bad/${name}`);
        expect(e.message).toMatch(/: |, e\.g\./); // every message says what to do after saying what is wrong
      }
    },
  );

  it('a __proto__ key is refused where it is written, and no value is handed on', () => {
    const loaded = loadUpgradeDocument(readFileSync(join(CORPUS, '18-proto-key.yaml')), 'x.yaml');
    const text = readFileSync(join(CORPUS, '18-proto-key.yaml'), 'utf8').split('\n');
    const line = text.findIndex((l) => l.includes('__proto__')) + 1;
    expect(loaded.findings).toEqual([
      expect.objectContaining({
        rule: 'yaml.forbidden-key',
        severity: 'error',
        line,
        column: text[line - 1]!.indexOf('__proto__') + 1,
      }),
    ]);
    expect(loaded.findings[0]!.message).toContain('the key "__proto__" is not allowed');
    expect(loaded.doc).toBeUndefined();
  });
});

describe('exact positions', () => {
  it('a missing key points at its parent mapping key', () => {
    const text = REGULAR.replace('  end: 2026-12-03T22:00\n', '');
    const [f] = loadUpgradeDocument(text, 'x.yaml').findings;
    expect(f).toMatchObject({ rule: 'schema', line: 16, column: 1 });
    expect(f!.message).toBe(
      'window.end is missing: add when the upgrade must be finished, after window.start, e.g. 2026-11-26T22:00',
    );
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
