/* Generated from schemas/archive-record-v2.schema.json by scripts/gen-types.mjs. Do not edit. */

/**
 * Lower-case hex Git object id (SHA-1 or SHA-256 repositories).
 *
 * 小写十六进制的 Git 对象编号（SHA-1 或 SHA-256 仓库）。
 */
export type GitSha = string;
/**
 * Lower-case hex sha256.
 *
 * 小写十六进制的 sha256。
 */
export type Sha256 = string;
/**
 * A GitHub login.
 *
 * GitHub 用户名。
 */
export type Login = string;

/**
 * What auditors read for one merged upgrade pull request: the documents as merged with the Git blob and sha256 of each and of every evidence file they reference, who approved, the evaluation at merge time, any rule the merge broke, and a hash chain (sha256 over the RFC 8785 canonical JSON) that shows nothing was edited, removed or reordered. Format version 2, frozen: records written before format 3 keep verifying against this; format 1 records keep their own schema (archive-record-v1.schema.json).
 *
 * 审计时查阅的一条记录，对应一个已合并的升级 PR：合并时的升级文档及其 Git blob 和 sha256，文档引用的每个佐证材料的 blob 和 sha256，审批人，合并时的检查结果，合并违反的规则，以及证明记录未被修改、删除或调换顺序的哈希链（对 RFC 8785 规范 JSON 计算 sha256）。第 2 版格式，已冻结：第 3 版之前写入的记录仍按它校验；第 1 版记录使用各自的 Schema（archive-record-v1.schema.json）。
 */
export interface ArchiveRecordUpgradeGateArchiveRecordV2 {
  /**
   * Record format version.
   *
   * 记录的格式版本。
   */
  format: 'upgrade-gate/archive-record/v2';
  /**
   * Position in the archive's hash chain, starting at 1.
   *
   * 在升级档案哈希链中的序号，从 1 开始。
   */
  sequence: number;
  /**
   * The upgrade documents as merged.
   *
   * 合并时的升级文档。
   *
   * @maxItems 100
   */
  documents: {
    /**
     * Path in the repository.
     *
     * 仓库中的路径。
     */
    path: string;
    /**
     * The document's YAML exactly as merged.
     *
     * 合并时的文档 YAML 原文，一字不改。
     */
    text: string;
    /**
     * Lower-case hex Git object id (SHA-1 or SHA-256 repositories).
     *
     * 小写十六进制的 Git 对象编号（SHA-1 或 SHA-256 仓库）。
     */
    blob_sha: string;
    /**
     * Lower-case hex sha256.
     *
     * 小写十六进制的 sha256。
     */
    sha256: string;
    /**
     * Every evidence file the document references (acceptance, gray-test report), pinned as merged.
     *
     * 文档引用的每个佐证材料（用户验证、灰度测试报告），按合并时的内容固定。
     *
     * @maxItems 100
     */
    evidence: Pin[];
    /**
     * Approval form NO.
     *
     * 生产环境升级审批单编号。
     */
    id: string | null;
    /**
     * System upgraded.
     *
     * 升级的系统。
     */
    system: string | null;
    /**
     * production or gray.
     *
     * production（生产环境）或 gray（灰度环境）。
     */
    environment: string | null;
    /**
     * regular or emergency.
     *
     * regular（常规升级）或 emergency（紧急升级）。
     */
    type: string | null;
    /**
     * Release from and to.
     *
     * 升级前后的版本。
     */
    version: {
      /**
       * Version before.
       *
       * 升级前的版本。
       */
      from: string;
      /**
       * Version after.
       *
       * 升级后的版本。
       */
      to: string;
    } | null;
    /**
     * Attachment 2, the feature list.
     *
     * 附件二，生产环境升级功能清单。
     *
     * @maxItems 10000
     */
    features: {}[];
    /**
     * Attachment 1, the approval form, as rendered at merge.
     *
     * 附件一，合并时生成的生产环境升级审批单。
     */
    form: {} | null;
  }[];
  /**
   * The merged pull request.
   *
   * 已合并的 PR。
   */
  pull_request: {
    /**
     * PR number.
     *
     * PR 编号。
     */
    number: number;
    /**
     * PR title.
     *
     * PR 标题。
     */
    title: string;
    /**
     * PR web address.
     *
     * PR 网址。
     */
    url: string | null;
    /**
     * Who opened it.
     *
     * 创建人。
     */
    author: string;
    /**
     * Target branch.
     *
     * 目标分支。
     */
    base_ref: string;
    /**
     * Lower-case hex Git object id (SHA-1 or SHA-256 repositories).
     *
     * 小写十六进制的 Git 对象编号（SHA-1 或 SHA-256 仓库）。
     */
    base_sha: string;
    /**
     * Lower-case hex Git object id (SHA-1 or SHA-256 repositories).
     *
     * 小写十六进制的 Git 对象编号（SHA-1 或 SHA-256 仓库）。
     */
    head_sha: string;
    /**
     * The merge commit.
     *
     * 合并提交。
     */
    merge_sha: GitSha | null;
    /**
     * When it merged (UTC instant).
     *
     * 合并时间（UTC 时刻）。
     */
    merged_at: string;
    /**
     * Who merged it.
     *
     * 合并人。
     */
    merged_by: Login | null;
  };
  /**
   * The approvals that counted, one per document and role.
   *
   * 计入的审批，每份文档的每个角色一条。
   *
   * @maxItems 100
   */
  approvals: {
    /**
     * Role id.
     *
     * 角色编号。
     */
    role: string;
    /**
     * Role title in English and Chinese.
     *
     * 角色的中英文名称。
     */
    title: {};
    /**
     * A GitHub login.
     *
     * GitHub 用户名。
     */
    login: string;
    /**
     * The CODEOWNERS entry of the document through which the approver signed (@org/team or @user).
     *
     * 审批人据以签批的该文档 CODEOWNERS 所有者（@组织/团队 或 @用户名）。
     */
    via?: string;
    /**
     * The upgrade document this signature is for.
     *
     * 这次签批所针对的升级文档。
     */
    document?: string;
    /**
     * GitHub review id.
     *
     * GitHub 审查（review）编号。
     */
    review_id: number;
    /**
     * Commit the approver reviewed.
     *
     * 审批人审查的提交。
     */
    commit_id: string;
    /**
     * When (UTC instant).
     *
     * 时间（UTC 时刻）。
     */
    submitted_at: string;
  }[];
  /**
   * Labels at merge, with who applied each when known.
   *
   * 合并时的标签，已知时注明添加人。
   *
   * @maxItems 100
   */
  labels: {
    /**
     * Label.
     *
     * 标签。
     */
    name: string;
  }[];
  /**
   * The emergency bypass, when requested: who applied the label and when, and whether it was granted.
   *
   * 申请紧急升级时的记录：谁在何时添加了标签，以及是否准予。
   */
  emergency: {
    /**
     * Label name.
     *
     * 标签名称。
     */
    label: string;
    /**
     * Who applied it.
     *
     * 添加人。
     */
    applied_by?: string | null;
    /**
     * When (UTC instant).
     *
     * 时间（UTC 时刻）。
     */
    applied_at?: string | null;
    /**
     * Whether the day rule was waived.
     *
     * 是否免除了升级日限制。
     */
    granted: boolean;
  } | null;
  /**
   * The evaluation at merge time.
   *
   * 合并时的检查结果。
   */
  evaluation: {
    /**
     * The moment evaluated (the merge time, UTC).
     *
     * 检查所依据的时刻（合并时间，UTC）。
     */
    at: string;
    /**
     * pass, fail or error.
     *
     * pass（通过）、fail（不通过）或 error（出错）。
     */
    outcome: 'pass' | 'fail' | 'error';
    /**
     * One line.
     *
     * 一行摘要。
     */
    summary: string;
    /**
     * Every finding.
     *
     * 全部检查问题。
     *
     * @maxItems 10000
     */
    findings: unknown[];
  };
  /**
   * Rules the merge broke (empty for a clean merge). A non-empty list is a policy violation.
   *
   * 合并违反的规则（合规合并时为空）。不为空即为违规。
   *
   * @maxItems 10000
   */
  violations: {
    /**
     * Rule id.
     *
     * 规则编号。
     */
    rule: string;
    /**
     * What was broken.
     *
     * 违反的内容。
     */
    message: string;
  }[];
  /**
   * Present when the merged PR changed policy files (the configuration, CODEOWNERS, workflows, the configured policy-files): which, the role that owns the policy, and whether that role approved the exact change before the merge (its approval is among approvals, without a document).
   *
   * 合并的 PR 修改了策略文件（配置、CODEOWNERS、工作流或配置的 policy-files）时才有：改了哪些文件、策略的负责角色，以及该角色是否在合并前批准了这一确切变更（其审批列在 approvals 中，不对应文档）。
   */
  policy_change?: {
    /**
     * The policy files the PR changed.
     *
     * PR 修改的策略文件。
     *
     * @maxItems 1000
     */
    files: string[];
    /**
     * The policy-owner role id.
     *
     * 策略负责角色的编号。
     */
    owner: string;
    /**
     * Whether the policy owner's approval counted.
     *
     * 策略负责人的审批是否计入。
     */
    approved: boolean;
  };
  /**
   * True when written later by a scheduled run because the merge-time run left no record.
   *
   * 合并时的运行没有留下记录、由之后的定时运行补写时为 true。
   */
  backfilled: boolean;
  /**
   * The policy that applied: time zone, time-zone database, and digests of the base branch's config and CODEOWNERS.
   *
   * 适用的策略：时区、时区数据库版本，以及基础分支上配置和 CODEOWNERS 的摘要。
   */
  policy: {
    /**
     * Policy time zone (IANA name).
     *
     * 策略时区（IANA 名称）。
     */
    time_zone: string;
    /**
     * Time-zone database version of the runtime.
     *
     * 运行环境的时区数据库版本。
     */
    tzdata: string | null;
    /**
     * Config file path.
     *
     * 配置文件路径。
     */
    config_path: string;
    /**
     * sha256 of the config text (null: absent, defaults used).
     *
     * 配置文本的 sha256（null 表示没有配置文件，使用默认值）。
     */
    config_sha256: Sha256 | null;
    /**
     * CODEOWNERS path.
     *
     * CODEOWNERS 路径。
     */
    codeowners_path: string | null;
    /**
     * sha256 of CODEOWNERS.
     *
     * CODEOWNERS 的 sha256。
     */
    codeowners_sha256: Sha256 | null;
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
   * sha256 of the previous record (null for the first).
   *
   * 上一条记录的 sha256（第一条为 null）。
   */
  previous_sha256: Sha256 | null;
  /**
   * Lower-case hex sha256.
   *
   * 小写十六进制的 sha256。
   */
  sha256: string;
}
/**
 * A file pinned by content: its path, Git blob id and sha256 at the merge (null: absent at the merge).
 *
 * 按内容固定的文件：合并时的路径、Git blob 编号和 sha256（null 表示合并时不存在）。
 */
export interface Pin {
  /**
   * Path in the repository.
   *
   * 仓库中的路径。
   */
  path: string;
  /**
   * Git blob id of the file as merged (null: the file did not exist).
   *
   * 合并时该文件的 Git blob 编号（null 表示文件不存在）。
   */
  blob_sha: GitSha | null;
  /**
   * sha256 of the file's bytes as merged (null: the file did not exist).
   *
   * 合并时该文件内容的 sha256（null 表示文件不存在）。
   */
  sha256: Sha256 | null;
}
