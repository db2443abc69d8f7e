import { createRequire as __ugCreateRequire } from 'node:module';
const require = __ugCreateRequire(import.meta.url);
import {
  codeownersIn,
  runOwners
} from "./chunk-OOSNKWRP.js";
import "./chunk-B3MRR2U7.js";
import "./chunk-TDO4SUZZ.js";
import "./chunk-CXUVT5WX.js";
import "./chunk-FEDO2J2P.js";
import "./chunk-NBR6FOQC.js";
import "./chunk-4V7XTYWN.js";
export {
  codeownersIn,
  runOwners
};
