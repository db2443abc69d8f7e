import { describe, expect, it } from 'vitest';
import { evaluate } from '../../../src/policy/evaluate.js';
import { snapshot } from '../snapshot-fixture.js';

describe('codeowners.coverage', () => {
  it('codeowners.coverage names the role and the line that fixes it', () => {
    const v = evaluate(snapshot({ codeowners: { path: '.github/CODEOWNERS', text: '/upgrades/ @acme/rd-center-leads\n' } }));
    const f = v.findings.find((x) => x.rule === 'codeowners.coverage')!;
    expect(f).toMatchObject({ file: '.github/CODEOWNERS', line: 1 });
    expect(f.message).toContain('"/upgrades/ @acme/rd-center-leads @acme/gm-office"');
  });
});
