import type { Finding } from '../messages/finding.js';

/** A GitHub annotation as @actions/core takes it. */
export interface Annotation {
  level: 'error' | 'warning' | 'notice';
  message: string;
  properties: { title: string; file?: string; startLine?: number; startColumn?: number };
}

/** Findings as annotations; GitHub shows at most 10 per level, so the ones with positions come first. */
export function toAnnotations(findings: Finding[]): Annotation[] {
  return [...findings]
    .sort((a, b) => Number(!!b.line) - Number(!!a.line))
    .map((f) => ({
      level: f.severity,
      message: f.message,
      properties: { title: `upgrade-gate ${f.rule}`, file: f.file, startLine: f.line, startColumn: f.column },
    }));
}
