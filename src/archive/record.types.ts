/* Generated from schemas/archive-record.schema.json by scripts/gen-types.mjs. Do not edit. */

/**
 * Lower-case hex Git object id (SHA-1 or SHA-256 repositories).
 */
export type GitSha = string;
/**
 * Lower-case hex sha256.
 */
export type Sha256 = string;
/**
 * A GitHub login.
 */
export type Login = string;

/**
 * What auditors read for one merged upgrade pull request: the documents as merged with the Git blob and sha256 of each and of every evidence file they reference, who approved, the evaluation at merge time, any rule the merge broke, and a hash chain (sha256 over the RFC 8785 canonical JSON) that shows nothing was edited, removed or reordered. Format 2; format 1 records keep their own schema (archive-record-v1.schema.json).
 */
export interface ArchiveRecordUpgradeGateArchiveRecordV2 {
  /**
   * Record format version.
   */
  format: 'upgrade-gate/archive-record/v2';
  /**
   * Position in the archive's hash chain, starting at 1.
   */
  sequence: number;
  /**
   * The upgrade documents as merged.
   *
   * @maxItems 100
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
     * Lower-case hex Git object id (SHA-1 or SHA-256 repositories).
     */
    blob_sha: string;
    /**
     * Lower-case hex sha256.
     */
    sha256: string;
    /**
     * Every evidence file the document references (acceptance, gray-test report), pinned as merged.
     *
     * @maxItems 100
     */
    evidence: Pin[];
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
     *
     * @maxItems 10000
     */
    features: {}[];
    /**
     * Attachment 1, the approval form, as rendered at merge.
     */
    form: {} | null;
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
     * Lower-case hex Git object id (SHA-1 or SHA-256 repositories).
     */
    base_sha: string;
    /**
     * Lower-case hex Git object id (SHA-1 or SHA-256 repositories).
     */
    head_sha: string;
    /**
     * The merge commit.
     */
    merge_sha: GitSha | null;
    /**
     * When it merged (UTC instant).
     */
    merged_at: string;
    /**
     * Who merged it.
     */
    merged_by: Login | null;
  };
  /**
   * The approvals that counted, one per document and role.
   *
   * @maxItems 100
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
     * A GitHub login.
     */
    login: string;
    /**
     * The CODEOWNERS entry of the document through which the approver signed (@org/team or @user).
     */
    via?: string;
    /**
     * The upgrade document this signature is for.
     */
    document?: string;
    /**
     * GitHub review id.
     */
    review_id: number;
    /**
     * Commit the approver reviewed.
     */
    commit_id: string;
    /**
     * When (UTC instant).
     */
    submitted_at: string;
  }[];
  /**
   * Labels at merge, with who applied each when known.
   *
   * @maxItems 100
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
     * When (UTC instant).
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
     * The moment evaluated (the merge time, UTC).
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
     *
     * @maxItems 10000
     */
    findings: unknown[];
  };
  /**
   * Rules the merge broke (empty for a clean merge). A non-empty list is a policy violation.
   *
   * @maxItems 10000
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
   * Present when the merged PR changed policy files (the configuration, CODEOWNERS, workflows, the configured policy-files): which, the role that owns the policy, and whether that role approved the exact change before the merge (its approval is among approvals, without a document).
   */
  policy_change?: {
    /**
     * The policy files the PR changed.
     *
     * @maxItems 1000
     */
    files: string[];
    /**
     * The policy-owner role id.
     */
    owner: string;
    /**
     * Whether the policy owner's approval counted.
     */
    approved: boolean;
  };
  /**
   * True when written later by a scheduled run because the merge-time run left no record.
   */
  backfilled: boolean;
  /**
   * The policy that applied: time zone, time-zone database, and digests of the base branch's config and CODEOWNERS.
   */
  policy: {
    /**
     * Policy time zone (IANA name).
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
    config_sha256: Sha256 | null;
    /**
     * CODEOWNERS path.
     */
    codeowners_path: string | null;
    /**
     * sha256 of CODEOWNERS.
     */
    codeowners_sha256: Sha256 | null;
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
  previous_sha256: Sha256 | null;
  /**
   * Lower-case hex sha256.
   */
  sha256: string;
}
/**
 * A file pinned by content: its path, Git blob id and sha256 at the merge (null: absent at the merge).
 */
export interface Pin {
  /**
   * Path in the repository.
   */
  path: string;
  /**
   * Git blob id of the file as merged (null: the file did not exist).
   */
  blob_sha: GitSha | null;
  /**
   * sha256 of the file's bytes as merged (null: the file did not exist).
   */
  sha256: Sha256 | null;
}
