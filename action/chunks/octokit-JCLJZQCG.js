import { createRequire as __ugCreateRequire } from 'node:module';
const require = __ugCreateRequire(import.meta.url);
import {
  createOctokit
} from "./chunk-YJXM2ZPU.js";
import "./chunk-4W4GDD7D.js";
import "./chunk-WK2HLJSS.js";
import "./chunk-OUDF4HK7.js";
import "./chunk-YYGYZQWV.js";
import "./chunk-UGWU7J7H.js";
import "./chunk-4V7XTYWN.js";
export {
  createOctokit
};
