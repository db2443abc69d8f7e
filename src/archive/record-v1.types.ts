/* Generated from schemas/archive-record-v1.schema.json by scripts/gen-types.mjs. Do not edit. */

/**
 * Format version 1, frozen: records written before format 2 keep verifying against this. What auditors read for one merged upgrade pull request: the documents as merged, who approved, the evaluation at merge time, any rule the merge broke, and a hash chain that shows nothing was edited, removed or reordered.
 */
export interface ArchiveRecordUpgradeGateArchiveRecordV1 {
  /**
   * Record format version.
   */
  format: 'upgrade-gate/archive-record/v1';
  /**
   * Position in the archive's hash chain, starting at 1.
   */
  sequence: number;
  /**
   * The upgrade documents as merged.
   */
  documents: {
    /**
     * Path in the repository.
     */
    path: string;
    /**
     * The document's YAML exactly as merged.
     */
    text: string;
    /**
     * Approval form NO.
     */
    id: string | null;
    /**
     * System upgraded.
     */
    system: string | null;
    /**
     * production or gray.
     */
    environment: string | null;
    /**
     * regular or emergency.
     */
    type: string | null;
    /**
     * Release from and to.
     */
    version: {
      /**
       * Version before.
       */
      from: string;
      /**
       * Version after.
       */
      to: string;
    } | null;
    /**
     * Attachment 2, the feature list.
     */
    features?: {}[];
    /**
     * Attachment 1, the approval form, as rendered at merge.
     */
    form?: {} | null;
  }[];
  /**
   * The merged pull request.
   */
  pull_request: {
    /**
     * PR number.
     */
    number: number;
    /**
     * PR title.
     */
    title: string;
    /**
     * PR web address.
     */
    url: string | null;
    /**
     * Who opened it.
     */
    author: string;
    /**
     * Target branch.
     */
    base_ref: string;
    /**
     * Base commit evaluated against.
     */
    base_sha: string;
    /**
     * Head commit merged.
     */
    head_sha: string;
    /**
     * The merge commit.
     */
    merge_sha: string | null;
    /**
     * When it merged (ISO).
     */
    merged_at: string;
    /**
     * Who merged it.
     */
    merged_by: string | null;
  };
  /**
   * The approvals that counted, one per role.
   */
  approvals: {
    /**
     * Role id.
     */
    role: string;
    /**
     * Role title in English and Chinese.
     */
    title: {};
    /**
     * Approver.
     */
    login: string;
    /**
     * GitHub review id.
     */
    review_id: number;
    /**
     * Commit the approver reviewed.
     */
    commit_id: string;
    /**
     * When (ISO).
     */
    submitted_at: string;
  }[];
  /**
   * Labels at merge, with who applied each when known.
   */
  labels: {
    /**
     * Label.
     */
    name: string;
  }[];
  /**
   * The emergency bypass, when requested: who applied the label and when, and whether it was granted.
   */
  emergency: {
    /**
     * Label name.
     */
    label: string;
    /**
     * Who applied it.
     */
    applied_by?: string | null;
    /**
     * When.
     */
    applied_at?: string | null;
    /**
     * Whether the day rule was waived.
     */
    granted: boolean;
  } | null;
  /**
   * The evaluation at merge time.
   */
  evaluation: {
    /**
     * The moment evaluated (the merge time).
     */
    at: string;
    /**
     * pass, fail or error.
     */
    outcome: 'pass' | 'fail' | 'error';
    /**
     * One line.
     */
    summary: string;
    /**
     * Every finding.
     */
    findings: unknown[];
  };
  /**
   * Rules the merge broke (empty for a clean merge). A non-empty list is a policy violation.
   */
  violations: {
    /**
     * Rule id.
     */
    rule: string;
    /**
     * What was broken.
     */
    message: string;
  }[];
  /**
   * True when written later by a scheduled run because the merge-time run left no record.
   */
  backfilled: boolean;
  /**
   * The policy that applied: time zone, time-zone database, and digests of the base branch's config and CODEOWNERS.
   */
  policy: {
    /**
     * Policy time zone.
     */
    time_zone: string;
    /**
     * Time-zone database version of the runtime.
     */
    tzdata: string | null;
    /**
     * Config file path.
     */
    config_path: string;
    /**
     * sha256 of the config text (null: absent, defaults used).
     */
    config_sha256: string | null;
    /**
     * CODEOWNERS path.
     */
    codeowners_path: string | null;
    /**
     * sha256 of CODEOWNERS.
     */
    codeowners_sha256: string | null;
  };
  /**
   * The upgrade-gate that wrote the record.
   */
  tool: {
    /**
     * Tool name.
     */
    name: 'upgrade-gate';
    /**
     * Tool version.
     */
    version: string;
  };
  /**
   * sha256 of the previous record (null for the first).
   */
  previous_sha256: string | null;
  /**
   * sha256 of this record's canonical JSON without this field.
   */
  sha256: string;
}
