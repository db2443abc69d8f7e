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
    if (!allowExit.includes(last.status)) throw new Error(`${cmd} ${args.join(' ')} exited ${last.status}: ${last.stderr.slice(0, 500)}`);
  }
  times.sort((a, b) => a - b);
  return { median: times[Math.floor(times.length / 2)], min: times[0], max: times[times.length - 1], result: last };
}

/** Formats milliseconds for a table. */
export const ms = (x) => `${x.toFixed(0)} ms`;
