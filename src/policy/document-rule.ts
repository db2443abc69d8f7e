import type { UpgradeDocument } from '../document/load-document.js';
import type { DocPath, YamlSource } from '../document/yaml-source.js';
import type { Catalog } from '../messages/index.js';
import type { PolicyConfig } from './config.js';
import type { Severity } from '../messages/finding.js';

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
}

/** One breach a rule reports: where, and the sentence from the catalog. */
export interface RuleHit {
  path: DocPath;
  message: string;
  /** Place the finding on the key rather than its value (for fields that are missing or misnamed). */
  atKey?: boolean;
  /** A softer severity for this hit than the rule's own; an explicit setting under `rules:` still wins. */
  severity?: Severity;
}

/** A rule over a single document, found by its id under src/policy/rules/. */
export interface DocumentRule {
  id: string;
  severity: Severity;
  check(ctx: DocumentContext): RuleHit[];
}
