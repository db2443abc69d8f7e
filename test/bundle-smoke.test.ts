import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from './cli-run.js';
import { ROOT } from './helpers.js';

// Every other CLI test runs the source in-process; this one runs the committed bundle as a user's
// shell would, and compares it with the source on the same commands. (The Action's bundle,
// action/index.mjs, runs in every end-to-end test under test/e2e.)
const BUNDLE = join(ROOT, 'action/cli.js');
const bundle = (...argv: string[]) =>
  spawnSync(process.execPath, [BUNDLE, ...argv], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, LANG: 'C.UTF-8', LC_ALL: '' },
  });

describe('the committed CLI bundle', () => {
  it.each([
    [['--help']],
    [['validate', 'examples/upgrades']],
    [['validate', '--format', 'json', 'examples/invalid/window.order.yaml']],
    // The Chinese catalog and the help text: files of their own, required when needed.
    [['validate', '--lang', 'zh-CN', 'examples/invalid/window.order.yaml']],
    [['validate', '--lang', 'zh-CN', '--bogus']],
    // Broken YAML of every kind: the position-keeping parser, loaded on demand from its own file.
    [['validate', '--format', 'json', 'test/fixtures/bad-input']],
    [
      [
        'simulate',
        'examples/upgrades/2026-12-03-billing-2.4.0.yaml',
        '--at',
        '2026-12-02T20:00',
        '--approved-by',
        'li-lei',
        '--format',
        'json',
      ],
    ],
    [['frobnicate']],
  ])('%j prints and exits as the source does', async (argv) => {
    const fromBundle = bundle(...argv);
    const fromSource = await cli(ROOT, argv, { LANG: 'C.UTF-8' });
    expect(fromBundle.error).toBeUndefined();
    expect({ status: fromBundle.status, stdout: fromBundle.stdout, stderr: fromBundle.stderr }).toEqual(fromSource);
  });
});

describe('output piped into a reader that stops early', () => {
  it('ends quietly with the command’s own status, no EPIPE stack trace', () => {
    // More than a pipe holds (64 KiB), so the CLI is still writing when head has gone.
    const dir = mkdtempSync(join(tmpdir(), 'ug-epipe-'));
    for (let i = 0; i < 8; i++) cpSync(join(ROOT, 'examples/invalid'), join(dir, `d${i}`), { recursive: true });
    const piped = (command: string) =>
      spawnSync(
        'sh',
        ['-c', `{ "$0" "$1" ${command}; echo "status $?" >&2; } | head -c 1 >/dev/null`, process.execPath, BUNDLE],
        {
          cwd: ROOT,
          encoding: 'utf8',
          env: { ...process.env, LANG: 'C.UTF-8', LC_ALL: '' },
        },
      );
    const text = piped(`validate ${dir}`);
    expect(text.stderr).not.toContain('EPIPE');
    expect(text.stderr).toMatch(/^\d+ documents: \d+ errors, 0 warnings\nstatus 1\n$/);
    const json = piped(`validate --format json ${dir}`);
    expect(json.stderr).toBe('status 1\n');
  });
});

describe('what a command loads', () => {
  // Each command is one CommonJS file: what it holds is what a start of it compiles.
  const command = (name: string) => join(ROOT, 'action/commands', `${name}.cjs`);
  const validators = (file: string) =>
    [...readFileSync(file, 'utf8').matchAll(/"\$id":\s*"([^"]+)"|\\"\$id\\":\s*\\"([^"\\]+)\\"/g)]
      .map((m) => m[1] ?? m[2])
      .filter((id): id is string => Boolean(id));

  it('the CLI starts as CommonJS: no ES module import anywhere in its files', () => {
    expect(JSON.parse(readFileSync(join(ROOT, 'action/package.json'), 'utf8'))).toEqual({ type: 'commonjs' });
    const files = [BUNDLE, ...readdirSync(join(ROOT, 'action/commands')).map((f) => join(ROOT, 'action/commands', f))];
    // esbuild prints code with double quotes; import('…') in single quotes is a JSDoc type of a dependency.
    for (const f of files) expect(readFileSync(f, 'utf8'), f).not.toMatch(/^import\s|\bimport\("/m);
    // The dispatcher holds no validator: each command brings its own.
    expect(validators(BUNDLE)).toEqual([]);
    // Strict code, as the ES modules they are built from: the directive is the file's first statement.
    for (const f of files) expect(readFileSync(f, 'utf8').replace(/^#!.*\n/, ''), f).toMatch(/^"use strict";\n/);
  });

  it('finds its own files wherever it is installed, a folder named chunks or commands above it included', () => {
    const place = join(mkdtempSync(join(tmpdir(), 'ug-placed-')), 'chunks', 'commands', 'node_modules', 'upgrade-gate');
    cpSync(join(ROOT, 'action'), join(place, 'action'), { recursive: true });
    // An alias bomb needs the position-keeping parser, required from action/chunks/ at run time.
    const doc = 'test/fixtures/bad-input/13-alias-bomb.yaml';
    const placed = spawnSync(process.execPath, [join(place, 'action/cli.js'), 'validate', '--format', 'json', doc], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    const here = bundle('validate', '--format', 'json', doc);
    expect(placed.stderr).not.toContain('internal error');
    expect({ status: placed.status, stdout: placed.stdout }).toEqual({ status: here.status, stdout: here.stdout });
    expect(JSON.parse(placed.stdout)[0].rule).toBe('yaml.alias-limit');
    rmSync(join(place, '..', '..', '..', '..'), { recursive: true, force: true });
  });

  it('validate loads the document and configuration validators, never the archive or outcome ones', () => {
    const ids = validators(command('validate'));
    expect(ids).toContain('https://upgrade-gate.dev/schemas/upgrade.schema.json');
    expect(ids).toContain('https://upgrade-gate.dev/schemas/config.schema.json');
    expect(ids.filter((id) => /archive-record|outcome/.test(id))).toEqual([]);
    // The help text and the glob library are files of their own, required when needed.
    const text = readFileSync(command('validate'), 'utf8');
    expect(text).not.toMatch(/^\/\/ (src\/messages\/help\.ts|node_modules\/(tinyglobby|picomatch|fdir)\/)/m);
    expect(text).toContain('"./help.cjs"');
    expect(text).toContain('"./tinyglobby.cjs"');
    expect(text).not.toMatch(/^\/\/ src\/messages\/zh-CN\.ts/m);
    expect(text).toContain('"./zh-CN.cjs"');
  });

  it('verify loads the archive validators (the check above can see them)', () => {
    // In this thread (a small archive) and in the worker threads (a large one).
    for (const file of ['archive-commands', 'examine-parallel'])
      expect(validators(command(file)).filter((id) => /archive-record/.test(id)).length).toBeGreaterThan(0);
  });

  it('a clean document never loads the position-keeping YAML parser; a broken one loads it from its own file', () => {
    // A preload that lists, at exit, the CommonJS files the process required.
    const preload = join(mkdtempSync(join(tmpdir(), 'ug-loaded-')), 'loaded.cjs');
    writeFileSync(
      preload,
      "process.on('exit', () => process.stderr.write('\\nLOADED ' + JSON.stringify(Object.keys(require.cache)) + '\\n'));",
    );
    const required = (doc: string) => {
      const r = spawnSync(process.execPath, ['-r', preload, BUNDLE, 'validate', doc], { cwd: ROOT, encoding: 'utf8' });
      return JSON.parse(/^LOADED (.*)$/m.exec(r.stderr)![1]!) as string[];
    };
    expect(
      required('examples/upgrades/2026-12-03-billing-2.4.0.yaml').filter((f) => f.endsWith('yaml-library.cjs')),
    ).toEqual([]);
    expect(required('test/fixtures/bad-input/13-alias-bomb.yaml')).toContain(
      join(ROOT, 'action/chunks/yaml-library.cjs'),
    );
  });
});
