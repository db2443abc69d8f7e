#!/usr/bin/env node
import { createRequire as __ugCreateRequire } from 'node:module';
const require = __ugCreateRequire(import.meta.url);
import {
  enableCompileCache
} from "./chunks/chunk-ZVNQBZGK.js";
import "./chunks/chunk-4V7XTYWN.js";

// src/cli.ts
enableCompileCache();
var { runCli } = await import("./chunks/main-PSNQGVNL.js"), { processIo } = await import("./chunks/io-D5K4RX6E.js");
runCli(process.argv.slice(2), processIo()).then(
  (code) => {
    process.exitCode = code;
  },
  (err) => {
    process.stderr.write(`upgrade-gate: internal error: ${err?.stack ?? String(err)}
`), process.exitCode = 2;
  }
);
