/* Generated from schemas/upgrade.schema.json by scripts/gen-types.mjs. Do not edit. */

/**
 * The document format version. Always upgrade-gate/v1.
 */
export type FormatVersion = 'upgrade-gate/v1';
/**
 * The kind of document. Always Upgrade.
 */
export type Kind = 'Upgrade';
/**
 * The number of the Production Environment Upgrade Approval Form (Attachment 1). Unique across all upgrades.
 */
export type ApprovalFormNO = string;
/**
 * The information system being upgraded, as a short name (letters, digits, dashes).
 */
export type System = string;
/**
 * Where this upgrade runs: production, or the gray (pre-production) environment.
 */
export type Environment = 'production' | 'gray';
/**
 * regular (scheduled for the production window) or emergency (only for a wide system failure or a wide business stoppage).
 */
export type UpgradeType = 'regular' | 'emergency';
/**
 * The version in production before the upgrade. Quote it so YAML keeps it a string.
 */
export type CurrentVersion = string;
/**
 * The version the upgrade installs; newer than release.from. Quote it so YAML keeps it a string.
 */
export type NewVersion = string;
/**
 * What the artifact is called.
 */
export type Name = string;
/**
 * Image reference, package coordinate or path in the repository.
 */
export type Reference = string;
/**
 * Content digest that pins the artifact.
 */
export type Digest = string;
/**
 * The programs and data that ship: images, packages, migration scripts.
 */
export type Artifacts = Artifact[];
/**
 * When the upgrade starts, e.g. 2026-11-26T20:00 (policy time zone) or 2026-11-26T20:00+08:00.
 */
export type WindowStart = string;
/**
 * When the upgrade must be finished, after window.start.
 */
export type WindowEnd = string;
/**
 * The Production Environment Upgrade Feature List: what changes for users.
 *
 * @minItems 1
 */
export type FeatureListAttachment2 = [Feature, ...Feature[]];
/**
 * Ticket or feature number.
 */
export type FeatureId = string;
/**
 * One line that names the change.
 */
export type Title = string;
/**
 * What users will notice.
 */
export type Description = string;
/**
 * Each case: what to do and what must happen.
 *
 * @minItems 1
 */
export type VerificationCases = [VerificationCase, ...VerificationCase[]];
/**
 * Number of the case.
 */
export type CaseId = string;
/**
 * What the verifier does, as text or as a list of steps.
 */
export type Steps = string | [string, ...string[]];
/**
 * What must happen for the case to pass.
 */
export type ExpectedResult = string;
/**
 * The user or stakeholder who accepted the release.
 */
export type VerifiedBy = string;
/**
 * The day the user accepted the release, e.g. 2026-11-23.
 */
export type AcceptanceDate = string;
/**
 * Path of the signed acceptance record in the repository, relative to its root.
 */
export type Evidence = string;
/**
 * When the gray test finished, e.g. 2026-11-24T16:00.
 */
export type CompletedAt = string;
/**
 * passed or failed.
 */
export type Result = 'passed' | 'failed';
/**
 * Path of the gray test report in the repository.
 */
export type TestReport = string;
/**
 * How the backup is made.
 */
export type Method = string;
/**
 * Where the backup is kept.
 */
export type Location = string;
/**
 * The steps that restore the previous version.
 */
export type RollbackPlan = string;
/**
 * Prepares the upgrade materials.
 */
export type ProjectLead = string;
/**
 * The system's operations lead who receives the approved upgrade.
 */
export type OperationsLead = string;
/**
 * Carries out the upgrade.
 */
export type Executor = string;
/**
 * Watches the execution; another person than the executor.
 */
export type Supervisor = string;
/**
 * When the notice went out, e.g. 2026-11-25T09:00.
 */
export type AnnouncedAt = string;
/**
 * Where the notice went: qq-group, wechat, email.
 *
 * @minItems 1
 */
export type Channels = ['qq-group' | 'wechat' | 'email', ...('qq-group' | 'wechat' | 'email')[]];
/**
 * system-failure (a fault stops use of the system, wide impact) or business-stoppage (the system can no longer support the business, wide stoppage).
 */
export type Reason = string;
/**
 * Who and what is affected, and how widely.
 */
export type Impact = string;
/**
 * Why this cannot wait for the next production window, written out.
 */
export type Justification = string;
/**
 * Who confirmed the emergency upgrade by phone.
 */
export type ConfirmedByPhoneBy = string;
/**
 * When the phone confirmation happened.
 */
export type ConfirmedAt = string;
/**
 * Reference of the registration e-mail to the General Manager's Office.
 */
export type EMailRegistration = string;

/**
 * One production or gray upgrade of one system, as the upgrade management measures require it: what ships, when, who approves, how it was verified, backed up and announced.
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
 */
export interface Release {
  from: CurrentVersion;
  to: NewVersion;
  artifacts?: Artifacts;
}
/**
 * One program or data package of the release.
 */
export interface Artifact {
  name: Name;
  ref?: Reference;
  digest?: Digest;
}
/**
 * When the upgrade is carried out. A time without an offset is read in the policy time zone.
 */
export interface ProductionWindow {
  start: WindowStart;
  end: WindowEnd;
}
/**
 * One change that ships with the upgrade.
 */
export interface Feature {
  id: FeatureId;
  title: Title;
  description?: Description;
}
/**
 * The production upgrade verification test cases run after the upgrade.
 */
export interface UpgradeVerification {
  cases: VerificationCases;
}
/**
 * One verification test case.
 */
export interface VerificationCase {
  id: CaseId;
  steps: Steps;
  expected: ExpectedResult;
}
/**
 * User verification passed before production (seed 3.1): who accepted, when, and the evidence file.
 */
export interface UserAcceptance {
  verified_by: VerifiedBy;
  date: AcceptanceDate;
  evidence: Evidence;
}
/**
 * The upgrade test in the gray (pre-production) environment, done before production, as a rule on Tuesday.
 */
export interface GrayEnvironmentTest {
  completed: CompletedAt;
  result: Result;
  report: TestReport;
}
/**
 * How data, programs and configuration scripts are backed up before execution (seed 3.5, 4.5).
 */
export interface Backup {
  data?: DataBackup;
  programs?: ProgramBackup;
  config?: ConfigurationBackup;
}
/**
 * Backup of the system's data.
 */
export interface DataBackup {
  method: Method;
  location: Location;
}
/**
 * Backup of the programs running now.
 */
export interface ProgramBackup {
  method: Method;
  location: Location;
}
/**
 * Backup of configuration scripts.
 */
export interface ConfigurationBackup {
  method: Method;
  location: Location;
}
/**
 * How the system is restored to the backup when verification fails.
 */
export interface Rollback {
  plan: RollbackPlan;
}
/**
 * GitHub logins of the people who prepare, run and supervise the upgrade.
 */
export interface People {
  project_lead: ProjectLead;
  ops_lead: OperationsLead;
  executor: Executor;
  supervisor: Supervisor;
}
/**
 * The all-staff upgrade notice, sent at least half a day before the window.
 */
export interface Notification {
  announced_at: AnnouncedAt;
  channels: Channels;
}
/**
 * Required exactly when type is emergency: why the upgrade cannot wait for the window, and the phone confirmation and e-mail registration with the General Manager's Office.
 */
export interface Emergency {
  reason: Reason;
  impact: Impact;
  justification: Justification;
  confirmation: Confirmation;
}
/**
 * The phone confirmation and the e-mail registration of the temporary upgrade with the General Manager's Office.
 */
export interface Confirmation {
  phone_confirmed_by?: ConfirmedByPhoneBy;
  confirmed_at?: ConfirmedAt;
  email_registration?: EMailRegistration;
}
