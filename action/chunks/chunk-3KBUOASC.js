import { createRequire as __ugCreateRequire } from 'node:module';
const require = __ugCreateRequire(import.meta.url);
import {
  dateIn,
  policyMonth
} from "./chunk-YO54Z6BR.js";

// src/report/escape.ts
var BREAKS = /[\r\n\u0085\u2028\u2029\v\f\t\u0000-\u0008\u000e-\u001f\u007f]+/g, SPECIAL = /[\\`*_[\]|~$]/g, AUTOLINK = /(:)(\/\/)|\b(www)(\.)/gi, HTML = { "<": "&lt;", ">": "&gt;", "&": "&amp;", '"': "&quot;" }, AT = "@\u200D";
function mdText(value) {
  return (value == null ? "" : String(value)).replace(BREAKS, " ").replace(/[<>&"]/g, (c) => HTML[c]).replace(SPECIAL, (c) => `\\${c}`).replace(AUTOLINK, (_m, a, b, c, d) => a ? `${a}\u2060${b}` : `${c}\u2060${d}`).replace(/@/g, AT);
}
function mdCode(value, opts = {}) {
  let s = (value == null ? "" : String(value)).replace(BREAKS, " ");
  if (s.trim() === "") return "\u2014";
  opts.table && (s = s.replace(/\|/g, "\\|"));
  let longest = Math.max(0, ...[...s.matchAll(/`+/g)].map((m) => m[0].length)), fence = "`".repeat(longest + 1), pad = /^[` ]|[` ]$/.test(s) ? " " : "";
  return `${fence}${pad}${s}${pad}${fence}`;
}
var LOGIN = /^@?[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}(?:\[bot\])?$/, TEAM = /^@?[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})\/[A-Za-z0-9._-]{1,100}$/;
function mdMention(login) {
  return login ? !LOGIN.test(login) && !TEAM.test(login) ? mdText(login) : `@${login.replace(/^@/, "")}` : "\u2014";
}
function mdLogin(login) {
  return login ? mdText(`@${login.replace(/^@/, "")}`) : "\u2014";
}

// src/archive/layout.ts
var CHAIN_HEAD = "chain-head.json", ChainHeadError = class extends Error {
  constructor(file, reason) {
    super(`${file} ${reason}`);
    this.file = file;
    this.reason = reason;
  }
  file;
  reason;
};
function parseChainHead(text, file) {
  if (text === void 0) return;
  let head;
  try {
    head = JSON.parse(text);
  } catch (err) {
    throw new ChainHeadError(file, `is not readable JSON (${err.message}): restore it from the archive branch's history`);
  }
  let h = head, emergenciesOk = h?.emergencies === void 0 || typeof h.emergencies == "object" && h.emergencies !== null && Object.values(h.emergencies).every(Array.isArray);
  if (!h || typeof h != "object" || typeof h.format != "string" || !h.format.startsWith("upgrade-gate/archive-chain-head/") || typeof h.sequence != "number" || typeof h.sha256 != "string" || !emergenciesOk)
    throw new ChainHeadError(file, "is not an upgrade-gate chain head (format, sequence, sha256 and emergencies by month): restore it from the archive branch's history");
  return { ...h, emergencies: h.emergencies ?? {} };
}
var slug = (s, fallback) => (s ?? fallback).toLowerCase().replace(/[^a-z0-9.]+/g, "-").replace(/^-+|-+$/g, "") || fallback;
function recordPath(folder, record, zone) {
  let date = dateIn(new Date(record.pull_request.merged_at), zone), first = record.documents[0];
  return `${folder}/${date.slice(0, 4)}/${date.slice(5, 7)}/${date}-${slug(first?.system, "unknown")}-${slug(first?.version?.to, "unversioned")}-pr${record.pull_request.number}.json`;
}
function yearIndexPath(recordFile) {
  return recordFile.replace(/\/\d{2}\/[^/]+$/, "/README.md");
}
var INDEX_HEAD = (year) => [
  `# Upgrade archive ${year} \xB7 ${year} \u5E74\u5347\u7EA7\u5F52\u6863`,
  "",
  "One row per merged upgrade, in chain order. Check the archive with `npx upgrade-gate verify`.",
  "",
  "| # | Merged \xB7 \u5408\u5E76\u65F6\u95F4 | NO. \xB7 \u7F16\u53F7 | System \xB7 \u7CFB\u7EDF | Version \xB7 \u7248\u672C | Type \xB7 \u7C7B\u578B | PR | Violations \xB7 \u8FDD\u89C4 | Record |",
  "| --- | --- | --- | --- | --- | --- | --- | --- | --- |"
].join(`
`);
function indexRow(record, file) {
  let d = record.documents[0], cell = (s) => mdText(s), name = file.split("/").slice(-2).join("/");
  return `| ${record.sequence} | ${record.pull_request.merged_at} | ${cell(d?.id ?? "\u2014")} | ${cell(d?.system ?? "\u2014")} | ${cell(d?.version ? `${d.version.from} \u2192 ${d.version.to}` : "\u2014")} | ${d?.type ?? "\u2014"}${record.backfilled ? " (backfilled)" : ""} | #${record.pull_request.number} | ${record.violations.length ? `\u26A0\uFE0F ${record.violations.map((v) => v.rule).join(", ")}` : "none"} | [${name}](${name}) |`;
}
function appendIndex(existing, year, row) {
  return `${existing && existing.trim() ? existing.trimEnd() : INDEX_HEAD(year)}
${row}
`;
}
function renderIndex(year, rows) {
  return `${INDEX_HEAD(year)}
${rows.join(`
`)}
`;
}
function nextChainHead(previous, record, file, zone) {
  let emergencies = { ...previous?.emergencies ?? {} }, month = policyMonth(new Date(record.pull_request.merged_at), zone);
  for (let d of record.documents)
    d.type === "emergency" && (emergencies[month] = [...emergencies[month] ?? [], { pr: record.pull_request.number, id: d.id ?? "", mergedAt: record.pull_request.merged_at, path: file }]);
  return { format: "upgrade-gate/archive-chain-head/v1", sequence: record.sequence, sha256: record.sha256, path: file, merged_at: record.pull_request.merged_at, emergencies };
}
function recordFiles(record, path, chain, existingIndex, folder, zone, markdown) {
  return [
    { path, content: `${JSON.stringify(record, null, 2)}
` },
    { path: path.replace(/\.json$/, ".md"), content: markdown },
    { path: yearIndexPath(path), content: appendIndex(existingIndex, path.split("/").slice(-3)[0], indexRow(record, path)) },
    { path: `${folder}/${CHAIN_HEAD}`, content: `${JSON.stringify(nextChainHead(chain, record, path, zone), null, 2)}
` }
  ];
}

export {
  mdText,
  mdCode,
  mdMention,
  mdLogin,
  CHAIN_HEAD,
  ChainHeadError,
  parseChainHead,
  recordPath,
  yearIndexPath,
  indexRow,
  renderIndex,
  recordFiles
};
