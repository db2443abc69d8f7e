import { createRequire as __ugCreateRequire } from 'node:module';
const require = __ugCreateRequire(import.meta.url);
import {
  readSetupFacts
} from "./chunk-K6JC6WRZ.js";
import "./chunk-AOMKIC6X.js";
import "./chunk-7RBI4M57.js";
import "./chunk-STNVTK4N.js";
import "./chunk-2WIULJUH.js";
import "./chunk-TEUUHO3A.js";
import "./chunk-KU2SJ6KW.js";
import "./chunk-OUDF4HK7.js";
import "./chunk-YYGYZQWV.js";
import "./chunk-UGWU7J7H.js";
import "./chunk-4V7XTYWN.js";
export {
  readSetupFacts
};
