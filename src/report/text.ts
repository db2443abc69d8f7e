import type { Finding } from '../messages/finding.js';
import { messages, type Catalog } from '../messages/index.js';

/** One finding as an editor-clickable line: "file:line:col: severity rule message". */
export function findingLine(f: Finding): string {
  const where = f.file ? `${f.file}${f.line ? `:${f.line}:${f.column ?? 1}` : ''}: ` : '';
  return `${where}${f.severity} ${f.rule} ${f.message}`;
}

/** "2 documents: 1 error, 3 warnings" for the end of a run. */
export function findingSummary(findings: Finding[], documents: number, t: Catalog = messages()): string {
  const count = (s: Finding['severity']) => findings.filter((f) => f.severity === s).length;
  return t['cli.summary']({ documents, errors: count('error'), warnings: count('warning') });
}
