import { createRequire as __ugCreateRequire } from 'node:module';
const require = __ugCreateRequire(import.meta.url);
import {
  answered,
  apiStatus,
  describeApiError
} from "./chunk-OUDF4HK7.js";
import {
  GateError
} from "./chunk-YYGYZQWV.js";
import "./chunk-UGWU7J7H.js";
import "./chunk-4V7XTYWN.js";
export {
  GateError,
  answered,
  apiStatus,
  describeApiError
};
