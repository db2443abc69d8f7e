import schema from '../../schemas/upgrade.schema.json' with { type: 'json' };
import type { Finding } from '../messages/finding.js';
import { messages, type Catalog } from '../messages/index.js';
import { schemaFindings } from './schema-findings.js';
import { schemaErrors } from './schema-validator.js';
import { decodeSource, tooLargeFinding } from './source-text.js';
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
  /**
   * When the schema rejected a document that is still a mapping: its top-level sections without
   * schema errors (`value`), and the names of the sections with errors (`broken`), so rules can still
   * run on every part that parsed.
   */
  partial?: { value: Partial<UpgradeDocument>; broken: ReadonlySet<string> };
  findings: Finding[];
}

/** The top-level sections a schema error is about (a missing or misnamed section counts as its own name). */
function brokenSections(errors: ReturnType<typeof schemaErrors>): Set<string> | undefined {
  const broken = new Set<string>();
  for (const e of errors) {
    const seg = e.instancePath.split('/')[1];
    if (seg !== undefined) broken.add(seg.replace(/~1/g, '/').replace(/~0/g, '~'));
    else if (e.keyword === 'required') broken.add((e.params as { missingProperty: string }).missingProperty);
    else if (e.keyword === 'additionalProperties')
      broken.add((e.params as { additionalProperty: string }).additionalProperty);
    // The document as a whole is not a mapping: nothing to salvage.
    else if (e.keyword === 'type') return undefined;
  }
  return broken;
}

/** The document as far as rules may read it: the whole of a valid one, or the sections of a rejected one that have no schema error. */
export function readableParts(loaded: LoadedDocument): Partial<UpgradeDocument> | undefined {
  return loaded.doc ?? loaded.partial?.value;
}

/** Reads an upgrade document from bytes or text: decoding, YAML, safety limits and the JSON Schema. */
export function loadUpgradeDocument(input: Uint8Array | string, file: string, t?: Catalog): LoadedDocument {
  const decoded = typeof input === 'string' ? { text: input } : decodeSource(input, file, t, { refuseNul: false });
  if (decoded.text === undefined) {
    return { file, source: emptySource(), findings: [decoded.finding!] };
  }
  const source = parseYamlSource(decoded.text, file, t);
  const findings = [...source.findings];
  if (findings.some((f) => f.severity === 'error')) return { file, source, findings };
  if (source.value === null || source.value === undefined) {
    findings.push({
      rule: 'schema',
      severity: 'error',
      file,
      line: 1,
      column: 1,
      message: (t ?? messages())['document.empty'](),
    });
    return { file, source, findings };
  }
  const errors = schemaErrors(schema, source.value);
  findings.push(...schemaFindings(errors, source, file, 'schema', 'document', t));
  if (errors.length === 0) return { file, source, findings, doc: source.value as UpgradeDocument };
  const broken = brokenSections(errors);
  if (!broken || typeof source.value !== 'object' || Array.isArray(source.value)) return { file, source, findings };
  const value = Object.fromEntries(
    Object.entries(source.value as Record<string, unknown>).filter(([k]) => !broken.has(k)),
  ) as Partial<UpgradeDocument>;
  return { file, source, findings, partial: { value, broken } };
}

/** A document known only by its size, over the limit: the same finding as from its bytes, without reading them. */
export function tooLargeDocument(size: number, file: string, t?: Catalog): LoadedDocument {
  return { file, source: emptySource(), findings: [tooLargeFinding(size, file, t)] };
}

function emptySource(): YamlSource {
  return {
    value: undefined,
    findings: [],
    locate: () => ({ line: 1, column: 1 }),
    locateKey: () => ({ line: 1, column: 1 }),
  };
}
