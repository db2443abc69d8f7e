import { createRequire as __ugCreateRequire } from 'node:module';
const require = __ugCreateRequire(import.meta.url);
import {
  codeownersIn,
  runOwners
} from "./chunk-SJ7VO7TE.js";
import "./chunk-E3AWE373.js";
import "./chunk-TDO4SUZZ.js";
import "./chunk-ZEJ356QR.js";
import "./chunk-HUTNRH7H.js";
import "./chunk-UX2JWMPA.js";
import "./chunk-4V7XTYWN.js";
export {
  codeownersIn,
  runOwners
};
