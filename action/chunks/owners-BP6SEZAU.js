import { createRequire as __ugCreateRequire } from 'node:module';
const require = __ugCreateRequire(import.meta.url);
import {
  codeownersIn,
  runOwners
} from "./chunk-N4AHUJGU.js";
import "./chunk-4FARCBJM.js";
import "./chunk-AOMKIC6X.js";
import "./chunk-VFPFWUH4.js";
import "./chunk-KIXWVGJC.js";
import "./chunk-E5ZMJTEW.js";
import "./chunk-MMRI2XNX.js";
import "./chunk-4V7XTYWN.js";
export {
  codeownersIn,
  runOwners
};
