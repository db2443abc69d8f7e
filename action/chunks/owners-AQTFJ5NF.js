import { createRequire as __ugCreateRequire } from 'node:module';
const require = __ugCreateRequire(import.meta.url);
import {
  codeownersIn,
  runOwners
} from "./chunk-YS7OYIE6.js";
import "./chunk-ZTDPUALF.js";
import "./chunk-EK2G5CZP.js";
import "./chunk-5G7MRBOO.js";
import "./chunk-TXJJARVT.js";
import "./chunk-M5FIWZIL.js";
import "./chunk-4V7XTYWN.js";
export {
  codeownersIn,
  runOwners
};
