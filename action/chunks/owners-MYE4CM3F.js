import { createRequire as __ugCreateRequire } from 'node:module';
const require = __ugCreateRequire(import.meta.url);
import {
  codeownersIn,
  runOwners
} from "./chunk-LYSUMIIU.js";
import "./chunk-UBSBX42C.js";
import "./chunk-AOMKIC6X.js";
import "./chunk-ZIFKLKNB.js";
import "./chunk-AV2TIPO3.js";
import "./chunk-AEOB34VQ.js";
import "./chunk-6XT5Q5FX.js";
import "./chunk-TG3VTIA3.js";
import "./chunk-4V7XTYWN.js";
export {
  codeownersIn,
  runOwners
};
