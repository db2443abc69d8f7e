import { createRequire as __ugCreateRequire } from 'node:module';
const require = __ugCreateRequire(import.meta.url);
import {
  readSetupFacts
} from "./chunk-LVH6TAN5.js";
import "./chunk-AOMKIC6X.js";
import "./chunk-TJEZOBBO.js";
import "./chunk-PN7A5SSY.js";
import "./chunk-2YQ5YQX2.js";
import "./chunk-TEUUHO3A.js";
import "./chunk-MMRI2XNX.js";
import "./chunk-OUDF4HK7.js";
import "./chunk-YYGYZQWV.js";
import "./chunk-UGWU7J7H.js";
import "./chunk-4V7XTYWN.js";
export {
  readSetupFacts
};
