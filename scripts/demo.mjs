// Bundles the demo (emulator + driver, TypeScript) and runs it; needs only Node.js and `npm ci`.
import { build } from 'esbuild';
import { mkdirSync } from 'node:fs';

mkdirSync('.tmp', { recursive: true });
await build({ entryPoints: ['test/demo/demo.ts'], bundle: true, platform: 'node', format: 'esm', outfile: '.tmp/demo.mjs', packages: 'external', logLevel: 'warning' });
await import(new URL('../.tmp/demo.mjs', import.meta.url));
