import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { projectRoot } from '../emulator/root.js';

const ROOT = projectRoot();

/**
 * How end-to-end runs choose the moment: libfaketime when it is installed (CI installs it, so the real-clock
 * path is proven there), else the preloaded clock shift the demo uses. Decided once, said once.
 */
export const CLOCK: 'faketime' | 'shim' =
  spawnSync('faketime', ['-f', '@2026-01-01 00:00:00', 'true'], { stdio: 'ignore' }).status === 0 ? 'faketime' : 'shim';

let announced = false;

/** What a run of the bundled Action left behind. */
export interface ActionRun {
  code: number | null;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
}

/** Parses a GITHUB_OUTPUT file written by @actions/core (name<<delimiter blocks). */
function parseOutputs(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const re = /^([^<\n]+)<<(\S+)\n([\s\S]*?)\n\2$/gm;
  for (const m of text.matchAll(re)) out[m[1]!] = m[3]!;
  return out;
}

/**
 * Runs `node action/index.mjs` as a runner would: event payload in GITHUB_EVENT_PATH, inputs as INPUT_*,
 * outputs and summary in files; the moment is chosen with faketime, never with a variable the Action reads.
 */
export async function runAction(opts: {
  apiUrl: string;
  event: string;
  payload: unknown;
  at: string;
  inputs?: Record<string, string>;
  repository?: string;
  clock?: 'faketime' | 'shim';
}): Promise<ActionRun> {
  const dir = mkdtempSync(join(tmpdir(), 'ug-e2e-'));
  const eventPath = join(dir, 'event.json');
  const outputPath = join(dir, 'output');
  const summaryPath = join(dir, 'summary.md');
  writeFileSync(eventPath, JSON.stringify(opts.payload));
  writeFileSync(outputPath, '');
  writeFileSync(summaryPath, '');
  const inputs = {
    'github-token': 'ghs_emulatortoken',
    config: '.github/upgrade-gate.yml',
    'fail-on': 'error',
    ...opts.inputs,
  };
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    TZ: 'UTC',
    FAKETIME_DONT_FAKE_MONOTONIC: '1',
    GITHUB_ACTIONS: 'true',
    CI: 'true',
    GITHUB_EVENT_NAME: opts.event,
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_REPOSITORY: opts.repository ?? 'acme/deploy',
    GITHUB_API_URL: opts.apiUrl,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_RUN_ID: '4242',
    GITHUB_STEP_SUMMARY: summaryPath,
    GITHUB_OUTPUT: outputPath,
    RUNNER_TEMP: dir,
  };
  for (const [k, v] of Object.entries(inputs)) env[`INPUT_${k.toUpperCase()}`] = v;
  // Tests use faketime (libfaketime). The demo, on machines without it, preloads a JS stand-in that
  // shifts Date the same way; the Action itself has no input or variable that sets the time.
  const clock = opts.clock ?? CLOCK;
  if (!announced) {
    announced = true;
    console.log(
      `end-to-end clock: ${clock === 'faketime' ? 'faketime (libfaketime)' : 'preloaded clock shift (faketime is not on PATH)'}`,
    );
  }
  const shim = clock === 'shim';
  if (shim) env.UG_DEMO_FAKETIME = opts.at;
  const cmd = shim ? process.execPath : 'faketime';
  const args = shim
    ? ['--import', join(ROOT, 'test/demo/clock-shim.mjs'), join(ROOT, 'action/index.mjs')]
    : ['-f', `@${opts.at}`, process.execPath, join(ROOT, 'action/index.mjs')];
  const child = spawn(cmd, args, { env, cwd: dir });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d) => (stdout += d));
  child.stderr.on('data', (d) => (stderr += d));
  // A missing or broken tool is an error the test reports, never a promise that waits forever.
  const code = await new Promise<number | null>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', resolve);
  });
  return {
    code,
    stdout,
    stderr,
    outputs: parseOutputs(readFileSync(outputPath, 'utf8')),
    summary: readFileSync(summaryPath, 'utf8'),
  };
}
