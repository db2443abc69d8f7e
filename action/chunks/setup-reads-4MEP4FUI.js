import { createRequire as __ugCreateRequire } from 'node:module';
const require = __ugCreateRequire(import.meta.url);
import {
  readSetupFacts
} from "./chunk-PFDPZXX3.js";
import "./chunk-TDO4SUZZ.js";
import "./chunk-J6GDFAVW.js";
import "./chunk-KQLTEOVY.js";
import "./chunk-ITK7XODK.js";
import "./chunk-IBKBBEBV.js";
import "./chunk-32Q6LJBT.js";
import "./chunk-UGWU7J7H.js";
import "./chunk-4V7XTYWN.js";
export {
  readSetupFacts
};
