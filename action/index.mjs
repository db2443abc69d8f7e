import { createRequire as __ugCreateRequire } from 'node:module';
const require = __ugCreateRequire(import.meta.url);
import "./chunks/chunk-Y25UFXLR.mjs";

// src/startup.ts
import * as nodeModule from "node:module";
function enableCompileCache2() {
  let enable = nodeModule.enableCompileCache;
  try {
    enable?.();
  } catch {
  }
}

// src/action.ts
enableCompileCache2();
var { run } = await import("./chunks/run-RSYXFEU4.mjs");
run();
