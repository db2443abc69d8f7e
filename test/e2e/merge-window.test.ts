import { beforeEach, describe, expect, it } from 'vitest';
import { exampleUpgrade, openUpgradePull } from '../emulator/seed.js';
import type { GitHubEmulator } from '../emulator/server.js';
import { readable } from '../report/inert.js';
import { useEmulator } from './emulator-fixture.js';
import { runAction } from './run-action.js';

const env = useEmulator();
let emu: GitHubEmulator;
let api: string;
beforeEach(() => ({ emu, api } = env));

const ours = (sha: string) =>
  (emu.statuses.get(sha) ?? []).filter((s) => s.context === 'upgrade-gate').map((s) => s.state);
const event = (action: string, n: number) => emu.pullEvent('pull_request_target', action, n);
const body = (n: number) => readable(String(emu.comments.get(n)![0]!.body));
const doc = exampleUpgrade('regular');
/** The example document (window Thursday 2026-12-03 20:00–22:00, notice Wednesday 10:00, gray test Tuesday 16:00) with another window or notice. */
const moved = (start: string, end: string, announced: string) =>
  doc.text
    .replace('start: 2026-12-03T20:00', `start: ${start}`)
    .replace('end: 2026-12-03T22:00', `end: ${end}`)
    .replace('announced_at: 2026-12-02T10:00', `announced_at: ${announced}`);
/** The policy on main, changed. */
function policy(change: (config: string) => string): void {
  const config = emu.filesAt('main').get('.github/upgrade-gate.yml')!;
  const changed = change(config);
  expect(changed).not.toBe(config);
  emu.refs.set(
    'heads/main',
    emu.commit(emu.refs.get('heads/main')!, { '.github/upgrade-gate.yml': changed }, 'policy change', 'li-lei'),
  );
}

describe('the merge happens in the declared window (by default, the local day of the window until window.end)', () => {
  it('a document declaring 2026-12-10 merged on Thursday 2026-12-03 fails, and the merge is recorded as a violation', async () => {
    const head = openUpgradePull(emu, {
      number: 7,
      files: { [doc.path]: moved('2026-12-10T20:00', '2026-12-10T22:00', '2026-12-02T10:00') },
    });
    const r = await runAction({
      apiUrl: api,
      event: 'pull_request_target',
      payload: event('opened', 7),
      at: '2026-12-03 04:00:00',
    });
    expect(ours(head)).toEqual(['failure']);
    expect(body(7)).toMatch(
      /merge\.window.*outside the document's window for merging \(Thursday 2026-12-10 00:00 to Thursday 2026-12-10 22:00\)/,
    );
    expect(body(7)).toContain('opens Thursday 2026-12-10 00:00');
    expect(r.code).toBe(1);
    emu.merge(7, 'bob-ops', '2026-12-03T04:10:00Z');
    const merged = await runAction({
      apiUrl: api,
      event: 'pull_request_target',
      payload: event('closed', 7),
      at: '2026-12-03 04:10:05',
    });
    const file = [...emu.filesAt('main').keys()].find((p) => /-pr7\.json$/.test(p))!;
    const record = JSON.parse(emu.filesAt('main').get(file)!) as { violations: Array<{ rule: string }> };
    expect(record.violations.map((v) => v.rule)).toContain('merge.window');
    expect(merged.code).toBe(1);
  }, 180_000);

  it('a window already past fails, saying it never opens again', async () => {
    const head = openUpgradePull(emu, { number: 7, files: { [doc.path]: doc.text } });
    const r = await runAction({
      apiUrl: api,
      event: 'pull_request_target',
      payload: event('opened', 7),
      at: '2026-12-10 04:00:00',
    });
    expect(ours(head)).toEqual(['failure']);
    expect(body(7)).toMatch(/merge\.window.*the document's window is over.*write a new document with a new NO\./);
    expect(r.code).toBe(1);
  }, 120_000);

  it('a merge at 01:00 before the notice period it claims is over fails', async () => {
    // Announced Wednesday 20:00, 24 hours before the window: enough for the window, not for a merge at Thursday 01:00.
    const head = openUpgradePull(emu, {
      number: 7,
      files: { [doc.path]: moved('2026-12-03T20:00', '2026-12-03T22:00', '2026-12-02T20:00') },
    });
    const r = await runAction({
      apiUrl: api,
      event: 'pull_request_target',
      payload: event('opened', 7),
      at: '2026-12-02 17:00:00',
    });
    expect(ours(head)).toEqual(['failure']);
    expect(body(7)).toMatch(
      /notice\.lead-time.*the merge at Thursday 2026-12-03 01:00 .*less than 12 hours after notification\.announced_at \(2026-12-02T20:00\).*merge no earlier than Thursday 2026-12-03 08:00/,
    );
    expect(r.code).toBe(1);
  }, 120_000);

  it('with merge-days: [tuesday, thursday], a Thursday upgrade does not merge on Tuesday, before its gray test', async () => {
    policy((c) => c.replace('merge-days: [thursday]', 'merge-days: [tuesday, thursday]'));
    const head = openUpgradePull(emu, { number: 7, files: { [doc.path]: doc.text } });
    const r = await runAction({
      apiUrl: api,
      event: 'pull_request_target',
      payload: event('opened', 7),
      at: '2026-12-01 02:00:00',
    });
    expect(ours(head)).toEqual(['failure']);
    const text = body(7);
    expect(text).toMatch(/merge\.window.*Tuesday 2026-12-01 10:00 is outside the document's window for merging/);
    expect(text).toMatch(
      /gray-test\.before-window.*gray_test\.completed \(2026-12-01T16:00\) is after the merge at Tuesday 2026-12-01 10:00/,
    );
    expect(r.code).toBe(1);
  }, 120_000);

  it('with merge-window: true, a Thursday 22:00–02:00 window is open at Friday 00:30', async () => {
    policy((c) => `${c}merge-window: true\n`);
    const head = openUpgradePull(emu, {
      number: 8,
      files: { [doc.path]: moved('2026-12-03T22:00', '2026-12-04T02:00', '2026-12-02T10:00') },
    });
    const r = await runAction({
      apiUrl: api,
      event: 'pull_request_target',
      payload: event('opened', 8),
      at: '2026-12-03 16:30:00',
    });
    expect(ours(head)).toEqual(['success']);
    expect(body(8)).toContain('closes Friday 2026-12-04 02:00');
    expect(r.code).toBe(0);
  }, 120_000);

  it('two documents whose windows share no instant fail, whatever the moment', async () => {
    const other = moved('2026-12-10T20:00', '2026-12-10T22:00', '2026-12-02T10:00').replace(
      /id: UPG-2026-1203-01/,
      'id: UPG-2026-1210-01',
    );
    const head = openUpgradePull(emu, {
      number: 7,
      files: { [doc.path]: doc.text, 'upgrades/2026-12-10-billing-2.5.0.yaml': other },
    });
    const r = await runAction({
      apiUrl: api,
      event: 'pull_request_target',
      payload: event('opened', 7),
      at: '2026-12-03 04:00:00',
    });
    expect(ours(head)).toEqual(['failure']);
    expect(body(7)).toMatch(/merge\.window.*the documents' windows have no instant in common/);
    expect(r.code).toBe(1);
  }, 120_000);
});
