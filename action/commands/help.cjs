"use strict";
const __ugModuleUrl = require('node:url').pathToFileURL(__filename).href;
"use strict";
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: !0 });
}, __copyProps = (to, from, except, desc) => {
  if (from && typeof from == "object" || typeof from == "function")
    for (let key of __getOwnPropNames(from))
      !__hasOwnProp.call(to, key) && key !== except && __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  return to;
};
var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: !0 }), mod);

// src/messages/help.ts
var help_exports = {};
__export(help_exports, {
  helpText: () => helpText
});
module.exports = __toCommonJS(help_exports);
var EN = {
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

Exit status: 0 every check passed, 1 findings (or GitHub could not be read), 2 usage error.`
}, ZH = {
  main: `\u7528\u6CD5\uFF1Aupgrade-gate <\u547D\u4EE4> [\u9009\u9879]

\u547D\u4EE4\uFF1A
  validate [PATH...]    \u6309 Schema \u548C\u6587\u6863\u89C4\u5219\u68C0\u67E5\u5347\u7EA7\u6587\u6863
  owners --codeowners FILE PATH...
                        \u5217\u51FA GitHub \u4F1A\u7ED9\u6BCF\u4E2A\u8DEF\u5F84\u5206\u914D\u7684\u4EE3\u7801\u6240\u6709\u8005\uFF08CODEOWNERS\uFF09
  simulate DOC...       \u5728\u672C\u5730\u5B8C\u6574\u6A21\u62DF\u4E00\u6B21 PR \u68C0\u67E5\uFF1A\u65F6\u95F4\u3001\u6807\u7B7E\u3001\u5BA1\u6279
  verify [DIR]          \u6821\u9A8C\u5347\u7EA7\u6863\u6848\u662F\u5426\u5B8C\u6574\uFF08\u54C8\u5E0C\u94FE\u3001\u7D22\u5F15\u3001\u6587\u4EF6\uFF09
  report [DIR]          \u5217\u51FA\u5DF2\u5F52\u6863\u7684\u5347\u7EA7\u3001\u5BA1\u6279\u4EBA\u3001\u8FDD\u89C4\u60C5\u51B5\u548C\u6BCF\u6708\u7D27\u6025\u5347\u7EA7\u6B21\u6570
  doctor --repo OWNER/NAME
                        \u68C0\u67E5\u4ED3\u5E93\u7684\u89C4\u5219\u96C6\u3001CODEOWNERS \u548C\u5DE5\u4F5C\u6D41\u662F\u5426\u786E\u4FDD\u672C\u68C0\u67E5\u5F3A\u5236\u751F\u6548

\u8FD0\u884C "upgrade-gate <\u547D\u4EE4> --help"\uFF08\u6216 -h\uFF09\u67E5\u770B\u8BE5\u547D\u4EE4\u7684\u9009\u9879\u3002
--lang zh-CN \u6216 LANG=zh_CN.UTF-8 \u65F6\u63D0\u793A\u4E3A\u4E2D\u6587\u3002

\u9000\u51FA\u7801\uFF08\u6240\u6709\u547D\u4EE4\uFF09\uFF1A0 \u65E0\u95EE\u9898\uFF0C1 \u6709\u95EE\u9898\uFF08\u8FDD\u53CD\u89C4\u5219\u3001\u6863\u6848\u88AB\u6539\u52A8\uFF09\uFF0C
2 \u7528\u6CD5\u6216\u8F93\u5165\u9519\u8BEF\uFF08\u672A\u77E5\u9009\u9879\u3001\u6587\u4EF6\u6216\u76EE\u5F55\u4E0D\u5B58\u5728\u3001\u914D\u7F6E\u6709\u8BEF\uFF09\u3002`,
  validate: `\u7528\u6CD5\uFF1Aupgrade-gate validate [PATH...] [--config FILE] [--format text|json]

\u6309 Schema \u548C\u6240\u6709\u4E0D\u9700\u8981 GitHub \u7684\u89C4\u5219\u68C0\u67E5\u5347\u7EA7\u6587\u6863\u3002
PATH \u53EF\u4EE5\u662F\u6587\u4EF6\u3001glob \u6216\u76EE\u5F55\uFF1A\u76EE\u5F55\u4E2D\u53EA\u68C0\u67E5\u914D\u7F6E\u7684 documents glob \u9009\u4E2D\u7684\u6587\u6863
\uFF08\u9ED8\u8BA4 upgrades/**/*.{yaml,yml}\uFF09\uFF0C\u914D\u7F6E\u6587\u4EF6\u548C workflow \u4E0D\u4F1A\u88AB\u5F53\u4F5C\u6587\u6863\uFF1B\u4E0D\u5728\u8BE5 glob \u5185\u7684\u76EE\u5F55
\uFF08\u5982 drafts/\uFF09\u4F1A\u67E5\u627E .github/ \u4EE5\u5916\u7684 *.yaml / *.yml\u3002\u4E0D\u5199 PATH \u65F6\u68C0\u67E5 glob \u9009\u4E2D\u7684\u5168\u90E8\u6587\u6863\u3002

  --config FILE     \u7B56\u7565\u914D\u7F6E\uFF08\u9ED8\u8BA4\uFF1A\u6587\u6863\u6240\u5728\u4ED3\u5E93\u6839\u76EE\u5F55\u4E0B\u7684 .github/upgrade-gate.yml\uFF09
  --format FORMAT   text\uFF08\u9ED8\u8BA4\uFF09\uFF1A\u6587\u4EF6:\u884C:\u5217: \u7EA7\u522B \u89C4\u5219 \u8BF4\u660E
                    json\uFF1A\u95EE\u9898\u6570\u7EC4 {rule, severity, message, file, line, column}
  --lang LANG       en \u6216 zh-CN\uFF08\u9ED8\u8BA4\uFF1ALC_ALL / LC_MESSAGES / LANG \u6307\u660E en \u6216 zh \u65F6\u6309\u5176\u8BBE\u7F6E\uFF0C
                    \u5426\u5219\u6309\u914D\u7F6E\u7684 language\uFF0C\u518D\u5426\u5219\u4E3A en\uFF09

\u9000\u51FA\u7801\uFF1A0 \u65E0\u9519\u8BEF\uFF0C1 \u6587\u6863\u8FDD\u53CD\u89C4\u5219\uFF0C2 \u7528\u6CD5\u6216\u914D\u7F6E\u9519\u8BEF\u3002`,
  simulate: `\u7528\u6CD5\uFF1Aupgrade-gate simulate DOC... [--at TIME] [--label L[:LOGIN]]... [--approved-by LOGIN[:ROLE]]...
                            [--changes-requested-by LOGIN[:ROLE]]... [--committer LOGIN]...
                            [--config FILE] [--codeowners FILE] [--author LOGIN] [--format md|json|text]

\u628A DOC \u5F53\u4F5C\u4E00\u4E2A PR \u4E2D\u7684\u5347\u7EA7\u6587\u6863\uFF0C\u5728\u672C\u5730\u5B8C\u6574\u8FD0\u884C\u4E00\u6B21\u68C0\u67E5\uFF1A
  --at TIME              \u68C0\u67E5\u7684\u65F6\u523B\uFF1A\u9ED8\u8BA4\u4E3A\u73B0\u5728\uFF1B\u53EF\u5199\u5E26\u504F\u79FB\u7684 RFC 3339 / ISO 8601 \u65F6\u95F4\uFF0C\u5141\u8BB8\u5C0F\u6570\u79D2
                         \uFF082026-11-26T12:00:00.000Z\u30012026-11-26T20:00+08:00\uFF09\uFF1B\u6216\u7B56\u7565\u65F6\u533A\u7684\u672C\u5730\u65F6\u95F4
                         \uFF082026-11-26T20:00\uFF09\uFF1B\u6216\u4E00\u4E2A\u65E5\u671F\uFF0C\u6309\u5F53\u5929 12:00 \u8BA1\u3002\u590F\u4EE4\u65F6\u8DF3\u8FC7\u6216\u91CD\u590D\u7684\u672C\u5730\u65F6\u95F4
                         \u4F1A\u88AB\u62D2\u7EDD\uFF1A\u8BF7\u5199\u660E\u504F\u79FB
  --label L[:LOGIN]      PR \u4E0A\u7684\u6807\u7B7E\uFF0C\u7531 LOGIN \u6DFB\u52A0\uFF08\u53EF\u91CD\u590D\uFF1B\u5982 --label emergency:han-meimei\uFF09\u3002\u7D27\u6025\u5347\u7EA7\u6807\u7B7E
                         \u53EA\u6709\u7531 emergency.applied-by \u4E2D\u89D2\u8272\u7684\u6210\u5458\u6DFB\u52A0\u624D\u6709\u6548\uFF0CPR \u4F5C\u8005\u672C\u4EBA\u6DFB\u52A0\u7684\u65E0\u6548\uFF1B
                         \u4E0D\u5199 :LOGIN \u65F6\uFF0C\u89C6\u4E3A\u7531\u5176\u4E2D\u7B2C\u4E00\u4E2A\u89D2\u8272\u7684\u6210\u5458\u6DFB\u52A0
  --approved-by LOGIN[:ROLE]
                         LOGIN \u6279\u51C6\u4E86\u5F53\u524D\u6700\u65B0\u63D0\u4EA4\uFF08\u53EF\u91CD\u590D\uFF09\u3002\u672C\u5730\u65E0\u6CD5\u8BFB\u53D6\u56E2\u961F\uFF1A\u5199 :ROLE\uFF08\u914D\u7F6E\u4E2D\u7684\u89D2\u8272 id\uFF09
                         \u8868\u793A\u5047\u5B9A LOGIN \u662F\u8BE5\u89D2\u8272 owners \u4E2D\u6BCF\u4E2A\u56E2\u961F\u7684\u6210\u5458\uFF0C\u5199 :@org/team \u8868\u793A\u662F\u8BE5\u56E2\u961F\u6210\u5458\uFF1B
                         \u90FD\u4E0D\u5199\u65F6\uFF0C\u53EA\u6309\u914D\u7F6E\u4E2D\u7684 teams: \u548C roles.<role>.members \u8BA1\u3002\u4E0E Action \u76F8\u540C\uFF0CLOGIN
                         \u53EA\u80FD\u901A\u8FC7\u8BE5\u6587\u6863 CODEOWNERS \u89C4\u5219\u4E2D\u5C5E\u4E8E\u8BE5\u89D2\u8272\u7684\u6240\u6709\u8005\u6761\u76EE\u5BA1\u6279\u8BE5\u6587\u6863
  --changes-requested-by LOGIN[:ROLE]
                         LOGIN \u8981\u6C42\u4FEE\u6539\uFF08\u53EF\u91CD\u590D\uFF1B:ROLE \u548C :@org/team \u540C\u4E0A\uFF09\uFF1A\u53EA\u963B\u6B62 LOGIN \u6240\u8D1F\u8D23\u6587\u6863\u7684\u76F8\u5E94\u89D2\u8272
  --committer LOGIN      PR \u4E2D\u67D0\u4E2A\u63D0\u4EA4\u7684\u4F5C\u8005\u6216\u63D0\u4EA4\u8005\uFF08\u53EF\u91CD\u590D\uFF09\uFF1A\u5176\u5BA1\u6279\u4E0D\u8BA1\u5165
  --author LOGIN         PR \u4F5C\u8005\uFF08\u9ED8\u8BA4\uFF1A\u6587\u6863\u4E2D\u7684 project_lead\uFF09
  --config FILE          \u7B56\u7565\u914D\u7F6E\uFF08\u9ED8\u8BA4\uFF1A\u4ED3\u5E93\u6839\u76EE\u5F55\u4E0B\u7684 .github/upgrade-gate.yml\uFF1B\u4ED3\u5E93\u6839\u76EE\u5F55\u662F DOC \u4E4B\u4E0A
                         \u6700\u8FD1\u7684\u542B\u8BE5\u6587\u4EF6\u7684\u76EE\u5F55\uFF0C\u5426\u5219\u4E3A git \u6839\u76EE\u5F55\uFF09
  --codeowners FILE      CODEOWNERS \u6587\u4EF6\uFF08\u9ED8\u8BA4\uFF1A\u4ED3\u5E93\u6839\u76EE\u5F55\u4E0B .github/CODEOWNERS\u3001CODEOWNERS \u6216
                         docs/CODEOWNERS \u4E2D\u7B2C\u4E00\u4E2A\u5B58\u5728\u7684\uFF0C\u4E0E GitHub \u76F8\u540C\uFF09
  --format FORMAT        md\uFF08\u9ED8\u8BA4\uFF09\uFF1APR \u8BC4\u8BBA\uFF1Bjson\uFF1A\u68C0\u67E5\u7ED3\u679C\uFF1Btext\uFF1A\u6BCF\u4E2A\u95EE\u9898\u4E00\u884C
  --lang LANG            en \u6216 zh-CN\uFF08\u9ED8\u8BA4\uFF1ALC_ALL / LC_MESSAGES / LANG \u6307\u660E en \u6216 zh \u65F6\u6309\u5176\u8BBE\u7F6E\uFF0C
                         \u5426\u5219\u6309\u914D\u7F6E\u7684 language\uFF0C\u518D\u5426\u5219\u4E3A en\uFF09

\u9000\u51FA\u7801\uFF1A0 \u53EF\u4EE5\u5408\u5E76\uFF0C1 \u8FDD\u53CD\u89C4\u5219\uFF0C2 \u7528\u6CD5\u6216\u914D\u7F6E\u9519\u8BEF\u3002`,
  owners: `\u7528\u6CD5\uFF1Aupgrade-gate owners [--codeowners FILE] [--paths-file LIST] [--lang en|zh-CN] PATH...

\u8F93\u51FA\u4E00\u4E2A JSON \u5BF9\u8C61\uFF1A\u6BCF\u4E2A PATH\uFF08\u78C1\u76D8\u4E0A\u7684\u6587\u4EF6\uFF0C\u6216\u6309 CODEOWNERS \u5199\u6CD5\u3001\u76F8\u5BF9\u4E8E\u4ED3\u5E93\u6839\u76EE\u5F55\u7684\u8DEF\u5F84\uFF09
\u5BF9\u5E94 GitHub \u4F1A\u5206\u914D\u7684\u4EE3\u7801\u6240\u6709\u8005\uFF0C\u5373\u6700\u540E\u4E00\u6761\u5339\u914D\u89C4\u5219\u7684\u6240\u6709\u8005\uFF1B\u6CA1\u6709\u5339\u914D\u7684\u89C4\u5219\u6216\u89C4\u5219\u672A\u5217\u51FA\u6240\u6709\u8005\u65F6\u4E3A []\u3002
GitHub \u4F1A\u8DF3\u8FC7\u7684\u884C\u5217\u5728 stderr \u4E0A\uFF0C\u683C\u5F0F\u4E3A \u6587\u4EF6:\u884C:\u5217: \u539F\u56E0\u3002

  --codeowners FILE      CODEOWNERS \u6587\u4EF6\uFF08\u9ED8\u8BA4\uFF1A\u4ED3\u5E93\u6839\u76EE\u5F55\u4E0B .github/CODEOWNERS\u3001CODEOWNERS \u6216
                         docs/CODEOWNERS \u4E2D\u7B2C\u4E00\u4E2A\u5B58\u5728\u7684\uFF0C\u4E0E GitHub \u548C upgrade-gate simulate \u76F8\u540C\uFF1B
                         \u4ED3\u5E93\u6839\u76EE\u5F55\u662F\u5F53\u524D\u76EE\u5F55\u4E4B\u4E0A\u6700\u8FD1\u7684\u542B .github/upgrade-gate.yml \u7684\u76EE\u5F55\uFF0C\u5426\u5219\u4E3A git \u6839\u76EE\u5F55\uFF09
  --paths-file LIST      \u53E6\u5916\u68C0\u67E5 LIST \u4E2D\u7684\u8DEF\u5F84\uFF0C\u6BCF\u884C\u4E00\u4E2A\uFF08\u8DEF\u5F84\u592A\u591A\u3001\u547D\u4EE4\u884C\u653E\u4E0D\u4E0B\u65F6\u4F7F\u7528\uFF09
  --lang en|zh-CN        \u539F\u56E0\u8BF4\u660E\u7684\u8BED\u8A00\uFF08\u9ED8\u8BA4\uFF1A\u6309\u7CFB\u7EDF\u8BED\u8A00\u73AF\u5883\uFF0C\u5426\u5219\u6309\u914D\u7F6E\uFF09

\u9000\u51FA\u7801\uFF1A0 \u5DF2\u8F93\u51FA\uFF0C2 \u7528\u6CD5\u9519\u8BEF\u6216\u6CA1\u6709\u53EF\u8BFB\u7684 CODEOWNERS \u6587\u4EF6\u3002`,
  verify: `\u7528\u6CD5\uFF1Aupgrade-gate verify [DIR] [--writer LOGIN] [--repo OWNER/NAME] [--branch BRANCH] [--lang en|zh-CN]

\u6821\u9A8C DIR \u4E2D\u7684\u5347\u7EA7\u6863\u6848\uFF08\u9ED8\u8BA4\uFF1A\u4ED3\u5E93\u914D\u7F6E\u7684\u6863\u6848\u76EE\u5F55\uFF0Carchive/\uFF09\uFF1A\u6BCF\u6761\u8BB0\u5F55\u662F\u5426\u7B26\u5408 Schema\u3001\u4E0E\u81EA\u8EAB\u7684
sha256 \u4E00\u81F4\uFF0C\u54C8\u5E0C\u94FE\u3001\u6587\u4EF6\u540D\u3001\u6BCF\u6761\u8BB0\u5F55\u65C1\u7684 Markdown\u3001\u5E74\u5EA6\u7D22\u5F15\u548C chain-head \u662F\u5426\u5B8C\u6574\u3002
\u4EFB\u4F55\u4FEE\u6539\u3001\u5220\u9664\u6216\u8C03\u6362\u987A\u5E8F\u90FD\u4F1A\u88AB\u6307\u51FA\u3002

  DIR                    \u6863\u6848\u76EE\u5F55\uFF08\u9ED8\u8BA4\uFF1A\u5F53\u524D\u76EE\u5F55\u6240\u5728\u4ED3\u5E93\u914D\u7F6E\u7684\u6863\u6848\u76EE\u5F55\uFF0Carchive/\uFF09
  --writer LOGIN         \u5141\u8BB8\u63D0\u4EA4\u6863\u6848\u7684\u8D26\u53F7\uFF08\u9ED8\u8BA4\uFF1A\u914D\u7F6E\u4E2D\u7684 archive.writer\uFF0C\u5426\u5219\u4E3A github-actions[bot]\uFF09
  --repo OWNER/NAME      \u5728 GitHub \u4E0A\u6821\u9A8C\u6863\u6848\uFF08\u4E0D\u8BFB\u672C\u5730\u76EE\u5F55\uFF09\uFF1A\u6BCF\u4E2A\u6539\u52A8\u6863\u6848\u7684\u63D0\u4EA4\u90FD\u5FC5\u987B\u6765\u81EA\u6863\u6848\u5199\u5165\u8005\uFF0C
                         \u4E14\u7B7E\u540D\u7ECF GitHub \u9A8C\u8BC1\uFF08Action \u7684\u63D0\u4EA4\u7ECF API \u521B\u5EFA\uFF0C\u7531 GitHub \u7B7E\u540D\uFF09\uFF1B\u4EE4\u724C\u4ECE
                         GITHUB_TOKEN\uFF08\u6216 GH_TOKEN\uFF09\u8BFB\u53D6\uFF0CAPI \u5730\u5740\u4ECE GITHUB_API_URL \u8BFB\u53D6
  --branch BRANCH        \u914D\u5408 --repo\uFF1A\u8BFB\u53D6\u54EA\u4E2A\u5206\u652F\u7684\u914D\u7F6E\u6765\u786E\u5B9A\u6863\u6848\u4F4D\u7F6E\uFF08\u9ED8\u8BA4\uFF1A\u4ED3\u5E93\u7684\u9ED8\u8BA4\u5206\u652F\uFF09
  --lang en|zh-CN        \u63D0\u793A\u8BED\u8A00\uFF08\u9ED8\u8BA4\uFF1A\u6309\u7CFB\u7EDF\u8BED\u8A00\u73AF\u5883\uFF0C\u5426\u5219\u6309\u914D\u7F6E\uFF09

\u5728 Git \u514B\u9686\u4E2D\u8FD8\u4F1A\u68C0\u67E5\u5386\u53F2\uFF1A\u6BCF\u4E2A\u6539\u52A8 DIR \u7684\u63D0\u4EA4\u90FD\u5FC5\u987B\u6765\u81EA\u6863\u6848\u5199\u5165\u8005\uFF0C\u6BCF\u6761\u8BB0\u5F55\u53EA\u6DFB\u52A0\u4E00\u6B21\u3001\u4ECE\u672A\u4FEE\u6539\uFF0C
\u6587\u4EF6\u4E0E\u5DF2\u63D0\u4EA4\u7684\u4E00\u81F4\uFF0C\u6BCF\u6761\u8BB0\u5F55\u56FA\u5B9A\u7684\u6587\u6863\u548C\u4F50\u8BC1\u6750\u6599\u4E0E\u5408\u5E76\u63D0\u4EA4\u4E2D\u7684 blob \u4E00\u81F4\uFF1B\u95EE\u9898\u4F1A\u6307\u51FA\u5BF9\u5E94\u63D0\u4EA4\u3002

\u4ECE\u4E0D\u8DDF\u968F\u7B26\u53F7\u94FE\u63A5\u3001\u4E0D\u8BFB\u53D6\u7279\u6B8A\u6587\u4EF6\uFF1B\u6BCF\u4E2A\u95EE\u9898\u4E00\u884C\uFF1A\u6587\u4EF6: error \u7F16\u53F7 \u8BF4\u660E\u3002

\u9000\u51FA\u7801\uFF1A0 \u5B8C\u6574\uFF0C1 \u6709\u95EE\u9898\uFF08\u8BB0\u5F55\u88AB\u4FEE\u6539\u3001\u5220\u9664\u3001\u8C03\u6362\u987A\u5E8F\u6216\u683C\u5F0F\u9519\u8BEF\uFF09\uFF0C2 \u7528\u6CD5\u9519\u8BEF\uFF08\u5982\u76EE\u5F55\u4E0D\u5B58\u5728\uFF09\u3002`,
  report: `\u7528\u6CD5\uFF1Aupgrade-gate report [DIR] [--since TIME] [--until TIME] [--format md|csv|json] [--at TIME] [--writer LOGIN] [--lang en|zh-CN]

\u5217\u51FA\u5DF2\u5F52\u6863\u7684\u5347\u7EA7\uFF08\u7C7B\u578B\u3001\u5BA1\u6279\u4EBA\u3001\u8FDD\u89C4\u3001\u5347\u7EA7\u7ED3\u679C\uFF1A\u72B6\u6001\u3001\u5B8C\u6210\u65F6\u95F4\u3001\u9A8C\u8BC1\u4EBA\uFF09\uFF0C\u7EDF\u8BA1\u5347\u7EA7\u6210\u529F\u3001\u5931\u8D25\u3001
\u5DF2\u6062\u590D\u548C\u5F85\u8BB0\u5F55\u7684\u6B21\u6570\uFF0C\u4EE5\u53CA\u6BCF\u6708\u7684\u7D27\u6025\u5347\u7EA7\u6B21\u6570\u3002
  DIR                    \u6863\u6848\u76EE\u5F55\uFF08\u9ED8\u8BA4\uFF1A\u914D\u7F6E\u7684\u6863\u6848\u76EE\u5F55\uFF0Carchive/\uFF09
  --since TIME           \u53EA\u5217\u51FA\u5728 TIME \u6216\u4E4B\u540E\u5408\u5E76\u7684\u5347\u7EA7\uFF1A\u65E5\u671F\uFF082026-12-01\uFF0C\u6309\u7B56\u7565\u65F6\u533A\u4ECE 00:00 \u8D77\uFF09\u3001
                         \u672C\u5730\u65F6\u95F4\uFF082026-12-01T08:00\uFF09\u6216 RFC 3339 \u65F6\u95F4
                         \uFF082026-12-01T00:00:00.000Z\u30012026-12-01T08:00+08:00\uFF09
  --until TIME           \u53EA\u5217\u51FA\u5728 TIME \u4E4B\u524D\u5408\u5E76\u7684\u5347\u7EA7\uFF1B\u5199\u65E5\u671F\u65F6\u5305\u542B\u5F53\u5929\u5168\u5929
  --format FORMAT        md\uFF08\u9ED8\u8BA4\uFF09\uFF1AMarkdown \u8868\u683C\uFF1Bcsv\uFF1A\u6BCF\u6B21\u5347\u7EA7\u4E00\u884C\uFF1Bjson\uFF1A\u5404\u884C\u548C\u5404\u6708\u7EDF\u8BA1
  --at TIME              \u5224\u65AD\u662F\u5426\u5F85\u8BB0\u5F55\u7684\u65F6\u523B\uFF1A\u7B56\u7565\u65F6\u533A\u7684\u672C\u5730\u65F6\u95F4\uFF082026-12-05T09:00\uFF09\u6216 RFC 3339 \u65F6\u95F4
                         \uFF082026-12-05T01:00:00Z\uFF09\uFF1B\u9ED8\u8BA4\uFF1A\u73B0\u5728
  --writer LOGIN         \u5141\u8BB8\u63D0\u4EA4\u6863\u6848\u7684\u8D26\u53F7\uFF0C\u5728 Git \u514B\u9686\u4E2D\u4E0E verify \u4E00\u6837\u68C0\u67E5\u63D0\u4EA4\u5386\u53F2\uFF08\u9ED8\u8BA4\uFF1A\u914D\u7F6E\u4E2D\u7684
                         archive.writer\uFF0C\u5426\u5219\u4E3A github-actions[bot]\uFF09
  --lang en|zh-CN        \u5BA1\u8BA1\u95EE\u9898\u7684\u8BED\u8A00\uFF08\u9ED8\u8BA4\uFF1A\u6309\u914D\u7F6E\uFF0C\u6216\u6309\u7CFB\u7EDF\u8BED\u8A00\u73AF\u5883\uFF09

\u6CA1\u6709\u5347\u7EA7\u7ED3\u679C\uFF08\u5728 PR \u4E0A\u8BC4\u8BBA /upgrade-result\uFF09\u7684\u5347\u7EA7\uFF0C\u5408\u5E76\u540E\u8D85\u8FC7 outcome.pending-hours\uFF0824\uFF09\u5C0F\u65F6\u5217\u4E3A
\u5F85\u8BB0\u5F55\uFF1B\u5347\u7EA7\u65F6\u95F4\u7ED3\u675F\u8D85\u8FC7 outcome.overdue-days\uFF087\uFF09\u5929\u5217\u4E3A\u5BA1\u8BA1\u95EE\u9898\uFF1B\u4E24\u8005\u90FD\u4ECE\u4ED3\u5E93\u7684
.github/upgrade-gate.yml \u8BFB\u53D6\u3002

\u5148\u6821\u9A8C\u6863\u6848\uFF0C\u5305\u62EC\u6587\u4EF6\u4EE5\u53CA Git \u514B\u9686\u4E2D\u7684\u63D0\u4EA4\u5386\u53F2\uFF08\u4E0E upgrade-gate verify \u76F8\u540C\uFF09\uFF1A\u6821\u9A8C\u4E0D\u901A\u8FC7\u65F6\u4E0D\u8F93\u51FA\u62A5\u544A
\uFF08\u88AB\u6539\u52A8\u8FC7\u7684\u6863\u6848\u5217\u51FA\u7684\u5185\u5BB9\u4E0D\u80FD\u4F5C\u4E3A\u4F9D\u636E\uFF09\uFF0C\u95EE\u9898\u5217\u5728 stderr \u4E0A\uFF0C\u9000\u51FA\u7801\u4E3A 1\u3002

\u9000\u51FA\u7801\uFF1A0 \u6863\u6848\u5B8C\u6574\u5E76\u5DF2\u8F93\u51FA\u62A5\u544A\uFF0C1 \u6863\u6848\u6821\u9A8C\u4E0D\u901A\u8FC7\uFF0C2 \u7528\u6CD5\u9519\u8BEF\uFF08\u5982\u76EE\u5F55\u4E0D\u5B58\u5728\uFF09\u3002`,
  doctor: `\u7528\u6CD5\uFF1Aupgrade-gate doctor --repo OWNER/NAME [--branch BRANCH] [--config PATH] [--lang en|zh-CN]

\u5728\u5206\u652F\u6700\u65B0\u63D0\u4EA4\u4E0A\u8BFB\u53D6\u4ED3\u5E93\u7684\u89C4\u5219\u96C6\u3001\u4F20\u7EDF\u5206\u652F\u4FDD\u62A4\u3001CODEOWNERS \u548C\u5DE5\u4F5C\u6D41\u6587\u4EF6\uFF0C\u68C0\u67E5\u8FD9\u4E9B\u914D\u7F6E\u80FD\u5426\u786E\u4FDD
upgrade-gate \u5F3A\u5236\u751F\u6548\uFF0C\u5E76\u7ED9\u51FA\u6BCF\u4E00\u9879\u7684\u4FEE\u590D\u65B9\u6CD5\uFF1A
  - \u72B6\u6001\u68C0\u67E5\u662F\u5426\u4E3A\u5FC5\u9700\uFF0C\u6765\u6E90\u662F\u54EA\u4E2A\u5E94\u7528\uFF08\u4EFB\u4F55\u5DE5\u4F5C\u6D41\u90FD\u80FD\u53D1\u5E03\u7684\u72B6\u6001\u68C0\u67E5\u8BC1\u660E\u4E0D\u4E86\u4EC0\u4E48\uFF09
  - \u662F\u5426\u8981\u6C42\u4EE3\u7801\u6240\u6709\u8005\u5BA1\u6279
  - CODEOWNERS \u662F\u5426\u8986\u76D6\u5347\u7EA7\u6587\u6863\u3001\u914D\u7F6E\u6587\u4EF6\u3001.github/workflows/ \u548C\u5F52\u6863
  - \u5F52\u6863\u80FD\u5426\u5199\u5165\uFF08\u6B64\u4EE4\u724C\u53EF\u7ED5\u8FC7\u7684\u89C4\u5219\u96C6\uFF0C\u6216 archive.branch\uFF09
  - \u5408\u5E76\u961F\u5217\u4E0E merge_group
  - \u5DE5\u4F5C\u6D41\u7684\u89E6\u53D1\u4E8B\u4EF6\u3001\u6743\u9650\u548C\u4EE4\u724C\uFF08GitHub App \u4EE4\u724C\uFF0C\u79C1\u94A5\u653E\u5728 environment \u4E2D\uFF09

  --repo OWNER/NAME      \u4ED3\u5E93\uFF08\u5FC5\u586B\uFF09
  --branch BRANCH        \u53D7\u4FDD\u62A4\u7684\u5206\u652F\uFF08\u9ED8\u8BA4\uFF1A\u4ED3\u5E93\u7684\u9ED8\u8BA4\u5206\u652F\uFF09
  --config PATH          \u914D\u7F6E\u6587\u4EF6\uFF08\u9ED8\u8BA4\uFF1A.github/upgrade-gate.yml\uFF09
  --lang en|zh-CN        \u62A5\u544A\u8BED\u8A00\uFF08\u9ED8\u8BA4\uFF1A\u6309\u7CFB\u7EDF\u8BED\u8A00\u73AF\u5883\uFF0C\u5426\u5219\u6309\u914D\u7F6E\uFF09

\u4EE4\u724C\u4ECE GITHUB_TOKEN\uFF08\u6216 GH_TOKEN\uFF09\u8BFB\u53D6\uFF0CAPI \u5730\u5740\u4ECE GITHUB_API_URL \u8BFB\u53D6\uFF08\u9ED8\u8BA4
https://api.github.com\uFF09\u3002\u8BFB\u53D6\u89C4\u5219\u96C6\u548C CODEOWNERS \u9700\u8981\u8BFB\u6743\u9650\uFF1B\u8BFB\u53D6\u4F20\u7EDF\u5206\u652F\u4FDD\u62A4\u9700\u8981
administration: read\uFF08\u6CA1\u6709\u65F6 doctor \u4F1A\u8BF4\u660E\uFF0C\u53EA\u68C0\u67E5\u89C4\u5219\u96C6\uFF09\u3002\u5F52\u6863\u80FD\u5426\u5199\u5165\u6309\u6240\u7ED9\u4EE4\u724C\u5224\u65AD\uFF1A
\u8BF7\u4F7F\u7528 upgrade-gate \u5B9E\u9645\u4F7F\u7528\u7684\u4EE4\u724C\u8FD0\u884C doctor\u3002

\u9000\u51FA\u7801\uFF1A0 \u6240\u6709\u68C0\u67E5\u901A\u8FC7\uFF0C1 \u6709\u95EE\u9898\uFF08\u6216\u65E0\u6CD5\u8BFB\u53D6 GitHub\uFF09\uFF0C2 \u7528\u6CD5\u9519\u8BEF\u3002`
};
function helpText(topic, language = "en") {
  return (language === "zh-CN" ? ZH : EN)[topic];
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  helpText
});
