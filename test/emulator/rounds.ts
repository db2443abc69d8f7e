/** A request as the emulator records it: when it arrived and when it was answered. */
export interface TimedRequest {
  method: string;
  path: string;
  arrivedAt: number;
  answeredAt: number;
}

/**
 * The number of sequential round trips in a run: the longest series of requests each sent after the
 * previous one was answered (the most requests with pairwise disjoint [arrived, answered] spans,
 * taken earliest answer first). Requests sent together count once.
 */
export function sequentialRounds(requests: readonly TimedRequest[]): number {
  let rounds = 0;
  let free = -Infinity;
  for (const r of [...requests].sort((a, b) => a.answeredAt - b.answeredAt)) {
    if (r.arrivedAt >= free) {
      rounds++;
      free = r.answeredAt;
    }
  }
  return rounds;
}

/** Requests grouped by round, for a readable account of a run: each round holds the requests sent while the one before it was answered. */
export function roundsOf(requests: readonly TimedRequest[]): TimedRequest[][] {
  const out: TimedRequest[][] = [];
  let free = -Infinity;
  for (const r of [...requests].sort((a, b) => a.arrivedAt - b.arrivedAt)) {
    if (out.length === 0 || r.arrivedAt >= free) {
      out.push([r]);
      free = r.answeredAt;
    } else {
      out[out.length - 1]!.push(r);
      free = Math.min(free, r.answeredAt);
    }
  }
  return out;
}
