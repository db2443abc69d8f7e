import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeArchive } from '../archive-fixture.js';
import { cli } from '../cli-run.js';
import { ROOT } from '../helpers.js';

const ZH = readFileSync(join(ROOT, 'examples/upgrades/2026-12-10-crm-5.2.0.zh.yaml'), 'utf8');

/** Runs the CLI in `cwd` with only the locale variables given. */
const run = (cwd: string, env: Record<string, string>, ...args: string[]) => cli(cwd, args, env);

/** A folder holding the Chinese example typed with a full-width colon and comma. */
function typedWithFullWidth(): string {
  const dir = mkdtempSync(join(tmpdir(), 'ug-zh-'));
  writeFileSync(
    join(dir, 'doc.yaml'),
    ZH.replace('system: crm', 'system：crm').replace(
      '  channels: [qq-group, wechat]',
      '  channels: [qq-group，wechat]',
    ),
  );
  return dir;
}

describe('validate on a Chinese document with full-width mistakes', () => {
  it('--lang zh-CN: Chinese findings at their line and column', async () => {
    const r = await run(typedWithFullWidth(), {}, 'validate', 'doc.yaml', '--lang', 'zh-CN');
    expect(r.status).toBe(1);
    const lines = r.stdout.trim().split('\n');
    expect(lines[0]).toBe(
      'doc.yaml:7:7: error yaml.full-width "system" 后面是全角冒号“：”（U+FF1A），YAML 不把它当作冒号：请改成半角冒号 ":" 并在后面加一个空格（把输入法切换到英文标点）',
    );
    expect(lines[1]).toMatch(/^doc\.yaml:63:22: error yaml\.full-width 这个列表的各项用全角逗号“，”（U\+FF0C）分隔/);
  });
  it('LANG=zh_CN.UTF-8 chooses Chinese; LC_ALL=C over it chooses English, at the same places', async () => {
    const dir = typedWithFullWidth();
    expect((await run(dir, { LANG: 'zh_CN.UTF-8' }, 'validate', 'doc.yaml')).stdout).toContain(
      'doc.yaml:7:7: error yaml.full-width "system" 后面是全角冒号',
    );
    const en = (await run(dir, { LANG: 'zh_CN.UTF-8', LC_ALL: 'C' }, 'validate', 'doc.yaml')).stdout;
    expect(en).toContain(
      'doc.yaml:7:7: error yaml.full-width the colon after "system" is the full-width colon "：" (U+FF1A)',
    );
    expect(en).toContain(
      'doc.yaml:63:22: error yaml.full-width the items of this list are separated by the full-width comma',
    );
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
    expect((await cli(ROOT, ['simulate', '--help'], { LANG: 'en_US.UTF-8' })).stdout).toMatch(
      /^Usage: upgrade-gate simulate DOC\.\.\./,
    );
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

describe('options the command does not take, in the language asked for', () => {
  it.each([
    [
      ['validate', '--bogus'],
      '没有 --bogus 这个选项：请对照下方用法检查拼写',
      'unknown option --bogus: check its spelling',
    ],
    [['validate', '--help=yes'], '选项 --help 不带取值：请单独写 --help', 'option --help takes no value'],
    [
      ['owners', 'a', '--codeowners'],
      '选项 --codeowners 缺少取值：请写成 --codeowners 取值',
      'option --codeowners needs a value: write --codeowners VALUE',
    ],
    [
      ['validate', '--format', '--config', 'x'],
      '选项 --format 缺少取值（后面紧跟的像是另一个选项）',
      'option --format needs a value, and what follows it looks like another option',
    ],
  ])('%j: a Chinese sentence naming the option, then the usage; English with --lang en', async (args, zh, en) => {
    const [command, ...rest] = args;
    const r = await cli(ROOT, [command!, '--lang', 'zh-CN', ...rest]);
    expect(r.status).toBe(2);
    const first = r.stderr.split('\n')[0]!;
    expect(first).toContain(zh);
    // Node's own English text never reaches a Chinese reader.
    expect(first.replace(/^upgrade-gate \w+: /, '')).not.toMatch(
      /Unknown|argument|option|To specify|[a-z]{4,} [a-z]{4,}/,
    );
    expect(r.stderr).toContain('\n\n用法：upgrade-gate');
    const english = await cli(ROOT, [command!, '--lang', 'en', ...rest]);
    expect(english.stderr.split('\n')[0]).toContain(en);
    expect(english.stderr).toContain('\n\nUsage: upgrade-gate');
  });
});

describe('owners: the lines GitHub skips, in the language asked for', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ug-owners-zh-'));
  writeFileSync(join(dir, 'CODEOWNERS'), '* @everyone\n[ab] @x\n/docs/ not-an-owner\n');
  it('--lang zh-CN: file:line:column and a Chinese reason with its fix', async () => {
    const r = await run(dir, {}, 'owners', '--codeowners', 'CODEOWNERS', '--lang', 'zh-CN', 'a');
    expect(r.status).toBe(0);
    expect(r.stderr.split('\n').slice(0, 2)).toEqual([
      'CODEOWNERS:2:1: 无效的路径模式：CODEOWNERS 不支持用 [ ] 表示字符范围，GitHub 会跳过这一行：请为范围代表的每个名称各写一行',
      'CODEOWNERS:3:8: 无效的所有者："not-an-owner" 不是有效的所有者，GitHub 会跳过这一行：请写成 @用户名、@组织/团队 或电子邮件地址',
    ]);
  });
  it('a policy with language: zh-CN speaks Chinese; LC_ALL=C leaves it so; --lang en overrides it', async () => {
    const repo = mkdtempSync(join(tmpdir(), 'ug-owners-policy-'));
    mkdirSync(join(repo, '.github'));
    writeFileSync(join(repo, '.github/upgrade-gate.yml'), 'language: zh-CN\n');
    writeFileSync(join(repo, '.github/CODEOWNERS'), '!x @a\n');
    expect((await run(repo, { LC_ALL: 'C' }, 'owners', 'a')).stderr).toMatch(
      /^\.github\/CODEOWNERS:1:1: 无效的路径模式：CODEOWNERS 不支持用 ! 取反/,
    );
    expect((await run(repo, {}, 'owners', '--lang', 'en', 'a')).stderr).toMatch(
      /^\.github\/CODEOWNERS:1:1: Invalid pattern: CODEOWNERS has no negation with !/,
    );
    const none = mkdtempSync(join(tmpdir(), 'ug-owners-none-'));
    expect((await run(none, {}, 'owners', '--lang', 'zh-CN', 'a')).stderr).toMatch(
      /^upgrade-gate owners: .*CODEOWNERS 中都没有 CODEOWNERS 文件：请用 --codeowners FILE 指定\n$/,
    );
  });
});

describe('verify, report, doctor and simulate speak the policy language: no English sentence of ours', () => {
  const CJK = /[\u3400-\u9fff]/;
  /** Every printed line without Chinese in it (the report's bilingual tables aside). */
  const english = (text: string) => text.split('\n').filter((l) => l.trim() !== '' && !CJK.test(l));

  /** A repository whose policy says language: zh-CN, with an archive of three records, the second edited. */
  function chineseArchive(): { dir: string; edited: string } {
    const dir = mkdtempSync(join(tmpdir(), 'ug-zh-archive-'));
    mkdirSync(join(dir, '.github'));
    writeFileSync(join(dir, '.github/upgrade-gate.yml'), 'language: zh-CN\n');
    const paths = writeArchive(dir, 3);
    const f = join(dir, paths[1]!);
    writeFileSync(f, readFileSync(f, 'utf8').replace('"merged_by": "bob-ops"', '"merged_by": "mallory"'));
    return { dir, edited: paths[1]!.replace(/^archive\//, '') };
  }

  it('verify and report on an edited archive: findings, notes and the failure in Chinese', async () => {
    const { dir, edited } = chineseArchive();
    const verify = await run(dir, {}, 'verify');
    expect(verify.status).toBe(1);
    expect(verify.stdout).toContain(`${edited}: error record.hash 内容与其 sha256 不符：归档记录在写入后被修改`);
    expect(verify.stderr).toContain('note git.not-a-clone 不在 Git 克隆中');
    expect(english(verify.stdout + verify.stderr)).toEqual([]);
    const report = await run(dir, {}, 'report', 'archive');
    expect(report.status).toBe(1);
    expect(report.stderr).toMatch(/^upgrade-gate report: 升级档案未通过校验（\d+ 个问题）/);
    expect(report.stderr).toContain(`${edited}: error record.hash 内容与其 sha256 不符`);
    expect(english(report.stderr)).toEqual([]);
    expect((await run(dir, {}, 'verify', '--lang', 'en')).stdout).toContain(
      `${edited}: error record.hash its content does not match its sha256`,
    );
  });

  it('usage errors of report, verify --repo, doctor and simulate', async () => {
    const { dir } = chineseArchive();
    const outputs = [
      await run(dir, {}, 'report', 'archive', '--since', 'last week'),
      await run(dir, {}, 'report', 'archive', '--at', 'tomorrow'),
      await run(dir, {}, 'verify', '--repo', 'acme'),
      await run(dir, {}, 'verify', '--repo', 'acme/deploy'),
      await run(dir, {}, 'verify', 'archive', '--repo', 'acme/deploy'),
      await run(dir, {}, 'doctor', '--repo', 'acme/deploy'),
      await run(
        ROOT,
        {},
        'simulate',
        'examples/upgrades/2026-12-03-billing-2.4.0.yaml',
        '--at',
        'Thursday 8pm',
        '--lang',
        'zh-CN',
      ),
      await run(
        ROOT,
        {},
        'simulate',
        'examples/upgrades/2026-12-03-billing-2.4.0.yaml',
        '--config',
        'no/such.yml',
        '--lang',
        'zh-CN',
      ),
    ];
    expect(outputs.map((r) => r.status)).toEqual([2, 2, 2, 2, 2, 2, 2, 2]);
    expect(outputs[0]!.stderr).toBe(
      'upgrade-gate report: --since "last week" 不是日期或时间：请写成 2026-12-01、2026-12-01T08:00（Asia/Shanghai）或 2026-12-01T00:00:00.000Z\n',
    );
    expect(outputs[2]!.stderr).toBe(
      'upgrade-gate verify: --repo 应写成 OWNER/NAME，例如 --repo acme/deploy，不能是 "acme"\n',
    );
    expect(outputs[3]!.stderr).toMatch(/^upgrade-gate verify: 没有令牌：请把 GITHUB_TOKEN（或 GH_TOKEN）设为/);
    expect(outputs[6]!.stderr).toMatch(
      /^upgrade-gate simulate: --at "Thursday 8pm" 不是时间：请写成 now、2026-11-26T20:00（Asia\/Shanghai）/,
    );
    // The help after a usage error is Chinese too; every line says something in Chinese.
    for (const r of outputs) expect(english(r.stderr)).toEqual([]);
  });

  it('simulate --format text ends with the verdict in the chosen language', async () => {
    const args = [
      'simulate',
      'examples/upgrades/2026-12-03-billing-2.4.0.yaml',
      '--at',
      '2026-12-02T20:00',
      '--format',
      'text',
    ];
    const zh = await run(ROOT, {}, ...args, '--lang', 'zh-CN');
    expect(zh.stdout.trim().split('\n').pop()).toMatch(/^检查结果为不通过：/);
    const en = await run(ROOT, {}, ...args);
    expect(en.stdout.trim().split('\n').pop()).toMatch(/^fail: /);
  });
});
