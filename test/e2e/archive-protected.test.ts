import { beforeEach, describe, expect, it } from 'vitest';
import { exampleUpgrade, openUpgradePull } from '../emulator/seed.js';
import type { GitHubEmulator } from '../emulator/server.js';
import { useEmulator } from './emulator-fixture.js';
import { runAction } from './run-action.js';

const env = useEmulator();
let emu: GitHubEmulator;
let api: string;
beforeEach(() => ({ emu, api } = env));

const ours = (sha: string) =>
  (emu.statuses.get(sha) ?? []).filter((s) => s.context === 'upgrade-gate').map((s) => s.state);
const event = (action: string, n: number) => emu.pullEvent('pull_request_target', action, n);
const RECORD = 'archive/2026/12/2026-12-02-billing-2.4.0-pr8.json';

describe('the archive is not PR content', () => {
  it('a PR that adds a made-up record fails; merged on a Wednesday anyway, the real record is written with its violations', async () => {
    const doc = exampleUpgrade('regular');
    const head = openUpgradePull(emu, {
      number: 8,
      files: { [doc.path]: doc.text, [RECORD]: '{"sequence": 1, "violations": []}\n' },
    });
    const r = await runAction({
      apiUrl: api,
      event: 'pull_request_target',
      payload: event('opened', 8),
      at: '2026-12-03 04:00:00',
    });
    expect(ours(head)).toEqual(['failure']);
    expect(String(emu.comments.get(8)![0]!.body)).toContain('archive.protected');
    expect(r.code).toBe(1);
    emu.merge(8, 'bob-ops', '2026-12-02T04:00:00Z');
    const merged = await runAction({
      apiUrl: api,
      event: 'pull_request_target',
      payload: event('closed', 8),
      at: '2026-12-02 04:01:00',
    });
    expect(merged.stdout).not.toMatch(/already holds/);
    const record = JSON.parse(emu.filesAt('main').get(RECORD)!);
    expect(record.violations.map((v: { rule: string }) => v.rule).sort()).toEqual([
      'archive.protected',
      'merge.weekday',
      'notice.lead-time',
    ]);
    expect(record.pull_request.number).toBe(8);
    expect(merged.code).toBe(1);
  });

  it('a PR with no upgrade document that deletes the archive fails', async () => {
    const doc = exampleUpgrade('regular');
    openUpgradePull(emu, { number: 7, files: { [doc.path]: doc.text } });
    emu.merge(7, 'bob-ops', '2026-12-03T04:00:00Z');
    await runAction({
      apiUrl: api,
      event: 'pull_request_target',
      payload: event('closed', 7),
      at: '2026-12-03 04:00:05',
    });
    const archived = [...emu.filesAt('main').keys()].filter((p) => p.startsWith('archive/'));
    expect(archived.length).toBe(4);
    const head = openUpgradePull(emu, {
      number: 9,
      files: Object.fromEntries(archived.map((p) => [p, null])),
      approvedAt: null,
    });
    const r = await runAction({
      apiUrl: api,
      event: 'pull_request_target',
      payload: event('opened', 9),
      at: '2026-12-03 05:00:00',
    });
    expect(ours(head)).toEqual(['failure']);
    expect(String(ours(head).length)).toBe('1');
    expect(String(emu.statuses.get(head)![0]!.description)).toMatch(/archive/);
    expect(r.code).toBe(1);
  });
});
