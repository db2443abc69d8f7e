import { didYouMean } from '../../document/schema-findings.js';
import type { AnyRule, ArchiveRule, DocumentRule, MergeRule, PullRequestRule, RuleInfo } from '../rule.js';
import { acceptanceRequired } from './acceptance.required.js';
import { approvalDistinct } from './approval.distinct.js';
import { archiveProtected } from './archive.protected.js';
import { approvalRole } from './approval.role.js';
import { approvalSelf } from './approval.self.js';
import { approvalStale } from './approval.stale.js';
import { backupConfig } from './backup.config.js';
import { backupData } from './backup.data.js';
import { backupPrograms } from './backup.programs.js';
import { backupRollback } from './backup.rollback.js';
import { codeownersCoverage } from './codeowners.coverage.js';
import { codeownersSyntax } from './codeowners.syntax.js';
import { documentArchived } from './document.archived.js';
import { documentUniqueId } from './document.unique-id.js';
import { documentUnreadable } from './document.unreadable.js';
import { emergencyApplier } from './emergency.applier.js';
import { emergencyBudget } from './emergency.budget.js';
import { emergencyConfirmation } from './emergency.confirmation.js';
import { emergencyJustification } from './emergency.justification.js';
import { emergencyLabel } from './emergency.label.js';
import { emergencyReason } from './emergency.reason.js';
import { emergencySection } from './emergency.section.js';
import { evidenceExists } from './evidence.exists.js';
import { grayTestBeforeWindow } from './gray-test.before-window.js';
import { grayTestWeekday } from './gray-test.weekday.js';
import { mergeWeekday } from './merge.weekday.js';
import { mergeWindow } from './merge.window.js';
import { noticeLeadTime } from './notice.lead-time.js';
import { peopleTwoPerson } from './people.two-person.js';
import { policyApproval } from './policy.approval.js';
import { pullRequestFiles } from './pull-request.files.js';
import { releaseForward } from './release.forward.js';
import { statusForged } from './status.forged.js';
import { timeLocal } from './time.local.js';
import { windowFreeze } from './window.freeze.js';
import { windowLength } from './window.length.js';
import { windowOrder } from './window.order.js';
import { windowWeekday } from './window.weekday.js';

/** Every rule module, one per rule id (src/policy/rules/<id>.ts); evaluate runs them by scope. */
export const RULES: readonly AnyRule[] = [
  timeLocal,
  windowOrder,
  windowLength,
  windowWeekday,
  grayTestBeforeWindow,
  grayTestWeekday,
  noticeLeadTime,
  acceptanceRequired,
  backupData,
  backupPrograms,
  backupConfig,
  backupRollback,
  emergencySection,
  emergencyReason,
  emergencyJustification,
  emergencyConfirmation,
  evidenceExists,
  peopleTwoPerson,
  releaseForward,
  documentUniqueId,
  codeownersSyntax,
  pullRequestFiles,
  documentUnreadable,
  archiveProtected,
  documentArchived,
  policyApproval,
  emergencyLabel,
  emergencyApplier,
  emergencyBudget,
  codeownersCoverage,
  approvalSelf,
  approvalStale,
  approvalDistinct,
  approvalRole,
  mergeWeekday,
  windowFreeze,
  mergeWindow,
  statusForged,
];

const fixed = (id: string, scope: RuleInfo['scope'], clause: string | null): RuleInfo => ({
  id,
  scope,
  severity: 'error',
  softenable: false,
  emergency: false,
  clause,
});

/**
 * Ids that the readers emit rather than a rule module: a document or a configuration that cannot be
 * read is never waved through, so configuration cannot soften them.
 */
export const READER_CHECKS: readonly RuleInfo[] = [
  fixed('schema', 'document', '3.4'),
  ...[
    'yaml.syntax',
    'yaml.duplicate-key',
    'yaml.forbidden-key',
    'yaml.too-large',
    'yaml.too-deep',
    'yaml.alias-limit',
    'yaml.encoding',
    'yaml.full-width',
  ].map((id) => fixed(id, 'document', null)),
  fixed('config', 'pull-request', null),
  // The /upgrade-result command's reader (archive/outcome-command.ts).
  ...['outcome.command', 'outcome.schema', 'outcome.document', 'outcome.verification', 'outcome.time'].map((id) =>
    fixed(id, 'archive', '4.6'),
  ),
];

/** The registry: every rule id the product can emit, with its scope, severity, softening, emergency membership and clause. */
export const REGISTRY: readonly RuleInfo[] = [...RULES, ...READER_CHECKS];

/** The rule modules of one scope, in registry order. */
export const documentRules = RULES.filter((r): r is DocumentRule => r.scope === 'document');
/** Rules over the pull request as a whole. */
export const pullRequestRules = RULES.filter((r): r is PullRequestRule => r.scope === 'pull-request');
/** Rules over the moment of the merge. */
export const mergeRules = RULES.filter((r): r is MergeRule => r.scope === 'merge');
/** Rules over the archived merge. */
export const archiveRules = RULES.filter((r): r is ArchiveRule => r.scope === 'archive');

const pattern = (id: string) => new RegExp(`^${id.replace(/[.]/g, '\\.').replace(/<[a-z]+>/g, '[a-z0-9][a-z0-9-]*')}$`);
const matchers = REGISTRY.map((info) => ({ info, re: pattern(info.id) }));

const infoById = new Map<string, RuleInfo | undefined>();

/** The registry entry of a concrete rule id (approval.center-lead finds approval.<role>). */
export function ruleInfo(id: string): RuleInfo | undefined {
  // Asked for every finding of every document: each id is matched against the patterns once.
  if (!infoById.has(id)) infoById.set(id, matchers.find((m) => m.re.test(id))?.info);
  return infoById.get(id);
}

/** Whether a finding's rule belongs to the emergency process. */
export function isEmergencyRule(id: string): boolean {
  return ruleInfo(id)?.emergency === true;
}

/** Whether the configuration may change a rule's severity; ids the registry does not know are never softened. */
export function isSoftenable(id: string): boolean {
  return ruleInfo(id)?.softenable === true;
}

/**
 * The concrete rule ids a configuration may name under `rules:`: every id, with each family expanded
 * over the given values (approval.<role> over the configured roles).
 */
export function configurableRuleIds(roles: readonly string[]): string[] {
  return REGISTRY.flatMap((r) =>
    r.id.includes('<role>') ? roles.map((role) => r.id.replace('<role>', role)) : [r.id],
  );
}

/** The closest rule id to a misspelt one, for "did you mean". */
export function suggestRuleId(id: string, known: string[]): string | undefined {
  return didYouMean(id, known);
}
