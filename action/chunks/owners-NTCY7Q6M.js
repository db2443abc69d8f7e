import { createRequire as __ugCreateRequire } from 'node:module';
const require = __ugCreateRequire(import.meta.url);
import {
  codeownersIn,
  runOwners
} from "./chunk-ZU64OHPZ.js";
import "./chunk-YXDFAFIP.js";
import "./chunk-TDO4SUZZ.js";
import "./chunk-CXUVT5WX.js";
import "./chunk-FEDO2J2P.js";
import "./chunk-NBR6FOQC.js";
import "./chunk-4V7XTYWN.js";
export {
  codeownersIn,
  runOwners
};
