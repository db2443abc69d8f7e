import { createRequire as __ugCreateRequire } from 'node:module';
const require = __ugCreateRequire(import.meta.url);
import {
  readSetupFacts
} from "./chunk-AOI44NOY.js";
import "./chunk-AOMKIC6X.js";
import "./chunk-4JUXGLFC.js";
import "./chunk-YDZBF6P3.js";
import "./chunk-4FVI6MQS.js";
import "./chunk-4CBMIPBH.js";
import "./chunk-TEUUHO3A.js";
import "./chunk-GJAYEYDS.js";
import "./chunk-OUDF4HK7.js";
import "./chunk-YYGYZQWV.js";
import "./chunk-UGWU7J7H.js";
import "./chunk-4V7XTYWN.js";
export {
  readSetupFacts
};
