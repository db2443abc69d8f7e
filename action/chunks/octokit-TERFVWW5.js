import { createRequire as __ugCreateRequire } from 'node:module';
const require = __ugCreateRequire(import.meta.url);
import {
  createOctokit
} from "./chunk-3TF4MJV4.js";
import "./chunk-4W4GDD7D.js";
import "./chunk-WK2HLJSS.js";
import "./chunk-OFH2IMYR.js";
import "./chunk-YZZVWSWF.js";
import "./chunk-UGWU7J7H.js";
import "./chunk-4V7XTYWN.js";
export {
  createOctokit
};
