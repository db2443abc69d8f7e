import { createRequire as __ugCreateRequire } from 'node:module';
const require = __ugCreateRequire(import.meta.url);
import {
  readSetupFacts
} from "./chunk-6IP66BTM.js";
import "./chunk-AOMKIC6X.js";
import "./chunk-ZIFKLKNB.js";
import "./chunk-AV2TIPO3.js";
import "./chunk-AEOB34VQ.js";
import "./chunk-6XT5Q5FX.js";
import "./chunk-TEUUHO3A.js";
import "./chunk-TG3VTIA3.js";
import "./chunk-OUDF4HK7.js";
import "./chunk-YYGYZQWV.js";
import "./chunk-UGWU7J7H.js";
import "./chunk-4V7XTYWN.js";
export {
  readSetupFacts
};
