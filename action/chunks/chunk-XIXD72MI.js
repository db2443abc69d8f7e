import { createRequire as __ugCreateRequire } from 'node:module';
const require = __ugCreateRequire(import.meta.url);

// src/report/text.ts
function findingLine(f) {
  return `${f.file ? `${f.file}${f.line ? `:${f.line}:${f.column ?? 1}` : ""}: ` : ""}${f.severity} ${f.rule} ${f.message}`;
}
function findingSummary(findings, documents) {
  let count = (s) => findings.filter((f) => f.severity === s).length, plural = (n, word) => `${n} ${word}${n === 1 ? "" : "s"}`;
  return `${plural(documents, "document")}: ${plural(count("error"), "error")}, ${plural(count("warning"), "warning")}`;
}

export {
  findingLine,
  findingSummary
};
