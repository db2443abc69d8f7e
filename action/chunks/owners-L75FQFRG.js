import { createRequire as __ugCreateRequire } from 'node:module';
const require = __ugCreateRequire(import.meta.url);
import {
  codeownersIn,
  runOwners
} from "./chunk-YKGCF2F5.js";
import "./chunk-O66SWPQ4.js";
import "./chunk-AOMKIC6X.js";
import "./chunk-3JJIVXRW.js";
import "./chunk-XGWOCNB6.js";
import "./chunk-BBMCP4E7.js";
import "./chunk-GJAYEYDS.js";
import "./chunk-4V7XTYWN.js";
export {
  codeownersIn,
  runOwners
};
