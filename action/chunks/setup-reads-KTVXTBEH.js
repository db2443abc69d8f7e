import { createRequire as __ugCreateRequire } from 'node:module';
const require = __ugCreateRequire(import.meta.url);
import {
  readSetupFacts
} from "./chunk-FNISATPT.js";
import "./chunk-EK2G5CZP.js";
import "./chunk-NMGJXU55.js";
import "./chunk-ZJ3M7GR6.js";
import "./chunk-RNIMGADV.js";
import "./chunk-2BC3EY7M.js";
import "./chunk-OFH2IMYR.js";
import "./chunk-YZZVWSWF.js";
import "./chunk-UGWU7J7H.js";
import "./chunk-4V7XTYWN.js";
export {
  readSetupFacts
};
