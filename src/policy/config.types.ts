/* Generated from schemas/config.schema.json by scripts/gen-types.mjs. Do not edit. */

/**
 * Glob (relative to the repository root) of the upgrade documents. Default: upgrades/** /*.{yaml,yml}.
 */
export type DocumentGlob = string;
/**
 * Canonical IANA time zone (Area/City) in which weekdays, windows and freezes are read. Default: Asia/Shanghai. Abbreviations and old aliases (CST, EST, IST, PRC, UTC+8, Asia/Chongqing) are refused with the name meant.
 */
export type PolicyTimeZone = string;
/**
 * Weekdays on which production upgrades may merge and run. Default: thursday.
 *
 * @minItems 1
 */
export type ProductionMergeDays = [Weekday, ...Weekday[]];
export type Weekday = 'monday' | 'tuesday' | 'wednesday' | 'thursday' | 'friday' | 'saturday' | 'sunday';
/**
 * Weekday on which the gray environment test is done as a rule. Default: tuesday.
 */
export type GrayTestDay = 'monday' | 'tuesday' | 'wednesday' | 'thursday' | 'friday' | 'saturday' | 'sunday';
/**
 * Hours between the all-staff notice and the window start, at least. Default: 12 (half a day).
 */
export type NoticeLeadTime = number;
/**
 * When true, a production upgrade may merge only between the document's window.start and window.end. Default: false.
 */
export type MergeOnlyInsideTheWindow = boolean;
/**
 * What the freeze is for.
 */
export type Name = string;
/**
 * First frozen day, e.g. 2026-10-01 (from 00:00 in the policy time zone), or the moment the freeze starts, e.g. 2026-09-30T18:00.
 */
export type FirstDay = string;
/**
 * Last frozen day (inclusive), e.g. 2026-10-07, or the moment the freeze ends, e.g. 2026-10-08T09:00.
 */
export type LastDay = string;
/**
 * Periods in which no regular production upgrade merges, e.g. national holidays: inclusive dates in the policy time zone, or exact times (RFC 3339, or local times in the policy zone).
 */
export type FreezePeriods = {
  name: Name;
  from: FirstDay;
  to: LastDay;
}[];
/**
 * Owners as written in CODEOWNERS (@user, @org/team) that stand for this role.
 *
 * @minItems 1
 */
export type CODEOWNERSOwners = [string, ...string[]];
/**
 * GitHub logins that hold this role. When listed, they are the role: no team lookup is made (use this when the token cannot read teams).
 *
 * Items: A GitHub login (letters, digits and dashes, up to 39 characters; the @ is optional), not a display name or e-mail
 */
export type ExplicitMembers = string[];
/**
 * Globs of paths whose change after an approval does not make it stale. Default: none: any change to the pull request's files (documents, manifests such as deploy/** /values.yaml, anything) voids the approvals of earlier commits.
 */
export type ChangesThatLeaveApprovalsStanding = string[];
/**
 * When true, one approval may satisfy several roles. Default: false (the seed needs two signatures).
 */
export type OnePersonMaySignForSeveralRoles = boolean;
/**
 * PR label that asks for the emergency bypass of the day rule. Default: emergency.
 */
export type Label = string;
/**
 * Emergency upgrades allowed per calendar month (policy time zone). Default: 2.
 */
export type MonthlyBudget = number;
/**
 * error or warning when the budget is exceeded. Default: error.
 */
export type BudgetSeverity = 'error' | 'warning';
/**
 * Characters the justification needs at least (a CJK character counts as two). Default: 30.
 */
export type MinimumJustificationLength = number;
/**
 * Folder of the archive records. Default: archive.
 */
export type Folder = string;
/**
 * Branch the records are committed to. Default: the PR's base branch.
 */
export type Branch = string;
/**
 * Hours after the merge after which scheduled runs and report list an upgrade without an outcome as pending. Default: 24.
 */
export type PendingAfterHours = number;
/**
 * Days after the window's end after which a missing outcome is an audit finding in report. Default: 7.
 */
export type AuditFindingAfterDays = number;
/**
 * Context name of the commit status that branch protection requires. Default: upgrade-gate.
 */
export type StatusContext = string;
/**
 * Language of every message upgrade-gate writes: findings, status, comment, job summary and log. en or zh-CN. The Action input language and the CLI option --lang override it. Default: en.
 */
export type LanguageOfMessages = 'en' | 'zh-CN';

/**
 * The policy that upgrade-gate enforces, read from .github/upgrade-gate.yml on the base branch. Every key has a default except roles.
 */
export interface UpgradeGatePolicyConfiguration {
  documents?: DocumentGlob;
  'time-zone'?: PolicyTimeZone;
  'merge-days'?: ProductionMergeDays;
  'gray-test-day'?: GrayTestDay;
  'notice-hours'?: NoticeLeadTime;
  'merge-window'?: MergeOnlyInsideTheWindow;
  freezes?: FreezePeriods;
  roles?: ApprovalRoles;
  'stale-exempt'?: ChangesThatLeaveApprovalsStanding;
  'allow-same-approver-for-roles'?: OnePersonMaySignForSeveralRoles;
  emergency?: EmergencyUpgrades;
  archive?: Archive;
  outcome?: UpgradeOutcomes;
  'status-context'?: StatusContext;
  language?: LanguageOfMessages;
  rules?: RuleSeverities;
}
/**
 * The roles whose approval a production upgrade needs (seed 4.3): center-lead and general-office. Each maps to CODEOWNERS owners and, optionally, explicit member logins.
 */
export interface ApprovalRoles {
  'center-lead': RDCenterLead;
  'general-office': GeneralManagerSOffice;
}
export interface RDCenterLead {
  title?: Title;
  owners: CODEOWNERSOwners;
  members?: ExplicitMembers;
}
/**
 * The role's name in English and Chinese, shown on the approval form.
 */
export interface Title {
  /**
   * The role's name in English.
   */
  en?: string;
  /**
   * The role's name in Chinese.
   */
  zh?: string;
}
export interface GeneralManagerSOffice {
  title?: Title;
  owners: CODEOWNERSOwners;
  members?: ExplicitMembers;
}
/**
 * The label that marks an emergency upgrade PR and how many emergencies a calendar month may have.
 */
export interface EmergencyUpgrades {
  label?: Label;
  'monthly-budget'?: MonthlyBudget;
  'budget-severity'?: BudgetSeverity;
  'min-justification-length'?: MinimumJustificationLength;
}
/**
 * Where merged upgrades are recorded for audit.
 */
export interface Archive {
  folder?: Folder;
  branch?: Branch;
}
/**
 * When a merged upgrade without a recorded outcome (/upgrade-result on the PR, measures 4.6) is reported as pending, and when it becomes an audit finding.
 */
export interface UpgradeOutcomes {
  'pending-hours'?: PendingAfterHours;
  'overdue-days'?: AuditFindingAfterDays;
}
/**
 * Override the severity of a rule by its id: error, warning, notice or off.
 */
export interface RuleSeverities {
  [k: string]: 'error' | 'warning' | 'notice' | 'off';
}
