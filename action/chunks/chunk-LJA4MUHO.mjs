import { createRequire as __ugCreateRequire } from 'node:module';
const require = __ugCreateRequire(import.meta.url);
import {
  CHAIN_HEAD
} from "./chunk-Y4HLE75Q.mjs";
import {
  upgradeFormatOf
} from "./chunk-6PE6XYGR.mjs";
import {
  policyMonth
} from "./chunk-LM64RRIG.mjs";

// src/archive/layout.ts
function recordPath(folder, record, zone) {
  return formatFor(record).path(folder, record, zone);
}
function formatFor(record) {
  let format = upgradeFormatOf(record);
  if (!format) throw new Error("the record names no known format");
  return format;
}
function yearIndexPath(recordFile) {
  return recordFile.replace(/\/\d{2}\/[^/]+$/, "/README.md");
}
function indexRow(record, file) {
  return formatFor(record).indexRow(record, file);
}
function appendIndex(existing, year, row, first) {
  return `${existing && existing.trim() ? existing.trimEnd() : formatFor(first).indexHead(year)}
${row}
`;
}
function nextChainHead(previous, record, file, zone) {
  let emergencies = {};
  for (let [month, list] of Object.entries(previous?.emergencies ?? {})) emergencies[month] = [...list];
  return headAfter(emergencies, record, file, zone);
}
function emergenciesOf(record, file, zone) {
  let emergency = record.documents.filter((d) => d.type === "emergency");
  if (!emergency.length) return [];
  let month = policyMonth(new Date(record.pull_request.merged_at), zone);
  return emergency.map((d) => ({ month, entry: { pr: record.pull_request.number, id: d.id ?? "", mergedAt: record.pull_request.merged_at, path: file } }));
}
function headAfter(emergencies, record, file, zone) {
  for (let { month, entry } of emergenciesOf(record, file, zone)) (emergencies[month] ??= []).push(entry);
  return { format: "upgrade-gate/archive-chain-head/v1", sequence: record.sequence, sha256: record.sha256, path: file, merged_at: record.pull_request.merged_at, emergencies };
}
function recordFiles(record, path, chain, existingIndex, folder, zone, markdown) {
  return [
    { path, content: `${JSON.stringify(record, null, 2)}
` },
    { path: path.replace(/\.json$/, ".md"), content: markdown },
    { path: yearIndexPath(path), content: appendIndex(existingIndex, path.split("/").slice(-3)[0], indexRow(record, path), record) },
    { path: `${folder}/${CHAIN_HEAD}`, content: chainHeadText(nextChainHead(chain, record, path, zone)) }
  ];
}
function chainHeadText(head) {
  return `${JSON.stringify(head, null, 2)}
`;
}

export {
  recordPath,
  yearIndexPath,
  recordFiles
};
