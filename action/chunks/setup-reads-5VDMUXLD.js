import { createRequire as __ugCreateRequire } from 'node:module';
const require = __ugCreateRequire(import.meta.url);
import {
  readSetupFacts
} from "./chunk-L3YZXU3B.js";
import "./chunk-AOMKIC6X.js";
import "./chunk-3JJIVXRW.js";
import "./chunk-XGWOCNB6.js";
import "./chunk-BBMCP4E7.js";
import "./chunk-TEUUHO3A.js";
import "./chunk-GJAYEYDS.js";
import "./chunk-OUDF4HK7.js";
import "./chunk-YYGYZQWV.js";
import "./chunk-UGWU7J7H.js";
import "./chunk-4V7XTYWN.js";
export {
  readSetupFacts
};
