import schema from '../../schemas/upgrade.schema.json' with { type: 'json' };
import type { Finding } from '../messages/finding.js';
import { schemaFindings } from './schema-findings.js';
import { schemaErrors } from './schema-validator.js';
import { decodeSource } from './source-text.js';
import type { UpgradeDocumentUpgradeGateV1 } from './upgrade.types.js';
import { parseYamlSource, type YamlSource } from './yaml-source.js';

/** The upgrade document as its schema types it. */
export type UpgradeDocument = UpgradeDocumentUpgradeGateV1;

/** A document read from one file: its data when the schema accepts it, and every finding so far. */
export interface LoadedDocument {
  file: string;
  source: YamlSource;
  /** Present only when the YAML parsed and the schema accepted it, so rules can trust its shape. */
  doc?: UpgradeDocument;
  findings: Finding[];
}

/** Reads an upgrade document from bytes or text: decoding, YAML, safety limits and the JSON Schema. */
export function loadUpgradeDocument(input: Uint8Array | string, file: string): LoadedDocument {
  const decoded = typeof input === 'string' ? { text: input } : decodeSource(input, file);
  if (decoded.text === undefined) {
    return { file, source: emptySource(), findings: [decoded.finding!] };
  }
  const source = parseYamlSource(decoded.text, file);
  const findings = [...source.findings];
  if (findings.some((f) => f.severity === 'error')) return { file, source, findings };
  if (source.value === null || source.value === undefined) {
    findings.push({ rule: 'schema', severity: 'error', file, line: 1, column: 1, message: 'the document is empty: start from examples/upgrades/ or the schema in schemas/upgrade.schema.json' });
    return { file, source, findings };
  }
  const errors = schemaErrors(schema, source.value);
  findings.push(...schemaFindings(errors, source, file));
  return { file, source, findings, doc: errors.length === 0 ? (source.value as UpgradeDocument) : undefined };
}

function emptySource(): YamlSource {
  return { value: undefined, findings: [], locate: () => ({ line: 1, column: 1 }), locateKey: () => ({ line: 1, column: 1 }) };
}
