import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadUpgradeDocument } from '../../src/document/load-document.js';
import { messages } from '../../src/messages/index.js';
import { edit, ROOT } from '../helpers.js';

const ZH = readFileSync(join(ROOT, 'examples/upgrades/2026-12-10-crm-5.2.0.zh.yaml'), 'utf8');
const findings = (text: string, lang?: 'zh-CN') =>
  loadUpgradeDocument(text, 'upgrades/doc.yaml', lang ? messages(lang) : undefined).findings;

describe('schema findings in the chosen language, quoting the schema in that language', () => {
  it('a typo in a value: Chinese, with the guess, at the value', () => {
    const [f] = findings(edit(ZH, 'environment: production', 'environment: prod'), 'zh-CN');
    expect(f).toMatchObject({ rule: 'schema', line: 8, column: 14 });
    expect(f!.message).toBe(
      'environment 是文字 "prod"，不是允许的取值：是不是要写 production？请使用其中之一：production、gray',
    );
    expect(findings(edit(ZH, 'environment: production', 'environment: prod'))[0]!.message).toBe(
      'environment is "prod", which is not allowed: did you mean production? use one of production, gray',
    );
  });
  it('a missing field names what to write, from the Chinese half of the description', () => {
    const [f] = findings(edit(ZH, '  plan: 回退 GitOps 提交', '  steps: 回退 GitOps 提交'), 'zh-CN').filter((x) =>
      x.message.startsWith('缺少'),
    );
    expect(f!.message).toMatch(/^缺少 rollback\.plan：请填写恢复到上一版本的步骤，如 /);
    const en = findings(edit(ZH, '  plan: 回退 GitOps 提交', '  steps: 回退 GitOps 提交')).find((x) =>
      x.message.includes('is missing'),
    );
    expect(en!.message).toMatch(/^rollback\.plan is missing: add the steps that restore the previous version, e\.g\. /);
  });
  it('an unknown field and a misspelt one', () => {
    const fs = findings(edit(ZH, 'system: crm', 'sytem: crm'), 'zh-CN');
    expect(fs.map((f) => f.message)).toContain('升级文档中没有 sytem 这个字段：是不是要写 system？');
    expect(fs.find((f) => f.message.includes('sytem'))).toMatchObject({ line: 7, column: 1 });
  });
  it('a date that does not exist, and a version YAML reads as a number', () => {
    const date = findings(edit(ZH, 'date: 2026-12-07', 'date: 2026-13-07'), 'zh-CN')[0]!;
    expect(date).toMatchObject({ line: 38, column: 9 });
    expect(date.message).toBe('acceptance.date 是文字 "2026-13-07"，不是有效的日期（写成 YYYY-MM-DD），如 2026-11-23');
    const version = findings(edit(ZH, 'to: "5.2.0"', 'to: 5.2'), 'zh-CN')[0]!;
    expect(version.message).toBe('release.to 应该是文字，实际是数字 5.2：请加上引号（"5.2"），让 YAML 把它当作文字');
  });
});
