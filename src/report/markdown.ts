import { TZDate } from '@date-fns/tz';
import { lightFormat } from 'date-fns';
import type { Finding } from '../messages/finding.js';
import { dateIn } from '../time/calendar.js';
import type { DocumentVerdict, RoleState, Verdict } from '../policy/verdict.js';
import { messages, type Catalog } from '../messages/index.js';
import { mdCode, mdLogin, mdMention, mdText } from './escape.js';

/** The hidden marker that finds upgrade-gate's one sticky comment on a PR. */
export const COMMENT_MARKER = '<!-- upgrade-gate:sticky-comment -->';
/** GitHub refuses comment bodies over 65,536 characters; stay well below. */
export const MAX_COMMENT_CHARS = 60_000;

const ICON: Record<Finding['severity'], string> = { error: '❌', warning: '⚠️', notice: 'ℹ️' };
const cell = (s: string | undefined) => mdText(s ?? '—');
// Times on the form read in the policy time zone, as the people who sign it live by it.
const when = (iso: string | undefined, zone: string, t: Catalog) =>
  iso
    ? t['md.time']({
        date: dateIn(new Date(iso), zone),
        time: lightFormat(new TZDate(new Date(iso).getTime(), zone), 'HH:mm'),
        zone,
      })
    : '';

function roleRow(r: RoleState, zone: string, t: Catalog): string {
  const title = `${r.title.en} ${r.title.zh}`;
  // The approvers and the owners of a waiting role are the people the comment means to notify.
  if (r.satisfied)
    return `| ${cell(title)} | ${t['md.role.approved']({ by: mdMention(r.approver), via: r.via ? mdText(r.via) : '', at: mdText(when(r.approvedAt, zone, t)) })} |`;
  const note = r.blockedBy
    ? t['md.role.blocked']({ by: mdMention(r.blockedBy) })
    : t['md.role.waiting']({ owners: r.owners.map(mdMention).join(', ') });
  const stale = r.notCounted.length
    ? t['md.role.not-counted']({ list: r.notCounted.map((n) => `${mdLogin(n.login)}: ${mdText(n.why)}`).join('; ') })
    : '';
  return `| ${cell(title)} | ${note}${stale} |`;
}

// The form keeps both languages whatever the chosen one: auditors may read either.
function formTable(d: DocumentVerdict, roles: RoleState[], zone: string, t: Catalog): string[] {
  const f = d.form!;
  const typeZh = f.type === 'emergency' ? '紧急升级' : '常规升级';
  return [
    `#### Approval form · 生产环境升级审批单 (Attachment 1) — ${mdCode(d.path)}`,
    '',
    '| Field · 字段 | Value · 内容 |',
    '| --- | --- |',
    `| NO. · 编号 | ${cell(f.no)} |`,
    `| System · 系统 | ${cell(f.system)} (${cell(f.environment)}) |`,
    `| Version · 版本 | ${cell(f.version.from)} → ${cell(f.version.to)} |`,
    `| Type · 类型 | ${cell(f.type)} · ${typeZh} |`,
    `| Window · 升级时间 | ${cell(f.window.start)} – ${cell(f.window.end)} |`,
    `| Project lead · 项目负责人 / Ops lead · 运维负责人 | ${mdLogin(f.projectLead)} / ${mdLogin(f.opsLead)} |`,
    `| Executed by · 执行人 | ${mdLogin(f.executor)} |`,
    `| Supervised by · 监督人 | ${mdLogin(f.supervisor)} |`,
    ...(roles.length ? roles.map((r) => roleRow(r, zone, t)) : [`| Approvals · 审批 | ${t['md.roles-missing']()} |`]),
    `| Verification · 验证 | ${t['md.verification']({ cases: f.verification.cases, by: cell(f.verification.acceptedBy), on: cell(f.verification.acceptedOn), gray: cell(f.verification.grayTest) })} |`,
    `| Result · 审批结果 | ${f.result === 'approved' ? '✅ approved · 同意' : '⏳ not approved yet · 待审批'} |`,
  ];
}

/** What each approver signs for a production upgrade, compactly, in the chosen language. */
function signOffTable(d: DocumentVerdict, t: Catalog): string[] {
  const s = d.signs;
  if (!s) return [];
  const rows: Array<[string, string]> = [];
  const missing = (part: string) => t['md.sign.missing']({ part });
  const e = s.emergency;
  if (e) {
    rows.push([t['md.sign.reason'](), t['md.sign.reason-value']({ reason: e.reason })]);
    rows.push([t['md.sign.impact'](), e.impact]);
    rows.push([t['md.sign.justification'](), e.justification]);
    rows.push([
      t['md.sign.phone'](),
      e.phoneConfirmedBy
        ? t['md.sign.phone-value']({ by: e.phoneConfirmedBy, at: e.confirmedAt ?? '—' })
        : missing('emergency.confirmation.phone_confirmed_by'),
    ]);
    rows.push([t['md.sign.email'](), e.emailRegistration ?? missing('emergency.confirmation.email_registration')]);
  }
  const parts = (['data', 'programs', 'config'] as const).map((part) => {
    const b = s.backup[part];
    return b ? t['md.sign.backup-part']({ part, method: b.method, location: b.location }) : missing(`backup.${part}`);
  });
  rows.push([t['md.sign.backup'](), t['md.sign.list']({ items: parts })]);
  rows.push([t['md.sign.rollback'](), s.rollback ?? missing('rollback.plan')]);
  rows.push([
    t['md.sign.notice'](),
    s.notice
      ? t['md.sign.notice-value']({
          at: s.notice.announcedAt,
          channels: t['summary.list']({ items: s.notice.channels.map((channel) => t['md.sign.channel']({ channel })) }),
        })
      : missing('notification'),
  ]);
  rows.push([
    t['md.sign.gray'](),
    s.grayTest
      ? t['md.sign.gray-value']({
          result: s.grayTest.result,
          completed: s.grayTest.completed,
          report: s.grayTest.report ?? '',
        })
      : missing('gray_test'),
  ]);
  return [
    '',
    `#### ${t['md.sign.heading']()}`,
    '',
    t['md.sign.columns'](),
    '| --- | --- |',
    ...rows.map(([k, v]) => `| ${cell(k)} | ${cell(v)} |`),
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

/** A change to the policy files, named as such, with where the policy owner's signature stands. */
function policyTable(change: NonNullable<Verdict['policyChange']>, zone: string, t: Catalog): string[] {
  const files =
    change.files
      .slice(0, 20)
      .map((f) => mdCode(f))
      .join(', ') + (change.files.length > 20 ? ` (+${change.files.length - 20})` : '');
  const out = [`#### ${t['md.policy.heading']()}`, '', t['md.policy.files']({ files }), ''];
  if (change.state) out.push('| Field · 字段 | Value · 内容 |', '| --- | --- |', roleRow(change.state, zone, t), '');
  return out;
}

function findingLine(f: Finding): string {
  const where = f.file ? ` ${mdCode(`${f.file}${f.line ? `:${f.line}` : ''}`)}` : '';
  return `- ${ICON[f.severity]} **${mdText(f.rule)}**${where}: ${mdText(f.message)}`;
}

function heading(v: Verdict, archived: boolean, t: Catalog): string {
  if (archived) return v.outcome === 'pass' ? t['md.head.archived']() : t['md.head.archived-violations']();
  return v.outcome === 'pass'
    ? t['md.head.ready']()
    : v.outcome === 'error'
      ? t['md.head.config-error']()
      : t['md.head.not-ready']();
}

/** The verdict as Markdown for the sticky PR comment and the job summary, in the verdict's language. */
export function renderMarkdown(
  v: Verdict,
  opts: { marker?: boolean; runUrl?: string; archivePath?: string } = {},
): string {
  const t = messages(v.language);
  const zone = v.window.zone;
  const out: string[] = [];
  if (opts.marker !== false) out.push(COMMENT_MARKER);
  out.push(`### ${heading(v, !!opts.archivePath, t)}`, '', `> ${mdText(v.summary)}`, '');
  if (opts.archivePath) out.push(t['md.archive']({ path: mdCode(opts.archivePath) }), '');
  if (v.policyChange) out.push(...policyTable(v.policyChange, zone, t));
  if (v.upgradeType !== 'none') {
    const w = v.window;
    const flip = w.nextFlipText ? mdText(w.nextFlipText) : '';
    const reason = mdText(w.reason);
    const windowLine = w.emergencyBypass
      ? t['md.window.emergency']({ reason })
      : w.open
        ? t['md.window.open']({ reason, flip })
        : t['md.window.closed']({ reason, flip });
    out.push(t['md.window']({ line: windowLine }), '');
    const label = v.emergency?.label;
    if (label)
      out.push(
        t['md.emergency-label']({
          label: mdCode(label.name),
          by: label.appliedBy ? mdLogin(label.appliedBy) : '',
          at: mdText(when(label.appliedAt, zone, t)),
          earlier: v.emergency!.earlierThisMonth,
        }),
        '',
      );
    for (const d of v.documents) {
      if (!d.form) continue;
      out.push(
        ...formTable(
          d,
          v.roles.filter((r) => r.document === undefined || r.document === d.path),
          zone,
          t,
        ),
        ...signOffTable(d, t),
        ...featureTable(d),
        '',
      );
    }
  }
  const sorted = [...v.findings].sort(
    (a, b) => ['error', 'warning', 'notice'].indexOf(a.severity) - ['error', 'warning', 'notice'].indexOf(b.severity),
  );
  if (sorted.length) {
    out.push(`#### ${t['md.next']()}`, '');
    let size = out.join('\n').length;
    let shown = 0;
    for (const f of sorted) {
      const line = findingLine(f);
      if (size + line.length > MAX_COMMENT_CHARS - 500) break;
      out.push(line);
      size += line.length + 1;
      shown++;
    }
    if (shown < sorted.length) out.push(`- ${t['md.more']({ count: sorted.length - shown, log: opts.runUrl ?? '' })}`);
    out.push('');
  }
  out.push(`<sub>${t['md.evaluated']({ at: mdText(when(v.evaluatedAt, zone, t)), run: opts.runUrl ?? '' })}</sub>`);
  return out.join('\n');
}
