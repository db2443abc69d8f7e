import { describe, expect, it } from 'vitest';
import { compileCodeowners } from '../../src/codeowners/owners.js';
import { codeownersProblemText } from '../../src/codeowners/problem-text.js';
import { messages } from '../../src/messages/index.js';

// One line per problem GitHub skips, each at a known line and column.
const TEXT = [
  '* @everyone',
  '!/drafts/ @a',
  '[ab].md @a',
  '\\#notes @a',
  'src/***/x @a',
  '/ @a',
  '/docs/ @acme/docs not-an-owner',
].join('\n');
const CJK = /[\u3400-\u9fff]/;

describe('CODEOWNERS problems in both languages', () => {
  const { errors } = compileCodeowners(TEXT);

  it('each skipped line keeps its line, column and the token that is wrong', () => {
    expect(errors.map((e) => [e.line, e.column, e.problem, e.token])).toEqual([
      [2, 1, 'negation', '!/drafts/'],
      [3, 1, 'range', '[ab].md'],
      [4, 1, 'escaped-hash', '\\#notes'],
      [5, 1, 'triple-star', 'src/***/x'],
      [6, 1, 'root', '/'],
      [7, 19, 'owner', 'not-an-owner'],
    ]);
  });

  it('English names what is wrong and the fix; Chinese says the same in Chinese, never English prose', () => {
    for (const e of errors) {
      const en = codeownersProblemText(e, messages('en'));
      const zh = codeownersProblemText(e, messages('zh-CN'));
      expect(en).toMatch(/GitHub skips this line[^:]*: (write|to leave|own) /);
      expect(en).not.toMatch(CJK);
      expect(zh).toMatch(/GitHub 会跳过这一行.*：请|GitHub 会跳过这一行：(如|任意)/);
      // Without code, paths and the product's names, what is left is Chinese.
      expect(zh.replace(/CODEOWNERS|GitHub|@[\w/]+|"[^"]*"|[!#*\\/[\]]+|\*\*/g, '')).not.toMatch(/[A-Za-z]{3,}/);
    }
    const owner = errors.find((e) => e.problem === 'owner')!;
    expect(codeownersProblemText(owner, messages('zh-CN'))).toContain('"not-an-owner" 不是有效的所有者');
  });

  it('a file of 3 MB or more is named as such in both languages', () => {
    const [big] = compileCodeowners(`* @a\n${'# x\n'.repeat(800_000)}`).errors;
    expect(codeownersProblemText(big!, messages('en'))).toMatch(/^File too large: .*does not load it at all/);
    expect(codeownersProblemText(big!, messages('zh-CN'))).toMatch(/^文件过大：.*GitHub 完全不会加载它/);
  });
});
