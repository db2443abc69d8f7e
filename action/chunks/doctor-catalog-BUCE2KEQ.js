import { createRequire as __ugCreateRequire } from 'node:module';
const require = __ugCreateRequire(import.meta.url);
import {
  doctorMessages
} from "./chunk-YZLEBFLX.js";
import "./chunk-4V7XTYWN.js";
export {
  doctorMessages
};
