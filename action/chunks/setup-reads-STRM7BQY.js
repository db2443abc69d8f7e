import { createRequire as __ugCreateRequire } from 'node:module';
const require = __ugCreateRequire(import.meta.url);
import {
  readSetupFacts
} from "./chunk-VYOUTOEZ.js";
import "./chunk-TDO4SUZZ.js";
import "./chunk-KIQETYNY.js";
import "./chunk-N6UGTDTO.js";
import "./chunk-RSXD6KAL.js";
import "./chunk-C5QQL3EZ.js";
import "./chunk-HAHIUHIF.js";
import "./chunk-6YB3TGH4.js";
import "./chunk-4V7XTYWN.js";
export {
  readSetupFacts
};
