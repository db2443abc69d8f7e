import { createRequire as __ugCreateRequire } from 'node:module';
const require = __ugCreateRequire(import.meta.url);
import {
  appliedByFindings,
  configurableRuleIds,
  suggestRuleId
} from "./chunk-LR5U2JHW.mjs";
import {
  MEASURES_ROLE_IDS,
  loadConfig
} from "./chunk-2H6L6NG4.mjs";
import {
  messages
} from "./chunk-QPKTFHVX.mjs";

// src/policy/load-policy.ts
function ruleSettingFindings(config, source, file) {
  let known = configurableRuleIds(
    Object.keys(config.roles ?? {}).length ? Object.keys(config.roles) : MEASURES_ROLE_IDS
  );
  return Object.keys(config.rules).filter((id) => !known.includes(id)).map((id) => {
    let guess = suggestRuleId(id, known);
    return {
      rule: "config",
      severity: "error",
      file,
      ...source.locateKey(["rules", id]),
      message: messages(config.language)["config.rule-unknown"]({ id, guess: guess ?? "" })
    };
  });
}
function loadPolicyConfig(input, file, language) {
  return loadConfig(input, file, language, [ruleSettingFindings, appliedByFindings]);
}

export {
  loadPolicyConfig
};
