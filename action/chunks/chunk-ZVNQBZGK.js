import { createRequire as __ugCreateRequire } from 'node:module';
const require = __ugCreateRequire(import.meta.url);

// src/startup.ts
import * as nodeModule from "node:module";
function enableCompileCache2() {
  let enable = nodeModule.enableCompileCache;
  try {
    enable?.();
  } catch {
  }
}

export {
  enableCompileCache2 as enableCompileCache
};
