import { createRequire as __ugCreateRequire } from 'node:module';
const require = __ugCreateRequire(import.meta.url);
import {
  recordHash,
  sha256
} from "./chunk-FATFIZL6.js";
import {
  normalizeLogin
} from "./chunk-GWBVWBTR.js";

// src/archive/outcome-record.ts
var OUTCOME_FORMAT = "upgrade-gate/outcome-record/v1";
function isOutcomeRecord(r) {
  return !!r && typeof r == "object" && r.format === OUTCOME_FORMAT;
}
var OUTCOME_PEOPLE = ["executor", "supervisor", "project_lead", "ops_lead"];
function peopleRights(login, documents) {
  let who = normalizeLogin(login), out = /* @__PURE__ */ new Set();
  for (let d of documents) {
    let people = (d && typeof d == "object" ? d.people : void 0) ?? {};
    for (let field of OUTCOME_PEOPLE) typeof people[field] == "string" && normalizeLogin(people[field]) === who && out.add(field);
  }
  return [...out];
}
function peopleOf(documents) {
  let out = /* @__PURE__ */ new Set();
  for (let d of documents) {
    let people = (d && typeof d == "object" ? d.people : void 0) ?? {};
    for (let field of OUTCOME_PEOPLE) typeof people[field] == "string" && out.add(people[field].replace(/^@/, ""));
  }
  return [...out];
}
function buildOutcomeRecord(upgrade, accepted, comment, ctx) {
  let c = accepted.command, record = {
    format: OUTCOME_FORMAT,
    sequence: ctx.previous.sequence + 1,
    upgrade: { file: upgrade.file, sequence: upgrade.record.sequence, sha256: upgrade.record.sha256, pull_request: upgrade.record.pull_request.number, document: accepted.document },
    outcome: c.outcome,
    completed_at: c.completed_at,
    completed_at_utc: accepted.completedAt,
    notified_at: c.notified_at ?? null,
    notified_at_utc: accepted.notifiedAt ?? null,
    verification: { ...c.verification },
    notes: c.notes,
    cause: c.cause ?? null,
    backup_restored: c.backup_restored ?? null,
    recorded_by: { login: comment.author, as: ctx.recordedAs },
    comment: { id: comment.id, url: comment.url, created_at: comment.createdAt, updated_at: comment.updatedAt, body: comment.body, body_sha256: sha256(comment.body) },
    recorded_at: ctx.recordedAt,
    policy: { time_zone: ctx.zone },
    tool: { name: "upgrade-gate", version: ctx.toolVersion },
    previous_sha256: ctx.previous.sha256
  };
  return record.sha256 = recordHash(record), record;
}
function alreadyRecorded(outcomes, comment) {
  let hash = sha256(comment.body);
  return outcomes.some((o) => o.comment.id === comment.id && o.comment.body_sha256 === hash);
}
function outcomePath(upgradeFile, n) {
  return upgradeFile.replace(/\.json$/, `.outcome-${n}.json`);
}
function isOutcomeFile(file) {
  return /\.outcome-\d+\.json$/.test(file);
}
function chainHeadAfterOutcome(previous, record, file) {
  return { ...previous, sequence: record.sequence, sha256: record.sha256, path: file };
}

export {
  isOutcomeRecord,
  OUTCOME_PEOPLE,
  peopleRights,
  peopleOf,
  buildOutcomeRecord,
  alreadyRecorded,
  outcomePath,
  isOutcomeFile,
  chainHeadAfterOutcome
};
