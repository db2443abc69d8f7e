import { createRequire as __ugCreateRequire } from 'node:module';
const require = __ugCreateRequire(import.meta.url);
import {
  codeownersIn,
  runOwners
} from "./chunk-5E2RKRL3.js";
import "./chunk-2GTFM5DQ.js";
import "./chunk-AOMKIC6X.js";
import "./chunk-PH7QXZUN.js";
import "./chunk-NDXQVPPV.js";
import "./chunk-PHMAUG45.js";
import "./chunk-4CBMIPBH.js";
import "./chunk-TG3VTIA3.js";
import "./chunk-4V7XTYWN.js";
export {
  codeownersIn,
  runOwners
};
