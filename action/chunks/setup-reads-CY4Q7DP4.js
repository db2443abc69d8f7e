import { createRequire as __ugCreateRequire } from 'node:module';
const require = __ugCreateRequire(import.meta.url);
import {
  readSetupFacts
} from "./chunk-4I4GCFFE.js";
import "./chunk-EK2G5CZP.js";
import "./chunk-GVNJG2VB.js";
import "./chunk-TWDLIV42.js";
import "./chunk-BTIUMM7O.js";
import "./chunk-M5FIWZIL.js";
import "./chunk-APYPUGUK.js";
import "./chunk-UGWU7J7H.js";
import "./chunk-4V7XTYWN.js";
export {
  readSetupFacts
};
