import { createRequire as __ugCreateRequire } from 'node:module';
const require = __ugCreateRequire(import.meta.url);
import {
  readSetupFacts
} from "./chunk-NWXIA77T.js";
import "./chunk-TDO4SUZZ.js";
import "./chunk-CXUVT5WX.js";
import "./chunk-KQLTEOVY.js";
import "./chunk-FEDO2J2P.js";
import "./chunk-NBR6FOQC.js";
import "./chunk-32Q6LJBT.js";
import "./chunk-UGWU7J7H.js";
import "./chunk-4V7XTYWN.js";
export {
  readSetupFacts
};
