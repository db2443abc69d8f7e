import { createRequire as __ugCreateRequire } from 'node:module';
const require = __ugCreateRequire(import.meta.url);
import {
  enableCompileCache
} from "./chunks/chunk-ZVNQBZGK.js";
import "./chunks/chunk-4V7XTYWN.js";

// src/action.ts
enableCompileCache();
var { run } = await import("./chunks/run-2QYFKLG3.js");
run();
