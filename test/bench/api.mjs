// Benchmark: the Action's API use for a typical evaluation (one upgrade document, two roles whose
// members the configuration lists), run as the bundle against the emulator with a fixed latency
// added to every response. Prints the calls and the sequential round trips, beside the floor worked
// out by hand, and what the latency costs the run.
import { loadActionFixture } from './cold-start.mjs';

const LATENCY = Number(process.env.BENCH_API_LATENCY_MS ?? 150);
const RUNS = 3;

// The floor, by hand: every read is needed once and none is guessed (a speculative read of a
// CODEOWNERS location that may not exist costs a call to save a round).
//   round 1  policy at the base tip, base...head comparison (files, base commit), PR comments   ← the event alone
//   round 2  base tree, the document at the head, the reviews                                   ← the comparison, the policy
//   round 3  CODEOWNERS at the base commit, the PR's issue events                               ← its location, from the tree;
//            (the events only when there is an approval: it counts only if the base branch has not changed since)
//   round 4  commit status                                                                      ← the verdict
//   round 5  sticky comment (created or updated)                                                ← writes stay one at a time
const FLOOR = { rounds: 5, calls: 10 };

/** Runs the API benchmark and returns its printed lines. */
export async function benchApi() {
  const { actionFixture, sequentialRounds, roundsOf } = await loadActionFixture();
  const fixture = await actionFixture(LATENCY);
  const runs = [];
  try {
    for (let i = 0; i < RUNS; i++) runs.push(await fixture.run());
  } finally {
    await fixture.stop();
  }
  const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  const last = runs[runs.length - 1];
  const t0 = last.requests[0]?.arrivedAt ?? 0;
  return [
    `api: a typical evaluation (one document, two roles, members from the configuration), the bundled Action against the emulator with ${LATENCY} ms added to every response, ${RUNS} runs`,
    `  sequential round trips: ${median(runs.map((r) => sequentialRounds(r.requests)))} (floor worked out by hand: ${FLOOR.rounds}; goal at most 5)`,
    `  REST calls: ${median(runs.map((r) => r.requests.length))} (floor: ${FLOOR.calls})`,
    `  whole run: ${median(runs.map((r) => r.totalMs)).toFixed(0)} ms, of which at least ${median(runs.map((r) => sequentialRounds(r.requests))) * LATENCY} ms is waiting on the API`,
    ...roundsOf(last.requests).map(
      (round, i) =>
        `    round ${i + 1} (+${(round[0].arrivedAt - t0).toFixed(0)} ms): ${round.map((q) => `${q.method} ${q.path.replace(/^\/repos\/[^/]+\/[^/]+/, '').replace(/[0-9a-f]{40}/g, '<sha>')}`).join(', ')}`,
    ),
  ];
}
