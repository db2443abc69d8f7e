import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli as run } from '../cli-run.js';
import { loadConfig } from '../../src/policy/config.js';
import { evaluate } from '../../src/policy/evaluate.js';
import { check, edit, EMERGENCY, ROOT } from '../helpers.js';
import { CONFIG, snapshot } from '../policy/snapshot-fixture.js';

const CJK = /[\u3400-\u9fff]/;
const ZH_CONFIG = `${CONFIG.trimEnd()}\nlanguage: zh-CN\n`;
// Friday in Shanghai: the window is closed, so the merge rule speaks.
const FRIDAY = '2026-12-04T02:00:00Z';

describe('choosing the language', () => {
  it('no language key: every finding in English', () => {
    const v = evaluate(snapshot({ now: FRIDAY, reviews: [] }));
    expect(v.language).toBe('en');
    expect(v.findings.length).toBeGreaterThan(1);
    for (const f of v.findings) expect(f.message, f.rule).not.toMatch(CJK);
  });

  it('language: zh-CN in the policy: findings in Chinese', () => {
    const v = evaluate(
      snapshot({ now: FRIDAY, reviews: [], config: { path: '.github/upgrade-gate.yml', text: ZH_CONFIG } }),
    );
    expect(v.language).toBe('zh-CN');
    const approval = v.findings.find((f) => f.rule === 'approval.center-lead');
    expect(approval?.message).toMatch(/^待研发中心负责人审批：须由 @acme\/rd-center-leads 的成员/);
  });

  it('the Action input / --lang override the policy, both ways', () => {
    const toZh = evaluate(snapshot({ reviews: [], language: 'zh-CN' }));
    expect(toZh.findings.find((f) => f.rule === 'approval.general-office')?.message).toMatch(/^待总经理办公室/);
    const toEn = evaluate(
      snapshot({ reviews: [], language: 'en', config: { path: '.github/upgrade-gate.yml', text: ZH_CONFIG } }),
    );
    expect(toEn.language).toBe('en');
    expect(toEn.findings.find((f) => f.rule === 'approval.general-office')?.message).toMatch(
      /^waiting for an approval from the General Manager's Office/,
    );
  });

  it('configuration findings speak the language the configuration asks for', () => {
    const { findings } = loadConfig(edit(ZH_CONFIG, 'time-zone: Asia/Shanghai', 'time-zone: Asia/Beijing'));
    expect(findings.map((f) => f.message)).toEqual([
      expect.stringMatching(/^time-zone "Asia\/Beijing" 不是当前运行环境认识的 IANA 时区：请使用 Asia\/Shanghai/),
    ]);
  });

  it('a language the catalog does not have is a configuration error', () => {
    const { findings } = loadConfig(`${CONFIG.trimEnd()}\nlanguage: fr\n`);
    expect(findings.map((f) => [f.rule, f.severity, f.line])).toEqual([
      ['config', 'error', CONFIG.trimEnd().split('\n').length + 1],
    ]);
  });
});

describe('the CLI chooses the language', () => {
  const WEEKDAY = join(ROOT, 'examples/invalid/window.weekday.yaml');
  const cli = async (argv: string[], env: Record<string, string> = {}) => {
    const r = await run(ROOT, argv, env);
    return { status: r.status, out: r.stdout, err: r.stderr };
  };

  it('--lang zh-CN: Chinese findings that name 周四', async () => {
    const r = await cli(['validate', WEEKDAY, '--lang', 'zh-CN']);
    expect(r.status).toBe(1);
    expect(r.out).toMatch(/error window\.weekday window\.start \S+ 按北京时间是周五；常规升级的生产环境升级安排在周四/);
  });

  it('the locale decides without --lang; --lang beats the locale; a C locale leaves English', async () => {
    expect((await cli(['validate', WEEKDAY], { LANG: 'zh_CN.UTF-8' })).out).toMatch(/按北京时间是周五/);
    expect((await cli(['validate', WEEKDAY, '--lang', 'en'], { LANG: 'zh_CN.UTF-8' })).out).toMatch(
      /is a Friday in Asia\/Shanghai/,
    );
    expect((await cli(['validate', WEEKDAY], { LANG: 'C.UTF-8' })).out).toMatch(/is a Friday in Asia\/Shanghai/);
  });

  it('an unknown --lang is a usage error', async () => {
    const r = await cli(['validate', WEEKDAY, '--lang', 'fr']);
    expect(r.status).toBe(2);
    expect(r.err).toMatch(/--lang must be en or zh-CN, not "fr"/);
  });
});

describe('free-text length, followable in both languages', () => {
  it('eight Chinese characters of justification: the count and the rule are stated', () => {
    const doc = edit(EMERGENCY, /justification: [^\n]*/.exec(EMERGENCY)![0], 'justification: 顾客无法下单很急');
    const [en] = check(doc).filter((f) => f.rule === 'emergency.justification');
    expect(en?.message).toContain(
      '16 of at least 30 characters, counting a Chinese character as two and a letter, digit or space as one (about 7 more Chinese characters or 14 more letters)',
    );
    const [zh] = check(doc, { language: 'zh-CN' }).filter((f) => f.rule === 'emergency.justification');
    expect(zh?.message).toContain(
      '按字符计，一个汉字算 2 个、字母数字和空格算 1 个，已写 16 个，至少需要 30 个（还差约 7 个汉字）',
    );
  });
});
