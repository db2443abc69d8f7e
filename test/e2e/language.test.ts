import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { exampleUpgrade, openUpgradePull } from '../emulator/seed.js';
import type { GitHubEmulator } from '../emulator/server.js';
import { ROOT } from '../helpers.js';
import { readable } from '../report/inert.js';
import { useEmulator } from './emulator-fixture.js';
import { runAction } from './run-action.js';

const env = useEmulator();
let emu: GitHubEmulator;
let api: string;
beforeEach(() => ({ emu, api } = env));

const CONFIG = readFileSync(join(ROOT, 'examples/.github/upgrade-gate.yml'), 'utf8');
const CJK = /[\u3400-\u9fff]/;

/** Puts `language: zh-CN` into the policy on main, as a team that works in Chinese would. */
function chinesePolicy(): void {
  const sha = emu.commit(
    emu.refs.get('heads/main')!,
    { '.github/upgrade-gate.yml': `${CONFIG.trimEnd()}\nlanguage: zh-CN\n` },
    'Policy speaks Chinese',
    'li-lei',
  );
  emu.refs.set('heads/main', sha);
}

function pr(kind: 'regular' | 'emergency', n = 7, approvedAt?: [string, string] | null) {
  const doc = exampleUpgrade(kind);
  return openUpgradePull(emu, {
    number: n,
    files: { [doc.path]: doc.text },
    approvedAt,
    label: kind === 'emergency' ? { name: 'emergency', by: 'han-meimei', at: '2026-11-25T03:00:00Z' } : undefined,
  });
}

describe('the bundled Action in Chinese', () => {
  it('language: zh-CN in the policy: the failing status names 周四, the comment and the job failure are Chinese', async () => {
    chinesePolicy();
    const head = pr('regular', 7, null);
    // Wednesday 20:00 in Shanghai, no approvals yet.
    const r = await runAction({
      apiUrl: api,
      event: 'pull_request_target',
      payload: emu.pullEvent('pull_request_target', 'opened', 7),
      at: '2026-12-02 12:00:00',
    });
    const status = emu.statuses.get(head)!.find((s) => s.context === 'upgrade-gate')!;
    expect(status.state).toBe('failure');
    const description = String(status.description);
    expect(description.length).toBeLessThanOrEqual(140);
    expect(description).toMatch(/^尚不能合并：升级窗口未开放，将于 2026-12-03（周四）00:00（北京时间）开放/);
    expect(description).toContain('待审批：研发中心负责人、总经理办公室');

    const body = String(emu.comments.get(7)![0]!.body);
    expect(body).toContain('❌ upgrade-gate：尚不能合并');
    expect(body).toContain('**升级窗口：** ⛔ 未开放：2026-12-02（周三，北京时间）不是生产环境升级日');
    expect(body).toContain('#### 待处理');
    // Logins in a finding are inert (no notification): read the comment as rendered.
    expect(readable(body)).toContain('待研发中心负责人审批：须由 @acme/rd-center-leads 的成员');
    expect(body).toContain('| Result · 审批结果 | ⏳ not approved yet · 待审批 |');
    expect(body).not.toContain('未通过');
    // What the approvers sign, in Chinese: backups, rollback, notice, gray test.
    expect(body).toContain('#### 审批人确认的内容');
    expect(body).toMatch(/\| 备份（数据、程序、配置脚本） \| 数据：.+ → .+；程序：.+；配置脚本：.+ \|/);
    expect(body).toMatch(/\| 全员通知 \| .+，通过 QQ 群、微信公众号、邮件 \|/);
    // Prose outside the form and the document's own text is Chinese: no English sentence of ours.
    expect(body).not.toMatch(/What to do next|waiting for|not ready|Production window|Evaluated at/);

    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/::error::upgrade-gate 检查不通过：尚不能合并：升级窗口未开放，将于 2026-12-03（周四）/);
    expect(r.summary).toContain('审批人确认的内容');
  });

  it('no language key: everything stays English', async () => {
    const head = pr('regular', 7, null);
    const r = await runAction({
      apiUrl: api,
      event: 'pull_request_target',
      payload: emu.pullEvent('pull_request_target', 'opened', 7),
      at: '2026-12-02 12:00:00',
    });
    const status = emu.statuses.get(head)!.find((s) => s.context === 'upgrade-gate')!;
    expect(String(status.description)).not.toMatch(CJK);
    const body = String(emu.comments.get(7)![0]!.body);
    // Only the bilingual form and its headings carry Chinese.
    const prose = body
      .split('\n')
      .filter((l) => !l.startsWith('|') && !l.startsWith('#### Approval form') && !l.startsWith('#### Feature list'));
    expect(prose.filter((l) => CJK.test(l))).toEqual([]);
    expect(body).toContain('#### What the approvers sign');
    expect(r.stdout).toMatch(/::error::upgrade-gate: \d+ problems; needs approval/);
    expect(r.stdout).not.toMatch(/::error::.*[\u3400-\u9fff]/);
  });

  it('the input language overrides the policy, both ways', async () => {
    chinesePolicy();
    const head = pr('regular', 7, null);
    await runAction({
      apiUrl: api,
      event: 'pull_request_target',
      payload: emu.pullEvent('pull_request_target', 'opened', 7),
      at: '2026-12-02 12:00:00',
      inputs: { language: 'en' },
    });
    expect(String(emu.statuses.get(head)![0]!.description)).toMatch(/window closed, opens Thursday 2026-12-03/);
    const r = await runAction({
      apiUrl: api,
      event: 'pull_request_target',
      payload: emu.pullEvent('pull_request_target', 'opened', 7),
      at: '2026-12-02 12:00:00',
      inputs: { language: 'fr' },
    });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/input language must be en or zh-CN, not "fr"/);
  });

  it('an emergency in Chinese: the comment shows the reason, impact, justification, phone confirmation and e-mail registration', async () => {
    chinesePolicy();
    pr('emergency', 8, ['2026-11-25T12:00:00Z', '2026-11-25T12:10:00Z']);
    // Wednesday 21:30 in Shanghai.
    await runAction({
      apiUrl: api,
      event: 'pull_request_target',
      payload: emu.pullEvent('pull_request_target', 'labeled', 8),
      at: '2026-11-25 13:30:00',
    });
    const body = String(emu.comments.get(8)![0]!.body);
    expect(body).toContain(
      '| 紧急升级原因 | 3.2 情形②：系统功能已无法满足业务开展，且会造成较大范围的业务停顿（business-stoppage） |',
    );
    expect(body).toMatch(/\| 影响范围 \| Every order with a coupon has failed since 09:12/);
    expect(body).toMatch(/\| 不能等到升级窗口的理由 \| Customers cannot order with coupons/);
    expect(body).toMatch(/\| 电话确认 \| Zhao Min \(General Manager's Office\)，2026-11-25T09:50 \|/);
    expect(body).toContain('| 邮件临时升级登记（总经理办公室） | GMO-2026-117 |');
    expect(body).toContain('🚨 紧急升级：不受升级日限制');
  });

  it('a Chinese document typed with full-width punctuation: Chinese findings at their line and column, in the log and the comment', async () => {
    chinesePolicy();
    const zh = readFileSync(join(ROOT, 'examples/upgrades/2026-12-10-crm-5.2.0.zh.yaml'), 'utf8');
    const text = zh
      .replace('system: crm', 'system：crm')
      .replace('  channels: [qq-group, wechat]', '  channels: [qq-group，wechat]');
    expect(text).not.toBe(zh);
    const path = 'upgrades/2026-12-10-crm-5.2.0.zh.yaml';
    const head = openUpgradePull(emu, { number: 9, files: { [path]: text } });
    const r = await runAction({
      apiUrl: api,
      event: 'pull_request_target',
      payload: emu.pullEvent('pull_request_target', 'opened', 9),
      at: '2026-12-10 12:30:00',
    });
    expect(r.stdout).toContain(
      `::error title=upgrade-gate yaml.full-width,file=${path},line=7,col=7::"system" 后面是全角冒号“：”（U+FF1A）`,
    );
    expect(r.stdout).toContain(
      `::error title=upgrade-gate yaml.full-width,file=${path},line=63,col=22::这个列表的各项用全角逗号“，”（U+FF0C）分隔`,
    );
    const status = emu.statuses.get(head)!.find((s) => s.context === 'upgrade-gate')!;
    expect(status.state).toBe('failure');
    expect(String(status.description)).toMatch(CJK);
    expect(String(status.description).length).toBeLessThanOrEqual(140);
    const body = String(emu.comments.get(9)![0]!.body);
    expect(readable(body)).toContain('"system" 后面是全角冒号');
    expect(readable(body)).toContain('请改用半角逗号 ","');
  });
  it('a Chinese document with Chinese ids, a Chinese date, a name for a login and a Chinese key: each finding says what to write', async () => {
    chinesePolicy();
    const zh = readFileSync(join(ROOT, 'examples/upgrades/2026-12-10-crm-5.2.0.zh.yaml'), 'utf8');
    const text = zh
      .replace('type: regular', 'type: 常规升级')
      .replace('  start: 2026-12-10T20:00', '  start: 2026年12月10日 晚上8点')
      .replace('  executor: carol-ops', '  executor: 张伟')
      .replace('rollback:\n', '回退方案:\n');
    const path = 'upgrades/2026-12-10-crm-5.2.0.zh.yaml';
    const head = openUpgradePull(emu, { number: 9, files: { [path]: text } });
    const r = await runAction({
      apiUrl: api,
      event: 'pull_request_target',
      payload: emu.pullEvent('pull_request_target', 'opened', 9),
      at: '2026-12-10 12:30:00',
    });
    const annotation = (line: number, col: number) =>
      `::error title=upgrade-gate schema,file=${path},line=${line},col=${col}::`;
    expect(r.stdout).toContain(`${annotation(9, 7)}type 是文字 "常规升级"：这里的取值要写英文，请写成 regular`);
    const window = r.stdout.split('\n').find((l) => l.startsWith(annotation(17, 10)));
    expect(window).toMatch(/::window\.start 是文字 "2026年12月10日 晚上8点".*：请写成 2026-12-10T20:00$/);
    expect(r.stdout).toContain(`${annotation(54, 1)}字段名 回退方案 是中文：字段名要写英文，请写成 rollback`);
    expect(r.stdout).toContain(`${annotation(59, 13)}people.executor 是文字 "张伟"，不是 GitHub 用户名`);
    const status = emu.statuses.get(head)!.find((s) => s.context === 'upgrade-gate')!;
    expect(status.state).toBe('failure');
    expect(readable(String(emu.comments.get(9)![0]!.body))).toContain('请写成 regular');
  });
});
