import { createRequire as __ugCreateRequire } from 'node:module';
const require = __ugCreateRequire(import.meta.url);
import {
  codeownersIn,
  runOwners
} from "./chunk-K3Q6VJZX.js";
import "./chunk-JJK2I47D.js";
import "./chunk-AOMKIC6X.js";
import "./chunk-JS7D54QA.js";
import "./chunk-Q4FTAZKG.js";
import "./chunk-QMWBFLNB.js";
import "./chunk-MMRI2XNX.js";
import "./chunk-4V7XTYWN.js";
export {
  codeownersIn,
  runOwners
};
