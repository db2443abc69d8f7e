import type { en } from './en.js';
import {
  zhDuration,
  zhMoment,
  zhValue,
  zhRoles,
  zhWeekday,
  zhWeekdays,
  zhZone,
  type UnsafePathReason,
} from './format.js';

/** The catalog's shape: every key of the English catalog, each taking the same parameters. */
export type Catalog = { [K in keyof typeof en]: (typeof en)[K] };

// The YAML parser's own sentences (English), said the way a Chinese ops team would; any other stays as the parser wrote it.
const YAML_DETAIL: Array<[RegExp, string]> = [
  [
    /^Implicit keys need to be on a single line/,
    '字段名必须写在一行内，常见原因是冒号后面少了空格，或上一行的引号没有闭合',
  ],
  [/^Implicit map keys need to be followed by map values/, '字段名后面缺少半角冒号和取值'],
  [/^All mapping items must start at the same column/, '同一层的字段没有对齐，缩进的空格数不同'],
  [/^All sequence items must start at the same column/, '同一个列表的各项没有对齐，“-” 前的空格数不同'],
  [/^Sequence item without - indicator/, '列表项前面缺少 “- ”（半角减号加空格）'],
  [
    /^Nested mappings are not allowed in compact mappings/,
    '一行里出现了两个“字段: 值”，取值中的半角冒号加空格会被当成新的字段，这样的取值请加半角引号',
  ],
  [/^A block sequence may not be used as an implicit map key/, '列表不能当作字段名'],
  [/^Missing closing "quote/, '缺少结尾的半角双引号 "'],
  [/^Missing closing 'quote/, "缺少结尾的半角单引号 '"],
  [
    /^Flow sequence in block collection must be sufficiently indented and end with a \]/,
    '方括号列表没有以半角 ] 结尾，或换行后缩进不够',
  ],
  [
    /^Flow map in block collection must be sufficiently indented and end with a \}/,
    '花括号映射没有以半角 } 结尾，或换行后缩进不够',
  ],
  [/^Comments must be separated from other tokens by white space characters/, '注释的 # 前面要有空格'],
  [/^Missing , between flow (sequence|map) items/, '各项之间缺少半角逗号'],
  [/^Plain value cannot start with (.*)/, '取值不能以 $1 开头，请给这个取值加上半角引号'],
  [/^A node can have at most one tag/, '一个取值只能有一个标签（以 ! 开头的词）'],
  [/^A node can have at most one anchor/, '一个取值只能有一个锚点（以 & 开头的词）'],
];
const yamlDetail = (detail: string) => {
  const text = String(detail);
  for (const [pattern, zh] of YAML_DETAIL) if (pattern.test(text)) return text.replace(pattern, zh);
  return text;
};
const OUTCOME_ZH: Record<string, string> = {
  succeeded: '升级成功',
  failed: '升级失败',
  restored: '已恢复至升级前的备份版本',
};
const SHORT_WEEKDAY_ZH: Record<string, string> = {
  Sun: '周日',
  Mon: '周一',
  Tue: '周二',
  Wed: '周三',
  Thu: '周四',
  Fri: '周五',
  Sat: '周六',
};
const TYPE_ZH: Record<string, string> = { regular: '常规升级', emergency: '紧急升级', unknown: '未知' };
const REPORT_OUTCOME_ZH: Record<string, string> = { ...OUTCOME_ZH, pending: '待记录', none: '未到期' };
const eg = (example: string | undefined) => (example === undefined ? '' : `，如 ${example}`);
const ROOT_NAME = { document: '升级文档', config: 'upgrade-gate 配置', outcome: '升级结果' } as const;
const WANT: Record<string, string> = {
  string: '文字',
  object: '映射',
  array: '列表',
  number: '数字',
  integer: '整数',
  boolean: '布尔值（true 或 false）',
};
const DATE_TIME =
  '有效的日期时间（写成 YYYY-MM-DDTHH:MM，秒和小数可省略；带 +08:00 或 Z 之类的偏移，不带时按策略时区）';
const FORMAT: Record<string, string> = {
  date: '有效的日期（写成 YYYY-MM-DD）',
  'local-date-time': DATE_TIME,
  'date-or-local-date-time': `有效的日期（YYYY-MM-DD）或${DATE_TIME}`,
};

const UNSAFE_PATH: Record<UnsafePathReason, string> = {
  link: '是一个链接，不是仓库里的文件；审计需要文件本身',
  absolute: '是绝对路径',
  backslash: '使用了反斜杠 \\',
  parent: '用 .. 跳出了仓库目录',
  nul: '含有 NUL 字节',
};

const BACKUP_PART = { data: '数据', programs: '程序', config: '配置脚本' } as const;

/**
 * 全部面向用户的中文文案，与 en.ts 键名相同、参数相同。用语以《软件产品运维升级管理办法》为准
 * （常规升级、紧急升级、灰度环境、研发中心负责人、总经理办公室、生产环境升级审批单等）。
 */
export const zhCN: Catalog = {
  'people.two-person': (p) =>
    `people.executor 和 people.supervisor 都是 ${p.login}：升级过程须一人执行、一人监督（《升级管理办法》3.6），请另行指定监督人`,
  'window.order': (p) =>
    `window.end（${p.end}）不晚于 window.start（${p.start}）：升级窗口的结束时间必须晚于开始时间，请改正时间或把两者对调`,
  'window.length': (p) =>
    `升级窗口从 ${p.start} 到 ${p.end}，共 ${p.hours} 小时：常规升级的生产环境升级在周四进行（《升级管理办法》3.3），合并可以持续到 window.end，窗口过长就可能在其他日期合并；请把结束时间定在开始后 ${p.max} 小时以内，或把升级拆分成几次`,
  'window.weekday': (p) =>
    `window.start ${p.start} 按${zhZone(p.zone)}是${zhWeekday(p.day)}；常规升级的生产环境升级安排在${zhWeekdays(p.allowed)}（《升级管理办法》3.3）：请把升级窗口改到 ${p.next.date}（${zhWeekday(p.next.day)}），或改走紧急升级流程`,
  'gray-test.missing': () =>
    '未记录灰度环境升级测试：生产环境升级前须先在灰度环境完成升级测试（《升级管理办法》3.3）；请补充 gray_test，填写 completed、result 和 report',
  'gray-test.failed': () =>
    'gray_test.result 为 failed：生产环境升级要求灰度环境测试通过；请修复版本、重新做灰度环境测试，并记录 result: passed',
  'gray-test.before-window': (p) =>
    `gray_test.completed（${p.completed}）不早于 window.start（${p.start}）：灰度环境测试必须在生产环境升级之前完成；请填写实际的灰度测试时间，或推迟升级窗口`,
  'gray-test.weekday': (p) =>
    `gray_test.completed ${p.completed} 是${zhWeekday(p.day)}；按规定一般在${zhWeekday(p.expected)}完成灰度环境升级测试（《升级管理办法》3.3）：如有特殊原因，请在 PR 中说明`,
  'notice.missing': (p) =>
    `未记录全员通知：须至少在升级窗口开始前 ${p.hours} 小时发出升级通知（《升级管理办法》4.4）；请补充 notification，填写 announced_at 和 channels`,
  'notice.lead-time': (p) =>
    `notification.announced_at（${p.announced}）距 window.start（${p.start}）不足 ${p.hours} 小时：请在 ${zhMoment(p.latest)} 之前发出通知，或推迟升级窗口`,
  'notice.before-merge': (p) =>
    `在 ${zhMoment(p.merge)} 合并（GitOps 下合并即上线）距 notification.announced_at（${p.announced}）不足 ${p.hours} 小时（《升级管理办法》4.4）：请不早于 ${zhMoment(p.earliest)} 合并`,
  'gray-test.before-merge': (p) =>
    `gray_test.completed（${p.completed}）晚于合并时间 ${zhMoment(p.merge)}（GitOps 下合并即上线）：灰度环境测试必须在生产环境升级之前完成；请在灰度测试完成后再合并，或填写实际的灰度测试时间`,
  'acceptance.required': () =>
    '未记录用户验证：生产环境升级必须先经过用户验证（《升级管理办法》3.1）；请补充 acceptance，填写 verified_by、date 和 evidence',
  'acceptance.after-window': (p) =>
    `acceptance.date（${p.date}）晚于 window.start（${p.start}）：用户验证必须在上生产环境之前完成`,
  'backup.section': (p) =>
    `缺少 backup.${p.part}：请写明升级前如何备份${BACKUP_PART[p.part]}、备份存放在哪里（《升级管理办法》3.5），例如 backup.${p.part}: { method: ..., location: ... }`,
  'backup.rollback': () =>
    '缺少 rollback.plan：请写明升级验证不通过时，如何把系统恢复至升级前的备份版本（《升级管理办法》4.6）',
  'emergency.section-missing': () =>
    'type 为 emergency，但文档中没有 emergency 部分：请补充 emergency，填写 reason、impact、justification 和 confirmation（《升级管理办法》3.2、4.3）',
  'emergency.section-unexpected': () =>
    '文档中有 emergency 部分，但 type 为 regular：如确属紧急升级，请改为 type: emergency；否则删除 emergency 部分',
  'emergency.reason': (p) =>
    `emergency.reason ${JSON.stringify(p.reason)} 不属于《升级管理办法》3.2 允许紧急升级的两种情况：${p.guess ? `请写成 ${p.guess}；两种情况为 ` : ''}system-failure（因系统故障影响该系统的继续使用，且影响范围较大）或 business-stoppage（系统功能已无法满足业务开展，且会造成较大范围的业务停顿）`,
  'emergency.justification': (p) =>
    `emergency.justification 太短，说明不了原因：按字符计，一个汉字算 2 个、字母数字和空格算 1 个，已写 ${p.length} 个，至少需要 ${p.min} 个（还差约 ${Math.ceil((p.min - p.length) / 2)} 个汉字）；请写明为什么不能等到下一个升级窗口`,
  'emergency.justification-placeholder': () =>
    'emergency.justification 只是占位内容：请写明为什么不能等到下一个升级窗口',
  'emergency.confirmation': (p) =>
    `缺少 emergency.confirmation.${p.missing}：紧急升级执行前，须通过电话与相关部门沟通确认，并发邮件通知总经理办公室进行临时升级登记（《升级管理办法》4.3）`,
  'evidence.exists': (p) =>
    `${p.field} 指向 ${p.path}，但仓库中没有这个文件：请在该路径（相对仓库根目录）提交文件，或改正路径`,
  'evidence.path': (p) =>
    `${p.field} ${JSON.stringify(p.path)} ${UNSAFE_PATH[p.why]}：请填写相对仓库根目录的路径，例如 docs/acceptance/report.md`,
  'release.forward': (p) =>
    `release.to（${p.to}）并不比 release.from（${p.from}）新：升级应安装更新的版本；如需回退，请发布一个版本号更高的新版本`,
  'document.unique-id': (p) => `编号 ${p.id} 已被 ${p.other} 使用：每次升级须有自己的审批单编号（NO.）`,
  'approval.self': (p) => `@${p.login} 批准了自己提交的 PR：作者本人的批准不计入；请由担任该角色的其他人审批`,
  'approval.contributor': (p) =>
    `@${p.login} 是该 PR 中提交的作者或提交者：修改过 PR 的人的审批不计入；请由担任该角色的其他人审批`,
  'approval.contributors-unknown': (p) =>
    `@${p.login} 的审批不计入：无法列出该 PR 的全部提交，无法确认 @${p.login} 是否修改过它`,
  'approval.stale': (p) =>
    `@${p.login} 在提交 ${p.commit} 上的审批已失效：${p.changed ? `此后 ${p.changed}${p.more ? ` 等另外 ${p.more} 个文件` : ''}有变更` : `无法读取 ${p.commit} 之后的变更`}；请 @${p.login} 对当前最新提交 ${p.head} 重新审批`,
  'approval.stale-base': (p) =>
    `@${p.login} 的审批已失效：该 PR 在审批之后（${p.at}）改为合入另一个目标分支，变更内容已不是审批时的内容；请 @${p.login} 对当前最新提交 ${p.head} 重新审批`,
  'approval.blocked': (p) =>
    `@${p.login}（${p.role.zh}）要求修改：请按意见修改后请 @${p.login} 批准；要求修改未撤销前，${p.role.zh}的审批不成立`,
  'approval.distinct': (p) =>
    `@${p.login} 已代表另一个角色签字：${p.role.zh}须由另一人审批，《升级管理办法》要求两人分别签字`,
  'approval.missing': (p) =>
    `待${p.role.zh}审批：须由 ${p.owners} 的成员${p.examples ? `（如 ${p.examples}）` : ''}批准当前最新提交 ${p.head}${p.note ? `；注意：${p.note}` : ''}`,
  'codeowners.coverage-none': (p) =>
    `基础分支上没有 CODEOWNERS 文件，因此 ${p.path} 没有代码所有者，GitHub 不会请求${zhRoles(p.roles)}审查：请添加 .github/CODEOWNERS，写入这一行 "${p.fix}"`,
  'codeowners.coverage-unmatched': (p) =>
    `没有任何 CODEOWNERS 规则匹配 ${p.path}，因此它没有代码所有者，GitHub 不会请求${zhRoles(p.roles)}审查：请在 CODEOWNERS 末尾添加这一行 "${p.fix}"（以最后一条匹配的规则为准，所以这一行要列出每个角色）`,
  'codeowners.coverage-ownerless': (p) =>
    `${p.path} 匹配 CODEOWNERS 第 ${p.line} 行，但该行没有列出任何所有者，GitHub 不会请求${zhRoles(p.roles)}审查：请在 CODEOWNERS 末尾添加这一行 "${p.fix}"（以最后一条匹配的规则为准，所以这一行要列出每个角色）`,
  'codeowners.coverage': (p) =>
    `${p.path} 的代码所有者是 ${p.owners}（CODEOWNERS 第 ${p.line} 行），其中没有${zhRoles(p.roles)}的代码所有者：请在 CODEOWNERS 末尾添加这一行 "${p.fix}"（以最后一条匹配的规则为准，所以这一行要列出每个角色）`,
  'codeowners.negation': () =>
    '无效的路径模式：CODEOWNERS 不支持用 ! 取反，GitHub 会跳过这一行：如需让某些路径没有所有者，请在后面单独为它们写一行，且不写所有者',
  'codeowners.range': () =>
    '无效的路径模式：CODEOWNERS 不支持用 [ ] 表示字符范围，GitHub 会跳过这一行：请为范围代表的每个名称各写一行',
  'codeowners.escaped-hash': () =>
    '无效的路径模式：CODEOWNERS 不能用 \\ 转义 #，GitHub 会跳过这一行，也匹配不到以 # 开头的路径：请改为指定包含这些文件的目录',
  'codeowners.triple-star': () => '无效的路径模式：不能连写三个星号，GitHub 会跳过这一行：任意多层目录请写 **',
  'codeowners.root': () =>
    '无效的路径模式：模式 / 匹配不到任何文件，GitHub 会跳过这一行：如要指定仓库中的全部文件，请写 *',
  'codeowners.owner': (p) =>
    `无效的所有者：${JSON.stringify(p.token)} 不是有效的所有者，GitHub 会跳过这一行：请写成 @用户名、@组织/团队 或电子邮件地址`,
  'codeowners.too-large': () =>
    '文件过大：CODEOWNERS 达到 3 MB 或以上，GitHub 完全不会加载它，所有路径都没有所有者：请把其中的规则合并为更少、范围更大的几条',
  'merge.closed': (p) =>
    `${p.reason}：常规升级现在不能合并；${p.flip ? `升级窗口${p.flip}` : p.over ? '该文档的升级窗口已过（或不在生产环境升级日开始），不会再开放：请另写一份使用新编号（NO.）和新升级窗口的升级文档' : '一年之内都没有可合并的时间，请检查 merge-days 和 freezes 配置'}；如遇大范围系统故障或业务停顿，请走紧急升级流程`,
  'window.merge-day': (p) => `${p.date}（${zhWeekday(p.day)}，${zhZone(p.zone)}）是生产环境升级日`,
  'window.not-merge-day': (p) => `${p.date}（${zhWeekday(p.day)}，${zhZone(p.zone)}）不是生产环境升级日`,
  'window.in-freeze': (p) =>
    `${p.date}（${zhWeekday(p.day)}，${zhZone(p.zone)}）处于封版期"${p.freeze.name}"（${p.freeze.from} 至 ${p.freeze.to}）`,
  'window.outside': (p) => `${zhMoment(p.at)} 不在文档允许合并的时间内（${zhMoment(p.start)} 至 ${zhMoment(p.end)}）`,
  'window.inside': (p) => `${zhMoment(p.at)} 在文档允许合并的时间内（${zhMoment(p.start)} 至 ${zhMoment(p.end)}）`,
  'window.apart': (p) =>
    `各文档的升级窗口没有共同的时间（最晚的 ${zhMoment(p.start)} 开始，最早的 ${zhMoment(p.end)} 结束）：请调整升级窗口使其重叠，或拆分为多个 PR`,
  'window.emergency-allows': (p) => `${p.reason}；紧急升级流程允许合并`,
  'window.flip': (p) =>
    `将于 ${zhMoment(p.flip.at)}（${zhZone(p.flip.zone)}）${p.flip.opens ? '开放' : '关闭'}（还有 ${zhDuration(p.flip.minutes)}）`,
  'summary.unseen': (p) => `无法读取：${p.what}`,
  'summary.problems': (p) => `${p.problems} 个问题：${p.first}`,
  'summary.none': () => '本 PR 不含升级文档：无需检查',
  'summary.config-error': (p) => `配置错误：${p.message || '详见说明'}`,
  'summary.signed': (p) => `${p.role.zh}已由 @${p.login} 批准${p.via ? `（经 ${p.via}）` : ''}`,
  'summary.ready': (p) =>
    `可以合并：${p.signed || '按当前配置无需审批'}；${{ emergency: '紧急升级', open: '升级窗口开放中', relaxed: '升级日规则已按配置放宽' }[p.how]}`,
  'summary.fail': (p) =>
    `尚不能合并：${p.window ? `${p.window}；` : ''}${p.problems} 个问题${p.missing ? `；待审批：${p.missing}` : ''}`,
  'summary.window-closed': (p) => `升级窗口未开放${p.flip ? `，${p.flip}` : ''}`,
  'summary.window-open': (p) => `今天${zhWeekday(p.day)}，升级窗口开放中`,
  'summary.list': (p) => p.items.join('、'),
  'job.failed': (p) => `upgrade-gate 检查不通过：${p.summary}`,
  'job.breach': (p) =>
    `upgrade-gate：PR #${p.pr} 违反升级管理规定合并（${p.count} 项违规）；升级档案 ${p.path} 已如实记录`,
  'job.could-not-finish': (p) => `upgrade-gate 未能完成：${p.error}`,
  'job.verdict': (p) =>
    `upgrade-gate：PR #${p.pr} 检查结果为${{ pass: '通过', fail: '不通过', error: '出错' }[p.outcome] ?? ` ${p.outcome}`}：${p.summary}`,
  'status.could-not-evaluate': (p) => `无法完成检查：${p.error}`,
  'status.could-not-reevaluate': (p) => `无法重新检查：${p.error}`,
  'md.head.archived': () => '✅ upgrade-gate：已合并并归档',
  'md.head.archived-violations': () => '⚠️ upgrade-gate：违反升级管理规定合并，已连同违规记录归档',
  'md.head.ready': () => '✅ upgrade-gate：可以合并',
  'md.head.config-error': () => '⛔ upgrade-gate：配置错误',
  'md.head.not-ready': () => '❌ upgrade-gate：尚不能合并',
  'md.archive': (p) => `**升级档案：** ${p.path}（及同目录下的 \`.md\`）；可用 \`npx upgrade-gate verify\` 校验`,
  'md.window': (p) => `**升级窗口：** ${p.line}`,
  'md.window.emergency': (p) => `🚨 紧急升级：不受升级日限制（${p.reason}）`,
  'md.window.open': (p) => `✅ 开放：${p.reason}${p.flip ? `；${p.flip}` : ''}`,
  'md.window.closed': (p) => `⛔ 未开放：${p.reason}${p.flip ? `；${p.flip}` : ''}`,
  'md.emergency-label': (p) =>
    `**紧急升级标签：** ${p.label}${p.by ? `，由 ${p.by} 于 ${p.at} 添加` : ''}；本月此前已有 ${p.earlier} 次紧急升级`,
  'md.role.approved': (p) => `✅ 已由 ${p.by} 批准${p.via ? `（经 ${p.via}）` : ''}，${p.at}`,
  'md.role.blocked': (p) => `❌ ${p.by} 要求修改`,
  'md.role.waiting': (p) => `⏳ 待 ${p.owners} 的成员审批`,
  'md.role.not-counted': (p) => `（不计入：${p.list}）`,
  'md.roles-missing': () => '未配置审批角色',
  'md.verification': (p) => `${p.cases} 个验证用例；用户验证：${p.by}，${p.on}；灰度环境测试：${p.gray}`,
  'md.next': () => '待处理',
  'md.time': (p) => `${p.date} ${p.time}（${zhZone(p.zone)}）`,
  'md.more': (p) => `…… 另有 ${p.count} 项${p.log ? `，见[运行日志](${p.log})` : ''}`,
  'md.evaluated': (p) => `检查时间：${p.at}${p.run ? ` · [运行记录](${p.run})` : ''}`,
  'md.sign.heading': () => '审批人确认的内容',
  'md.sign.columns': () => '| 项目 | 文档中的内容 |',
  'md.sign.reason': () => '紧急升级原因',
  'md.sign.reason-value': (p) =>
    `${{ 'system-failure': '3.2 情形①：因系统故障影响该系统的继续使用，且影响范围较大', 'business-stoppage': '3.2 情形②：系统功能已无法满足业务开展，且会造成较大范围的业务停顿' }[p.reason] ?? '不属于 3.2 规定的两种情形'}（${p.reason}）`,
  'md.sign.impact': () => '影响范围',
  'md.sign.justification': () => '不能等到升级窗口的理由',
  'md.sign.phone': () => '电话确认',
  'md.sign.phone-value': (p) => `${p.by}，${p.at}`,
  'md.sign.email': () => '邮件临时升级登记（总经理办公室）',
  'md.sign.backup': () => '备份（数据、程序、配置脚本）',
  'md.sign.backup-part': (p) => `${BACKUP_PART[p.part]}：${p.method} → ${p.location}`,
  'md.sign.rollback': () => '回退方案（恢复至升级前的备份版本）',
  'md.sign.notice': () => '全员通知',
  'md.sign.notice-value': (p) => `${p.at}，通过 ${p.channels}`,
  'md.sign.channel': (p) => ({ 'qq-group': 'QQ 群', wechat: '微信公众号', email: '邮件' })[p.channel] ?? p.channel,
  'md.sign.gray': () => '灰度环境测试',
  'md.sign.gray-value': (p) =>
    `${{ passed: '通过', failed: '不通过' }[p.result] ?? p.result}，${p.completed}${p.report ? `，报告 ${p.report}` : ''}`,
  'md.sign.missing': (p) => `— 未填写 ${p.part}`,
  'md.sign.list': (p) => p.items.join('；'),
  'role.title': (p) => p.role.zh,
  'approval.not-counted-author': () => 'PR 作者本人',
  'approval.not-counted-stale': (p) =>
    `批准的是 ${p.commit}，${p.changed === undefined ? '之后的变更无法比对' : `之后 ${p.changed}${p.more ? ` 等 ${p.more + 3} 个文件有变更` : ' 有变更'}`}`,
  'approval.not-counted-after-merge': (p) => `在合并之后才批准（${p.at}）`,
  'approval.not-counted-base-changed': (p) => `在目标分支变更（${p.at}）之前批准`,
  'approval.not-counted-committer': () => '本人向该 PR 提交过代码',
  'approval.not-counted-contributors-unknown': () => '无法列出该 PR 的全部提交，不能确认审批人是否改动过',
  'emergency.applier': (p) =>
    `"${p.label}" 标签由 @${p.login} 添加，但其不是${zhRoles(p.roles)}的成员：该标签只能由他们添加（《升级管理办法》4.3），因此不能豁免升级日限制${p.unreadable ? `（无法读取团队 ${p.unreadable}：请在 teams: 下列出其成员，或给令牌组织权限“Members: read”）` : ''}；请他们移除该标签后重新添加`,
  'emergency.applier-author': (p) =>
    `"${p.label}" 标签由 PR 作者 @${p.login} 本人添加：作者不能为自己的 PR 宣布紧急升级，因此不能豁免升级日限制；该标签只能由${zhRoles(p.roles)}的成员添加（《升级管理办法》4.3）：请他们移除该标签后重新添加`,
  'emergency.applier-unknown': (p) =>
    `无法从 PR 的事件中读出是谁添加了 "${p.label}" 标签，因此不能豁免升级日限制：只有${zhRoles(p.roles)}的成员添加的标签才有效（《升级管理办法》4.3）；请给令牌“Issues: read”或“Pull requests: read”权限后重新运行`,
  'emergency.label-without-document': (p) =>
    `PR 带有 "${p.label}" 标签，但没有任何升级文档写明 type: emergency：请在文档中设置 type: emergency 并补充 emergency 部分，或去掉该标签`,
  'emergency.document-without-label': (p) =>
    `文档写明 type: emergency，但 PR 没有 "${p.label}" 标签：请加上该标签（标签记录了由谁宣布紧急升级），或改为常规升级`,
  'emergency.label-with-regular': (p) =>
    `PR 带有 "${p.label}" 标签，但这份文档是常规升级：紧急升级的 PR 只能包含紧急升级，请把这份文档移到单独的 PR`,
  'emergency.budget': (p) =>
    `${p.month} 已合并 ${p.count} 次紧急升级（${p.list || '未列出'}），每月上限为 ${p.budget} 次：超出上限须经总经理办公室同意；只能通过修改策略提高 emergency.monthly-budget，或设置 budget-severity: warning`,
  'document.archived': (p) =>
    `${p.path} 是已归档的升级（编号 ${p.id}，归档记录 ${p.record}）：已归档的升级文档不能修改、删除或改名（《升级管理办法》3.7）；请撤销这处修改，另写一份使用新编号（NO.）的升级文档`,
  'archive.protected': (p) =>
    `本 PR 修改了归档（${p.files}）：${p.folder} 下的内容只能由 upgrade-gate 自己的提交写入（办法 3.7）；请从 PR 中去掉这些修改`,
  'policy.approval-missing': (p) =>
    `本 PR 修改了策略文件（${p.files}）：须由策略负责角色${p.role.zh}批准；请 ${p.owners} 中既非作者也未提交过代码的成员批准当前最新提交 ${p.head}`,
  'policy.approval-blocked': (p) =>
    `本 PR 修改了策略文件（${p.files}），策略负责人 @${p.login}（${p.role.zh}）要求修改：请按意见修改后请 @${p.login} 批准`,
  'policy.approval-no-role': (p) =>
    `本 PR 修改了策略文件（${p.files}），但没有配置审批策略变更的角色 "${p.role}"：请在 roles 下添加该角色，或用 policy-owner: <角色 id> 指定策略负责角色`,
  'summary.policy-approved': (p) => `策略变更已由 @${p.login}（${p.role.zh}）批准；本 PR 不含升级文档`,
  'md.policy.heading': () => '策略变更',
  'md.policy.files': (p) => `本 PR 修改了策略文件 ${p.files}：须经策略负责角色批准，合并时记入升级档案。`,
  'status.forged': (p) =>
    `合并时该提交上的 upgrade-gate 状态为 ${p.state}${p.creator ? `（由 ${p.creator} 设置）` : ''}，但按合并时刻评估的结果是 ${p.outcome}：PR 合并时该检查已被覆盖或已过期`,
  'outcome.command': (p) =>
    `第一行是 ${JSON.stringify(p.found)}：升级结果应以 /upgrade-result succeeded、/upgrade-result failed 或 /upgrade-result restored 开头`,
  'outcome.unknown': (p) =>
    `"${p.word}" 不是升级结果：${p.guess ? `是不是想写 ${p.guess}？` : ''}请在 /upgrade-result 后写 succeeded（验证用例全部通过，升级成功）、failed（有用例未通过，升级失败）或 restored（已恢复至升级前的备份版本）`,
  'outcome.extra': (p) => `第一行只写升级结果，不要写 ${JSON.stringify(p.extra)}：请把它移到下面的 notes 中`,
  'outcome.empty': () =>
    '/upgrade-result 后面没有内容：请在下面几行写上 completed_at、verification（每个用例 passed 或 failed）和 notes，例如 "completed_at: 2026-12-03T21:40"',
  'outcome.in-yaml': () =>
    '升级结果写在第一行（/upgrade-result succeeded|failed|restored），不作为字段填写：请删除这一行',
  'outcome.document-required': (p) =>
    `这个 PR 有多份升级文档（${p.ids}）：请加一行 "document: <编号>"，写明本次结果对应哪一份`,
  'outcome.document-unknown': (p) =>
    `${p.id} 不是这个 PR 中的升级文档：${p.guess ? `是不是想写 ${p.guess}？` : ''}请从 ${p.ids} 中选择`,
  'outcome.case-missing': (p) =>
    `verification 中缺少 ${p.missing}：文档中的每个验证用例都要填写 passed 或 failed；请补充 ${p.example}`,
  'outcome.case-unknown': (p) =>
    `验证用例 ${p.id} 不在文档中：${p.guess ? `是不是想写 ${p.guess}？` : ''}文档中的用例是 ${p.cases}`,
  'outcome.succeeded-failed-case': (p) =>
    `用例 ${p.id} 未通过，因此不能算升级成功（《升级管理办法》4.6）：请写 /upgrade-result failed 并说明失败原因，或在已恢复备份时写 restored`,
  'outcome.before-window': (p) =>
    `completed_at（${p.completed}）早于升级窗口开始时间（${p.start}）：升级只能在开始之后完成；请填写实际时间（未写时区偏移时按策略时区）`,
  'outcome.future': (p) =>
    `${p.field}（${p.value}）晚于本条评论的时间（${p.now}）：请记录已经发生的事，并填写实际发生的时间（未写时区偏移时按策略时区）`,
  'outcome.notified-before-completed': (p) =>
    `notified_at（${p.notified}）早于 completed_at（${p.completed}）：升级完成通知（《升级管理办法》4.7）应在升级完成之后发出；请改正其中一个时间`,
  'outcome.reply-findings': (p) =>
    `升级结果未记录：命令中有 ${p.count} 处问题。请编辑你的评论改正（本回复会随之更新），或重新发一条评论。`,
  'commit.archive': (p) =>
    [
      `archive: 归档 ${p.documents}（PR #${p.pr}）${p.violations ? `，违规 ${p.violations} 项` : ''}`,
      '',
      `升级档案第 ${p.sequence} 条记录：${p.path}`,
      `${zhMoment(p.merged)}（${zhZone(p.zone)}）${p.mergedBy ? `由 @${p.mergedBy} ` : ''}合并。`,
      ...(p.backfilled ? ['合并后由定时任务补录。'] : []),
      ...(p.rules.length ? [`本次合并违反《升级管理办法》：${p.rules.join('、')}。`] : []),
    ].join('\n'),
  'commit.outcome': (p) =>
    [
      `archive: ${p.document}（PR #${p.pr}）${OUTCOME_ZH[p.outcome] ?? p.outcome}，记录人 ${p.login}`,
      '',
      `升级档案第 ${p.sequence} 条记录：${p.path}，为 ${p.upgrade} 的升级结果。`,
      `完成时间 ${p.completed}（${zhZone(p.zone)}）。`,
    ].join('\n'),
  'outcome.reply-finding': (p) => `第 ${p.line} 行第 ${p.column} 列（\`${p.rule}\`）：${p.message}`,
  'outcome.reply-comment': () => '评论',
  'outcome.not-allowed': (p) =>
    `@${p.login} 无权记录本次升级的结果，因此没有记录。升级结果由升级文档中的人员记录（执行人、监督人、项目负责人、运维负责人：${p.people || '文档未写明'}）${p.roles ? `，或由 ${p.roles} 的成员记录` : ''}（《升级管理办法》4.6）。`,
  'outcome.edited-by-other': (p) =>
    `@${p.login} 编辑了 @${p.author} 写的命令：升级结果只按作者本人写下的内容记录，因此没有记录。请 @${p.author} 本人编辑，或由有权记录的人另发一条评论。`,
  'outcome.not-merged': () =>
    '这个 PR 还没有合并：升级结果在合并并执行升级之后才记录（《升级管理办法》4.6）。本次没有记录；升级执行后请再评论 /upgrade-result。',
  'outcome.not-upgrade': () => '这个 PR 没有修改任何升级文档，没有升级结果可记录。本次没有记录。',
  'outcome.no-record': (p) =>
    `这次升级在 ${p.folder}/ 中还没有归档记录（合并时的运行没有完成），升级结果无法链接到它。下一次定时运行会补录归档记录；之后请编辑本条评论以记录结果。`,
  'outcome.recorded': (p) => `已记录：@${p.login} 记录的 ${p.outcome}，已追加到升级档案 ${p.path}。`,
  'outcome.pending': (p) =>
    `合并（${p.merged}）已过 ${p.hours} 小时，仍未记录升级结果：验证用例执行后，请 ${p.people || '执行人'} 评论 /upgrade-result succeeded、failed 或 restored（《升级管理办法》4.6）。`,
  'outcome.overdue': (p) =>
    `${p.id}（PR #${p.pr}）：升级窗口已于 ${p.end} 结束，超过 ${p.days} 天仍未记录升级结果（succeeded、failed、restored）：档案无法说明这次升级是否成功（《升级管理办法》3.7、4.6）；请升级文档中的人员在 PR 上用 /upgrade-result 记录`,
  'outcome.example': () =>
    '完整的命令如下（列出文档中的每个验证用例，时间按策略时区）：\n\n```\n/upgrade-result succeeded\ncompleted_at: 2026-12-03T21:40\nverification:\n  V-1: passed\n  V-2: passed\nnotes: 系统已启动，日常检查和验证用例均通过\nnotified_at: 2026-12-03T21:50\n```\n\nfailed 需加 `cause:`（失败原因），restored 需加 `backup_restored:`（恢复的备份）；PR 有多份文档时用 `document:` 写明编号。',
  'document.unreadable': (p) =>
    p.kind === 'unlisted'
      ? `本 PR 修改或删除了 ${p.path}，但无法核对是否有归档记录引用了它：该仓库的文件树过大（超过 100,000 个条目或 7 MB），GitHub 只能列出一部分，因此在看不全的情况下拒绝这一修改；请改为新增一份文档，使用新的编号`
      : `无法在 head 提交中把 ${p.path} 作为升级文档读取（${p.kind}）：${p.kind === 'symlink' ? `它是符号链接${p.target ? `（指向 ${p.target}）` : ''}` : p.kind === 'submodule' ? `它是子模块${p.target ? `（${p.target}）` : ''}` : p.kind === 'folder' ? '它是一个目录' : 'GitHub 返回 404'}；请把升级文档本身作为普通文件提交到该路径`,
  'pull-request.files': () =>
    'PR 修改的文件超过 GitHub 能列出的 3,000 个：超出部分中的升级文档无法检查；请拆分 PR，让升级单独成为一个 PR',
  'yaml.encoding': () =>
    '文件在这里不是有效的 UTF-8（看起来是 GBK、ANSI 或 Latin-1）：请另存为 UTF-8（Windows 记事本：文件 > 另存为，编码选“UTF-8”；其中的“ANSI”和“Unicode”都是别的编码）',
  'yaml.nul': () =>
    '文件在这里有一个 NUL 字节，保存为 UTF-8 的文本不会有：请另存为 UTF-8 文本（它可能是 UTF-16，即 Windows 记事本里的“Unicode”，或者根本不是文本文件）',
  'yaml.utf16': () =>
    '文件保存成了 UTF-16（Windows 记事本里叫“Unicode”）：请另存为 UTF-8（文件 > 另存为，编码选“UTF-8”）',
  'yaml.file-too-large': (p) =>
    `文件有 ${p.bytes} 字节，超过了升级文档允许的 ${p.max} 字节（1 MiB）：请把大的附件另存为文件，在文档中写出路径`,
  'yaml.too-many-entries': (p) =>
    `这个${p.list ? '列表' : '映射'}有 ${p.count} 项，超过了升级文档允许的 ${p.max} 项：请拆分这次升级，或把数据放到单独的文件中再引用`,
  'yaml.too-deep': (p) => `文档嵌套超过了允许的 ${p.max} 层：升级文档不需要这么深的结构，请改平`,
  'yaml.too-many-aliases': (p) => `别名（*名称）超过 ${p.max} 个：反复引用别名可能展开成极大的文档，请把取值直接写出来`,
  'yaml.alias-expansion': (p) => `别名展开后过大（${p.detail}）：请把取值直接写出来`,
  'yaml.alias-unresolved': (p) => `别名 *${p.name} 之前没有定义锚点 &${p.name}：请先定义锚点，或直接写出取值`,
  'yaml.duplicate-key': () => '同一个映射中这个字段出现了两次：请只保留一个（否则 YAML 会悄悄丢掉其中一个）',
  'yaml.forbidden-key': (p) => `不允许使用字段名 "${p.key}"：它可能改变所有对象的行为；请改名或删除`,
  'yaml.complex-key': () => '映射的字段名必须是普通文字，不能是映射或列表：请在冒号前写一个普通的名称',
  'yaml.unknown-tag': (p) =>
    `${p.tag === null ? `YAML 无法解析这个标签（${p.detail}）` : `YAML 不认识标签 ${p.tag}`}：请删除这个标签（以 ! 或 !! 开头的词）；升级文档只包含文字、数字、列表和映射`,
  'yaml.warning': (p) => `YAML 提示（${yamlDetail(p.detail)}）：请检查这里的写法，必要时给取值加上半角引号`,
  'yaml.tab-indent': () => '缩进用了 Tab 键：YAML 只允许空格缩进，请把 Tab 换成空格',
  'yaml.multiple-documents': () => '文件中有不止一个 YAML 文档（出现了第二个 ---）：每次升级请单独写一个文件',
  'yaml.indentation': (p) => `YAML 读不懂这一行（${yamlDetail(p.detail)}）：请检查这一行的缩进和冒号`,
  'yaml.dash-space': () => '列表项的 “-” 后面没有空格，YAML 把这一行当成了普通文字：请在 “-” 后面加一个半角空格',
  'yaml.colon-space': (p) =>
    `"${p.key}" 的冒号后面没有空格，YAML 不把它当作字段：请写成 ${p.key}: ${p.value}（半角冒号后加一个空格）`,
  'yaml.syntax': (p) =>
    `YAML 语法有误（${yamlDetail(p.detail)}）：请对照 examples/upgrades/ 中的示例修改这里的写法，含特殊字符的取值请加半角引号`,
  'yaml.after-value': () =>
    '前一个取值已经结束（引号已闭合，或同一层的列表已结束），这里还有多余的内容：请把整个取值写进引号内、删除多余的文字，或把这一行缩进到所属字段之下',
  'yaml.unexpected-token': (p) =>
    `YAML 无法确定这里的 ${p.token} 属于哪一层：同一层只能写列表项（“- ”）或字段（“字段: 值”），不能混写；取值中含半角冒号加空格时要加引号。请检查这一行的缩进和冒号`,
  'yaml.bad-escape': (p) =>
    `双引号里的 ${p.escape} 不是 YAML 认识的转义写法：反斜杠请写成 \\\\，或改用单引号把取值括起来`,
  'yaml.bad-scalar-start': (p) => `不加引号的取值不能以 ${p.char} 开头：请给取值加上半角引号，例如 "${p.char}..."`,
  'yaml.block-scalar-indent': (p) =>
    p.leadingEmpty
      ? '| 或 > 之后的多行文字以空行开头，且空行的缩进比第一行多：请删掉这些空行里的空格'
      : '| 或 > 之后的多行文字中，有一行的缩进比第一行少：请让每一行至少与第一行缩进相同',
  'document.empty': () => '文档是空的：请从 examples/upgrades/ 中的示例或 schemas/upgrade.schema.json 开始写',
  'schema.more': (p) =>
    `还有 ${p.count} 个格式问题没有列出：请先改正上面的问题，或从 examples/upgrades/ 中的示例重新开始`,
  'schema.missing': (p) => `缺少 ${p.field}：请填写${p.what.zh || ` ${p.key}`}${eg(p.example)}`,
  'schema.recased': (p) => `${p.field} 用了大写字母：这里的字段名都是小写，请写成 ${p.lower}`,
  'schema.unknown-field': (p) =>
    `${p.parent ?? ROOT_NAME[p.root]}中没有 ${p.field} 这个字段：${p.guess ? `是不是要写 ${p.guess}？` : `请删除，或使用其中之一：${p.known.join('、')}`}`,
  'schema.type': (p) =>
    `${p.field ?? '文档'} 应该是${WANT[p.want] ?? ` ${p.want}`}，实际是${zhValue(p.actual)}${
      p.quote !== undefined
        ? `：请加上引号（"${p.quote}"），让 YAML 把它当作文字`
        : p.example !== undefined
          ? `：请照 ${p.example} 这样写`
          : p.want === 'object'
            ? '：请写成字段的映射（每行一个 "字段: 值"），参照 examples/upgrades/ 中的示例'
            : p.want === 'array'
              ? '：请写成列表（每行一个 "- 项"，或 [a, b]）'
              : '：请改正这个值'
    }`,
  'schema.enum': (p) =>
    `${p.field ?? '文档'} 是${zhValue(p.actual)}，不是允许的取值：${p.guess ? `是不是要写 ${p.guess}？` : ''}请使用其中之一：${p.allowed.join('、')}`,
  'schema.const': (p) => `${p.field ?? '文档'} 是${zhValue(p.actual)}：请写 ${p.allowed}`,
  'schema.format': (p) =>
    `${p.field ?? '文档'} 是${zhValue(p.actual)}，不是${FORMAT[p.format] ?? `有效的 ${p.format}`}${p.suggestion ? `：请写成 ${p.suggestion}` : eg(p.example)}`,
  'schema.enum-chinese': (p) =>
    `${p.field ?? '文档'} 是${zhValue(p.actual)}：这里的取值要写英文，请写成 ${p.value}（可选：${p.allowed.join('、')}）`,
  'schema.chinese-key': (p) => `字段名 ${p.field} 是中文：字段名要写英文，请写成 ${p.key}`,
  'schema.login': (p) =>
    `${p.field ?? '文档'} 是${zhValue(p.actual)}，不是 GitHub 用户名：请填写此人的 GitHub 用户名（字母、数字和短横线，如 zhang-wei），不要写姓名`,
  'schema.pattern': (p) =>
    `${p.field ?? '文档'} 是${zhValue(p.actual)}，不符合要求${p.what.zh ? `（${p.what.zh}）` : ''}${eg(p.example)}`,
  'schema.empty-text': (p) => `${p.field ?? '文档'} 是空的：请填写${p.what.zh || '内容'}${eg(p.example)}`,
  'schema.empty-list': (p) => `${p.field ?? '文档'} 是空列表：请至少填写 ${p.limit} 项${eg(p.example)}`,
  'schema.repeated': (p) => `${p.field ?? '文档'} 中有重复的项：请删除重复的那一项`,
  'schema.range': (p) =>
    `${p.field ?? '文档'} 是${zhValue(p.actual)}：取值应${p.least ? '不小于' : '不大于'} ${p.limit}`,
  'schema.one-of': (p) =>
    `${p.field ?? '文档'} 是${zhValue(p.actual)}：请填写${p.what.zh || '允许的写法之一'}${eg(p.example)}`,
  'schema.other': (p) =>
    `${p.field ?? '文档'} 不符合格式要求（${p.detail || 'is not valid'}）：请对照 JSON Schema 中的说明修改`,
  'cli.unknown-command': (p) => `没有 "${p.command}" 这个命令`,
  'cli.bad-option': (p) => `命令行参数有误：请对照下方用法修改（Node.js 原文：${p.detail}）`,
  'cli.unknown-option': (p) =>
    `没有 ${p.option} 这个选项：请对照下方用法检查拼写；以 - 开头的路径请放在 -- 之后，例如 -- ${p.option}`,
  'cli.option-value-missing': (p) =>
    `选项 ${p.option} 缺少取值${p.followedByOption ? '（后面紧跟的像是另一个选项）' : ''}：请写成 ${p.option} 取值；取值以 - 开头时请写成 ${p.option}=-取值`,
  'cli.option-takes-no-value': (p) => `选项 ${p.option} 不带取值：请单独写 ${p.option}，去掉 = 及其后的内容`,
  'cli.unexpected-argument': (p) => `多余的参数 "${p.argument}"：该命令不接受这个参数，请删除`,
  'cli.bad-lang': (p) => `--lang 只能是 ${p.allowed.join(' 或 ')}，不能是 "${p.value}"`,
  'cli.bad-format': (p) => `--format 只能是 ${p.allowed.join('、')}，不能是 "${p.value}"`,
  'cli.no-such-path': (p) => `找不到这些文件、目录或匹配的 glob：${p.paths}`,
  'cli.no-yaml': (p) => `${p.paths} 中没有 .yaml 或 .yml 文件`,
  'cli.no-documents': (p) => `${p.folder} 下没有与 "${p.glob}" 匹配的文档：请指定文件或目录`,
  'cli.need-documents': () => '请至少指定一份升级文档',
  'cli.need-paths': () => '请至少指定一个 PATH',
  'cli.no-codeowners': (p) => `${p.places} 中都没有 CODEOWNERS 文件：请用 --codeowners FILE 指定`,
  'cli.cannot-read': (p) => `无法读取 ${p.file}（${p.reason}）：请检查路径，并确认文件可读`,
  'cli.input-folder': (p) => `${p.file} 是目录，不是文件：请指定文件本身`,
  'cli.input-symlink': (p) =>
    `${p.file} 是符号链接：upgrade-gate 不读取链接指向的内容，GitHub 上的 Action 同样会拒绝以链接形式提交的升级文档（document.unreadable）；请把升级文档本身作为普通文件提交到该路径`,
  'cli.input-special': (p) =>
    `${p.file} 不是普通文件（是设备、管道或套接字）：upgrade-gate 只读取普通文件，请指定文件本身`,
  'cli.input-too-large': (p) =>
    `${p.file} 有 ${p.bytes} 字节，超过了 upgrade-gate 对这类文件允许的 ${p.max} 字节：请确认是不是指定错了文件`,
  'cli.summary': (p) => `${p.documents} 份文档：${p.errors} 个错误，${p.warnings} 个警告`,
  'cli.verified': (p) => `已校验 ${p.records} 条记录：升级档案完整`,
  'cli.repo-form': (p) => `--repo 应写成 OWNER/NAME，例如 --repo acme/deploy${p.value ? `，不能是 "${p.value}"` : ''}`,
  'cli.no-token': () =>
    '没有令牌：请把 GITHUB_TOKEN（或 GH_TOKEN）设为能读取该仓库的令牌，例如 GITHUB_TOKEN=$(gh auth token)',
  'cli.repo-unreadable': (p) => `无法读取 ${p.repo}：${p.error}`,
  'cli.dir-or-repo': () => 'DIR 和 --repo 只能给出其中一个',
  'cli.date-or-time-form': (p) =>
    `${p.option} "${p.text}" 不是日期或时间：请写成 2026-12-01、2026-12-01T08:00（${p.zone}）或 2026-12-01T00:00:00.000Z`,
  'cli.time-form': (p) =>
    `--at "${p.text}" 不是时间：请写成 ${p.now ? 'now、' : ''}2026-11-26T20:00（${p.zone}）、2026-11-26T12:00:00.000Z 或 2026-11-26T20:00+08:00`,
  'cli.report-unverified': (p) =>
    `升级档案未通过校验（${p.count} 个问题），不输出报告：被修改、缺失或调换顺序的记录列出来也不能作为依据。请用 upgrade-gate verify 核查以下问题：`,
  'report.title': () => '升级报告',
  'report.counts': (p) => `共 ${p.count} 次升级，${p.violations} 次违规`,
  'report.outcomes-label': () => '升级结果',
  'report.outcomes': (p) =>
    `升级成功 ${p.succeeded}，升级失败 ${p.failed}，已恢复至升级前的备份版本 ${p.restored}，待记录 ${p.pending}，未到期 ${p.none}`,
  'report.column.merged': () => '合并时间',
  'report.column.no': () => '编号',
  'report.column.system': () => '系统',
  'report.column.version': () => '版本',
  'report.column.type': () => '类型',
  'report.column.approvers': () => '审批人',
  'report.column.violations': () => '违规',
  'report.column.outcome': () => '升级结果',
  'report.column.completed': () => '完成时间',
  'report.column.verified-by': () => '验证人',
  'report.backfilled': () => '补录',
  'report.none': () => '无',
  'report.findings': () => '审计发现',
  'report.emergencies': () => '每月紧急升级（每份紧急升级单计一次，与每月限额的计数相同）',
  'report.merged': (p) => `${p.date}（${SHORT_WEEKDAY_ZH[p.weekday] ?? p.weekday}）${p.time} ${zhZone(p.zone)}`,
  'report.type': (p) => TYPE_ZH[p.type] ?? p.type,
  'report.outcome': (p) => REPORT_OUTCOME_ZH[p.outcome] ?? p.outcome,
  'cli.config-missing': (p) => `配置文件 ${p.file} 不存在：请检查 --config 的路径`,
  'cli.codeowners-missing': (p) => `CODEOWNERS 文件 ${p.file} 不存在：请检查 --codeowners 的路径`,
  'cli.role-form': (p) =>
    `${p.option} ${p.spec}：角色应为 ${p.ids.length ? p.ids.join(' 或 ') : `${p.config} 中的角色编号`}，或团队（如 @acme/gm-office）`,
  'cli.approver-form': (p) =>
    `${p.option} ${p.spec}：应写成 LOGIN 或 LOGIN:ROLE（ROLE 为角色编号，或 @acme/gm-office 这样的团队），例如 ${p.option} li-lei:center-lead`,
  'cli.unknown-approver': (p) =>
    `${p.login} 不在 ${p.config} 列出的任何团队中，也不是角色的所有者；如要假定其角色，请写 ${p.option} ${p.login}:${p.role}`,
  'cli.verdict': (p) =>
    `检查结果为${{ pass: '通过', fail: '不通过', error: '出错' }[p.outcome] ?? ` ${p.outcome}`}：${p.summary}`,
  'yaml.full-width-colon': (p) =>
    `"${p.key}" 后面是全角冒号“：”（U+FF1A），YAML 不把它当作冒号：请改成半角冒号 ":" 并在后面加一个空格（把输入法切换到英文标点）`,
  'yaml.full-width-indent': (p) =>
    `这一行的缩进用了${p.code === 'U+3000' ? '全角空格' : '不间断空格'}（${p.code}），YAML 不把它当作空格：请改成普通的半角空格（把输入法切换到半角）`,
  'yaml.full-width-after-colon': (p) =>
    `冒号后面用了${p.code === 'U+3000' ? '全角空格' : '不间断空格'}（${p.code}），YAML 不把它当作空格：请改成一个普通的半角空格（把输入法切换到半角）`,
  'yaml.full-width-dash': () =>
    '列表项开头是全角减号“－”（U+FF0D），YAML 不把它当作列表项：请改成半角 "-" 再加一个空格（把输入法切换到半角）',
  'yaml.full-width-after-dash': (p) =>
    `列表的 "-" 后面用了${p.code === 'U+3000' ? '全角空格' : '不间断空格'}（${p.code}），YAML 不把它当作空格：请改成一个普通的半角空格（把输入法切换到半角）`,
  'yaml.full-width-bracket': () =>
    '列表用了全角方括号“［”（U+FF3B），YAML 会把整行当作文字：请改用半角方括号 [ 和 ]，或者改写成每行一个 "- 项"',
  'yaml.full-width-comma': () =>
    '这个列表的各项用全角逗号“，”（U+FF0C）分隔，YAML 会把它们读成同一项：请改用半角逗号 "," 加一个空格分隔；如果逗号本来就是文字的一部分，请给这一项加上半角引号',
  'yaml.full-width-quotes': (p) =>
    `取值两边是全角引号 ${p.open}${p.close}，YAML 会把引号当成文字的一部分：请改用半角引号 "…" 或去掉引号（把输入法切换到英文标点）`,
  'time.year': (p) =>
    `${p.field} ${p.text} 的年份是 ${String(p.year).padStart(4, '0')} 年，应该是输入错误：请写 ${p.first} 到 ${p.last} 年之间的年份`,
  'time.gap': (p) =>
    `${p.field} ${p.text} 在 ${p.zone} 并不存在：当晚时钟从 ${p.from} 直接跳到 ${p.to}（夏令时开始）；请写时钟上真实出现的时间，如 ${p.date}T${p.to}，或写明 UTC 偏移`,
  'time.ambiguous': (p) =>
    `${p.field} ${p.text} 在 ${p.zone} 会出现两次：当晚时钟回拨（夏令时结束）；请带上 UTC 偏移写明是哪一次：${p.earlier}（第一次）或 ${p.later}（第二次）`,
  'config.time-zone': (p) =>
    `time-zone "${p.zone}" 不是当前运行环境认识的 IANA 时区：${p.meant ? `请使用 ${p.meant}` : '请使用所指地点的“大洲/城市”名称，如 Asia/Shanghai、Europe/Berlin'}`,
  'config.time-zone-abbreviation': (p) =>
    `time-zone "${p.zone}" 是缩写，不是时区${p.database ? `（时区数据库把它读作 ${p.database}）` : ''}：请使用 ${p.meant}${p.others.length ? `（如果指的确实是别处，可用 ${p.others.join('、')}）` : ''}`,
  'config.time-zone-alias': (p) => `time-zone "${p.zone}" 是旧的别名，时区数据库只为兼容而保留：请使用 ${p.meant}`,
  'config.time-zone-offset': (p) =>
    `time-zone "${p.zone}" 是固定的 UTC 偏移，不是时区：它不会随当地的时钟调整而变化；${p.meant ? `请使用 ${p.meant}` : '请使用所指地点的“大洲/城市”名称'}`,
  'config.freeze-order': (p) =>
    `freezes[${p.index}] "${p.name}" 的结束日期（${p.to}）早于开始日期（${p.from}）：请对调两个日期`,
  'config.rule-unknown': (p) =>
    `rules: "${p.id}" 不是规则编号：${p.guess ? `是否想写 ${p.guess}？` : '规则编号见 README 中的规则表'}`,
  'config.applied-by-role': (p) =>
    `emergency.applied-by 中的 "${p.role}" 不是 roles 下配置的角色（${p.roles.join('、')}）：请写明其成员可以添加紧急升级标签的已配置角色`,
  'config.role-title': (p) =>
    `roles: "${p.role}" 没有完整的中英文名称：请添加 title: { en: "…", zh: "…" }（即审批单、PR 评论和归档记录中显示的角色名称）；只有 center-lead 和 general-office 有内置名称`,
  'config.role-members-teams': (p) =>
    `roles.${p.role}.members 列出了人员，但该角色的所有者包含多个团队（${p.teams}），无法判断每个人属于哪个团队：请改在 teams: { "@org/team": [login, ...] } 下按团队列出成员，并删除 members`,
  'config.team-unreadable': (p) =>
    `令牌无法读取团队 ${p.team}（GET /orgs/{org}/teams/{team}/members 返回 HTTP ${p.status}），而该团队是某个升级文档的审批角色所有者：工作流自带的 GITHUB_TOKEN 无法读取团队；请为 Action 提供 GitHub App 令牌或具有组织权限“Members: read”的令牌，或在配置中 teams: { "${p.team}": [login, ...] } 下列出该团队成员`,
  'config.policy-owner': (p) =>
    `policy-owner: "${p.role}" 不是已配置的角色（${p.roles}）：请写明修改策略文件时须由哪个角色批准`,
  'config.roles': (p) =>
    `未配置审批角色：请在 ${p.file} 中添加 roles，写明研发中心负责人（center-lead）和总经理办公室（general-office）对应的 CODEOWNERS 所有者，例如 roles: { center-lead: { owners: ["@acme/rd-leads"] }, general-office: { owners: ["@acme/gm-office"] } }`,
};
