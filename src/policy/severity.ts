import type { PolicyConfig } from './config.js';
import type { Finding } from '../messages/finding.js';

/** Rules no configuration can soften: a document that cannot be read, or a broken policy, is never waved through. */
function isFixed(rule: string): boolean {
  return rule === 'config' || rule === 'schema' || rule.startsWith('yaml.');
}

/** Whether the configuration switches a rule off entirely (so it need not even run). */
export function isOff(config: PolicyConfig, rule: string): boolean {
  return !isFixed(rule) && config.rules[rule] === 'off';
}

/** Findings with the severities the configuration sets under `rules:` (an explicit setting wins), switched-off rules dropped. */
export function withConfiguredSeverity(config: PolicyConfig, findings: Finding[]): Finding[] {
  return findings.flatMap((f) => {
    const configured = isFixed(f.rule) ? undefined : config.rules[f.rule];
    if (configured === 'off') return [];
    return configured ? [{ ...f, severity: configured }] : [f];
  });
}
