import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli as run } from '../cli-run.js';
import { ROOT } from '../helpers.js';

const cli = (cwd: string, ...argv: string[]) => run(cwd, argv);

const DOC = 'upgrades/2026-12-03-billing-2.4.0.yaml';
const AT = ['--at', '2026-12-03T20:30', '--approved-by', 'li-lei', '--approved-by', 'han-meimei'];

/** A copy of the examples: a repository of its own whose files a test may replace. */
function examplesRepo(): string {
  const repo = mkdtempSync(join(tmpdir(), 'ug-input-'));
  cpSync(join(ROOT, 'examples'), repo, { recursive: true });
  return repo;
}

// A device reads as endless bytes (/dev/zero) or none (/dev/null): either way it is not a file the
// user wrote. /dev/null keeps a test that would fail from hanging while it fails.
const DEVICE = '/dev/null';

describe('a file given to the CLI that is not a regular file is never read', () => {
  it('validate: a document that is a pipe is a finding naming it (exit 1), never a wait for a writer', async () => {
    const repo = examplesRepo();
    execFileSync('mkfifo', [join(repo, 'upgrades/pipe.yaml')]);
    const r = await cli(repo, 'validate', 'upgrades/pipe.yaml', DOC, '--format', 'json');
    expect(JSON.parse(r.stdout)).toEqual([
      {
        rule: 'document.unreadable',
        severity: 'error',
        file: 'upgrades/pipe.yaml',
        message:
          'upgrades/pipe.yaml is not a regular file (a device, pipe or socket): upgrade-gate reads only regular files, name the file itself',
      },
    ]);
    expect(r.status).toBe(1);
  });

  it('validate: the repository configuration linked to a device is a configuration error (exit 2)', async () => {
    const repo = examplesRepo();
    rmSync(join(repo, '.github/upgrade-gate.yml'));
    symlinkSync(DEVICE, join(repo, '.github/upgrade-gate.yml'));
    const r = await cli(repo, 'validate', DOC);
    expect(r.stdout).toContain(
      '.github/upgrade-gate.yml: error config .github/upgrade-gate.yml is not a regular file (a device, pipe or socket)',
    );
    expect(r.status).toBe(2);
  });

  it('simulate: CODEOWNERS linked to a device is a usage error (exit 2)', async () => {
    const repo = examplesRepo();
    rmSync(join(repo, 'CODEOWNERS'));
    symlinkSync(DEVICE, join(repo, 'CODEOWNERS'));
    const r = await cli(repo, 'simulate', DOC, ...AT);
    expect(r.stderr).toBe(
      'upgrade-gate simulate: CODEOWNERS is not a regular file (a device, pipe or socket): upgrade-gate reads only regular files, name the file itself\n',
    );
    expect(r.status).toBe(2);
  });

  it('owners: --codeowners and --paths-file linked to a device are usage errors (exit 2), in Chinese too', async () => {
    const repo = examplesRepo();
    symlinkSync(DEVICE, join(repo, 'device'));
    const codeowners = await cli(repo, 'owners', '--codeowners', 'device', 'x');
    expect(codeowners.stderr).toContain('upgrade-gate owners: device is not a regular file');
    expect(codeowners.status).toBe(2);
    const paths = await cli(repo, 'owners', '--codeowners', 'CODEOWNERS', '--paths-file', 'device', '--lang', 'zh-CN');
    expect(paths.stderr).toBe(
      'upgrade-gate owners: device 不是普通文件（是设备、管道或套接字）：upgrade-gate 只读取普通文件，请指定文件本身\n',
    );
    expect(paths.status).toBe(2);
  });

  it('a configuration over the size limit is refused without being read', async () => {
    const repo = examplesRepo();
    writeFileSync(join(repo, 'big.yml'), `# ${'x'.repeat(2 * 1024 * 1024)}\n`);
    const r = await cli(repo, 'validate', DOC, '--config', 'big.yml');
    expect(r.stdout).toMatch(/^big\.yml: error config big\.yml is \d+ bytes, more than the 1048576 bytes/);
    expect(r.status).toBe(2);
  });
});

describe('a folder where a file is expected is named as such (exit 2), never an internal error', () => {
  it('validate --config FOLDER: a configuration error, and --format json stays JSON', async () => {
    const repo = examplesRepo();
    const text = await cli(repo, 'validate', DOC, '--config', 'docs');
    expect(text.stdout).toBe('docs: error config docs is a folder, not a file: name the file itself\n');
    expect(text.status).toBe(2);
    const json = await cli(repo, 'validate', DOC, '--config', 'docs', '--format', 'json', '--lang', 'zh-CN');
    expect(JSON.parse(json.stdout)).toEqual([
      { rule: 'config', severity: 'error', file: 'docs', message: 'docs 是目录，不是文件：请指定文件本身' },
    ]);
    expect(json.status).toBe(2);
  });

  it('the repository’s own .github/upgrade-gate.yml a folder: validate and simulate say so', async () => {
    const repo = examplesRepo();
    rmSync(join(repo, '.github/upgrade-gate.yml'));
    mkdirSync(join(repo, '.github/upgrade-gate.yml'));
    const validate = await cli(repo, 'validate', DOC);
    expect(validate.stdout).toContain(
      '.github/upgrade-gate.yml: error config .github/upgrade-gate.yml is a folder, not a file',
    );
    expect(validate.stderr).not.toContain('internal error');
    expect(validate.status).toBe(2);
    const simulate = await cli(repo, 'simulate', DOC, ...AT, '--format', 'json');
    const verdict = JSON.parse(simulate.stdout) as { findings: Array<{ rule: string; message: string }> };
    expect(verdict.findings).toContainEqual(
      expect.objectContaining({
        rule: 'config',
        message: '.github/upgrade-gate.yml is a folder, not a file: name the file itself',
      }),
    );
    expect(simulate.status).toBe(2);
  });

  it('simulate --config FOLDER and --codeowners FOLDER', async () => {
    const repo = examplesRepo();
    const config = await cli(repo, 'simulate', DOC, ...AT, '--config', 'docs', '--format', 'text');
    expect(config.stdout).toContain('docs: error config docs is a folder, not a file: name the file itself');
    expect(config.stderr).not.toContain('internal error');
    expect(config.status).toBe(2);
    const codeowners = await cli(repo, 'simulate', DOC, ...AT, '--codeowners', 'docs', '--lang', 'zh-CN');
    expect(codeowners.stderr).toBe('upgrade-gate simulate: docs 是目录，不是文件：请指定文件本身\n');
    expect(codeowners.status).toBe(2);
  });
});

describe('a document that is a symbolic link is refused, its target never read', () => {
  // The link points outside the repository at a file whose text must never reach the output.
  function linkedRepo(): string {
    const repo = examplesRepo();
    const outside = mkdtempSync(join(tmpdir(), 'ug-outside-'));
    writeFileSync(join(outside, 'secret.yaml'), 'root: x:0:0:secret-marker\n');
    symlinkSync(join(outside, 'secret.yaml'), join(repo, 'upgrades/linked.yaml'));
    return repo;
  }

  it('validate FOLDER: a document.unreadable finding naming the link, as the Action refuses it (exit 1)', async () => {
    const repo = linkedRepo();
    const r = await cli(repo, 'validate', 'upgrades');
    expect(r.stdout).toBe(
      'upgrades/linked.yaml: error document.unreadable upgrades/linked.yaml is a symbolic link: upgrade-gate never reads where a link points, and on GitHub the Action refuses an upgrade document that is a link as well (document.unreadable); commit the document itself as a regular file at that path\n',
    );
    expect(r.status).toBe(1);
    const zh = await cli(repo, 'validate', 'upgrades/linked.yaml', '--lang', 'zh-CN', '--format', 'json');
    expect(zh.stdout).not.toContain('secret-marker');
    expect(JSON.parse(zh.stdout)).toEqual([
      {
        rule: 'document.unreadable',
        severity: 'error',
        file: 'upgrades/linked.yaml',
        message:
          'upgrades/linked.yaml 是符号链接：upgrade-gate 不读取链接指向的内容，GitHub 上的 Action 同样会拒绝以链接形式提交的升级文档（document.unreadable）；请把升级文档本身作为普通文件提交到该路径',
      },
    ]);
    expect(zh.status).toBe(1);
  });

  it('validate FOLDER outside the documents glob lists a link too, and refuses it', async () => {
    const repo = linkedRepo();
    mkdirSync(join(repo, 'drafts'));
    symlinkSync('../upgrades/linked.yaml', join(repo, 'drafts/draft.yaml'));
    const r = await cli(repo, 'validate', 'drafts', '--format', 'json');
    expect((JSON.parse(r.stdout) as Array<{ rule: string; file: string }>).map((f) => [f.rule, f.file])).toEqual([
      ['document.unreadable', 'drafts/draft.yaml'],
    ]);
    expect(r.status).toBe(1);
  });

  it('simulate: the Action’s document.unreadable finding for a link, without reading it', async () => {
    const repo = linkedRepo();
    const r = await cli(repo, 'simulate', 'upgrades/linked.yaml', DOC, ...AT, '--format', 'json');
    expect(r.stdout).not.toContain('secret-marker');
    const verdict = JSON.parse(r.stdout) as { findings: Array<{ rule: string; file?: string; message: string }> };
    expect(verdict.findings.filter((f) => f.rule === 'document.unreadable')).toEqual([
      expect.objectContaining({
        file: 'upgrades/linked.yaml',
        message: expect.stringContaining('(symlink): it is a symbolic link'),
      }),
    ]);
    expect(r.status).not.toBe(0);
  });
});

describe('a configuration or CODEOWNERS that is not UTF-8 text is one finding about its encoding', () => {
  const CONFIG_ZH = '# 升级管理办法的配置\nlanguage: zh-CN\ntime-zone: Asia/Shanghai\n';
  const utf16 = (text: string) => Buffer.from(text, 'utf16le');

  it('validate --config: UTF-16 starting with Chinese, and a NUL byte, exit 2 with the encoding named once', async () => {
    const repo = examplesRepo();
    writeFileSync(join(repo, 'utf16.yml'), utf16(CONFIG_ZH));
    writeFileSync(join(repo, 'nul.yml'), Buffer.from('language: en\n\0\0time-zone: Asia/Shanghai\n'));
    const u = await cli(repo, 'validate', DOC, '--config', 'utf16.yml', '--format', 'json');
    expect(u.status).toBe(2);
    const uf = JSON.parse(u.stdout) as Array<{ file: string; message: string }>;
    expect(uf.filter((f) => f.file === 'utf16.yml')).toEqual([
      expect.objectContaining({
        rule: 'config',
        line: 1,
        column: 1,
        message: expect.stringContaining('UTF-16'),
      }),
    ]);
    expect(u.stdout).not.toContain('\\u0000');
    const n = await cli(repo, 'validate', DOC, '--config', 'nul.yml', '--format', 'json');
    expect(n.status).toBe(2);
    expect((JSON.parse(n.stdout) as Array<{ file: string }>).filter((f) => f.file === 'nul.yml')).toEqual([
      expect.objectContaining({ rule: 'config', line: 2, column: 1, message: expect.stringContaining('NUL') }),
    ]);
  });

  it('owners and simulate: a UTF-16 CODEOWNERS is one usage error (exit 2), not an "Invalid owner" per line', async () => {
    const repo = examplesRepo();
    writeFileSync(
      join(repo, 'CODEOWNERS16'),
      Buffer.concat([Buffer.from([0xff, 0xfe]), utf16('# 负责人\n/upgrades/ @acme/rd-center-leads @acme/gm-office\n')]),
    );
    writeFileSync(join(repo, 'CODEOWNERS-nobom'), utf16('* @acme/gm-office\n/upgrades/ @acme/rd-center-leads\n'));
    for (const file of ['CODEOWNERS16', 'CODEOWNERS-nobom']) {
      const o = await cli(repo, 'owners', '--codeowners', file, DOC);
      expect(o.status).toBe(2);
      expect(o.stdout).toBe('');
      expect(o.stderr).not.toContain('Invalid owner');
      expect(o.stderr.trim().split('\n')).toEqual([
        `upgrade-gate owners: ${file}:1:1: the file is saved as UTF-16, which Windows Notepad calls "Unicode": save it as UTF-8 (File > Save As, Encoding "UTF-8")`,
      ]);
    }
    const zh = await cli(repo, 'owners', '--codeowners', 'CODEOWNERS16', DOC, '--lang', 'zh-CN');
    expect(zh.stderr).toContain('文件保存成了 UTF-16');
    const s = await cli(repo, 'simulate', DOC, '--codeowners', 'CODEOWNERS16', ...AT);
    expect(s.status).toBe(2);
    expect(s.stderr).toContain('upgrade-gate simulate: CODEOWNERS16:1:1: the file is saved as UTF-16');
  });
});

describe("simulate reads the archive's chain head as any other input file", () => {
  it.each([
    ['a folder', (f: string) => mkdirSync(f), 'is a folder'],
    ['a link to a device', (f: string) => symlinkSync(DEVICE, f), 'not a regular file'],
  ])('a chain head that is %s is a usage error naming it (exit 2)', async (_what, make, said) => {
    const repo = examplesRepo();
    mkdirSync(join(repo, 'archive'), { recursive: true });
    rmSync(join(repo, 'archive/chain-head.json'), { recursive: true, force: true });
    make(join(repo, 'archive/chain-head.json'));
    const r = await cli(repo, 'simulate', DOC, ...AT);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('archive/chain-head.json');
    expect(r.stderr).toContain(said);
  });
});
