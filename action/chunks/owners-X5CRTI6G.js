import { createRequire as __ugCreateRequire } from 'node:module';
const require = __ugCreateRequire(import.meta.url);
import {
  codeownersIn,
  runOwners
} from "./chunk-VZYTVOV6.js";
import "./chunk-TQSIPKZR.js";
import "./chunk-AOMKIC6X.js";
import "./chunk-TJEZOBBO.js";
import "./chunk-PN7A5SSY.js";
import "./chunk-2YQ5YQX2.js";
import "./chunk-MMRI2XNX.js";
import "./chunk-4V7XTYWN.js";
export {
  codeownersIn,
  runOwners
};
