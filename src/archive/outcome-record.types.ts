/* Generated from schemas/outcome-record.schema.json by scripts/gen-types.mjs. Do not edit. */

/**
 * One outcome of an archived upgrade (measures 4.6, 4.7), appended to the archive's hash chain after the upgrade record it references: succeeded, failed or restored, the verification results, who recorded it in which comment, and when. A later outcome is another record; the newest is the upgrade's state.
 *
 * 已归档升级的一次升级结果（《升级管理办法》4.6、4.7），接在其对应的升级记录之后加入升级档案的哈希链：升级成功、升级失败或已恢复，验证结果，由谁在哪条评论中记录，以及记录时间。之后的结果另起一条记录，以最新一条为准。
 */
export interface OutcomeRecordUpgradeGateOutcomeRecordV1 {
  /**
   * Record format version.
   *
   * 记录的格式版本。
   */
  format: 'upgrade-gate/outcome-record/v1';
  /**
   * Position in the archive's hash chain, starting at 1.
   *
   * 在升级档案哈希链中的序号，从 1 开始。
   */
  sequence: number;
  /**
   * The upgrade record this outcome belongs to.
   *
   * 该结果所属的升级记录。
   */
  upgrade: {
    /**
     * The upgrade record's path inside the archive folder, e.g. 2026/12/2026-12-03-billing-2.4.0-pr7.json.
     *
     * 升级记录在档案目录中的路径，例如 2026/12/2026-12-03-billing-2.4.0-pr7.json。
     */
    file: string;
    /**
     * The upgrade record's sequence.
     *
     * 升级记录的序号。
     */
    sequence: number;
    /**
     * The upgrade record's sha256.
     *
     * 升级记录的 sha256。
     */
    sha256: string;
    /**
     * The merged pull request's number.
     *
     * 已合并 PR 的编号。
     */
    pull_request: number;
    /**
     * The approval form NO. of the document the outcome is for.
     *
     * 该结果对应文档的审批单编号。
     */
    document: string;
  };
  /**
   * succeeded, failed or restored.
   *
   * succeeded（升级成功）、failed（升级失败）或 restored（已恢复至升级前的备份版本）。
   */
  outcome: 'succeeded' | 'failed' | 'restored';
  /**
   * When the upgrade was complete, as written in the comment.
   *
   * 升级完成时间，按评论中所写。
   */
  completed_at: string;
  /**
   * The same instant in UTC (ISO 8601), read in the policy time zone.
   *
   * 按策略时区换算成 UTC 的同一时刻（ISO 8601）。
   */
  completed_at_utc: string;
  /**
   * When the upgrade-complete notice went out (measures 4.7), as written; null when not given.
   *
   * 升级完成通知的发出时间（《升级管理办法》4.7），按所写；未填写时为 null。
   */
  notified_at: string | null;
  /**
   * The same instant in UTC; null when not given.
   *
   * 换算成 UTC 的同一时刻；未填写时为 null。
   */
  notified_at_utc: string | null;
  /**
   * Each verification case of the document: passed or failed.
   *
   * 文档中每个验证用例的结果：passed（通过）或 failed（未通过）。
   */
  verification: {
    /**
     * passed or failed.
     *
     * passed（通过）或 failed（未通过）。
     */
    [k: string]: 'passed' | 'failed';
  };
  /**
   * What was done after the execution.
   *
   * 执行后做了什么。
   */
  notes: string;
  /**
   * Why it failed (null when not given).
   *
   * 失败原因（未填写时为 null）。
   */
  cause: string | null;
  /**
   * Which backup was restored (null when not given).
   *
   * 恢复的是哪个备份（未填写时为 null）。
   */
  backup_restored: string | null;
  /**
   * Who wrote the comment, and as what: the document's people (executor, supervisor, project_lead, ops_lead) or a role.
   *
   * 评论人及其身份：文档中的人员（执行人、监督人、项目负责人、运维负责人）或某个角色。
   */
  recorded_by: {
    /**
     * GitHub login of the comment's author.
     *
     * 评论人的 GitHub 用户名。
     */
    login: string;
    /**
     * Why that person may record the outcome, e.g. executor or role:center-lead.
     *
     * 此人可以记录升级结果的依据，例如 executor 或 role:center-lead。
     *
     * @minItems 1
     *
     * Items: A people field of the document, or role:<role id>.
     *
     * 文档 people 中的字段，或 role:<角色编号>。
     */
    as: [string, ...string[]];
  };
  /**
   * The comment on the pull request that recorded the outcome.
   *
   * 记录该结果的 PR 评论。
   */
  comment: {
    /**
     * GitHub comment id.
     *
     * GitHub 评论编号。
     */
    id: number;
    /**
     * The comment's web address.
     *
     * 评论的网址。
     */
    url: string;
    /**
     * When the comment was written (ISO).
     *
     * 评论发表时间（ISO 8601）。
     */
    created_at: string;
    /**
     * When it was last edited (ISO).
     *
     * 评论最后编辑时间（ISO 8601）。
     */
    updated_at: string;
    /**
     * The comment exactly as it was processed.
     *
     * 处理时的评论原文，一字不改。
     */
    body: string;
    /**
     * sha256 of the body: one comment text is recorded once.
     *
     * 评论正文的 sha256：同一评论内容只记录一次。
     */
    body_sha256: string;
  };
  /**
   * When upgrade-gate processed the comment (ISO).
   *
   * upgrade-gate 处理该评论的时间（ISO 8601）。
   */
  recorded_at: string;
  /**
   * The policy the times were read in.
   *
   * 解读时间所依据的策略。
   */
  policy: {
    /**
     * Policy time zone.
     *
     * 策略时区。
     */
    time_zone: string;
  };
  /**
   * The upgrade-gate that wrote the record.
   *
   * 写入这条记录的 upgrade-gate。
   */
  tool: {
    /**
     * Tool name.
     *
     * 工具名称。
     */
    name: 'upgrade-gate';
    /**
     * Tool version.
     *
     * 工具版本。
     */
    version: string;
  };
  /**
   * sha256 of the previous record in the chain.
   *
   * 哈希链中上一条记录的 sha256。
   */
  previous_sha256: string;
  /**
   * sha256 of this record's canonical JSON without this field.
   *
   * 本记录去掉此字段后的规范 JSON 的 sha256。
   */
  sha256: string;
}
