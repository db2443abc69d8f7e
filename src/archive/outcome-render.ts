import type { Finding } from '../messages/finding.js';
import type { Catalog } from '../messages/index.js';
import type { OutcomeRecordUpgradeGateOutcomeRecordV1 as OutcomeRecord } from './outcome-record.types.js';

/** Marks the outcome part of the sticky PR comment, so runs that re-render the comment keep it. */
export const STICKY_OUTCOME_START = '<!-- upgrade-gate:outcome -->';
/** End of the outcome part of the sticky comment. */
export const STICKY_OUTCOME_END = '<!-- /upgrade-gate:outcome -->';
/** Marks the one reply to outcome commands on a PR, updated in place. */
export const OUTCOME_REPLY_MARKER = '<!-- upgrade-gate:outcome-reply -->';

const ICON: Record<string, string> = { succeeded: '✅', failed: '❌', restored: '↩️' };
const ZH: Record<string, string> = { succeeded: '升级成功', failed: '升级失败', restored: '已恢复备份' };

/** Text from a comment made inert in Markdown: no mentions, links, HTML, emphasis or table breaks. */
export function inert(s: string | null | undefined): string {
  if (s === null || s === undefined || s === '') return '—';
  return s
    .replace(/\r?\n/g, ' ')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/([\\`*_{}[\]()#+!|~@:])/g, '\\$1');
}

/** One outcome in words: "✅ succeeded · 升级成功". */
export function outcomeLabel(outcome: string): string {
  return `${ICON[outcome] ?? ''} ${outcome} · ${ZH[outcome] ?? outcome}`.trim();
}

// Times were checked against the local-date-time format (digits, T, colons, an offset) before they were recorded.
const time = (t: string | null) => (t && /^[0-9T:+\-Z ]+$/.test(t) ? t : inert(t));

// Formats 1 and 2 render their outcome section with exactly these rows ("Comment" in English): frozen.
// The sticky comment, which no archive holds, heads the column in both languages.
function rows(outcomes: OutcomeRecord[], comment = 'Comment'): string[] {
  return [
    `| # | Outcome · 结果 | Completed · 完成时间 | Verification · 验证 | Notice · 完成通知 | Recorded by · 记录人 | ${comment} |`,
    '| --- | --- | --- | --- | --- | --- | --- |',
    ...outcomes.map((o) => {
      const cases = Object.entries(o.verification).map(([id, r]) => `${inert(id)} ${r}`).join(', ');
      return `| ${o.sequence} | ${outcomeLabel(o.outcome)} | ${time(o.completed_at)} (${o.policy.time_zone}) | ${cases} | ${time(o.notified_at)} | ${inert(o.recorded_by.login)} (${o.recorded_by.as.join(', ')}) | [${o.comment.id}](${encodeURI(o.comment.url)}) |`;
    }),
    '',
    ...outcomes.flatMap((o) => [`- #${o.sequence} notes · 说明: ${inert(o.notes)}`, ...(o.cause ? [`  - cause · 原因: ${inert(o.cause)}`] : []), ...(o.backup_restored ? [`  - backup restored · 恢复的备份: ${inert(o.backup_restored)}`] : [])]),
  ];
}

/** The outcome part of a format 1 or 2 record's Markdown: every outcome in chain order, the newest is the state. Empty when none. */
export function renderOutcomeSection(outcomes: OutcomeRecord[]): string {
  if (outcomes.length === 0) return '';
  const sorted = [...outcomes].sort((a, b) => a.sequence - b.sequence);
  return [`## Outcome · 升级结果: ${outcomeLabel(sorted.at(-1)!.outcome)}`, '', ...rows(sorted), ''].join('\n');
}

/** The outcome part of the sticky comment: the recorded outcomes, or a pending notice. */
export function renderStickyOutcome(state: { outcomes: OutcomeRecord[]; archivePath?: string } | { pending: string }): string {
  const body = 'pending' in state
    ? [`### ⏳ Outcome pending · 待确认升级结果`, '', state.pending]
    : [`### Outcome · 升级结果: ${outcomeLabel(state.outcomes.at(-1)!.outcome)}`, '', ...rows(state.outcomes, 'Comment · 评论')];
  return [STICKY_OUTCOME_START, ...body, STICKY_OUTCOME_END].join('\n');
}

/** Puts the outcome part into a sticky comment body, replacing an earlier one. */
export function withStickyOutcome(body: string, part: string): string {
  const start = body.indexOf(STICKY_OUTCOME_START);
  const end = body.indexOf(STICKY_OUTCOME_END);
  if (start >= 0 && end > start) return `${body.slice(0, start)}${part}${body.slice(end + STICKY_OUTCOME_END.length)}`;
  return `${body.trimEnd()}\n\n${part}\n`;
}

/** The outcome part of an existing sticky comment body, if it has one (kept when the comment is re-rendered). */
export function stickyOutcomeOf(body: string | undefined): string | undefined {
  if (!body) return undefined;
  const start = body.indexOf(STICKY_OUTCOME_START);
  const end = body.indexOf(STICKY_OUTCOME_END);
  return start >= 0 && end > start ? body.slice(start, end + STICKY_OUTCOME_END.length) : undefined;
}

/** The reply to an outcome command, in the catalog's language: a lead sentence, then each finding with its line and fix. */
export function renderOutcomeReply(
  t: Catalog,
  lead: string,
  findings: Finding[] = [],
  commentUrl?: string,
  example?: string,
): string {
  const finding = (f: Finding) =>
    `- ${t['outcome.reply-finding']({ line: f.line ?? 1, column: f.column ?? 1, rule: f.rule, message: inert(f.message) })}`;
  return [
    OUTCOME_REPLY_MARKER,
    `**upgrade-gate · /upgrade-result**${commentUrl ? ` ([${t['outcome.reply-comment']()}](${encodeURI(commentUrl)}))` : ''}`,
    '',
    lead,
    ...(findings.length ? ['', ...findings.map(finding)] : []),
    ...(findings.length && example ? ['', example] : []),
  ].join('\n');
}
