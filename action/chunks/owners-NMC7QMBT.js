import { createRequire as __ugCreateRequire } from 'node:module';
const require = __ugCreateRequire(import.meta.url);
import {
  codeownersIn,
  runOwners
} from "./chunk-F5BIBAFW.js";
import "./chunk-XNFZ2HTW.js";
import "./chunk-TDO4SUZZ.js";
import "./chunk-IKGXO7XV.js";
import "./chunk-O7QBQSJM.js";
import "./chunk-C5QQL3EZ.js";
import "./chunk-4V7XTYWN.js";
export {
  codeownersIn,
  runOwners
};
