import { createRequire as __ugCreateRequire } from 'node:module';
const require = __ugCreateRequire(import.meta.url);
import {
  examineRecordFile
} from "./chunk-NAASATKX.mjs";
import "./chunk-6PE6XYGR.mjs";
import "./chunk-MV6RXFAG.mjs";
import "./chunk-LM64RRIG.mjs";
import "./chunk-Y25UFXLR.mjs";

// src/archive/examine-parallel.ts
import { isMainThread, parentPort, Worker, workerData } from "node:worker_threads";
var TAG = "upgrade-gate/examine-record-files", MAX_THREADS = 8, BATCH = 64, canRunWorkers = /\.[cm]?js$/.test(import.meta.url);
async function examineInWorkers(dir, folderName, jobs, threads) {
  let results = new Array(jobs.length), size = Math.max(1, Math.min(BATCH, Math.ceil(jobs.length / (threads * 2)))), batches = [];
  for (let i = 0; i < jobs.length; i += size) batches.push(i);
  let workers = [], pending = batches.length, failure, wake, settle = () => {
    wake?.(), wake = void 0;
  }, next = (w) => {
    let start = batches.shift();
    start !== void 0 && w.postMessage({ start, jobs: jobs.slice(start, start + size) });
  };
  for (let i = 0; i < Math.min(threads - 1, batches.length); i++) {
    let w = new Worker(new URL(import.meta.url), { workerData: { tag: TAG, dir, folderName } });
    workers.push(w), w.on("message", (m) => {
      for (let k = 0; k < m.results.length; k++) {
        let r = m.results[k];
        r.text !== void 0 && (r.record = JSON.parse(r.text)), r.text = void 0, results[m.start + k] = r;
      }
      pending--, next(w), settle();
    }), w.on("error", (err) => {
      failure ??= err, settle();
    }), w.on("exit", (code) => {
      code !== 0 && pending > 0 && (failure ??= new Error(`a verify worker stopped with code ${code}`)), settle();
    }), next(w), next(w);
  }
  try {
    for (; pending > 0 && !failure; ) {
      let start = batches.shift();
      if (start !== void 0) {
        let end = Math.min(start + size, jobs.length);
        for (let k = start; k < end; k++) results[k] = examineRecordFile(dir, jobs[k], folderName);
        pending--, await new Promise((resolve) => setImmediate(resolve));
      } else await new Promise((resolve) => wake = resolve);
    }
  } finally {
    for (let w of workers) w.terminate();
  }
  if (failure) throw failure;
  return results;
}
function serve(start) {
  parentPort.on("message", (m) => {
    let results = m.jobs.map((job) => examineRecordFile(start.dir, job, start.folderName, !0));
    for (let r of results) r.text !== void 0 && (r.record = void 0);
    parentPort.postMessage({ start: m.start, results });
  });
}
!isMainThread && workerData?.tag === TAG && serve(workerData);
export {
  MAX_THREADS,
  canRunWorkers,
  examineInWorkers
};
