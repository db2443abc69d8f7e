import { normalizeLogin } from '../policy/login.js';
import { sha256 } from './canonical.js';
import { hashV1 } from './format-v1.js';
import type { AcceptedOutcome } from './outcome-command.js';
import type { OutcomeRecordUpgradeGateOutcomeRecordV1 } from './outcome-record.types.js';
import type { ArchiveRecord } from './record.js';

/** An outcome record as its schema types it. */
export type OutcomeRecord = OutcomeRecordUpgradeGateOutcomeRecordV1;

/** The format string that tells an outcome record from an upgrade record. */
export const OUTCOME_FORMAT = 'upgrade-gate/outcome-record/v1';

/** True for an outcome record (any other record in the chain is an upgrade record). */
export function isOutcomeRecord(r: unknown): r is OutcomeRecord {
  return !!r && typeof r === 'object' && (r as { format?: unknown }).format === OUTCOME_FORMAT;
}

/** The people fields of a document that may record its outcome (measures 4.6: they run and verify the upgrade). */
export const OUTCOME_PEOPLE = ['executor', 'supervisor', 'project_lead', 'ops_lead'] as const;

/** The people fields of the documents a login appears in, e.g. ["executor"]. */
export function peopleRights(login: string, documents: unknown[]): string[] {
  const who = normalizeLogin(login);
  const out = new Set<string>();
  for (const d of documents) {
    const people = (d && typeof d === 'object' ? (d as { people?: Record<string, unknown> }).people : undefined) ?? {};
    for (const field of OUTCOME_PEOPLE) if (typeof people[field] === 'string' && normalizeLogin(people[field]) === who) out.add(field);
  }
  return [...out];
}

/** Everyone named in the documents' people fields, for the reply that says who may record. */
export function peopleOf(documents: unknown[]): string[] {
  const out = new Set<string>();
  for (const d of documents) {
    const people = (d && typeof d === 'object' ? (d as { people?: Record<string, unknown> }).people : undefined) ?? {};
    for (const field of OUTCOME_PEOPLE) if (typeof people[field] === 'string') out.add(people[field].replace(/^@/, ''));
  }
  return [...out];
}

/** The comment an outcome came from, as the webhook payload carries it. */
export interface OutcomeComment {
  id: number;
  url: string;
  createdAt: string;
  updatedAt: string;
  body: string;
  author: string;
}

/** Builds the next outcome record (pure): it names the upgrade record by sequence and sha256, and the previous record of the chain. */
export function buildOutcomeRecord(
  upgrade: { file: string; record: ArchiveRecord },
  accepted: AcceptedOutcome,
  comment: OutcomeComment,
  ctx: { previous: { sequence: number; sha256: string }; recordedAs: string[]; recordedAt: string; zone: string; toolVersion: string },
): OutcomeRecord {
  const c = accepted.command;
  const record: Omit<OutcomeRecord, 'sha256'> & { sha256?: string } = {
    format: OUTCOME_FORMAT,
    sequence: ctx.previous.sequence + 1,
    upgrade: { file: upgrade.file, sequence: upgrade.record.sequence, sha256: upgrade.record.sha256, pull_request: upgrade.record.pull_request.number, document: accepted.document },
    outcome: c.outcome,
    completed_at: c.completed_at,
    completed_at_utc: accepted.completedAt,
    notified_at: c.notified_at ?? null,
    notified_at_utc: accepted.notifiedAt ?? null,
    verification: { ...c.verification },
    notes: c.notes,
    cause: c.cause ?? null,
    backup_restored: c.backup_restored ?? null,
    recorded_by: { login: comment.author, as: ctx.recordedAs as [string, ...string[]] },
    comment: { id: comment.id, url: comment.url, created_at: comment.createdAt, updated_at: comment.updatedAt, body: comment.body, body_sha256: sha256(comment.body) },
    recorded_at: ctx.recordedAt,
    policy: { time_zone: ctx.zone },
    tool: { name: 'upgrade-gate', version: ctx.toolVersion },
    previous_sha256: ctx.previous.sha256,
  };
  // Outcome records are format 1 of their kind: hashed over format 1's canonical JSON, frozen.
  record.sha256 = hashV1(record as Record<string, unknown>);
  return record as OutcomeRecord;
}

/** True when this comment text was already recorded: the same comment processed twice writes nothing. */
export function alreadyRecorded(outcomes: OutcomeRecord[], comment: Pick<OutcomeComment, 'id' | 'body'>): boolean {
  const hash = sha256(comment.body);
  return outcomes.some((o) => o.comment.id === comment.id && o.comment.body_sha256 === hash);
}

/** The n-th outcome (1-based) of an upgrade record lives beside it: 2026/12/…-pr7.json → 2026/12/…-pr7.outcome-1.json. */
export function outcomePath(upgradeFile: string, n: number): string {
  return upgradeFile.replace(/\.json$/, `.outcome-${n}.json`);
}

/** True for the file name of an outcome record. */
export function isOutcomeFile(file: string): boolean {
  return /\.outcome-\d+\.json$/.test(file);
}

/**
 * The chain head after an outcome: the newest record moves on; the newest merge and the month's
 * emergencies stay as they were, since an outcome is neither.
 */
export function chainHeadAfterOutcome<H extends { sequence: number; sha256: string; path: string }>(previous: H, record: OutcomeRecord, file: string): H {
  return { ...previous, sequence: record.sequence, sha256: record.sha256, path: file };
}

/** The state of an upgrade: its newest outcome, or undefined while none is recorded. */
export function currentOutcome(outcomes: OutcomeRecord[]): OutcomeRecord | undefined {
  return [...outcomes].sort((a, b) => a.sequence - b.sequence).at(-1);
}
