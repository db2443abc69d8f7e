import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers.js';

describe('npm run demo', () => {
  it('shows a Wednesday failure, a Thursday success and an emergency, with no OpenAPI violation', () => {
    const r = spawnSync(process.execPath, ['scripts/demo.mjs'], { cwd: ROOT, encoding: 'utf8' });
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/Wednesday 2026-12-02 20:00[\s\S]*status upgrade-gate on [0-9a-f]{7}: failure — 1 problem; window closed, opens Thursday 2026-12-03 00:00 Asia\/Shanghai \(in 4 h 0 min\)/);
    expect(r.stdout).toMatch(/Thursday 2026-12-03 20:00[\s\S]*: success — Ready/);
    expect(r.stdout).toMatch(/emergency[\s\S]*outputs: verdict=pass upgrade-type=emergency/);
    expect(r.stdout).toContain('<!-- upgrade-gate:sticky-comment -->');
    expect(r.stdout).toContain('archive-path=archive/2026/12/2026-12-03-billing-2.4.0-pr7.json');
    expect(r.stdout).toContain('upgrade-gate verify on that archive: 1 record verified: the archive is intact');
    expect(r.stdout).toMatch(/after changing merged_by in the record: exit 1: .*the record was edited after it was written/);
    expect(r.stdout).not.toContain('OpenAPI violations');
  });
});
