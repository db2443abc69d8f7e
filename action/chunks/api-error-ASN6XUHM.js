import { createRequire as __ugCreateRequire } from 'node:module';
const require = __ugCreateRequire(import.meta.url);
import {
  answered,
  apiStatus,
  describeApiError
} from "./chunk-HAHIUHIF.js";
import "./chunk-6YB3TGH4.js";
import "./chunk-4V7XTYWN.js";
export {
  answered,
  apiStatus,
  describeApiError
};
