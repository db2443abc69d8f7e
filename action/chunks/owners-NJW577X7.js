import { createRequire as __ugCreateRequire } from 'node:module';
const require = __ugCreateRequire(import.meta.url);
import {
  OWNERS_HELP,
  codeownersIn,
  runOwners
} from "./chunk-THHZHH5V.js";
import "./chunk-AOT5ZPAQ.js";
import "./chunk-TDO4SUZZ.js";
import "./chunk-ZVZREKUJ.js";
import "./chunk-E2HXAFCA.js";
import "./chunk-4K7J7IPU.js";
import "./chunk-4V7XTYWN.js";
export {
  OWNERS_HELP,
  codeownersIn,
  runOwners
};
