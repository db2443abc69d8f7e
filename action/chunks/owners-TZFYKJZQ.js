import { createRequire as __ugCreateRequire } from 'node:module';
const require = __ugCreateRequire(import.meta.url);
import {
  codeownersIn,
  runOwners
} from "./chunk-YEMURWA4.js";
import "./chunk-TW3EGTRK.js";
import "./chunk-TDO4SUZZ.js";
import "./chunk-YTE2LSIR.js";
import "./chunk-Y23IKAT7.js";
import "./chunk-NBR6FOQC.js";
import "./chunk-4V7XTYWN.js";
export {
  codeownersIn,
  runOwners
};
