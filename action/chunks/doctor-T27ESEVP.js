import { createRequire as __ugCreateRequire } from 'node:module';
const require = __ugCreateRequire(import.meta.url);
import {
  GITHUB_ACTIONS_APP_ID,
  checkSetup,
  renderSetupMarkdown,
  renderSetupText
} from "./chunk-QE5Z4LHX.js";
import "./chunk-AOMKIC6X.js";
import "./chunk-YZLEBFLX.js";
import "./chunk-4V7XTYWN.js";
export {
  GITHUB_ACTIONS_APP_ID,
  checkSetup,
  renderSetupMarkdown,
  renderSetupText
};
