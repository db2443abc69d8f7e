import { createRequire as __ugCreateRequire } from 'node:module';
const require = __ugCreateRequire(import.meta.url);
import {
  codeownersIn,
  runOwners
} from "./chunk-26Q3GLZF.js";
import "./chunk-43MSHH5N.js";
import "./chunk-EK2G5CZP.js";
import "./chunk-5USI6XKV.js";
import "./chunk-BTIUMM7O.js";
import "./chunk-M5FIWZIL.js";
import "./chunk-4V7XTYWN.js";
export {
  codeownersIn,
  runOwners
};
