import { createRequire as __ugCreateRequire } from 'node:module';
const require = __ugCreateRequire(import.meta.url);
import {
  codeownersIn,
  runOwners
} from "./chunk-4ODK5CQ5.js";
import "./chunk-VAPDJFN6.js";
import "./chunk-TDO4SUZZ.js";
import "./chunk-FTKCYKQG.js";
import "./chunk-INUGFEYI.js";
import "./chunk-ID7TIX33.js";
import "./chunk-4V7XTYWN.js";
export {
  codeownersIn,
  runOwners
};
