/* Generated from schemas/config.schema.json by scripts/gen-types.mjs. Do not edit. */

/**
 * Glob (relative to the repository root) of the upgrade documents. Default: upgrades/** /*.{yaml,yml}.
 *
 * 升级文档的 glob（相对于仓库根目录）。默认：upgrades/** /*.{yaml,yml}。
 */
export type DocumentGlob = string;
/**
 * Canonical IANA time zone (Area/City) in which weekdays, windows and freezes are read. Default: Asia/Shanghai. Abbreviations and old aliases (CST, EST, IST, PRC, UTC+8, Asia/Chongqing) are refused with the name meant.
 *
 * 判断星期、升级时间和封版期所用的 IANA 时区（地区/城市）。默认：Asia/Shanghai（北京时间）。CST、EST、IST、PRC、UTC+8、Asia/Chongqing 等缩写和旧名会被拒绝，并提示应写的名称。
 */
export type PolicyTimeZone = string;
/**
 * Weekdays on which production upgrades may merge and run. Default: thursday.
 *
 * 允许合并并执行生产环境升级的星期。默认：thursday（周四）。
 *
 * @minItems 1
 */
export type ProductionMergeDays = [Weekday, ...Weekday[]];
/**
 * A day of the week, in English.
 *
 * 星期，写英文：monday（周一）、tuesday（周二）、wednesday（周三）、thursday（周四）、friday（周五）、saturday（周六）或 sunday（周日）。
 */
export type Weekday = 'monday' | 'tuesday' | 'wednesday' | 'thursday' | 'friday' | 'saturday' | 'sunday';
/**
 * A day of the week, in English.
 *
 * 星期，写英文：monday（周一）、tuesday（周二）、wednesday（周三）、thursday（周四）、friday（周五）、saturday（周六）或 sunday（周日）。
 */
export type GrayTestDay = 'monday' | 'tuesday' | 'wednesday' | 'thursday' | 'friday' | 'saturday' | 'sunday';
/**
 * Hours between the all-staff notice and the window start, at least. Default: 12 (half a day).
 *
 * 全员通知至少要比升级开始提前多少小时。默认：12（半天）。
 */
export type NoticeLeadTime = number;
/**
 * Under GitOps the merge is the deploy. day (default): a production upgrade merges on the local day (policy time zone) its window starts and not after window.end, so a window across midnight stays open past it; window: only between window.start and window.end; off: only the merge days and freezes apply. Several documents in one pull request need an instant all their windows allow. true and false are the older spellings of window and off.
 *
 * GitOps 下合并即上线。day（默认）：生产环境升级只能在其升级窗口开始的当天（按策略时区）合并，且不晚于 window.end，跨午夜的窗口在零点之后仍然有效；window：只能在 window.start 与 window.end 之间合并；off：只按升级日和封版期判断。一个 PR 含多份文档时，合并时刻须同时落在所有文档允许的时间内。true 和 false 是 window 和 off 的旧写法。
 */
export type MergeTiedToTheDocumentSWindow = 'day' | 'window' | 'off' | true | false;
/**
 * What the freeze is for.
 *
 * 封版的原因。
 */
export type Name = string;
/**
 * First frozen day, e.g. 2026-10-01 (from 00:00 in the policy time zone), or the moment the freeze starts, e.g. 2026-09-30T18:00.
 *
 * 封版第一天，如 2026-10-01（策略时区 00:00 起），或封版开始的时刻，如 2026-09-30T18:00。
 */
export type FirstDay = string;
/**
 * Last frozen day (inclusive), e.g. 2026-10-07, or the moment the freeze ends, e.g. 2026-10-08T09:00.
 *
 * 封版最后一天（含当天），如 2026-10-07，或封版结束的时刻，如 2026-10-08T09:00。
 */
export type LastDay = string;
/**
 * Periods in which no regular production upgrade merges, e.g. national holidays: inclusive dates in the policy time zone, or exact times (RFC 3339, or local times in the policy zone).
 *
 * 不合并常规生产环境升级的时间段，如国庆、春节：写日期（含首尾两天，按策略时区）或精确时间（RFC 3339，或策略时区的本地时间）。
 */
export type FreezePeriods = {
  name: Name;
  from: FirstDay;
  to: LastDay;
}[];
/**
 * Owners as written in CODEOWNERS (@user, @org/team) that stand for this role.
 *
 * 代表这个角色的 CODEOWNERS 所有者，按 CODEOWNERS 的写法（@用户、@组织/团队）。
 *
 * @minItems 1
 */
export type CODEOWNERSOwners = [string, ...string[]];
/**
 * GitHub logins of the members of this role's one team, for a token that cannot read teams (use teams: when the role's owners name several teams). A member still signs a document only where that document's CODEOWNERS line names the team.
 *
 * 该角色唯一团队的成员账号，供无法读取团队的令牌使用（角色的 owners 包含多个团队时，请改用 teams:）。成员仍只能审批 CODEOWNERS 中该文档路径列出该团队的文档。
 *
 * Items: A GitHub login (letters, digits and dashes, up to 39 characters; the @ is optional), not a display name or e-mail
 *
 * GitHub 账号（字母、数字和短横线，最多 39 个字符；@ 可写可不写），不是显示名称或邮箱。
 */
export type ExplicitMembers = string[];
/**
 * Globs of paths whose change after an approval does not make it stale. Default: none: any change to the pull request's files (documents, manifests such as deploy/** /values.yaml, anything) voids the approvals of earlier commits.
 *
 * 审批之后修改也不会让审批失效的路径（glob）。默认：无，即审批之后 PR 中任何文件的变更（文档、deploy/** /values.yaml 之类的清单、任何文件）都会让之前提交上的审批失效。
 */
export type ChangesThatLeaveApprovalsStanding = string[];
/**
 * The role (an id under roles) whose approval a pull request needs when it changes a policy file: this configuration, CODEOWNERS, the workflows under .github/workflows/ and the paths under policy-files. The approval counts as the upgrade approvals do: a member of one of the role's owner entries, not the author or a committer of the pull request, on the exact change, before the merge. Default: general-office (the General Manager's Office, which issues the measures).
 *
 * 修改策略文件的 PR 需要其批准的角色（roles 下的角色 id）。策略文件包括：本配置文件、CODEOWNERS、.github/workflows/ 下的工作流，以及 policy-files 中列出的路径。批准的计算方式与升级审批相同：须是该角色某个所有者条目的成员，不能是 PR 作者或提交者，批准的须是当前这次变更，且在合并之前。默认：general-office（总经理办公室，《升级管理办法》的制订部门）。
 */
export type OwnerOfThePolicyFiles = string;
/**
 * Globs of further paths that are policy files (on top of this configuration, CODEOWNERS and .github/workflows/**): a pull request that changes one needs the approval of the policy-owner role. Default: none.
 *
 * 除本配置文件、CODEOWNERS 和 .github/workflows/** 之外，也算作策略文件的路径（glob）：修改这些文件的 PR 需要 policy-owner 角色批准。默认：无。
 */
export type MorePolicyFiles = string[];
/**
 * When true, one approval may satisfy several roles. Default: false (the seed needs two signatures).
 *
 * 为 true 时，一个人的批准可以同时满足多个角色。默认：false（《升级管理办法》要求两个人签字）。
 */
export type OnePersonMaySignForSeveralRoles = boolean;
/**
 * PR label that asks for the emergency bypass of the day rule. Default: emergency.
 *
 * 申请紧急升级、不受升级日限制的 PR 标签。默认：emergency。
 */
export type Label = string;
/**
 * Emergency upgrades allowed per calendar month (policy time zone). Default: 2.
 *
 * 每个自然月（按策略时区）允许的紧急升级次数。默认：2。
 */
export type MonthlyBudget = number;
/**
 * error or warning when the budget is exceeded. Default: error.
 *
 * 超出每月上限时按 error（错误）还是 warning（警告）处理。默认：error。
 */
export type BudgetSeverity = 'error' | 'warning';
/**
 * Characters the justification needs at least (a CJK character counts as two). Default: 30.
 *
 * 紧急升级理由至少要有多少个字符（一个汉字算两个字符）。默认：30。
 */
export type MinimumJustificationLength = number;
/**
 * The roles (ids under roles) whose members may apply the emergency label; who applied it is read from the pull request's events at evaluation time, and the PR author never counts. Default: [general-office] (the General Manager's Office, measures 4.3).
 *
 * 其成员可以添加紧急升级标签的角色（roles 下的角色 id）；检查时从 PR 的事件中读取是谁添加的标签，PR 作者本人添加的一律无效。默认：[general-office]（总经理办公室，《升级管理办法》4.3）。
 *
 * @minItems 1
 */
export type WhoMayApplyTheLabel = [string, ...string[]];
/**
 * Folder of the archive records. Default: archive.
 *
 * 升级档案记录所在的目录。默认：archive。
 */
export type Folder = string;
/**
 * Branch the records are committed to. Default: the PR's base branch.
 *
 * 升级档案提交到哪个分支。默认：PR 的基础分支。
 */
export type Branch = string;
/**
 * The GitHub login that commits the archive: github-actions[bot] with GITHUB_TOKEN (default), or your App's bot (my-app[bot]) with an App installation token. verify fails for any commit in the archive's history by anyone else.
 *
 * 提交升级档案的 GitHub 账号：使用 GITHUB_TOKEN 时为 github-actions[bot]（默认），使用 App 安装令牌时为该 App 的机器人账号（my-app[bot]）。档案历史中任何其他人的提交都会使 verify 失败。
 */
export type Writer = string;
/**
 * How far back the scheduled run looks for merged upgrade PRs without a record; it archives them as backfilled, in merge order. Default: 90.
 *
 * 定时运行向前查找多少天内已合并但没有档案记录的升级 PR，并按合并顺序补录（标记为 backfilled）。默认：90。
 */
export type BackfillLookBackDays = number;
/**
 * Hours after the merge after which scheduled runs and report list an upgrade without an outcome as pending. Default: 24.
 *
 * 合并后超过多少小时仍无升级结果，定时运行和 report 会把它列为待记录。默认：24。
 */
export type PendingAfterHours = number;
/**
 * Days after the window's end after which a missing outcome is an audit finding in report. Default: 7.
 *
 * 升级时间结束后超过多少天仍无升级结果，report 会列为审计问题。默认：7。
 */
export type AuditFindingAfterDays = number;
/**
 * Context name of the commit status that branch protection requires. Default: upgrade-gate.
 *
 * 分支保护要求的提交状态（commit status）的名称。默认：upgrade-gate。
 */
export type StatusContext = string;
/**
 * Language of every message upgrade-gate writes: findings, status, comment, job summary and log. en or zh-CN. The Action input language and the CLI option --lang override it. Default: en.
 *
 * upgrade-gate 所写内容的语言：问题、状态、评论、任务摘要和日志。en（英文，English）或 zh-CN（中文，简体中文）。Action 的 language 输入和 CLI 的 --lang 选项优先于此处。默认：en。
 */
export type LanguageOfMessages = 'en' | 'zh-CN';

/**
 * The policy that upgrade-gate enforces, read from .github/upgrade-gate.yml on the base branch. Every key has a default except roles.
 *
 * upgrade-gate 执行的策略，从基础分支的 .github/upgrade-gate.yml 读取。除 roles 外每项都有默认值。
 */
export interface UpgradeGatePolicyConfiguration {
  documents?: DocumentGlob;
  'time-zone'?: PolicyTimeZone;
  'merge-days'?: ProductionMergeDays;
  'gray-test-day'?: GrayTestDay;
  'notice-hours'?: NoticeLeadTime;
  'merge-window'?: MergeTiedToTheDocumentSWindow;
  freezes?: FreezePeriods;
  roles?: ApprovalRoles;
  'stale-exempt'?: ChangesThatLeaveApprovalsStanding;
  teams?: TeamMembers;
  'policy-owner'?: OwnerOfThePolicyFiles;
  'policy-files'?: MorePolicyFiles;
  'allow-same-approver-for-roles'?: OnePersonMaySignForSeveralRoles;
  emergency?: EmergencyUpgrades;
  archive?: Archive;
  outcome?: UpgradeOutcomes;
  'status-context'?: StatusContext;
  language?: LanguageOfMessages;
  rules?: RuleSeverities;
}
/**
 * The roles whose approval a production upgrade needs, in the order the approval form lists them. The measures (4.3) name two: center-lead (the R&D center lead) and general-office (the General Manager's Office). Any other role id needs a title in English and Chinese. For each upgrade document, every role is signed by a code owner of that document's path in the base branch's CODEOWNERS, through an owner entry listed under the role's owners.
 *
 * 生产环境升级需要其审批的角色，按审批单上的顺序排列。《升级管理办法》4.3 规定两个：center-lead（研发中心负责人）和 general-office（总经理办公室）；其他角色须写明中英文名称。每份升级文档的每个角色，都须由基础分支 CODEOWNERS 中该文档路径的代码所有者，通过该角色 owners 中列出的条目审批。
 */
export interface ApprovalRoles {
  [k: string]: Role;
}
export interface Role {
  title?: Title;
  owners: CODEOWNERSOwners;
  members?: ExplicitMembers;
}
/**
 * The role's name in English (en) and Chinese (zh, used for zh-CN), shown on the approval form, the comment and the records. Optional for center-lead and general-office (the measures' names), required for any other role.
 *
 * 角色在审批单、PR 评论和归档记录中显示的中英文名称（zh 用于 zh-CN）。center-lead 和 general-office 可省略（使用《升级管理办法》中的名称），其他角色必须填写。
 */
export interface Title {
  /**
   * The role's name in English.
   *
   * 角色的英文名称。
   */
  en?: string;
  /**
   * The role's name in Chinese.
   *
   * 角色的中文名称。
   */
  zh?: string;
}
/**
 * Members of CODEOWNERS teams, for a token that cannot read teams (the workflow's GITHUB_TOKEN): each team as written in CODEOWNERS (@org/team-slug), with the GitHub logins of its members. A listed team is never looked up through the API; a team of a role that is neither listed here nor readable by the token is a configuration error.
 *
 * CODEOWNERS 团队的成员，供无法读取团队的令牌（工作流自带的 GITHUB_TOKEN）使用：按 CODEOWNERS 中的写法（@org/team-slug）列出每个团队及其成员的 GitHub 账号。列出的团队不再通过 API 查询；既未列出、令牌也无法读取的角色团队是配置错误。
 */
export interface TeamMembers {
  /**
   * Items: A GitHub login (letters, digits and dashes, up to 39 characters; the @ is optional), not a display name or e-mail
   *
   * GitHub 账号（字母、数字和短横线，最多 39 个字符；@ 可写可不写），不是显示名称或邮箱。
   */
  [k: string]: string[];
}
/**
 * The label that marks an emergency upgrade PR and how many emergencies a calendar month may have.
 *
 * 标记紧急升级 PR 的标签，以及每个自然月允许几次紧急升级。
 */
export interface EmergencyUpgrades {
  label?: Label;
  'monthly-budget'?: MonthlyBudget;
  'budget-severity'?: BudgetSeverity;
  'min-justification-length'?: MinimumJustificationLength;
  'applied-by'?: WhoMayApplyTheLabel;
}
/**
 * Where merged upgrades are recorded for audit.
 *
 * 合并后的升级记录存放在哪里，以备审计和检查。
 */
export interface Archive {
  folder?: Folder;
  branch?: Branch;
  writer?: Writer;
  'backfill-days'?: BackfillLookBackDays;
}
/**
 * When a merged upgrade without a recorded outcome (/upgrade-result on the PR, measures 4.6) is reported as pending, and when it becomes an audit finding.
 *
 * 合并后的升级未记录结果（在 PR 上评论 /upgrade-result，《升级管理办法》4.6）时，何时列为待记录，何时成为审计问题。
 */
export interface UpgradeOutcomes {
  'pending-hours'?: PendingAfterHours;
  'overdue-days'?: AuditFindingAfterDays;
}
/**
 * Override the severity of a rule by its id: error, warning, notice or off.
 *
 * 按规则编号调整级别：error、warning、notice 或 off。
 */
export interface RuleSeverities {
  [k: string]: 'error' | 'warning' | 'notice' | 'off';
}
