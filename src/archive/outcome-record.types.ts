/* Generated from schemas/outcome-record.schema.json by scripts/gen-types.mjs. Do not edit. */

/**
 * One outcome of an archived upgrade (measures 4.6, 4.7), appended to the archive's hash chain after the upgrade record it references: succeeded, failed or restored, the verification results, who recorded it in which comment, and when. A later outcome is another record; the newest is the upgrade's state.
 */
export interface OutcomeRecordUpgradeGateOutcomeRecordV1 {
  /**
   * Record format version.
   */
  format: 'upgrade-gate/outcome-record/v1';
  /**
   * Position in the archive's hash chain, starting at 1.
   */
  sequence: number;
  /**
   * The upgrade record this outcome belongs to.
   */
  upgrade: {
    /**
     * The upgrade record's path inside the archive folder, e.g. 2026/12/2026-12-03-billing-2.4.0-pr7.json.
     */
    file: string;
    /**
     * The upgrade record's sequence.
     */
    sequence: number;
    /**
     * The upgrade record's sha256.
     */
    sha256: string;
    /**
     * The merged pull request's number.
     */
    pull_request: number;
    /**
     * The approval form NO. of the document the outcome is for.
     */
    document: string;
  };
  /**
   * succeeded, failed or restored.
   */
  outcome: 'succeeded' | 'failed' | 'restored';
  /**
   * When the upgrade was complete, as written in the comment.
   */
  completed_at: string;
  /**
   * The same instant in UTC (ISO 8601), read in the policy time zone.
   */
  completed_at_utc: string;
  /**
   * When the upgrade-complete notice went out (measures 4.7), as written; null when not given.
   */
  notified_at: string | null;
  /**
   * The same instant in UTC; null when not given.
   */
  notified_at_utc: string | null;
  /**
   * Each verification case of the document: passed or failed.
   */
  verification: {
    /**
     * passed or failed.
     */
    [k: string]: 'passed' | 'failed';
  };
  /**
   * What was done after the execution.
   */
  notes: string;
  /**
   * Why it failed (null when not given).
   */
  cause: string | null;
  /**
   * Which backup was restored (null when not given).
   */
  backup_restored: string | null;
  /**
   * Who wrote the comment, and as what: the document's people (executor, supervisor, project_lead, ops_lead) or a role.
   */
  recorded_by: {
    /**
     * GitHub login of the comment's author.
     */
    login: string;
    /**
     * Why that person may record the outcome, e.g. executor or role:center-lead.
     *
     * @minItems 1
     *
     * Items: A people field of the document, or role:<role id>.
     */
    as: [string, ...string[]];
  };
  /**
   * The comment on the pull request that recorded the outcome.
   */
  comment: {
    /**
     * GitHub comment id.
     */
    id: number;
    /**
     * The comment's web address.
     */
    url: string;
    /**
     * When the comment was written (ISO).
     */
    created_at: string;
    /**
     * When it was last edited (ISO).
     */
    updated_at: string;
    /**
     * The comment exactly as it was processed.
     */
    body: string;
    /**
     * sha256 of the body: one comment text is recorded once.
     */
    body_sha256: string;
  };
  /**
   * When upgrade-gate processed the comment (ISO).
   */
  recorded_at: string;
  /**
   * The policy the times were read in.
   */
  policy: {
    /**
     * Policy time zone.
     */
    time_zone: string;
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
   * sha256 of the previous record in the chain.
   */
  previous_sha256: string;
  /**
   * sha256 of this record's canonical JSON without this field.
   */
  sha256: string;
}
