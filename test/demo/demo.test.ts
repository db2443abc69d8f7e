import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers.js';

describe('npm run demo', () => {
  it('shows a Wednesday failure, a Thursday success and an emergency, with no OpenAPI violation', () => {
    const r = spawnSync(process.execPath, ['scripts/demo.mjs'], { cwd: ROOT, encoding: 'utf8' });
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(
      /Wednesday 2026-12-02 20:00[\s\S]*status upgrade-gate on [0-9a-f]{7}: failure — 2 problems; window closed, opens Thursday 2026-12-03 00:00 Asia\/Shanghai \(in 4 h 0 min\)/,
    );
    expect(r.stdout).toMatch(/Thursday 2026-12-03 20:00[\s\S]*: success — Ready/);
    expect(r.stdout).toMatch(/emergency[\s\S]*outputs: verdict=pass upgrade-type=emergency/);
    expect(r.stdout).toContain('<!-- upgrade-gate:sticky-comment -->');
    expect(r.stdout).toContain('archive-path=archive/2026/12/2026-12-03-billing-2.4.0-pr7.json');
    expect(r.stdout).toMatch(
      /25 hours after the merge[^\n]*\n   merged upgrade without an outcome after 24 hours: PR #7/,
    );
    expect(r.stdout).toContain('⏳ Outcome pending');
    expect(r.stdout).toMatch(/outcome=refused · archive unchanged[\s\S]*@mallory may not record/);
    expect(r.stdout).toContain('outcome=ignored · 0 REST calls');
    expect(r.stdout).toMatch(
      /outcome=recorded · archive-path=archive\/2026\/12\/2026-12-03-billing-2\.4\.0-pr7\.outcome-1\.json/,
    );
    expect(r.stdout).toContain('record #2: succeeded, recorded by carol-ops (executor)');
    expect(r.stdout).toContain('the same event delivered again: outcome=duplicate · 0 writes');
    expect(r.stdout).toContain('upgrade-gate verify on that archive: 2 records verified: the archive is intact');
    expect(r.stdout).toMatch(/\| #7 \| UPG-2026-1203-01 \|.*\| succeeded \| 2026-12-04T13:40:00\.000Z \| carol-ops \|/);
    expect(r.stdout).toMatch(
      /after changing merged_by in the record: exit 1: .*the record was edited after it was written/,
    );
    expect(r.stdout).not.toContain('OpenAPI violations');
  });
  it('runs in Chinese: npm run demo -- --lang zh-CN', () => {
    const r = spawnSync(process.execPath, ['scripts/demo.mjs', '--lang', 'zh-CN'], { cwd: ROOT, encoding: 'utf8' });
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(
      /2026-12-02（周三）20:00[\s\S]*状态：failure — 尚不能合并：升级窗口未开放，将于 2026-12-03（周四）00:00（北京时间）开放/,
    );
    expect(r.stdout).toMatch(/2026-12-03（周四）20:00[\s\S]*状态：success — 可以合并：研发中心负责人已由 @li-lei 批准/);
    expect(r.stdout).toContain('### ✅ upgrade-gate：可以合并');
    expect(r.stdout).toContain('#### 审批人确认的内容');
    // After the merge too: the outcome, the CLI's verify and report, the tampered record.
    expect(r.stdout).toContain('有 1 个已合并的升级超过 24 小时仍未记录升级结果：PR #7');
    expect(r.stdout).toContain('── 同一事件再次送达：outcome=duplicate · 0 次写入');
    expect(r.stdout).toContain('── 对该档案运行 upgrade-gate verify：已验证 2 条归档记录：归档完好');
    expect(r.stdout).toMatch(/── 改动记录中的 merged_by 之后：退出码 1：.*record\.hash 内容与其 sha256 不符/);
    // No heading of the demo's own is left in English.
    expect(r.stdout.split('\n').filter((l) => /^── [A-Za-z]/.test(l) && !/^── PR #\d/.test(l))).toEqual([]);
    expect(r.stdout).not.toContain('OpenAPI violations');
  });
});
