/** Severity of a finding; `off` only appears in configuration, never on a finding. */
export type Severity = 'error' | 'warning' | 'notice';

/** One thing a rule found, placed at a file position where one is known. */
export interface Finding {
  rule: string;
  severity: Severity;
  message: string;
  file?: string;
  line?: number;
  column?: number;
}

/** A position inside a source file, 1-based. */
export interface Position {
  line: number;
  column: number;
}

/** Orders findings by file, line, column, then rule, so output is stable across runs. */
export function compareFindings(a: Finding, b: Finding): number {
  return (
    (a.file ?? '').localeCompare(b.file ?? '') ||
    (a.line ?? 0) - (b.line ?? 0) ||
    (a.column ?? 0) - (b.column ?? 0) ||
    a.rule.localeCompare(b.rule)
  );
}
