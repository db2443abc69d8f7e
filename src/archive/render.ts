import { mdCode, mdLogin, mdText } from '../report/escape.js';
import type { ArchiveRecord } from './record.js';

const cell = (s: unknown) => (s === null || s === undefined || s === '' ? '—' : mdText(s));

/** The record as Markdown for people: Attachment 1 (approval form) and Attachment 2 (feature list), in Chinese and English. */
export function renderRecordMarkdown(r: ArchiveRecord): string {
  const out: string[] = [];
  const pr = r.pull_request;
  out.push(`# Upgrade record · 升级归档记录 #${r.sequence}`, '');
  if (r.violations.length) {
    out.push('> ⚠️ **This merge broke the policy · 本次合并违反升级管理办法**', '>');
    for (const v of r.violations) out.push(`> - ${mdCode(v.rule)}: ${mdText(v.message)}`);
    out.push('');
  }
  if (r.backfilled) out.push('> This record was written after the merge by a scheduled run (backfilled) · 补录', '');
  for (const d of r.documents) {
    const f = (d.form ?? {}) as Record<string, unknown>;
    const approvals = (f.approvals as Array<{ title: { en: string; zh: string }; approver?: string; via?: string; at?: string }> | undefined) ?? [];
    out.push(
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
      ...approvals.map((a) => `| ${cell(a.title.en)} · ${cell(a.title.zh)} | ${a.approver ? `approved by ${mdLogin(a.approver)}${a.via ? ` via ${cell(a.via)}` : ''} at ${cell(a.at)}` : 'not approved · 未审批'} |`),
      `| Verification confirmed · 验证确认 | ${cell((f.verification as { acceptedBy?: string })?.acceptedBy)} (${cell((f.verification as { acceptedOn?: string })?.acceptedOn)}) |`,
      `| Approved · 是否同意 | ${r.evaluation.outcome === 'pass' ? 'yes · 同意' : 'no · 不同意 (merged anyway: see violations)'} |`,
      '',
      `## Attachment 2 · 附件2：生产环境升级功能清单`,
      '',
      '| ID | Feature · 功能 | Description · 说明 |',
      '| --- | --- | --- |',
      ...((d.features ?? []) as Array<{ id: string; title: string; description?: string }>).map((x) => `| ${cell(x.id)} | ${cell(x.title)} | ${cell(x.description)} |`),
      '',
    );
  }
  out.push(
    '## Merge · 合并',
    '',
    `- PR #${pr.number} "${mdText(pr.title)}" by ${mdLogin(pr.author)}, merged ${mdText(pr.merged_at)} by ${pr.merged_by ? mdLogin(pr.merged_by) : 'unknown'} (${mdText(pr.merge_sha ?? 'no merge commit')})`,
    `- Evaluation at merge · 合并时评估: **${mdText(r.evaluation.outcome)}** — ${mdText(r.evaluation.summary)}`,
    r.emergency ? `- Emergency · 紧急升级: label ${mdCode(r.emergency.label)} applied by ${r.emergency.applied_by ? mdLogin(r.emergency.applied_by) : 'unknown'} at ${mdText(r.emergency.applied_at ?? 'unknown')}; bypass ${r.emergency.granted ? 'granted' : 'not granted'}` : '- Emergency · 紧急升级: no',
    `- Policy · 制度: ${mdCode(r.policy.config_path)} sha256 ${r.policy.config_sha256 ?? '(defaults)'}, ${r.policy.codeowners_path ? mdCode(r.policy.codeowners_path) : 'no CODEOWNERS'} sha256 ${r.policy.codeowners_sha256 ?? '—'}, time zone ${mdText(r.policy.time_zone)} (tzdata ${mdText(r.policy.tzdata ?? 'unknown')})`,
    `- Chain · 哈希链: sha256 \`${r.sha256}\`, previous \`${r.previous_sha256 ?? 'none (first record)'}\``,
    '',
  );
  return out.join('\n');
}
