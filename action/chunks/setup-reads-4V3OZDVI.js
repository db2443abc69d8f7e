import { createRequire as __ugCreateRequire } from 'node:module';
const require = __ugCreateRequire(import.meta.url);
import {
  readSetupFacts
} from "./chunk-BW3TE6TC.js";
import "./chunk-AOMKIC6X.js";
import "./chunk-JS7D54QA.js";
import "./chunk-Q4FTAZKG.js";
import "./chunk-QMWBFLNB.js";
import "./chunk-TEUUHO3A.js";
import "./chunk-MMRI2XNX.js";
import "./chunk-OUDF4HK7.js";
import "./chunk-YYGYZQWV.js";
import "./chunk-UGWU7J7H.js";
import "./chunk-4V7XTYWN.js";
export {
  readSetupFacts
};
