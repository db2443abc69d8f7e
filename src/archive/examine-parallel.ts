// Record files examined in worker threads. A worker runs this very module (the built bundle's chunk
// of it, found by its own URL): nothing from the archive is ever loaded as code, only read as data.
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { examineRecordFile, type ExaminedRecord, type RecordJob } from './examine.js';

const TAG = 'upgrade-gate/examine-record-files';
/** Threads beyond this add start-up and copying more than they save. */
export const MAX_THREADS = 8;
// Record files per message at most: large enough that messages cost little, small enough to share the work evenly.
const BATCH = 64;

/** Workers run this module's built JavaScript; from TypeScript sources (tests of the sources) verify stays in one thread. */
export const canRunWorkers = /\.[cm]?js$/.test(import.meta.url);

interface Start {
  tag: typeof TAG;
  dir: string;
  folderName: string;
}

/**
 * Examines the record files in `threads` threads: this one and `threads - 1` workers, each taking the
 * next batch when it is done with one (a busy core slows only its own share). The results come back
 * in the jobs' order.
 */
export async function examineInWorkers(dir: string, folderName: string, jobs: RecordJob[], threads: number): Promise<ExaminedRecord[]> {
  const results: ExaminedRecord[] = new Array(jobs.length);
  // Each worker is sent two batches before this thread starts on the rest: a small archive still
  // spreads over every thread.
  const size = Math.max(1, Math.min(BATCH, Math.ceil(jobs.length / (threads * 2))));
  const batches: number[] = [];
  for (let i = 0; i < jobs.length; i += size) batches.push(i);
  const workers: Worker[] = [];
  let pending = batches.length;
  let failure: Error | undefined;
  let wake: (() => void) | undefined;
  const settle = () => {
    wake?.();
    wake = undefined;
  };
  const next = (w: Worker) => {
    const start = batches.shift();
    if (start !== undefined) w.postMessage({ start, jobs: jobs.slice(start, start + size) });
  };
  for (let i = 0; i < Math.min(threads - 1, batches.length); i++) {
    const w = new Worker(new URL(import.meta.url), { workerData: { tag: TAG, dir, folderName } satisfies Start });
    workers.push(w);
    w.on('message', (m: { start: number; results: ExaminedRecord[] }) => {
      for (let k = 0; k < m.results.length; k++) {
        const r = m.results[k]!;
        // The record parsed again from the very text the worker examined.
        if (r.text !== undefined) r.record = JSON.parse(r.text) as ExaminedRecord['record'];
        r.text = undefined;
        results[m.start + k] = r;
      }
      pending--;
      next(w);
      settle();
    });
    // A worker that fails fails the run: a record left unexamined is never counted as intact.
    w.on('error', (err) => {
      failure ??= err;
      settle();
    });
    w.on('exit', (code) => {
      if (code !== 0 && pending > 0) failure ??= new Error(`a verify worker stopped with code ${code}`);
      settle();
    });
    // Two batches each, so a worker never waits for its next one while this thread is busy.
    next(w);
    next(w);
  }
  try {
    while (pending > 0 && !failure) {
      const start = batches.shift();
      if (start !== undefined) {
        const end = Math.min(start + size, jobs.length);
        for (let k = start; k < end; k++) results[k] = examineRecordFile(dir, jobs[k]!, folderName);
        pending--;
        // Let the workers' results in between batches.
        await new Promise<void>((resolve) => setImmediate(resolve));
      } else await new Promise<void>((resolve) => (wake = resolve));
    }
  } finally {
    // Stopped while this thread goes on: nothing is waiting for their answer.
    for (const w of workers) void w.terminate();
  }
  if (failure) throw failure;
  return results;
}

function serve(start: Start): void {
  parentPort!.on('message', (m: { start: number; jobs: RecordJob[] }) => {
    const results = m.jobs.map((job) => examineRecordFile(start.dir, job, start.folderName, true));
    for (const r of results) if (r.text !== undefined) r.record = undefined;
    parentPort!.postMessage({ start: m.start, results });
  });
}

if (!isMainThread && (workerData as Partial<Start> | null)?.tag === TAG) serve(workerData as Start);
