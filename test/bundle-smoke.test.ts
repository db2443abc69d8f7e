import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
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
