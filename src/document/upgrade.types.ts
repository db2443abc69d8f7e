/* Generated from schemas/upgrade.schema.json by scripts/gen-types.mjs. Do not edit. */

/**
 * The document format version. Always upgrade-gate/v1.
 *
 * 文档格式版本，固定写 upgrade-gate/v1。
 */
export type FormatVersion = 'upgrade-gate/v1';
/**
 * The kind of document. Always Upgrade.
 *
 * 文档类型，固定写 Upgrade。
 */
export type Kind = 'Upgrade';
/**
 * The number of the Production Environment Upgrade Approval Form (Attachment 1). Unique across all upgrades.
 *
 * 生产环境升级审批单（附件一）的编号 NO.，在所有升级中唯一。
 */
export type ApprovalFormNO = string;
/**
 * The information system being upgraded, as a short name (letters, digits, dashes).
 *
 * 被升级的信息系统，写简称（小写字母、数字、短横线）。
 */
export type System = string;
/**
 * Where this upgrade runs: production, or the gray (pre-production) environment.
 *
 * 升级在哪里进行：production（生产环境）或 gray（灰度环境）。
 */
export type Environment = 'production' | 'gray';
/**
 * regular (scheduled for the production window) or emergency (only for a wide system failure or a wide business stoppage).
 *
 * regular（常规升级，在生产环境升级窗口进行）或 emergency（紧急升级，仅限系统故障影响较大或业务较大范围停顿的情形）。
 */
export type UpgradeType = 'regular' | 'emergency';
/**
 * The version in production before the upgrade. Quote it so YAML keeps it a string.
 *
 * 升级前生产环境中的版本。请加引号，让 YAML 把它当作文字。
 */
export type CurrentVersion = string;
/**
 * The version the upgrade installs; newer than release.from. Quote it so YAML keeps it a string.
 *
 * 本次升级安装的版本，应比 release.from 新。请加引号，让 YAML 把它当作文字。
 */
export type NewVersion = string;
/**
 * What the artifact is called.
 *
 * 升级包的名称。
 */
export type Name = string;
/**
 * Image reference, package coordinate or path in the repository.
 *
 * 镜像地址、安装包坐标或仓库中的路径。
 */
export type Reference = string;
/**
 * Content digest that pins the artifact.
 *
 * 锁定升级包内容的摘要（如 sha256）。
 */
export type Digest = string;
/**
 * The programs and data that ship: images, packages, migration scripts.
 *
 * 本次升级的程序和数据：镜像、安装包、数据库迁移脚本等。
 */
export type Artifacts = Artifact[];
/**
 * When the upgrade starts, e.g. 2026-11-26T20:00 (policy time zone) or 2026-11-26T20:00+08:00.
 *
 * 升级开始的时间，如 2026-11-26T20:00（策略时区）或 2026-11-26T20:00+08:00。
 */
export type WindowStart = string;
/**
 * When the upgrade must be finished, after window.start.
 *
 * 升级必须完成的时间，晚于 window.start。
 */
export type WindowEnd = string;
/**
 * The Production Environment Upgrade Feature List: what changes for users.
 *
 * 生产环境升级功能清单：用户能感受到的变化。
 *
 * @minItems 1
 */
export type FeatureListAttachment2 = [Feature, ...Feature[]];
/**
 * Ticket or feature number.
 *
 * 需求单号或功能编号。
 */
export type FeatureId = string;
/**
 * One line that names the change.
 *
 * 一句话说明这项变化。
 */
export type Title = string;
/**
 * What users will notice.
 *
 * 用户会注意到什么变化。
 */
export type Description = string;
/**
 * Each case: what to do and what must happen.
 *
 * 每个用例写明怎么做、应该得到什么结果。
 *
 * @minItems 1
 */
export type VerificationCases = [VerificationCase, ...VerificationCase[]];
/**
 * Number of the case.
 *
 * 用例的编号。
 */
export type CaseId = string;
/**
 * What the verifier does, as text or as a list of steps.
 *
 * 验证人员的操作，写成一段文字或一个步骤列表。
 */
export type Steps = string | [string, ...string[]];
/**
 * What must happen for the case to pass.
 *
 * 用例通过时应出现的结果。
 */
export type ExpectedResult = string;
/**
 * The user or stakeholder who accepted the release.
 *
 * 确认本次发布的用户或业务方。
 */
export type VerifiedBy = string;
/**
 * The day the user accepted the release, e.g. 2026-11-23.
 *
 * 用户确认的日期，如 2026-11-23。
 */
export type AcceptanceDate = string;
/**
 * Path of the signed acceptance record in the repository, relative to its root.
 *
 * 仓库中已签字的用户验证记录的路径，相对于仓库根目录。
 */
export type Evidence = string;
/**
 * When the gray test finished, e.g. 2026-11-24T16:00.
 *
 * 灰度环境测试完成的时间，如 2026-11-24T16:00。
 */
export type CompletedAt = string;
/**
 * passed or failed.
 *
 * passed（通过）或 failed（未通过）。
 */
export type Result = 'passed' | 'failed';
/**
 * Path of the gray test report in the repository.
 *
 * 仓库中灰度环境测试报告的路径。
 */
export type TestReport = string;
/**
 * How the backup is made.
 *
 * 怎样备份。
 */
export type Method = string;
/**
 * Where the backup is kept.
 *
 * 备份存放在哪里。
 */
export type Location = string;
/**
 * The steps that restore the previous version.
 *
 * 恢复到上一版本的步骤。
 */
export type RollbackPlan = string;
/**
 * Prepares the upgrade materials.
 *
 * 准备升级材料。
 */
export type ProjectLead = string;
/**
 * The system's operations lead who receives the approved upgrade.
 *
 * 接收审批通过的升级的系统运维负责人。
 */
export type OperationsLead = string;
/**
 * Carries out the upgrade.
 *
 * 执行升级。
 */
export type Executor = string;
/**
 * Watches the execution; another person than the executor.
 *
 * 监督执行过程，不能与执行人是同一人（一人执行一人监督）。
 */
export type Supervisor = string;
/**
 * When the notice went out, e.g. 2026-11-25T09:00.
 *
 * 通知发出的时间，如 2026-11-25T09:00。
 */
export type AnnouncedAt = string;
/**
 * Where the notice went: qq-group, wechat, email.
 *
 * 通知发到哪里：qq-group（QQ 群）、wechat（微信公众号）、email（邮件）。
 *
 * @minItems 1
 *
 * Items: qq-group, wechat or email.
 *
 * qq-group（QQ 群）、wechat（微信公众号）或 email（邮件）。
 */
export type Channels = ['qq-group' | 'wechat' | 'email', ...('qq-group' | 'wechat' | 'email')[]];
/**
 * system-failure (a fault stops use of the system, wide impact) or business-stoppage (the system can no longer support the business, wide stoppage).
 *
 * system-failure（系统故障影响该系统的继续使用且影响范围较大）或 business-stoppage（系统功能已无法满足业务开展且会造成较大范围的业务停顿）。
 */
export type Reason = string;
/**
 * Who and what is affected, and how widely.
 *
 * 影响了谁、影响了什么、范围多大。
 */
export type Impact = string;
/**
 * Why this cannot wait for the next production window, written out.
 *
 * 为什么不能等到下一个生产环境升级窗口，请写清楚。
 */
export type Justification = string;
/**
 * Who confirmed the emergency upgrade by phone.
 *
 * 谁通过电话确认了这次紧急升级。
 */
export type ConfirmedByPhoneBy = string;
/**
 * When the phone confirmation happened.
 *
 * 电话确认的时间。
 */
export type ConfirmedAt = string;
/**
 * Reference of the registration e-mail to the General Manager's Office.
 *
 * 发给总经理办公室的临时升级登记邮件的编号或标题。
 */
export type EMailRegistration = string;

/**
 * One production or gray upgrade of one system, as the upgrade management measures require it: what ships, when, who approves, how it was verified, backed up and announced.
 *
 * 一个系统的一次生产环境或灰度环境升级，按《升级管理办法》的要求写明：升级什么、什么时候升级、由谁审批、如何验证、备份和通知。
 */
export interface UpgradeDocumentUpgradeGateV1 {
  apiVersion: FormatVersion;
  kind: Kind;
  id: ApprovalFormNO;
  system: System;
  environment: Environment;
  type: UpgradeType;
  release: Release;
  window: ProductionWindow;
  features: FeatureListAttachment2;
  verification: UpgradeVerification;
  acceptance?: UserAcceptance;
  gray_test?: GrayEnvironmentTest;
  backup?: Backup;
  rollback?: Rollback;
  people: People;
  notification?: Notification;
  emergency?: Emergency;
}
/**
 * The version running now, the version this upgrade installs, and what ships.
 *
 * 当前运行的版本、本次升级安装的版本，以及升级的程序和数据。
 */
export interface Release {
  from: CurrentVersion;
  to: NewVersion;
  artifacts?: Artifacts;
}
/**
 * One program or data package of the release.
 *
 * 本次发布中的一个程序或数据包。
 */
export interface Artifact {
  name: Name;
  ref?: Reference;
  digest?: Digest;
}
/**
 * When the upgrade is carried out. A time without an offset is read in the policy time zone.
 *
 * 执行升级的时间段。不写时区偏移的时间按策略时区理解。
 */
export interface ProductionWindow {
  start: WindowStart;
  end: WindowEnd;
}
/**
 * One change that ships with the upgrade.
 *
 * 本次升级带来的一项变化。
 */
export interface Feature {
  id: FeatureId;
  title: Title;
  description?: Description;
}
/**
 * The production upgrade verification test cases run after the upgrade.
 *
 * 升级后执行的生产环境升级验证用例。
 */
export interface UpgradeVerification {
  cases: VerificationCases;
}
/**
 * One verification test case.
 *
 * 一个验证用例。
 */
export interface VerificationCase {
  id: CaseId;
  steps: Steps;
  expected: ExpectedResult;
}
/**
 * User verification passed before production (measures 3.1): who accepted, when, and the evidence file.
 *
 * 进入生产环境前用户验证已通过（《升级管理办法》3.1）：谁验证、何时验证、证明文件。
 */
export interface UserAcceptance {
  verified_by: VerifiedBy;
  date: AcceptanceDate;
  evidence: Evidence;
}
/**
 * The upgrade test in the gray (pre-production) environment, done before production, as a rule on Tuesday.
 *
 * 在灰度环境（准产品环境）中进行的升级测试，须在生产环境升级前完成，原则上在周二进行。
 */
export interface GrayEnvironmentTest {
  completed: CompletedAt;
  result: Result;
  report: TestReport;
}
/**
 * How data, programs and configuration scripts are backed up before execution (measures 3.5, 4.5).
 *
 * 执行前如何备份数据、程序和配置脚本（《升级管理办法》3.5、4.5）。
 */
export interface Backup {
  data?: DataBackup;
  programs?: ProgramBackup;
  config?: ConfigurationBackup;
}
/**
 * Backup of the system's data.
 *
 * 系统数据的备份。
 */
export interface DataBackup {
  method: Method;
  location: Location;
}
/**
 * Backup of the programs running now.
 *
 * 当前运行程序的备份。
 */
export interface ProgramBackup {
  method: Method;
  location: Location;
}
/**
 * Backup of configuration scripts.
 *
 * 配置脚本的备份。
 */
export interface ConfigurationBackup {
  method: Method;
  location: Location;
}
/**
 * How the system is restored to the backup when verification fails.
 *
 * 验证不通过时如何恢复至升级前的备份版本。
 */
export interface Rollback {
  plan: RollbackPlan;
}
/**
 * GitHub logins of the people who prepare, run and supervise the upgrade.
 *
 * 准备、执行和监督本次升级的人员的 GitHub 账号。
 */
export interface People {
  project_lead: ProjectLead;
  ops_lead: OperationsLead;
  executor: Executor;
  supervisor: Supervisor;
}
/**
 * The all-staff upgrade notice, sent at least half a day before the window.
 *
 * 全员升级通知，至少提前半天发出。
 */
export interface Notification {
  announced_at: AnnouncedAt;
  channels: Channels;
}
/**
 * Required exactly when type is emergency: why the upgrade cannot wait for the window, and the phone confirmation and e-mail registration with the General Manager's Office.
 *
 * type 为 emergency 时必填，且只在此时填写：为什么不能等到升级窗口，以及与总经理办公室的电话确认和邮件临时升级登记。
 */
export interface Emergency {
  reason: Reason;
  impact: Impact;
  justification: Justification;
  confirmation: Confirmation;
}
/**
 * The phone confirmation and the e-mail registration of the temporary upgrade with the General Manager's Office.
 *
 * 与总经理办公室的电话确认和邮件临时升级登记。
 */
export interface Confirmation {
  phone_confirmed_by?: ConfirmedByPhoneBy;
  confirmed_at?: ConfirmedAt;
  email_registration?: EMailRegistration;
}
