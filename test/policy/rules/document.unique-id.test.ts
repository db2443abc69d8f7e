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
    const findings = checkDocument(loaded, defaultConfig(), () => true, new Map([['UPG-2026-1203-01', 'upgrades/a.yaml']]));
    expect(findings).toEqual([expect.objectContaining({ rule: 'document.unique-id', severity: 'error', file: 'upgrades/b.yaml', line: 4, column: 5 })]);
    expect(findings[0]!.message).toBe('id UPG-2026-1203-01 is also used by upgrades/a.yaml: each upgrade needs its own approval form NO.');
  });
  it('the Action enforces it too: two documents of one PR with the same NO.', () => {
    const copy = edit(REGULAR, 'system: billing', 'system: billing-eu');
    const v = evaluate(snapshot({ documents: [{ path: REGULAR_PATH, text: REGULAR }, { path: 'upgrades/z.yaml', text: copy }], changedFiles: [REGULAR_PATH, 'upgrades/z.yaml'] }));
    expect(v.findings.map((f) => `${f.file} ${f.rule}`)).toEqual(['upgrades/z.yaml document.unique-id']);
    expect(v.outcome).toBe('fail');
  });
  it('different NO.s pass', () => {
    const loaded = loadUpgradeDocument(REGULAR, 'upgrades/b.yaml');
    expect(checkDocument(loaded, defaultConfig(), () => true, new Map([['UPG-OTHER', 'upgrades/a.yaml']]))).toEqual([]);
  });
});
