import { describe, expect, it } from 'vitest';
import { loadUpgradeDocument } from '../../../src/document/load-document.js';
import { defaultConfig } from '../../../src/policy/config.js';
import { checkDocument } from '../../../src/policy/document-rules.js';
import { evaluate } from '../../../src/policy/evaluate.js';
import { edit, REGULAR } from '../../helpers.js';
import { REGULAR_PATH, snapshot } from '../snapshot-fixture.js';

describe('document.unique-id', () => {
  it('a document reusing an earlier approval form NO. is flagged on its id line, naming the other', () => {
    const loaded = loadUpgradeDocument(REGULAR, 'upgrades/b.yaml');
    const findings = checkDocument(
      loaded,
      defaultConfig(),
      () => true,
      new Map([['UPG-2026-1203-01', 'upgrades/a.yaml']]),
    );
    expect(findings).toEqual([
      expect.objectContaining({
        rule: 'document.unique-id',
        severity: 'error',
        file: 'upgrades/b.yaml',
        line: 4,
        column: 5,
      }),
    ]);
    expect(findings[0]!.message).toBe(
      'id UPG-2026-1203-01 is also used by upgrades/a.yaml: each upgrade needs its own approval form NO.',
    );
  });
  it('the Action enforces it too: two documents of one PR with the same NO.', () => {
    const copy = edit(REGULAR, 'system: billing', 'system: billing-eu');
    const v = evaluate(
      snapshot({
        documents: [
          { path: REGULAR_PATH, text: REGULAR },
          { path: 'upgrades/z.yaml', text: copy },
        ],
        changedFiles: [REGULAR_PATH, 'upgrades/z.yaml'],
      }),
    );
    expect(v.findings.map((f) => `${f.file} ${f.rule}`)).toEqual(['upgrades/z.yaml document.unique-id']);
    expect(v.outcome).toBe('fail');
  });
  it('different NO.s pass', () => {
    const loaded = loadUpgradeDocument(REGULAR, 'upgrades/b.yaml');
    expect(checkDocument(loaded, defaultConfig(), () => true, new Map([['UPG-OTHER', 'upgrades/a.yaml']]))).toEqual([]);
  });
});

describe('document.unique-id against the repository', () => {
  const copy = edit(REGULAR, 'system: billing', 'system: billing-eu');
  it('a new document reusing a NO. the archive holds is flagged, naming the record', () => {
    const history = {
      archived: [
        {
          path: 'upgrades/2026-11-26-billing.yaml',
          id: 'UPG-2026-1203-01',
          record: 'archive/2026/11/2026-11-26-billing-2.3.0-pr3.json',
        },
      ],
      base: [],
    };
    const v = evaluate(
      snapshot({ documents: [{ path: 'upgrades/z.yaml', text: copy }], changedFiles: ['upgrades/z.yaml'], history }),
    );
    expect(v.findings.map((f) => `${f.file} ${f.rule}`)).toEqual(['upgrades/z.yaml document.unique-id']);
    expect(v.findings[0]!.message).toContain('archive/2026/11/2026-11-26-billing-2.3.0-pr3.json');
  });
  it('and one reusing the NO. of another document on the base branch', () => {
    const v = evaluate(
      snapshot({
        documents: [{ path: 'upgrades/z.yaml', text: copy }],
        changedFiles: ['upgrades/z.yaml'],
        history: { archived: [], base: [{ path: 'upgrades/a.yaml', id: 'UPG-2026-1203-01' }] },
      }),
    );
    expect(v.findings.map((f) => `${f.file} ${f.rule}`)).toEqual(['upgrades/z.yaml document.unique-id']);
  });
  it("a document's own earlier version, or one the PR renames away, does not count", () => {
    const own = evaluate(
      snapshot({ history: { archived: [], base: [{ path: REGULAR_PATH, id: 'UPG-2026-1203-01' }] } }),
    );
    expect(own.outcome).toBe('pass');
    const renamed = evaluate(
      snapshot({
        documents: [{ path: 'upgrades/z.yaml', text: REGULAR }],
        changedFiles: ['upgrades/z.yaml', REGULAR_PATH],
        history: { archived: [], base: [{ path: REGULAR_PATH, id: 'UPG-2026-1203-01' }] },
      }),
    );
    expect(renamed.findings.filter((f) => f.rule === 'document.unique-id')).toEqual([]);
  });
});
