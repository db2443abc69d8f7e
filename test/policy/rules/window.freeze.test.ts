import { describe, expect, it } from 'vitest';
import { evaluate } from '../../../src/policy/evaluate.js';
import { CONFIG, snapshot } from '../snapshot-fixture.js';

describe('window.freeze', () => {
  it('a freeze that spans a year end closes Thursdays inside it and names the freeze', () => {
    const config = `${CONFIG}merge-window: off\n`.replace(
      'freezes:\n',
      'freezes:\n  - name: Year end\n    from: "2026-12-28"\n    to: "2027-01-05"\n',
    );
    const v = evaluate(
      snapshot({ now: '2026-12-31T04:00:00Z', config: { path: '.github/upgrade-gate.yml', text: config } }),
    );
    expect(v.findings.map((f) => f.rule)).toEqual(['window.freeze']);
    expect(v.findings[0]!.message).toContain('"Year end" (2026-12-28 to 2027-01-05)');
    // The first Thursday after the freeze ends (Tuesday 2027-01-05) is 2027-01-07.
    expect(v.window.nextFlipText).toMatch(/^opens Thursday 2027-01-07 00:00 Asia\/Shanghai/);
  });
});
