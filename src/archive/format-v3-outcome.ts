// The outcome section of a format-3 upgrade record's Markdown, in English and Chinese throughout.
// Frozen with format-v3.ts: an archived record's Markdown with its outcomes renders as it was written.
import type { OutcomeRecordUpgradeGateOutcomeRecordV1 as OutcomeRecord } from './outcome-record.types.js';
import { inert } from './outcome-render.js';

const OUTCOMES: Record<string, string> = {
  succeeded: '✅ succeeded · 升级成功',
  failed: '❌ failed · 升级失败',
  restored: '↩️ restored · 已恢复至升级前的备份版本',
};
const RESULTS: Record<string, string> = { passed: 'passed · 通过', failed: 'failed · 未通过' };
const PEOPLE: Record<string, string> = {
  executor: 'executor · 执行人',
  supervisor: 'supervisor · 监督人',
  project_lead: 'project lead · 项目负责人',
  ops_lead: 'ops lead · 运维负责人',
};

const outcome = (o: string) => OUTCOMES[o] ?? inert(o);
// Times were checked against the local-date-time format (digits, T, colons, an offset) before they were recorded.
const time = (t: string | null) => (t && /^[0-9T:+\-Z ]+$/.test(t) ? t : inert(t));
const right = (as: string) => PEOPLE[as] ?? (as.startsWith('role:') ? `role · 角色 ${inert(as.slice(5))}` : inert(as));

/** One row per outcome in chain order, then each one's notes. */
function rowsV3(outcomes: OutcomeRecord[]): string[] {
  return [
    '| # | Outcome · 结果 | Completed · 完成时间 | Verification · 验证 | Notice · 完成通知 | Recorded by · 记录人 | Comment · 评论 |',
    '| --- | --- | --- | --- | --- | --- | --- |',
    ...outcomes.map((o) => {
      const cases = Object.entries(o.verification)
        .map(([id, r]) => `${inert(id)} ${RESULTS[r] ?? inert(r)}`)
        .join(', ');
      const by = `${inert(o.recorded_by.login)} (${o.recorded_by.as.map(right).join(', ')})`;
      return `| ${o.sequence} | ${outcome(o.outcome)} | ${time(o.completed_at)} (${inert(o.policy.time_zone)}) | ${cases} | ${o.notified_at ? time(o.notified_at) : 'not given · 未填写'} | ${by} | [${o.comment.id}](${encodeURI(o.comment.url)}) |`;
    }),
    '',
    ...outcomes.flatMap((o) => [
      `- #${o.sequence} notes · 说明: ${inert(o.notes)}`,
      ...(o.cause ? [`  - cause · 原因: ${inert(o.cause)}`] : []),
      ...(o.backup_restored ? [`  - backup restored · 恢复的备份: ${inert(o.backup_restored)}`] : []),
    ]),
  ];
}

/** The outcome part of a format-3 record's Markdown: every outcome in chain order, the newest is the state. Empty when none. */
export function outcomeSectionV3(outcomes: OutcomeRecord[]): string {
  if (outcomes.length === 0) return '';
  const sorted = [...outcomes].sort((a, b) => a.sequence - b.sequence);
  return [`## Outcome · 升级结果: ${outcome(sorted.at(-1)!.outcome)}`, '', ...rowsV3(sorted), ''].join('\n');
}
