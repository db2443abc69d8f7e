// The bundled Action against the emulator, for benchmarks: a seeded repository with one typical
// upgrade PR (one document, two roles approved by members the configuration lists), and a timed run.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { exampleUpgrade, openUpgradePull, seedMain } from '../emulator/seed.js';
import { GitHubEmulator } from '../emulator/server.js';
import { projectRoot } from '../emulator/root.js';

export { roundsOf, sequentialRounds } from '../emulator/rounds.js';

/** One timed run of the Action. */
export interface TimedRun {
  code: number | null;
  /** From spawning the process to the emulator receiving its first request. */
  firstRequestMs: number;
  /** From spawning the process to its exit. */
  totalMs: number;
  /** The requests of this run, in the order they were answered. */
  requests: GitHubEmulator['requests'];
  stdout: string;
}

/** A running emulator with the typical PR, and a way to run the Action on its event. */
export interface ActionFixture {
  emu: GitHubEmulator;
  run(): Promise<TimedRun>;
  stop(): Promise<void>;
}

/** Starts the emulator with `latencyMs` added to every response and opens PR #7 (the regular example, approved by both roles). */
export async function actionFixture(latencyMs = 0): Promise<ActionFixture> {
  const emu = new GitHubEmulator();
  const api = await emu.start();
  emu.latencyMs = latencyMs;
  seedMain(emu);
  const doc = exampleUpgrade('regular');
  openUpgradePull(emu, { number: 7, files: { [doc.path]: doc.text }, title: 'Upgrade billing to 2.4.0' });
  const dir = mkdtempSync(join(tmpdir(), 'ug-bench-action-'));
  writeFileSync(join(dir, 'event.json'), JSON.stringify(emu.pullEvent('pull_request_target', 'synchronize', 7)));
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    TZ: 'UTC',
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_NAME: 'pull_request_target',
    GITHUB_EVENT_PATH: join(dir, 'event.json'),
    GITHUB_REPOSITORY: 'acme/deploy',
    GITHUB_API_URL: api,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_RUN_ID: '4242',
    GITHUB_STEP_SUMMARY: join(dir, 'summary.md'),
    GITHUB_OUTPUT: join(dir, 'output'),
    RUNNER_TEMP: dir,
    'INPUT_GITHUB-TOKEN': 'ghs_emulatortoken',
    INPUT_CONFIG: '.github/upgrade-gate.yml',
    'INPUT_FAIL-ON': 'error',
  };
  const entry = join(projectRoot(), 'action/index.mjs');
  return {
    emu,
    async run() {
      // Each run is a first evaluation: the sticky comment is written, not found unchanged.
      emu.comments.delete(7);
      writeFileSync(join(dir, 'output'), '');
      writeFileSync(join(dir, 'summary.md'), '');
      const before = emu.requests.length;
      let first: number | undefined;
      const onRequest = () => (first ??= performance.now());
      emu.onRequest = onRequest;
      const t0 = performance.now();
      const child = spawn(process.execPath, [entry], { env, cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] });
      let stdout = '';
      child.stdout.on('data', (d) => (stdout += d));
      child.stderr.on('data', (d) => (stdout += d));
      const code = await new Promise<number | null>((resolve, reject) => {
        child.on('error', reject);
        child.on('close', resolve);
      });
      const totalMs = performance.now() - t0;
      emu.onRequest = undefined;
      return {
        code,
        firstRequestMs: (first ?? Number.NaN) - t0,
        totalMs,
        requests: emu.requests.slice(before),
        stdout,
      };
    },
    async stop() {
      await emu.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
