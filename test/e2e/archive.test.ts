import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { blobSha, user } from '../emulator/factories.js';
import { exampleUpgrade, openUpgradePull } from '../emulator/seed.js';
import type { GitHubEmulator } from '../emulator/server.js';
import { readable } from '../report/inert.js';
import { useEmulator } from './emulator-fixture.js';
import { ROOT } from '../helpers.js';
import { runAction } from './run-action.js';

const env = useEmulator();
let emu: GitHubEmulator;
let main: string;
let api: string;
beforeEach(() => ({ emu, api, main } = env));

/** Opens PR n with an upgrade document for `system` and both approvals; returns its head. */
function upgradePr(n: number, system = 'billing', approvals = true) {
  const doc = exampleUpgrade('regular');
  const path = `upgrades/2026-12-03-${system}.yaml`;
  const text = doc.text
    .replace('system: billing', `system: ${system}`)
    .replace('id: UPG-2026-1203-01', `id: UPG-2026-1203-${String(n).padStart(2, '0')}`);
  return openUpgradePull(emu, {
    number: n,
    base: main,
    files: { [path]: text },
    title: `Upgrade ${system}`,
    approvedAt: approvals ? undefined : null,
  });
}

const closed = (n: number) => emu.pullEvent('pull_request_target', 'closed', n);
const verify = (dir: string) =>
  spawnSync(process.execPath, [join(ROOT, 'action/cli.js'), 'verify', join(dir, 'archive')], { encoding: 'utf8' });
const archiveFiles = () => [...emu.filesAt('main').keys()].filter((p) => p.startsWith('archive/')).sort();

describe('archive on merge', () => {
  it('a clean Thursday merge commits one record, its Markdown, the year index and the chain head; a re-run writes nothing', async () => {
    upgradePr(7);
    emu.merge(7, 'bob-ops', '2026-12-03T04:00:00Z');
    const r = await runAction({
      apiUrl: api,
      event: 'pull_request_target',
      payload: closed(7),
      at: '2026-12-03 04:00:05',
    });
    expect(r.code).toBe(0);
    expect(archiveFiles()).toEqual([
      'archive/2026/12/2026-12-03-billing-2.4.0-pr7.json',
      'archive/2026/12/2026-12-03-billing-2.4.0-pr7.md',
      'archive/2026/README.md',
      'archive/chain-head.json',
    ]);
    expect(r.outputs['archive-path']).toBe('archive/2026/12/2026-12-03-billing-2.4.0-pr7.json');
    const record = JSON.parse(emu.filesAt('main').get('archive/2026/12/2026-12-03-billing-2.4.0-pr7.json')!);
    expect(record).toMatchObject({
      sequence: 1,
      previous_sha256: null,
      violations: [],
      backfilled: false,
      pull_request: { number: 7, merged_by: 'bob-ops', merged_at: '2026-12-03T04:00:00Z' },
      policy: { time_zone: 'Asia/Shanghai' },
    });
    expect(record.approvals.map((a: { role: string; login: string }) => `${a.role}:${a.login}`)).toEqual([
      'center-lead:li-lei',
      'general-office:han-meimei',
    ]);
    expect(record.format).toBe('upgrade-gate/archive-record/v3');
    const markdown = emu.filesAt('main').get('archive/2026/12/2026-12-03-billing-2.4.0-pr7.md')!;
    expect(markdown).toContain('## Attachment 1 · 附件一：生产环境升级审批单');
    expect(markdown).toMatch(
      /\| approved · 已批准: @\u200Dli-lei \(via · 经由 .*\), 2026-12-02 \(Wed · 周三\) \d\d:\d\d Asia\/Shanghai \|/,
    );
    expect(markdown).toContain(
      '- Merged · 合并: 2026-12-03 (Thu · 周四) 12:00 Asia/Shanghai, by · 合并人 @\u200Dbob-ops, merge commit · 合并提交 `',
    );
    expect(emu.filesAt('main').get('archive/2026/README.md')).toContain(
      '| 1 | 2026-12-03 (Thu · 周四) 12:00 Asia/Shanghai |',
    );
    expect(emu.commits.get(emu.refs.get('heads/main')!)!.message).toBe(
      [
        'archive: UPG-2026-1203-07 (PR #7)',
        '',
        'Record 1 of the upgrade archive: archive/2026/12/2026-12-03-billing-2.4.0-pr7.json',
        'Merged Thursday 2026-12-03 12:00 (Asia/Shanghai) by @bob-ops.',
      ].join('\n'),
    );
    expect(String(emu.comments.get(7)![0]!.body)).toContain('merged and archived');
    expect(String(emu.comments.get(7)![0]!.body)).toContain('`archive/2026/12/2026-12-03-billing-2.4.0-pr7.json`');
    const head = emu.refs.get('heads/main');
    const again = await runAction({
      apiUrl: api,
      event: 'pull_request_target',
      payload: closed(7),
      at: '2026-12-03 05:00:00',
    });
    expect(again.code).toBe(0);
    expect(emu.refs.get('heads/main')).toBe(head);
    const dir = mkdtempSync(join(tmpdir(), 'ug-arch-'));
    emu.checkout('main', 'archive/', dir);
    expect(verify(dir).status).toBe(0);
  });

  it('a Wednesday merge without emergency is recorded as a violation and the job fails', async () => {
    upgradePr(8);
    emu.merge(8, 'bob-ops', '2026-12-02T04:00:00Z');
    const r = await runAction({
      apiUrl: api,
      event: 'pull_request_target',
      payload: closed(8),
      at: '2026-12-02 04:01:00',
    });
    expect(r.code).toBe(1);
    const record = JSON.parse(emu.filesAt('main').get('archive/2026/12/2026-12-02-billing-2.4.0-pr8.json')!);
    // Wednesday 12:00 is also two hours after the notice: under GitOps that merge deployed unannounced.
    expect(record.violations.map((v: { rule: string }) => v.rule)).toEqual(['merge.weekday', 'notice.lead-time']);
    expect(emu.filesAt('main').get('archive/2026/README.md')).toContain('⚠️ merge.weekday, notice.lead-time');
    expect(r.stdout).toMatch(/merged in breach of the policy/);
  });

  it('a success status forged by another workflow is named in the record', async () => {
    const head = upgradePr(9, 'billing', false);
    emu.statuses.set(head, [
      {
        url: 'x',
        avatar_url: null,
        id: 1,
        node_id: 'S',
        state: 'success',
        description: 'ok',
        target_url: null,
        context: 'upgrade-gate',
        created_at: '2026-12-02T00:00:00Z',
        updated_at: '2026-12-02T00:00:00Z',
        creator: user(api, 'mallory'),
      },
    ]);
    emu.merge(9, 'mallory', '2026-12-02T04:00:00Z');
    await runAction({ apiUrl: api, event: 'pull_request_target', payload: closed(9), at: '2026-12-02 04:01:00' });
    const record = JSON.parse(emu.filesAt('main').get('archive/2026/12/2026-12-02-billing-2.4.0-pr9.json')!);
    expect(record.violations.map((v: { rule: string }) => v.rule)).toContain('status.forged');
    expect(record.violations.find((v: { rule: string }) => v.rule === 'status.forged').message).toContain(
      'set by mallory',
    );
  });

  it('20 merges archived concurrently: 20 records, an intact chain, bounded retries', async () => {
    const N = 20;
    for (let i = 0; i < N; i++) {
      upgradePr(100 + i, `sys-${i}`);
      emu.merge(100 + i, 'bob-ops', `2026-12-03T04:${String(i).padStart(2, '0')}:00Z`);
    }
    const runs = await Promise.all(
      Array.from({ length: N }, (_, i) =>
        runAction({ apiUrl: api, event: 'pull_request_target', payload: closed(100 + i), at: '2026-12-03 05:00:00' }),
      ),
    );
    expect(runs.map((r) => r.code)).toEqual(Array(N).fill(0));
    const attempts = runs.map((r) => Number(/attempt (\d+)\)/.exec(r.stdout)?.[1]));
    expect(attempts.every((a) => a >= 1)).toBe(true);
    const records = archiveFiles().filter((f) => f.endsWith('.json') && !f.endsWith('chain-head.json'));
    expect(records).toHaveLength(N);
    const dir = mkdtempSync(join(tmpdir(), 'ug-arch-'));
    emu.checkout('main', 'archive/', dir);
    const v = verify(dir);
    expect(v.stdout).toContain(`${N} records verified`);
    expect(v.status).toBe(0);
    const head = JSON.parse(readFileSync(join(dir, 'archive/chain-head.json'), 'utf8'));
    expect(head.sequence).toBe(N);
    console.log(
      `concurrent archive: ${N} merges, attempts per run ${JSON.stringify(attempts)}, max ${Math.max(...attempts)}, refused fast-forwards ${emu.refusedUpdates}`,
    );
  }, 120_000);

  it('a merge whose run failed is backfilled by the scheduled run, marked as backfilled', async () => {
    upgradePr(7);
    emu.merge(7, 'bob-ops', '2026-12-03T04:00:00Z');
    emu.faults.push({
      match: /^PATCH \/repos\/acme\/deploy\/git\/refs/,
      status: 422,
      times: 1,
      message: 'Protected branch update failed for refs/heads/main.',
    });
    const failed = await runAction({
      apiUrl: api,
      event: 'pull_request_target',
      payload: closed(7),
      at: '2026-12-03 04:00:05',
    });
    expect(failed.code).toBe(1);
    expect(failed.stdout).toMatch(
      /refused the archive commit .* add that App to the bypass list .*GitHub refuses GitHub Actions there/,
    );
    expect(archiveFiles()).toEqual([]);
    const r = await runAction({
      apiUrl: api,
      event: 'schedule',
      payload: { schedule: '1 16 * * 3' },
      at: '2026-12-03 16:01:00',
    });
    expect(r.stdout).toMatch(
      /PR #7 had no archive record; backfilled archive\/2026\/12\/2026-12-03-billing-2\.4\.0-pr7\.json/,
    );
    const record = JSON.parse(emu.filesAt('main').get('archive/2026/12/2026-12-03-billing-2.4.0-pr7.json')!);
    expect(record.backfilled).toBe(true);
    expect(emu.commits.get(emu.refs.get('heads/main')!)!.message).toContain(
      '\nWritten after the merge by a scheduled run (backfilled).',
    );
    expect(record.evaluation.at).toBe('2026-12-03T04:00:00.000Z');
    const again = await runAction({
      apiUrl: api,
      event: 'schedule',
      payload: { schedule: '1 16 * * 4' },
      at: '2026-12-04 16:01:00',
    });
    expect(again.stdout).not.toContain('backfilled');
  });

  it('under language: zh-CN the archive commit says in Chinese what was archived and which rules the merge broke', async () => {
    const config = readFileSync(join(ROOT, 'examples/.github/upgrade-gate.yml'), 'utf8');
    const policy = emu.commit(
      emu.refs.get('heads/main')!,
      { '.github/upgrade-gate.yml': `${config.trimEnd()}\nlanguage: zh-CN\n` },
      'Policy speaks Chinese',
      'li-lei',
    );
    emu.refs.set('heads/main', policy);
    upgradePr(8);
    emu.merge(8, 'bob-ops', '2026-12-02T04:00:00Z');
    const r = await runAction({
      apiUrl: api,
      event: 'pull_request_target',
      payload: closed(8),
      at: '2026-12-02 04:01:00',
    });
    expect(r.code).toBe(1);
    const message = emu.commits.get(emu.refs.get('heads/main')!)!.message;
    expect(message).toMatch(/^archive: 归档 UPG-2026-1203-08（PR #8），违规 \d+ 项\n\n/);
    expect(message).toContain('升级档案第 1 条记录：archive/2026/12/2026-12-02-billing-2.4.0-pr8.json');
    expect(message).toContain('2026-12-02（周三）12:00（北京时间）由 @bob-ops 合并。');
    expect(message).toMatch(/\n本次合并违反《升级管理办法》：.*merge\.weekday.*。$/);
  });

  it('a failed run older than the chain head is still backfilled, in merge order, with its evidence pinned', async () => {
    upgradePr(7);
    emu.merge(7, 'bob-ops', '2026-12-03T04:00:00Z');
    emu.faults.push({
      match: /^PATCH \/repos\/acme\/deploy\/git\/refs/,
      status: 422,
      times: 1,
      message: 'Protected branch update failed for refs/heads/main.',
    });
    expect(
      (await runAction({ apiUrl: api, event: 'pull_request_target', payload: closed(7), at: '2026-12-03 04:00:05' }))
        .code,
    ).toBe(1);
    upgradePr(8, 'orders');
    emu.merge(8, 'bob-ops', '2026-12-03T04:05:00Z');
    expect(
      (await runAction({ apiUrl: api, event: 'pull_request_target', payload: closed(8), at: '2026-12-03 04:05:05' }))
        .code,
    ).toBe(0);
    const r = await runAction({
      apiUrl: api,
      event: 'schedule',
      payload: { schedule: '1 16 * * 3' },
      at: '2026-12-03 16:01:00',
    });
    expect(r.stdout).toMatch(
      /PR #7 had no archive record; backfilled archive\/2026\/12\/2026-12-03-billing-2\.4\.0-pr7\.json/,
    );
    const record = JSON.parse(emu.filesAt('main').get('archive/2026/12/2026-12-03-billing-2.4.0-pr7.json')!);
    expect(record).toMatchObject({ sequence: 2, backfilled: true });
    const evidence = emu.filesAt('main').get('docs/acceptance/billing-2.4.0.md')!;
    expect(record.documents[0].evidence[0]).toEqual({
      path: 'docs/acceptance/billing-2.4.0.md',
      blob_sha: blobSha(evidence),
      sha256: createHash('sha256').update(evidence).digest('hex'),
    });
    const dir = mkdtempSync(join(tmpdir(), 'ug-arch-'));
    emu.checkout('main', 'archive/', dir);
    expect(verify(dir).stdout).toContain('2 records verified');
  }, 120_000);

  it('the emergency budget reads this month from the chain head', async () => {
    const doc = exampleUpgrade('emergency');
    for (const [n, day] of [
      [20, '03'],
      [21, '10'],
      [22, '25'],
    ] as const) {
      const path = `upgrades/e${n}.yaml`;
      const text = doc.text
        .replace('UPG-2026-1125-E1', `UPG-2026-11${day}-E${n}`)
        .replace(/2026-11-25/g, `2026-11-${day}`)
        .replace('orders', `orders${n}`);
      openUpgradePull(emu, {
        number: n,
        files: { [path]: text },
        label: { name: 'emergency', by: 'han-meimei', at: `2026-11-${day}T02:00:00Z` },
        approvedAt: [`2026-11-${day}T11:00:00Z`, `2026-11-${day}T11:30:00Z`],
      });
      if (n < 22) {
        emu.merge(n, 'bob-ops', `2026-11-${day}T14:00:00Z`);
        expect(
          (
            await runAction({
              apiUrl: api,
              event: 'pull_request_target',
              payload: closed(n),
              at: `2026-11-${day} 14:00:10`,
            })
          ).code,
        ).toBe(0);
      }
    }
    const r = await runAction({
      apiUrl: api,
      event: 'pull_request_target',
      payload: emu.pullEvent('pull_request_target', 'labeled', 22),
      at: '2026-11-25 13:30:00',
    });
    expect(r.code).toBe(1);
    expect(readable(String(emu.comments.get(22)![0]!.body))).toMatch(
      /emergency\.budget.*2 emergency upgrades already merged in 2026-11 \(UPG-2026-1103-E20 \(PR #20, 2026-11-03\), UPG-2026-1110-E21/,
    );
  });

  it('a malformed chain head fails closed: the status is error, the budget is never read as zero', async () => {
    const base = emu.commit(
      main,
      { 'archive/chain-head.json': '{"format": "upgrade-gate/archive-chain-head/v1", "sequence": ' },
      'a broken chain head',
    );
    emu.refs.set('heads/main', base);
    const doc = exampleUpgrade('emergency');
    const head = openUpgradePull(emu, {
      number: 30,
      base,
      files: { [doc.path]: doc.text },
      label: { name: 'emergency', by: 'han-meimei', at: '2026-11-25T02:00:00Z' },
      approvedAt: ['2026-11-25T11:00:00Z', '2026-11-25T11:30:00Z'],
    });
    const r = await runAction({
      apiUrl: api,
      event: 'pull_request_target',
      payload: emu.pullEvent('pull_request_target', 'labeled', 30),
      at: '2026-11-25 13:30:00',
    });
    expect(r.code).not.toBe(0);
    const states = (emu.statuses.get(head) ?? []).map((st) => `${st.state} ${String(st.description)}`);
    expect(states).toEqual([expect.stringMatching(/^error .*archive\/chain-head\.json is not readable JSON/)]);
  });
});
