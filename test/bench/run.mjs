// npm run bench: every benchmark, each on data it generates, each printing ratios against the tool
// a user would otherwise pick.
import { benchApi } from './api.mjs';
import { benchArchive } from './archive.mjs';
import { benchCodeowners } from './codeowners.mjs';
import { benchColdStart } from './cold-start.mjs';
import { benchDocuments } from './documents.mjs';

const only = process.argv[2];
const benches = {
  'cold-start': benchColdStart,
  api: benchApi,
  documents: benchDocuments,
  codeowners: benchCodeowners,
  archive: benchArchive,
};
for (const [name, fn] of Object.entries(benches)) {
  if (only && only !== name) continue;
  for (const line of await fn()) console.log(line);
}
