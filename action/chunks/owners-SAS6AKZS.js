import { createRequire as __ugCreateRequire } from 'node:module';
const require = __ugCreateRequire(import.meta.url);
import {
  codeownersIn,
  runOwners
} from "./chunk-P4ARPUPR.js";
import "./chunk-725JJHE5.js";
import "./chunk-EK2G5CZP.js";
import "./chunk-E7WDJE2X.js";
import "./chunk-DN5XFE3P.js";
import "./chunk-M5FIWZIL.js";
import "./chunk-4V7XTYWN.js";
export {
  codeownersIn,
  runOwners
};
