import { describe, expect, it } from 'vitest';
import { loadUpgradeDocument } from '../../src/document/load-document.js';
import { loadConfig } from '../../src/policy/config.js';
import { messages } from '../../src/messages/index.js';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { edit, REGULAR, ROOT } from '../helpers.js';

const ZH = readFileSync(join(ROOT, 'examples/upgrades/2026-12-10-crm-5.2.0.zh.yaml'), 'utf8');

const errors = (text: string | Uint8Array, lang?: 'zh-CN') =>
  loadUpgradeDocument(text, 'upgrades/doc.yaml', lang ? messages(lang) : undefined).findings.filter(
    (f) => f.severity === 'error',
  );

describe('full-width characters an input method types where YAML needs ASCII', () => {
  it('a full-width colon after a key is named at its own line and column', () => {
    const [f, ...rest] = errors(edit(REGULAR, 'system: billing', 'system：billing'));
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ rule: 'yaml.full-width', line: 5, column: 7 });
    expect(f!.message).toContain('the colon after "system" is the full-width colon "：" (U+FF1A)');
    expect(f!.message).toContain('type the ASCII colon ":" followed by a space');
  });
  it('a full-width colon inside a value is text, not a problem', () => {
    expect(errors(edit(REGULAR, 'title: Monthly invoices as PDF', 'title: 月度发票：PDF 格式'))).toEqual([]);
  });
  it('an ideographic space (U+3000) used as indentation', () => {
    const [f] = errors(edit(REGULAR, '  supervisor: dave-ops', '\u3000 supervisor: dave-ops'));
    expect(f).toMatchObject({ rule: 'yaml.full-width', line: 60, column: 1 });
    expect(f!.message).toContain('indented with a full-width space (U+3000)');
  });
  it('a no-break space (U+00A0) used as indentation, in Chinese', () => {
    const [f] = errors(edit(REGULAR, '  supervisor: dave-ops', ' \u00A0supervisor: dave-ops'), 'zh-CN');
    expect(f).toMatchObject({ line: 60, column: 2 });
    expect(f!.message).toBe(
      '这一行的缩进用了不间断空格（U+00A0），YAML 不把它当作空格：请改成普通的半角空格（把输入法切换到半角）',
    );
  });
  it('a full-width space after the colon', () => {
    const [f] = errors(edit(REGULAR, 'system: billing', 'system:\u3000billing'));
    expect(f).toMatchObject({ line: 5, column: 8 });
    expect(f!.message).toContain('the space after the colon is a full-width space (U+3000)');
  });
});

describe('a Chinese document typed with a Chinese input method', () => {
  /** Applies edits to the Chinese example in order. */
  const zh = (...pairs: Array<[string, string]>) => pairs.reduce((text, [from, to]) => edit(text, from, to), ZH);
  const at = (fs: ReturnType<typeof errors>) => fs.map((f) => [f.line, f.column, f.rule]);

  it("the example is clean: Chinese punctuation in text, comments and block text is the writer's own", () => {
    expect(errors(ZH, 'zh-CN')).toEqual([]);
    const block = zh([
      '  plan: 回退 GitOps 提交',
      '  plan: |\n    step1：回退 GitOps 提交\n    －　再用备份恢复，“如需要”\n    [a，b]\n  note_unused: x\n  plan_was: 回退 GitOps 提交',
    ]);
    // The block text is left alone; the line after it is read again (an unknown key: the schema says so).
    expect(errors(block, 'zh-CN').filter((f) => f.rule === 'yaml.full-width')).toEqual([]);
  });

  it('several mistakes at once, each at its line and column, in Chinese', () => {
    const text = zh(
      ['system: crm', 'system：crm'],
      ['    - 用测试销售账号登录手机端', '    － 用测试销售账号登录手机端'],
      ['  result: passed', '  result:\u3000passed'],
      ['  channels: [qq-group, wechat]', '  channels: [qq-group，wechat]'],
      ['  verified_by: 刘洋（销售运营部）', '  verified_by: “刘洋”'],
    );
    const fs = errors(text, 'zh-CN');
    expect(at(fs)).toEqual(
      [
        [7, 7, 'yaml.full-width'],
        [30, 9, 'yaml.full-width'],
        [42, 10, 'yaml.full-width'],
        [63, 22, 'yaml.full-width'],
        [37, 16, 'yaml.full-width'],
      ].sort((a, b) => Number(a[0]) - Number(b[0])),
    );
    const byLine = new Map(fs.map((f) => [f.line, f.message]));
    expect(byLine.get(7)).toBe(
      '"system" 后面是全角冒号“：”（U+FF1A），YAML 不把它当作冒号：请改成半角冒号 ":" 并在后面加一个空格（把输入法切换到英文标点）',
    );
    expect(byLine.get(30)).toContain('全角减号“－”（U+FF0D）');
    expect(byLine.get(42)).toContain('冒号后面用了全角空格（U+3000）');
    expect(byLine.get(63)).toContain('全角逗号“，”（U+FF0C）');
    expect(byLine.get(63)).toContain('请改用半角逗号 ","');
    expect(byLine.get(37)).toBe(
      '取值两边是全角引号 “”，YAML 会把引号当成文字的一部分：请改用半角引号 "…" 或去掉引号（把输入法切换到英文标点）',
    );
    // The column is counted in characters: the Chinese text before a mistake counts one per character.
    const line63 = text.split('\n')[62]!;
    expect(line63[22 - 1]).toBe('，');
  });

  it('the same document in English names the same places', () => {
    const fs = errors(zh(['  channels: [qq-group, wechat]', '  channels: ［qq-group, wechat］']));
    expect(at(fs)).toEqual([[63, 13, 'yaml.full-width']]);
    expect(fs[0]!.message).toContain('the full-width bracket "［" (U+FF3B)');
  });

  it("a full-width comma inside a quoted item, or in plain text, is the writer's text", () => {
    expect(
      errors(zh(['  channels: [qq-group, wechat]', '  channels: [qq-group, wechat] # 群，公众号']), 'zh-CN'),
    ).toEqual([]);
    expect(errors(zh(['    title: 合同到期提醒', '    title: 合同到期提醒，短信通知']), 'zh-CN')).toEqual([]);
    const quoted = errors(zh(['        - 新建一条拜访记录并上传 3 张照片', '        - ["新建，上传", 照片]']), 'zh-CN');
    expect(quoted.filter((f) => f.rule === 'yaml.full-width')).toEqual([]);
  });

  it('quotation marks inside a value are text; only marks around the whole value are a mistake', () => {
    expect(errors(zh(['    title: 合同到期提醒', '    title: 合同“到期”提醒']), 'zh-CN')).toEqual([]);
    expect(errors(zh(['    title: 合同到期提醒', '    title: “到期”和“续签”']), 'zh-CN')).toEqual([]);
    const [f] = errors(zh(['    title: 合同到期提醒', '    title: ‘合同到期提醒’']), 'zh-CN');
    expect(f).toMatchObject({ rule: 'yaml.full-width', line: 24, column: 12 });
  });

  it('a full-width space after a list dash', () => {
    const [f] = errors(zh(['    - 用测试销售账号登录手机端', '    -\u3000用测试销售账号登录手机端']), 'zh-CN');
    expect(f).toMatchObject({ line: 30, column: 10 });
    expect(f!.message).toContain('列表的 "-" 后面用了全角空格（U+3000）');
  });
});

describe('a policy file typed with a Chinese input method', () => {
  it('is read in the language it asks for, even when it does not parse', () => {
    const text = 'time-zone: Asia/Shanghai\nlanguage：zh-CN\nmerge-days: [thursday]\n';
    const [f] = loadConfig(text, '.github/upgrade-gate.yml').findings;
    expect(f).toMatchObject({ file: '.github/upgrade-gate.yml', line: 2, column: 9 });
    expect(f!.message).toMatch(/^"language" 后面是全角冒号“：”/);
    // --lang en (or the Action input) still decides.
    expect(loadConfig(text, '.github/upgrade-gate.yml', 'en').findings[0]!.message).toMatch(
      /^the colon after "language" is the full-width colon/,
    );
    expect(loadConfig('time-zone：Asia/Shanghai\n', '.github/upgrade-gate.yml').findings[0]!.message).toMatch(
      /^the colon after "time-zone"/,
    );
  });
});

describe('other YAML mistakes, in the chosen language', () => {
  it('a tab in the indentation, a repeated key, an empty file', () => {
    const [tab] = errors(ZH.replace('  from: "5.1.3"', '\tfrom: "5.1.3"'), 'zh-CN');
    expect(tab).toMatchObject({ rule: 'yaml.syntax', line: 11 });
    expect(tab!.message).toBe('缩进用了 Tab 键：YAML 只允许空格缩进，请把 Tab 换成空格');
    const [twice] = errors(ZH.replace('system: crm\n', 'system: crm\nsystem: crm\n'), 'zh-CN');
    expect(twice).toMatchObject({ rule: 'yaml.duplicate-key', line: 8, column: 1 });
    expect(twice!.message).toContain('同一个映射中这个字段出现了两次');
    expect(errors('# 只有注释\n', 'zh-CN')[0]!.message).toBe(
      '文档是空的：请从 examples/upgrades/ 中的示例或 schemas/upgrade.schema.json 开始写',
    );
    expect(errors('# only a comment\n')[0]!.message).toMatch(/^the document is empty/);
  });
});

describe('encoding advice that is right on Windows', () => {
  it('UTF-16 (Notepad\'s "Unicode"), with or without a byte-order mark, is told to be saved as UTF-8', () => {
    const utf16 = (s: string) => Array.from(s).flatMap((c) => [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8]);
    for (const bytes of [
      new Uint8Array([0xff, 0xfe, ...utf16('apiVersion: x\n')]),
      new Uint8Array(utf16(REGULAR.slice(0, 200))),
    ]) {
      const [f] = errors(bytes);
      expect(f).toMatchObject({ rule: 'yaml.encoding', line: 1, column: 1 });
      expect(f!.message).toBe(
        'the file is saved as UTF-16, which Windows Notepad calls "Unicode": save it as UTF-8 (File > Save As, Encoding "UTF-8")',
      );
    }
  });
  it('GBK bytes are told to be saved as UTF-8, never "Unicode"', () => {
    const gbk = new Uint8Array([...new TextEncoder().encode('system: '), 0xd5, 0xcb, 0xce, 0xf1, 0x0a]);
    const [f] = errors(gbk);
    expect(f).toMatchObject({ rule: 'yaml.encoding', line: 1, column: 9 });
    expect(f!.message).toMatch(/save it as UTF-8/);
    expect(f!.message).not.toMatch(/call it "UTF-8" or "Unicode"/);
  });
  it('GBK bytes in Chinese: 另存为 UTF-8, at the first byte that is not UTF-8', () => {
    const gbk = new Uint8Array([
      ...new TextEncoder().encode('apiVersion: upgrade-gate/v1\nsystem: crm\ntitle: '),
      0xbf,
      0xcd,
      0xbb,
      0xa7,
      0x0a,
    ]);
    const [f] = errors(gbk, 'zh-CN');
    expect(f).toMatchObject({ rule: 'yaml.encoding', line: 3, column: 8 });
    expect(f!.message).toContain('请另存为 UTF-8');
    expect(f!.message).toContain('看起来是 GBK');
  });
});
