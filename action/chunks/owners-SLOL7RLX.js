import { createRequire as __ugCreateRequire } from 'node:module';
const require = __ugCreateRequire(import.meta.url);
import {
  codeownersIn,
  runOwners
} from "./chunk-OFGGTYL3.js";
import "./chunk-HEW67OIJ.js";
import "./chunk-TDO4SUZZ.js";
import "./chunk-EOQ22R4B.js";
import "./chunk-MJEF4F73.js";
import "./chunk-NBR6FOQC.js";
import "./chunk-4V7XTYWN.js";
export {
  codeownersIn,
  runOwners
};
