import type { YamlSource } from '../document/yaml-source.js';
import { messages, type Language } from '../messages/index.js';
import type { Finding } from '../messages/finding.js';
import { loadConfig, MEASURES_ROLE_IDS, type LoadedConfig, type PolicyConfig } from './config.js';
import { appliedByFindings } from './rules/emergency.applier.js';
import { configurableRuleIds, suggestRuleId } from './rules/index.js';

/** Every key under `rules:` names a rule of the registry; a typo would otherwise switch nothing off, silently. */
export function ruleSettingFindings(config: PolicyConfig, source: YamlSource, file: string): Finding[] {
  const known = configurableRuleIds(
    Object.keys(config.roles ?? {}).length ? Object.keys(config.roles!) : MEASURES_ROLE_IDS,
  );
  return Object.keys(config.rules)
    .filter((id) => !known.includes(id))
    .map((id) => {
      const guess = suggestRuleId(id, known);
      return {
        rule: 'config',
        severity: 'error',
        file,
        ...source.locateKey(['rules', id]),
        message: messages(config.language)['config.rule-unknown']({ id, guess: guess ?? '' }),
      };
    });
}

/** The policy configuration as every shell and evaluate read it: schema, values and rule ids checked. */
export function loadPolicyConfig(
  input: Uint8Array | string | undefined,
  file?: string,
  language?: Language,
): LoadedConfig {
  return loadConfig(input, file, language, [ruleSettingFindings, appliedByFindings]);
}
