import { createRequire as __ugCreateRequire } from 'node:module';
const require = __ugCreateRequire(import.meta.url);
import {
  messages
} from "./chunk-TG3VTIA3.js";

// src/report/text.ts
function findingLine(f) {
  return `${f.file ? `${f.file}${f.line ? `:${f.line}:${f.column ?? 1}` : ""}: ` : ""}${f.severity} ${f.rule} ${f.message}`;
}
function findingSummary(findings, documents, t = messages()) {
  let count = (s) => findings.filter((f) => f.severity === s).length;
  return t["cli.summary"]({ documents, errors: count("error"), warnings: count("warning") });
}

export {
  findingLine,
  findingSummary
};
