import { createRequire as __ugCreateRequire } from 'node:module';
const require = __ugCreateRequire(import.meta.url);
import "./chunk-4V7XTYWN.js";

// src/cli/io.ts
function processIo() {
  return {
    cwd: process.cwd(),
    out: (line) => process.stdout.write(`${line}
`),
    err: (line) => process.stderr.write(`${line}
`),
    env: process.env
  };
}
export {
  processIo
};
