import { createRequire as __ugCreateRequire } from 'node:module';
const require = __ugCreateRequire(import.meta.url);
import {
  parseYamlSource
} from "./chunk-AEOB34VQ.js";
import {
  isOutcomeRecord
} from "./chunk-UYMDZKTY.js";
import {
  toInstant
} from "./chunk-6XT5Q5FX.js";
import {
  messages
} from "./chunk-TG3VTIA3.js";

// src/archive/outcome-report.ts
function isPending(mergedAt, at, hours) {
  return at.getTime() - new Date(mergedAt).getTime() >= hours * 36e5;
}
function upgradeRecords(records) {
  return records.filter((s) => !isOutcomeRecord(s.record));
}
function outcomeStates(records, clock) {
  let byUpgrade = /* @__PURE__ */ new Map();
  for (let s of records) {
    let r = s.record;
    isOutcomeRecord(r) && byUpgrade.set(r.upgrade.file, [...byUpgrade.get(r.upgrade.file) ?? [], r]);
  }
  let out = /* @__PURE__ */ new Map();
  for (let { file, record } of upgradeRecords(records)) {
    let outcomes = (byUpgrade.get(file) ?? []).sort((a, b) => a.sequence - b.sequence), newest = outcomes.at(-1), state = newest ? newest.outcome : clock.at && isPending(record.pull_request.merged_at, clock.at, clock.pendingHours) ? "pending" : "none";
    out.set(file, { state, completed: newest?.completed_at_utc ?? "", verifiedBy: newest?.recorded_by.login ?? "", outcomes });
  }
  return out;
}
function windowEnd(record) {
  let latest;
  for (let d of record.documents ?? []) {
    let form = d.form, text = typeof form?.window?.end == "string" ? form.window.end : void 0;
    if (!text) {
      let value = parseYamlSource(d.text, d.path).value;
      text = typeof value?.window?.end == "string" ? value.window.end : void 0;
    }
    let at = text ? toInstant(text, record.policy.time_zone) : void 0;
    text && at && (!latest || at > latest.at) && (latest = { text, at });
  }
  return latest;
}
function overdueOutcomes(records, clock, folder = "archive") {
  if (!clock.at) return [];
  let at = clock.at, states = outcomeStates(records, clock), findings = [];
  for (let { file, record } of upgradeRecords(records)) {
    if (states.get(file)?.outcomes.length) continue;
    let end = windowEnd(record);
    if (!end || at.getTime() - end.at.getTime() < clock.overdueDays * 864e5) continue;
    let id = record.documents.map((d) => d.id ?? d.path).join(", ");
    findings.push({ rule: "outcome.overdue", severity: "error", file: `${folder}/${file}`, message: messages(clock.language)["outcome.overdue"]({ id, pr: record.pull_request.number, end: `${end.text} (${record.policy.time_zone})`, days: clock.overdueDays }) });
  }
  return findings;
}

export {
  isPending,
  upgradeRecords,
  outcomeStates,
  overdueOutcomes
};
