import { beforeEach, describe, expect, it } from 'vitest';
import { roundsOf, sequentialRounds } from '../emulator/rounds.js';
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
const body = (n: number) => readable(String(emu.comments.get(n)![0]!.body));
const doc = exampleUpgrade('emergency');
const approvedAt: [string, string] = ['2026-11-25T11:00:00Z', '2026-11-25T11:30:00Z'];

describe('the emergency label is applied by someone allowed to', () => {
  it('the PR author (with triage rights) applying it gets no bypass: failure, naming who may apply it', async () => {
    const head = openUpgradePull(emu, {
      number: 9,
      files: { [doc.path]: doc.text },
      label: { name: 'emergency', by: 'alice-dev', at: '2026-11-25T02:00:00Z' },
      approvedAt,
    });
    const r = await runAction({
      apiUrl: api,
      event: 'pull_request_target',
      payload: emu.pullEvent('pull_request_target', 'labeled', 9),
      at: '2026-11-25 13:30:00',
    });
    expect(ours(head)).toEqual(['failure']);
    expect(body(9)).toMatch(
      /emergency\.applier.*applied by the PR author @alice-dev.*only a member of the General Manager's Office \(@acme\/gm-office\) may apply it/,
    );
    expect(body(9)).toContain('merge.weekday');
    expect(r.outputs['upgrade-type']).toBe('emergency');
    expect(r.code).toBe(1);
  }, 120_000);

  it('an ops engineer outside the role applying it gets no bypass either', async () => {
    const head = openUpgradePull(emu, {
      number: 9,
      files: { [doc.path]: doc.text },
      label: { name: 'emergency', by: 'bob-ops', at: '2026-11-25T02:00:00Z' },
      approvedAt,
    });
    const r = await runAction({
      apiUrl: api,
      event: 'pull_request_target',
      payload: emu.pullEvent('pull_request_target', 'labeled', 9),
      at: '2026-11-25 13:30:00',
    });
    expect(ours(head)).toEqual(['failure']);
    expect(body(9)).toMatch(/applied by @bob-ops, who is not a member of the General Manager's Office/);
    expect(r.code).toBe(1);
  }, 120_000);

  it('a re-run of an old event reads the labels as they are now: a label removed since grants nothing', async () => {
    const head = openUpgradePull(emu, {
      number: 9,
      files: { [doc.path]: doc.text },
      label: { name: 'emergency', by: 'han-meimei', at: '2026-11-25T02:00:00Z' },
      approvedAt,
    });
    const payload = emu.pullEvent('pull_request_target', 'labeled', 9);
    emu.unlabel(9, 'emergency', 'han-meimei', '2026-11-25T12:00:00Z');
    expect((payload.pull_request as { labels: Array<{ name: string }> }).labels.map((l) => l.name)).toEqual([
      'emergency',
    ]);
    const r = await runAction({ apiUrl: api, event: 'pull_request_target', payload, at: '2026-11-25 13:30:00' });
    expect(ours(head)).toEqual(['failure']);
    expect(body(9)).toMatch(/emergency\.label.*lacks the "emergency" label/);
    expect(r.code).toBe(1);
  }, 120_000);

  it("a label the General Manager's Office applied after the event is read too, with no round trip more than a typical run", async () => {
    const head = openUpgradePull(emu, { number: 9, files: { [doc.path]: doc.text }, approvedAt });
    const payload = emu.pullEvent('pull_request_target', 'synchronize', 9);
    emu.label(9, 'emergency', 'han-meimei', '2026-11-25T12:00:00Z');
    emu.latencyMs = 60;
    const before = emu.requests.length;
    const r = await runAction({ apiUrl: api, event: 'pull_request_target', payload, at: '2026-11-25 13:30:00' });
    expect(ours(head)).toEqual(['success']);
    expect(body(9)).toContain('applied by @han-meimei');
    expect(r.code).toBe(0);
    const requests = emu.requests.slice(before);
    const account = roundsOf(requests).map((round) => round.map((q) => `${q.method} ${q.path}`).join(' + '));
    expect(sequentialRounds(requests), account.join('\n')).toBeLessThanOrEqual(5);
    // Read with CODEOWNERS, once the document said it is an emergency: never a round of its own.
    const events = requests.find((q) => q.path.endsWith('/events'))!;
    const codeowners = requests.find((q) => q.path.includes('CODEOWNERS'))!;
    expect(events.arrivedAt, account.join('\n')).toBeLessThan(codeowners.answeredAt);
    expect(events.arrivedAt, account.join('\n')).toBeGreaterThanOrEqual(
      requests.find((q) => q.path.endsWith('/reviews'))!.answeredAt,
    );
  }, 120_000);

  it('with the label in the payload, its events go out with the documents and the reviews', async () => {
    openUpgradePull(emu, {
      number: 9,
      files: { [doc.path]: doc.text },
      label: { name: 'emergency', by: 'han-meimei', at: '2026-11-25T02:00:00Z' },
      approvedAt,
    });
    emu.latencyMs = 60;
    const before = emu.requests.length;
    const r = await runAction({
      apiUrl: api,
      event: 'pull_request_target',
      payload: emu.pullEvent('pull_request_target', 'labeled', 9),
      at: '2026-11-25 13:30:00',
    });
    expect(r.code, r.stdout).toBe(0);
    const requests = emu.requests.slice(before);
    const account = roundsOf(requests).map((round) => round.map((q) => `${q.method} ${q.path}`).join(' + '));
    expect(sequentialRounds(requests), account.join('\n')).toBeLessThanOrEqual(5);
    // Sent before the reviews were answered: the same round, never one of its own.
    const events = requests.find((q) => q.path.endsWith('/events'))!;
    const reviews = requests.find((q) => q.path.endsWith('/reviews'))!;
    expect(events.arrivedAt, account.join('\n')).toBeLessThan(reviews.answeredAt);
  }, 120_000);
});
