import { createRequire as __ugCreateRequire } from 'node:module';
const require = __ugCreateRequire(import.meta.url);
import {
  readSetupFacts
} from "./chunk-AF3F4OYS.js";
import "./chunk-TDO4SUZZ.js";
import "./chunk-IKGXO7XV.js";
import "./chunk-KQLTEOVY.js";
import "./chunk-O7QBQSJM.js";
import "./chunk-C5QQL3EZ.js";
import "./chunk-32Q6LJBT.js";
import "./chunk-UGWU7J7H.js";
import "./chunk-4V7XTYWN.js";
export {
  readSetupFacts
};
