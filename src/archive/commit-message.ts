import type { Catalog } from '../messages/index.js';
import { momentIn } from '../time/calendar.js';
import type { AnyRecord } from './formats.js';
import type { OutcomeRecordUpgradeGateOutcomeRecordV1 as OutcomeRecord } from './outcome-record.types.js';

// What a PR wrote (a document's NO., its path) reaches a commit message: one line of it, never a
// line break that would forge a trailer or a paragraph of its own.
const oneLine = (s: string) => s.replace(/[\u0000-\u001f\u007f\u2028\u2029]+/g, ' ').slice(0, 200);

/**
 * The commit message of an archived merge, in the catalog's language: the subject "archive: <NO.> (PR #n)"
 * (the `archive:` prefix in every language), then the record's place in the chain, the merge in the
 * policy zone, a backfill and the rules the merge broke, for an auditor reading `git log archive/`.
 */
export function archiveCommitMessage(t: Catalog, record: AnyRecord, path: string): string {
  const zone = record.policy.time_zone;
  return t['commit.archive']({
    documents: oneLine(record.documents.map((d) => d.id ?? d.path).join(', ')),
    pr: record.pull_request.number,
    violations: record.violations.length,
    sequence: record.sequence,
    path,
    merged: momentIn(new Date(record.pull_request.merged_at), zone),
    zone,
    mergedBy: record.pull_request.merged_by ?? '',
    backfilled: record.backfilled,
    rules: [...new Set(record.violations.map((v) => oneLine(v.rule)))],
  });
}

/** The commit message of an outcome, in the catalog's language: "archive: …" with the outcome, the document and who recorded it. */
export function outcomeCommitMessage(t: Catalog, record: OutcomeRecord, path: string): string {
  return t['commit.outcome']({
    outcome: record.outcome,
    document: oneLine(record.upgrade.document ?? ''),
    pr: record.upgrade.pull_request,
    login: record.recorded_by.login,
    sequence: record.sequence,
    path,
    upgrade: record.upgrade.file,
    completed: oneLine(record.completed_at),
    zone: record.policy.time_zone,
  });
}
