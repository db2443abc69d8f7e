import { createRequire as __ugCreateRequire } from 'node:module';
const require = __ugCreateRequire(import.meta.url);
import {
  codeownersIn,
  runOwners
} from "./chunk-K5KSMIG5.js";
import "./chunk-5C67HHNY.js";
import "./chunk-AOMKIC6X.js";
import "./chunk-YTH3BEG2.js";
import "./chunk-7PFXTS3Z.js";
import "./chunk-DBPVBHPO.js";
import "./chunk-CK4XYP6V.js";
import "./chunk-4V7XTYWN.js";
export {
  codeownersIn,
  runOwners
};
