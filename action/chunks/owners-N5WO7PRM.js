import { createRequire as __ugCreateRequire } from 'node:module';
const require = __ugCreateRequire(import.meta.url);
import {
  codeownersIn,
  runOwners
} from "./chunk-543O5ZEG.js";
import "./chunk-KUDDYOMG.js";
import "./chunk-EK2G5CZP.js";
import "./chunk-A2BX2BFK.js";
import "./chunk-UU62YC2P.js";
import "./chunk-M5FIWZIL.js";
import "./chunk-4V7XTYWN.js";
export {
  codeownersIn,
  runOwners
};
