import { createRequire as __ugCreateRequire } from 'node:module';
const require = __ugCreateRequire(import.meta.url);
import {
  codeownersIn,
  runOwners
} from "./chunk-6Y7IGNKF.js";
import "./chunk-IGE6FFXV.js";
import "./chunk-EK2G5CZP.js";
import "./chunk-64PDZPED.js";
import "./chunk-TXJJARVT.js";
import "./chunk-M5FIWZIL.js";
import "./chunk-4V7XTYWN.js";
export {
  codeownersIn,
  runOwners
};
