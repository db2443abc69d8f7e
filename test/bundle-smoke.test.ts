import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from './cli-run.js';
import { ROOT } from './helpers.js';

// Every other CLI test runs the source in-process; this one runs the committed bundle as a user's
// shell would, and compares it with the source on the same commands. (The Action's bundle,
// action/index.js, runs in every end-to-end test under test/e2e.)
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

/** The bundle files a start of `start` loads before it runs: its static imports, followed transitively. */
function staticClosure(start: string): Set<string> {
  const seen = new Set<string>();
  const todo = [start];
  while (todo.length) {
    const file = todo.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    for (const m of readFileSync(file, 'utf8').matchAll(/^import\s[^;]*?["'](\.\.?\/[^"']+)["'];?$/gm))
      todo.push(join(dirname(file), m[1]!));
  }
  return seen;
}

describe('what a command loads', () => {
  const chunks = join(ROOT, 'action/chunks');
  const command = (name: string) =>
    join(
      chunks,
      readdirSync(chunks).find((f) => f.startsWith(`${name}-`))!,
    );
  const validators = (files: Set<string>) =>
    [...files].flatMap((f) =>
      [...readFileSync(f, 'utf8').matchAll(/"\$id":\s*"([^"]+)"|\\"\$id\\":\s*\\"([^"\\]+)\\"/g)]
        .map((m) => m[1] ?? m[2])
        .filter((id): id is string => Boolean(id)),
    );

  it('validate loads the document and configuration validators, never the archive or outcome ones', () => {
    const ids = validators(staticClosure(command('validate')));
    expect(ids).toContain('https://upgrade-gate.dev/schemas/upgrade.schema.json');
    expect(ids).toContain('https://upgrade-gate.dev/schemas/config.schema.json');
    expect(ids.filter((id) => /archive-record|outcome/.test(id))).toEqual([]);
  });

  it('verify loads the archive validators (the check above can see them)', () => {
    const ids = validators(staticClosure(command('archive-commands')));
    expect(ids.filter((id) => /archive-record/.test(id)).length).toBeGreaterThan(0);
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
