// Record format 1, frozen. Records written in this format are rendered and hashed by exactly this
// code forever, so that an archive from 2026 verifies in 2036; change nothing here: make a new format.
import { dateIn } from '../time/calendar.js';
import { canonicalJsonV1, sha256 } from './canonical.js';
import type { ArchiveRecordUpgradeGateArchiveRecordV1 } from './record-v1.types.js';

/** A record of format 1 as its schema types it. */
export type ArchiveRecordV1 = ArchiveRecordUpgradeGateArchiveRecordV1;

const slug = (s: string | null | undefined, fallback: string) => (s ?? fallback).toLowerCase().replace(/[^a-z0-9.]+/g, '-').replace(/^-+|-+$/g, '') || fallback;

/** Format 1's hash: sha256 of the home-made canonical JSON (not RFC 8785) without the sha256 field. */
export function hashV1(record: Record<string, unknown>): string {
  const { sha256: _ignored, ...rest } = record;
  return sha256(canonicalJsonV1(rest));
}

/** Format 1's record path: <folder>/<yyyy>/<mm>/<date>-<system>-<version>-pr<number>.json, the merge date in the policy zone. */
export function recordPathV1(folder: string, record: Pick<ArchiveRecordV1, 'documents' | 'pull_request'>, zone: string): string {
  const date = dateIn(new Date(record.pull_request.merged_at), zone);
  const first = record.documents[0];
  return `${folder}/${date.slice(0, 4)}/${date.slice(5, 7)}/${date}-${slug(first?.system, 'unknown')}-${slug(first?.version?.to, 'unversioned')}-pr${record.pull_request.number}.json`;
}

/** The head of a year index whose first record is of format 1 or 2 (format 2 kept format 1's). */
export function indexHeadV1(year: string): string {
  return [
    `# Upgrade archive ${year} · ${year} 年升级归档`,
    '',
    'One row per merged upgrade, in chain order. Check the archive with `npx upgrade-gate verify`.',
    '',
    '| # | Merged · 合并时间 | NO. · 编号 | System · 系统 | Version · 版本 | Type · 类型 | PR | Violations · 违规 | Record |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- |',
  ].join('\n');
}

/** Format 1's year-index row. */
export function indexRowV1(record: ArchiveRecordV1, file: string): string {
  const d = record.documents[0];
  const cell = (s: string) => s.replace(/\|/g, '\\|');
  const name = file.split('/').slice(-2).join('/');
  return `| ${record.sequence} | ${record.pull_request.merged_at} | ${cell(d?.id ?? '—')} | ${cell(d?.system ?? '—')} | ${cell(d?.version ? `${d.version.from} → ${d.version.to}` : '—')} | ${d?.type ?? '—'}${record.backfilled ? ' (backfilled)' : ''} | #${record.pull_request.number} | ${record.violations.length ? `⚠️ ${record.violations.map((v) => v.rule).join(', ')}` : 'none'} | [${name}](${name}) |`;
}

const cell = (s: unknown) => (s === null || s === undefined || s === '' ? '—' : String(s)).replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');

/** Format 1's Markdown: Attachment 1 (approval form) and Attachment 2 (feature list), in Chinese and English. */
export function markdownV1(r: ArchiveRecordV1): string {
  return [...headerV1(r), ...r.documents.flatMap((d) => documentV1(r, d)), ...mergeV1(r)].join('\n');
}

/** The title, and the violations and backfill notes. */
function headerV1(r: ArchiveRecordV1): string[] {
  const out = [`# Upgrade record · 升级归档记录 #${r.sequence}`, ''];
  if (r.violations.length) {
    out.push('> ⚠️ **This merge broke the policy · 本次合并违反升级管理办法**', '>');
    for (const v of r.violations) out.push(`> - \`${v.rule}\`: ${v.message}`);
    out.push('');
  }
  if (r.backfilled) out.push('> This record was written after the merge by a scheduled run (backfilled) · 补录', '');
  return out;
}

/** One document's approval form and feature list. */
function documentV1(r: ArchiveRecordV1, d: ArchiveRecordV1['documents'][number]): string[] {
  const f = (d.form ?? {}) as Record<string, unknown>;
  const approvals = (f.approvals as Array<{ title: { en: string; zh: string }; approver?: string; at?: string }> | undefined) ?? [];
  return [
    `## Attachment 1 · 附件1：生产环境升级审批单 — ${cell(d.id)}`,
    '',
    '| Field · 字段 | Value · 内容 |',
    '| --- | --- |',
    `| NO. · 编号 | ${cell(d.id)} |`,
    `| System · 系统 | ${cell(d.system)} (${cell(d.environment)}) |`,
    `| Version · 版本 | ${cell(d.version?.from)} → ${cell(d.version?.to)} |`,
    `| Type · 类型 | ${cell(d.type)} |`,
    `| Window · 升级时间 | ${cell((f.window as { start?: string })?.start)} – ${cell((f.window as { end?: string })?.end)} |`,
    `| Handled by · 经办人 (project lead / ops lead) | ${cell(f.projectLead)} / ${cell(f.opsLead)} |`,
    `| Executed by · 执行人 | ${cell(f.executor)} |`,
    `| Supervised by · 监督人 | ${cell(f.supervisor)} |`,
    ...approvals.map((a) => `| ${cell(a.title.en)} · ${cell(a.title.zh)} | ${a.approver ? `approved by @${a.approver} at ${a.at}` : 'not approved · 未审批'} |`),
    `| Verification confirmed · 验证确认 | ${cell((f.verification as { acceptedBy?: string })?.acceptedBy)} (${cell((f.verification as { acceptedOn?: string })?.acceptedOn)}) |`,
    `| Approved · 是否同意 | ${r.evaluation.outcome === 'pass' ? 'yes · 同意' : 'no · 不同意 (merged anyway: see violations)'} |`,
    '',
    `## Attachment 2 · 附件2：生产环境升级功能清单`,
    '',
    '| ID | Feature · 功能 | Description · 说明 |',
    '| --- | --- | --- |',
    ...((d.features ?? []) as Array<{ id: string; title: string; description?: string }>).map((x) => `| ${cell(x.id)} | ${cell(x.title)} | ${cell(x.description)} |`),
    '',
  ];
}

/** The merge: who merged when, the evaluation, the emergency, the policy and the chain. */
function mergeV1(r: ArchiveRecordV1): string[] {
  const pr = r.pull_request;
  const e = r.emergency;
  const emergency = e ? `- Emergency · 紧急升级: label \`${e.label}\` applied by ${e.applied_by ? `@${e.applied_by}` : 'unknown'} at ${e.applied_at ?? 'unknown'}; bypass ${e.granted ? 'granted' : 'not granted'}` : '- Emergency · 紧急升级: no';
  return [
    '## Merge · 合并',
    '',
    `- PR #${pr.number} "${pr.title}" by @${pr.author}, merged ${pr.merged_at} by ${pr.merged_by ? `@${pr.merged_by}` : 'unknown'} (${pr.merge_sha ?? 'no merge commit'})`,
    `- Evaluation at merge · 合并时评估: **${r.evaluation.outcome}** — ${r.evaluation.summary}`,
    emergency,
    `- Policy · 制度: ${r.policy.config_path} sha256 ${r.policy.config_sha256 ?? '(defaults)'}, ${r.policy.codeowners_path ?? 'no CODEOWNERS'} sha256 ${r.policy.codeowners_sha256 ?? '—'}, time zone ${r.policy.time_zone} (tzdata ${r.policy.tzdata ?? 'unknown'})`,
    `- Chain · 哈希链: sha256 \`${r.sha256}\`, previous \`${r.previous_sha256 ?? 'none (first record)'}\``,
    '',
  ];
}
