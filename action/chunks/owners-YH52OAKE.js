import { createRequire as __ugCreateRequire } from 'node:module';
const require = __ugCreateRequire(import.meta.url);
import {
  codeownersIn,
  runOwners
} from "./chunk-HK25ZPXI.js";
import "./chunk-DILBGHCQ.js";
import "./chunk-TDO4SUZZ.js";
import "./chunk-J6GDFAVW.js";
import "./chunk-ITK7XODK.js";
import "./chunk-IBKBBEBV.js";
import "./chunk-4V7XTYWN.js";
export {
  codeownersIn,
  runOwners
};
