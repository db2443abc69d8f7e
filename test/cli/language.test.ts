import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from '../cli-run.js';
import { ROOT } from '../helpers.js';

const ZH = readFileSync(join(ROOT, 'examples/upgrades/2026-12-10-crm-5.2.0.zh.yaml'), 'utf8');

/** Runs the CLI in `cwd` with only the locale variables given. */
const run = (cwd: string, env: Record<string, string>, ...args: string[]) => cli(cwd, args, env);

/** A folder holding the Chinese example typed with a full-width colon and comma. */
function typedWithFullWidth(): string {
  const dir = mkdtempSync(join(tmpdir(), 'ug-zh-'));
  writeFileSync(join(dir, 'doc.yaml'), ZH.replace('system: crm', 'system：crm').replace('  channels: [qq-group, wechat]', '  channels: [qq-group，wechat]'));
  return dir;
}

describe('validate on a Chinese document with full-width mistakes', () => {
  it('--lang zh-CN: Chinese findings at their line and column', async () => {
    const r = await run(typedWithFullWidth(), {}, 'validate', 'doc.yaml', '--lang', 'zh-CN');
    expect(r.status).toBe(1);
    const lines = r.stdout.trim().split('\n');
    expect(lines[0]).toBe('doc.yaml:7:7: error yaml.full-width "system" 后面是全角冒号“：”（U+FF1A），YAML 不把它当作冒号：请改成半角冒号 ":" 并在后面加一个空格（把输入法切换到英文标点）');
    expect(lines[1]).toMatch(/^doc\.yaml:63:22: error yaml\.full-width 这个列表的各项用全角逗号“，”（U\+FF0C）分隔/);
  });
  it('LANG=zh_CN.UTF-8 chooses Chinese; LC_ALL=C over it chooses English, at the same places', async () => {
    const dir = typedWithFullWidth();
    expect((await run(dir, { LANG: 'zh_CN.UTF-8' }, 'validate', 'doc.yaml')).stdout).toContain('doc.yaml:7:7: error yaml.full-width "system" 后面是全角冒号');
    const en = (await run(dir, { LANG: 'zh_CN.UTF-8', LC_ALL: 'C' }, 'validate', 'doc.yaml')).stdout;
    expect(en).toContain('doc.yaml:7:7: error yaml.full-width the colon after "system" is the full-width colon "：" (U+FF1A)');
    expect(en).toContain('doc.yaml:63:22: error yaml.full-width the items of this list are separated by the full-width comma');
  });
});

describe('the CLI speaks the language it is asked for', () => {
  it('--help: Chinese with --lang zh-CN or LANG=zh_CN.UTF-8, English otherwise', async () => {
    const zh = await cli(ROOT, ['validate', '--help', '--lang', 'zh-CN']);
    expect(zh.status).toBe(0);
    expect(zh.stdout).toMatch(/^用法：upgrade-gate validate \[PATH\.\.\.\]/);
    expect(zh.stdout).toContain('退出码：0 无错误，1 文档违反规则，2 用法或配置错误。');
    const top = await cli(ROOT, ['--help'], { LANG: 'zh_CN.UTF-8' });
    expect(top.stdout).toContain('simulate DOC...       在本地完整模拟一次 PR 检查');
    const report = await cli(ROOT, ['report', '--help'], { LANG: 'zh_CN.UTF-8' });
    expect(report.stdout).toContain('--since TIME           只列出在 TIME 或之后合并的升级');
    expect((await cli(ROOT, ['simulate', '--help'], { LANG: 'en_US.UTF-8' })).stdout).toMatch(/^Usage: upgrade-gate simulate DOC\.\.\./);
    expect((await cli(ROOT, ['owners', '--help'])).stdout).toMatch(/^Usage: upgrade-gate owners/);
  });
  it('usage errors and the summary in Chinese', async () => {
    const unknown = await cli(ROOT, ['vaildate'], { LANG: 'zh_CN.UTF-8' });
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toMatch(/^upgrade-gate: 没有 "vaildate" 这个命令\n\n用法：/);
    const format = await cli(ROOT, ['validate', 'examples/upgrades', '--format', 'xml', '--lang', 'zh-CN']);
    expect(format.stderr).toBe('upgrade-gate validate: --format 只能是 text、json，不能是 "xml"\n');
    const missing = await cli(ROOT, ['validate', 'no/such.yaml', '--lang', 'zh-CN']);
    expect(missing.stderr).toBe('upgrade-gate validate: 找不到这些文件、目录或匹配的 glob：no/such.yaml\n');
    const clean = await cli(ROOT, ['validate', 'examples/upgrades', '--lang', 'zh-CN']);
    expect(clean.status).toBe(0);
    expect(clean.stderr).toBe('3 份文档：0 个错误，0 个警告\n');
    const simulate = await cli(ROOT, ['simulate', '--lang', 'zh-CN']);
    expect(simulate.stderr).toMatch(/^upgrade-gate simulate: 请至少指定一份升级文档\n\n用法：upgrade-gate simulate/);
  });
});
