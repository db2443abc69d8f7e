import {
  loadUpgradeDocument,
  readableParts,
  tooLargeDocument,
  type LoadedDocument,
} from '../document/load-document.js';
import { messages, type Language } from '../messages/index.js';
import type { LoadedConfig } from './config.js';
import { loadPolicyConfig } from './load-policy.js';
import { configuredTeams, ownerKey } from './login.js';
import { touchedPolicyFiles } from './policy-change.js';
import { evidencePaths } from './rules/evidence.exists.js';
import type { PullRequestSnapshot } from './snapshot.js';

/** The parts of a snapshot that decide what else must be fetched: known before the approvals, membership and archive are read. */
export type PrepareInput = Pick<PullRequestSnapshot, 'config' | 'language' | 'documents' | 'labels' | 'changedFiles'>;

/** What the shell must fetch for this policy and these documents, beyond what it already has. */
export interface FactsToFetch {
  /** Evidence paths the documents reference (a rejected document's readable parts too): does each exist at the head? */
  evidence: string[];
  /** Whether the emergency facts matter: the month's emergencies and who applied the label. */
  emergency: boolean;
  /** Role teams the configuration does not list: their members are read through the API. */
  teams: string[];
  /** Of those, the teams of the roles that may apply the emergency label (emergency.applied-by). */
  applierTeams: string[];
  /** Policy files the PR changes: the policy owner's approval needs the reviews even without a document. */
  policyFiles: string[];
}

/** The policy configuration and the documents, each parsed once, and the facts they call for. */
export interface Prepared {
  /** The language override it was prepared under (the Action input or --lang); evaluate re-prepares for another. */
  language: Language | undefined;
  config: LoadedConfig;
  /** One per snapshot document, in order, read by the CLI's loader in the policy's language. */
  documents: LoadedDocument[];
  facts: FactsToFetch;
}

/**
 * Parses the configuration and the documents once and says which facts to fetch: collect and
 * simulate ask it what to read, and evaluate judges with the same parse. Pure.
 */
export function prepare(
  input: PrepareInput,
  config: LoadedConfig = loadPolicyConfig(input.config.text, input.config.path, input.language),
): Prepared {
  const policy = config.config;
  const t = messages(policy.language);
  const documents = input.documents.map((d) =>
    d.size !== undefined ? tooLargeDocument(d.size, d.path, t) : loadUpgradeDocument(d.bytes ?? d.text, d.path, t),
  );
  const listed = configuredTeams(policy);
  const unlisted = (roles: Array<{ owners: string[] }>) =>
    [...new Set(roles.flatMap((r) => r.owners.map(ownerKey)))].filter((o) => o.includes('/') && !listed.has(o));
  const roles = policy.roles ?? {};
  return {
    language: input.language,
    config,
    documents,
    facts: {
      evidence: [...new Set(documents.flatMap((l) => evidencePaths(readableParts(l) ?? {})))],
      emergency:
        input.labels.some((l) => l.name === policy.emergency.label) ||
        documents.some((l) => l.doc?.type === 'emergency'),
      teams: unlisted(Object.values(roles)),
      applierTeams: unlisted(policy.emergency['applied-by'].flatMap((id) => roles[id] ?? [])),
      policyFiles:
        input.config.text === undefined ? [] : touchedPolicyFiles(input.changedFiles, policy, input.config.path),
    },
  };
}
