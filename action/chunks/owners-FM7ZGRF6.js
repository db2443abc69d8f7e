import { createRequire as __ugCreateRequire } from 'node:module';
const require = __ugCreateRequire(import.meta.url);
import {
  OWNERS_HELP,
  codeownersIn,
  runOwners
} from "./chunk-OUYLUEW6.js";
import "./chunk-AP6YM5DC.js";
import "./chunk-TDO4SUZZ.js";
import "./chunk-DD4CU346.js";
import "./chunk-33Z4YFGF.js";
import "./chunk-BAPEJJ6V.js";
import "./chunk-4V7XTYWN.js";
export {
  OWNERS_HELP,
  codeownersIn,
  runOwners
};
