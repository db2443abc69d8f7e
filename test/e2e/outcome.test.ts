import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { repository } from '../emulator/factories.js';
import { exampleUpgrade, openUpgradePull } from '../emulator/seed.js';
import type { GitHubEmulator } from '../emulator/server.js';
import { ROOT } from '../helpers.js';
import { useEmulator } from './emulator-fixture.js';
import { runAction } from './run-action.js';

const env = useEmulator();
let emu: GitHubEmulator;
let api: string;
beforeEach(() => ({ emu, api } = env));

const RECORD = 'archive/2026/12/2026-12-03-billing-2.4.0-pr7.json';
const OUTCOME_1 = 'archive/2026/12/2026-12-03-billing-2.4.0-pr7.outcome-1.json';
const SUCCEEDED = `/upgrade-result succeeded
completed_at: 2026-12-03T21:40
verification:
  V-1: passed
  V-2: passed
notes: started, routine checks and the verification cases passed
notified_at: 2026-12-03T21:50`;

/** The regular example merged on Thursday 2026-12-03 12:00 Asia/Shanghai and archived by the closed event. */
async function mergedUpgrade(n = 7) {
  const doc = exampleUpgrade('regular');
  openUpgradePull(emu, { number: n, files: { [doc.path]: doc.text }, title: 'Upgrade billing to 2.4.0' });
  emu.merge(n, 'bob-ops', '2026-12-03T04:00:00Z');
  const r = await runAction({
    apiUrl: api,
    event: 'pull_request_target',
    payload: emu.pullEvent('pull_request_target', 'closed', n),
    at: '2026-12-03 04:00:05',
  });
  expect(r.code).toBe(0);
}

const comment = (login: string, body: string, at = '2026-12-03T14:00:00Z', n = 7) =>
  emu.userComment(n, login, body, at);
const onComment = (payload: unknown, at = '2026-12-03 14:00:10') =>
  runAction({ apiUrl: api, event: 'issue_comment', payload, at });
const writes = (from: number) => emu.requests.slice(from).filter((r) => r.method !== 'GET');
const replies = (n = 7) =>
  (emu.comments.get(n) ?? []).filter((c) => String(c.body).includes('upgrade-gate:outcome-reply'));
const sticky = (n = 7) =>
  String((emu.comments.get(n) ?? []).find((c) => String(c.body).includes('upgrade-gate:sticky-comment'))!.body);
const cli = (...args: string[]) =>
  spawnSync(process.execPath, [join(ROOT, 'action/cli.js'), ...args], { encoding: 'utf8' });
function checkout(): string {
  const dir = mkdtempSync(join(tmpdir(), 'ug-outcome-'));
  emu.checkout('main', 'archive/', dir);
  return dir;
}

describe('/upgrade-result on a merged upgrade PR', () => {
  it("the executor's succeeded commits one chained outcome record naming the executor; verify passes, and fails after an edit; a re-run writes nothing", async () => {
    await mergedUpgrade();
    const upgrade = JSON.parse(emu.filesAt('main').get(RECORD)!);
    const mainBefore = emu.refs.get('heads/main');
    const c = comment('carol-ops', SUCCEEDED);
    const event = emu.commentEvent('created', 7, c);
    const r = await onComment(event);
    expect(r.code, r.stdout).toBe(0);
    expect(r.outputs.outcome).toBe('recorded');
    expect(r.outputs['archive-path']).toBe(OUTCOME_1);
    const head = emu.refs.get('heads/main')!;
    expect(emu.commits.get(head)!.parents).toEqual([mainBefore]);
    expect(emu.commits.get(head)!.message).toBe(
      [
        'archive: outcome succeeded of UPG-2026-1203-01 (PR #7), recorded by carol-ops',
        '',
        `Record 2 of the upgrade archive: ${OUTCOME_1}, the outcome of 2026/12/2026-12-03-billing-2.4.0-pr7.json.`,
        'Completed 2026-12-03T21:40 (Asia/Shanghai).',
      ].join('\n'),
    );
    const record = JSON.parse(emu.filesAt('main').get(OUTCOME_1)!);
    expect(record).toMatchObject({
      format: 'upgrade-gate/outcome-record/v1',
      sequence: 2,
      previous_sha256: upgrade.sha256,
      outcome: 'succeeded',
      upgrade: {
        file: '2026/12/2026-12-03-billing-2.4.0-pr7.json',
        sequence: 1,
        sha256: upgrade.sha256,
        pull_request: 7,
        document: 'UPG-2026-1203-01',
      },
      completed_at: '2026-12-03T21:40',
      completed_at_utc: '2026-12-03T13:40:00.000Z',
      notified_at_utc: '2026-12-03T13:50:00.000Z',
      verification: { 'V-1': 'passed', 'V-2': 'passed' },
      recorded_by: { login: 'carol-ops', as: ['executor'] },
      comment: { id: c.id, url: c.html_url, created_at: '2026-12-03T14:00:00Z', body: SUCCEEDED },
      recorded_at: expect.stringMatching(/^2026-12-03T14:0\d:\d\d/),
    });
    expect(JSON.parse(emu.filesAt('main').get('archive/chain-head.json')!)).toMatchObject({
      sequence: 2,
      sha256: record.sha256,
      merged_at: '2026-12-03T04:00:00Z',
    });
    expect(emu.filesAt('main').get(RECORD.replace('.json', '.md'))).toContain(
      '## Outcome · 升级结果: ✅ succeeded · 升级成功',
    );
    expect(sticky()).toContain('Outcome · 升级结果: ✅ succeeded');
    expect(replies()).toHaveLength(0);

    const before = emu.count();
    const again = await onComment(event, '2026-12-03 15:00:00');
    expect(again.outputs.outcome).toBe('duplicate');
    expect(writes(before)).toEqual([]);
    expect(emu.refs.get('heads/main')).toBe(head);

    const dir = checkout();
    const ok = cli('verify', join(dir, 'archive'));
    expect(ok.stdout).toContain('2 records verified');
    expect(ok.status).toBe(0);
    const f = join(dir, OUTCOME_1);
    writeFileSync(f, readFileSync(f, 'utf8').replace('"login": "carol-ops"', '"login": "mallory"'));
    const bad = cli('verify', join(dir, 'archive'));
    expect(bad.status).toBe(1);
    expect(bad.stdout).toContain(
      '2026/12/2026-12-03-billing-2.4.0-pr7.outcome-1.json: error record.hash its content does not match its sha256',
    );
  });

  it('an outsider is answered with who may record, and nothing is written to the archive; a second attempt updates the same reply', async () => {
    await mergedUpgrade();
    const head = emu.refs.get('heads/main');
    const r = await onComment(emu.commentEvent('created', 7, comment('mallory', SUCCEEDED)));
    expect(r.outputs.outcome).toBe('refused');
    expect(emu.refs.get('heads/main')).toBe(head);
    expect(replies()).toHaveLength(1);
    const text = String(replies()[0]!.body);
    expect(text).toContain('@mallory may not record');
    for (const who of ['@carol-ops', '@dave-ops', '@alice-dev', '@bob-ops', '@li-lei', '@han-meimei'])
      expect(text).toContain(who);
    await onComment(
      emu.commentEvent('created', 7, comment('eve', SUCCEEDED, '2026-12-03T14:05:00Z')),
      '2026-12-03 14:05:10',
    );
    expect(replies()).toHaveLength(1);
    expect(String(replies()[0]!.body)).toContain('@eve may not record');
    expect(emu.refs.get('heads/main')).toBe(head);
  });

  it('a role member may record; an ordinary comment makes no API call at all', async () => {
    await mergedUpgrade();
    const before = emu.count();
    const plain = await onComment(
      emu.commentEvent('created', 7, comment('carol-ops', 'Deployed, looks fine. Will run the cases tonight.')),
    );
    expect(plain.code).toBe(0);
    expect(plain.outputs.outcome).toBe('ignored');
    expect(emu.count()).toBe(before);
    expect(plain.stdout).toContain('upgrade-gate: 0 REST calls');
    const r = await onComment(emu.commentEvent('created', 7, comment('li-lei', SUCCEEDED)));
    expect(r.outputs.outcome).toBe('recorded');
    expect(JSON.parse(emu.filesAt('main').get(OUTCOME_1)!).recorded_by).toEqual({
      login: 'li-lei',
      as: ['role:center-lead'],
    });
  });

  it('under language: zh-CN the reply names the line and column in Chinese', async () => {
    const config = readFileSync(join(ROOT, 'examples/.github/upgrade-gate.yml'), 'utf8');
    const main = emu.commit(
      emu.refs.get('heads/main')!,
      { '.github/upgrade-gate.yml': `${config.trimEnd()}\nlanguage: zh-CN\n` },
      'Policy speaks Chinese',
      'li-lei',
    );
    emu.refs.set('heads/main', main);
    await mergedUpgrade();
    const c = comment('carol-ops', SUCCEEDED.replace('V-2: passed', 'V-2: pass'));
    const r = await onComment(emu.commentEvent('created', 7, c));
    expect(r.outputs.outcome).toBe('invalid');
    const body = String(replies()[0]!.body);
    expect(body).toMatch(/\(\[评论\]\(https:/);
    expect(body).toMatch(/- 第 5 行第 8 列（`outcome.schema`）：.*[\u3400-\u9fff]/);
    expect(body).not.toMatch(/line \d+, column/);
    emu.editComment(c, SUCCEEDED, '2026-12-03T14:02:00Z');
    const fixed = await onComment(emu.commentEvent('edited', 7, c), '2026-12-03 14:02:10');
    expect(fixed.outputs.outcome).toBe('recorded');
    expect(emu.commits.get(emu.refs.get('heads/main')!)!.message).toBe(
      [
        'archive: UPG-2026-1203-01（PR #7）升级成功，记录人 carol-ops',
        '',
        `升级档案第 2 条记录：${OUTCOME_1}，为 2026/12/2026-12-03-billing-2.4.0-pr7.json 的升级结果。`,
        '完成时间 2026-12-03T21:40（北京时间）。',
      ].join('\n'),
    );
  });

  it('a malformed command gets one reply with the line and the fix, updated in place; the fixed edit is recorded', async () => {
    await mergedUpgrade();
    const head = emu.refs.get('heads/main');
    const c = comment('carol-ops', SUCCEEDED.replace('V-2: passed', 'V-2: pass'));
    const r = await onComment(emu.commentEvent('created', 7, c));
    expect(r.outputs.outcome).toBe('invalid');
    expect(r.code).toBe(0);
    expect(replies()).toHaveLength(1);
    expect(String(replies()[0]!.body)).toMatch(
      /line 5, column 8 \(`outcome.schema`\): verification\.V-2 is "pass", which is not allowed/,
    );
    emu.editComment(c, SUCCEEDED.replace('  V-2: passed\n', ''), '2026-12-03T14:02:00Z');
    await onComment(emu.commentEvent('edited', 7, c), '2026-12-03 14:02:10');
    expect(replies()).toHaveLength(1);
    expect(String(replies()[0]!.body)).toMatch(
      /line 3, column 1 \(`outcome.verification`\): verification does not give V-2/,
    );
    expect(emu.refs.get('heads/main')).toBe(head);
    emu.editComment(c, SUCCEEDED, '2026-12-03T14:03:00Z');
    const fixed = await onComment(emu.commentEvent('edited', 7, c), '2026-12-03 14:03:10');
    expect(fixed.outputs.outcome).toBe('recorded');
    expect(replies()).toHaveLength(1);
    expect(String(replies()[0]!.body)).toContain(
      `Recorded: succeeded by @carol-ops, appended to the archive as ${OUTCOME_1}`,
    );
  });

  it('failed, then restored: each appends a record, the newest is the state', async () => {
    await mergedUpgrade();
    const failed = `/upgrade-result failed\ncompleted_at: 2026-12-03T21:40\nverification: { V-1: passed, V-2: failed }\nnotes: search is slow\ncause: the new index was not built`;
    expect((await onComment(emu.commentEvent('created', 7, comment('carol-ops', failed)))).outputs.outcome).toBe(
      'recorded',
    );
    const restored = `/upgrade-result restored\ncompleted_at: 2026-12-03T23:10\nverification: { V-1: passed, V-2: passed }\nnotes: 2.3.1 is back, cases pass on it\nbackup_restored: registry.example.com/billing-api:2.3.1 and s3://acme-backups/billing/2026-12-03/db/`;
    expect(
      (
        await onComment(
          emu.commentEvent('created', 7, comment('bob-ops', restored, '2026-12-03T15:20:00Z')),
          '2026-12-03 15:20:10',
        )
      ).outputs.outcome,
    ).toBe('recorded');
    const second = JSON.parse(emu.filesAt('main').get('archive/2026/12/2026-12-03-billing-2.4.0-pr7.outcome-2.json')!);
    const first = JSON.parse(emu.filesAt('main').get(OUTCOME_1)!);
    expect(second).toMatchObject({
      sequence: 3,
      previous_sha256: first.sha256,
      outcome: 'restored',
      recorded_by: { login: 'bob-ops', as: ['ops_lead'] },
    });
    expect(emu.filesAt('main').get(RECORD.replace('.json', '.md'))).toContain('## Outcome · 升级结果: ↩️ restored');
    expect(sticky()).toContain('Outcome · 升级结果: ↩️ restored');
    const v = cli('verify', join(checkout(), 'archive'));
    expect(v.stdout).toContain('3 records verified');
  });

  it('a command on an unmerged PR is refused politely, after one read', async () => {
    const doc = exampleUpgrade('regular');
    openUpgradePull(emu, { number: 8, files: { [doc.path]: doc.text } });
    const before = emu.count();
    const r = await onComment(
      emu.commentEvent('created', 8, comment('carol-ops', SUCCEEDED, '2026-12-03T14:00:00Z', 8)),
    );
    expect(r.outputs.outcome).toBe('refused');
    expect(String(replies(8)[0]!.body)).toContain('This pull request is not merged');
    expect(emu.requests.slice(before).map((q) => q.method)).toEqual(['GET', 'POST']);
  });

  it('a merged upgrade without an outcome appears pending after the configured hours: job summary, sticky comment, report', async () => {
    const config = emu.filesAt('main').get('.github/upgrade-gate.yml')!;
    const main = emu.commit(
      emu.refs.get('heads/main'),
      { '.github/upgrade-gate.yml': `${config}outcome:\n  pending-hours: 48\n` },
      'policy: outcomes are due within two days',
      'han-meimei',
    );
    emu.refs.set('heads/main', main);
    const doc = exampleUpgrade('regular');
    openUpgradePull(emu, { number: 7, base: main, files: { [doc.path]: doc.text }, title: 'Upgrade billing to 2.4.0' });
    emu.merge(7, 'bob-ops', '2026-12-03T04:00:00Z');
    expect(
      (
        await runAction({
          apiUrl: api,
          event: 'pull_request_target',
          payload: emu.pullEvent('pull_request_target', 'closed', 7),
          at: '2026-12-03 04:00:05',
        })
      ).code,
    ).toBe(0);
    const schedule = { schedule: '0 16 * * 4', repository: repository(api, 'acme', 'deploy') };
    const early = await runAction({ apiUrl: api, event: 'schedule', payload: schedule, at: '2026-12-04 16:00:00' });
    expect(early.stdout).toContain('every merged upgrade older than 48 hours has an outcome');
    expect(sticky()).not.toContain('Outcome pending');
    const late = await runAction({ apiUrl: api, event: 'schedule', payload: schedule, at: '2026-12-05 16:00:00' });
    expect(late.stdout).toMatch(/1 merged upgrade without an outcome after 48 hours: PR #7/);
    expect(late.summary).toContain('Upgrades without an outcome after 48 hours');
    expect(late.summary).toMatch(/\| #7 \| UPG-2026-1203-01 \| 2026-12-03T04:00:00Z \| 60 \|/);
    expect(sticky()).toContain('⏳ Outcome pending');
    expect(sticky()).toContain(
      'No outcome has been recorded 48 hours after the merge (2026-12-03T04:00:00Z): @carol-ops, @dave-ops, @alice-dev, @bob-ops comment /upgrade-result',
    );
    const before = emu.count();
    await runAction({ apiUrl: api, event: 'schedule', payload: schedule, at: '2026-12-05 17:00:00' });
    expect(
      emu.requests.slice(before).filter((r) => r.method === 'PATCH' && r.path.includes('/issues/comments/')),
    ).toEqual([]);
    const dir = checkout();
    const report = cli('report', join(dir, 'archive'), '--at', '2026-12-05T16:00:00Z', '--format', 'csv');
    expect(report.stdout.split('\n')[1]).toMatch(/,pending,,,false,/);
    // Recording the outcome replaces the notice.
    expect(
      (
        await onComment(
          emu.commentEvent('created', 7, comment('carol-ops', SUCCEEDED, '2026-12-05T16:30:00Z')),
          '2026-12-05 16:30:10',
        )
      ).outputs.outcome,
    ).toBe('recorded');
    expect(sticky()).not.toContain('Outcome pending');
    expect(sticky()).toContain('Outcome · 升级结果: ✅ succeeded');
  });
});
