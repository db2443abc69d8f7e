import { createRequire as __ugCreateRequire } from 'node:module';
const require = __ugCreateRequire(import.meta.url);
import {
  codeownersIn,
  runOwners
} from "./chunk-LKXLPJJ4.js";
import "./chunk-CNUD7P36.js";
import "./chunk-EK2G5CZP.js";
import "./chunk-SAT2H2AE.js";
import "./chunk-IB3TWJHH.js";
import "./chunk-M5FIWZIL.js";
import "./chunk-4V7XTYWN.js";
export {
  codeownersIn,
  runOwners
};
