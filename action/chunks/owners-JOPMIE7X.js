import { createRequire as __ugCreateRequire } from 'node:module';
const require = __ugCreateRequire(import.meta.url);
import {
  codeownersIn,
  runOwners
} from "./chunk-X4QLVPNA.js";
import "./chunk-BWGYJBTK.js";
import "./chunk-AOMKIC6X.js";
import "./chunk-MLMR7MA4.js";
import "./chunk-ZQYR7J3J.js";
import "./chunk-4ZVL5RV6.js";
import "./chunk-CK4XYP6V.js";
import "./chunk-4V7XTYWN.js";
export {
  codeownersIn,
  runOwners
};
