import { createRequire as __ugCreateRequire } from 'node:module';
const require = __ugCreateRequire(import.meta.url);
import {
  answered,
  apiStatus,
  describeApiError
} from "./chunk-OFH2IMYR.js";
import {
  GateError
} from "./chunk-YZZVWSWF.js";
import "./chunk-UGWU7J7H.js";
import "./chunk-4V7XTYWN.js";
export {
  GateError,
  answered,
  apiStatus,
  describeApiError
};
