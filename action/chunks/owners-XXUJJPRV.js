import { createRequire as __ugCreateRequire } from 'node:module';
const require = __ugCreateRequire(import.meta.url);
import {
  codeownersIn,
  runOwners
} from "./chunk-EI4WSQTX.js";
import "./chunk-KXQFCYRC.js";
import "./chunk-TDO4SUZZ.js";
import "./chunk-S7BQNCHK.js";
import "./chunk-QGN3XWY3.js";
import "./chunk-C5QQL3EZ.js";
import "./chunk-4V7XTYWN.js";
export {
  codeownersIn,
  runOwners
};
