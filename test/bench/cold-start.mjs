// Benchmark: cold start. `validate` of one document and the Action's start-up (from spawning
// `node action/index.mjs` to the first request the API emulator receives), each as a ratio to
// `node -e 0` on the same machine, runs paired so that the ratio holds while the machine's load drifts.
import { join } from 'node:path';
import { build } from 'esbuild';
import { ms, pairedRatio, timeOnce } from './timing.mjs';

const ROOT = new URL('../..', import.meta.url).pathname;
const RUNS = Number(process.env.BENCH_COLD_RUNS ?? 11);
const DOC = 'examples/upgrades/2026-12-03-billing-2.4.0.yaml';

/** Loads the bundled fixture that runs the Action against the emulator. */
export async function loadActionFixture() {
  const out = join(ROOT, '.tmp', 'bench-action-fixture.mjs');
  await build({
    entryPoints: [join(ROOT, 'test/bench/action-fixture.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    packages: 'external',
    outfile: out,
    logLevel: 'warning',
  });
  return import(`${out}?${Date.now()}`);
}

/** Runs the cold-start benchmark and returns its printed lines. */
export async function benchColdStart() {
  const nodeOnly = () => timeOnce(process.execPath, ['-e', '0'], { allowExit: [0] });
  const validate = await pairedRatio(
    () => timeOnce(process.execPath, [join(ROOT, 'action/cli.js'), 'validate', DOC], { cwd: ROOT, allowExit: [0] }),
    nodeOnly,
    RUNS,
  );
  const { actionFixture } = await loadActionFixture();
  const fixture = await actionFixture(0);
  let action;
  try {
    action = await pairedRatio(
      async () => {
        const r = await fixture.run();
        if (!Number.isFinite(r.firstRequestMs))
          throw new Error(`the Action made no request:\n${r.stdout.slice(0, 2000)}`);
        return r.firstRequestMs;
      },
      nodeOnly,
      RUNS,
    );
  } finally {
    await fixture.stop();
  }
  return [
    `cold start: medians of ${RUNS} runs, each paired with \`node -e 0\` (ratio = median of the pairwise ratios; goal ≤ 2.0)`,
    `  node -e 0: ${ms(validate.b)}`,
    `  upgrade-gate validate (one document): ${ms(validate.a)} — ratio ${validate.ratio.toFixed(2)}`,
    `  the Action, start to its first API request: ${ms(action.a)} — ratio ${action.ratio.toFixed(2)}`,
  ];
}
