import { describe, expect, it } from 'vitest';
import { evaluate } from '../../../src/policy/evaluate.js';
import { snapshot } from '../snapshot-fixture.js';

describe('codeowners.coverage', () => {
  it('codeowners.coverage names the role and the line that fixes it', () => {
    const v = evaluate(
      snapshot({ codeowners: { path: '.github/CODEOWNERS', text: '/upgrades/ @acme/rd-center-leads\n' } }),
    );
    const f = v.findings.find((x) => x.rule === 'codeowners.coverage')!;
    expect(f).toMatchObject({ file: '.github/CODEOWNERS', line: 1 });
    expect(f.message).toContain('"/upgrades/ @acme/rd-center-leads @acme/gm-office"');
  });
  it('codeowners.coverage proposes one line that satisfies every role, since the last matching line decides', () => {
    const v = evaluate(snapshot({ codeowners: { path: '.github/CODEOWNERS', text: '* @acme/platform\n' } }));
    const found = v.findings.filter((x) => x.rule === 'codeowners.coverage');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ file: '.github/CODEOWNERS', line: 1 });
    expect(found[0]!.message).toContain(
      "which includes no owner of the R&D center lead (@acme/rd-center-leads) and the General Manager's Office (@acme/gm-office)",
    );
    const fix = /add the line "([^"]+)"/.exec(found[0]!.message)![1]!;
    expect(fix).toBe('/upgrades/ @acme/platform @acme/rd-center-leads @acme/gm-office');
    // Appended as told, the line leaves nothing to report.
    const fixed = evaluate(
      snapshot({ codeowners: { path: '.github/CODEOWNERS', text: `* @acme/platform\n${fix}\n` } }),
    );
    expect(fixed.findings.filter((x) => x.rule === 'codeowners.coverage')).toEqual([]);
  });
  it('codeowners.coverage says plainly when no line matches or the matching line names no owner', () => {
    const unmatched = evaluate(
      snapshot({ codeowners: { path: '.github/CODEOWNERS', text: '/docs/ @acme/writers\n' } }),
    ).findings.find((x) => x.rule === 'codeowners.coverage')!;
    expect(unmatched.message).toMatch(
      /^no CODEOWNERS line matches upgrades\/[^ ]+, so it has no code owner and GitHub requests no review from the R&D center lead/,
    );
    expect(unmatched.message).not.toContain('which includes no owner');
    const ownerless = evaluate(
      snapshot({
        codeowners: { path: '.github/CODEOWNERS', text: '* @acme/rd-center-leads @acme/gm-office\n/upgrades/\n' },
      }),
    ).findings.find((x) => x.rule === 'codeowners.coverage')!;
    expect(ownerless).toMatchObject({ line: 2 });
    expect(ownerless.message).toMatch(/matches CODEOWNERS line 2, which names no owner/);
  });
});
