import type { Finding } from '../messages/finding.js';

/** One finding as an editor-clickable line: "file:line:col: severity rule message". */
export function findingLine(f: Finding): string {
  const where = f.file ? `${f.file}${f.line ? `:${f.line}:${f.column ?? 1}` : ''}: ` : '';
  return `${where}${f.severity} ${f.rule} ${f.message}`;
}

/** "2 documents: 1 error, 3 warnings" for the end of a run. */
export function findingSummary(findings: Finding[], documents: number): string {
  const count = (s: Finding['severity']) => findings.filter((f) => f.severity === s).length;
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  return `${plural(documents, 'document')}: ${plural(count('error'), 'error')}, ${plural(count('warning'), 'warning')}`;
}
