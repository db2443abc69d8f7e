import { createRequire as __ugCreateRequire } from 'node:module';
const require = __ugCreateRequire(import.meta.url);
import {
  codeownersIn,
  runOwners
} from "./chunk-5AYZ36DG.js";
import "./chunk-OI57VCMV.js";
import "./chunk-AOMKIC6X.js";
import "./chunk-DC4IN4RZ.js";
import "./chunk-5D3GRLDS.js";
import "./chunk-WIMEK4TS.js";
import "./chunk-GJAYEYDS.js";
import "./chunk-4V7XTYWN.js";
export {
  codeownersIn,
  runOwners
};
