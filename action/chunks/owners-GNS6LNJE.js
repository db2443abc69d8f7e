import { createRequire as __ugCreateRequire } from 'node:module';
const require = __ugCreateRequire(import.meta.url);
import {
  codeownersIn,
  runOwners
} from "./chunk-RUOFZX7H.js";
import "./chunk-H34ZWV5Q.js";
import "./chunk-EK2G5CZP.js";
import "./chunk-OQKAAGKY.js";
import "./chunk-PI6MN6EE.js";
import "./chunk-WCBYHLCY.js";
import "./chunk-4V7XTYWN.js";
export {
  codeownersIn,
  runOwners
};
