#!/usr/bin/env node
import { enableCompileCache } from './startup.js';

enableCompileCache();
// Everything else loads after the compile cache is on, and only what the command needs. No top-level
// await: the CLI's bundle is CommonJS, which Node starts without its ES module loader.
void Promise.all([import('./cli/main.js'), import('./cli/io.js')])
  .then(([{ runCli }, { processIo }]) => runCli(process.argv.slice(2), processIo()))
  .then(
    (code) => {
      process.exitCode = code;
    },
    (err: unknown) => {
      process.stderr.write(`upgrade-gate: internal error: ${(err as Error)?.stack ?? String(err)}\n`);
      process.exitCode = 2;
    },
  );
