import { describe, expect, it } from 'vitest';
import { evaluate } from '../../../src/policy/evaluate.js';
import { edit, REGULAR } from '../../helpers.js';
import { REGULAR_PATH, snapshot } from '../snapshot-fixture.js';

const RECORD = 'archive/2026/12/2026-12-03-billing-2.4.0-pr7.json';
const history = {
  archived: [{ path: REGULAR_PATH, id: 'UPG-2026-1203-01', record: RECORD }],
  base: [{ path: REGULAR_PATH, id: 'UPG-2026-1203-01' }],
};

describe('document.archived', () => {
  it('editing an archived document fails on its NO., naming the record and the fix', () => {
    const v = evaluate(
      snapshot({ documents: [{ path: REGULAR_PATH, text: edit(REGULAR, 'to: "2.4.0"', 'to: "2.4.1"') }], history }),
    );
    const f = v.findings.find((x) => x.rule === 'document.archived')!;
    expect(f).toMatchObject({ severity: 'error', file: REGULAR_PATH, line: 4 });
    expect(f.message).toContain(RECORD);
    expect(f.message).toMatch(/write a new document with a new NO\./);
    expect(v.outcome).toBe('fail');
  });
  it('deleting or renaming one fails even when the PR has no document left', () => {
    const v = evaluate(snapshot({ documents: [], changedFiles: [REGULAR_PATH, 'old/billing.yaml'], history }));
    expect(v.outcome).toBe('fail');
    expect(v.findings.map((x) => `${x.rule} ${x.file}`)).toEqual([`document.archived ${REGULAR_PATH}`]);
  });
  it('the policy cannot switch it off', () => {
    const v = evaluate(
      snapshot({
        documents: [],
        changedFiles: [REGULAR_PATH],
        history,
        config: {
          path: '.github/upgrade-gate.yml',
          text: `${snapshot().config.text}\nrules:\n  document.archived: off\n`,
        },
      }),
    );
    expect(v.outcome).not.toBe('pass');
  });
  it('a document no record names may change, and other PRs pass', () => {
    expect(
      evaluate(
        snapshot({ history: { archived: [{ path: 'upgrades/other.yaml', id: 'UPG-1', record: RECORD }], base: [] } }),
      ).outcome,
    ).toBe('pass');
  });
  it('in zh-CN the message says the same', () => {
    const v = evaluate(snapshot({ documents: [], changedFiles: [REGULAR_PATH], history, language: 'zh-CN' }));
    expect(v.findings[0]!.message).toMatch(/已归档.*新编号/);
  });
});
