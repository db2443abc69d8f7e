#!/usr/bin/env node
import { enableCompileCache } from './startup.js';

enableCompileCache();
// Everything else loads after the compile cache is on, and only what the command needs.
const { runCli } = await import('./cli/main.js');
const { processIo } = await import('./cli/io.js');
runCli(process.argv.slice(2), processIo()).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    process.stderr.write(`upgrade-gate: internal error: ${(err as Error)?.stack ?? String(err)}\n`);
    process.exitCode = 2;
  },
);
