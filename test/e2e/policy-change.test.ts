import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { cli } from '../cli-run.js';
import { examplesBase, exampleUpgrade, openUpgradePull } from '../emulator/seed.js';
import type { GitHubEmulator } from '../emulator/server.js';
import { useEmulator } from './emulator-fixture.js';
import { runAction } from './run-action.js';

const env = useEmulator();
let emu: GitHubEmulator;
let api: string;
beforeEach(() => ({ emu, api } = env));

const ours = (sha: string) => (emu.statuses.get(sha) ?? []).filter((s) => s.context === 'upgrade-gate');
const event = (action: string, n: number) => emu.pullEvent('pull_request_target', action, n);
const CONFIG = '.github/upgrade-gate.yml';
/** The policy loosened the way an insider would: production merges on every weekday. */
const loosened = () =>
  examplesBase()[CONFIG]!.replace(
    'merge-days: [thursday]',
    'merge-days: [monday, tuesday, wednesday, thursday, friday]',
  );

describe('a change to the policy files needs the policy owner (general-office)', () => {
  it("a PR that loosens the configuration, with no document, fails until the General Manager's Office approves; the merge is recorded", async () => {
    const head = openUpgradePull(emu, { number: 11, files: { [CONFIG]: loosened() }, approvedAt: null });
    const r = await runAction({
      apiUrl: api,
      event: 'pull_request_target',
      payload: event('opened', 11),
      at: '2026-12-02 04:00:00',
    });
    expect(ours(head).map((s) => s.state)).toEqual(['failure']);
    expect(String(ours(head)[0]!.description)).toMatch(/changes the policy \(\.github\/upgrade-gate\.yml\)/);
    const body = String(emu.comments.get(11)![0]!.body);
    expect(body).toContain('#### Policy change');
    expect(body).toContain('**policy.approval**');
    expect(body).toContain('waiting for a member of @acme/gm-office');
    expect(r.code).toBe(1);

    // The R&D center lead's approval is not the policy owner's.
    emu.review(11, 'li-lei', 'APPROVED', head, '2026-12-02T05:00:00Z');
    await runAction({
      apiUrl: api,
      event: 'pull_request_review',
      payload: emu.pullEvent('pull_request_review', 'submitted', 11),
      at: '2026-12-02 05:01:00',
    });
    expect(ours(head).map((s) => s.state)).toEqual(['failure', 'failure']);

    emu.review(11, 'han-meimei', 'APPROVED', head, '2026-12-02T06:00:00Z');
    const ok = await runAction({
      apiUrl: api,
      event: 'pull_request_review',
      payload: emu.pullEvent('pull_request_review', 'submitted', 11),
      at: '2026-12-02 06:01:00',
    });
    expect(ours(head).map((s) => s.state)).toEqual(['failure', 'failure', 'success']);
    expect(String(ours(head)[2]!.description)).toMatch(
      /Policy change approved by @han-meimei \(General Manager's Office\)/,
    );
    expect(ok.code).toBe(0);

    emu.merge(11, 'han-meimei', '2026-12-02T06:30:00Z');
    await runAction({
      apiUrl: api,
      event: 'pull_request_target',
      payload: event('closed', 11),
      at: '2026-12-02 06:31:00',
    });
    const records = [...emu.filesAt('main')].filter(
      ([p]) => p.startsWith('archive/') && p.endsWith('.json') && !p.endsWith('chain-head.json'),
    );
    expect(records.length).toBe(1);
    const record = JSON.parse(records[0]![1]);
    expect(record.policy_change).toEqual({ files: [CONFIG], owner: 'general-office', approved: true });
    expect(record.approvals).toEqual([
      expect.objectContaining({ role: 'general-office', login: 'han-meimei', via: '@acme/gm-office' }),
    ]);
    expect(record.approvals[0].document).toBeUndefined();
    expect(record.violations).toEqual([]);
    const markdown = emu.filesAt('main').get(records[0]![0].replace(/\.json$/, '.md'))!;
    expect(markdown).toContain(
      '- Policy change · 策略变更: .github/upgrade-gate.yml; approved by the policy owner (general-office) · 策略负责角色批准: yes · 是',
    );
    // The record with its policy change is a valid record of the chain.
    const dir = mkdtempSync(join(tmpdir(), 'policy-change-'));
    emu.checkout('main', 'archive/', dir);
    const verified = await cli(dir, ['verify', 'archive']);
    expect(verified.stdout).toMatch(/\b1 records? verified/);
    expect(verified.status).toBe(0);
  });

  it('a workflow edit approved before a later push is not approved: the approval covers the change it saw', async () => {
    const first = openUpgradePull(emu, {
      number: 12,
      files: { '.github/workflows/upgrade-gate.yml': 'on: pull_request\n' },
      approvedAt: null,
    });
    emu.review(12, 'han-meimei', 'APPROVED', first, '2026-12-02T02:00:00Z');
    const later = emu.commit(
      first,
      { '.github/workflows/upgrade-gate.yml': 'on: workflow_dispatch\n' },
      'disable the gate',
      'alice-dev',
    );
    emu.pulls.get(12)!.headSha = later;
    await runAction({
      apiUrl: api,
      event: 'pull_request_target',
      payload: event('synchronize', 12),
      at: '2026-12-02 04:00:00',
    });
    expect(ours(later).map((s) => s.state)).toEqual(['failure']);
    const body = String(emu.comments.get(12)![0]!.body);
    expect(body).toMatch(
      /not counted: @\u200dhan-meimei: approved [0-9a-f]{7}, then \.github\/workflows\/upgrade-gate\.yml changed/,
    );
  });

  it('a PR with an upgrade document that also edits CODEOWNERS needs the policy owner as well as both roles, merged anyway it is recorded as a violation', async () => {
    const doc = exampleUpgrade('regular');
    const codeowners = `${examplesBase()['CODEOWNERS']}/upgrades/billing-*  @alice-dev\n`;
    // Both roles approve (li-lei, han-meimei): han-meimei signs the document; the policy change needs her too, which she gave.
    const head = openUpgradePull(emu, { number: 13, files: { [doc.path]: doc.text, CODEOWNERS: codeowners } });
    await runAction({
      apiUrl: api,
      event: 'pull_request_target',
      payload: event('opened', 13),
      at: '2026-12-03 04:00:00',
    });
    expect(ours(head).map((s) => s.state)).toEqual(['success']);

    const other = openUpgradePull(emu, {
      number: 14,
      files: { 'docs/CODEOWNERS': '* @alice-dev\n' },
      approvedAt: ['2026-12-02T02:00:00Z', ''] as unknown as [string, string],
    });
    await runAction({
      apiUrl: api,
      event: 'pull_request_target',
      payload: event('opened', 14),
      at: '2026-12-03 04:00:00',
    });
    expect(ours(other).map((s) => s.state)).toEqual(['failure']);
    emu.merge(14, 'bob-ops', '2026-12-03T04:10:00Z');
    const merged = await runAction({
      apiUrl: api,
      event: 'pull_request_target',
      payload: event('closed', 14),
      at: '2026-12-03 04:11:00',
    });
    const record = [...emu.filesAt('main')].find(([p]) => p.startsWith('archive/') && p.endsWith('pr14.json'));
    expect(record, merged.stdout).toBeDefined();
    const parsed = JSON.parse(record![1]);
    expect(parsed.policy_change).toEqual({ files: ['docs/CODEOWNERS'], owner: 'general-office', approved: false });
    expect(parsed.violations.map((v: { rule: string }) => v.rule)).toEqual(['policy.approval']);
  });

  it("a PR that changes nothing of the policy and has no document is not this gate's business", async () => {
    const head = openUpgradePull(emu, {
      number: 15,
      files: { 'README.md': 'hello\n', '.github/ISSUE_TEMPLATE.md': 'x\n' },
      approvedAt: null,
    });
    await runAction({
      apiUrl: api,
      event: 'pull_request_target',
      payload: event('opened', 15),
      at: '2026-12-02 04:00:00',
    });
    expect(ours(head).map((s) => s.state)).toEqual(['success']);
  });
});
