import type { Finding } from '../messages/finding.js';
import { outcomeStates, overdueOutcomes, upgradeRecords, type OutcomeClock, type OutcomeState } from './outcome-report.js';
import { localTime } from '../time/clock-face.js';
import { mdText } from '../report/escape.js';
import { emergenciesOf } from './layout.js';
import type { StoredRecord } from './verify.js';
import { messages, type Catalog, type Language } from '../messages/index.js';

/** The words of the Markdown report: "English · 中文" in English (auditors may need both), Chinese only in Chinese. */
type Say = <K extends keyof Catalog>(key: K, ...args: Parameters<Catalog[K]>) => string;
function reportWords(language: Language): Say {
  const call = (c: Catalog, key: keyof Catalog, args: unknown[]) => (c[key] as (...a: unknown[]) => string)(...args);
  const zh = messages('zh-CN');
  if (language === 'zh-CN') return (key, ...args) => call(zh, key, args);
  const en = messages('en');
  return (key, ...args) => `${call(en, key, args)} · ${call(zh, key, args)}`;
}

/** One upgrade as the auditor's report lists it. */
export interface ReportRow {
  sequence: number;
  /** The UTC instant, as the record holds it. */
  merged_at: string;
  /** The same instant in the policy zone, the zone named. */
  merged_local: string;
  pr: number;
  id: string;
  system: string;
  version: string;
  type: string;
  approvers: string;
  violations: string;
  backfilled: boolean;
  /** The newest outcome (succeeded, failed, restored), pending when none after the configured hours, else none. */
  outcome: string;
  /** When the newest outcome says the upgrade was complete (UTC). */
  completed: string;
  /** Who recorded the newest outcome. */
  verified_by: string;
  file: string;
}

/** Upgrades in the report by outcome state. */
export type OutcomeCounts = Record<'succeeded' | 'failed' | 'restored' | 'pending' | 'none', number>;

/**
 * Rows for records merged in [since, until) (instants), plus emergencies per month: one per emergency
 * document, as the chain head counts them for the emergency budget. Months are each record's policy
 * zone's (recorded with it), the months the emergency budget counts.
 * Outcome records give each upgrade its outcome columns; `clock` judges the ones still missing.
 */
export function buildReport(records: StoredRecord[], since?: Date, until?: Date, clock: OutcomeClock = { pendingHours: 24, overdueDays: 7 }): { rows: ReportRow[]; emergenciesPerMonth: Record<string, number>; outcomes: OutcomeCounts; findings: Finding[] } {
  const rows: ReportRow[] = [];
  const emergenciesPerMonth: Record<string, number> = {};
  const states = outcomeStates(records, clock);
  const outcomes: OutcomeCounts = { succeeded: 0, failed: 0, restored: 0, pending: 0, none: 0 };
  const listed = new Set<string>();
  for (const { file, record: r } of upgradeRecords(records)) {
    const merged = new Date(r.pull_request.merged_at);
    if ((since && merged < since) || (until && merged >= until)) continue;
    const state = states.get(file);
    const row = reportRow(file, r, state);
    // Counted as the chain head counts them for the emergency budget: one per emergency document, in the policy zone's month.
    for (const { month } of emergenciesOf(r, file, r.policy.time_zone)) emergenciesPerMonth[month] = (emergenciesPerMonth[month] ?? 0) + 1;
    rows.push(row);
    outcomes[state?.state ?? 'none']++;
    listed.add(file);
  }
  // Audit findings name upgrades of the reported period only.
  const findings = overdueOutcomes(records, clock, 'archive', states).filter((f) => listed.has((f.file ?? '').replace(/^archive\//, '')));
  return { rows, emergenciesPerMonth, outcomes, findings };
}

/** One upgrade record as a row of the report, with the outcome columns of its newest outcome. */
function reportRow(file: string, r: StoredRecord['record'], state: OutcomeState | undefined): ReportRow {
  const d = r.documents[0];
  return {
    sequence: r.sequence,
    merged_at: r.pull_request.merged_at,
    merged_local: localTime(r.pull_request.merged_at, r.policy.time_zone),
    pr: r.pull_request.number,
    id: r.documents.map((x) => x.id ?? '?').join(' '),
    system: d?.system ?? '',
    version: d?.version ? `${d.version.from} -> ${d.version.to}` : '',
    type: r.documents.some((x) => x.type === 'emergency') ? 'emergency' : (d?.type ?? 'unknown'),
    approvers: [...new Set(r.approvals.map((a) => `${a.role}:${a.login}`))].join(' '),
    violations: r.violations.map((v) => v.rule).join(' '),
    backfilled: r.backfilled,
    outcome: state?.state ?? 'none',
    completed: state?.completed ?? '',
    verified_by: state?.verifiedBy ?? '',
    file,
  };
}

/**
 * One CSV cell (RFC 4180). Values come from documents: a cell a spreadsheet would run as a formula (its
 * text starts with = + - @, a tab or a carriage return) starts with a single quote inside its quotes
 * (OWASP's advice on CSV injection), and a cell with a comma, a quote or any line break is quoted, so
 * it stays one cell of one row.
 */
function csvCell(v: unknown): string {
  const s = String(v);
  const formula = /^[=+\-@\t\r]/.test(s);
  return formula || /[",\r\n]/.test(s) ? `"${formula ? "'" : ''}${s.replace(/"/g, '""')}"` : s;
}

/** The report in one of the formats auditors use; csv and json are a machine contract, the same in every language. */
export function formatReport(report: ReturnType<typeof buildReport>, format: 'md' | 'csv' | 'json', language: Language = 'en'): string {
  const { rows, emergenciesPerMonth, outcomes, findings } = report;
  if (format === 'json') return JSON.stringify(report, null, 2);
  const cols: Array<keyof ReportRow> = ['sequence', 'merged_at', 'merged_local', 'pr', 'id', 'system', 'version', 'type', 'approvers', 'violations', 'outcome', 'completed', 'verified_by', 'backfilled', 'file'];
  if (format === 'csv') return [cols.join(','), ...rows.map((r) => cols.map((c) => csvCell(r[c])).join(','))].join('\n');
  const say = reportWords(language);
  const zh = language === 'zh-CN';
  // English shows a record's values as they are; Chinese says the weekday, the type and the outcome in Chinese.
  const t = messages('zh-CN');
  const merged = (local: string) => {
    const [weekday = '', date = '', time = '', zone = ''] = local.split(' ');
    return zh ? t['report.merged']({ weekday, date, time, zone }) : local;
  };
  const type = (v: string) => (zh ? t['report.type']({ type: v }) : v);
  const outcome = (v: string) => (zh ? t['report.outcome']({ outcome: v }) : v);
  const paren = (text: string) => (zh ? `（${text}）` : ` (${text})`);
  const none = say('report.none');
  const violating = rows.filter((r) => r.violations).length;
  const columns = ['merged', 'no', 'system', 'version', 'type', 'approvers', 'violations', 'outcome', 'completed', 'verified-by'] as const;
  const header = columns.map((c) => say(`report.column.${c}`));
  const lines = [
    `# ${say('report.title')}${paren(say('report.counts', { count: rows.length, violations: violating }))}`,
    '',
    `${say('report.outcomes-label')}${zh ? '：' : ': '}${say('report.outcomes', outcomes)}`,
    '',
    `| # | ${header[0]} | PR | ${header.slice(1).join(' | ')} |`,
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
    // Every value comes from a record, so from a pull request: inert text (no HTML, link, image, mention or autolink), one line.
    ...rows.map((r) => `| ${mdText(r.sequence)} | ${mdText(merged(r.merged_local))} | #${mdText(r.pr)} | ${mdText(r.id)} | ${mdText(r.system)} | ${mdText(r.version)} | ${mdText(type(r.type))}${r.backfilled ? paren(say('report.backfilled')) : ''} | ${mdText(r.approvers)} | ${r.violations ? mdText(r.violations) : none} | ${r.outcome === 'none' ? '—' : mdText(outcome(r.outcome))} | ${mdText(r.completed) || '—'} | ${mdText(r.verified_by) || '—'} |`),
    '',
    `## ${say('report.findings')}`,
    '',
    ...(findings.length ? findings.map((f) => `- ${mdText(f.file)}: ${mdText(f.rule)} ${mdText(f.message)}`) : [`- ${none}`]),
    '',
    `## ${say('report.emergencies')}`,
    '',
    ...(Object.keys(emergenciesPerMonth).length ? Object.entries(emergenciesPerMonth).sort().map(([m, n]) => `- ${mdText(m)}: ${n}`) : [`- ${none}`]),
  ];
  return lines.join('\n');
}
