import { createRequire as __ugCreateRequire } from 'node:module';
const require = __ugCreateRequire(import.meta.url);
import {
  readSetupFacts
} from "./chunk-AMOV664X.js";
import "./chunk-EK2G5CZP.js";
import "./chunk-5USI6XKV.js";
import "./chunk-TWDLIV42.js";
import "./chunk-BTIUMM7O.js";
import "./chunk-M5FIWZIL.js";
import "./chunk-APYPUGUK.js";
import "./chunk-UGWU7J7H.js";
import "./chunk-4V7XTYWN.js";
export {
  readSetupFacts
};
