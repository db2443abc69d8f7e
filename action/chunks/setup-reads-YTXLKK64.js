import { createRequire as __ugCreateRequire } from 'node:module';
const require = __ugCreateRequire(import.meta.url);
import {
  readSetupFacts
} from "./chunk-5BAUDPI2.js";
import "./chunk-AOMKIC6X.js";
import "./chunk-DC4IN4RZ.js";
import "./chunk-5D3GRLDS.js";
import "./chunk-WIMEK4TS.js";
import "./chunk-TEUUHO3A.js";
import "./chunk-GJAYEYDS.js";
import "./chunk-OUDF4HK7.js";
import "./chunk-YYGYZQWV.js";
import "./chunk-UGWU7J7H.js";
import "./chunk-4V7XTYWN.js";
export {
  readSetupFacts
};
