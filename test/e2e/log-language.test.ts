import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { exampleUpgrade, openUpgradePull } from '../emulator/seed.js';
import type { GitHubEmulator } from '../emulator/server.js';
import { ROOT } from '../helpers.js';
import { useEmulator } from './emulator-fixture.js';
import { runAction, type ActionRun } from './run-action.js';

const env = useEmulator();
let emu: GitHubEmulator;
let api: string;
beforeEach(() => ({ emu, api } = env));

const CONFIG = readFileSync(join(ROOT, 'examples/.github/upgrade-gate.yml'), 'utf8');
const CJK = /[\u3400-\u9fff]/;

function chinesePolicy(): void {
  const sha = emu.commit(
    emu.refs.get('heads/main')!,
    { '.github/upgrade-gate.yml': `${CONFIG.trimEnd()}\nlanguage: zh-CN\n` },
    'Policy speaks Chinese',
    'li-lei',
  );
  emu.refs.set('heads/main', sha);
}

function regularPr(): string {
  const doc = exampleUpgrade('regular');
  return openUpgradePull(emu, { number: 7, files: { [doc.path]: doc.text }, approvedAt: null });
}

/**
 * Every line the Action wrote to the job log (info, and the message of each workflow command) that
 * has no Chinese in it: a sentence that bypassed the catalog, or one the catalog has only in English.
 */
function englishLines(r: ActionRun): string[] {
  return r.stdout
    .split('\n')
    .filter(
      (l) =>
        l.trim() !== '' && !l.startsWith('::debug::') && !l.startsWith('::set-output') && !l.startsWith('::add-mask::'),
    )
    .map((l) => l.replace(/^::[a-z-]+(?: [^:]*)?::/, ''))
    .filter((message) => !CJK.test(message));
}

/** The descriptions of every status the emulator holds for a commit. */
const descriptions = (sha: string) => (emu.statuses.get(sha) ?? []).map((s) => String(s.description));

describe('the job log speaks the chosen language: no English sentence of ours in a Chinese run', () => {
  it('language: zh-CN in the policy, a failing PR: verdict, comment, annotations, failure and call count', async () => {
    chinesePolicy();
    regularPr();
    const r = await runAction({
      apiUrl: api,
      event: 'pull_request_target',
      payload: emu.pullEvent('pull_request_target', 'opened', 7),
      at: '2026-12-02 12:00:00',
    });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('upgrade-gate：PR 评论已创建');
    expect(r.stdout).toMatch(/upgrade-gate：共调用 REST API \d+ 次/);
    expect(englishLines(r)).toEqual([]);
  });

  it('a persistent 502: the error status and the job failure name the call in Chinese', async () => {
    chinesePolicy();
    const head = regularPr();
    emu.faults.push({ match: /^GET \/repos\/acme\/deploy\/pulls\/7\/reviews/, status: 502, times: 99 });
    const r = await runAction({
      apiUrl: api,
      event: 'pull_request_target',
      payload: emu.pullEvent('pull_request_target', 'opened', 7),
      at: '2026-12-03 04:00:00',
    });
    expect(r.code).toBe(1);
    expect(descriptions(head)).toEqual([
      expect.stringMatching(/^无法完成检查：GET \/repos\/acme\/deploy\/pulls\/7\/reviews 返回 HTTP 502（已重试）/),
    ]);
    expect(r.stdout).toMatch(
      /::error::upgrade-gate 未能完成：GET \/repos\/acme\/deploy\/pulls\/7\/reviews 返回 HTTP 502（已重试）/,
    );
    expect(englishLines(r)).toEqual([]);
  });

  it('a read-only token: the warnings about the status and the comment are Chinese', async () => {
    chinesePolicy();
    regularPr();
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
    expect(r.stdout).toMatch(
      /::warning::upgrade-gate 无法设置提交状态（POST \/repos\/acme\/deploy\/statuses\/[0-9a-f]+ 返回 HTTP 403（已重试）/,
    );
    expect(r.stdout).toContain('::warning::upgrade-gate 无法写入 PR 评论');
    expect(englishLines(r)).toEqual([]);
  });

  it('a scheduled run: re-evaluation, pending outcomes, doctor and the archive check', async () => {
    chinesePolicy();
    regularPr();
    const r = await runAction({
      apiUrl: api,
      event: 'schedule',
      payload: { schedule: '0 16 * * 4', repository: { default_branch: 'main' } },
      at: '2026-12-02 12:00:00',
    });
    expect(r.stdout).toMatch(/upgrade-gate：PR #7 现为不通过|upgrade-gate：PR #7 状态未变/);
    expect(r.stdout).toContain('upgrade-gate doctor 检查项 ');
    expect(englishLines(r)).toEqual([]);
    const archive = [...emu.statuses.values()].flat().filter((s) => s.context === 'upgrade-gate/archive');
    expect(archive.map((s) => String(s.description))).toEqual([expect.stringMatching(CJK)]);
  });

  it('the input language zh-CN: events decided before any policy is read, and bad inputs', async () => {
    regularPr();
    const zh = { language: 'zh-CN' };
    const comment = await runAction({
      apiUrl: api,
      event: 'issue_comment',
      payload: emu.commentEvent('created', 7, emu.userComment(7, 'carol-ops', 'looks good', '2026-12-04T13:56:00Z')),
      at: '2026-12-04 13:56:05',
      inputs: zh,
    });
    expect(comment.stdout).toContain('upgrade-gate：该评论不是 /upgrade-result 命令，无需处理');
    const unknown = await runAction({
      apiUrl: api,
      event: 'release',
      payload: {},
      at: '2026-12-04 13:56:05',
      inputs: zh,
    });
    expect(unknown.stdout).toContain('::warning::upgrade-gate：upgrade-gate 不处理 release 事件');
    const group = await runAction({
      apiUrl: api,
      event: 'merge_group',
      payload: { merge_group: {} },
      at: '2026-12-04 13:56:05',
      inputs: zh,
    });
    expect(group.stdout).toContain('merge_group 事件中没有 head_sha 或 head_ref');
    const failOn = await runAction({
      apiUrl: api,
      event: 'pull_request_target',
      payload: emu.pullEvent('pull_request_target', 'opened', 7),
      at: '2026-12-04 13:56:05',
      inputs: { ...zh, 'fail-on': 'sometimes' },
    });
    expect(failOn.code).toBe(1);
    expect(failOn.stdout).toContain(
      '::error::upgrade-gate 未能完成：输入参数 fail-on 只能是 error、warning 或 never，不能是 "sometimes"',
    );
    for (const r of [comment, unknown, group, failOn]) expect(englishLines(r)).toEqual([]);
  });

  it('without a language anywhere the same runs stay English', async () => {
    regularPr();
    emu.faults.push({ match: /^GET \/repos\/acme\/deploy\/pulls\/7\/reviews/, status: 502, times: 99 });
    const r = await runAction({
      apiUrl: api,
      event: 'pull_request_target',
      payload: emu.pullEvent('pull_request_target', 'opened', 7),
      at: '2026-12-03 04:00:00',
    });
    expect(r.stdout).toMatch(
      /::error::upgrade-gate could not finish: GET \/repos\/acme\/deploy\/pulls\/7\/reviews answered HTTP 502 \(after retries\)/,
    );
    expect(r.stdout).toMatch(/upgrade-gate: \d+ REST calls/);
    expect(r.stdout).not.toMatch(CJK);
  });
});
