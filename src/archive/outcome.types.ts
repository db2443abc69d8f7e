/* Generated from schemas/outcome.schema.json by scripts/gen-types.mjs. Do not edit. */

/**
 * The outcome of an executed upgrade (measures 4.6, 4.7), as a comment on the merged upgrade pull request: the first line is /upgrade-result succeeded, failed or restored, the lines after it are this YAML. Times are written as in upgrade documents: without an offset they are in the policy time zone.
 */
export type UpgradeOutcomeUpgradeResult = {
  outcome: Outcome;
  document?: ApprovalFormNO;
  completed_at: CompletedAt;
  verification: VerificationResults;
  notes: Notes;
  notified_at?: CompletionNoticeSentAt;
  cause?: Cause;
  backup_restored?: BackupRestored;
};
/**
 * Written on the first line: succeeded (every verification case passed), failed (a case failed), or restored (the backup was restored after a failure).
 */
export type Outcome = 'succeeded' | 'failed' | 'restored';
/**
 * Which upgrade document of the pull request this outcome is for, by its id; needed only when the pull request has several.
 */
export type ApprovalFormNO = string;
/**
 * When the upgrade and its verification were finished, e.g. 2026-12-03T21:40 (policy time zone unless an offset is written).
 */
export type CompletedAt = string;
/**
 * passed or failed.
 */
export type CaseResult = 'passed' | 'failed';
/**
 * What was done after the execution: the system started, routine checks, the verification cases run.
 */
export type Notes = string;
/**
 * When all staff and stakeholders were told the upgrade is complete (measures 4.7), e.g. 2026-12-03T21:50.
 */
export type CompletionNoticeSentAt = string;
/**
 * Why the upgrade failed, as the ops lead and project lead found it (needed for failed).
 */
export type Cause = string;
/**
 * Which backup was restored, as named in the document's backup section (needed for restored).
 */
export type BackupRestored = string;

/**
 * Every verification case of the upgrade document by its id, each passed or failed.
 */
export interface VerificationResults {
  [k: string]: CaseResult;
}
