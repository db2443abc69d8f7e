import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { exampleUpgrade, seedMain } from '../emulator/seed.js';
import { GitHubEmulator } from '../emulator/server.js';
import { runAction } from './run-action.js';

let emu: GitHubEmulator;
let main: string;
let api: string;

beforeEach(async () => {
  emu = new GitHubEmulator();
  api = await emu.start();
  main = seedMain(emu);
});
afterEach(async () => {
  await emu.stop();
  expect(emu.violations, JSON.stringify(emu.violations, null, 1).slice(0, 3000)).toEqual([]);
});

/** Opens PR #n adding the regular example document, approved by both roles on its head. */
function regularPr(n = 7) {
  const doc = exampleUpgrade('regular');
  const head = emu.commit(main, { [doc.path]: doc.text }, 'billing 2.4.0 upgrade', 'alice-dev');
  emu.openPull({ number: n, title: 'Upgrade billing to 2.4.0', author: 'alice-dev', base: 'main', baseSha: main, head: 'upgrade/billing-2.4.0', headSha: head });
  emu.review(n, 'li-lei', 'APPROVED', head, '2026-12-02T02:00:00Z');
  emu.review(n, 'han-meimei', 'APPROVED', head, '2026-12-02T03:00:00Z');
  return head;
}

const ourStatuses = (sha: string) => (emu.statuses.get(sha) ?? []).filter((s) => s.context === 'upgrade-gate').map((s) => s.state);

describe('the bundled Action against the emulator', () => {
  it('Wednesday 20:00 in Shanghai: failure, one comment, outputs', async () => {
    const head = regularPr();
    const r = await runAction({ apiUrl: api, event: 'pull_request_target', payload: emu.pullEvent('pull_request_target', 'opened', 7), at: '2026-12-02 12:00:00' });
    expect(ourStatuses(head)).toEqual(['failure']);
    const status = emu.statuses.get(head)![0]!;
    expect(String(status.description)).toMatch(/window closed, opens Thursday 2026-12-03 00:00 Asia\/Shanghai \(in 4 h 0 min\)/);
    expect(status.target_url).toBe('https://github.com/acme/deploy/actions/runs/4242');
    expect(emu.comments.get(7)).toHaveLength(1);
    expect(String(emu.comments.get(7)![0]!.body)).toContain('❌ **merge.weekday**');
    expect(r.outputs).toMatchObject({ verdict: 'fail', 'upgrade-type': 'regular', 'next-flip': '2026-12-02T16:00:00.000Z', documents: '["upgrades/2026-12-03-billing-2.4.0.yaml"]' });
    expect(r.summary).toContain('Approval form');
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/::error title=upgrade-gate merge\.weekday::/);
  });

  it('Thursday 20:00 in Shanghai: success, the comment is updated in place, at most 8 REST calls to evaluate', async () => {
    const head = regularPr();
    await runAction({ apiUrl: api, event: 'pull_request_target', payload: emu.pullEvent('pull_request_target', 'opened', 7), at: '2026-12-02 12:00:00' });
    const before = emu.count();
    const r = await runAction({ apiUrl: api, event: 'pull_request_review', payload: emu.pullEvent('pull_request_review', 'submitted', 7), at: '2026-12-03 12:00:00' });
    expect(r.code).toBe(0);
    expect(ourStatuses(head)).toEqual(['failure', 'success']);
    expect(emu.comments.get(7)).toHaveLength(1);
    expect(String(emu.comments.get(7)![0]!.body)).toContain('✅ upgrade-gate: ready to merge');
    expect(r.outputs.verdict).toBe('pass');
    const calls = emu.requests.slice(before);
    const evaluation = calls.filter((c) => c.method === 'GET' && !/\/comments$/.test(c.path));
    expect(evaluation.length, JSON.stringify(calls)).toBeLessThanOrEqual(8);
    expect(calls.length).toBeLessThanOrEqual(11);
    expect(r.stdout).toMatch(new RegExp(`upgrade-gate: ${calls.length} REST calls`));
  });
});
