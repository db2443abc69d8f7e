import { createRequire as __ugCreateRequire } from 'node:module';
const require = __ugCreateRequire(import.meta.url);
import {
  codeownersIn,
  runOwners
} from "./chunk-BOYR4XPE.js";
import "./chunk-2ZLAQWDN.js";
import "./chunk-TDO4SUZZ.js";
import "./chunk-3PS6JMFF.js";
import "./chunk-GWBVWBTR.js";
import "./chunk-ID7TIX33.js";
import "./chunk-4V7XTYWN.js";
export {
  codeownersIn,
  runOwners
};
