// The least any record-by-record check in Node does on these files: read each record and its
// Markdown, parse the record and check its hash. Nothing else: no schema, chain, rendering or index.
// Printed beside verify's time, it says how much of verify's cost is the runtime's own JSON, hashing
// and file reads.
//
//   node archive-floor.cjs DIR [canonical|bytes] [THREADS]
//
// canonical (the default): the hash of record formats 1 to 3, a key-sorted serialization of the
//   parsed record (the engine's serializer, as RFC 8785 needs for these records), then sha256.
// bytes: what a format hashed over its file's bytes would need instead, sha256 of the bytes read.
//   No such format exists; this prices one.
// THREADS (default 1): the records are shared out among that many threads, this one included.
'use strict';
const { createHash } = require('node:crypto');
const { readFileSync, readdirSync, statSync } = require('node:fs');
const { join } = require('node:path');
const { Worker, isMainThread, parentPort, workerData } = require('node:worker_threads');

// Key-sorted copies, as fast as verify makes them (canonical.ts): an insertion sort for the few keys
// of each object, the generic sort for many.
const sortKeys = (keys) => {
  if (keys.length > 16) return keys.sort();
  for (let i = 1; i < keys.length; i++) {
    const k = keys[i];
    let j = i - 1;
    while (j >= 0 && keys[j] > k) keys[j + 1] = keys[j--];
    keys[j + 1] = k;
  }
  return keys;
};
const sorted = (v) => {
  if (v === null || typeof v !== 'object') return v;
  if (Array.isArray(v)) return v.map(sorted);
  const out = {};
  for (const k of sortKeys(Object.keys(v))) out[k] = sorted(v[k]);
  return out;
};

function* records(dir) {
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* records(path);
    else if (/-pr\d+\.json$/.test(name)) yield path;
  }
}

/** Checks each record file; returns how many match their sha256 field as the mode computes it. */
function check(paths, mode) {
  let matching = 0;
  for (const path of paths) {
    const bytes = readFileSync(path);
    const record = JSON.parse(bytes.toString('utf8'));
    if (mode === 'bytes') {
      // Compared with the record's own field, standing for the digest such a format would keep
      // elsewhere (the next record, the chain head): the cost is the same, and no record matches.
      matching += createHash('sha256').update(bytes).digest('hex') === record.sha256 ? 1 : 0;
    } else {
      const { sha256, ...rest } = record;
      matching +=
        createHash('sha256')
          .update(JSON.stringify(sorted(rest)))
          .digest('hex') === sha256
          ? 1
          : 0;
    }
    readFileSync(path.replace(/\.json$/, '.md'));
  }
  return matching;
}

if (!isMainThread) {
  parentPort.postMessage(check(workerData.paths, workerData.mode));
} else {
  const [dir, mode = 'canonical', threadsArg = '1'] = process.argv.slice(2);
  if (mode !== 'canonical' && mode !== 'bytes') throw new Error(`unknown mode ${mode}`);
  const threads = Math.max(1, Number(threadsArg) || 1);
  const paths = [...records(dir)];
  const share = Math.ceil(paths.length / threads);
  const pending = [];
  for (let i = 1; i < threads; i++) {
    const w = new Worker(__filename, { workerData: { paths: paths.slice(i * share, (i + 1) * share), mode } });
    pending.push(new Promise((resolve, reject) => (w.once('message', resolve), w.once('error', reject))));
  }
  const own = check(paths.slice(0, share), mode);
  Promise.all(pending).then((others) => {
    const matching = others.reduce((a, b) => a + b, own);
    process.stdout.write(
      `${paths.length} records read in ${threads} thread(s), ${matching} of them match their sha256 field (${mode})\n`,
    );
  });
}
