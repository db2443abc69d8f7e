import { createRequire as __ugCreateRequire } from 'node:module';
const require = __ugCreateRequire(import.meta.url);
import {
  createOctokit
} from "./chunk-J6AULO6H.js";
import "./chunk-ERVQSCEX.js";
import "./chunk-T5KXU5T5.js";
import "./chunk-HAHIUHIF.js";
import "./chunk-6YB3TGH4.js";
import "./chunk-4V7XTYWN.js";
export {
  createOctokit
};
