// Generates TypeScript types from the JSON Schemas so that types are never written twice.
// `node scripts/gen-types.mjs --check` fails when the committed types are stale.
import { compileFromFile } from 'json-schema-to-typescript';
import { readFileSync, writeFileSync } from 'node:fs';

const targets = [
  ['schemas/upgrade.schema.json', 'src/document/upgrade.types.ts'],
  ['schemas/config.schema.json', 'src/policy/config.types.ts'],
  ['schemas/archive-record-v1.schema.json', 'src/archive/record-v1.types.ts'],
  ['schemas/archive-record-v2.schema.json', 'src/archive/record-v2.types.ts'],
  ['schemas/archive-record.schema.json', 'src/archive/record.types.ts'],
  ['schemas/outcome.schema.json', 'src/archive/outcome.types.ts'],
  ['schemas/outcome-record.schema.json', 'src/archive/outcome-record.types.ts'],
];
const check = process.argv.includes('--check');
let stale = 0;
for (const [schema, out] of targets) {
  let exists = true;
  try { readFileSync(schema); } catch { exists = false; }
  if (!exists) continue;
  const ts = await compileFromFile(schema, {
    bannerComment: `/* Generated from ${schema} by scripts/gen-types.mjs. Do not edit. */`,
    additionalProperties: false,
    style: { singleQuote: true },
    format: true,
  });
  let current = '';
  try { current = readFileSync(out, 'utf8'); } catch { /* new file */ }
  if (current === ts) continue;
  if (check) { console.error(`${out} is stale: run npm run types`); stale++; }
  else writeFileSync(out, ts);
}
process.exit(stale ? 1 : 0);
