import { createRequire as __ugCreateRequire } from 'node:module';
const require = __ugCreateRequire(import.meta.url);
import {
  codeownersIn,
  runOwners
} from "./chunk-VA4DXPQW.js";
import "./chunk-4YM4H7LZ.js";
import "./chunk-TDO4SUZZ.js";
import "./chunk-KIQETYNY.js";
import "./chunk-RSXD6KAL.js";
import "./chunk-C5QQL3EZ.js";
import "./chunk-4V7XTYWN.js";
export {
  codeownersIn,
  runOwners
};
