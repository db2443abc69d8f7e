import { createRequire as __ugCreateRequire } from 'node:module';
const require = __ugCreateRequire(import.meta.url);
import {
  readSetupFacts
} from "./chunk-INUIXQZE.js";
import "./chunk-AOMKIC6X.js";
import "./chunk-VWNGU5P5.js";
import "./chunk-TEUUHO3A.js";
import "./chunk-ST7BLUA2.js";
import "./chunk-MMRI2XNX.js";
import "./chunk-OUDF4HK7.js";
import "./chunk-YYGYZQWV.js";
import "./chunk-UGWU7J7H.js";
import "./chunk-4V7XTYWN.js";
export {
  readSetupFacts
};
