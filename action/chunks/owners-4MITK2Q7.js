import { createRequire as __ugCreateRequire } from 'node:module';
const require = __ugCreateRequire(import.meta.url);
import {
  codeownersIn,
  runOwners
} from "./chunk-WDL2JGXM.js";
import "./chunk-O6OQD7L3.js";
import "./chunk-EK2G5CZP.js";
import "./chunk-GVNJG2VB.js";
import "./chunk-BTIUMM7O.js";
import "./chunk-M5FIWZIL.js";
import "./chunk-4V7XTYWN.js";
export {
  codeownersIn,
  runOwners
};
