import { createRequire as __ugCreateRequire } from 'node:module';
const require = __ugCreateRequire(import.meta.url);
import {
  readSetupFacts
} from "./chunk-GFU2T5W2.js";
import "./chunk-AOMKIC6X.js";
import "./chunk-MLMR7MA4.js";
import "./chunk-ZQYR7J3J.js";
import "./chunk-4ZVL5RV6.js";
import "./chunk-TEUUHO3A.js";
import "./chunk-CK4XYP6V.js";
import "./chunk-OUDF4HK7.js";
import "./chunk-YYGYZQWV.js";
import "./chunk-UGWU7J7H.js";
import "./chunk-4V7XTYWN.js";
export {
  readSetupFacts
};
