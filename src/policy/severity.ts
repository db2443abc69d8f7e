import type { PolicyConfig } from './config.js';
import type { Finding } from '../messages/finding.js';
import { isSoftenable } from './rules/index.js';

/** Whether the configuration switches a rule off entirely (so it need not even run). */
export function isOff(config: PolicyConfig, rule: string): boolean {
  return isSoftenable(rule) && config.rules[rule] === 'off';
}

/**
 * Findings with the severities the configuration sets under `rules:` (an explicit setting wins), switched-off
 * rules dropped. The registry says which rules may be softened: a document that cannot be read, or a broken
 * policy, is never waved through.
 */
export function withConfiguredSeverity(config: PolicyConfig, findings: Finding[]): Finding[] {
  return findings.flatMap((f) => {
    const configured = isSoftenable(f.rule) ? config.rules[f.rule] : undefined;
    if (configured === 'off') return [];
    return configured ? [{ ...f, severity: configured }] : [f];
  });
}
