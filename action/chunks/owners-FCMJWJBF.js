import { createRequire as __ugCreateRequire } from 'node:module';
const require = __ugCreateRequire(import.meta.url);
import {
  codeownersIn,
  runOwners
} from "./chunk-FY3Y2SCL.js";
import "./chunk-SGU2HSOP.js";
import "./chunk-AOMKIC6X.js";
import "./chunk-4JUXGLFC.js";
import "./chunk-YDZBF6P3.js";
import "./chunk-4FVI6MQS.js";
import "./chunk-4CBMIPBH.js";
import "./chunk-GJAYEYDS.js";
import "./chunk-4V7XTYWN.js";
export {
  codeownersIn,
  runOwners
};
