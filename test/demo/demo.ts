// npm run demo: the main job on the examples, with no account and no network. A local GitHub API
// emulator is seeded from examples/; the bundled Action runs for sample upgrade PRs on a Wednesday
// and a Thursday (Asia/Shanghai) and for an emergency; the statuses and the PR comment are printed.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { projectRoot } from '../emulator/root.js';
import { CLOCK, runAction } from '../e2e/run-action.js';
import { repository } from '../emulator/factories.js';
import { exampleUpgrade, openUpgradePull, seedMain } from '../emulator/seed.js';
import { GitHubEmulator } from '../emulator/server.js';

const clock = CLOCK;
// npm run demo -- --lang zh-CN: the Action's input language, and the demo's own headings, in Chinese.
const langArg = process.argv.indexOf('--lang');
const zh = langArg >= 0 && /^zh/i.test(process.argv[langArg + 1] ?? '');
const inputs = zh ? { language: 'zh-CN' } : undefined;
const say = (en: string, cn: string) => (zh ? cn : en);
const emu = new GitHubEmulator('acme/deploy');
const api = await emu.start();
const main = seedMain(emu);
const line = (s = '') => process.stdout.write(`${s}\n`);

const regular = exampleUpgrade('regular');
const head = openUpgradePull(emu, {
  number: 7,
  base: main,
  files: { [regular.path]: regular.text },
  title: 'Upgrade billing to 2.4.0',
});

const emergency = exampleUpgrade('emergency');
const hotfix = openUpgradePull(emu, {
  number: 9,
  base: main,
  files: { [emergency.path]: emergency.text },
  title: 'Emergency: orders 3.1.1',
  label: { name: 'emergency', by: 'han-meimei', at: '2026-11-25T02:00:00Z' },
  approvedAt: ['2026-11-25T11:00:00Z', '2026-11-25T11:30:00Z'],
});

const show = async (
  title: string,
  pr: number,
  sha: string,
  at: string,
  event: 'pull_request_target' | 'pull_request_review',
) => {
  const before = emu.count();
  const r = await runAction({
    apiUrl: api,
    event,
    payload: emu.pullEvent(event, event === 'pull_request_review' ? 'submitted' : 'opened', pr),
    at,
    clock,
    inputs,
  });
  const s = emu.statuses.get(sha)!.at(-1)!;
  line(`── ${title}`);
  line(
    say(
      `   at ${at} UTC · exit ${r.code} · ${emu.count() - before} REST calls · outputs: verdict=${r.outputs.verdict} upgrade-type=${r.outputs['upgrade-type']}`,
      `   UTC ${at} · 退出码 ${r.code} · ${emu.count() - before} 次 REST 调用 · 输出：verdict=${r.outputs.verdict} upgrade-type=${r.outputs['upgrade-type']}`,
    ),
  );
  line(
    say(
      `   status upgrade-gate on ${sha.slice(0, 7)}: ${s.state} — ${s.description}`,
      `   提交 ${sha.slice(0, 7)} 上的 upgrade-gate 状态：${s.state} — ${s.description}`,
    ),
  );
  line();
};

line(
  say(
    `upgrade-gate demo · GitHub API emulator at ${api} (OpenAPI-validated) · clock: ${clock}`,
    `upgrade-gate 演示 · GitHub API 模拟器 ${api}（按 OpenAPI 校验）· 时钟：${clock}`,
  ),
);
line();
await show(
  say(
    'PR #7 regular upgrade, Wednesday 2026-12-02 20:00 Asia/Shanghai',
    'PR #7 常规升级，北京时间 2026-12-02（周三）20:00',
  ),
  7,
  head,
  '2026-12-02 12:00:00',
  'pull_request_target',
);
await show(
  say('PR #7 again, Thursday 2026-12-03 20:00 Asia/Shanghai', 'PR #7 再次检查，北京时间 2026-12-03（周四）20:00'),
  7,
  head,
  '2026-12-03 12:00:00',
  'pull_request_review',
);
await show(
  say(
    'PR #9 emergency upgrade, Wednesday 2026-11-25 21:30 Asia/Shanghai, labelled emergency',
    'PR #9 紧急升级，北京时间 2026-11-25（周三）21:30，带 emergency 标签',
  ),
  9,
  hotfix,
  '2026-11-25 13:30:00',
  'pull_request_target',
);
line(
  say(
    `── The one sticky comment on PR #7 (updated in place: ${emu.comments.get(7)?.length} comment)`,
    `── PR #7 上唯一的固定评论（原地更新：${emu.comments.get(7)?.length} 条评论）`,
  ),
);
line();
line(String(emu.comments.get(7)![0]!.body));
line();
line(
  say(
    '── PR #7 merges on Thursday 2026-12-03 20:05 Asia/Shanghai: the closed event archives it',
    '── PR #7 于北京时间 2026-12-03（周四）20:05 合并：closed 事件写入升级档案',
  ),
);
emu.merge(7, 'bob-ops', '2026-12-03T12:05:00Z');
const merged = await runAction({
  apiUrl: api,
  event: 'pull_request_target',
  payload: emu.pullEvent('pull_request_target', 'closed', 7),
  at: '2026-12-03 12:05:10',
  clock,
  inputs,
});
line(say(`   exit ${merged.code}`, `   退出码 ${merged.code}`) + ` · archive-path=${merged.outputs['archive-path']}`);
line(
  say(`   files committed to main: `, `   提交到 main 的文件：`) +
    `${[...emu.filesAt('main').keys()].filter((p) => p.startsWith('archive/')).join(say(', ', '、'))}`,
);
line();
line(String(emu.filesAt('main').get(merged.outputs['archive-path']!.replace(/\.json$/, '.md'))));

// After the merge the measures go on (4.6, 4.7): the outcome is recorded on the PR.
const outcomePart = () => {
  const body = String(emu.comments.get(7)!.find((c) => String(c.body).includes('upgrade-gate:sticky-comment'))!.body);
  return body.slice(body.indexOf('<!-- upgrade-gate:outcome -->'));
};
const writesSince = (n: number) => emu.requests.slice(n).filter((r) => r.method !== 'GET').length;
line(
  say(
    '── Friday 2026-12-04 21:05 Asia/Shanghai, 25 hours after the merge: the scheduled run finds no outcome yet',
    '── 北京时间 2026-12-04（周五）21:05，合并后 25 小时：定时任务发现升级结果尚未登记',
  ),
);
const sched = await runAction({
  apiUrl: api,
  event: 'schedule',
  payload: { schedule: '5 13 * * 5', repository: repository(api, 'acme', 'deploy') },
  at: '2026-12-04 13:05:00',
  clock,
  inputs,
});
// The scheduled run's log line, in the language it speaks.
const pendingLine = zh ? /有 \d+ 个已合并的升级超过[^\n]*/ : /merged upgrades? without an outcome[^\n]*/;
line(
  `   ${pendingLine.exec(sched.stdout)?.[0] ?? say('no pending outcome', '没有待登记的升级结果')}` +
    say('; the sticky comment on PR #7 now ends with:', '；PR #7 的置顶评论末尾现在是：'),
);
line();
line(outcomePart());
line();
const command = [
  '/upgrade-result succeeded',
  'completed_at: 2026-12-04T21:40',
  'verification:',
  '  V-1: passed',
  '  V-2: passed',
  'notes: started, routine checks and the verification cases passed',
  'notified_at: 2026-12-04T21:50',
].join('\n');
line(
  say(
    "── mallory, who is not one of the upgrade's people, comments /upgrade-result succeeded",
    '── 不是本次升级相关人员的 mallory 评论 /upgrade-result succeeded',
  ),
);
let before = emu.count();
const outsider = await runAction({
  apiUrl: api,
  event: 'issue_comment',
  payload: emu.commentEvent('created', 7, emu.userComment(7, 'mallory', command, '2026-12-04T13:55:00Z')),
  at: '2026-12-04 13:55:05',
  clock,
  inputs,
});
line(
  say(
    `   outcome=${outsider.outputs.outcome} · archive unchanged · the reply:`,
    `   outcome=${outsider.outputs.outcome} · 档案未变 · 回复：`,
  ),
);
line(
  String(emu.comments.get(7)!.find((c) => String(c.body).includes('upgrade-gate:outcome-reply'))!.body)
    .split('\n')
    .slice(1)
    .join('\n'),
);
line();
line(
  say(
    '── an ordinary comment ("deploy looks good, running the cases now")',
    '── 一条普通评论（“deploy looks good, running the cases now”）',
  ),
);
before = emu.count();
const plain = await runAction({
  apiUrl: api,
  event: 'issue_comment',
  payload: emu.commentEvent(
    'created',
    7,
    emu.userComment(7, 'carol-ops', 'deploy looks good, running the cases now', '2026-12-04T13:56:00Z'),
  ),
  at: '2026-12-04 13:56:05',
  clock,
  inputs,
});
line(
  say(
    `   outcome=${plain.outputs.outcome} · ${emu.count() - before} REST calls`,
    `   outcome=${plain.outputs.outcome} · ${emu.count() - before} 次 REST 调用`,
  ),
);
line();
line(say('── carol-ops, the executor, comments:', '── 执行人 carol-ops 评论：'));
line();
line(
  command
    .split('\n')
    .map((l) => `   ${l}`)
    .join('\n'),
);
line();
const executorComment = emu.userComment(7, 'carol-ops', command, '2026-12-04T14:00:00Z');
const recorded = await runAction({
  apiUrl: api,
  event: 'issue_comment',
  payload: emu.commentEvent('created', 7, executorComment),
  at: '2026-12-04 14:00:05',
  clock,
  inputs,
});
const outcomeRecord = JSON.parse(emu.filesAt('main').get(recorded.outputs['archive-path']!)!);
line(
  say(`   exit ${recorded.code}`, `   退出码 ${recorded.code}`) +
    ` · outcome=${recorded.outputs.outcome} · archive-path=${recorded.outputs['archive-path']}`,
);
const { sequence, outcome, recorded_by: by, comment, upgrade, previous_sha256: previous } = outcomeRecord;
line(
  say(
    `   record #${sequence}: ${outcome}, recorded by ${by.login} (${by.as.join(', ')}), comment ${comment.id}, upgrade record sha256 ${upgrade.sha256.slice(0, 12)}…, previous ${previous.slice(0, 12)}…`,
    `   第 ${sequence} 条记录：${outcome}，由 ${by.login}（${by.as.join('、')}）登记，评论 ${comment.id}，升级记录 sha256 ${upgrade.sha256.slice(0, 12)}…，上一条 ${previous.slice(0, 12)}…`,
  ),
);
line(say('   the sticky comment now ends with:', '   置顶评论末尾现在是：'));
line();
line(outcomePart());
line();
before = emu.count();
const again = await runAction({
  apiUrl: api,
  event: 'issue_comment',
  payload: emu.commentEvent('created', 7, executorComment),
  at: '2026-12-04 14:10:00',
  clock,
  inputs,
});
line(
  say(
    `── the same event delivered again: outcome=${again.outputs.outcome} · ${writesSince(before)} writes`,
    `── 同一事件再次送达：outcome=${again.outputs.outcome} · ${writesSince(before)} 次写入`,
  ),
);
const dir = mkdtempSync(join(tmpdir(), 'upgrade-gate-demo-'));
emu.checkout('main', 'archive/', dir);
const cli = join(projectRoot(), 'action/cli.js');
// The CLI speaks the demo's language, as the Action does.
const lang = zh ? ['--lang', 'zh-CN'] : [];
const verify = () => spawnSync(process.execPath, [cli, 'verify', join(dir, 'archive'), ...lang], { encoding: 'utf8' });
line(say(`── upgrade-gate verify on that archive: `, `── 对该档案运行 upgrade-gate verify：`) + verify().stdout.trim());
line(say('── upgrade-gate report on that archive:', '── 对该档案运行 upgrade-gate report：'));
line();
line(
  spawnSync(process.execPath, [cli, 'report', join(dir, 'archive'), '--at', '2026-12-05T09:00', ...lang], {
    encoding: 'utf8',
  }).stdout.trim(),
);
line();
const recordFile = join(dir, merged.outputs['archive-path']!);
writeFileSync(recordFile, readFileSync(recordFile, 'utf8').replace('"merged_by": "bob-ops"', '"merged_by": "mallory"'));
const tampered = verify();
line(
  say(
    `── after changing merged_by in the record: exit ${tampered.status}: `,
    `── 改动记录中的 merged_by 之后：退出码 ${tampered.status}：`,
  ) + tampered.stdout.trim(),
);
await emu.stop();
if (emu.violations.length) {
  line(`OpenAPI violations: ${JSON.stringify(emu.violations, null, 2)}`);
  process.exitCode = 1;
}
