import { describe, expect, it } from 'vitest';
import { evaluate } from '../../../src/policy/evaluate.js';
import { CONFIG, snapshot } from '../snapshot-fixture.js';

describe('merge.window', () => {
  it('merge-window: true allows the merge only inside the document window', () => {
    const config = `${CONFIG}merge-window: true\n`;
    const before = evaluate(snapshot({ now: '2026-12-03T11:00:00Z', config: { path: 'c.yml', text: config } }));
    expect(before.findings.map((f) => f.rule)).toEqual(['merge.window']);
    expect(before.window.nextFlipText).toBe('opens Thursday 2026-12-03 20:00 Asia/Shanghai (in 1 h 0 min)');
    expect(evaluate(snapshot({ now: '2026-12-03T12:30:00Z', config: { path: 'c.yml', text: config } })).outcome).toBe('pass');
  });
});
