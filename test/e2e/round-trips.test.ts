import { describe, expect, it } from 'vitest';
import { exampleUpgrade, openUpgradePull } from '../emulator/seed.js';
import { roundsOf, sequentialRounds } from '../emulator/rounds.js';
import { useEmulator } from './emulator-fixture.js';
import { runAction } from './run-action.js';

const env = useEmulator();

// With a fixed delay on every answer, reads that go out together overlap and reads that wait for
// another do not: the emulator's record of each request's arrival and answer counts the round trips.
describe('round trips of a typical evaluation (one document, two roles, members from the configuration)', () => {
  it('at most 5 sequential round trips and 10 calls, the reads that depend on nothing else going out together', async () => {
    const { emu, api } = env;
    const doc = exampleUpgrade('regular');
    openUpgradePull(emu, { number: 7, files: { [doc.path]: doc.text }, title: 'Upgrade billing to 2.4.0' });
    emu.latencyMs = 60;
    const before = emu.requests.length;
    const r = await runAction({
      apiUrl: api,
      event: 'pull_request_target',
      payload: emu.pullEvent('pull_request_target', 'synchronize', 7),
      at: '2026-12-03 12:00:00',
    });
    expect(r.code, r.stdout).toBe(0);
    const requests = emu.requests.slice(before);
    const t0 = requests[0]?.arrivedAt ?? 0;
    const account = roundsOf(requests).map((round) =>
      round
        .map((q) => `${q.method} ${q.path} [${(q.arrivedAt - t0).toFixed(0)}-${(q.answeredAt - t0).toFixed(0)}]`)
        .join(' + '),
    );
    expect(sequentialRounds(requests), account.join('\n')).toBeLessThanOrEqual(5);
    expect(requests.length, account.join('\n')).toBeLessThanOrEqual(10);
    // The approvals' base check reads the issue events in the round of CODEOWNERS: no round more.
    expect(account[2]).toMatch(/issues\/7\/events/);
    // The first round already holds the policy, the comparison with the base and the comments.
    expect(account[0]).toMatch(/upgrade-gate\.yml/);
    expect(account[0]).toMatch(/compare/);
    expect(account[0]).toMatch(/comments/);
  });
});

describe('round trips with team membership from the API (roles.<role>.owners listing teams, no members)', () => {
  it('the team listings go out in the same round as CODEOWNERS: still at most 5 round trips, one call per team more', async () => {
    const { emu, api, main } = env;
    const cfg = emu.commits
      .get(main)!
      .files.get('.github/upgrade-gate.yml')!
      .replace(/\n    members: \[[^\]]*\]/g, '');
    emu.refs.set(
      'heads/main',
      emu.commit(main, { '.github/upgrade-gate.yml': cfg }, 'roles from teams only', 'li-lei'),
    );
    emu.teams.set('acme/rd-center-leads', new Set(['li-lei']));
    emu.teams.set('acme/gm-office', new Set(['han-meimei']));
    emu.readableTeams.add('acme/rd-center-leads').add('acme/gm-office');
    const doc = exampleUpgrade('regular');
    openUpgradePull(emu, { number: 7, files: { [doc.path]: doc.text }, title: 'Upgrade billing to 2.4.0' });
    emu.latencyMs = 60;
    const before = emu.requests.length;
    const r = await runAction({
      apiUrl: api,
      event: 'pull_request_target',
      payload: emu.pullEvent('pull_request_target', 'synchronize', 7),
      at: '2026-12-03 12:00:00',
    });
    expect(r.code, r.stdout).toBe(0);
    const requests = emu.requests.slice(before);
    const rounds = roundsOf(requests);
    const account = rounds.map((round) => round.map((q) => `${q.method} ${q.path}`).join(' + '));
    expect(sequentialRounds(requests), account.join('\n')).toBeLessThanOrEqual(5);
    expect(requests.length, account.join('\n')).toBeLessThanOrEqual(12);
    const withTeams = account.filter((a) => /\/teams\/[^/]+\/members/.test(a));
    expect(withTeams, account.join('\n')).toHaveLength(1);
    expect(withTeams[0]).toMatch(/CODEOWNERS/);
  });
});
