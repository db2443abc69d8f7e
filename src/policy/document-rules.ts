import type { LoadedDocument } from '../document/load-document.js';
import { compareFindings, type Finding } from '../messages/finding.js';
import { messages } from '../messages/index.js';
import type { PolicyConfig } from './config.js';
import type { DocumentContext, DocumentRule, RuleHit } from './rule.js';
import { documentRules } from './rules/index.js';
import { isOff, withConfiguredSeverity } from './severity.js';

/** A rule's hit as a finding: document paths located in the document they name. */
export function hitToFinding(
  rule: { id: string; severity: Finding['severity'] },
  hit: RuleHit,
  loaded: LoadedDocument | undefined,
): Finding {
  const pos =
    hit.path && loaded
      ? hit.atKey
        ? loaded.source.locateKey(hit.path)
        : loaded.source.locate(hit.path)
      : { line: hit.line, column: hit.column };
  const finding: Finding = { rule: hit.rule ?? rule.id, severity: hit.severity ?? rule.severity, message: hit.message };
  const file = hit.file ?? loaded?.file;
  if (file !== undefined) finding.file = file;
  if (pos.line !== undefined) Object.assign(finding, pos);
  return finding;
}

/**
 * Runs the document rules of the registry on a loaded document: on all of a valid one, and on every
 * part of a rejected one that parsed. `earlier` are the documents checked before it in the same run;
 * `mergeAt` is the merge instant on a pull request (under GitOps, the deploy).
 */
export function checkDocument(
  loaded: LoadedDocument,
  config: PolicyConfig,
  exists: (repoPath: string) => boolean,
  earlier: DocumentContext['earlier'] = new Map(),
  mergeAt?: Date,
): Finding[] {
  const findings = [...loaded.findings];
  const base: Omit<DocumentContext, 'doc'> = {
    source: loaded.source,
    file: loaded.file,
    config,
    exists,
    earlier,
    t: messages(config.language),
  };
  if (mergeAt) base.mergeAt = mergeAt;
  // One context for every rule of a valid document (rules read it, never write it): a copy per rule
  // cost more than most rules themselves.
  const context: DocumentContext | undefined = loaded.doc ? { ...base, doc: loaded.doc } : undefined;
  const onPart = !context && loaded.partial ? partialRules(base, loaded.partial) : undefined;
  for (const rule of documentRules) {
    if (isOff(config, rule.id)) continue;
    const hits = context ? rule.check(context) : onPart ? onPart(rule) : [];
    for (const hit of hits) findings.push(hitToFinding(rule, hit, loaded));
  }
  return withConfiguredSeverity(config, findings).sort(compareFindings);
}

/**
 * The rules on the sections of a rejected document that have no schema error. Each rule's reads are
 * watched: if it reads a section with a schema error, its verdict would rest on a shape the schema
 * refused (and the schema finding already says what to fix), so its hits are dropped. One watched
 * document serves every rule of the document.
 */
function partialRules(
  base: Omit<DocumentContext, 'doc'>,
  partial: NonNullable<LoadedDocument['partial']>,
): (rule: DocumentRule) => RuleHit[] {
  let readBroken = false;
  const note = (key: string | symbol) => {
    if (typeof key === 'string' && partial.broken.has(key)) readBroken = true;
  };
  const doc = new Proxy(partial.value, {
    get(target, key, receiver) {
      note(key);
      return Reflect.get(target, key, receiver) as unknown;
    },
    has(target, key) {
      note(key);
      return Reflect.has(target, key);
    },
  }) as DocumentContext['doc'];
  const context: DocumentContext = { ...base, doc };
  return (rule) => {
    readBroken = false;
    let hits: RuleHit[];
    try {
      hits = rule.check(context);
    } catch {
      // A required section is absent; the schema finding names it.
      return [];
    }
    return readBroken ? [] : hits;
  };
}

/**
 * The documents before each one, as the unique-id rule reads them; `known` are NO.s already in use
 * elsewhere (the base branch, the archive), each but the document's own earlier version at its path.
 */
export function earlierDocuments(
  loaded: LoadedDocument[],
  known: ReadonlyArray<{ id: string; path: string; where: string }> = [],
): Array<DocumentContext['earlier']> {
  const seen = new Map<string, string>();
  return loaded.map((l) => {
    const before = new Map<string, string>();
    for (const k of known) if (k.path !== l.file && !before.has(k.id)) before.set(k.id, k.where);
    for (const [id, file] of seen) if (!before.has(id)) before.set(id, file);
    if (l.doc?.id !== undefined && !seen.has(l.doc.id)) seen.set(l.doc.id, l.file);
    return before;
  });
}
