import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns';
import type { Finding } from '../messages/finding.js';
import { dateIn } from '../time/calendar.js';
import type { DocumentVerdict, RoleState, Verdict } from '../policy/verdict.js';

/** The hidden marker that finds upgrade-gate's one sticky comment on a PR. */
export const COMMENT_MARKER = '<!-- upgrade-gate:sticky-comment -->';
/** GitHub refuses comment bodies over 65,536 characters; stay well below. */
export const MAX_COMMENT_CHARS = 60_000;

const ICON: Record<Finding['severity'], string> = { error: '❌', warning: '⚠️', notice: 'ℹ️' };
const cell = (s: string | undefined) => (s ?? '—').replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
const who = (login: string | undefined) => (login ? `@${login.replace(/^@/, '')}` : '—');
// Times on the form read in the policy time zone, as the people who sign it live by it.
const when = (iso: string | undefined, zone: string) => (iso ? `${dateIn(new Date(iso), zone)} ${format(new TZDate(new Date(iso).getTime(), zone), 'HH:mm')} ${zone}` : '');

function roleRow(r: RoleState, zone: string): string {
  const title = `${r.title.en} ${r.title.zh}`;
  if (r.satisfied) return `| ${cell(title)} | ✅ approved by ${who(r.approver)}, ${when(r.approvedAt, zone)} |`;
  const note = r.blockedBy ? `❌ changes requested by ${who(r.blockedBy)}` : `✗ waiting for a member of ${r.owners.join(', ')}`;
  const stale = r.notCounted.length ? ` (not counted: ${r.notCounted.map((n) => `${who(n.login)}: ${n.why}`).join('; ')})` : '';
  return `| ${cell(title)} | ${cell(note + stale)} |`;
}

function formTable(d: DocumentVerdict, roles: RoleState[], zone: string): string[] {
  const f = d.form!;
  const typeZh = f.type === 'emergency' ? '紧急升级' : '常规升级';
  return [
    `#### Approval form · 生产环境升级审批单 (Attachment 1) — \`${d.path}\``,
    '',
    '| Field · 字段 | Value · 内容 |',
    '| --- | --- |',
    `| NO. · 编号 | ${cell(f.no)} |`,
    `| System · 系统 | ${cell(f.system)} (${cell(f.environment)}) |`,
    `| Version · 版本 | ${cell(f.version.from)} → ${cell(f.version.to)} |`,
    `| Type · 类型 | ${cell(f.type)} · ${typeZh} |`,
    `| Window · 升级时间 | ${cell(f.window.start)} – ${cell(f.window.end)} |`,
    `| Project lead · 项目负责人 / Ops lead · 运维负责人 | ${who(f.projectLead)} / ${who(f.opsLead)} |`,
    `| Executed by · 执行人 | ${who(f.executor)} |`,
    `| Supervised by · 监督人 | ${who(f.supervisor)} |`,
    ...(roles.length ? roles.map((r) => roleRow(r, zone)) : ['| Approvals · 审批 | roles are not configured |']),
    `| Verification · 验证 | ${f.verification.cases} case(s); accepted by ${cell(f.verification.acceptedBy)} on ${cell(f.verification.acceptedOn)}; gray test ${cell(f.verification.grayTest)} |`,
    `| Result · 审批结果 | ${f.result === 'approved' ? '✅ approved · 同意' : '✗ not approved yet · 未通过'} |`,
  ];
}

function featureTable(d: DocumentVerdict): string[] {
  if (d.features.length === 0) return [];
  return [
    '',
    `#### Feature list · 生产环境升级功能清单 (Attachment 2)`,
    '',
    '| ID | Title · 功能 | Description · 说明 |',
    '| --- | --- | --- |',
    ...d.features.map((f) => `| ${cell(f.id)} | ${cell(f.title)} | ${cell(f.description)} |`),
  ];
}

function findingLine(f: Finding): string {
  const where = f.file ? ` \`${f.file}${f.line ? `:${f.line}` : ''}\`` : '';
  return `- ${ICON[f.severity]} **${f.rule}**${where}: ${f.message}`;
}

/** The verdict as Markdown for the sticky PR comment and the job summary. */
export function renderMarkdown(v: Verdict, opts: { marker?: boolean; runUrl?: string; archivePath?: string } = {}): string {
  const head = opts.archivePath
    ? v.outcome === 'pass'
      ? '✅ upgrade-gate: merged and archived'
      : '⚠️ upgrade-gate: merged in breach of the policy, archived with violations'
    : v.outcome === 'pass'
      ? '✅ upgrade-gate: ready to merge'
      : v.outcome === 'error'
        ? '⛔ upgrade-gate: configuration error'
        : '❌ upgrade-gate: not ready to merge';
  const zone = v.window.zone;
  const out: string[] = [];
  if (opts.marker !== false) out.push(COMMENT_MARKER);
  out.push(`### ${head}`, '', `> ${v.summary}`, '');
  if (opts.archivePath) out.push(`**Archive · 归档:** \`${opts.archivePath}\` (and its \`.md\` beside it); check it with \`npx upgrade-gate verify\``, '');
  if (v.upgradeType !== 'none') {
    const w = v.window;
    const windowLine = w.emergencyBypass
      ? `🚨 emergency upgrade: the day rule is waived (${w.reason})`
      : `${w.open ? '✅ open' : '⛔ closed'}: ${w.reason}${w.nextFlipText ? ` — ${w.nextFlipText}` : ''}`;
    out.push(`**Production window · 升级窗口:** ${windowLine}`, '');
    if (v.emergency?.label) out.push(`**Emergency label:** \`${v.emergency.label.name}\`${v.emergency.label.appliedBy ? ` applied by ${who(v.emergency.label.appliedBy)} ${when(v.emergency.label.appliedAt, zone)}` : ''}; ${v.emergency.earlierThisMonth} earlier emergenc${v.emergency.earlierThisMonth === 1 ? 'y' : 'ies'} this month`, '');
    for (const d of v.documents) {
      if (!d.form) continue;
      out.push(...formTable(d, v.roles, zone), ...featureTable(d), '');
    }
  }
  const sorted = [...v.findings].sort((a, b) => ['error', 'warning', 'notice'].indexOf(a.severity) - ['error', 'warning', 'notice'].indexOf(b.severity));
  if (sorted.length) {
    out.push('#### What to do next · 待处理', '');
    let size = out.join('\n').length;
    let shown = 0;
    for (const f of sorted) {
      const line = findingLine(f);
      if (size + line.length > MAX_COMMENT_CHARS - 500) break;
      out.push(line);
      size += line.length + 1;
      shown++;
    }
    if (shown < sorted.length) out.push(`- … and ${sorted.length - shown} more findings${opts.runUrl ? ` in the [run log](${opts.runUrl})` : ''}`);
    out.push('');
  }
  out.push(`<sub>Evaluated at ${when(v.evaluatedAt, zone)}${opts.runUrl ? ` · [run](${opts.runUrl})` : ''}</sub>`);
  return out.join('\n');
}
