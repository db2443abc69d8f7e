import { createRequire as __ugCreateRequire } from 'node:module';
const require = __ugCreateRequire(import.meta.url);
import {
  codeownersIn,
  runOwners
} from "./chunk-2I3SG3K6.js";
import "./chunk-3JWAWDHF.js";
import "./chunk-TDO4SUZZ.js";
import "./chunk-LFGEZSPS.js";
import "./chunk-3JIXHRTV.js";
import "./chunk-ID7TIX33.js";
import "./chunk-4V7XTYWN.js";
export {
  codeownersIn,
  runOwners
};
