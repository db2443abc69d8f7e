import { parseYamlSource } from '../document/yaml-source.js';
import type { Finding } from '../messages/finding.js';
import { messages, type Language } from '../messages/index.js';
import { toInstant } from '../time/local-time.js';
import { isOutcomeRecord, type OutcomeRecord } from './outcome-record.js';
import type { AnyRecord } from './formats.js';
import type { StoredRecord } from './verify.js';

/** Where an archived upgrade stands: its newest outcome, pending (none after the configured hours), or none yet. */
export type OutcomeStateName = 'succeeded' | 'failed' | 'restored' | 'pending' | 'none';

/** The outcome columns of one upgrade. */
export interface OutcomeState {
  state: OutcomeStateName;
  /** completed_at of the newest outcome (UTC), or empty. */
  completed: string;
  /** Who recorded the newest outcome, or empty. */
  verifiedBy: string;
  outcomes: OutcomeRecord[];
}

/** How report and scheduled runs judge missing outcomes; `at` is the moment of the report (never read from a clock here). */
export interface OutcomeClock {
  at?: Date;
  pendingHours: number;
  overdueDays: number;
  /** Language of the audit findings. */
  language?: Language;
}

/** True when an upgrade merged at `mergedAt` still has no outcome `hours` after it, at `at`. */
export function isPending(mergedAt: string, at: Date, hours: number): boolean {
  return at.getTime() - new Date(mergedAt).getTime() >= hours * 3_600_000;
}

/** The upgrade records of an archive (records in chain order), without the outcome records. */
export function upgradeRecords(records: StoredRecord[]): StoredRecord[] {
  return records.filter((s) => !isOutcomeRecord(s.record as unknown));
}

/** Each upgrade record's outcome state, by its file. */
export function outcomeStates(records: StoredRecord[], clock: OutcomeClock): Map<string, OutcomeState> {
  const byUpgrade = new Map<string, OutcomeRecord[]>();
  for (const s of records) {
    const r: unknown = s.record;
    if (isOutcomeRecord(r)) byUpgrade.set(r.upgrade.file, [...(byUpgrade.get(r.upgrade.file) ?? []), r]);
  }
  const out = new Map<string, OutcomeState>();
  for (const { file, record } of upgradeRecords(records)) {
    const outcomes = (byUpgrade.get(file) ?? []).sort((a, b) => a.sequence - b.sequence);
    const newest = outcomes.at(-1);
    const state: OutcomeStateName = newest ? newest.outcome : clock.at && isPending(record.pull_request.merged_at, clock.at, clock.pendingHours) ? 'pending' : 'none';
    out.set(file, { state, completed: newest?.completed_at_utc ?? '', verifiedBy: newest?.recorded_by.login ?? '', outcomes });
  }
  return out;
}

/** The end of an archived upgrade's window, as written and as an instant (the latest end when the PR had several documents). */
export function windowEnd(record: AnyRecord): { text: string; at: Date } | undefined {
  let latest: { text: string; at: Date } | undefined;
  for (const d of record.documents ?? []) {
    const form = d.form as { window?: { end?: unknown } } | null | undefined;
    let text = typeof form?.window?.end === 'string' ? form.window.end : undefined;
    if (!text) {
      const value = parseYamlSource(d.text, d.path).value as { window?: { end?: unknown } } | undefined;
      text = typeof value?.window?.end === 'string' ? value.window.end : undefined;
    }
    const at = text ? toInstant(text, record.policy.time_zone) : undefined;
    if (text && at && (!latest || at > latest.at)) latest = { text, at };
  }
  return latest;
}

/**
 * Audit findings: upgrades whose window ended more than `overdueDays` before `at` with no outcome
 * recorded. `states` are outcomeStates(records, clock), when the caller has them already.
 */
export function overdueOutcomes(
  records: StoredRecord[],
  clock: OutcomeClock,
  folder = 'archive',
  states = clock.at ? outcomeStates(records, clock) : new Map<string, OutcomeState>(),
): Finding[] {
  if (!clock.at) return [];
  const at = clock.at;
  const findings: Finding[] = [];
  for (const { file, record } of upgradeRecords(records)) {
    if (states.get(file)?.outcomes.length) continue;
    const end = windowEnd(record);
    if (!end || at.getTime() - end.at.getTime() < clock.overdueDays * 86_400_000) continue;
    const id = record.documents.map((d) => d.id ?? d.path).join(', ');
    findings.push({ rule: 'outcome.overdue', severity: 'error', file: `${folder}/${file}`, message: messages(clock.language)['outcome.overdue']({ id, pr: record.pull_request.number, end: `${end.text} (${record.policy.time_zone})`, days: clock.overdueDays }) });
  }
  return findings;
}
