import { createRequire as __ugCreateRequire } from 'node:module';
const require = __ugCreateRequire(import.meta.url);
import {
  readSetupFacts
} from "./chunk-D4K24T6S.js";
import "./chunk-AOMKIC6X.js";
import "./chunk-YTH3BEG2.js";
import "./chunk-7PFXTS3Z.js";
import "./chunk-DBPVBHPO.js";
import "./chunk-TEUUHO3A.js";
import "./chunk-CK4XYP6V.js";
import "./chunk-OUDF4HK7.js";
import "./chunk-YYGYZQWV.js";
import "./chunk-UGWU7J7H.js";
import "./chunk-4V7XTYWN.js";
export {
  readSetupFacts
};
