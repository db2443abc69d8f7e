import { createRequire as __ugCreateRequire } from 'node:module';
const require = __ugCreateRequire(import.meta.url);
import {
  GITHUB_ACTIONS_APP_ID,
  checkSetup,
  renderSetupMarkdown,
  renderSetupText
} from "./chunk-WLN4ONMY.js";
import "./chunk-TDO4SUZZ.js";
import "./chunk-QQGS7CEZ.js";
import "./chunk-4V7XTYWN.js";
export {
  GITHUB_ACTIONS_APP_ID,
  checkSetup,
  renderSetupMarkdown,
  renderSetupText
};
