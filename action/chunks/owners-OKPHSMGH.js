import { createRequire as __ugCreateRequire } from 'node:module';
const require = __ugCreateRequire(import.meta.url);
import {
  codeownersIn,
  runOwners
} from "./chunk-SLCJ2HLG.js";
import "./chunk-XIEPVLRE.js";
import "./chunk-AOMKIC6X.js";
import "./chunk-7RBI4M57.js";
import "./chunk-STNVTK4N.js";
import "./chunk-2WIULJUH.js";
import "./chunk-KU2SJ6KW.js";
import "./chunk-4V7XTYWN.js";
export {
  codeownersIn,
  runOwners
};
