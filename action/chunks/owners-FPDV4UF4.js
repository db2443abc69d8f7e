import { createRequire as __ugCreateRequire } from 'node:module';
const require = __ugCreateRequire(import.meta.url);
import {
  codeownersIn,
  runOwners
} from "./chunk-4CJF34K6.js";
import "./chunk-DUO6HSKR.js";
import "./chunk-TDO4SUZZ.js";
import "./chunk-NLFQ3JMA.js";
import "./chunk-YO54Z6BR.js";
import "./chunk-C5QQL3EZ.js";
import "./chunk-4V7XTYWN.js";
export {
  codeownersIn,
  runOwners
};
