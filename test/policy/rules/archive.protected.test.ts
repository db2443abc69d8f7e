import { describe, expect, it } from 'vitest';
import { evaluate } from '../../../src/policy/evaluate.js';
import { REGULAR_PATH, snapshot } from '../snapshot-fixture.js';

describe('archive.protected', () => {
  it('a PR that adds a file under archive/ fails, naming it', () => {
    const v = evaluate(snapshot({ changedFiles: [REGULAR_PATH, 'archive/2026/12/2026-12-02-billing-2.4.0-pr8.json'] }));
    expect(v.outcome).toBe('fail');
    expect(v.findings.find((f) => f.rule === 'archive.protected')!.message).toContain(
      'archive/2026/12/2026-12-02-billing-2.4.0-pr8.json',
    );
  });
  it('a PR without any upgrade document that deletes the archive fails too', () => {
    const v = evaluate(
      snapshot({ documents: [], changedFiles: ['archive/chain-head.json', 'archive/2026/README.md'] }),
    );
    expect(v.outcome).toBe('fail');
    expect(v.summary).toMatch(/^1 problem: .*archive\/chain-head\.json/);
  });
  it('a PR that only reads like the archive passes (archived/ is another folder)', () => {
    expect(evaluate(snapshot({ documents: [], changedFiles: ['archived/x.md', 'docs/archive/y.md'] })).outcome).toBe(
      'pass',
    );
  });
});
