import { createRequire as __ugCreateRequire } from 'node:module';
const require = __ugCreateRequire(import.meta.url);
import {
  codeownersIn,
  runOwners
} from "./chunk-7RJ4AWTC.js";
import "./chunk-XEZGDGK2.js";
import "./chunk-AOMKIC6X.js";
import "./chunk-VWNGU5P5.js";
import "./chunk-ST7BLUA2.js";
import "./chunk-MMRI2XNX.js";
import "./chunk-4V7XTYWN.js";
export {
  codeownersIn,
  runOwners
};
