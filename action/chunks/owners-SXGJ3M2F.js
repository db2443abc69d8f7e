import { createRequire as __ugCreateRequire } from 'node:module';
const require = __ugCreateRequire(import.meta.url);
import {
  codeownersIn,
  runOwners
} from "./chunk-62KHFZOV.js";
import "./chunk-EHLPK7KU.js";
import "./chunk-EK2G5CZP.js";
import "./chunk-NMGJXU55.js";
import "./chunk-RNIMGADV.js";
import "./chunk-2BC3EY7M.js";
import "./chunk-4V7XTYWN.js";
export {
  codeownersIn,
  runOwners
};
