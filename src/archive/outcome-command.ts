import schema from '../../schemas/outcome.schema.json' with { type: 'json' };
import { didYouMean, schemaFindings } from '../document/schema-findings.js';
import { schemaErrors } from '../document/schema-validator.js';
import { parseYamlSource, type YamlSource } from '../document/yaml-source.js';
import type { Finding, Position } from '../messages/finding.js';
import { messages, type Language } from '../messages/index.js';
import { toInstant } from '../time/local-time.js';
import { localTimeProblem } from '../time/local-time-problem.js';
import type { Outcome, UpgradeOutcomeUpgradeResult } from './outcome.types.js';

/** The command word that starts an outcome comment. */
export const OUTCOME_COMMAND = '/upgrade-result';

/** The outcome command as its schema types it. */
export type OutcomeCommand = UpgradeOutcomeUpgradeResult;
export type { Outcome };

const OUTCOMES: Outcome[] = ['succeeded', 'failed', 'restored'];
const COMMAND_LINE = /^\s*\/upgrade-result(?![\w-])/i;

/** What the parser needs to know about each upgrade document of the pull request. */
export interface OutcomeDocumentFacts {
  id: string;
  /** Verification case ids, in document order. */
  cases: string[];
  /** window.start as written in the document. */
  windowStart?: string;
}

/** A command that passed every check: the data as written plus the instants its times name. */
export interface AcceptedOutcome {
  command: OutcomeCommand;
  /** The document it is for (the only one, or the one `document:` names). */
  document: string;
  completedAt: string;
  notifiedAt?: string;
}

/** The parse of one comment: not a command at all, or a command with findings (accepted when there are none). */
export type OutcomeParse = { command: false } | { command: true; findings: Finding[]; accepted?: AcceptedOutcome };

/** True when a comment is an outcome command (its first non-blank line starts with /upgrade-result); decided from the text alone. */
export function isOutcomeCommand(body: string | null | undefined): boolean {
  if (!body) return false;
  const first = body.replace(/\r\n?/g, '\n').split('\n').find((l) => l.trim() !== '');
  return first !== undefined && COMMAND_LINE.test(first);
}

type Catalog = ReturnType<typeof messages>;
/** Records a finding at a position of the comment. */
type At = (pos: Position, rule: string, message: string) => void;
/** What every step of the parse shares: the catalog, the place findings go and the command line's position. */
interface ParseState {
  catalog: Catalog;
  at: At;
  findings: Finding[];
  /** Where errors that belong to no YAML line are placed: the command line. */
  rootPos: Position;
}

/**
 * Parses and checks an outcome comment (pure): the first line names the outcome, the lines after it
 * are YAML validated by schemas/outcome.schema.json, then checked against the documents (every
 * case given, the right document) and the clock the caller passes (`now`: when the comment was written).
 * Findings carry the comment's own line and column.
 */
export function parseOutcomeCommand(body: string, ctx: { zone: string; documents: OutcomeDocumentFacts[]; now: string; file?: string; language?: Language }): OutcomeParse {
  if (!isOutcomeCommand(body)) return { command: false };
  const file = ctx.file ?? 'comment';
  const lines = body.replace(/\r\n?/g, '\n').split('\n');
  const first = lines.findIndex((l) => l.trim() !== '');
  const findings: Finding[] = [];
  const state: ParseState = {
    catalog: messages(ctx.language),
    findings,
    at: (pos, rule, message) => findings.push({ rule, severity: 'error', file, ...pos, message }),
    rootPos: { line: first + 1, column: 1 },
  };
  const outcome = readCommandLine(lines[first]!, first + 1, state);
  const checked = checkYaml(lines, first, file, outcome, state);
  if (!checked || !outcome) return { command: true, findings };
  const { command, source } = checked;

  const doc = pickDocument(command, ctx.documents, source, state);
  if (!doc) return { command: true, findings };
  checkVerification(command, outcome, doc, source, state);
  const times = checkTimes(command, doc, ctx, source, state);
  if (!times || findings.length) return { command: true, findings };
  return { command: true, findings, accepted: { command, document: doc.id, completedAt: times.completed.toISOString(), ...(times.notified ? { notifiedAt: times.notified.toISOString() } : {}) } };
}

/** Checks the first line, "/upgrade-result <outcome>" and nothing else; returns the outcome it names, if valid. */
function readCommandLine(head: string, line: number, { at, catalog }: ParseState): Outcome | undefined {
  const m = /^(\s*)(\S+)\s*(\S*)\s*(.*)$/.exec(head)!;
  const word = m[3]!;
  const wordColumn = head.indexOf(word, m[1]!.length + m[2]!.length) + 1;
  let outcome: Outcome | undefined;
  if (!word) at({ line, column: head.length + 1 }, 'outcome.command', catalog['outcome.command']({ found: head.trim() }));
  else if (!OUTCOMES.includes(word.toLowerCase() as Outcome)) at({ line, column: wordColumn }, 'outcome.command', catalog['outcome.unknown']({ word, guess: didYouMean(word, OUTCOMES) ?? '' }));
  else outcome = word.toLowerCase() as Outcome;
  if (m[4]) at({ line, column: head.indexOf(m[4]!, wordColumn + word.length - 1) + 1 }, 'outcome.command', catalog['outcome.extra']({ extra: m[4]! }));
  return outcome;
}

/**
 * Parses the lines after the command as YAML and validates them against the schema; returns the
 * command and its source when no finding was recorded so far (command line included).
 */
function checkYaml(lines: string[], first: number, file: string, outcome: Outcome | undefined, state: ParseState): { command: OutcomeCommand; source: YamlSource } | undefined {
  const { at, catalog, findings, rootPos } = state;
  // The YAML keeps the comment's line numbers: the command line and code fences become blank lines.
  const yamlText = lines.map((l, i) => (i <= first || /^\s*(```|~~~)/.test(l) ? '' : l)).join('\n');
  const source = parseYamlSource(yamlText, file);
  if (source.findings.length) {
    findings.push(...source.findings.map((f) => ({ ...f, rule: f.rule === 'schema' ? 'outcome.schema' : f.rule })));
    return undefined;
  }
  if (source.value === null || source.value === undefined) {
    at(rootPos, 'outcome.schema', catalog['outcome.empty']());
    return undefined;
  }
  const value = source.value as Record<string, unknown>;
  const isMap = value && typeof value === 'object' && !Array.isArray(value);
  if (isMap && 'outcome' in value) {
    at(source.locateKey(['outcome']), 'outcome.schema', catalog['outcome.in-yaml']());
    return undefined;
  }
  const data = isMap ? { outcome: outcome ?? 'succeeded', ...value } : value;
  // Errors at the root are placed on the command line, where the missing lines belong.
  const placed: YamlSource = { ...source, locate: (p) => (p.length ? source.locate(p) : rootPos), locateKey: (p) => (p.length ? source.locateKey(p) : rootPos) };
  findings.push(...schemaFindings(schemaErrors(schema, data), placed, file, 'outcome.schema', 'outcome', catalog));
  return findings.length ? undefined : { command: data as OutcomeCommand, source };
}

/** The document the command is for: the one `document:` names, or the only one of the pull request. */
function pickDocument(command: OutcomeCommand, docs: OutcomeDocumentFacts[], source: YamlSource, { at, catalog, rootPos }: ParseState): OutcomeDocumentFacts | undefined {
  const ids = docs.map((d) => d.id);
  if (command.document !== undefined) {
    const doc = docs.find((d) => d.id === command.document);
    if (!doc) at(source.locate(['document']), 'outcome.document', catalog['outcome.document-unknown']({ id: command.document, ids: ids.join(', '), guess: didYouMean(command.document, ids) ?? '' }));
    return doc;
  }
  if (docs.length === 1) return docs[0];
  at(rootPos, 'outcome.document', catalog['outcome.document-required']({ ids: ids.join(', ') }));
  return undefined;
}

/** Every case of the document is reported, no other, and a succeeded upgrade has no failed case. */
function checkVerification(command: OutcomeCommand, outcome: Outcome, doc: OutcomeDocumentFacts, source: YamlSource, { at, catalog }: ParseState): void {
  const given = Object.keys(command.verification);
  const missing = doc.cases.filter((c) => !given.includes(c));
  if (missing.length) {
    const example = missing.map((c) => `"${c}: passed"`).join(', ');
    at(source.locateKey(['verification']), 'outcome.verification', catalog['outcome.case-missing']({ missing: missing.join(', '), example }));
  }
  for (const id of given.filter((c) => !doc.cases.includes(c))) {
    at(source.locateKey(['verification', id]), 'outcome.verification', catalog['outcome.case-unknown']({ id, cases: doc.cases.join(', '), guess: didYouMean(id, missing) ?? '' }));
  }
  if (outcome === 'succeeded') {
    for (const [id, result] of Object.entries(command.verification)) if (result === 'failed') at(source.locate(['verification', id]), 'outcome.verification', catalog['outcome.succeeded-failed-case']({ id }));
  }
}

/**
 * Checks the command's times against the zone, the window and `now`; returns the instants they name,
 * or nothing when a local time names no single instant.
 */
function checkTimes(command: OutcomeCommand, doc: OutcomeDocumentFacts, ctx: { zone: string; now: string }, source: YamlSource, { at, catalog }: ParseState): { completed: Date; notified?: Date } | undefined {
  // A local time in a DST gap or overlap names no single instant: the writer must say which (time.local).
  let unclear = false;
  for (const field of ['completed_at', 'notified_at'] as const) {
    const text = command[field];
    const problem = text === undefined ? undefined : localTimeProblem(catalog, field, text, ctx.zone);
    if (problem) at(source.locate([field]), 'time.local', problem);
    unclear ||= !!problem;
  }
  if (unclear) return undefined;
  const completed = toInstant(command.completed_at, ctx.zone)!;
  const notified = command.notified_at === undefined ? undefined : toInstant(command.notified_at, ctx.zone)!;
  const now = new Date(ctx.now);
  const start = doc.windowStart ? toInstant(doc.windowStart, ctx.zone) : undefined;
  if (start && completed < start) at(source.locate(['completed_at']), 'outcome.time', catalog['outcome.before-window']({ completed: command.completed_at, start: doc.windowStart! }));
  if (completed > now) at(source.locate(['completed_at']), 'outcome.time', catalog['outcome.future']({ field: 'completed_at', value: command.completed_at, now: ctx.now }));
  if (notified && notified > now) at(source.locate(['notified_at']), 'outcome.time', catalog['outcome.future']({ field: 'notified_at', value: command.notified_at!, now: ctx.now }));
  if (notified && notified < completed) at(source.locate(['notified_at']), 'outcome.time', catalog['outcome.notified-before-completed']({ notified: command.notified_at!, completed: command.completed_at }));
  return { completed, ...(notified ? { notified } : {}) };
}

/** What an outcome is checked against, read from an archived document's text (as far as it can be read: merged documents may be broken). */
export function outcomeFactsOf(doc: { value: unknown; id?: string | null }): OutcomeDocumentFacts {
  const v = (doc.value && typeof doc.value === 'object' ? doc.value : {}) as { id?: unknown; verification?: { cases?: Array<{ id?: unknown }> }; window?: { start?: unknown } };
  const cases = Array.isArray(v.verification?.cases) ? v.verification.cases.map((c) => (c && typeof c.id === 'string' ? c.id : undefined)).filter((c): c is string => !!c) : [];
  return { id: doc.id ?? (typeof v.id === 'string' ? v.id : '?'), cases, ...(typeof v.window?.start === 'string' ? { windowStart: v.window.start } : {}) };
}
