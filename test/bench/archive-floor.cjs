// The least any record-by-record check in Node does on these files, in one thread: read each record
// and its Markdown, parse the record, serialize it with sorted keys (the engine's serializer, as RFC
// 8785 needs for these records) and hash that. No schema, chain, rendering or index. Printed beside
// verify's time, it says how much of verify's cost is the runtime's own JSON, hashing and file reads.
'use strict';
const { createHash } = require('node:crypto');
const { readFileSync, readdirSync, statSync } = require('node:fs');
const { join } = require('node:path');

const sorted = (v) => {
  if (Array.isArray(v)) return v.map(sorted);
  if (v === null || typeof v !== 'object') return v;
  const out = {};
  for (const k of Object.keys(v).sort()) out[k] = sorted(v[k]);
  return out;
};

function* records(dir) {
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* records(path);
    else if (/-pr\d+\.json$/.test(name)) yield path;
  }
}

let count = 0;
let matching = 0;
for (const path of records(process.argv[2])) {
  const record = JSON.parse(readFileSync(path, 'utf8'));
  const { sha256, ...rest } = record;
  const digest = createHash('sha256')
    .update(JSON.stringify(sorted(rest)))
    .digest('hex');
  matching += digest === sha256 ? 1 : 0;
  readFileSync(path.replace(/\.json$/, '.md'));
  count++;
}
process.stdout.write(`${count} records read, ${matching} of them hash to their sha256\n`);
