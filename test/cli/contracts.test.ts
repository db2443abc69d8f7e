import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli as run } from '../cli-run.js';
import { writeArchive } from '../archive-fixture.js';
import { ROOT } from '../helpers.js';

const cli = (cwd: string, ...argv: string[]) => run(cwd, argv);

const DOC = 'examples/upgrades/2026-12-03-billing-2.4.0.yaml';

describe('exit status 2 for a missing file or folder, for every command', () => {
  it.each([
    ['validate', 'no/such/folder'],
    ['simulate', 'no/such/folder'],
    ['verify', 'no/such/folder'],
    ['report', 'no/such/folder'],
    ['owners', '--codeowners', 'no/such/CODEOWNERS', 'upgrades/x.yaml'],
  ])('%s %s', async (...argv) => {
    const r = await cli(ROOT, ...argv);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/no\/such/);
  });

  it('owners with nothing to look up is a usage error', async () => {
    expect((await cli(ROOT, 'owners')).status).toBe(2);
  });
});

describe('report on an archive that fails verification', () => {
  it('prints no report, says the archive fails verification and exits 1; an intact archive exits 0', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ug-report-'));
    const paths = writeArchive(dir, 3);
    const intact = await cli(dir, 'report', 'archive');
    expect(intact.status).toBe(0);
    expect(intact.stderr).toBe('');
    const f = join(dir, paths[1]!);
    writeFileSync(f, readFileSync(f, 'utf8').replace('"merged_by": "bob-ops"', '"merged_by": "mallory"'));
    const r = await cli(dir, 'report', 'archive');
    expect(intact.stdout).toContain('# Upgrade report');
    // The edited record's rows are never printed: a listing of an edited archive proves nothing.
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('upgrade-gate report: the archive fails verification (');
    expect(r.stderr).toContain(
      `${paths[1]!.replace(/^archive\//, '')}: error record.hash its content does not match its sha256`,
    );
    expect(r.status).toBe(1);
  });
});

describe('validate . checks upgrade documents only', () => {
  it('the configuration, workflows and other YAML in the repository are never read as documents', async () => {
    const repo = mkdtempSync(join(tmpdir(), 'ug-repo-'));
    cpSync(join(ROOT, 'examples/.github'), join(repo, '.github'), { recursive: true });
    mkdirSync(join(repo, '.github/workflows'), { recursive: true });
    writeFileSync(join(repo, '.github/workflows/upgrade-gate.yml'), 'on: pull_request_target\njobs: {}\n');
    mkdirSync(join(repo, 'deploy'), { recursive: true });
    writeFileSync(join(repo, 'deploy/values.yaml'), 'replicas: 3\n');
    cpSync(join(ROOT, 'examples/upgrades'), join(repo, 'upgrades'), { recursive: true });
    cpSync(join(ROOT, 'examples/docs'), join(repo, 'docs'), { recursive: true });
    const r = await cli(repo, 'validate', '.');
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('3 documents: 0 errors, 0 warnings');
    expect(r.status).toBe(0);
    // A folder the glob does not cover is still searched, but never .github/.
    const drafts = await cli(repo, 'validate', 'deploy', '--format', 'json');
    expect(new Set((JSON.parse(drafts.stdout) as Array<{ file: string }>).map((f) => f.file))).toEqual(
      new Set(['deploy/values.yaml']),
    );
    expect(drafts.status).toBe(1);
  });
});

describe('owners finds CODEOWNERS as simulate does', () => {
  it('from a document path, in the repository root above it', async () => {
    const r = await cli(ROOT, 'owners', DOC);
    expect(JSON.parse(r.stdout)).toEqual({ [DOC]: ['@acme/rd-center-leads', '@acme/gm-office'] });
    expect(r.status).toBe(0);
  });
  it('from a repository-relative path, in the working folder’s repository', async () => {
    const r = await cli(join(ROOT, 'examples'), 'owners', 'upgrades/not-yet-written.yaml');
    expect(JSON.parse(r.stdout)).toEqual({
      'upgrades/not-yet-written.yaml': ['@acme/rd-center-leads', '@acme/gm-office'],
    });
  });
  it('says where it looked when there is none', async () => {
    const empty = mkdtempSync(join(tmpdir(), 'ug-none-'));
    const r = await cli(empty, 'owners', 'upgrades/x.yaml');
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(
      'no CODEOWNERS file in .github/CODEOWNERS, CODEOWNERS, docs/CODEOWNERS: pass --codeowners FILE',
    );
  });
});

describe('--help explains every option it shows', () => {
  it.each(['validate', 'owners', 'simulate', 'verify', 'report', 'doctor'])('%s --help', async (command) => {
    const r = await cli(ROOT, command, '--help');
    expect(r.status).toBe(0);
    const [usage, ...body] = r.stdout.split('\n\n');
    const options = [...usage!.matchAll(/--([a-z-]+)/g)].map((m) => m[1]);
    for (const option of options)
      expect(body.join('\n\n'), `--${option}`).toMatch(new RegExp(`^ +--${option}\\b.*\\S`, 'm'));
    expect(r.stdout).toMatch(command === 'owners' ? /Exit status: 0 .*, 2 /s : /Exit status: 0 .*, 1 .*, 2 /s);
  });
});

describe('--format json: usage and input errors are a JSON value on stdout too', () => {
  it.each([
    [['validate', 'nonexist.yaml', '--format', 'json'], 'no such file, folder or matching glob: nonexist.yaml'],
    [['validate', '--bogus', '--format', 'json'], 'unknown option --bogus'],
    [['validate', 'nonexist.yaml', '--format=json', '--lang', 'xx'], '--lang'],
    [['report', 'no/such/folder', '--format', 'json'], 'no/such/folder'],
    [['simulate', '--bogus', '--format', 'json'], 'unknown option --bogus'],
  ])('%j', async (argv, said) => {
    const r = await run(ROOT, argv);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(said);
    const findings = JSON.parse(r.stdout) as Array<{ rule: string; severity: string; message: string }>;
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ rule: 'usage', severity: 'error' });
    expect(findings[0]!.message).toContain(said);
    // The message is the error, not the help that follows it on stderr.
    expect(findings[0]!.message).not.toContain('Usage:');
    expect(findings[0]!.message).not.toMatch(/^upgrade-gate /);
  });

  it('in Chinese when asked; a broken configuration still prints its own findings once', async () => {
    const zh = await run(ROOT, ['validate', 'nonexist.yaml', '--format', 'json', '--lang', 'zh-CN']);
    expect(zh.status).toBe(2);
    expect((JSON.parse(zh.stdout) as Array<{ message: string }>)[0]!.message).toBe(
      zh.stderr.trim().replace(/^upgrade-gate validate: /, ''),
    );
    const config = await run(ROOT, ['validate', DOC, '--config', '/nonexist.yml', '--format', 'json']);
    expect(config.status).toBe(2);
    expect((JSON.parse(config.stdout) as Array<{ rule: string }>).map((f) => f.rule)).toEqual(['config']);
  });

  it('text output stays text only', async () => {
    const r = await run(ROOT, ['validate', 'nonexist.yaml']);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
  });
});
