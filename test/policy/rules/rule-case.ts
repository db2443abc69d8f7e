import { expect, it } from 'vitest';
import type { PolicyConfig } from '../../../src/policy/config.js';
import { check } from '../../helpers.js';

/** A document that breaks one rule on purpose, where the finding must land, and the fix its message must name. */
export interface BreakCase {
  doc: () => string;
  line: number;
  says: string;
  severity?: 'error' | 'warning';
  config?: Partial<PolicyConfig>;
  missing?: string[];
}

/** One test per case: exactly this rule, at this line, with this severity, naming this fix. */
export function breaksOnly(rule: string, cases: BreakCase[]): void {
  it.each(cases.map((c, i) => [`${rule} #${i}: ${c.says}`, c] as const))('%s', (_name, c) => {
    const findings = check(c.doc(), c.config, c.missing);
    expect(findings.map((f) => f.rule)).toEqual([rule]);
    expect(findings[0]!.line).toBe(c.line);
    expect(findings[0]!.severity).toBe(c.severity ?? 'error');
    expect(findings[0]!.message).toContain(c.says);
  });
}
