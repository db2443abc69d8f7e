import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { cli } from '../cli-run.js';
import { edit, ROOT } from '../helpers.js';

// Documents and a policy as people who write Chinese and have never seen the code write them: from
// the Chinese example, with the mistakes a Chinese input method, Windows Notepad, Word and habit
// make. Each goes through `validate --lang zh-CN` and must come back as Chinese findings at the
// right line and column that say what to write instead: never a crash, never a silent pass.

const ZH = readFileSync(join(ROOT, 'examples/upgrades/2026-12-10-crm-5.2.0.zh.yaml'), 'utf8');
const EMERGENCY = readFileSync(join(ROOT, 'examples/upgrades/2026-11-25-orders-3.1.1-emergency.yaml'), 'utf8');
const CJK = /[\u3400-\u9fff]/;
// Four English words in a row: a sentence (such as a parser's own message) that was never translated.
const ENGLISH_SENTENCE = /\b[a-z]+ [a-z]+ [a-z]+ [a-z]+\b/i;

interface Finding {
  rule: string;
  severity: string;
  message: string;
  file: string;
  line: number;
  column: number;
}

let repo: string;
beforeAll(() => {
  repo = mkdtempSync(join(tmpdir(), 'ug-zh-authors-'));
  cpSync(join(ROOT, 'examples'), repo, { recursive: true });
});

/** Writes the document's bytes under upgrades/ and validates it in Chinese: the exit status and the findings. */
async function validate(name: string, bytes: string | Buffer): Promise<{ status: number; findings: Finding[] }> {
  const file = `upgrades/${name}`;
  writeFileSync(join(repo, file), bytes);
  const r = await cli(repo, ['validate', file, '--lang', 'zh-CN', '--format', 'json']);
  expect(r.stderr).not.toMatch(/at .*\.(ts|js):\d+/); // no stack trace
  const findings = JSON.parse(r.stdout) as Finding[];
  for (const f of findings) {
    expect(f.message, f.message).toMatch(CJK);
    expect(f.message, f.message).not.toMatch(ENGLISH_SENTENCE);
  }
  return { status: r.status, findings };
}

const where = (fs: Finding[]) => fs.map((f) => [f.line, f.column, f.rule]);
const zh = (...pairs: Array<[string, string]>) => pairs.reduce((text, [from, to]) => edit(text, from, to), ZH);

describe("YAML mistakes are explained in Chinese with a fix, never in the parser's English", () => {
  // Words of the yaml library's own sentences: none may reach a Chinese reader.
  const PARSER =
    /Unexpected|token|node end|Invalid|escape sequence|Unresolved|reserved character|Block scalar|indicator|must not/i;
  it.each([
    ['text after a closed quote', ['system: crm', "system: 'crm' x"], [7, 15], '前一个取值已经结束（引号已闭合'],
    [
      'a field after a list at the same level',
      ['# yaml-language-server', '- a\n# yaml-language-server'],
      [5, 11],
      'YAML 无法确定这里的 ":" 属于哪一层',
    ],
    [
      'a list item on the line of a key',
      ['kind: Upgrade', '- a\nkind: Upgrade'],
      [5, 1],
      'YAML 无法确定这里的 "-" 属于哪一层',
    ],
    [
      'an unknown escape in double quotes',
      ['from: "5.1.3"', 'from: "5.1\\q3"'],
      [11, 13],
      '双引号里的 \\q 不是 YAML 认识的转义写法',
    ],
    ['an unknown tag', ['system: crm', 'system: !custom crm'], [7, 9], 'YAML 不认识标签 !custom：请删除这个标签'],
    [
      'a value that starts with @',
      ['system: crm', 'system: @crm'],
      [7, 9],
      '不加引号的取值不能以 @ 开头：请给取值加上半角引号',
    ],
    [
      'blank lines indented deeper at the start of a block text',
      ['    description: 销售在手机端', '    description: |\n\n        \n      销售在手机端'],
      [25, 7],
      '| 或 > 之后的多行文字以空行开头',
    ],
  ])('%s', async (_name, [from, to], [line, column], message) => {
    const { status, findings } = await validate('parser.yaml', zh([from!, to!]));
    expect(status).toBe(1);
    const found = findings.find((f) => f.message.includes(message!));
    expect(found, JSON.stringify(findings)).toMatchObject({ rule: 'yaml.syntax', line, column });
    for (const f of findings) expect(f.message).not.toMatch(PARSER);
  });
});

describe('documents written by Chinese-speaking people, validated in Chinese', () => {
  it('the example itself is clean (the mistakes below are the only difference)', async () => {
    expect(await validate('clean.zh.yaml', ZH)).toEqual({ status: 0, findings: [] });
  });

  it('a full-width colon after a key and a full-width space after a colon (Chinese input method left on)', async () => {
    const { status, findings } = await validate(
      'colon.yaml',
      zh(['system: crm', 'system：crm'], ['environment: production', 'environment:\u3000production']),
    );
    expect(status).toBe(1);
    expect(where(findings)).toEqual([
      [7, 7, 'yaml.full-width'],
      [8, 13, 'yaml.full-width'],
    ]);
    expect(findings[0]!.message).toContain('请改成半角冒号 ":" 并在后面加一个空格');
    expect(findings[1]!.message).toContain('请改成一个普通的半角空格');
  });

  it('the window written as 2026年12月10日 20:00: the finding gives the exact value to write', async () => {
    const { status, findings } = await validate(
      'dates.yaml',
      zh(
        ['  start: 2026-12-10T20:00', '  start: 2026年12月10日 20:00'],
        ['  end: 2026-12-10T22:00', '  end: 2026年12月10日（周四）22点'],
      ),
    );
    expect(status).toBe(1);
    expect(where(findings)).toEqual([
      [17, 10, 'schema'],
      [18, 8, 'schema'],
    ]);
    expect(findings[0]!.message).toMatch(
      /^window\.start 是文字 "2026年12月10日 20:00"，不是有效的日期时间.*：请写成 2026-12-10T20:00$/,
    );
    expect(findings[1]!.message).toMatch(/：请写成 2026-12-10T22:00$/);
  });

  it('times of day in words (晚上8点, 上午10点, 下午3点半) and a date with slashes', async () => {
    const { findings } = await validate(
      'times.yaml',
      zh(
        ['  start: 2026-12-10T20:00', '  start: 2026-12-10 晚上8点'],
        ['  announced_at: 2026-12-09T10:00', '  announced_at: 2026-12-09 上午10点'],
        ['  completed: 2026-12-08T16:00', '  completed: 2026/12/8 下午3点半'],
        ['  date: 2026-12-07', '  date: 2026年12月7日'],
      ),
    );
    expect(where(findings)).toEqual([
      [17, 10, 'schema'],
      [38, 9, 'schema'],
      [41, 14, 'schema'],
      [62, 17, 'schema'],
    ]);
    expect(findings.map((f) => f.message.split('：请写成 ')[1])).toEqual([
      '2026-12-10T20:00',
      '2026-12-07',
      '2026-12-08T15:30',
      '2026-12-09T10:00',
    ]);
  });

  it('a file saved by Windows Notepad as ANSI (GBK): save it as UTF-8, at the first byte that is not', async () => {
    const { status, findings } = await validate('gbk.yaml', gbk(ZH));
    expect(status).toBe(1);
    expect(where(findings)).toEqual([[2, 3, 'yaml.encoding']]);
    expect(findings[0]!.message).toContain('GBK');
    expect(findings[0]!.message).toContain('请另存为 UTF-8');
  });

  it('a BOM and CRLF line ends (Notepad "UTF-8 with BOM") do not move the position of a Chinese type', async () => {
    const text = zh(['type: regular', 'type: 常规升级']).replace(/\n/g, '\r\n');
    const { status, findings } = await validate(
      'bom-crlf.yaml',
      Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]),
    );
    expect(status).toBe(1);
    expect(where(findings)).toEqual([[9, 7, 'schema']]);
    expect(findings[0]!.message).toBe(
      'type 是文字 "常规升级"：这里的取值要写英文，请写成 regular（可选：regular、emergency）',
    );
  });

  it("a tab pasted as indentation: one finding that says so, not the parser's confusion after it", async () => {
    const { status, findings } = await validate(
      'tab.yaml',
      zh(['  verified_by: 刘洋（销售运营部）', '\tverified_by: 刘洋（销售运营部）']),
    );
    expect(status).toBe(1);
    expect(where(findings)).toEqual([[37, 1, 'yaml.syntax']]);
    expect(findings[0]!.message).toBe('缩进用了 Tab 键：YAML 只允许空格缩进，请把 Tab 换成空格');
  });

  it('Chinese words where the schema wants its English ids: each named with the id to write', async () => {
    const { findings } = await validate(
      'enums.yaml',
      zh(
        ['environment: production', 'environment: 生产环境'],
        ['  result: passed', '  result: 通过'],
        ['  channels: [qq-group, wechat]', '  channels: [QQ群, 微信公众号, 电子邮件]'],
      ),
    );
    expect(where(findings)).toEqual([
      [8, 14, 'schema'],
      [42, 11, 'schema'],
      [63, 14, 'schema'],
      [63, 19, 'schema'],
      [63, 26, 'schema'],
    ]);
    expect(findings.map((f) => /请写成 ([a-z-]+)/.exec(f.message)?.[1])).toEqual([
      'production',
      'passed',
      'qq-group',
      'wechat',
      'email',
    ]);
  });

  it('Chinese field names: the field to write instead, without "missing" beside it; with the Chinese colon, that first', async () => {
    const { findings } = await validate(
      'keys.yaml',
      zh(['system: crm', '系统: crm'], ['release:\n', '版本:\n'], ['people:\n', '人员:\n']),
    );
    expect(where(findings)).toEqual([
      [7, 1, 'schema'],
      [10, 1, 'schema'],
      [56, 1, 'schema'],
    ]);
    expect(findings.map((f) => f.message)).toEqual([
      '字段名 系统 是中文：字段名要写英文，请写成 system',
      '字段名 版本 是中文：字段名要写英文，请写成 release',
      '字段名 人员 是中文：字段名要写英文，请写成 people',
    ]);
    const colon = await validate('keys-colon.yaml', zh(['people:\n', '人员：\n']));
    expect(where(colon.findings)).toEqual([[56, 3, 'yaml.full-width']]);
    expect(colon.findings[0]!.message).toContain('"人员" 后面是全角冒号“：”');
  });

  it('names where GitHub logins go', async () => {
    const { findings } = await validate(
      'names.yaml',
      zh(['  executor: carol-ops', '  executor: 张伟'], ['  supervisor: dave-ops', '  supervisor: 王 芳']),
    );
    expect(where(findings)).toEqual([
      [59, 13, 'schema'],
      [60, 15, 'schema'],
    ]);
    expect(findings[0]!.message).toBe(
      'people.executor 是文字 "张伟"，不是 GitHub 用户名：请填写此人的 GitHub 用户名（字母、数字和短横线，如 zhang-wei），不要写姓名',
    );
  });

  it('full-width quotes around a version and a full-width comma in a list', async () => {
    const { findings } = await validate(
      'quotes.yaml',
      zh(['  from: "5.1.3"', '  from: “5.1.3”'], ['  channels: [qq-group, wechat]', '  channels: [qq-group，wechat]']),
    );
    expect(where(findings)).toEqual([
      [11, 9, 'yaml.full-width'],
      [63, 22, 'yaml.full-width'],
    ]);
    expect(findings[0]!.message).toContain('请改用半角引号');
    expect(findings[1]!.message).toContain('请改用半角逗号');
  });

  it("a colon or a dash without its space, an unclosed quote: the fix, never the parser's English", async () => {
    const glued = await validate(
      'glued.yaml',
      zh(
        ['system: crm', 'system:crm'],
        ['        - 新建一条拜访记录并上传 3 张照片', '        -新建一条拜访记录并上传 3 张照片'],
      ),
    );
    expect(where(glued.findings)).toEqual([
      [7, 8, 'yaml.syntax'],
      [31, 10, 'yaml.syntax'],
    ]);
    expect(glued.findings[0]!.message).toBe(
      '"system" 的冒号后面没有空格，YAML 不把它当作字段：请写成 system: crm（半角冒号后加一个空格）',
    );
    expect(glued.findings[1]!.message).toContain('请在 “-” 后面加一个半角空格');
    const quote = await validate('quote.yaml', zh(['  from: "5.1.3"', '  from: "5.1.3']));
    expect(where(quote.findings)).toEqual([[11, 15, 'yaml.syntax']]);
    expect(quote.findings[0]!.message).toBe('YAML 读不懂这一行（缺少结尾的半角双引号 "）：请检查这一行的缩进和冒号');
  });

  it('a missing rollback plan (measures 4.6), at the document it belongs to', async () => {
    const { status, findings } = await validate(
      'no-rollback.yaml',
      zh([
        'rollback:\n  plan: 回退 GitOps 提交，由 Argo CD 重新部署 5.1.3；如数据库迁移已执行，再用升级前的备份恢复数据库。\n',
        '',
      ]),
    );
    expect(status).toBe(1);
    expect(where(findings)).toEqual([[4, 1, 'backup.rollback']]);
    expect(findings[0]!.message).toContain('缺少 rollback.plan：请写明');
  });

  it('an emergency written in Chinese: the time of the phone call, then the reason and a justification too short', async () => {
    const emergency = (confirmedAt: string) =>
      `${EMERGENCY.slice(0, EMERGENCY.indexOf('emergency:\n  reason'))}emergency:
  reason: 系统故障
  impact: 所有带优惠券的订单都无法提交，影响全部地区
  justification: 明天有活动
  confirmation:
    phone_confirmed_by: 赵敏（总经理办公室）
    confirmed_at: ${confirmedAt}
    email_registration: GMO-2026-117
`;
    const first = await validate('emergency.yaml', emergency('2026年11月25日 上午9:50'));
    expect(where(first.findings)).toEqual([[60, 19, 'schema']]);
    expect(first.findings[0]!.message).toMatch(/：请写成 2026-11-25T09:50$/);
    const fixed = await validate('emergency.yaml', emergency('2026-11-25T09:50'));
    expect(fixed.status).toBe(1);
    expect(where(fixed.findings)).toEqual([
      [55, 11, 'emergency.reason'],
      [57, 18, 'emergency.justification'],
    ]);
    expect(fixed.findings[0]!.message).toContain('请写成 system-failure');
    expect(fixed.findings[1]!.message).toContain('已写 10 个，至少需要 30 个（还差约 10 个汉字）');
  });
});

describe('a policy written by Chinese-speaking people', () => {
  it('weekdays and the language in Chinese: each named with the value to write, exit 2', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ug-zh-policy-'));
    cpSync(join(ROOT, 'examples'), dir, { recursive: true });
    const path = join(dir, '.github/upgrade-gate.yml');
    const config = readFileSync(path, 'utf8')
      .replace('merge-days: [thursday]', 'merge-days: [星期四]')
      .replace('gray-test-day: tuesday', 'gray-test-day: 周二');
    writeFileSync(path, `${config.trimEnd()}\nlanguage: 中文\n`);
    const r = await cli(dir, [
      'validate',
      'upgrades/2026-12-10-crm-5.2.0.zh.yaml',
      '--lang',
      'zh-CN',
      '--format',
      'json',
    ]);
    expect(r.status).toBe(2);
    const findings = JSON.parse(r.stdout) as Finding[];
    const lines = config.split('\n');
    const lineOf = (start: string) => lines.findIndex((l) => l.startsWith(start)) + 1;
    expect(where(findings)).toEqual([
      [lineOf('merge-days'), 14, 'config'],
      [lineOf('gray-test-day'), 16, 'config'],
      [lines.length + (lines.at(-1) === '' ? 0 : 1), 11, 'config'],
    ]);
    expect(findings.map((f) => /请写成 ([a-zA-Z-]+)/.exec(f.message)?.[1])).toEqual(['thursday', 'tuesday', 'zh-CN']);
  });
});

/** The text as Chinese Windows saves "ANSI": GBK bytes (only what the example holds: ASCII and common Chinese). */
function gbk(text: string): Buffer {
  const decoder = new TextDecoder('gbk');
  // Node's TextDecoder reads GBK but no encoder writes it: build each character's bytes by search once.
  const table = new Map<string, number[]>();
  for (let hi = 0x81; hi <= 0xfe; hi++)
    for (let lo = 0x40; lo <= 0xfe; lo++) {
      if (lo === 0x7f) continue;
      const ch = decoder.decode(new Uint8Array([hi, lo]));
      if (ch.length === 1 && !table.has(ch)) table.set(ch, [hi, lo]);
    }
  const bytes: number[] = [];
  for (const ch of text) {
    if (ch.charCodeAt(0) < 0x80) bytes.push(ch.charCodeAt(0));
    else {
      const b = table.get(ch);
      if (!b) throw new Error(`no GBK bytes for ${ch}`);
      bytes.push(...b);
    }
  }
  return Buffer.from(bytes);
}
