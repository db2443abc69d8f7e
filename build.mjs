// Bundles the Action and the CLI into action/ (committed; CI checks they match a fresh build).
import { build } from 'esbuild';
import { chmod } from 'node:fs/promises';

// ESM bundles of CommonJS dependencies (tunnel, ajv) call require(); give them a real one.
const banner = {
  js: "import { createRequire as __ugCreateRequire } from 'node:module';\nconst require = __ugCreateRequire(import.meta.url);",
};

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  banner,
  legalComments: 'none',
  logLevel: 'warning',
  minifySyntax: true,
};

await Promise.all([
  build({ ...common, entryPoints: ['src/action.ts'], outfile: 'action/index.js' }),
  build({ ...common, entryPoints: ['src/cli.ts'], outfile: 'action/cli.js', banner: { js: `#!/usr/bin/env node\n${banner.js}` } }),
]);

// npm installs bin files executable; keep the committed one the same so a fresh build changes nothing.
await chmod('action/cli.js', 0o755);
