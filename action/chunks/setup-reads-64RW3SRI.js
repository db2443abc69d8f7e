import { createRequire as __ugCreateRequire } from 'node:module';
const require = __ugCreateRequire(import.meta.url);
import {
  readSetupFacts
} from "./chunk-ECAUDJL4.js";
import "./chunk-EK2G5CZP.js";
import "./chunk-C7YGC3UX.js";
import "./chunk-TWDLIV42.js";
import "./chunk-RA5BQNR2.js";
import "./chunk-UUKXF7LA.js";
import "./chunk-APYPUGUK.js";
import "./chunk-UGWU7J7H.js";
import "./chunk-4V7XTYWN.js";
export {
  readSetupFacts
};
