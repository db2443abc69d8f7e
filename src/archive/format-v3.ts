// Record format 3: the fields, hash and file names of format 2; its Markdown and year-index row speak
// English and Chinese throughout ("English · 中文"), for auditors and the General Manager's Office.
// The words live here, not in the message catalog: a record renders exactly as it did when it was
// written, so a catalog change must never touch them. Once records of this format exist, this file is
// frozen like format-v1.ts and format-v2.ts: a template change makes format 4.
import { mdLogin, mdText } from '../report/escape.js';
import { wallClock } from '../time/wall-clock.js';
import { jcs, sha256 } from './canonical.js';
import { recordPathV2 } from './format-v2.js';
import type { ArchiveRecordUpgradeGateArchiveRecordV3 } from './record.types.js';

/** A record of format 3 as its schema types it. */
export type ArchiveRecordV3 = ArchiveRecordUpgradeGateArchiveRecordV3;
type Document = ArchiveRecordV3['documents'][number];

/** Format 3's hash, format 2's rule: sha256 of the record's RFC 8785 canonical JSON without the sha256 field. */
export function hashV3(record: Record<string, unknown>): string {
  const { sha256: _ignored, ...rest } = record;
  return sha256(jcs(rest));
}

/** Format 3's record path, format 2's names: <folder>/<yyyy>/<mm>/<date>-<system>-<version>-pr<number>.json. */
export const recordPathV3: (folder: string, record: Pick<ArchiveRecordV3, 'documents' | 'pull_request'>, zone: string) => string =
  recordPathV2;

const WEEKDAYS = [
  ['Sun', '周日'],
  ['Mon', '周一'],
  ['Tue', '周二'],
  ['Wed', '周三'],
  ['Thu', '周四'],
  ['Fri', '周五'],
  ['Sat', '周六'],
] as const;
const two = (n: number) => String(n).padStart(2, '0');

/** Words of the records' own values (ids written in English) with their Chinese beside them; anything else as written. */
const ZH: Record<string, string> = {
  production: '生产环境',
  gray: '灰度环境',
  regular: '常规升级',
  emergency: '紧急升级',
  pass: '通过',
  fail: '不通过',
  error: '出错',
};

/** Text from a document or a PR made inert in Markdown: no markup, no HTML, one line. */
const inert = (s: unknown) => (s === null || s === undefined || s === '' ? '—' : mdText(s));
/** An id the record holds, with its Chinese when it is one of the policy's words: "regular · 常规升级". */
const term = (s: string | null | undefined) => (s && ZH[s] ? `${inert(s)} · ${ZH[s]}` : inert(s));
const UNKNOWN = 'unknown · 未知';

/** "2026-12-03 (Thu · 周四) 20:05 Asia/Shanghai": an instant as the people of the policy zone read it, in both languages. */
export function stampV3(iso: string | null | undefined, zone: string): string {
  if (!iso) return UNKNOWN;
  const t = new Date(iso).getTime();
  if (Number.isNaN(t)) return inert(iso);
  const w = wallClock(t, zone);
  const [en, zh] = WEEKDAYS[w.weekday]!;
  return `${String(w.year).padStart(4, '0')}-${two(w.month)}-${two(w.day)} (${en} · ${zh}) ${two(w.hour)}:${two(w.minute)} ${zone}`;
}

/** The head of a year index whose first record is of format 3. */
export function indexHeadV3(year: string): string {
  return [
    `# Upgrade archive ${year} · ${year} 年升级档案`,
    '',
    'One row per merged upgrade, in chain order; check the archive with `npx upgrade-gate verify`. · 每个已合并的升级一行，按哈希链顺序排列；用 `npx upgrade-gate verify` 校验升级档案。',
    '',
    '| # | Merged · 合并时间 | NO. · 编号 | System · 系统 | Version · 版本 | Type · 类型 | PR | Violations · 违规 | Record · 记录 |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- |',
  ].join('\n');
}

/** Format 3's year-index row: the merge in local time of the policy zone, every word in both languages. */
export function indexRowV3(record: ArchiveRecordV3, file: string): string {
  const d = record.documents[0];
  const name = file.split('/').slice(-2).join('/');
  const version = d?.version ? `${inert(d.version.from)} → ${inert(d.version.to)}` : '—';
  const type = `${term(d?.type)}${record.backfilled ? ' (backfilled · 补录)' : ''}`;
  const violations = record.violations.length ? `⚠️ ${record.violations.map((v) => inert(v.rule)).join(', ')}` : 'none · 无';
  const merged = stampV3(record.pull_request.merged_at, record.policy.time_zone);
  return `| ${record.sequence} | ${merged} | ${inert(d?.id)} | ${inert(d?.system)} | ${version} | ${type} | #${record.pull_request.number} | ${violations} | [${name}](${name}) |`;
}

/** Format 3's Markdown: Attachment 1 (approval form) and Attachment 2 (feature list), pinned files and the merge, in English and Chinese. */
export function markdownV3(r: ArchiveRecordV3): string {
  const zone = r.policy.time_zone;
  return [...headerV3(r, zone), ...r.documents.flatMap((d) => documentV3(r, d, zone)), ...mergeV3(r, zone)].join('\n');
}

/** The title, the time zone, and the violations and backfill notes. */
function headerV3(r: ArchiveRecordV3, zone: string): string[] {
  const out = [
    `# Upgrade record · 升级档案记录 #${r.sequence}`,
    '',
    `Times are local to ${inert(zone)}. · 时间均为 ${inert(zone)} 当地时间。`,
    '',
  ];
  if (r.violations.length) {
    out.push('> ⚠️ **This merge broke the policy · 本次合并违反《升级管理办法》**', '>');
    for (const v of r.violations) out.push(`> - ${inert(v.rule)}: ${inert(v.message)}`);
    out.push('');
  }
  if (r.backfilled) out.push('> Written after the merge by a scheduled run (backfilled). · 合并后由定时任务补录。', '');
  return out;
}

type Approval = { title?: { en?: string; zh?: string }; approver?: string; via?: string; at?: string };

/** One role's cell on the form: who approved, through which owner entry, when. */
function approvalV3(a: Approval, zone: string): string {
  if (!a.approver) return 'not approved · 未审批';
  const via = a.via ? ` (via · 经由 ${inert(a.via)})` : '';
  return `approved · 已批准: ${mdLogin(a.approver)}${via}, ${stampV3(a.at, zone)}`;
}

/** One document: its approval form, feature list and pinned files. */
function documentV3(r: ArchiveRecordV3, d: Document, zone: string): string[] {
  return [...formV3(r, d, zone), ...featuresV3(d), ...pinsV3(d)];
}

/** Attachment 1, the approval form. */
function formV3(r: ArchiveRecordV3, d: Document, zone: string): string[] {
  const f = (d.form ?? {}) as Record<string, unknown>;
  const approvals = (f.approvals as Approval[] | undefined) ?? [];
  const verification = (f.verification ?? {}) as { acceptedBy?: string; acceptedOn?: string };
  const window = (f.window ?? {}) as { start?: string; end?: string };
  const approved = r.evaluation.outcome === 'pass' ? 'yes · 同意' : 'no · 不同意 (merged anyway: see the violations · 仍被合并，见违规项)';
  return [
    `## Attachment 1 · 附件一：生产环境升级审批单 — ${inert(d.id)}`,
    '',
    '| Field · 字段 | Value · 内容 |',
    '| --- | --- |',
    `| NO. · 编号 | ${inert(d.id)} |`,
    `| System · 系统 | ${inert(d.system)} (${term(d.environment)}) |`,
    `| Version · 版本 | ${inert(d.version?.from)} → ${inert(d.version?.to)} |`,
    `| Type · 类型 | ${term(d.type)} |`,
    `| Window · 升级时间 | ${inert(window.start)} – ${inert(window.end)} (as written in the document · 按升级单填写) |`,
    `| Handled by · 经办人 (project lead / ops lead · 项目负责人 / 运维负责人) | ${inert(f.projectLead)} / ${inert(f.opsLead)} |`,
    `| Executed by · 执行人 | ${inert(f.executor)} |`,
    `| Supervised by · 监督人 | ${inert(f.supervisor)} |`,
    ...approvals.map((a) => `| ${inert(a.title?.en)} · ${inert(a.title?.zh)} | ${approvalV3(a, zone)} |`),
    `| Verification confirmed · 验证确认 | ${inert(verification.acceptedBy)} (${inert(verification.acceptedOn)}) |`,
    `| Approved · 是否同意 | ${approved} |`,
    '',
  ];
}

/** Attachment 2, the feature list. */
function featuresV3(d: Document): string[] {
  const features = (d.features ?? []) as Array<{ id?: string; title?: string; description?: string }>;
  return [
    '## Attachment 2 · 附件二：生产环境升级功能清单',
    '',
    '| ID · 编号 | Feature · 功能 | Description · 说明 |',
    '| --- | --- | --- |',
    ...features.map((x) => `| ${inert(x.id)} | ${inert(x.title)} | ${inert(x.description)} |`),
    '',
  ];
}

/** The document and its evidence, pinned by Git blob and sha256. */
function pinsV3(d: Document): string[] {
  const code = (s: string | null) => (s ? `\`${s}\`` : '—');
  return [
    '## Pinned files · 文件指纹',
    '',
    '| File · 文件 | Git blob | sha256 |',
    '| --- | --- | --- |',
    `| ${inert(d.path)} (the document as merged · 合并时的升级单) | \`${d.blob_sha}\` | \`${d.sha256}\` |`,
    ...d.evidence.map((e) => `| ${inert(e.path)} | ${e.blob_sha ? code(e.blob_sha) : 'absent at the merge · 合并时不存在'} | ${code(e.sha256)} |`),
    '',
  ];
}

/** The merge: who merged when, the evaluation, the emergency, a policy change, the policy and the chain. */
function mergeV3(r: ArchiveRecordV3, zone: string): string[] {
  const pr = r.pull_request;
  const by = (login: string | null | undefined) => (login ? mdLogin(login) : UNKNOWN);
  return [
    '## Merge · 合并',
    '',
    `- PR · 合并请求: #${pr.number} "${inert(pr.title)}", opened by · 提交人 ${mdLogin(pr.author)}`,
    `- Merged · 合并: ${stampV3(pr.merged_at, zone)}, by · 合并人 ${by(pr.merged_by)}, merge commit · 合并提交 ${pr.merge_sha ? `\`${pr.merge_sha}\`` : 'none · 无'}`,
    `- Evaluation at merge · 合并时评估: **${term(r.evaluation.outcome)}** — ${inert(r.evaluation.summary)}`,
    emergencyV3(r, zone),
    ...policyChangeV3(r),
    ...policyV3(r, zone),
    `- Chain · 哈希链 (record format 3, sha256 over RFC 8785 JSON · 第 3 版记录格式，对 RFC 8785 规范 JSON 计算 sha256): sha256 \`${r.sha256}\`, previous · 上一条 ${r.previous_sha256 ? `\`${r.previous_sha256}\`` : 'none (first record) · 无（第一条记录）'}`,
    '',
  ];
}

/** The emergency line: the label, who applied it when, and whether the bypass was granted. */
function emergencyV3(r: ArchiveRecordV3, zone: string): string {
  const e = r.emergency;
  if (!e) return '- Emergency · 紧急升级: no · 否';
  const by = e.applied_by ? mdLogin(e.applied_by) : UNKNOWN;
  const granted = e.granted ? 'granted · 已准许' : 'not granted · 未准许';
  return `- Emergency · 紧急升级: label · 标签 ${inert(e.label)}, applied by · 添加人 ${by}, at · 时间 ${stampV3(e.applied_at, zone)}; bypass · 豁免 ${granted}`;
}

/** The policy change line, for the records of a merge that changed the policy files. */
function policyChangeV3(r: ArchiveRecordV3): string[] {
  const c = r.policy_change;
  if (!c) return [];
  const approved = c.approved ? 'yes · 是' : 'no · 否';
  return [
    `- Policy change · 策略变更: ${c.files.map((f) => inert(f)).join(', ')}; approved by the policy owner (${inert(c.owner)}) · 策略负责角色批准: ${approved}`,
  ];
}

/** The policy the merge was judged by: the configuration, CODEOWNERS, the zone and its tzdata. */
function policyV3(r: ArchiveRecordV3, zone: string): string[] {
  const p = r.policy;
  const config = p.config_sha256 ? `sha256 ${p.config_sha256}` : 'none: the defaults · 无，使用默认值';
  const codeowners = p.codeowners_path
    ? `${inert(p.codeowners_path)} sha256 ${p.codeowners_sha256 ?? '—'}`
    : 'no CODEOWNERS · 无 CODEOWNERS';
  return [
    `- Policy · 制度: configuration · 配置 ${inert(p.config_path)} ${config}; ${codeowners}`,
    `- Time zone · 时区: ${inert(zone)} (tzdata · 时区数据 ${p.tzdata ? inert(p.tzdata) : UNKNOWN})`,
  ];
}
