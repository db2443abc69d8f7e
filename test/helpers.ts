import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadUpgradeDocument } from '../src/document/load-document.js';
import { defaultConfig, type PolicyConfig } from '../src/policy/config.js';
import { checkDocument } from '../src/policy/document-rules.js';
import { projectRoot } from './emulator/root.js';
import type { Finding } from '../src/messages/finding.js';

/** The repository root of this project. */
export const ROOT = projectRoot();

/** The regular example upgrade, as text, for tests to alter one field at a time. */
export const REGULAR = readFileSync(join(ROOT, 'examples/upgrades/2026-12-03-billing-2.4.0.yaml'), 'utf8');
/** The emergency example upgrade. */
export const EMERGENCY = readFileSync(join(ROOT, 'examples/upgrades/2026-11-25-orders-3.1.1-emergency.yaml'), 'utf8');

/** Replaces exact text and fails loudly when it is not there, so a test never silently checks the original. */
export function edit(text: string, from: string, to: string): string {
  if (!text.includes(from)) throw new Error(`test fixture does not contain ${JSON.stringify(from)}`);
  return text.replace(from, to);
}

/** Checks a document text with every document rule; all evidence exists unless `missing` names it. */
export function check(text: string, config: Partial<PolicyConfig> = {}, missing: string[] = []): Finding[] {
  const loaded = loadUpgradeDocument(text, 'upgrades/doc.yaml');
  return checkDocument(loaded, { ...defaultConfig(), ...config }, (p) => !missing.includes(p));
}
