import type { Codeowners } from '../codeowners/owners.js';
import type { LoadedDocument, UpgradeDocument } from '../document/load-document.js';
import type { DocPath, YamlSource } from '../document/yaml-source.js';
import type { Severity } from '../messages/finding.js';
import type { Catalog } from '../messages/index.js';
import type { ApprovalAnalysis } from './approvals.js';
import type { PolicyChange } from './policy-change.js';
import type { PolicyConfig, RolesConfig } from './config.js';
import type { EmergencyRecord, PullRequestSnapshot, SnapshotLabel } from './snapshot.js';
import type { DayState } from '../time/policy-calendar.js';
import type { Verdict } from './verdict.js';

/**
 * When a rule runs: on each document alone, on the pull request (after the document rules), on the
 * merge (after the emergency rules decided whether the bypass holds), or on the archived merge.
 */
export type RuleScope = 'document' | 'pull-request' | 'merge' | 'archive';

/** What the registry knows about a rule id. */
export interface RuleInfo {
  /** The rule id; a family of ids writes its variable part in angle brackets (approval.<role>). */
  id: string;
  scope: RuleScope;
  /** The severity a finding has unless the rule or the configuration says otherwise. */
  severity: Severity;
  /** Whether `rules:` in the configuration may change its severity or switch it off. */
  softenable: boolean;
  /** Whether it is part of the emergency process: an error in it withdraws the emergency bypass. */
  emergency: boolean;
  /** The clause of the measures it enforces, when there is one. */
  clause: string | null;
}

/** What a document rule may look at: one schema-valid document, the policy, and which files exist. */
export interface DocumentContext {
  doc: UpgradeDocument;
  source: YamlSource;
  file: string;
  config: PolicyConfig;
  /** The message catalog in the policy's language. */
  t: Catalog;
  /** Whether a path relative to the repository root exists (at the PR head, or on disk for the CLI). */
  exists(repoPath: string): boolean;
  /** Approval form NO. → file, for the documents checked before this one in the same run (the PR's, or the CLI's arguments); the first file that used a NO. */
  earlier: ReadonlyMap<string, string>;
  /** The merge instant when the document is judged on a pull request (now, or when it merged); absent for validate. */
  mergeAt?: Date;
}

/** What a pull-request rule may look at: the snapshot and what was derived from it once. */
export interface PullRequestContext {
  snapshot: PullRequestSnapshot;
  config: PolicyConfig;
  /** The message catalog in the policy's language. */
  t: Catalog;
  roles: RolesConfig | undefined;
  codeowners: Codeowners | undefined;
  /** Every document of the PR as read, and the schema-valid ones. */
  loaded: LoadedDocument[];
  docs: LoadedDocument[];
  production: LoadedDocument[];
  emergencyDocs: string[];
  regularDocs: string[];
  /** The emergency label on the PR, when present. */
  label: SnapshotLabel | undefined;
  /** The policy month of `now` and the emergencies merged earlier in it. */
  month: string;
  earlierEmergencies: EmergencyRecord[];
  /** The approvals as they stand, when roles are configured and there is a document to approve. */
  approvals: ApprovalAnalysis | undefined;
  /** The PR's change to the policy files and the policy owner's approval, when it changes any. */
  policyChange: PolicyChange | undefined;
}

/** What a merge rule may look at: the pull request, the calendar state now, and whether the emergency bypass holds. */
export interface MergeContext extends PullRequestContext {
  state: DayState;
  nextFlipText: string | undefined;
  emergencyGranted: boolean;
}

/** What an archive rule may look at: the merge-time verdict and what the shell saw on the merged head. */
export interface ArchiveContext {
  outcome: Verdict['outcome'];
  /** The message catalog in the verdict's language. */
  t: Catalog;
  /** Set when the upgrade-gate status at the merged head said success although the merge-time evaluation did not pass. */
  forgedStatus?: { state: string; creator?: string };
}

/** One breach a rule reports: where, and the sentence from the catalog. */
export interface RuleHit {
  message: string;
  /** The concrete id, for a rule that is a family of ids (approval.<role>). */
  rule?: string;
  /** The file, when not the document under check; with `path`, a position inside that document. */
  file?: string;
  line?: number;
  column?: number;
  /** A path inside the document (document rules, or `file` when it names one of the PR's documents). */
  path?: DocPath;
  /** Place the finding on the key rather than its value (for fields that are missing or misnamed). */
  atKey?: boolean;
  /** A softer severity for this hit than the rule's own; an explicit setting under `rules:` still wins. */
  severity?: Severity;
}

/** A rule of one scope: its registry facts and its check. */
export interface Rule<C> extends RuleInfo {
  check(ctx: C): RuleHit[];
}

/** A rule over a single document, found by its id under src/policy/rules/. */
export type DocumentRule = Rule<DocumentContext> & { scope: 'document' };
/** A rule over the pull request as a whole. */
export type PullRequestRule = Rule<PullRequestContext> & { scope: 'pull-request' };
/** A rule over the moment of the merge. */
export type MergeRule = Rule<MergeContext> & { scope: 'merge' };
/** A rule over the archived merge. */
export type ArchiveRule = Rule<ArchiveContext> & { scope: 'archive' };
/** Any rule module. */
export type AnyRule = DocumentRule | PullRequestRule | MergeRule | ArchiveRule;
