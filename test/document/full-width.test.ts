import { describe, expect, it } from 'vitest';
import { loadUpgradeDocument } from '../../src/document/load-document.js';
import { messages } from '../../src/messages/index.js';
import { edit, REGULAR } from '../helpers.js';

const errors = (text: string | Uint8Array, lang?: 'zh-CN') => loadUpgradeDocument(text, 'upgrades/doc.yaml', lang ? messages(lang) : undefined).findings.filter((f) => f.severity === 'error');

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
    expect(f!.message).toBe('这一行的缩进用了不间断空格（U+00A0），YAML 不把它当作空格：请改成普通的半角空格（把输入法切换到半角）');
  });
  it('a full-width space after the colon', () => {
    const [f] = errors(edit(REGULAR, 'system: billing', 'system:\u3000billing'));
    expect(f).toMatchObject({ line: 5, column: 8 });
    expect(f!.message).toContain('the space after the colon is a full-width space (U+3000)');
  });
});

describe('encoding advice that is right on Windows', () => {
  it('UTF-16 (Notepad\'s "Unicode"), with or without a byte-order mark, is told to be saved as UTF-8', () => {
    const utf16 = (s: string) => Array.from(s).flatMap((c) => [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8]);
    for (const bytes of [new Uint8Array([0xff, 0xfe, ...utf16('apiVersion: x\n')]), new Uint8Array(utf16(REGULAR.slice(0, 200)))]) {
      const [f] = errors(bytes);
      expect(f).toMatchObject({ rule: 'yaml.encoding', line: 1, column: 1 });
      expect(f!.message).toBe('the file is saved as UTF-16, which Windows Notepad calls "Unicode": save it as UTF-8 (File > Save As, Encoding "UTF-8")');
    }
  });
  it('GBK bytes are told to be saved as UTF-8, never "Unicode"', () => {
    const gbk = new Uint8Array([...new TextEncoder().encode('system: '), 0xd5, 0xcb, 0xce, 0xf1, 0x0a]);
    const [f] = errors(gbk);
    expect(f).toMatchObject({ rule: 'yaml.encoding', line: 1, column: 9 });
    expect(f!.message).toMatch(/save it as UTF-8/);
    expect(f!.message).not.toMatch(/call it "UTF-8" or "Unicode"/);
  });
});
