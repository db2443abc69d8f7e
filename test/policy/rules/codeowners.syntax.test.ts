import { describe, expect, it } from 'vitest';
import { evaluate } from '../../../src/policy/evaluate.js';
import { snapshot } from '../snapshot-fixture.js';

describe('codeowners.syntax', () => {
  it('CODEOWNERS syntax errors are warnings with their line', () => {
    const v = evaluate(
      snapshot({
        codeowners: { path: 'CODEOWNERS', text: '/upgrades/ @acme/rd-center-leads @acme/gm-office\n!x @a\n' },
      }),
    );
    expect(v.findings).toEqual([expect.objectContaining({ rule: 'codeowners.syntax', line: 2, severity: 'warning' })]);
  });
});
