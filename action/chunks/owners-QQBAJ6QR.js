import { createRequire as __ugCreateRequire } from 'node:module';
const require = __ugCreateRequire(import.meta.url);
import {
  codeownersIn,
  runOwners
} from "./chunk-OBHUDS7X.js";
import "./chunk-DE53WAFC.js";
import "./chunk-TDO4SUZZ.js";
import "./chunk-C7HPVLKZ.js";
import "./chunk-I7RRKLLE.js";
import "./chunk-C5QQL3EZ.js";
import "./chunk-4V7XTYWN.js";
export {
  codeownersIn,
  runOwners
};
