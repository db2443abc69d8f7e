/* Generated from schemas/outcome.schema.json by scripts/gen-types.mjs. Do not edit. */

/**
 * The outcome of an executed upgrade (measures 4.6, 4.7), as a comment on the merged upgrade pull request: the first line is /upgrade-result succeeded, failed or restored, the lines after it are this YAML. Times are written as in upgrade documents: without an offset they are in the policy time zone.
 *
 * 已执行升级的结果（《升级管理办法》4.6、4.7），以评论形式写在已合并的升级 PR 上：第一行为 /upgrade-result succeeded、failed 或 restored，之后各行为此 YAML。时间写法与升级文档相同：不带偏移时按策略时区。
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
 *
 * 写在第一行：succeeded（所有验证用例通过，升级成功）、failed（有用例未通过，升级失败）或 restored（失败后已恢复至升级前的备份版本）。
 */
export type Outcome = 'succeeded' | 'failed' | 'restored';
/**
 * Which upgrade document of the pull request this outcome is for, by its id; needed only when the pull request has several.
 *
 * 该结果对应 PR 中哪一份升级文档（按编号）；只有 PR 中有多份文档时才需要填写。
 */
export type ApprovalFormNO = string;
/**
 * When the upgrade and its verification were finished, e.g. 2026-12-03T21:40 (policy time zone unless an offset is written).
 *
 * 升级及验证完成的时间，例如 2026-12-03T21:40（不写偏移时按策略时区）。
 */
export type CompletedAt = string;
/**
 * passed or failed.
 *
 * passed（通过）或 failed（未通过）。
 */
export type CaseResult = 'passed' | 'failed';
/**
 * What was done after the execution: the system started, routine checks, the verification cases run.
 *
 * 执行后做了什么：系统启动、常规检查、运行验证用例。
 */
export type Notes = string;
/**
 * When all staff and stakeholders were told the upgrade is complete (measures 4.7), e.g. 2026-12-03T21:50.
 *
 * 向全员及相关人员发出升级完成通知的时间（《升级管理办法》4.7），例如 2026-12-03T21:50。
 */
export type CompletionNoticeSentAt = string;
/**
 * Why the upgrade failed, as the ops lead and project lead found it (needed for failed).
 *
 * 运维负责人和项目负责人查明的升级失败原因（failed 时必填）。
 */
export type Cause = string;
/**
 * Which backup was restored, as named in the document's backup section (needed for restored).
 *
 * 恢复的是哪个备份，按文档 backup 部分中的名称（restored 时必填）。
 */
export type BackupRestored = string;

/**
 * Every verification case of the upgrade document by its id, each passed or failed.
 *
 * 升级文档中的每个验证用例（按编号），各写 passed（通过）或 failed（未通过）。
 */
export interface VerificationResults {
  [k: string]: CaseResult;
}
