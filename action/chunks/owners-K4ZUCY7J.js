import { createRequire as __ugCreateRequire } from 'node:module';
const require = __ugCreateRequire(import.meta.url);
import {
  OWNERS_HELP,
  codeownersIn,
  runOwners
} from "./chunk-7BBAUDID.js";
import "./chunk-KLBCOK3P.js";
import "./chunk-TDO4SUZZ.js";
import "./chunk-RUHENMUQ.js";
import "./chunk-LVB4U6AV.js";
import "./chunk-4K7J7IPU.js";
import "./chunk-4V7XTYWN.js";
export {
  OWNERS_HELP,
  codeownersIn,
  runOwners
};
