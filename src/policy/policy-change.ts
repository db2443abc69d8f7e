import picomatch from 'picomatch';
import { CODEOWNERS_LOCATIONS } from '../codeowners/owners.js';
import type { Catalog } from '../messages/index.js';
import { analyzeApprovals } from './approvals.js';
import type { PolicyConfig, RolesConfig } from './config.js';
import type { PullRequestSnapshot } from './snapshot.js';
import type { RoleState } from './verdict.js';

/** Paths that are policy whatever the configuration says: the gate's own inputs and the workflows that run it. */
const BUILT_IN = [...CODEOWNERS_LOCATIONS, '.github/workflows/**'];

/** Whether a path is a policy file: the configuration itself, CODEOWNERS, a workflow, or a path under `policy-files`. */
export function policyFileMatcher(
  config: Pick<PolicyConfig, 'policy-files'>,
  configPath: string,
): (path: string) => boolean {
  // dot: a workflow or configuration lives under .github/, and a dot-file is as much policy as any other.
  return picomatch([configPath, ...BUILT_IN, ...config['policy-files']], { dot: true });
}

/** The policy files a PR adds, edits, renames or removes (both names of a rename), in order and once each. */
export function touchedPolicyFiles(
  changedFiles: string[],
  config: Pick<PolicyConfig, 'policy-files'>,
  configPath: string,
): string[] {
  const isPolicy = policyFileMatcher(config, configPath);
  return [...new Set(changedFiles.filter(isPolicy))].sort();
}

/** A PR's change to the policy files and where the policy owner's approval stands. */
export interface PolicyChange {
  files: string[];
  /** The role id the configuration names as the owner of the policy. */
  owner: string;
  /** The owner role's signature as it stands; undefined when no role of that id is configured. */
  state: RoleState | undefined;
}

/** What the policy-change analysis reads besides the snapshot. */
export interface PolicyChangeInput {
  snapshot: PullRequestSnapshot;
  /** The policy files the PR changes, as prepare found them (none when the base branch has no policy). */
  files: string[];
  config: PolicyConfig;
  roles: RolesConfig | undefined;
  isMember: (entry: string, login: string) => boolean;
  t: Catalog;
}

/**
 * The policy change of a PR, or undefined when it changes no policy file (prepare lists none when the
 * base branch has no configuration yet: there is no policy to protect, the PR that adds it is the setup).
 * The owner's approval counts exactly as an upgrade approval does (not the author nor a committer,
 * on the exact change, before the merge), through any owner entry of the role.
 */
export function policyChange({
  snapshot,
  files,
  config,
  roles,
  isMember,
  t,
}: PolicyChangeInput): PolicyChange | undefined {
  if (files.length === 0) return undefined;
  const owner = config['policy-owner'];
  const role = roles?.[owner];
  if (!role) return { files, owner, state: undefined };
  const analysis = analyzeApprovals({
    reviews: snapshot.reviews,
    author: snapshot.pullRequest.author,
    headSha: snapshot.pullRequest.headSha,
    changes: snapshot.changes,
    // Nothing is exempt: an approval of a policy change covers every file of the PR as it then stood.
    exempt: () => false,
    contributors: snapshot.contributors,
    mergedAt: snapshot.pullRequest.mergedAt,
    baseChangedAt: snapshot.baseChangedAt,
    documents: files.slice(0, 1),
    roles: { [owner]: role } as RolesConfig,
    ownersOf: () => role.owners,
    isMember,
    allowSameApprover: true,
    t,
  });
  const state = analysis.roles[0];
  return { files, owner, state: state ? { ...state, document: undefined } : undefined };
}
