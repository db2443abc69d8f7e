import type { Language } from './language.js';

/** The commands of the CLI that have a help text, and the top-level help ("main"). */
export type HelpTopic = 'main' | 'validate' | 'simulate' | 'owners' | 'verify' | 'report' | 'doctor';

// Help texts are loaded only by --help and usage errors, never by a normal run: they live apart from
// the message catalog, in the same two languages (test/messages/help.test.ts holds them to each other).
const EN: Record<HelpTopic, string> = {
  main: `Usage: upgrade-gate <command> [options]

Commands:
  validate [PATH...]    check upgrade documents against the schema and document rules
  owners --codeowners FILE PATH...
                        print the owners GitHub would assign to each path
  simulate DOC...       the full evaluation offline: time, labels, approvals
  verify [DIR]          check that the archive is intact (hash chain, indexes, files)
  report [DIR]          list archived upgrades, approvers, violations, emergencies per month
  doctor --repo OWNER/NAME
                        check that the repository's rulesets, CODEOWNERS and workflow enforce the gate

Run "upgrade-gate <command> --help" (or -h) for a command's options.
With --lang zh-CN (or LANG=zh_CN.UTF-8) the messages are in Chinese.

Exit status of every command: 0 clean, 1 findings (a broken rule, a damaged archive),
2 usage or input errors (an unknown option, a missing file or folder, a broken configuration).`,
  validate: `Usage: upgrade-gate validate [PATH...] [--config FILE] [--format text|json]

Checks upgrade documents against the schema and every rule that needs no GitHub state.
PATH may be a file, a glob, or a folder: in a folder, the documents the configuration's
"documents" glob selects (upgrades/**/*.{yaml,yml} by default), so the configuration and
workflows are never read as documents; a folder outside that glob (drafts/) is searched for
*.yaml / *.yml outside .github/. Without PATH, every document the glob selects is checked.

  --config FILE     policy configuration (default: .github/upgrade-gate.yml of the
                    document's repository root)
  --format FORMAT   text (default): file:line:column: severity rule message
                    json: an array of findings {rule, severity, message, file, line, column}
  --lang LANG       en or zh-CN (default: LC_ALL / LC_MESSAGES / LANG when they name
                    en or zh, else the configuration's language, else en)

Exit status: 0 no errors, 1 a document breaks a rule, 2 usage or configuration error.`,
  simulate: `Usage: upgrade-gate simulate DOC... [--at TIME] [--label L[:LOGIN]]... [--approved-by LOGIN[:ROLE]]...
                            [--changes-requested-by LOGIN[:ROLE]]... [--committer LOGIN]...
                            [--config FILE] [--codeowners FILE] [--author LOGIN] [--format md|json|text]

Runs the full evaluation offline, as if DOC were the upgrade documents of a pull request:
  --at TIME              the moment to evaluate: now (the default); an RFC 3339 / ISO 8601 time with
                         an offset, fractional seconds allowed (2026-11-26T12:00:00.000Z,
                         2026-11-26T20:00+08:00); a local time read in the policy time zone
                         (2026-11-26T20:00); or a date, read as 12:00 that day. A local time that the
                         clocks skip or show twice (daylight saving time) is refused: add the offset
  --label L[:LOGIN]      a label on the PR, applied by LOGIN (repeat; e.g. --label emergency:han-meimei).
                         The emergency label counts only when a member of a role under
                         emergency.applied-by applied it, never the PR author; without :LOGIN it is
                         taken as applied by a member of the first of those roles
  --approved-by LOGIN[:ROLE]
                         an approval of the current head by LOGIN (repeat). Offline no team can be
                         read: :ROLE (a role id of the configuration) assumes LOGIN is a member of
                         every team among that role's owners, :@org/team of that one team; without
                         either, only the configuration's teams: and roles.<role>.members count. As
                         in the Action, LOGIN signs a document only through an owner entry of that
                         document's CODEOWNERS line that belongs to the role
  --changes-requested-by LOGIN[:ROLE]
                         a request for changes by LOGIN (repeat; :ROLE and :@org/team as above): it
                         blocks the roles LOGIN holds for the documents LOGIN owns
  --committer LOGIN      someone who authored or committed a commit of the PR (repeat): never an approver
  --author LOGIN         the PR author (default: the document's project_lead)
  --config FILE          the policy configuration (default: .github/upgrade-gate.yml in the repository
                         root: the nearest folder above DOC holding it, else the git root)
  --codeowners FILE      the CODEOWNERS file (default: .github/CODEOWNERS, CODEOWNERS or
                         docs/CODEOWNERS in the repository root, the first that exists, as GitHub does)
  --format FORMAT        md (default): the PR comment; json: the verdict; text: one line per finding
  --lang LANG            en or zh-CN (default: LC_ALL / LC_MESSAGES / LANG when they name en or zh,
                         else the configuration's language, else en)

Exit status: 0 ready to merge, 1 a rule is broken, 2 usage or configuration error.`,
  owners: `Usage: upgrade-gate owners [--codeowners FILE] [--paths-file LIST] [--lang en|zh-CN] PATH...

Prints a JSON object mapping each PATH (a file on disk, or a path relative to the repository root
as CODEOWNERS writes it) to the
owners GitHub would assign it: the owners of the last matching rule, [] where no rule matches or
the rule lists none. Lines GitHub would skip are listed on stderr as FILE:LINE:COLUMN: reason.

  --codeowners FILE      the CODEOWNERS file (default: .github/CODEOWNERS, CODEOWNERS or
                         docs/CODEOWNERS in the repository root, the first that exists, as GitHub
                         and upgrade-gate simulate do; the root is the nearest folder above the
                         working folder holding .github/upgrade-gate.yml, else the git root)
  --paths-file LIST      also the paths in LIST, one per line (for more than a command line holds)
  --lang en|zh-CN        language of the reasons (default: the locale, else the configuration's)

Exit status: 0 printed, 2 usage error or no readable CODEOWNERS file.`,
  verify: `Usage: upgrade-gate verify [DIR] [--writer LOGIN] [--repo OWNER/NAME] [--branch BRANCH] [--lang en|zh-CN]

Checks the archive in DIR (default: the configured archive folder of the repository, archive/):
each record against its schema and its own sha256, the hash chain, file names, the Markdown beside
each record, the year indexes and the chain head. Any edit, deletion or reordering is named.

  DIR                    the archive folder (default: the configured archive folder of the
                         repository around the working folder, archive/)
  --writer LOGIN         who may commit to the archive (default: archive.writer of the
                         configuration, else github-actions[bot])
  --repo OWNER/NAME      check the archive on GitHub instead of a folder: every commit that changed
                         it must be the writer's and signed as GitHub verifies (the Action's commits
                         are created through the API, which signs them); token from GITHUB_TOKEN (or
                         GH_TOKEN), API from GITHUB_API_URL
  --branch BRANCH        with --repo: the branch whose policy names the archive (default: the
                         repository's default branch)
  --lang en|zh-CN        language of the findings (default: the locale, else the configuration's)

In a Git clone it also checks the history: every commit that touched DIR is the archive writer's,
each record was added once and never changed, the files are the committed ones, and each record's
pinned documents and evidence are the blobs Git has at the merge commit; a finding names the commit.

Never follows symbolic links or reads special files; each finding line is FILE: error ID MESSAGE.

Exit status: 0 intact, 1 any finding (an edited, deleted, reordered or malformed record), 2 usage error
(such as a missing folder).`,
  report: `Usage: upgrade-gate report [DIR] [--since TIME] [--until TIME] [--format md|csv|json] [--at TIME] [--writer LOGIN] [--lang en|zh-CN]

Lists the archived upgrades (type, approvers, violations, outcome: state, completed, verified by),
counts succeeded, failed, restored and pending upgrades, and the emergencies per month.
  DIR                    the archive folder (default: the configured archive folder, archive/)
  --since TIME           only upgrades merged at or after TIME: a date (2026-12-01, from 00:00 in the
                         policy time zone), a local time (2026-12-01T08:00) or an RFC 3339 time
                         (2026-12-01T00:00:00.000Z, 2026-12-01T08:00+08:00)
  --until TIME           only upgrades merged before TIME; a date includes that whole day
  --format FORMAT        md (default): a Markdown table; csv: one row per upgrade; json: rows and months
  --at TIME              the moment to judge pending outcomes at: a local time in the policy time zone
                         (2026-12-05T09:00) or an RFC 3339 time (2026-12-05T01:00:00Z); default: now
  --writer LOGIN         who may commit to the archive, checked in a Git clone as verify checks it
                         (default: archive.writer of the configuration, else github-actions[bot])
  --lang en|zh-CN        language of the audit findings (default: the configuration's, or the locale)

An upgrade with no outcome (/upgrade-result on its PR) is pending once outcome.pending-hours (24)
have passed since the merge, and an audit finding once its window ended more than
outcome.overdue-days (7) ago; both are read from the repository's .github/upgrade-gate.yml.

The archive is verified first, files and, in a Git clone, history (as upgrade-gate verify does):
when it fails, no report is printed (a listing of an edited archive proves nothing), the problems
are listed on stderr, and the exit status is 1.

Exit status: 0 report of an intact archive, 1 the archive fails verification, 2 usage error (such
as a missing folder).`,
  doctor: `Usage: upgrade-gate doctor --repo OWNER/NAME [--branch BRANCH] [--config PATH] [--lang en|zh-CN]

Checks that a repository's setup enforces upgrade-gate, reading its rulesets, classic branch
protection, CODEOWNERS and workflow files at the branch's tip, and names each fix:
  - the status is required, and from which app (a status any workflow can post proves nothing)
  - code owner review is required
  - CODEOWNERS covers the upgrade documents, the configuration, .github/workflows/ and the archive
  - the archive can be written (a ruleset this token may bypass, or archive.branch)
  - merge queue and merge_group
  - the workflow's events, permissions and token (a GitHub App token, its key in an environment)

  --repo OWNER/NAME      the repository (required)
  --branch BRANCH        the protected branch (default: the repository's default branch)
  --config PATH          the configuration file (default: .github/upgrade-gate.yml)
  --lang en|zh-CN        language of the report (default: the locale, else the configuration's)

The token is read from GITHUB_TOKEN (or GH_TOKEN), the API from GITHUB_API_URL (default
https://api.github.com). Rulesets and CODEOWNERS need read access; classic branch protection needs
administration: read (without it, doctor says so and checks the rulesets only). Whether the archive
can be written is judged for this token: run doctor with the token upgrade-gate uses.

Exit status: 0 every check passed, 1 findings (or GitHub could not be read), 2 usage error.`,
};

const ZH: Record<HelpTopic, string> = {
  main: `用法：upgrade-gate <命令> [选项]

命令：
  validate [PATH...]    按 Schema 和文档规则检查升级文档
  owners --codeowners FILE PATH...
                        列出 GitHub 会给每个路径分配的代码所有者（CODEOWNERS）
  simulate DOC...       在本地完整模拟一次 PR 检查：时间、标签、审批
  verify [DIR]          校验升级档案是否完整（哈希链、索引、文件）
  report [DIR]          列出已归档的升级、审批人、违规情况和每月紧急升级次数
  doctor --repo OWNER/NAME
                        检查仓库的规则集、CODEOWNERS 和工作流是否确保本检查强制生效

运行 "upgrade-gate <命令> --help"（或 -h）查看该命令的选项。
--lang zh-CN 或 LANG=zh_CN.UTF-8 时提示为中文。

退出码（所有命令）：0 无问题，1 有问题（违反规则、档案被改动），
2 用法或输入错误（未知选项、文件或目录不存在、配置有误）。`,
  validate: `用法：upgrade-gate validate [PATH...] [--config FILE] [--format text|json]

按 Schema 和所有不需要 GitHub 的规则检查升级文档。
PATH 可以是文件、glob 或目录：目录中只检查配置的 documents glob 选中的文档
（默认 upgrades/**/*.{yaml,yml}），配置文件和 workflow 不会被当作文档；不在该 glob 内的目录
（如 drafts/）会查找 .github/ 以外的 *.yaml / *.yml。不写 PATH 时检查 glob 选中的全部文档。

  --config FILE     策略配置（默认：文档所在仓库根目录下的 .github/upgrade-gate.yml）
  --format FORMAT   text（默认）：文件:行:列: 级别 规则 说明
                    json：问题数组 {rule, severity, message, file, line, column}
  --lang LANG       en 或 zh-CN（默认：LC_ALL / LC_MESSAGES / LANG 指明 en 或 zh 时按其设置，
                    否则按配置的 language，再否则为 en）

退出码：0 无错误，1 文档违反规则，2 用法或配置错误。`,
  simulate: `用法：upgrade-gate simulate DOC... [--at TIME] [--label L[:LOGIN]]... [--approved-by LOGIN[:ROLE]]...
                            [--changes-requested-by LOGIN[:ROLE]]... [--committer LOGIN]...
                            [--config FILE] [--codeowners FILE] [--author LOGIN] [--format md|json|text]

把 DOC 当作一个 PR 中的升级文档，在本地完整运行一次检查：
  --at TIME              检查的时刻：默认为现在；可写带偏移的 RFC 3339 / ISO 8601 时间，允许小数秒
                         （2026-11-26T12:00:00.000Z、2026-11-26T20:00+08:00）；或策略时区的本地时间
                         （2026-11-26T20:00）；或一个日期，按当天 12:00 计。夏令时跳过或重复的本地时间
                         会被拒绝：请写明偏移
  --label L[:LOGIN]      PR 上的标签，由 LOGIN 添加（可重复；如 --label emergency:han-meimei）。紧急升级标签
                         只有由 emergency.applied-by 中角色的成员添加才有效，PR 作者本人添加的无效；
                         不写 :LOGIN 时，视为由其中第一个角色的成员添加
  --approved-by LOGIN[:ROLE]
                         LOGIN 批准了当前最新提交（可重复）。本地无法读取团队：写 :ROLE（配置中的角色 id）
                         表示假定 LOGIN 是该角色 owners 中每个团队的成员，写 :@org/team 表示是该团队成员；
                         都不写时，只按配置中的 teams: 和 roles.<role>.members 计。与 Action 相同，LOGIN
                         只能通过该文档 CODEOWNERS 规则中属于该角色的所有者条目审批该文档
  --changes-requested-by LOGIN[:ROLE]
                         LOGIN 要求修改（可重复；:ROLE 和 :@org/team 同上）：只阻止 LOGIN 所负责文档的相应角色
  --committer LOGIN      PR 中某个提交的作者或提交者（可重复）：其审批不计入
  --author LOGIN         PR 作者（默认：文档中的 project_lead）
  --config FILE          策略配置（默认：仓库根目录下的 .github/upgrade-gate.yml；仓库根目录是 DOC 之上
                         最近的含该文件的目录，否则为 git 根目录）
  --codeowners FILE      CODEOWNERS 文件（默认：仓库根目录下 .github/CODEOWNERS、CODEOWNERS 或
                         docs/CODEOWNERS 中第一个存在的，与 GitHub 相同）
  --format FORMAT        md（默认）：PR 评论；json：检查结果；text：每个问题一行
  --lang LANG            en 或 zh-CN（默认：LC_ALL / LC_MESSAGES / LANG 指明 en 或 zh 时按其设置，
                         否则按配置的 language，再否则为 en）

退出码：0 可以合并，1 违反规则，2 用法或配置错误。`,
  owners: `用法：upgrade-gate owners [--codeowners FILE] [--paths-file LIST] [--lang en|zh-CN] PATH...

输出一个 JSON 对象：每个 PATH（磁盘上的文件，或按 CODEOWNERS 写法、相对于仓库根目录的路径）
对应 GitHub 会分配的代码所有者，即最后一条匹配规则的所有者；没有匹配的规则或规则未列出所有者时为 []。
GitHub 会跳过的行列在 stderr 上，格式为 文件:行:列: 原因。

  --codeowners FILE      CODEOWNERS 文件（默认：仓库根目录下 .github/CODEOWNERS、CODEOWNERS 或
                         docs/CODEOWNERS 中第一个存在的，与 GitHub 和 upgrade-gate simulate 相同；
                         仓库根目录是当前目录之上最近的含 .github/upgrade-gate.yml 的目录，否则为 git 根目录）
  --paths-file LIST      另外检查 LIST 中的路径，每行一个（路径太多、命令行放不下时使用）
  --lang en|zh-CN        原因说明的语言（默认：按系统语言环境，否则按配置）

退出码：0 已输出，2 用法错误或没有可读的 CODEOWNERS 文件。`,
  verify: `用法：upgrade-gate verify [DIR] [--writer LOGIN] [--repo OWNER/NAME] [--branch BRANCH] [--lang en|zh-CN]

校验 DIR 中的升级档案（默认：仓库配置的档案目录，archive/）：每条记录是否符合 Schema、与自身的
sha256 一致，哈希链、文件名、每条记录旁的 Markdown、年度索引和 chain-head 是否完整。
任何修改、删除或调换顺序都会被指出。

  DIR                    档案目录（默认：当前目录所在仓库配置的档案目录，archive/）
  --writer LOGIN         允许提交档案的账号（默认：配置中的 archive.writer，否则为 github-actions[bot]）
  --repo OWNER/NAME      在 GitHub 上校验档案（不读本地目录）：每个改动档案的提交都必须来自档案写入者，
                         且签名经 GitHub 验证（Action 的提交经 API 创建，由 GitHub 签名）；令牌从
                         GITHUB_TOKEN（或 GH_TOKEN）读取，API 地址从 GITHUB_API_URL 读取
  --branch BRANCH        配合 --repo：读取哪个分支的配置来确定档案位置（默认：仓库的默认分支）
  --lang en|zh-CN        提示语言（默认：按系统语言环境，否则按配置）

在 Git 克隆中还会检查历史：每个改动 DIR 的提交都必须来自档案写入者，每条记录只添加一次、从未修改，
文件与已提交的一致，每条记录固定的文档和佐证材料与合并提交中的 blob 一致；问题会指出对应提交。

从不跟随符号链接、不读取特殊文件；每个问题一行：文件: error 编号 说明。

退出码：0 完整，1 有问题（记录被修改、删除、调换顺序或格式错误），2 用法错误（如目录不存在）。`,
  report: `用法：upgrade-gate report [DIR] [--since TIME] [--until TIME] [--format md|csv|json] [--at TIME] [--writer LOGIN] [--lang en|zh-CN]

列出已归档的升级（类型、审批人、违规、升级结果：状态、完成时间、验证人），统计升级成功、失败、
已恢复和待记录的次数，以及每月的紧急升级次数。
  DIR                    档案目录（默认：配置的档案目录，archive/）
  --since TIME           只列出在 TIME 或之后合并的升级：日期（2026-12-01，按策略时区从 00:00 起）、
                         本地时间（2026-12-01T08:00）或 RFC 3339 时间
                         （2026-12-01T00:00:00.000Z、2026-12-01T08:00+08:00）
  --until TIME           只列出在 TIME 之前合并的升级；写日期时包含当天全天
  --format FORMAT        md（默认）：Markdown 表格；csv：每次升级一行；json：各行和各月统计
  --at TIME              判断是否待记录的时刻：策略时区的本地时间（2026-12-05T09:00）或 RFC 3339 时间
                         （2026-12-05T01:00:00Z）；默认：现在
  --writer LOGIN         允许提交档案的账号，在 Git 克隆中与 verify 一样检查提交历史（默认：配置中的
                         archive.writer，否则为 github-actions[bot]）
  --lang en|zh-CN        审计问题的语言（默认：按配置，或按系统语言环境）

没有升级结果（在 PR 上评论 /upgrade-result）的升级，合并后超过 outcome.pending-hours（24）小时列为
待记录；升级时间结束超过 outcome.overdue-days（7）天列为审计问题；两者都从仓库的
.github/upgrade-gate.yml 读取。

先校验档案，包括文件以及 Git 克隆中的提交历史（与 upgrade-gate verify 相同）：校验不通过时不输出报告
（被改动过的档案列出的内容不能作为依据），问题列在 stderr 上，退出码为 1。

退出码：0 档案完整并已输出报告，1 档案校验不通过，2 用法错误（如目录不存在）。`,
  doctor: `用法：upgrade-gate doctor --repo OWNER/NAME [--branch BRANCH] [--config PATH] [--lang en|zh-CN]

在分支最新提交上读取仓库的规则集、传统分支保护、CODEOWNERS 和工作流文件，检查这些配置能否确保
upgrade-gate 强制生效，并给出每一项的修复方法：
  - 状态检查是否为必需，来源是哪个应用（任何工作流都能发布的状态检查证明不了什么）
  - 是否要求代码所有者审批
  - CODEOWNERS 是否覆盖升级文档、配置文件、.github/workflows/ 和归档
  - 归档能否写入（此令牌可绕过的规则集，或 archive.branch）
  - 合并队列与 merge_group
  - 工作流的触发事件、权限和令牌（GitHub App 令牌，私钥放在 environment 中）

  --repo OWNER/NAME      仓库（必填）
  --branch BRANCH        受保护的分支（默认：仓库的默认分支）
  --config PATH          配置文件（默认：.github/upgrade-gate.yml）
  --lang en|zh-CN        报告语言（默认：按系统语言环境，否则按配置）

令牌从 GITHUB_TOKEN（或 GH_TOKEN）读取，API 地址从 GITHUB_API_URL 读取（默认
https://api.github.com）。读取规则集和 CODEOWNERS 需要读权限；读取传统分支保护需要
administration: read（没有时 doctor 会说明，只检查规则集）。归档能否写入按所给令牌判断：
请使用 upgrade-gate 实际使用的令牌运行 doctor。

退出码：0 所有检查通过，1 有问题（或无法读取 GitHub），2 用法错误。`,
};

/** The help text of a command (or of the CLI) in a language. */
export function helpText(topic: HelpTopic, language: Language = 'en'): string {
  return (language === 'zh-CN' ? ZH : EN)[topic];
}
