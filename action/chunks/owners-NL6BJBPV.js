import { createRequire as __ugCreateRequire } from 'node:module';
const require = __ugCreateRequire(import.meta.url);
import {
  OWNERS_HELP,
  codeownersIn,
  runOwners
} from "./chunk-5FNTYTPK.js";
import "./chunk-AD3FLZV3.js";
import "./chunk-TDO4SUZZ.js";
import "./chunk-T2EDJRMD.js";
import "./chunk-ELVIDLMR.js";
import "./chunk-4K7J7IPU.js";
import "./chunk-4V7XTYWN.js";
export {
  OWNERS_HELP,
  codeownersIn,
  runOwners
};
