import type { Language } from './language.js';

const plural = (n: number, one: string, many = `${one}s`) => (n === 1 ? one : many);

/**
 * Every sentence the Action writes to its job log (info, warnings, errors, the job's failure) and the
 * statuses it sets when something other than a verdict goes wrong, keyed by what happened. zh-CN has
 * the same keys and parameters (the type below keeps them so; the catalog parity test checks them).
 */
const en = {
  'input.fail-on': (p: { value: string }) => `input fail-on must be error, warning or never, not "${p.value}"`,
  'input.language': (p: { value: string; allowed: readonly string[] }) =>
    `input language must be ${p.allowed.join(' or ')}, not "${p.value}"`,
  'env.repository': () => 'GITHUB_REPOSITORY is not set to owner/name: run upgrade-gate as a GitHub Actions step',
  'env.event-path': () => 'GITHUB_EVENT_PATH is not set: run upgrade-gate as a GitHub Actions step',
  'event.no-pull-request': (p: { event: string }) => `the ${p.event} event carries no pull_request`,
  'event.other-action': (p: { event: string; action: string }) =>
    `upgrade-gate: ${p.event}.${p.action} changes nothing the policy reads; evaluating anyway`,
  'event.closed-unmerged': (p: { pr: number }) =>
    `upgrade-gate: PR #${p.pr} was closed without merging: nothing to check or archive`,
  'event.unhandled': (p: { event: string }) =>
    `upgrade-gate: the ${p.event || 'unknown'} event is not one upgrade-gate handles; add pull_request_target, pull_request_review, merge_group, schedule and issue_comment to the workflow's on: list`,
  calls: (p: { count: number; list: string }) => `upgrade-gate: ${p.count} REST ${plural(p.count, 'call')} (${p.list})`,
  'api.failed': (p: { method: string; url: string; status: number; message: string }) =>
    `${p.method} ${p.url} answered HTTP ${p.status} (after retries): ${p.message}`,
  'api.timeout': (p: { method: string; url: string; seconds: number }) =>
    `${p.method} ${p.url} did not answer within ${p.seconds} s (after retries): is GITHUB_API_URL the GitHub API, and reachable?`,
  'api.unreachable': (p: { method: string; url: string; message: string }) =>
    `${p.method} ${p.url} could not be reached (after retries): ${p.message}`,
  'api.not-github': (p: { base: string; request: string }) =>
    `GITHUB_API_URL ${p.base} did not answer like the GitHub API (${p.request}): set it to the API of GitHub or GitHub Enterprise Server (e.g. https://api.github.com or https://HOST/api/v3)`,
  'api.rate-limit': (p: { method: string; url: string; after: number; attempt: number }) =>
    `GitHub rate limit hit on ${p.method} ${p.url}; retrying after ${p.after}s (attempt ${p.attempt})`,
  'api.secondary-rate-limit': (p: { method: string; url: string; after: number; attempt: number }) =>
    `GitHub secondary rate limit on ${p.method} ${p.url}; retrying after ${p.after}s (attempt ${p.attempt})`,
  'status.error-not-set': (p: { error: string }) => `upgrade-gate could not set the error status either: ${p.error}`,
  'status.error-not-set-pr': (p: { pr: number; error: string }) =>
    `upgrade-gate could not set the error status on PR #${p.pr} either: ${p.error}`,
  'status.forbidden': (p: { error: string }) =>
    `upgrade-gate could not set the commit status (${p.error}): a read-only token (fork PRs under pull_request) cannot; use pull_request_target so the check can be required`,
  'comment.done': (p: { what: 'created' | 'updated' | 'unchanged' | 'skipped' }) =>
    `upgrade-gate: PR comment ${{ created: 'created', updated: 'updated', unchanged: 'unchanged', skipped: 'not written (no upgrade document)' }[p.what] ?? p.what}`,
  'comment.forbidden': (p: { error: string }) =>
    `upgrade-gate could not write the PR comment (${p.error}): the token lacks pull-requests: write; the job summary has the same report`,
  'summary.no-file': () => 'upgrade-gate: GITHUB_STEP_SUMMARY is not set; no job summary written',
  'archive.written': (p: { path: string; attempts: number }) =>
    `upgrade-gate: archive written: ${p.path} (attempt ${p.attempts})`,
  'archive.exists': (p: { path: string }) => `upgrade-gate: archive already holds ${p.path}: nothing written`,
  'archive.backfilled': (p: { pr: number; path: string }) =>
    `upgrade-gate: PR #${p.pr} had no archive record; backfilled ${p.path}`,
  'archive.race': (p: { attempts: number }) =>
    `the archive commit lost the race with other merges ${p.attempts} times: re-run this job or the scheduled backfill`,
  'archive.unreadable-json': (p: { file: string; detail: string }) =>
    `${p.file} in the archive is not readable JSON (${p.detail}): restore it from the archive branch's history`,
  'archive.too-many-commits': (p: { max: number; folder: string; branch: string }) =>
    `more than ${p.max} commits changed ${p.folder}/ on ${p.branch}: check the history in a clone with upgrade-gate verify`,
  'archive.tampered-status': (p: { first: string }) => `Archive tampered: ${p.first}`,
  'archive.tampered-log': (p: { lines: string }) =>
    `upgrade-gate: the archive was changed outside the Action: ${p.lines}`,
  'archive.not-verified': (p: { error: string }) => `Could not verify the archive: ${p.error}`,
  'archive.status-not-set': (p: { context: string; branch: string; error: string }) =>
    `upgrade-gate could not set the ${p.context} status on ${p.branch}: ${p.error}`,
  'branch.refused': (p: { branch: string; what: 'archive' | 'outcome'; status: number; message: string }) =>
    `the branch ${p.branch} refused the ${p.what} commit (HTTP ${p.status}: ${p.message}): run upgrade-gate with a GitHub App token and add that App to the bypass list of the ruleset that protects ${p.branch} (GitHub refuses GitHub Actions there), or set archive.branch to a branch the token may push to; upgrade-gate doctor names what blocks it`,
  'evidence.blob-mismatch': (p: { path: string; commit: string }) =>
    `GitHub's blob id of ${p.path} at ${p.commit} does not match its bytes: not archiving an unpinned file`,
  'merge-group.no-head': () => 'upgrade-gate: the merge_group event has no head_sha or head_ref; nothing to evaluate',
  'merge-group.no-pr': (p: { ref: string }) => `No pull request number in merge group ref ${p.ref}`,
  'merge-group.verdict': (p: { pr: number; outcome: string; summary: string }) =>
    `upgrade-gate: merge group, PR #${p.pr}: ${p.outcome}: ${p.summary}`,
  'reevaluate.unchanged': (p: { pr: number; state: string }) => `upgrade-gate: PR #${p.pr} unchanged (${p.state})`,
  'reevaluate.changed': (p: { pr: number; state: string; summary: string }) =>
    `upgrade-gate: PR #${p.pr} now ${p.state}: ${p.summary}`,
  'reevaluate.failed': (p: { list: string }) => `re-evaluation failed for ${p.list}`,
  'outcome.not-command': () => 'upgrade-gate: the comment is not an /upgrade-result command: nothing to do',
  'outcome.on-issue': (p: { number: number }) =>
    `upgrade-gate: #${p.number} is an issue, not a pull request: outcomes are recorded on merged upgrade pull requests`,
  'outcome.config-invalid': (p: { path: string; branch: string; problems: string }) =>
    `the configuration ${p.path} on ${p.branch} is not valid (${p.problems}): no outcome can be recorded until it is fixed`,
  'outcome.refused': (p: { login: string; pr: number }) =>
    `upgrade-gate: @${p.login} may not record the outcome of PR #${p.pr}; nothing recorded`,
  'outcome.invalid': (p: { pr: number; count: number }) =>
    `upgrade-gate: the /upgrade-result command on PR #${p.pr} has ${p.count} ${plural(p.count, 'problem')}; the reply on the PR names them`,
  'outcome.duplicate': (p: { path: string }) =>
    `upgrade-gate: this comment is already recorded as ${p.path}: nothing written`,
  'outcome.recorded': (p: { outcome: string; pr: number; login: string; path: string; attempts: number }) =>
    `upgrade-gate: outcome ${p.outcome} of PR #${p.pr} recorded by @${p.login}: ${p.path} (attempt ${p.attempts})`,
  'outcome.no-archive': (p: { branch: string; missing: string }) =>
    `the archive on ${p.branch} has no ${p.missing}: the outcome cannot be chained to its upgrade record`,
  'outcome.race': (p: { attempts: number }) =>
    `the outcome commit lost the race with other archive writes ${p.attempts} times: re-run this job`,
  'pending.no-branch': () =>
    'upgrade-gate: the event names no default branch (repository.default_branch, GITHUB_REF_NAME): pending outcomes are not checked in this run',
  'pending.config-invalid': (p: { path: string; branch: string }) =>
    `the configuration ${p.path} on ${p.branch} is not valid: pending outcomes cannot be checked`,
  'pending.too-many': (p: { count: number; max: number }) =>
    `upgrade-gate: ${p.count} archived upgrades have no outcome; this run reads the newest ${p.max}`,
  'pending.found': (p: { count: number; hours: number; prs: string }) =>
    `upgrade-gate: ${p.count} merged ${plural(p.count, 'upgrade')} without an outcome after ${p.hours} hours: ${p.prs}`,
  'pending.none': (p: { hours: number }) =>
    `upgrade-gate: every merged upgrade older than ${p.hours} hours has an outcome`,
  'doctor.finding': (p: { id: string; message: string; fix: string }) =>
    `upgrade-gate doctor: ${p.id}: ${p.message}${p.fix ? ` — ${p.fix}` : ''}`,
  'doctor.unreadable': (p: { error: string }) => `upgrade-gate doctor could not read the setup: ${p.error}`,
  'chain-head.unreadable': (p: { file: string; detail: string }) =>
    `${p.file} is not readable JSON (${p.detail}): restore it from the archive branch's history`,
  'chain-head.not-chain-head': (p: { file: string }) =>
    `${p.file} is not an upgrade-gate chain head (format, sequence, sha256 and emergencies by month): restore it from the archive branch's history`,
};

/** The shape of the log catalog: every key of the English one, with the same parameters. */
export type LogCatalog = { [K in keyof typeof en]: (typeof en)[K] };

const STATE: Record<string, string> = {
  success: '通过',
  failure: '不通过',
  error: '出错',
  pending: '进行中',
  pass: '通过',
  fail: '不通过',
};
const zhState = (s: string) => STATE[s] ?? s;

const zhCN: LogCatalog = {
  'input.fail-on': (p) => `输入参数 fail-on 只能是 error、warning 或 never，不能是 "${p.value}"`,
  'input.language': (p) => `输入参数 language 只能是 ${p.allowed.join(' 或 ')}，不能是 "${p.value}"`,
  'env.repository': () => 'GITHUB_REPOSITORY 没有设置为 owner/name：请在 GitHub Actions 的步骤中运行 upgrade-gate',
  'env.event-path': () => '没有设置 GITHUB_EVENT_PATH：请在 GitHub Actions 的步骤中运行 upgrade-gate',
  'event.no-pull-request': (p) => `${p.event} 事件中没有 pull_request`,
  'event.other-action': (p) => `upgrade-gate：${p.event}.${p.action} 不影响策略检查的内容，仍照常检查`,
  'event.closed-unmerged': (p) => `upgrade-gate：PR #${p.pr} 未合并就已关闭：无需检查或归档`,
  'event.unhandled': (p) =>
    `upgrade-gate：upgrade-gate 不处理 ${p.event || '未知'} 事件；请在工作流的 on: 中加入 pull_request_target、pull_request_review、merge_group、schedule 和 issue_comment`,
  calls: (p) => `upgrade-gate：共调用 REST API ${p.count} 次（${p.list}）`,
  'api.failed': (p) => `${p.method} ${p.url} 返回 HTTP ${p.status}（已重试）：${p.message}`,
  'api.timeout': (p) =>
    `${p.method} ${p.url} 在 ${p.seconds} 秒内没有应答（已重试）：请确认 GITHUB_API_URL 是 GitHub API 且可以访问`,
  'api.unreachable': (p) => `${p.method} ${p.url} 无法连接（已重试）：${p.message}`,
  'api.not-github': (p) =>
    `GITHUB_API_URL ${p.base} 的应答不像 GitHub API（${p.request}）：请设置为 GitHub 或 GitHub Enterprise Server 的 API 地址（例如 https://api.github.com 或 https://HOST/api/v3）`,
  'api.rate-limit': (p) => `${p.method} ${p.url} 触发 GitHub 速率限制；${p.after} 秒后重试（第 ${p.attempt} 次）`,
  'api.secondary-rate-limit': (p) =>
    `${p.method} ${p.url} 触发 GitHub 二级速率限制；${p.after} 秒后重试（第 ${p.attempt} 次）`,
  'status.error-not-set': (p) => `upgrade-gate 也未能设置 error 状态：${p.error}`,
  'status.error-not-set-pr': (p) => `upgrade-gate 也未能在 PR #${p.pr} 上设置 error 状态：${p.error}`,
  'status.forbidden': (p) =>
    `upgrade-gate 无法设置提交状态（${p.error}）：只读令牌（pull_request 事件下来自 fork 的 PR）无此权限；请改用 pull_request_target，才能把该检查设为必需`,
  'comment.done': (p) =>
    `upgrade-gate：PR 评论${{ created: '已创建', updated: '已更新', unchanged: '无变化', skipped: '未写入（没有升级文档）' }[p.what] ?? ` ${p.what}`}`,
  'comment.forbidden': (p) =>
    `upgrade-gate 无法写入 PR 评论（${p.error}）：令牌缺少 pull-requests: write 权限；作业摘要中有同样的报告`,
  'summary.no-file': () => 'upgrade-gate：没有设置 GITHUB_STEP_SUMMARY，未写入作业摘要',
  'archive.written': (p) => `upgrade-gate：已写入升级档案 ${p.path}（第 ${p.attempts} 次尝试）`,
  'archive.exists': (p) => `upgrade-gate：升级档案中已有 ${p.path}，未重复写入`,
  'archive.backfilled': (p) => `upgrade-gate：PR #${p.pr} 缺少归档记录，已补写 ${p.path}`,
  'archive.race': (p) => `归档提交与其他合并冲突，已重试 ${p.attempts} 次仍未成功：请重新运行此作业，或等待定时补写`,
  'archive.unreadable-json': (p) => `升级档案中的 ${p.file} 不是可读的 JSON（${p.detail}）：请从档案分支的历史中恢复`,
  'archive.too-many-commits': (p) =>
    `${p.branch} 上修改 ${p.folder}/ 的提交超过 ${p.max} 个：请在克隆中用 upgrade-gate verify 检查历史`,
  'archive.tampered-status': (p) => `升级档案被篡改：${p.first}`,
  'archive.tampered-log': (p) => `upgrade-gate：升级档案在 Action 之外被修改：${p.lines}`,
  'archive.not-verified': (p) => `无法校验升级档案：${p.error}`,
  'archive.status-not-set': (p) => `upgrade-gate 无法在 ${p.branch} 上设置 ${p.context} 状态：${p.error}`,
  'branch.refused': (p) =>
    `分支 ${p.branch} 拒绝了${{ archive: '归档', outcome: '升级结果' }[p.what] ?? ` ${p.what} `}提交（HTTP ${p.status}：${p.message}）：请用 GitHub App 令牌运行 upgrade-gate，并把该 App 加入保护 ${p.branch} 的规则集的绕过列表（GitHub 不允许 GitHub Actions 绕过），或把 archive.branch 设为令牌可以推送的分支；upgrade-gate doctor 会指出阻止提交的设置`,
  'evidence.blob-mismatch': (p) =>
    `GitHub 给出的 ${p.path} 在 ${p.commit} 的 blob 编号与其内容不符：不归档未固定指纹的文件`,
  'merge-group.no-head': () => 'upgrade-gate：merge_group 事件中没有 head_sha 或 head_ref，无可检查的内容',
  'merge-group.no-pr': (p) => `合并队列的引用 ${p.ref} 中没有 PR 编号`,
  'merge-group.verdict': (p) => `upgrade-gate：合并队列中的 PR #${p.pr} 检查结果为${zhState(p.outcome)}：${p.summary}`,
  'reevaluate.unchanged': (p) => `upgrade-gate：PR #${p.pr} 状态未变（${zhState(p.state)}）`,
  'reevaluate.changed': (p) => `upgrade-gate：PR #${p.pr} 现为${zhState(p.state)}：${p.summary}`,
  'reevaluate.failed': (p) => `重新检查失败：${p.list}`,
  'outcome.not-command': () => 'upgrade-gate：该评论不是 /upgrade-result 命令，无需处理',
  'outcome.on-issue': (p) => `upgrade-gate：#${p.number} 是议题而不是 PR：升级结果只在已合并的升级 PR 上记录`,
  'outcome.config-invalid': (p) => `${p.branch} 上的配置 ${p.path} 有错误（${p.problems}）：改正之前无法记录升级结果`,
  'outcome.refused': (p) => `upgrade-gate：@${p.login} 无权记录 PR #${p.pr} 的升级结果，未记录`,
  'outcome.invalid': (p) =>
    `upgrade-gate：PR #${p.pr} 上的 /upgrade-result 命令有 ${p.count} 个问题，PR 上的回复已一一列出`,
  'outcome.duplicate': (p) => `upgrade-gate：该评论已记录为 ${p.path}，未重复写入`,
  'outcome.recorded': (p) =>
    `upgrade-gate：PR #${p.pr} 的升级结果 ${p.outcome} 已由 @${p.login} 记录：${p.path}（第 ${p.attempts} 次尝试）`,
  'outcome.no-archive': (p) => `${p.branch} 上的升级档案中没有 ${p.missing}：升级结果无法链接到对应的升级记录`,
  'outcome.race': (p) => `升级结果的提交与其他归档写入冲突，已重试 ${p.attempts} 次仍未成功：请重新运行此作业`,
  'pending.no-branch': () =>
    'upgrade-gate：事件中没有默认分支（repository.default_branch、GITHUB_REF_NAME）：本次运行不检查待记录的升级结果',
  'pending.config-invalid': (p) => `${p.branch} 上的配置 ${p.path} 有错误：无法检查待记录的升级结果`,
  'pending.too-many': (p) => `upgrade-gate：有 ${p.count} 个已归档的升级没有升级结果；本次运行只读取最新的 ${p.max} 个`,
  'pending.found': (p) => `upgrade-gate：有 ${p.count} 个已合并的升级超过 ${p.hours} 小时仍未记录升级结果：${p.prs}`,
  'pending.none': (p) => `upgrade-gate：合并超过 ${p.hours} 小时的升级都已记录升级结果`,
  'doctor.finding': (p) => `upgrade-gate doctor 检查项 ${p.id}：${p.message}${p.fix ? `；处理办法：${p.fix}` : ''}`,
  'doctor.unreadable': (p) => `upgrade-gate doctor 无法读取仓库设置：${p.error}`,
  'chain-head.unreadable': (p) => `${p.file} 不是可读的 JSON（${p.detail}）：请从档案分支的历史中恢复`,
  'chain-head.not-chain-head': (p) =>
    `${p.file} 不是 upgrade-gate 的链头文件（应含 format、sequence、sha256 和每月紧急升级）：请从档案分支的历史中恢复`,
};

const CATALOGS: Record<Language, LogCatalog> = { en, 'zh-CN': zhCN };

/** The job log's catalog in a language (English when none is given). */
export function logMessages(language: Language = 'en'): LogCatalog {
  return CATALOGS[language];
}

/**
 * A failure worded by the log catalog: its message is English (for stack traces), and the place that
 * shows it (the job log, a status, the CLI) says it in the run's language with `say`.
 */
export class GateError extends Error {
  constructor(readonly say: (t: LogCatalog) => string) {
    super(say(CATALOGS.en));
    this.name = 'GateError';
  }
}
