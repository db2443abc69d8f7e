import { beforeEach, describe, expect, it } from 'vitest';
import { webhookExample } from '../emulator/factories.js';
import { exampleUpgrade, openUpgradePull } from '../emulator/seed.js';
import type { GitHubEmulator } from '../emulator/server.js';
import { readable } from '../report/inert.js';
import { useEmulator } from './emulator-fixture.js';
import { runAction } from './run-action.js';

const env = useEmulator();
let emu: GitHubEmulator;
let main: string;
let api: string;
beforeEach(() => ({ emu, api, main } = env));

/** Opens PR #n adding the regular example document, approved by both roles on its head. */
function regularPr(n = 7) {
  const doc = exampleUpgrade('regular');
  return openUpgradePull(emu, { number: n, files: { [doc.path]: doc.text }, title: 'Upgrade billing to 2.4.0' });
}

const ourStatuses = (sha: string) =>
  (emu.statuses.get(sha) ?? []).filter((s) => s.context === 'upgrade-gate').map((s) => s.state);

describe('the bundled Action against the emulator', () => {
  it('Wednesday 20:00 in Shanghai: failure, one comment, outputs', async () => {
    const head = regularPr();
    const r = await runAction({
      apiUrl: api,
      event: 'pull_request_target',
      payload: emu.pullEvent('pull_request_target', 'opened', 7),
      at: '2026-12-02 12:00:00',
    });
    expect(ourStatuses(head)).toEqual(['failure']);
    const status = emu.statuses.get(head)![0]!;
    expect(String(status.description)).toMatch(
      /window closed, opens Thursday 2026-12-03 00:00 Asia\/Shanghai \(in 4 h 0 min\)/,
    );
    expect(status.target_url).toBe('https://github.com/acme/deploy/actions/runs/4242');
    expect(emu.comments.get(7)).toHaveLength(1);
    expect(String(emu.comments.get(7)![0]!.body)).toContain('❌ **merge.weekday**');
    expect(r.outputs).toMatchObject({
      verdict: 'fail',
      'upgrade-type': 'regular',
      'next-flip': '2026-12-02T16:00:00.000Z',
      documents: '["upgrades/2026-12-03-billing-2.4.0.yaml"]',
    });
    expect(r.summary).toContain('Approval form');
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/::error title=upgrade-gate merge\.weekday::/);
  });

  it('Thursday 20:00 in Shanghai: success, the comment is updated in place, at most 9 REST calls to evaluate', async () => {
    const head = regularPr();
    await runAction({
      apiUrl: api,
      event: 'pull_request_target',
      payload: emu.pullEvent('pull_request_target', 'opened', 7),
      at: '2026-12-02 12:00:00',
    });
    const before = emu.count();
    const r = await runAction({
      apiUrl: api,
      event: 'pull_request_review',
      payload: emu.pullEvent('pull_request_review', 'submitted', 7),
      at: '2026-12-03 12:00:00',
    });
    expect(r.code).toBe(0);
    expect(ourStatuses(head)).toEqual(['failure', 'success']);
    expect(emu.comments.get(7)).toHaveLength(1);
    expect(String(emu.comments.get(7)![0]!.body)).toContain('✅ upgrade-gate: ready to merge');
    expect(r.outputs.verdict).toBe('pass');
    const calls = emu.requests.slice(before);
    const evaluation = calls.filter((c) => c.method === 'GET' && !/\/comments$/.test(c.path));
    // The policy, the comparison, the tree, the document, the reviews, CODEOWNERS, and the issue events
    // (with approvals: whether the base branch changed since).
    expect(evaluation.length, JSON.stringify(calls)).toBeLessThanOrEqual(7);
    expect(calls.length).toBeLessThanOrEqual(11);
    expect(r.stdout).toMatch(new RegExp(`upgrade-gate: ${calls.length} REST calls`));
  });
});

describe('inputs', () => {
  it('fail-on: never keeps the job green while the status still says failure; a bad fail-on is a clear error', async () => {
    const head = regularPr();
    const r = await runAction({
      apiUrl: api,
      event: 'pull_request_target',
      payload: emu.pullEvent('pull_request_target', 'opened', 7),
      at: '2026-12-02 12:00:00',
      inputs: { 'fail-on': 'never' },
    });
    expect(ourStatuses(head)).toEqual(['failure']);
    expect(r.code).toBe(0);
    const bad = await runAction({
      apiUrl: api,
      event: 'pull_request_target',
      payload: emu.pullEvent('pull_request_target', 'opened', 7),
      at: '2026-12-02 12:00:00',
      inputs: { 'fail-on': 'sometimes' },
    });
    expect(bad.stdout).toContain('input fail-on must be error, warning or never, not "sometimes"');
    expect(bad.code).toBe(1);
  });
  it('fail-on: warning fails the job on a warning alone', async () => {
    const doc = exampleUpgrade('regular');
    const head = openUpgradePull(emu, {
      number: 7,
      files: { [doc.path]: doc.text.replace('completed: 2026-12-01T16:00', 'completed: 2026-11-30T16:00') },
    });
    const r = await runAction({
      apiUrl: api,
      event: 'pull_request_target',
      payload: emu.pullEvent('pull_request_target', 'opened', 7),
      at: '2026-12-03 04:00:00',
      inputs: { 'fail-on': 'warning' },
    });
    expect(ourStatuses(head)).toEqual(['success']);
    expect(r.stdout).toContain('::warning title=upgrade-gate gray-test.weekday');
    expect(r.code).toBe(1);
  });
});

describe('events and policy', () => {
  it('an emergency on a Wednesday with the label passes, and the label author is reported', async () => {
    const doc = exampleUpgrade('emergency');
    const head = openUpgradePull(emu, {
      number: 9,
      files: { [doc.path]: doc.text },
      label: { name: 'emergency', by: 'han-meimei', at: '2026-11-25T02:00:00Z' },
      approvedAt: ['2026-11-25T11:00:00Z', '2026-11-25T11:30:00Z'],
    });
    const r = await runAction({
      apiUrl: api,
      event: 'pull_request_target',
      payload: emu.pullEvent('pull_request_target', 'labeled', 9),
      at: '2026-11-25 13:30:00',
    });
    expect(ourStatuses(head)).toEqual(['success']);
    expect(r.outputs['upgrade-type']).toBe('emergency');
    expect(readable(String(emu.comments.get(9)![0]!.body))).toContain('applied by @han-meimei');
    expect(r.code).toBe(0);
  });

  it('a stale approval: the document changed after the approval', async () => {
    const doc = exampleUpgrade('regular');
    const first = emu.commit(main, { [doc.path]: doc.text }, 'billing', 'alice-dev');
    const second = emu.commit(
      first,
      { [doc.path]: doc.text.replace('Faster invoice search', 'Much faster invoice search') },
      'tweak',
      'alice-dev',
    );
    emu.openPull({
      number: 7,
      title: 'billing',
      author: 'alice-dev',
      base: 'main',
      baseSha: main,
      head: 'b',
      headSha: second,
    });
    emu.review(7, 'li-lei', 'APPROVED', second, '2026-12-02T02:00:00Z');
    emu.review(7, 'han-meimei', 'APPROVED', first, '2026-12-01T03:00:00Z');
    const r = await runAction({
      apiUrl: api,
      event: 'pull_request_target',
      payload: emu.pullEvent('pull_request_target', 'synchronize', 7),
      at: '2026-12-03 04:00:00',
    });
    expect(ourStatuses(second)).toEqual(['failure']);
    const body = readable(String(emu.comments.get(7)![0]!.body));
    expect(body).toMatch(
      /approval\.stale.*@han-meimei on commit [0-9a-f]{7} no longer counts: upgrades\/2026-12-03-billing-2\.4\.0\.yaml changed after it/,
    );
    expect(r.code).toBe(1);
  });

  it('a PR that weakens the config on its head branch has no effect: policy comes from the base', async () => {
    const doc = exampleUpgrade('regular');
    const cfg = emu.commits.get(main)!.files.get('.github/upgrade-gate.yml')!;
    const head = openUpgradePull(emu, {
      number: 7,
      files: {
        [doc.path]: doc.text,
        '.github/upgrade-gate.yml': cfg.replace(
          'merge-days: [thursday]',
          'merge-days: [monday, tuesday, wednesday, thursday, friday, saturday, sunday]',
        ),
        CODEOWNERS: '* @alice-dev\n',
      },
    });
    await runAction({
      apiUrl: api,
      event: 'pull_request_target',
      payload: emu.pullEvent('pull_request_target', 'opened', 7),
      at: '2026-12-02 12:00:00',
    });
    expect(ourStatuses(head)).toEqual(['failure']);
    expect(String(emu.comments.get(7)![0]!.body)).toContain('merge.weekday');
    expect(emu.requests.filter((q) => q.path.includes('contents') && q.path.includes('upgrade-gate.yml')).length).toBe(
      1,
    );
  });

  it('a PR without upgrade documents gets success, no comment, and only two calls to decide', async () => {
    const head = openUpgradePull(emu, { number: 11, files: { 'README.md': '# hello\n' }, approvedAt: null });
    const r = await runAction({
      apiUrl: api,
      event: 'pull_request',
      payload: emu.pullEvent('pull_request', 'opened', 11),
      at: '2026-12-02 12:00:00',
    });
    expect(ourStatuses(head)).toEqual(['success']);
    expect(String(emu.statuses.get(head)![0]!.description)).toMatch(/No upgrade document/);
    expect(emu.comments.get(11)).toBeUndefined();
    expect(r.outputs['upgrade-type']).toBe('none');
    expect(emu.count(/^GET /)).toBe(3); // config, the compare with the base, and the comment lookup
    expect(r.code).toBe(0);
  });

  it('merge_group: evaluates the queued PR at queue time and sets the status on the group head', async () => {
    const head = regularPr(104);
    const groupHead = emu.commit(head, {}, 'merge group', 'github');
    const payload: Record<string, unknown> = webhookExample('merge_group', 'checks_requested');
    (payload.merge_group as Record<string, unknown>).head_sha = groupHead;
    const r = await runAction({ apiUrl: api, event: 'merge_group', payload, at: '2026-12-03 04:00:00' });
    expect(ourStatuses(groupHead)).toEqual(['success']);
    expect(r.code).toBe(0);
  });

  it('merge_group with a ref that names no PR sets error, never success', async () => {
    const groupHead = emu.commit(main, {}, 'merge group', 'github');
    const payload: Record<string, unknown> = webhookExample('merge_group', 'checks_requested');
    Object.assign(payload.merge_group as Record<string, unknown>, {
      head_sha: groupHead,
      head_ref: 'refs/heads/gh-readonly-queue/main/something-else',
    });
    const r = await runAction({ apiUrl: api, event: 'merge_group', payload, at: '2026-12-03 04:00:00' });
    expect(ourStatuses(groupHead)).toEqual(['error']);
    expect(r.code).toBe(1);
  });

  it('merge_group with an odd payload does not crash', async () => {
    const r = await runAction({
      apiUrl: api,
      event: 'merge_group',
      payload: { action: 'checks_requested', merge_group: {} },
      at: '2026-12-03 04:00:00',
    });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('no head_sha or head_ref');
  });

  it('schedule over several PRs on one base reads the policy once', async () => {
    regularPr(7);
    regularPr(8);
    await runAction({ apiUrl: api, event: 'schedule', payload: { schedule: '0 16 * * 3' }, at: '2026-12-02 16:00:30' });
    expect(
      emu.requests.filter(
        (q) => q.method === 'GET' && decodeURIComponent(q.path).endsWith('/contents/.github/upgrade-gate.yml'),
      ).length,
    ).toBe(1);
    expect(emu.requests.filter((q) => q.method === 'GET' && q.path.includes('/git/trees/')).length).toBe(1);
  });

  it('schedule: Thursday 00:00 flips a waiting PR to success, and a second run changes nothing', async () => {
    const head = regularPr();
    await runAction({
      apiUrl: api,
      event: 'pull_request_target',
      payload: emu.pullEvent('pull_request_target', 'opened', 7),
      at: '2026-12-02 12:00:00',
    });
    await runAction({ apiUrl: api, event: 'schedule', payload: { schedule: '0 16 * * 3' }, at: '2026-12-02 16:00:30' });
    expect(ourStatuses(head)).toEqual(['failure', 'success']);
    await runAction({ apiUrl: api, event: 'schedule', payload: { schedule: '5 16 * * 3' }, at: '2026-12-02 16:05:00' });
    expect(ourStatuses(head)).toEqual(['failure', 'success']);
    await runAction({
      apiUrl: api,
      event: 'workflow_dispatch',
      payload: webhookExample('workflow_dispatch'),
      at: '2026-12-03 16:00:30',
    });
    expect(ourStatuses(head)).toEqual(['failure', 'success', 'failure']);
    expect(emu.comments.get(7)).toHaveLength(1);
  });
});

describe('faults: retried with backoff, and never success when they persist', () => {
  it('a scheduled re-check that cannot read a PR replaces its old success with error', async () => {
    const head = regularPr();
    await runAction({
      apiUrl: api,
      event: 'pull_request_target',
      payload: emu.pullEvent('pull_request_target', 'opened', 7),
      at: '2026-12-03 04:00:00',
    });
    expect(ourStatuses(head)).toEqual(['success']);
    emu.faults.push({
      match: /^GET \/repos\/acme\/deploy\/pulls\/7\/reviews/,
      status: 404,
      times: 1,
      message: 'Not Found',
    });
    const r = await runAction({
      apiUrl: api,
      event: 'schedule',
      payload: { schedule: '0 16 * * 4' },
      at: '2026-12-03 16:00:30',
    });
    expect(ourStatuses(head)).toEqual(['success', 'error']);
    expect(r.code).toBe(1);
  });

  it.each([
    ['500 once', { status: 500, times: 1 }],
    ['502 twice', { status: 502, times: 2 }],
    ['403 secondary rate limit with retry-after', { status: 403, times: 1, retryAfter: 1 }],
    ['429 once', { status: 429, times: 1, retryAfter: 1 }],
    ['a slow response', { delayMs: 1500, times: 1 }],
  ] as Array<[string, { status?: number; times: number; retryAfter?: number; delayMs?: number }]>)(
    '%s on the PR files list',
    async (_name, fault) => {
      const head = regularPr();
      emu.faults.push({ match: /^GET \/repos\/acme\/deploy\/compare\//, ...fault });
      const r = await runAction({
        apiUrl: api,
        event: 'pull_request_target',
        payload: emu.pullEvent('pull_request_target', 'opened', 7),
        at: '2026-12-03 04:00:00',
      });
      expect(ourStatuses(head)).toEqual(['success']);
      expect(r.code).toBe(0);
      expect(emu.requests.filter((q) => q.path.includes('/compare/')).length).toBe(fault.status ? fault.times + 1 : 1);
    },
  );

  it('a persistent 502 sets error (never success) and fails the job naming the call and the status', async () => {
    const head = regularPr();
    emu.faults.push({ match: /^GET \/repos\/acme\/deploy\/pulls\/7\/reviews/, status: 502, times: 99 });
    const r = await runAction({
      apiUrl: api,
      event: 'pull_request_target',
      payload: emu.pullEvent('pull_request_target', 'opened', 7),
      at: '2026-12-03 04:00:00',
    });
    expect(ourStatuses(head)).toEqual(['error']);
    expect(String(emu.statuses.get(head)![0]!.description)).toMatch(
      /GET \/repos\/acme\/deploy\/pulls\/7\/reviews answered HTTP 502/,
    );
    expect(r.stdout).toMatch(
      /::error::upgrade-gate could not finish: GET \/repos\/acme\/deploy\/pulls\/7\/reviews answered HTTP 502/,
    );
    expect(r.code).toBe(1);
  });

  it('a read-only token (fork PR under pull_request): the status cannot be written, the job still reports', async () => {
    const head = regularPr();
    emu.faults.push({
      match: /^POST \/repos\/acme\/deploy\/statuses/,
      status: 403,
      times: 1,
      message: 'Resource not accessible by integration',
    });
    emu.faults.push({
      match: /^POST \/repos\/acme\/deploy\/issues\/7\/comments/,
      status: 403,
      times: 1,
      message: 'Resource not accessible by integration',
    });
    const r = await runAction({
      apiUrl: api,
      event: 'pull_request',
      payload: emu.pullEvent('pull_request', 'opened', 7),
      at: '2026-12-03 04:00:00',
    });
    expect(ourStatuses(head)).toEqual([]);
    expect(r.stdout).toMatch(/::warning::upgrade-gate could not set the commit status/);
    expect(r.summary).toContain('ready to merge');
    expect(r.code).toBe(0);
  });
});

describe('role membership through the teams API', () => {
  function teamsOnlyMain() {
    const cfg = emu.commits
      .get(main)!
      .files.get('.github/upgrade-gate.yml')!
      .replace(/\n    members: \[[^\]]*\]/g, '');
    const base = emu.commit(main, { '.github/upgrade-gate.yml': cfg }, 'roles from teams only', 'li-lei');
    emu.refs.set('heads/main', base);
    emu.teams.set('acme/rd-center-leads', new Set(['li-lei']));
    emu.teams.set('acme/gm-office', new Set(['han-meimei']));
    const doc = exampleUpgrade('regular');
    return openUpgradePull(emu, { number: 7, base, files: { [doc.path]: doc.text } });
  }
  it('a token that can read the teams resolves both roles, each team listed once', async () => {
    const head = teamsOnlyMain();
    emu.readableTeams.add('acme/rd-center-leads').add('acme/gm-office');
    const r = await runAction({
      apiUrl: api,
      event: 'pull_request_target',
      payload: emu.pullEvent('pull_request_target', 'opened', 7),
      at: '2026-12-03 04:00:00',
    });
    expect(ourStatuses(head)).toEqual(['success']);
    expect(r.code).toBe(0);
    const lookups = emu.requests
      .filter((q) => /\/orgs\/acme\/teams\/[^/]+\/members/.test(q.path))
      .map((q) => q.path.replace(/\?.*/, ''));
    expect(lookups.sort()).toEqual(['/orgs/acme/teams/gm-office/members', '/orgs/acme/teams/rd-center-leads/members']);
  });
  it('GITHUB_TOKEN cannot read teams: the status is error and names the permission and the fallback', async () => {
    const head = teamsOnlyMain();
    const r = await runAction({
      apiUrl: api,
      event: 'pull_request_target',
      payload: emu.pullEvent('pull_request_target', 'opened', 7),
      at: '2026-12-03 04:00:00',
    });
    expect(ourStatuses(head)).toEqual(['error']);
    const body = readable(String(emu.comments.get(7)![0]!.body));
    expect(body).toContain('Members: read');
    expect(body).toContain('teams: { "@acme/gm-office": [login, ...] }');
    expect(r.code).toBe(1);
  });
});

describe('evidence in the merged result', () => {
  it('evidence added by the PR itself counts; evidence that exists nowhere is an error at its line', async () => {
    const doc = exampleUpgrade('regular');
    const text = doc.text
      .replace('docs/acceptance/billing-2.4.0.md', 'docs/acceptance/billing-2.4.0-new.md')
      .replace('docs/gray/billing-2.4.0.md', 'docs/gray/missing.md');
    const head = openUpgradePull(emu, {
      number: 7,
      files: { [doc.path]: text, 'docs/acceptance/billing-2.4.0-new.md': '# accepted\n' },
    });
    const r = await runAction({
      apiUrl: api,
      event: 'pull_request_target',
      payload: emu.pullEvent('pull_request_target', 'opened', 7),
      at: '2026-12-03 04:00:00',
    });
    expect(ourStatuses(head)).toEqual(['failure']);
    const body = readable(String(emu.comments.get(7)![0]!.body));
    expect(body).toContain('gray_test.report names docs/gray/missing.md, which does not exist');
    expect(body).not.toContain('billing-2.4.0-new.md, which does not exist');
    expect(r.stdout).toContain(
      '::error title=upgrade-gate evidence.exists,file=upgrades/2026-12-03-billing-2.4.0.yaml,line=43,col=11::',
    );
  });
});
