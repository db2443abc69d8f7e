// Times whole processes: each command runs `runs` times, the median wall time is reported.
import { spawnSync } from 'node:child_process';

/** Runs a command `runs` times and returns the median wall time in milliseconds and the last result. */
export function timeCommand(cmd, args, { runs = 5, cwd, allowExit = [0, 1] } = {}) {
  const times = [];
  let last;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    last = spawnSync(cmd, args, { cwd, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
    times.push(performance.now() - t0);
    if (!allowExit.includes(last.status))
      throw new Error(`${cmd} ${args.join(' ')} exited ${last.status}: ${last.stderr.slice(0, 500)}`);
  }
  times.sort((a, b) => a - b);
  return { median: times[Math.floor(times.length / 2)], min: times[0], max: times[times.length - 1], result: last };
}

/** Formats milliseconds for a table. */
export const ms = (x) => `${x.toFixed(0)} ms`;

/** Wall time of one whole process, in milliseconds. */
export function timeOnce(cmd, args, { cwd, allowExit = [0, 1] } = {}) {
  const t0 = performance.now();
  const r = spawnSync(cmd, args, { cwd, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  const t = performance.now() - t0;
  if (!allowExit.includes(r.status))
    throw new Error(`${cmd} ${args.join(' ')} exited ${r.status}: ${r.stderr.slice(0, 500)}`);
  return t;
}

/**
 * Runs a measured command and a yardstick in turn (A B A B …, after one warm-up of each) and returns
 * the median of the pairwise ratios A/B: pairing keeps the ratio fair while a shared machine's speed drifts.
 */
export async function pairedRatio(measure, yardstick, runs = 11) {
  await measure();
  await yardstick();
  const ratios = [];
  const as = [];
  const bs = [];
  for (let i = 0; i < runs; i++) {
    const a = await measure();
    const b = await yardstick();
    as.push(a);
    bs.push(b);
    ratios.push(a / b);
  }
  const median = (xs) => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)];
  return { ratio: median(ratios), a: median(as), b: median(bs) };
}
