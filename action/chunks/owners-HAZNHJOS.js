import { createRequire as __ugCreateRequire } from 'node:module';
const require = __ugCreateRequire(import.meta.url);
import {
  codeownersIn,
  runOwners
} from "./chunk-R36RRJIT.js";
import "./chunk-35UMPE4E.js";
import "./chunk-TDO4SUZZ.js";
import "./chunk-BKMEEL4N.js";
import "./chunk-M6CJBO3Q.js";
import "./chunk-C5QQL3EZ.js";
import "./chunk-4V7XTYWN.js";
export {
  codeownersIn,
  runOwners
};
