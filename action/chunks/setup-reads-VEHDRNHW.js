import { createRequire as __ugCreateRequire } from 'node:module';
const require = __ugCreateRequire(import.meta.url);
import {
  readSetupFacts
} from "./chunk-2IGKWXPU.js";
import "./chunk-EK2G5CZP.js";
import "./chunk-5G7MRBOO.js";
import "./chunk-TWDLIV42.js";
import "./chunk-TXJJARVT.js";
import "./chunk-M5FIWZIL.js";
import "./chunk-APYPUGUK.js";
import "./chunk-UGWU7J7H.js";
import "./chunk-4V7XTYWN.js";
export {
  readSetupFacts
};
