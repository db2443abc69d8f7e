import { createRequire as __ugCreateRequire } from 'node:module';
const require = __ugCreateRequire(import.meta.url);
import {
  readSetupFacts
} from "./chunk-LNNE77NH.js";
import "./chunk-AOMKIC6X.js";
import "./chunk-PH7QXZUN.js";
import "./chunk-NDXQVPPV.js";
import "./chunk-PHMAUG45.js";
import "./chunk-4CBMIPBH.js";
import "./chunk-TEUUHO3A.js";
import "./chunk-TG3VTIA3.js";
import "./chunk-OUDF4HK7.js";
import "./chunk-YYGYZQWV.js";
import "./chunk-UGWU7J7H.js";
import "./chunk-4V7XTYWN.js";
export {
  readSetupFacts
};
