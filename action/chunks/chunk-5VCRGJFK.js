import { createRequire as __ugCreateRequire } from 'node:module';
const require = __ugCreateRequire(import.meta.url);

// src/messages/format.ts
var ZH_WEEKDAYS = {
  sunday: "\u5468\u65E5",
  monday: "\u5468\u4E00",
  tuesday: "\u5468\u4E8C",
  wednesday: "\u5468\u4E09",
  thursday: "\u5468\u56DB",
  friday: "\u5468\u4E94",
  saturday: "\u5468\u516D"
};
function enWeekday(name) {
  return name.charAt(0).toUpperCase() + name.slice(1).toLowerCase();
}
function zhWeekday(name) {
  return ZH_WEEKDAYS[name.toLowerCase()] ?? name;
}
function enWeekdays(names) {
  let list = names.map(enWeekday);
  return list.length <= 1 ? list[0] ?? "" : `${list.slice(0, -1).join(", ")} and ${list[list.length - 1]}`;
}
function zhWeekdays(names) {
  return names.map(zhWeekday).join("\u3001");
}
function zhZone(zone) {
  return zone === "Asia/Shanghai" || zone === "Asia/Chongqing" || zone === "PRC" ? "\u5317\u4EAC\u65F6\u95F4" : `${zone} \u65F6\u95F4`;
}

// src/messages/en.ts
var UNSAFE_PATH = {
  link: "is a link, not a file in the repository; auditors need the file itself",
  absolute: "is an absolute path",
  backslash: "uses backslashes",
  parent: "climbs out with ..",
  nul: "contains a NUL byte"
}, en = {
  "people.two-person": (p) => `people.executor and people.supervisor are both ${p.login}: one person executes and another supervises (measures 3.6); name a different supervisor`,
  "window.order": (p) => `window.end (${p.end}) is not after window.start (${p.start}): the window must end after it starts; fix the dates or swap them`,
  "window.weekday": (p) => `window.start ${p.start} is a ${enWeekday(p.day)} in ${p.zone}; regular production upgrades run on ${enWeekdays(p.allowed)} (measures 3.3): move the window to ${enWeekday(p.next.day)} ${p.next.date}, or make it an emergency upgrade`,
  "gray-test.missing": () => "no gray environment test is recorded: a production upgrade is first tested in the gray environment (measures 3.3); add gray_test with completed, result and report",
  "gray-test.failed": () => "gray_test.result is failed: a production upgrade needs a gray test that passed; fix the release, re-run the gray test and record result: passed",
  "gray-test.before-window": (p) => `gray_test.completed (${p.completed}) is not before window.start (${p.start}): the gray test must finish before the production upgrade; record the real gray test time or move the window`,
  "gray-test.weekday": (p) => `gray_test.completed ${p.completed} is a ${enWeekday(p.day)}; as a rule the gray test is done on ${enWeekday(p.expected)} (measures 3.3): fine if there was a reason, say it in the PR`,
  "notice.missing": (p) => `no all-staff notice is recorded: announce the upgrade at least ${p.hours} hours before the window (measures 4.4); add notification with announced_at and channels`,
  "notice.lead-time": (p) => `notification.announced_at (${p.announced}) is less than ${p.hours} hours before window.start (${p.start}): announce by ${p.latest} or move the window later`,
  "acceptance.required": () => "no user acceptance is recorded: a production upgrade must have passed user verification (measures 3.1); add acceptance with verified_by, date and evidence",
  "acceptance.after-window": (p) => `acceptance.date (${p.date}) is after window.start (${p.start}): users must accept the release before it goes to production`,
  "backup.section": (p) => `backup.${p.part} is missing: record how the ${{ data: "data", programs: "programs", config: "configuration scripts" }[p.part]} are backed up before execution and where the backup is kept (measures 3.5), e.g. backup.${p.part}: { method: ..., location: ... }`,
  "backup.rollback": () => "rollback.plan is missing: write how the system is restored to the backup if verification fails (measures 4.6)",
  "emergency.section-missing": () => "type is emergency but there is no emergency section: add emergency with reason, impact, justification and confirmation (measures 3.2, 4.3)",
  "emergency.section-unexpected": () => "an emergency section is present but type is regular: set type: emergency if this is one, or remove the emergency section",
  "emergency.reason": (p) => `emergency.reason ${JSON.stringify(p.reason)} is not one of the two cases the measures allow (3.2): system-failure (a fault stops use of the system, wide impact) or business-stoppage (the business stops on a wide scale)`,
  "emergency.justification": (p) => `emergency.justification is too short to explain anything (${p.length} of at least ${p.min} characters): write why this cannot wait for the next production window`,
  "emergency.justification-placeholder": () => "emergency.justification is a placeholder: write why this cannot wait for the next production window",
  "emergency.confirmation": (p) => `emergency.confirmation.${p.missing} is missing: an emergency upgrade is confirmed by phone and registered by e-mail with the General Manager's Office before it runs (measures 4.3)`,
  "evidence.exists": (p) => `${p.field} names ${p.path}, which does not exist in the repository: commit the file at that path (relative to the repository root) or fix the path`,
  "evidence.path": (p) => `${p.field} ${JSON.stringify(p.path)} ${UNSAFE_PATH[p.why]}: give a path relative to the repository root, such as docs/acceptance/report.md`,
  "release.forward": (p) => `release.to (${p.to}) is not newer than release.from (${p.from}): an upgrade installs a newer version; for a rollback write a new release with a higher version`,
  "document.unique-id": (p) => `id ${p.id} is also used by ${p.other}: each upgrade needs its own approval form NO.`,
  "approval.self": (p) => `@${p.login} approved their own pull request: the author's approval never counts; ask someone else who holds the role`,
  "approval.contributor": (p) => `@${p.login} authored or committed commits of this pull request: the approval of someone who changed the pull request never counts; ask someone else who holds the role`,
  "approval.contributors-unknown": (p) => `the approval by @${p.login} does not count: the pull request's commits could not all be listed, so it is unknown whether @${p.login} changed it`,
  "approval.stale": (p) => `the approval by @${p.login} on commit ${p.commit} no longer counts: ${p.changed ? `${p.changed}${p.more ? ` and ${p.more} more` : ""} changed after it` : `the changes since ${p.commit} could not be read`}; @${p.login} needs to review the current head ${p.head} again`,
  "approval.blocked": (p) => `@${p.login} (${p.role.en}) requested changes: address them and ask @${p.login} to approve; a request for changes blocks the ${p.role.en} approval`,
  "approval.distinct": (p) => `@${p.login} already signs for another role: the ${p.role.en} must be approved by a second person, as the measures need two signatures`,
  "approval.missing": (p) => `waiting for an approval from the ${p.role.en}: a member of ${p.owners}${p.examples ? ` (e.g. ${p.examples})` : ""} approves the current head ${p.head}${p.note ? `; note: ${p.note}` : ""}`,
  "codeowners.coverage-none": (p) => `no CODEOWNERS file on the base branch, so ${p.path} has no owner of the ${p.role.en}: add .github/CODEOWNERS with the line "${p.fix}"`,
  "codeowners.coverage": (p) => `${p.path} is ${p.line ? `owned by ${p.owners || "nobody"} (line ${p.line})` : "matched by no CODEOWNERS rule"}, which includes no owner of the ${p.role.en} (${p.roleOwners}): add or extend the line "${p.fix}" at the end of CODEOWNERS`,
  "codeowners.syntax": (p) => `${p.kind}: ${p.message}; GitHub skips this line`,
  "merge.closed": (p) => `${p.reason}: a regular production upgrade cannot merge now; ${p.next}, or, for a wide system failure or business stoppage, use the emergency process`,
  "merge.no-opening": () => "no opening is scheduled within a year: check merge-days and freezes",
  "emergency.label-without-document": (p) => `the PR has the "${p.label}" label but no upgrade document says type: emergency: set type: emergency with an emergency section in the document, or remove the label`,
  "emergency.document-without-label": (p) => `the document says type: emergency but the PR lacks the "${p.label}" label: add the label (it records who declared the emergency) or make the upgrade regular`,
  "emergency.label-with-regular": (p) => `the PR is labelled "${p.label}" but this document is a regular upgrade: an emergency PR carries only emergency upgrades; move it to its own PR`,
  "emergency.budget": (p) => `${p.count} emergency upgrade${p.count === 1 ? "" : "s"} already merged in ${p.month} (${p.list || "none listed"}), and the budget is ${p.budget} a month: the General Manager's Office must agree to exceed it; raise emergency.monthly-budget or set budget-severity: warning only by policy change`,
  "status.forged": (p) => `the upgrade-gate status on the merged head said ${p.state}${p.creator ? ` (set by ${p.creator})` : ""}, but the evaluation at merge time is ${p.outcome}: the check was overwritten or out of date when the PR merged`,
  "outcome.command": (p) => `the first line is ${JSON.stringify(p.found)}: an outcome starts with /upgrade-result succeeded, /upgrade-result failed or /upgrade-result restored`,
  "outcome.unknown": (p) => `"${p.word}" is not an outcome: ${p.guess ? `did you mean ${p.guess}? ` : ""}write succeeded (every verification case passed), failed (a case failed) or restored (the backup was restored) after /upgrade-result`,
  "outcome.extra": (p) => `only the outcome goes on the first line, not ${JSON.stringify(p.extra)}: move it to notes on a line below`,
  "outcome.empty": () => 'nothing follows /upgrade-result: add completed_at, verification (each case passed or failed) and notes on the lines below it, e.g. "completed_at: 2026-12-03T21:40"',
  "outcome.in-yaml": () => "outcome is written on the first line (/upgrade-result succeeded|failed|restored), not as a field: remove this line",
  "outcome.document-required": (p) => `this pull request has several upgrade documents (${p.ids}): add a line "document: <NO.>" naming the one this outcome is for`,
  "outcome.document-unknown": (p) => `document ${p.id} is not an upgrade document of this pull request: ${p.guess ? `did you mean ${p.guess}? ` : ""}use one of ${p.ids}`,
  "outcome.case-missing": (p) => `verification does not give ${p.missing}: every verification case of the document is reported passed or failed; add ${p.example}`,
  "outcome.case-unknown": (p) => `verification case ${p.id} is not in the document: ${p.guess ? `did you mean ${p.guess}? ` : ""}its cases are ${p.cases}`,
  "outcome.succeeded-failed-case": (p) => `case ${p.id} failed, so the upgrade did not succeed (measures 4.6): write /upgrade-result failed with the cause, or restored with the backup restored`,
  "outcome.before-window": (p) => `completed_at (${p.completed}) is before the window starts (${p.start}): an upgrade completes after it starts; write the real time (policy time zone unless an offset is given)`,
  "outcome.future": (p) => `${p.field} (${p.value}) is later than this comment (${p.now}): record what has happened, at the time it happened (policy time zone unless an offset is given)`,
  "outcome.notified-before-completed": (p) => `notified_at (${p.notified}) is before completed_at (${p.completed}): the upgrade-complete notice (measures 4.7) goes out after completion; fix either time`,
  "outcome.reply-findings": (p) => `The outcome was not recorded: ${p.count} problem${p.count === 1 ? "" : "s"} in the command. Edit your comment to fix ${p.count === 1 ? "it" : "them"} (this reply is updated), or write a new one.`,
  "outcome.not-allowed": (p) => `@${p.login} may not record this upgrade's outcome, so nothing was recorded. The outcome is recorded by the people of the upgrade document (executor, supervisor, project lead, ops lead: ${p.people || "none named"})${p.roles ? ` or a member of ${p.roles}` : ""} (measures 4.6).`,
  "outcome.edited-by-other": (p) => `@${p.login} edited a command written by @${p.author}: an outcome is recorded only from its author's own words, so nothing was recorded. @${p.author} can edit it, or someone who may record writes a new comment.`,
  "outcome.not-merged": () => "This pull request is not merged: an upgrade's outcome is recorded after it was merged and executed (measures 4.6). Nothing was recorded; comment /upgrade-result again once the upgrade has run.",
  "outcome.not-upgrade": () => "This pull request changes no upgrade document, so it has no outcome to record. Nothing was recorded.",
  "outcome.no-record": (p) => `This upgrade has no archive record in ${p.folder}/ yet (its merge run did not finish), so the outcome cannot be chained to it. The next scheduled run writes the record; edit this comment after that to record the outcome.`,
  "outcome.recorded": (p) => `Recorded: ${p.outcome} by @${p.login}, appended to the archive as ${p.path}.`,
  "outcome.pending": (p) => `No outcome has been recorded ${p.hours} hours after the merge (${p.merged}): ${p.people || "the executor"} comment /upgrade-result succeeded, failed or restored once the verification cases have run (measures 4.6).`,
  "outcome.overdue": (p) => `${p.id} (PR #${p.pr}): the window ended ${p.end}, more than ${p.days} days ago, and no outcome (succeeded, failed, restored) is recorded: the archive cannot show whether the upgrade worked (measures 3.7, 4.6); the people of the upgrade record it with /upgrade-result on the PR`,
  "outcome.example": () => "A complete command looks like this (every verification case of the document, times in the policy time zone):\n\n```\n/upgrade-result succeeded\ncompleted_at: 2026-12-03T21:40\nverification:\n  V-1: passed\n  V-2: passed\nnotes: started, routine checks and the verification cases passed\nnotified_at: 2026-12-03T21:50\n```\n\nfailed adds `cause:`, restored adds `backup_restored:`; with several documents, `document:` names the NO.",
  "pull-request.files": () => "the PR changes more than the 3,000 files GitHub lists: upgrade documents beyond that cannot be seen; split the PR so the upgrade stands on its own",
  "config.time-zone": (p) => `time-zone "${p.zone}" is not an IANA time zone this runtime knows: use a name such as Asia/Shanghai or Europe/Berlin`,
  "config.freeze-order": (p) => `freezes[${p.index}] "${p.name}" ends (${p.to}) before it starts (${p.from}): swap the dates`,
  "config.rule-unknown": (p) => `rules: "${p.id}" is not a rule id: ${p.guess ? `did you mean ${p.guess}?` : "see the rule table in the README for the ids"}`,
  "config.roles": (p) => `no roles are configured: add a roles section to ${p.file} naming the CODEOWNERS owners of center-lead and general-office, e.g. roles: { center-lead: { owners: ["@acme/rd-leads"] }, general-office: { owners: ["@acme/gm-office"] } }`
};

// src/messages/zh-CN.ts
var UNSAFE_PATH2 = {
  link: "\u662F\u4E00\u4E2A\u94FE\u63A5\uFF0C\u4E0D\u662F\u4ED3\u5E93\u91CC\u7684\u6587\u4EF6\uFF1B\u5BA1\u8BA1\u9700\u8981\u6587\u4EF6\u672C\u8EAB",
  absolute: "\u662F\u7EDD\u5BF9\u8DEF\u5F84",
  backslash: "\u4F7F\u7528\u4E86\u53CD\u659C\u6760 \\",
  parent: "\u7528 .. \u8DF3\u51FA\u4E86\u4ED3\u5E93\u76EE\u5F55",
  nul: "\u542B\u6709 NUL \u5B57\u8282"
}, BACKUP_PART = { data: "\u6570\u636E", programs: "\u7A0B\u5E8F", config: "\u914D\u7F6E\u811A\u672C" }, zhCN = {
  "people.two-person": (p) => `people.executor \u548C people.supervisor \u90FD\u662F ${p.login}\uFF1A\u5347\u7EA7\u8FC7\u7A0B\u987B\u4E00\u4EBA\u6267\u884C\u3001\u4E00\u4EBA\u76D1\u7763\uFF08\u300A\u5347\u7EA7\u7BA1\u7406\u529E\u6CD5\u300B3.6\uFF09\uFF0C\u8BF7\u53E6\u884C\u6307\u5B9A\u76D1\u7763\u4EBA`,
  "window.order": (p) => `window.end\uFF08${p.end}\uFF09\u4E0D\u665A\u4E8E window.start\uFF08${p.start}\uFF09\uFF1A\u5347\u7EA7\u7A97\u53E3\u7684\u7ED3\u675F\u65F6\u95F4\u5FC5\u987B\u665A\u4E8E\u5F00\u59CB\u65F6\u95F4\uFF0C\u8BF7\u6539\u6B63\u65F6\u95F4\u6216\u628A\u4E24\u8005\u5BF9\u8C03`,
  "window.weekday": (p) => `window.start ${p.start} \u6309${zhZone(p.zone)}\u662F${zhWeekday(p.day)}\uFF1B\u5E38\u89C4\u5347\u7EA7\u7684\u751F\u4EA7\u73AF\u5883\u5347\u7EA7\u5B89\u6392\u5728${zhWeekdays(p.allowed)}\uFF08\u300A\u5347\u7EA7\u7BA1\u7406\u529E\u6CD5\u300B3.3\uFF09\uFF1A\u8BF7\u628A\u5347\u7EA7\u7A97\u53E3\u6539\u5230 ${p.next.date}\uFF08${zhWeekday(p.next.day)}\uFF09\uFF0C\u6216\u6539\u8D70\u7D27\u6025\u5347\u7EA7\u6D41\u7A0B`,
  "gray-test.missing": () => "\u672A\u8BB0\u5F55\u7070\u5EA6\u73AF\u5883\u5347\u7EA7\u6D4B\u8BD5\uFF1A\u751F\u4EA7\u73AF\u5883\u5347\u7EA7\u524D\u987B\u5148\u5728\u7070\u5EA6\u73AF\u5883\u5B8C\u6210\u5347\u7EA7\u6D4B\u8BD5\uFF08\u300A\u5347\u7EA7\u7BA1\u7406\u529E\u6CD5\u300B3.3\uFF09\uFF1B\u8BF7\u8865\u5145 gray_test\uFF0C\u586B\u5199 completed\u3001result \u548C report",
  "gray-test.failed": () => "gray_test.result \u4E3A failed\uFF1A\u751F\u4EA7\u73AF\u5883\u5347\u7EA7\u8981\u6C42\u7070\u5EA6\u73AF\u5883\u6D4B\u8BD5\u901A\u8FC7\uFF1B\u8BF7\u4FEE\u590D\u7248\u672C\u3001\u91CD\u65B0\u505A\u7070\u5EA6\u73AF\u5883\u6D4B\u8BD5\uFF0C\u5E76\u8BB0\u5F55 result: passed",
  "gray-test.before-window": (p) => `gray_test.completed\uFF08${p.completed}\uFF09\u4E0D\u65E9\u4E8E window.start\uFF08${p.start}\uFF09\uFF1A\u7070\u5EA6\u73AF\u5883\u6D4B\u8BD5\u5FC5\u987B\u5728\u751F\u4EA7\u73AF\u5883\u5347\u7EA7\u4E4B\u524D\u5B8C\u6210\uFF1B\u8BF7\u586B\u5199\u5B9E\u9645\u7684\u7070\u5EA6\u6D4B\u8BD5\u65F6\u95F4\uFF0C\u6216\u63A8\u8FDF\u5347\u7EA7\u7A97\u53E3`,
  "gray-test.weekday": (p) => `gray_test.completed ${p.completed} \u662F${zhWeekday(p.day)}\uFF1B\u6309\u89C4\u5B9A\u4E00\u822C\u5728${zhWeekday(p.expected)}\u5B8C\u6210\u7070\u5EA6\u73AF\u5883\u5347\u7EA7\u6D4B\u8BD5\uFF08\u300A\u5347\u7EA7\u7BA1\u7406\u529E\u6CD5\u300B3.3\uFF09\uFF1A\u5982\u6709\u7279\u6B8A\u539F\u56E0\uFF0C\u8BF7\u5728 PR \u4E2D\u8BF4\u660E`,
  "notice.missing": (p) => `\u672A\u8BB0\u5F55\u5168\u5458\u901A\u77E5\uFF1A\u987B\u81F3\u5C11\u5728\u5347\u7EA7\u7A97\u53E3\u5F00\u59CB\u524D ${p.hours} \u5C0F\u65F6\u53D1\u51FA\u5347\u7EA7\u901A\u77E5\uFF08\u300A\u5347\u7EA7\u7BA1\u7406\u529E\u6CD5\u300B4.4\uFF09\uFF1B\u8BF7\u8865\u5145 notification\uFF0C\u586B\u5199 announced_at \u548C channels`,
  "notice.lead-time": (p) => `notification.announced_at\uFF08${p.announced}\uFF09\u8DDD window.start\uFF08${p.start}\uFF09\u4E0D\u8DB3 ${p.hours} \u5C0F\u65F6\uFF1A\u8BF7\u5728 ${p.latest} \u4E4B\u524D\u53D1\u51FA\u901A\u77E5\uFF0C\u6216\u63A8\u8FDF\u5347\u7EA7\u7A97\u53E3`,
  "acceptance.required": () => "\u672A\u8BB0\u5F55\u7528\u6237\u9A8C\u8BC1\uFF1A\u751F\u4EA7\u73AF\u5883\u5347\u7EA7\u5FC5\u987B\u5148\u7ECF\u8FC7\u7528\u6237\u9A8C\u8BC1\uFF08\u300A\u5347\u7EA7\u7BA1\u7406\u529E\u6CD5\u300B3.1\uFF09\uFF1B\u8BF7\u8865\u5145 acceptance\uFF0C\u586B\u5199 verified_by\u3001date \u548C evidence",
  "acceptance.after-window": (p) => `acceptance.date\uFF08${p.date}\uFF09\u665A\u4E8E window.start\uFF08${p.start}\uFF09\uFF1A\u7528\u6237\u9A8C\u8BC1\u5FC5\u987B\u5728\u4E0A\u751F\u4EA7\u73AF\u5883\u4E4B\u524D\u5B8C\u6210`,
  "backup.section": (p) => `\u7F3A\u5C11 backup.${p.part}\uFF1A\u8BF7\u5199\u660E\u5347\u7EA7\u524D\u5982\u4F55\u5907\u4EFD${BACKUP_PART[p.part]}\u3001\u5907\u4EFD\u5B58\u653E\u5728\u54EA\u91CC\uFF08\u300A\u5347\u7EA7\u7BA1\u7406\u529E\u6CD5\u300B3.5\uFF09\uFF0C\u4F8B\u5982 backup.${p.part}: { method: ..., location: ... }`,
  "backup.rollback": () => "\u7F3A\u5C11 rollback.plan\uFF1A\u8BF7\u5199\u660E\u5347\u7EA7\u9A8C\u8BC1\u4E0D\u901A\u8FC7\u65F6\uFF0C\u5982\u4F55\u628A\u7CFB\u7EDF\u6062\u590D\u81F3\u5347\u7EA7\u524D\u7684\u5907\u4EFD\u7248\u672C\uFF08\u300A\u5347\u7EA7\u7BA1\u7406\u529E\u6CD5\u300B4.6\uFF09",
  "emergency.section-missing": () => "type \u4E3A emergency\uFF0C\u4F46\u6587\u6863\u4E2D\u6CA1\u6709 emergency \u90E8\u5206\uFF1A\u8BF7\u8865\u5145 emergency\uFF0C\u586B\u5199 reason\u3001impact\u3001justification \u548C confirmation\uFF08\u300A\u5347\u7EA7\u7BA1\u7406\u529E\u6CD5\u300B3.2\u30014.3\uFF09",
  "emergency.section-unexpected": () => "\u6587\u6863\u4E2D\u6709 emergency \u90E8\u5206\uFF0C\u4F46 type \u4E3A regular\uFF1A\u5982\u786E\u5C5E\u7D27\u6025\u5347\u7EA7\uFF0C\u8BF7\u6539\u4E3A type: emergency\uFF1B\u5426\u5219\u5220\u9664 emergency \u90E8\u5206",
  "emergency.reason": (p) => `emergency.reason ${JSON.stringify(p.reason)} \u4E0D\u5C5E\u4E8E\u300A\u5347\u7EA7\u7BA1\u7406\u529E\u6CD5\u300B3.2 \u5141\u8BB8\u7D27\u6025\u5347\u7EA7\u7684\u4E24\u79CD\u60C5\u51B5\uFF1Asystem-failure\uFF08\u56E0\u7CFB\u7EDF\u6545\u969C\u5F71\u54CD\u8BE5\u7CFB\u7EDF\u7684\u7EE7\u7EED\u4F7F\u7528\uFF0C\u4E14\u5F71\u54CD\u8303\u56F4\u8F83\u5927\uFF09\u6216 business-stoppage\uFF08\u7CFB\u7EDF\u529F\u80FD\u5DF2\u65E0\u6CD5\u6EE1\u8DB3\u4E1A\u52A1\u5F00\u5C55\uFF0C\u4E14\u4F1A\u9020\u6210\u8F83\u5927\u8303\u56F4\u7684\u4E1A\u52A1\u505C\u987F\uFF09`,
  "emergency.justification": (p) => `emergency.justification \u592A\u77ED\uFF0C\u8BF4\u660E\u4E0D\u4E86\u539F\u56E0\uFF08${p.length} \u4E2A\u5B57\u7B26\uFF0C\u81F3\u5C11\u9700\u8981 ${p.min} \u4E2A\uFF09\uFF1A\u8BF7\u5199\u660E\u4E3A\u4EC0\u4E48\u4E0D\u80FD\u7B49\u5230\u4E0B\u4E00\u4E2A\u5347\u7EA7\u7A97\u53E3`,
  "emergency.justification-placeholder": () => "emergency.justification \u53EA\u662F\u5360\u4F4D\u5185\u5BB9\uFF1A\u8BF7\u5199\u660E\u4E3A\u4EC0\u4E48\u4E0D\u80FD\u7B49\u5230\u4E0B\u4E00\u4E2A\u5347\u7EA7\u7A97\u53E3",
  "emergency.confirmation": (p) => `\u7F3A\u5C11 emergency.confirmation.${p.missing}\uFF1A\u7D27\u6025\u5347\u7EA7\u6267\u884C\u524D\uFF0C\u987B\u901A\u8FC7\u7535\u8BDD\u4E0E\u76F8\u5173\u90E8\u95E8\u6C9F\u901A\u786E\u8BA4\uFF0C\u5E76\u53D1\u90AE\u4EF6\u901A\u77E5\u603B\u7ECF\u7406\u529E\u516C\u5BA4\u8FDB\u884C\u4E34\u65F6\u5347\u7EA7\u767B\u8BB0\uFF08\u300A\u5347\u7EA7\u7BA1\u7406\u529E\u6CD5\u300B4.3\uFF09`,
  "evidence.exists": (p) => `${p.field} \u6307\u5411 ${p.path}\uFF0C\u4F46\u4ED3\u5E93\u4E2D\u6CA1\u6709\u8FD9\u4E2A\u6587\u4EF6\uFF1A\u8BF7\u5728\u8BE5\u8DEF\u5F84\uFF08\u76F8\u5BF9\u4ED3\u5E93\u6839\u76EE\u5F55\uFF09\u63D0\u4EA4\u6587\u4EF6\uFF0C\u6216\u6539\u6B63\u8DEF\u5F84`,
  "evidence.path": (p) => `${p.field} ${JSON.stringify(p.path)} ${UNSAFE_PATH2[p.why]}\uFF1A\u8BF7\u586B\u5199\u76F8\u5BF9\u4ED3\u5E93\u6839\u76EE\u5F55\u7684\u8DEF\u5F84\uFF0C\u4F8B\u5982 docs/acceptance/report.md`,
  "release.forward": (p) => `release.to\uFF08${p.to}\uFF09\u5E76\u4E0D\u6BD4 release.from\uFF08${p.from}\uFF09\u65B0\uFF1A\u5347\u7EA7\u5E94\u5B89\u88C5\u66F4\u65B0\u7684\u7248\u672C\uFF1B\u5982\u9700\u56DE\u9000\uFF0C\u8BF7\u53D1\u5E03\u4E00\u4E2A\u7248\u672C\u53F7\u66F4\u9AD8\u7684\u65B0\u7248\u672C`,
  "document.unique-id": (p) => `\u7F16\u53F7 ${p.id} \u5DF2\u88AB ${p.other} \u4F7F\u7528\uFF1A\u6BCF\u6B21\u5347\u7EA7\u987B\u6709\u81EA\u5DF1\u7684\u5BA1\u6279\u5355\u7F16\u53F7\uFF08NO.\uFF09`,
  "approval.self": (p) => `@${p.login} \u6279\u51C6\u4E86\u81EA\u5DF1\u63D0\u4EA4\u7684 PR\uFF1A\u4F5C\u8005\u672C\u4EBA\u7684\u6279\u51C6\u4E0D\u8BA1\u5165\uFF1B\u8BF7\u7531\u62C5\u4EFB\u8BE5\u89D2\u8272\u7684\u5176\u4ED6\u4EBA\u5BA1\u6279`,
  "approval.contributor": (p) => `@${p.login} \u662F\u8BE5 PR \u4E2D\u63D0\u4EA4\u7684\u4F5C\u8005\u6216\u63D0\u4EA4\u8005\uFF1A\u4FEE\u6539\u8FC7 PR \u7684\u4EBA\u7684\u5BA1\u6279\u4E0D\u8BA1\u5165\uFF1B\u8BF7\u7531\u62C5\u4EFB\u8BE5\u89D2\u8272\u7684\u5176\u4ED6\u4EBA\u5BA1\u6279`,
  "approval.contributors-unknown": (p) => `@${p.login} \u7684\u5BA1\u6279\u4E0D\u8BA1\u5165\uFF1A\u65E0\u6CD5\u5217\u51FA\u8BE5 PR \u7684\u5168\u90E8\u63D0\u4EA4\uFF0C\u65E0\u6CD5\u786E\u8BA4 @${p.login} \u662F\u5426\u4FEE\u6539\u8FC7\u5B83`,
  "approval.stale": (p) => `@${p.login} \u5728\u63D0\u4EA4 ${p.commit} \u4E0A\u7684\u5BA1\u6279\u5DF2\u5931\u6548\uFF1A${p.changed ? `\u6B64\u540E ${p.changed}${p.more ? ` \u7B49\u53E6\u5916 ${p.more} \u4E2A\u6587\u4EF6` : ""}\u6709\u53D8\u66F4` : `\u65E0\u6CD5\u8BFB\u53D6 ${p.commit} \u4E4B\u540E\u7684\u53D8\u66F4`}\uFF1B\u8BF7 @${p.login} \u5BF9\u5F53\u524D\u6700\u65B0\u63D0\u4EA4 ${p.head} \u91CD\u65B0\u5BA1\u6279`,
  "approval.blocked": (p) => `@${p.login}\uFF08${p.role.zh}\uFF09\u8981\u6C42\u4FEE\u6539\uFF1A\u8BF7\u6309\u610F\u89C1\u4FEE\u6539\u540E\u8BF7 @${p.login} \u6279\u51C6\uFF1B\u8981\u6C42\u4FEE\u6539\u672A\u64A4\u9500\u524D\uFF0C${p.role.zh}\u7684\u5BA1\u6279\u4E0D\u6210\u7ACB`,
  "approval.distinct": (p) => `@${p.login} \u5DF2\u4EE3\u8868\u53E6\u4E00\u4E2A\u89D2\u8272\u7B7E\u5B57\uFF1A${p.role.zh}\u987B\u7531\u53E6\u4E00\u4EBA\u5BA1\u6279\uFF0C\u300A\u5347\u7EA7\u7BA1\u7406\u529E\u6CD5\u300B\u8981\u6C42\u4E24\u4EBA\u5206\u522B\u7B7E\u5B57`,
  "approval.missing": (p) => `\u5F85${p.role.zh}\u5BA1\u6279\uFF1A\u987B\u7531 ${p.owners} \u7684\u6210\u5458${p.examples ? `\uFF08\u5982 ${p.examples}\uFF09` : ""}\u6279\u51C6\u5F53\u524D\u6700\u65B0\u63D0\u4EA4 ${p.head}${p.note ? `\uFF1B\u6CE8\u610F\uFF1A${p.note}` : ""}`,
  "codeowners.coverage-none": (p) => `\u57FA\u7840\u5206\u652F\u4E0A\u6CA1\u6709 CODEOWNERS \u6587\u4EF6\uFF0C\u56E0\u6B64 ${p.path} \u6CA1\u6709${p.role.zh}\u7684\u4EE3\u7801\u6240\u6709\u8005\uFF1A\u8BF7\u6DFB\u52A0 .github/CODEOWNERS\uFF0C\u5199\u5165\u8FD9\u4E00\u884C "${p.fix}"`,
  "codeowners.coverage": (p) => `${p.path} ${p.line ? `\u7684\u4EE3\u7801\u6240\u6709\u8005\u662F ${p.owners || "\uFF08\u65E0\u4EBA\uFF09"}\uFF08\u7B2C ${p.line} \u884C\uFF09` : "\u6CA1\u6709\u5339\u914D\u4EFB\u4F55 CODEOWNERS \u89C4\u5219"}\uFF0C\u5176\u4E2D\u6CA1\u6709${p.role.zh}\u7684\u4EE3\u7801\u6240\u6709\u8005\uFF08${p.roleOwners}\uFF09\uFF1A\u8BF7\u5728 CODEOWNERS \u672B\u5C3E\u6DFB\u52A0\u6216\u8865\u5168\u8FD9\u4E00\u884C "${p.fix}"`,
  "codeowners.syntax": (p) => `${p.kind}\uFF1A${p.message}\uFF1BGitHub \u4F1A\u8DF3\u8FC7\u8FD9\u4E00\u884C`,
  "merge.closed": (p) => `${p.reason}\uFF1A\u5E38\u89C4\u5347\u7EA7\u73B0\u5728\u4E0D\u80FD\u5408\u5E76\uFF1B${p.next}\uFF1B\u5982\u9047\u5927\u8303\u56F4\u7CFB\u7EDF\u6545\u969C\u6216\u4E1A\u52A1\u505C\u987F\uFF0C\u8BF7\u8D70\u7D27\u6025\u5347\u7EA7\u6D41\u7A0B`,
  "merge.no-opening": () => "\u4E00\u5E74\u4E4B\u5185\u90FD\u6CA1\u6709\u53EF\u5408\u5E76\u7684\u65F6\u95F4\uFF1A\u8BF7\u68C0\u67E5 merge-days \u548C freezes \u914D\u7F6E",
  "emergency.label-without-document": (p) => `PR \u5E26\u6709 "${p.label}" \u6807\u7B7E\uFF0C\u4F46\u6CA1\u6709\u4EFB\u4F55\u5347\u7EA7\u6587\u6863\u5199\u660E type: emergency\uFF1A\u8BF7\u5728\u6587\u6863\u4E2D\u8BBE\u7F6E type: emergency \u5E76\u8865\u5145 emergency \u90E8\u5206\uFF0C\u6216\u53BB\u6389\u8BE5\u6807\u7B7E`,
  "emergency.document-without-label": (p) => `\u6587\u6863\u5199\u660E type: emergency\uFF0C\u4F46 PR \u6CA1\u6709 "${p.label}" \u6807\u7B7E\uFF1A\u8BF7\u52A0\u4E0A\u8BE5\u6807\u7B7E\uFF08\u6807\u7B7E\u8BB0\u5F55\u4E86\u7531\u8C01\u5BA3\u5E03\u7D27\u6025\u5347\u7EA7\uFF09\uFF0C\u6216\u6539\u4E3A\u5E38\u89C4\u5347\u7EA7`,
  "emergency.label-with-regular": (p) => `PR \u5E26\u6709 "${p.label}" \u6807\u7B7E\uFF0C\u4F46\u8FD9\u4EFD\u6587\u6863\u662F\u5E38\u89C4\u5347\u7EA7\uFF1A\u7D27\u6025\u5347\u7EA7\u7684 PR \u53EA\u80FD\u5305\u542B\u7D27\u6025\u5347\u7EA7\uFF0C\u8BF7\u628A\u8FD9\u4EFD\u6587\u6863\u79FB\u5230\u5355\u72EC\u7684 PR`,
  "emergency.budget": (p) => `${p.month} \u5DF2\u5408\u5E76 ${p.count} \u6B21\u7D27\u6025\u5347\u7EA7\uFF08${p.list || "\u672A\u5217\u51FA"}\uFF09\uFF0C\u6BCF\u6708\u4E0A\u9650\u4E3A ${p.budget} \u6B21\uFF1A\u8D85\u51FA\u4E0A\u9650\u987B\u7ECF\u603B\u7ECF\u7406\u529E\u516C\u5BA4\u540C\u610F\uFF1B\u53EA\u80FD\u901A\u8FC7\u4FEE\u6539\u7B56\u7565\u63D0\u9AD8 emergency.monthly-budget\uFF0C\u6216\u8BBE\u7F6E budget-severity: warning`,
  "status.forged": (p) => `\u5408\u5E76\u65F6\u8BE5\u63D0\u4EA4\u4E0A\u7684 upgrade-gate \u72B6\u6001\u4E3A ${p.state}${p.creator ? `\uFF08\u7531 ${p.creator} \u8BBE\u7F6E\uFF09` : ""}\uFF0C\u4F46\u6309\u5408\u5E76\u65F6\u523B\u8BC4\u4F30\u7684\u7ED3\u679C\u662F ${p.outcome}\uFF1APR \u5408\u5E76\u65F6\u8BE5\u68C0\u67E5\u5DF2\u88AB\u8986\u76D6\u6216\u5DF2\u8FC7\u671F`,
  "outcome.command": (p) => `\u7B2C\u4E00\u884C\u662F ${JSON.stringify(p.found)}\uFF1A\u5347\u7EA7\u7ED3\u679C\u5E94\u4EE5 /upgrade-result succeeded\u3001/upgrade-result failed \u6216 /upgrade-result restored \u5F00\u5934`,
  "outcome.unknown": (p) => `"${p.word}" \u4E0D\u662F\u5347\u7EA7\u7ED3\u679C\uFF1A${p.guess ? `\u662F\u4E0D\u662F\u60F3\u5199 ${p.guess}\uFF1F` : ""}\u8BF7\u5728 /upgrade-result \u540E\u5199 succeeded\uFF08\u9A8C\u8BC1\u7528\u4F8B\u5168\u90E8\u901A\u8FC7\uFF0C\u5347\u7EA7\u6210\u529F\uFF09\u3001failed\uFF08\u6709\u7528\u4F8B\u672A\u901A\u8FC7\uFF0C\u5347\u7EA7\u5931\u8D25\uFF09\u6216 restored\uFF08\u5DF2\u6062\u590D\u81F3\u5347\u7EA7\u524D\u7684\u5907\u4EFD\u7248\u672C\uFF09`,
  "outcome.extra": (p) => `\u7B2C\u4E00\u884C\u53EA\u5199\u5347\u7EA7\u7ED3\u679C\uFF0C\u4E0D\u8981\u5199 ${JSON.stringify(p.extra)}\uFF1A\u8BF7\u628A\u5B83\u79FB\u5230\u4E0B\u9762\u7684 notes \u4E2D`,
  "outcome.empty": () => '/upgrade-result \u540E\u9762\u6CA1\u6709\u5185\u5BB9\uFF1A\u8BF7\u5728\u4E0B\u9762\u51E0\u884C\u5199\u4E0A completed_at\u3001verification\uFF08\u6BCF\u4E2A\u7528\u4F8B passed \u6216 failed\uFF09\u548C notes\uFF0C\u4F8B\u5982 "completed_at: 2026-12-03T21:40"',
  "outcome.in-yaml": () => "\u5347\u7EA7\u7ED3\u679C\u5199\u5728\u7B2C\u4E00\u884C\uFF08/upgrade-result succeeded|failed|restored\uFF09\uFF0C\u4E0D\u4F5C\u4E3A\u5B57\u6BB5\u586B\u5199\uFF1A\u8BF7\u5220\u9664\u8FD9\u4E00\u884C",
  "outcome.document-required": (p) => `\u8FD9\u4E2A PR \u6709\u591A\u4EFD\u5347\u7EA7\u6587\u6863\uFF08${p.ids}\uFF09\uFF1A\u8BF7\u52A0\u4E00\u884C "document: <\u7F16\u53F7>"\uFF0C\u5199\u660E\u672C\u6B21\u7ED3\u679C\u5BF9\u5E94\u54EA\u4E00\u4EFD`,
  "outcome.document-unknown": (p) => `${p.id} \u4E0D\u662F\u8FD9\u4E2A PR \u4E2D\u7684\u5347\u7EA7\u6587\u6863\uFF1A${p.guess ? `\u662F\u4E0D\u662F\u60F3\u5199 ${p.guess}\uFF1F` : ""}\u8BF7\u4ECE ${p.ids} \u4E2D\u9009\u62E9`,
  "outcome.case-missing": (p) => `verification \u4E2D\u7F3A\u5C11 ${p.missing}\uFF1A\u6587\u6863\u4E2D\u7684\u6BCF\u4E2A\u9A8C\u8BC1\u7528\u4F8B\u90FD\u8981\u586B\u5199 passed \u6216 failed\uFF1B\u8BF7\u8865\u5145 ${p.example}`,
  "outcome.case-unknown": (p) => `\u9A8C\u8BC1\u7528\u4F8B ${p.id} \u4E0D\u5728\u6587\u6863\u4E2D\uFF1A${p.guess ? `\u662F\u4E0D\u662F\u60F3\u5199 ${p.guess}\uFF1F` : ""}\u6587\u6863\u4E2D\u7684\u7528\u4F8B\u662F ${p.cases}`,
  "outcome.succeeded-failed-case": (p) => `\u7528\u4F8B ${p.id} \u672A\u901A\u8FC7\uFF0C\u56E0\u6B64\u4E0D\u80FD\u7B97\u5347\u7EA7\u6210\u529F\uFF08\u300A\u5347\u7EA7\u7BA1\u7406\u529E\u6CD5\u300B4.6\uFF09\uFF1A\u8BF7\u5199 /upgrade-result failed \u5E76\u8BF4\u660E\u5931\u8D25\u539F\u56E0\uFF0C\u6216\u5728\u5DF2\u6062\u590D\u5907\u4EFD\u65F6\u5199 restored`,
  "outcome.before-window": (p) => `completed_at\uFF08${p.completed}\uFF09\u65E9\u4E8E\u5347\u7EA7\u7A97\u53E3\u5F00\u59CB\u65F6\u95F4\uFF08${p.start}\uFF09\uFF1A\u5347\u7EA7\u53EA\u80FD\u5728\u5F00\u59CB\u4E4B\u540E\u5B8C\u6210\uFF1B\u8BF7\u586B\u5199\u5B9E\u9645\u65F6\u95F4\uFF08\u672A\u5199\u65F6\u533A\u504F\u79FB\u65F6\u6309\u7B56\u7565\u65F6\u533A\uFF09`,
  "outcome.future": (p) => `${p.field}\uFF08${p.value}\uFF09\u665A\u4E8E\u672C\u6761\u8BC4\u8BBA\u7684\u65F6\u95F4\uFF08${p.now}\uFF09\uFF1A\u8BF7\u8BB0\u5F55\u5DF2\u7ECF\u53D1\u751F\u7684\u4E8B\uFF0C\u5E76\u586B\u5199\u5B9E\u9645\u53D1\u751F\u7684\u65F6\u95F4\uFF08\u672A\u5199\u65F6\u533A\u504F\u79FB\u65F6\u6309\u7B56\u7565\u65F6\u533A\uFF09`,
  "outcome.notified-before-completed": (p) => `notified_at\uFF08${p.notified}\uFF09\u65E9\u4E8E completed_at\uFF08${p.completed}\uFF09\uFF1A\u5347\u7EA7\u5B8C\u6210\u901A\u77E5\uFF08\u300A\u5347\u7EA7\u7BA1\u7406\u529E\u6CD5\u300B4.7\uFF09\u5E94\u5728\u5347\u7EA7\u5B8C\u6210\u4E4B\u540E\u53D1\u51FA\uFF1B\u8BF7\u6539\u6B63\u5176\u4E2D\u4E00\u4E2A\u65F6\u95F4`,
  "outcome.reply-findings": (p) => `\u5347\u7EA7\u7ED3\u679C\u672A\u8BB0\u5F55\uFF1A\u547D\u4EE4\u4E2D\u6709 ${p.count} \u5904\u95EE\u9898\u3002\u8BF7\u7F16\u8F91\u4F60\u7684\u8BC4\u8BBA\u6539\u6B63\uFF08\u672C\u56DE\u590D\u4F1A\u968F\u4E4B\u66F4\u65B0\uFF09\uFF0C\u6216\u91CD\u65B0\u53D1\u4E00\u6761\u8BC4\u8BBA\u3002`,
  "outcome.not-allowed": (p) => `@${p.login} \u65E0\u6743\u8BB0\u5F55\u672C\u6B21\u5347\u7EA7\u7684\u7ED3\u679C\uFF0C\u56E0\u6B64\u6CA1\u6709\u8BB0\u5F55\u3002\u5347\u7EA7\u7ED3\u679C\u7531\u5347\u7EA7\u6587\u6863\u4E2D\u7684\u4EBA\u5458\u8BB0\u5F55\uFF08\u6267\u884C\u4EBA\u3001\u76D1\u7763\u4EBA\u3001\u9879\u76EE\u8D1F\u8D23\u4EBA\u3001\u8FD0\u7EF4\u8D1F\u8D23\u4EBA\uFF1A${p.people || "\u6587\u6863\u672A\u5199\u660E"}\uFF09${p.roles ? `\uFF0C\u6216\u7531 ${p.roles} \u7684\u6210\u5458\u8BB0\u5F55` : ""}\uFF08\u300A\u5347\u7EA7\u7BA1\u7406\u529E\u6CD5\u300B4.6\uFF09\u3002`,
  "outcome.edited-by-other": (p) => `@${p.login} \u7F16\u8F91\u4E86 @${p.author} \u5199\u7684\u547D\u4EE4\uFF1A\u5347\u7EA7\u7ED3\u679C\u53EA\u6309\u4F5C\u8005\u672C\u4EBA\u5199\u4E0B\u7684\u5185\u5BB9\u8BB0\u5F55\uFF0C\u56E0\u6B64\u6CA1\u6709\u8BB0\u5F55\u3002\u8BF7 @${p.author} \u672C\u4EBA\u7F16\u8F91\uFF0C\u6216\u7531\u6709\u6743\u8BB0\u5F55\u7684\u4EBA\u53E6\u53D1\u4E00\u6761\u8BC4\u8BBA\u3002`,
  "outcome.not-merged": () => "\u8FD9\u4E2A PR \u8FD8\u6CA1\u6709\u5408\u5E76\uFF1A\u5347\u7EA7\u7ED3\u679C\u5728\u5408\u5E76\u5E76\u6267\u884C\u5347\u7EA7\u4E4B\u540E\u624D\u8BB0\u5F55\uFF08\u300A\u5347\u7EA7\u7BA1\u7406\u529E\u6CD5\u300B4.6\uFF09\u3002\u672C\u6B21\u6CA1\u6709\u8BB0\u5F55\uFF1B\u5347\u7EA7\u6267\u884C\u540E\u8BF7\u518D\u8BC4\u8BBA /upgrade-result\u3002",
  "outcome.not-upgrade": () => "\u8FD9\u4E2A PR \u6CA1\u6709\u4FEE\u6539\u4EFB\u4F55\u5347\u7EA7\u6587\u6863\uFF0C\u6CA1\u6709\u5347\u7EA7\u7ED3\u679C\u53EF\u8BB0\u5F55\u3002\u672C\u6B21\u6CA1\u6709\u8BB0\u5F55\u3002",
  "outcome.no-record": (p) => `\u8FD9\u6B21\u5347\u7EA7\u5728 ${p.folder}/ \u4E2D\u8FD8\u6CA1\u6709\u5F52\u6863\u8BB0\u5F55\uFF08\u5408\u5E76\u65F6\u7684\u8FD0\u884C\u6CA1\u6709\u5B8C\u6210\uFF09\uFF0C\u5347\u7EA7\u7ED3\u679C\u65E0\u6CD5\u94FE\u63A5\u5230\u5B83\u3002\u4E0B\u4E00\u6B21\u5B9A\u65F6\u8FD0\u884C\u4F1A\u8865\u5F55\u5F52\u6863\u8BB0\u5F55\uFF1B\u4E4B\u540E\u8BF7\u7F16\u8F91\u672C\u6761\u8BC4\u8BBA\u4EE5\u8BB0\u5F55\u7ED3\u679C\u3002`,
  "outcome.recorded": (p) => `\u5DF2\u8BB0\u5F55\uFF1A@${p.login} \u8BB0\u5F55\u7684 ${p.outcome}\uFF0C\u5DF2\u8FFD\u52A0\u5230\u5347\u7EA7\u6863\u6848 ${p.path}\u3002`,
  "outcome.pending": (p) => `\u5408\u5E76\uFF08${p.merged}\uFF09\u5DF2\u8FC7 ${p.hours} \u5C0F\u65F6\uFF0C\u4ECD\u672A\u8BB0\u5F55\u5347\u7EA7\u7ED3\u679C\uFF1A\u9A8C\u8BC1\u7528\u4F8B\u6267\u884C\u540E\uFF0C\u8BF7 ${p.people || "\u6267\u884C\u4EBA"} \u8BC4\u8BBA /upgrade-result succeeded\u3001failed \u6216 restored\uFF08\u300A\u5347\u7EA7\u7BA1\u7406\u529E\u6CD5\u300B4.6\uFF09\u3002`,
  "outcome.overdue": (p) => `${p.id}\uFF08PR #${p.pr}\uFF09\uFF1A\u5347\u7EA7\u7A97\u53E3\u5DF2\u4E8E ${p.end} \u7ED3\u675F\uFF0C\u8D85\u8FC7 ${p.days} \u5929\u4ECD\u672A\u8BB0\u5F55\u5347\u7EA7\u7ED3\u679C\uFF08succeeded\u3001failed\u3001restored\uFF09\uFF1A\u6863\u6848\u65E0\u6CD5\u8BF4\u660E\u8FD9\u6B21\u5347\u7EA7\u662F\u5426\u6210\u529F\uFF08\u300A\u5347\u7EA7\u7BA1\u7406\u529E\u6CD5\u300B3.7\u30014.6\uFF09\uFF1B\u8BF7\u5347\u7EA7\u6587\u6863\u4E2D\u7684\u4EBA\u5458\u5728 PR \u4E0A\u7528 /upgrade-result \u8BB0\u5F55`,
  "outcome.example": () => "\u5B8C\u6574\u7684\u547D\u4EE4\u5982\u4E0B\uFF08\u5217\u51FA\u6587\u6863\u4E2D\u7684\u6BCF\u4E2A\u9A8C\u8BC1\u7528\u4F8B\uFF0C\u65F6\u95F4\u6309\u7B56\u7565\u65F6\u533A\uFF09\uFF1A\n\n```\n/upgrade-result succeeded\ncompleted_at: 2026-12-03T21:40\nverification:\n  V-1: passed\n  V-2: passed\nnotes: \u7CFB\u7EDF\u5DF2\u542F\u52A8\uFF0C\u65E5\u5E38\u68C0\u67E5\u548C\u9A8C\u8BC1\u7528\u4F8B\u5747\u901A\u8FC7\nnotified_at: 2026-12-03T21:50\n```\n\nfailed \u9700\u52A0 `cause:`\uFF08\u5931\u8D25\u539F\u56E0\uFF09\uFF0Crestored \u9700\u52A0 `backup_restored:`\uFF08\u6062\u590D\u7684\u5907\u4EFD\uFF09\uFF1BPR \u6709\u591A\u4EFD\u6587\u6863\u65F6\u7528 `document:` \u5199\u660E\u7F16\u53F7\u3002",
  "pull-request.files": () => "PR \u4FEE\u6539\u7684\u6587\u4EF6\u8D85\u8FC7 GitHub \u80FD\u5217\u51FA\u7684 3,000 \u4E2A\uFF1A\u8D85\u51FA\u90E8\u5206\u4E2D\u7684\u5347\u7EA7\u6587\u6863\u65E0\u6CD5\u68C0\u67E5\uFF1B\u8BF7\u62C6\u5206 PR\uFF0C\u8BA9\u5347\u7EA7\u5355\u72EC\u6210\u4E3A\u4E00\u4E2A PR",
  "config.time-zone": (p) => `time-zone "${p.zone}" \u4E0D\u662F\u5F53\u524D\u8FD0\u884C\u73AF\u5883\u8BA4\u8BC6\u7684 IANA \u65F6\u533A\uFF1A\u8BF7\u4F7F\u7528 Asia/Shanghai\u3001Europe/Berlin \u8FD9\u6837\u7684\u540D\u79F0`,
  "config.freeze-order": (p) => `freezes[${p.index}] "${p.name}" \u7684\u7ED3\u675F\u65E5\u671F\uFF08${p.to}\uFF09\u65E9\u4E8E\u5F00\u59CB\u65E5\u671F\uFF08${p.from}\uFF09\uFF1A\u8BF7\u5BF9\u8C03\u4E24\u4E2A\u65E5\u671F`,
  "config.rule-unknown": (p) => `rules: "${p.id}" \u4E0D\u662F\u89C4\u5219\u7F16\u53F7\uFF1A${p.guess ? `\u662F\u5426\u60F3\u5199 ${p.guess}\uFF1F` : "\u89C4\u5219\u7F16\u53F7\u89C1 README \u4E2D\u7684\u89C4\u5219\u8868"}`,
  "config.roles": (p) => `\u672A\u914D\u7F6E\u5BA1\u6279\u89D2\u8272\uFF1A\u8BF7\u5728 ${p.file} \u4E2D\u6DFB\u52A0 roles\uFF0C\u5199\u660E\u7814\u53D1\u4E2D\u5FC3\u8D1F\u8D23\u4EBA\uFF08center-lead\uFF09\u548C\u603B\u7ECF\u7406\u529E\u516C\u5BA4\uFF08general-office\uFF09\u5BF9\u5E94\u7684 CODEOWNERS \u6240\u6709\u8005\uFF0C\u4F8B\u5982 roles: { center-lead: { owners: ["@acme/rd-leads"] }, general-office: { owners: ["@acme/gm-office"] } }`
};

// src/messages/index.ts
var CATALOGS = { en, "zh-CN": zhCN };
function messages(language = "en") {
  return CATALOGS[language];
}

export {
  messages
};
