import { createRequire as __ugCreateRequire } from 'node:module';
const require = __ugCreateRequire(import.meta.url);
import {
  codeownersIn,
  runOwners
} from "./chunk-4UUQR4LJ.js";
import "./chunk-2Q2FVPUF.js";
import "./chunk-EK2G5CZP.js";
import "./chunk-C7YGC3UX.js";
import "./chunk-RA5BQNR2.js";
import "./chunk-UUKXF7LA.js";
import "./chunk-4V7XTYWN.js";
export {
  codeownersIn,
  runOwners
};
