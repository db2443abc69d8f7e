import { dateIn, policyMonth } from '../time/calendar.js';
import type { StoredRecord } from './verify.js';

/** One upgrade as the auditor's report lists it. */
export interface ReportRow {
  sequence: number;
  merged_at: string;
  pr: number;
  id: string;
  system: string;
  version: string;
  type: string;
  approvers: string;
  violations: string;
  backfilled: boolean;
  file: string;
}

/**
 * Rows for records merged in [since, until] (dates inclusive), plus emergencies per month. Dates and
 * months are each record's policy zone's (recorded with it), the months the emergency budget counts.
 */
export function buildReport(records: StoredRecord[], since?: string, until?: string): { rows: ReportRow[]; emergenciesPerMonth: Record<string, number> } {
  const rows: ReportRow[] = [];
  const emergenciesPerMonth: Record<string, number> = {};
  for (const { file, record: r } of records) {
    const merged = new Date(r.pull_request.merged_at);
    const zone = r.policy.time_zone;
    const day = dateIn(merged, zone);
    if ((since && day < since) || (until && day > until)) continue;
    const d = r.documents[0];
    const type = r.documents.some((x) => x.type === 'emergency') ? 'emergency' : (d?.type ?? 'unknown');
    const month = policyMonth(merged, zone);
    if (type === 'emergency') emergenciesPerMonth[month] = (emergenciesPerMonth[month] ?? 0) + 1;
    rows.push({
      sequence: r.sequence,
      merged_at: r.pull_request.merged_at,
      pr: r.pull_request.number,
      id: r.documents.map((x) => x.id ?? '?').join(' '),
      system: d?.system ?? '',
      version: d?.version ? `${d.version.from} -> ${d.version.to}` : '',
      type,
      approvers: r.approvals.map((a) => `${a.role}:${a.login}`).join(' '),
      violations: r.violations.map((v) => v.rule).join(' '),
      backfilled: r.backfilled,
      file,
    });
  }
  return { rows, emergenciesPerMonth };
}

const csvCell = (v: unknown) => {
  const s = String(v);
  return /[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

/** The report in one of the formats auditors use. */
export function formatReport(report: ReturnType<typeof buildReport>, format: 'md' | 'csv' | 'json'): string {
  const { rows, emergenciesPerMonth } = report;
  if (format === 'json') return JSON.stringify(report, null, 2);
  const cols: Array<keyof ReportRow> = ['sequence', 'merged_at', 'pr', 'id', 'system', 'version', 'type', 'approvers', 'violations', 'backfilled', 'file'];
  if (format === 'csv') return [cols.join(','), ...rows.map((r) => cols.map((c) => csvCell(r[c])).join(','))].join('\n');
  const lines = [
    `# Upgrade report · 升级报告 (${rows.length} upgrade${rows.length === 1 ? '' : 's'}, ${rows.filter((r) => r.violations).length} with violations)`,
    '',
    '| # | Merged | PR | NO. | System | Version | Type | Approvers | Violations |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- |',
    ...rows.map((r) => `| ${r.sequence} | ${r.merged_at} | #${r.pr} | ${r.id} | ${r.system} | ${r.version} | ${r.type}${r.backfilled ? ' (backfilled)' : ''} | ${r.approvers} | ${r.violations || 'none'} |`),
    '',
    '## Emergency upgrades per month · 每月紧急升级',
    '',
    ...(Object.keys(emergenciesPerMonth).length ? Object.entries(emergenciesPerMonth).sort().map(([m, n]) => `- ${m}: ${n}`) : ['- none']),
  ];
  return lines.join('\n');
}
