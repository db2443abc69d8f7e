import type { Language } from './language.js';

/**
 * Every sentence `upgrade-gate doctor` says about a repository's setup, keyed by check id and outcome,
 * each problem with its fix. zh-CN has the same keys and parameters (the type below keeps them so).
 */
const en = {
  title: (p: { repo: string; branch: string }) => `Setup of ${p.repo} (branch ${p.branch}): upgrade-gate doctor`,
  fix: () => 'Fix: ',
  'all-good': () => 'The setup enforces upgrade-gate: every check passed.',
  findings: (p: { count: number }) =>
    `${p.count} finding${p.count === 1 ? '' : 's'}: the setup does not yet prove that upgrade-gate is enforced.`,
  'config.invalid': (p: { path: string }) =>
    `${p.path} at the branch tip has errors; the checks below use the defaults where it could not be read`,
  'config.invalid.fix': (p: { path: string }) => `run upgrade-gate validate ${p.path} and correct what it names`,
  'rules.unreadable': (p: { branch: string }) => `the rules of ${p.branch} could not be read with this token`,
  'rules.unreadable.fix': () => 'run doctor with a token that can read the repository (metadata: read)',
  'classic.unreadable': (p: { branch: string }) =>
    `the classic branch protection of ${p.branch} could not be read with this token (it needs administration: read); only rulesets were checked`,
  'classic.unreadable.fix': () =>
    'run doctor with a token that has administration: read, or move the protection into a ruleset',
  'status.required': (p: { context: string; app: string; via: string }) =>
    `the status ${p.context} is required (${p.via}), from the app with id ${p.app}`,
  'status.not-required': (p: { context: string; branch: string }) =>
    `no ruleset or branch protection requires the status ${p.context} on ${p.branch}: a pull request can merge whatever upgrade-gate says`,
  'status.not-required.fix': (p: { context: string; branch: string }) =>
    `Settings → Rules → Rulesets → New branch ruleset targeting ${p.branch}: turn on "Require status checks to pass", add the check ${p.context} and choose your upgrade-gate GitHub App as its source`,
  'status.any-source': (p: { context: string; via: string }) =>
    `the status ${p.context} is required (${p.via}) from any source: anyone who can post a commit status (any workflow with statuses: write, any token with repo access) can post success`,
  'status.any-source.fix': (p: { context: string }) =>
    `in the rule that requires ${p.context}, choose your upgrade-gate GitHub App as the source of the check`,
  'status.actions-source': (p: { context: string; via: string }) =>
    `the status ${p.context} is required (${p.via}) from GitHub Actions: any workflow in the repository can post it, including a pull request's own workflow file run by pull_request_review, merge_group or a branch push`,
  'status.actions-source.fix': (p: { context: string }) =>
    `run upgrade-gate with a GitHub App installation token (actions/create-github-app-token, key in an environment restricted to the default branch) and require ${p.context} from that App`,
  'review.code-owners': (p: { via: string }) => `code owner review is required (${p.via})`,
  'review.no-code-owners': (p: { branch: string }) =>
    `no rule requires a code owner's review on ${p.branch}: the owners of upgrades/, the configuration, the workflows and the archive need not approve changes to them`,
  'review.no-code-owners.fix': () =>
    'in the ruleset\'s "Require a pull request before merging" rule, turn on "Require review from Code Owners"',
  'codeowners.found': (p: { path: string }) => `CODEOWNERS is ${p.path}`,
  'codeowners.missing': (p: { branch: string }) =>
    `there is no CODEOWNERS file on ${p.branch} (.github/CODEOWNERS, CODEOWNERS or docs/CODEOWNERS): no approval can be tied to an owner`,
  'codeowners.missing.fix': (p: { lines: string }) => `add .github/CODEOWNERS with: ${p.lines}`,
  'codeowners.invalid': (p: { path: string; lines: string }) => `${p.path} has lines GitHub skips (line ${p.lines})`,
  'codeowners.invalid.fix': (p: { path: string }) =>
    `run upgrade-gate owners --codeowners ${p.path} with any path to see why, and correct those lines`,
  'codeowners.covered': (p: { what: string; path: string; owners: string }) =>
    `${p.what} (${p.path}): owned by ${p.owners}`,
  'codeowners.uncovered': (p: { what: string; path: string; file: string }) =>
    `no line of ${p.file} owns ${p.what} (${p.path}): anyone with write access can change it without an owner's review`,
  'codeowners.uncovered.fix': (p: { file: string; line: string }) => `add this line to ${p.file}: ${p.line}`,
  'what.documents': () => 'the upgrade documents',
  'what.config': () => 'the configuration',
  'what.workflows': () => 'the workflows',
  'what.archive': () => 'the archive',
  'archive.writable': (p: { branch: string; how: string }) => `the archive can be written to ${p.branch} (${p.how})`,
  'archive.blocked': (p: { branch: string; rules: string }) =>
    `the archive cannot be written to ${p.branch} by this token: ${p.rules}; merged upgrades would have no record`,
  'archive.blocked.fix': (p: { branch: string }) =>
    `add your upgrade-gate GitHub App to the bypass list of the ruleset that protects ${p.branch} (GitHub refuses GitHub Actions in a repository ruleset's bypass list), or set archive.branch to a branch that only the App may push to`,
  'archive.no-rules': () => 'no rule stops a direct push',
  'archive.bypass': (p: { rulesets: string }) => `this token may bypass ${p.rulesets}`,
  'merge-queue.on': () => 'a merge queue is on and the workflow runs on merge_group',
  'merge-queue.off': () => 'no merge queue',
  'merge-queue.no-event': (p: { workflow: string }) =>
    `a merge queue is on but ${p.workflow} does not run on merge_group: the queue waits for the required status forever`,
  'merge-queue.no-event.fix': (p: { workflow: string }) => `add merge_group: to the on: list of ${p.workflow}`,
  'workflow.found': (p: { workflow: string }) => `the workflow ${p.workflow} runs upgrade-gate`,
  'workflow.missing': (p: { branch: string }) => `no workflow in .github/workflows on ${p.branch} runs upgrade-gate`,
  'workflow.missing.fix': () =>
    'copy examples/.github/workflows/upgrade-gate.yml from the upgrade-gate repository into .github/workflows/',
  'workflow.events': (p: { workflow: string; events: string }) => `${p.workflow} runs on ${p.events}`,
  'workflow.event-missing': (p: { workflow: string; event: string; why: string }) =>
    `${p.workflow} does not run on ${p.event}: ${p.why}`,
  'workflow.event-missing.fix': (p: { workflow: string; event: string }) =>
    `add ${p.event}: to the on: list of ${p.workflow}`,
  'why.pull_request_target': () => 'pull requests are never checked',
  'why.pull_request_review': () => 'an approval does not re-check the pull request',
  'why.schedule': () =>
    'the merge window never flips waiting pull requests, missing records are never backfilled and this check never runs',
  'why.issue_comment': () => '/upgrade-result comments are never recorded',
  'workflow.pull-request': (p: { workflow: string }) =>
    `${p.workflow} runs on pull_request, which runs the pull request's own copy of the workflow (it can change its own gate) with a read-only token on forks`,
  'workflow.pull-request.fix': (p: { workflow: string }) =>
    `in ${p.workflow}, use pull_request_target instead of pull_request (upgrade-gate never checks out or runs pull request code)`,
  'workflow.permissions': (p: { workflow: string; permissions: string }) => `${p.workflow} grants ${p.permissions}`,
  'workflow.permission-missing': (p: { workflow: string; missing: string }) =>
    `${p.workflow} does not grant ${p.missing} to GITHUB_TOKEN: the status, the comment or the archive cannot be written`,
  'workflow.permission-missing.fix': (p: { workflow: string; missing: string }) =>
    `add to the permissions: of ${p.workflow}: ${p.missing}`,
  'workflow.app-token': (p: { workflow: string; environment: string }) =>
    `${p.workflow} runs upgrade-gate with a GitHub App token whose key is in the environment ${p.environment}`,
  'workflow.actions-token': (p: { workflow: string }) =>
    `${p.workflow} runs upgrade-gate with GITHUB_TOKEN: the status is posted as github-actions[bot], as any other workflow's would be`,
  'workflow.actions-token.fix': () =>
    'use the recommended setup (README, "A check only the gate can set"): a GitHub App token from actions/create-github-app-token, its key in an environment restricted to the default branch, the status required from that App',
  'workflow.key-unguarded': (p: { workflow: string }) =>
    `${p.workflow} runs upgrade-gate with a GitHub App token, but the job has no environment: the App's key is a secret any workflow (a pull request's own, too) can read`,
  'workflow.key-unguarded.fix': (p: { workflow: string }) =>
    `put the App's key in an environment whose deployment branches are only the default branch, and add environment: to the job in ${p.workflow}`,
  'workflow.others-can-post': (p: { workflows: string }) =>
    `other workflows can post statuses with GITHUB_TOKEN (${p.workflows}): with the status required from GitHub Actions or any source, each of them can post success`,
  'workflow.others-can-post.fix': () =>
    'require the status from your upgrade-gate GitHub App; or give those workflows permissions: without statuses: write',
  'workflow.none-can-post': () => 'no other workflow can post a status that counts',
  'identity.posted': (p: { context: string; login: string }) => `The status ${p.context} was published as ${p.login}.`,
  'identity.actions': () =>
    'This is GitHub Actions: any workflow of the repository can post the same status. Use a GitHub App token and require the status from that App (upgrade-gate doctor says what to change).',
};

/** The shape of the doctor catalog: every key of the English one, with the same parameters. */
export type DoctorCatalog = { [K in keyof typeof en]: (typeof en)[K] };

const zhCN: DoctorCatalog = {
  title: (p) => `${p.repo}（分支 ${p.branch}）的配置检查：upgrade-gate doctor`,
  fix: () => '修复方法：',
  'all-good': () => '配置确保 upgrade-gate 强制生效：所有检查均通过。',
  findings: (p) => `发现 ${p.count} 个问题：当前配置尚不能证明 upgrade-gate 强制生效。`,
  'config.invalid': (p) => `分支最新提交上的 ${p.path} 有错误；无法读取的部分按默认值检查`,
  'config.invalid.fix': (p) => `运行 upgrade-gate validate ${p.path}，按提示修改`,
  'rules.unreadable': (p) => `无法用此令牌读取 ${p.branch} 的规则`,
  'rules.unreadable.fix': () => '请使用能读取该仓库的令牌（metadata: read）运行 doctor',
  'classic.unreadable': (p) =>
    `无法用此令牌读取 ${p.branch} 的传统分支保护（需要 administration: read）；只检查了规则集`,
  'classic.unreadable.fix': () => '请使用具有 administration: read 的令牌运行 doctor，或将保护迁移到规则集',
  'status.required': (p) => `状态检查 ${p.context} 为必需（${p.via}），来源为 ID ${p.app} 的应用`,
  'status.not-required': (p) =>
    `${p.branch} 上没有任何规则集或分支保护要求状态检查 ${p.context}：无论 upgrade-gate 结论如何，PR 都能合并`,
  'status.not-required.fix': (p) =>
    `Settings → Rules → Rulesets → New branch ruleset，目标分支 ${p.branch}：开启“Require status checks to pass”，添加检查 ${p.context}，并将来源设为你的 upgrade-gate GitHub App`,
  'status.any-source': (p) =>
    `状态检查 ${p.context} 为必需（${p.via}），但不限来源：任何能写提交状态的人（任何具有 statuses: write 的工作流、任何有仓库权限的令牌）都能发布 success`,
  'status.any-source.fix': (p) => `在要求 ${p.context} 的规则中，将检查来源设为你的 upgrade-gate GitHub App`,
  'status.actions-source': (p) =>
    `状态检查 ${p.context} 为必需（${p.via}），来源为 GitHub Actions：仓库中任何工作流都能发布它，包括 PR 自带的工作流文件（经 pull_request_review、merge_group 或分支推送运行）`,
  'status.actions-source.fix': (p) =>
    `使用 GitHub App 安装令牌运行 upgrade-gate（actions/create-github-app-token，私钥放在仅限默认分支的 environment 中），并要求 ${p.context} 来自该 App`,
  'review.code-owners': (p) => `已要求代码所有者审批（${p.via}）`,
  'review.no-code-owners': (p) =>
    `${p.branch} 上没有规则要求代码所有者审批：upgrades/、配置、工作流和归档的变更无需其所有者批准`,
  'review.no-code-owners.fix': () =>
    '在规则集的“Require a pull request before merging”规则中开启“Require review from Code Owners”',
  'codeowners.found': (p) => `CODEOWNERS 文件为 ${p.path}`,
  'codeowners.missing': (p) =>
    `${p.branch} 上没有 CODEOWNERS 文件（.github/CODEOWNERS、CODEOWNERS 或 docs/CODEOWNERS）：审批无法对应到代码所有者`,
  'codeowners.missing.fix': (p) => `新增 .github/CODEOWNERS，内容为：${p.lines}`,
  'codeowners.invalid': (p) => `${p.path} 中有 GitHub 会忽略的行（第 ${p.lines} 行）`,
  'codeowners.invalid.fix': (p) => `运行 upgrade-gate owners --codeowners ${p.path} 加任一路径查看原因，并修改这些行`,
  'codeowners.covered': (p) => `${p.what}（${p.path}）的代码所有者为 ${p.owners}`,
  'codeowners.uncovered': (p) =>
    `${p.file} 中没有任何一行覆盖${p.what}（${p.path}）：任何有写权限的人都能修改它而无需所有者审批`,
  'codeowners.uncovered.fix': (p) => `在 ${p.file} 中加入这一行：${p.line}`,
  'what.documents': () => '升级文档',
  'what.config': () => '配置文件',
  'what.workflows': () => '工作流',
  'what.archive': () => '归档',
  'archive.writable': (p) => `归档可以写入 ${p.branch}（${p.how}）`,
  'archive.blocked': (p) => `此令牌无法将归档写入 ${p.branch}：${p.rules}；已合并的升级将没有归档记录`,
  'archive.blocked.fix': (p) =>
    `将你的 upgrade-gate GitHub App 加入保护 ${p.branch} 的规则集的绕过列表（仓库规则集不接受 GitHub Actions 作为绕过者），或将 archive.branch 设为只有该 App 能推送的分支`,
  'archive.no-rules': () => '没有规则阻止直接推送',
  'archive.bypass': (p) => `此令牌可以绕过 ${p.rulesets}`,
  'merge-queue.on': () => '已开启合并队列，且工作流在 merge_group 时运行',
  'merge-queue.off': () => '未开启合并队列',
  'merge-queue.no-event': (p) =>
    `已开启合并队列，但 ${p.workflow} 不在 merge_group 时运行：队列会一直等待必需的状态检查`,
  'merge-queue.no-event.fix': (p) => `在 ${p.workflow} 的 on: 列表中加入 merge_group:`,
  'workflow.found': (p) => `工作流 ${p.workflow} 运行 upgrade-gate`,
  'workflow.missing': (p) => `${p.branch} 的 .github/workflows 中没有运行 upgrade-gate 的工作流`,
  'workflow.missing.fix': () =>
    '将 upgrade-gate 仓库中的 examples/.github/workflows/upgrade-gate.yml 复制到 .github/workflows/',
  'workflow.events': (p) => `${p.workflow} 在以下事件时运行：${p.events}`,
  'workflow.event-missing': (p) => `${p.workflow} 不在 ${p.event} 时运行：${p.why}`,
  'workflow.event-missing.fix': (p) => `在 ${p.workflow} 的 on: 列表中加入 ${p.event}:`,
  'why.pull_request_target': () => 'PR 永远不会被检查',
  'why.pull_request_review': () => '审批后不会重新检查 PR',
  'why.schedule': () => '升级窗口开闭时等待中的 PR 状态不会更新，缺失的归档记录不会补录，本检查也不会运行',
  'why.issue_comment': () => '/upgrade-result 评论不会被记录',
  'workflow.pull-request': (p) =>
    `${p.workflow} 在 pull_request 时运行，执行的是 PR 自带的工作流副本（PR 可以修改自己的检查），且 fork 的 PR 只有只读令牌`,
  'workflow.pull-request.fix': (p) =>
    `在 ${p.workflow} 中用 pull_request_target 代替 pull_request（upgrade-gate 从不检出或运行 PR 的代码）`,
  'workflow.permissions': (p) => `${p.workflow} 授予的权限：${p.permissions}`,
  'workflow.permission-missing': (p) =>
    `${p.workflow} 没有授予 GITHUB_TOKEN ${p.missing}：无法写入状态检查、评论或归档`,
  'workflow.permission-missing.fix': (p) => `在 ${p.workflow} 的 permissions: 中加入：${p.missing}`,
  'workflow.app-token': (p) =>
    `${p.workflow} 使用 GitHub App 令牌运行 upgrade-gate，私钥位于 environment ${p.environment}`,
  'workflow.actions-token': (p) =>
    `${p.workflow} 使用 GITHUB_TOKEN 运行 upgrade-gate：状态以 github-actions[bot] 身份发布，与其他任何工作流发布的无法区分`,
  'workflow.actions-token.fix': () =>
    '采用推荐配置（README“只有 upgrade-gate 能设置的检查”）：用 actions/create-github-app-token 获取 GitHub App 令牌，私钥放在仅限默认分支的 environment 中，并要求状态检查来自该 App',
  'workflow.key-unguarded': (p) =>
    `${p.workflow} 使用 GitHub App 令牌运行 upgrade-gate，但该 job 没有 environment：App 私钥是任何工作流（包括 PR 自带的）都能读取的 secret`,
  'workflow.key-unguarded.fix': (p) =>
    `将 App 私钥放入部署分支仅限默认分支的 environment，并在 ${p.workflow} 的 job 中加入 environment:`,
  'workflow.others-can-post': (p) =>
    `其他工作流可以用 GITHUB_TOKEN 发布状态（${p.workflows}）：由于状态检查来源为 GitHub Actions 或不限来源，它们都能发布 success`,
  'workflow.others-can-post.fix': () =>
    '要求状态检查来自你的 upgrade-gate GitHub App；或在这些工作流的 permissions: 中去掉 statuses: write',
  'workflow.none-can-post': () => '没有其他工作流能发布有效的状态检查',
  'identity.posted': (p) => `状态检查 ${p.context} 由 ${p.login} 发布。`,
  'identity.actions': () =>
    '这是 GitHub Actions：仓库中任何工作流都能发布同样的状态。请改用 GitHub App 令牌，并要求状态检查来自该 App（upgrade-gate doctor 会列出需要修改的地方）。',
};

const CATALOGS: Record<Language, DoctorCatalog> = { en, 'zh-CN': zhCN };

/** The doctor catalog of a language (English when none is given). */
export function doctorMessages(language: Language = 'en'): DoctorCatalog {
  return CATALOGS[language];
}
