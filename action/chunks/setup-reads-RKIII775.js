import { createRequire as __ugCreateRequire } from 'node:module';
const require = __ugCreateRequire(import.meta.url);
import {
  readSetupFacts
} from "./chunk-JXR47E7S.js";
import "./chunk-TDO4SUZZ.js";
import "./chunk-YTE2LSIR.js";
import "./chunk-N6UGTDTO.js";
import "./chunk-Y23IKAT7.js";
import "./chunk-NBR6FOQC.js";
import "./chunk-HAHIUHIF.js";
import "./chunk-6YB3TGH4.js";
import "./chunk-4V7XTYWN.js";
export {
  readSetupFacts
};
