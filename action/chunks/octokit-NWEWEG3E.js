import { createRequire as __ugCreateRequire } from 'node:module';
const require = __ugCreateRequire(import.meta.url);
import {
  createOctokit
} from "./chunk-IJJHNVFX.js";
import "./chunk-4W4GDD7D.js";
import "./chunk-WK2HLJSS.js";
import "./chunk-32Q6LJBT.js";
import "./chunk-UGWU7J7H.js";
import "./chunk-4V7XTYWN.js";
export {
  createOctokit
};
