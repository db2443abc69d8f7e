// Record format 2: RFC 8785 hashes, short file names, local times with the zone named, pinned
// evidence. Once records of this format exist, this file is frozen like format-v1.ts: a template
// change makes format 3.
import { mdLogin, mdText } from '../report/escape.js';
import { dateIn } from '../time/calendar.js';
import { localTime } from '../time/clock-face.js';
import { jcs, sha256 } from './canonical.js';
import type { ArchiveRecordUpgradeGateArchiveRecordV2 } from './record-v2.types.js';

/** A record of format 2 as its schema types it. */
export type ArchiveRecordV2 = ArchiveRecordUpgradeGateArchiveRecordV2;

/** The longest slugs a file name takes from the system and the version; the PR number keeps names unique. */
export const NAME_LIMITS = { system: 24, version: 16 } as const;

const slug = (s: string | null | undefined, fallback: string, max: number) =>
  ((s ?? fallback).toLowerCase().replace(/[^a-z0-9.]+/g, '-').replace(/^-+|-+$/g, '') || fallback).slice(0, max).replace(/[-.]+$/, '') || fallback;

/** Format 2's hash: sha256 of the record's RFC 8785 canonical JSON without the sha256 field. */
export function hashV2(record: Record<string, unknown>): string {
  const { sha256: _ignored, ...rest } = record;
  return sha256(jcs(rest));
}

/** Format 2's record path: <folder>/<yyyy>/<mm>/<date>-<system>-<version>-pr<number>.json, the merge date in the policy zone, slugs bounded. */
export function recordPathV2(folder: string, record: Pick<ArchiveRecordV2, 'documents' | 'pull_request'>, zone: string): string {
  const date = dateIn(new Date(record.pull_request.merged_at), zone);
  const first = record.documents[0];
  return `${folder}/${date.slice(0, 4)}/${date.slice(5, 7)}/${date}-${slug(first?.system, 'unknown', NAME_LIMITS.system)}-${slug(first?.version?.to, 'unversioned', NAME_LIMITS.version)}-pr${record.pull_request.number}.json`;
}

/** Text from a document or a PR made inert in Markdown: no markup, no HTML, one line. */
const inert = (s: unknown) => (s === null || s === undefined || s === '' ? '—' : mdText(s));
const at = (iso: string | null | undefined, zone: string) => (iso ? localTime(iso, zone) : 'unknown');

/** Format 2's year-index row: the merge in local time of the policy zone. */
export function indexRowV2(record: ArchiveRecordV2, file: string): string {
  const d = record.documents[0];
  const name = file.split('/').slice(-2).join('/');
  const zone = record.policy.time_zone;
  return `| ${record.sequence} | ${at(record.pull_request.merged_at, zone)} | ${inert(d?.id)} | ${inert(d?.system)} | ${d?.version ? `${inert(d.version.from)} → ${inert(d.version.to)}` : '—'} | ${inert(d?.type)}${record.backfilled ? ' (backfilled)' : ''} | #${record.pull_request.number} | ${record.violations.length ? `⚠️ ${record.violations.map((v) => inert(v.rule)).join(', ')}` : 'none'} | [${name}](${name}) |`;
}

/** Format 2's Markdown: Attachment 1 (approval form) and Attachment 2 (feature list) in Chinese and English, times in the policy zone, evidence pinned. */
export function markdownV2(r: ArchiveRecordV2): string {
  const zone = r.policy.time_zone;
  return [...headerV2(r, zone), ...r.documents.flatMap((d) => documentV2(r, d, zone)), ...mergeV2(r, zone)].join('\n');
}

/** The title, the time zone, and the violations and backfill notes. */
function headerV2(r: ArchiveRecordV2, zone: string): string[] {
  const out = [`# Upgrade record · 升级归档记录 #${r.sequence}`, '', `Times are local to ${zone} · 时间均为 ${zone} 本地时间.`, ''];
  if (r.violations.length) {
    out.push('> ⚠️ **This merge broke the policy · 本次合并违反升级管理办法**', '>');
    for (const v of r.violations) out.push(`> - ${inert(v.rule)}: ${inert(v.message)}`);
    out.push('');
  }
  if (r.backfilled) out.push('> This record was written after the merge by a scheduled run (backfilled) · 补录', '');
  return out;
}

/** One document's approval form, feature list and pinned files. */
function documentV2(r: ArchiveRecordV2, d: ArchiveRecordV2['documents'][number], zone: string): string[] {
  const f = (d.form ?? {}) as Record<string, unknown>;
  const approvals = (f.approvals as Array<{ title: { en: string; zh: string }; approver?: string; via?: string; at?: string }> | undefined) ?? [];
  const verification = (f.verification ?? {}) as { acceptedBy?: string; acceptedOn?: string };
  const window = (f.window ?? {}) as { start?: string; end?: string };
  const approval = (a: (typeof approvals)[number]) => (a.approver ? `approved by ${mdLogin(a.approver)}${a.via ? ` via ${inert(a.via)}` : ''} at ${a.at ? at(a.at, zone) : 'unknown'}` : 'not approved · 未审批');
  return [
    `## Attachment 1 · 附件1：生产环境升级审批单 — ${inert(d.id)}`,
    '',
    '| Field · 字段 | Value · 内容 |',
    '| --- | --- |',
    `| NO. · 编号 | ${inert(d.id)} |`,
    `| System · 系统 | ${inert(d.system)} (${inert(d.environment)}) |`,
    `| Version · 版本 | ${inert(d.version?.from)} → ${inert(d.version?.to)} |`,
    `| Type · 类型 | ${inert(d.type)} |`,
    `| Window · 升级时间 | ${inert(window.start)} – ${inert(window.end)} (as written in the document · 按升级单填写) |`,
    `| Handled by · 经办人 (project lead / ops lead) | ${inert(f.projectLead)} / ${inert(f.opsLead)} |`,
    `| Executed by · 执行人 | ${inert(f.executor)} |`,
    `| Supervised by · 监督人 | ${inert(f.supervisor)} |`,
    ...approvals.map((a) => `| ${inert(a.title?.en)} · ${inert(a.title?.zh)} | ${approval(a)} |`),
    `| Verification confirmed · 验证确认 | ${inert(verification.acceptedBy)} (${inert(verification.acceptedOn)}) |`,
    `| Approved · 是否同意 | ${r.evaluation.outcome === 'pass' ? 'yes · 同意' : 'no · 不同意 (merged anyway: see violations)'} |`,
    '',
    '## Attachment 2 · 附件2：生产环境升级功能清单',
    '',
    '| ID | Feature · 功能 | Description · 说明 |',
    '| --- | --- | --- |',
    ...((d.features ?? []) as Array<{ id?: string; title?: string; description?: string }>).map((x) => `| ${inert(x.id)} | ${inert(x.title)} | ${inert(x.description)} |`),
    '',
    '## Pinned files · 文件指纹',
    '',
    '| File · 文件 | Git blob | sha256 |',
    '| --- | --- | --- |',
    `| ${inert(d.path)} (the document as merged · 合并时的升级单) | \`${d.blob_sha}\` | \`${d.sha256}\` |`,
    ...d.evidence.map((e) => `| ${inert(e.path)} | ${e.blob_sha ? `\`${e.blob_sha}\`` : 'absent at the merge · 合并时不存在'} | ${e.sha256 ? `\`${e.sha256}\`` : '—'} |`),
    '',
  ];
}

/** The merge: who merged when, the evaluation, the emergency, a policy change, the policy and the chain. */
function mergeV2(r: ArchiveRecordV2, zone: string): string[] {
  const pr = r.pull_request;
  const e = r.emergency;
  const emergency = e ? `- Emergency · 紧急升级: label ${inert(e.label)} applied by ${e.applied_by ? `${mdLogin(e.applied_by)}` : 'unknown'} at ${at(e.applied_at, zone)}; bypass ${e.granted ? 'granted' : 'not granted'}` : '- Emergency · 紧急升级: no';
  // Only records of a merge that changed the policy files carry policy_change: older records render as they always did.
  const policyChange = r.policy_change ? [`- Policy change · 策略变更: ${r.policy_change.files.map((f) => inert(f)).join(', ')}; approved by the policy owner (${inert(r.policy_change.owner)}) · 策略负责角色批准: ${r.policy_change.approved ? 'yes · 是' : 'no · 否'}`] : [];
  return [
    '## Merge · 合并',
    '',
    `- PR #${pr.number} "${inert(pr.title)}" by ${mdLogin(pr.author)}, merged ${at(pr.merged_at, zone)} by ${pr.merged_by ? `${mdLogin(pr.merged_by)}` : 'unknown'} (${pr.merge_sha ?? 'no merge commit'})`,
    `- Evaluation at merge · 合并时评估: **${r.evaluation.outcome}** — ${inert(r.evaluation.summary)}`,
    emergency,
    ...policyChange,
    `- Policy · 制度: ${inert(r.policy.config_path)} sha256 ${r.policy.config_sha256 ?? '(defaults)'}, ${inert(r.policy.codeowners_path ?? 'no CODEOWNERS')} sha256 ${r.policy.codeowners_sha256 ?? '—'}, time zone ${inert(zone)} (tzdata ${inert(r.policy.tzdata ?? 'unknown')})`,
    `- Chain · 哈希链 (record format 2, sha256 over RFC 8785 JSON): sha256 \`${r.sha256}\`, previous \`${r.previous_sha256 ?? 'none (first record)'}\``,
    '',
  ];
}
