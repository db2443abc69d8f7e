import {
  enDuration,
  enFound,
  enMoment,
  enValue,
  enRoles,
  enWeekday,
  enWeekdays,
  type Bilingual,
  type Flip,
  type MissingRole,
  type Moment,
  type RoleTitle,
  type UnsafePathReason,
  type ValueShape,
} from './format.js';

const UNSAFE_PATH: Record<UnsafePathReason, string> = {
  link: 'is a link, not a file in the repository; auditors need the file itself',
  absolute: 'is an absolute path',
  backslash: 'uses backslashes',
  parent: 'climbs out with ..',
  nul: 'contains a NUL byte',
};

/**
 * Every user-facing sentence in English, keyed by rule id (and case). zh-CN.ts has the same keys
 * and reads the same parameters; the catalog parity test keeps them so.
 */
const eg = (example: string | undefined) => (example === undefined ? '' : `, e.g. ${example}`);
const ROOT_NAME = {
  document: 'an upgrade document',
  config: 'the upgrade-gate configuration',
  outcome: 'an outcome',
} as const;
const WANT: Record<string, string> = { string: 'text', object: 'a mapping', array: 'a list' };
const DATE_TIME =
  'a real date and time written YYYY-MM-DDTHH:MM (seconds and fractions optional), with an offset such as +08:00 or Z or read in the policy time zone';
const FORMAT: Record<string, string> = {
  date: 'a real date written YYYY-MM-DD',
  'local-date-time': DATE_TIME,
  'date-or-local-date-time': `a real date written YYYY-MM-DD or ${DATE_TIME}`,
};

export const en = {
  'people.two-person': (p: { login: string }) =>
    `people.executor and people.supervisor are both ${p.login}: one person executes and another supervises (measures 3.6); name a different supervisor`,
  'window.order': (p: { start: string; end: string }) =>
    `window.end (${p.end}) is not after window.start (${p.start}): the window must end after it starts; fix the dates or swap them`,
  'window.length': (p: { start: string; end: string; hours: number; max: number }) =>
    `the window runs ${p.hours} hours, from ${p.start} to ${p.end}: a regular production upgrade happens on its Thursday (measures 3.3), and the merge may run until window.end, so a longer window would let it merge on other days; end the window at most ${p.max} hours after it starts, or split the upgrade`,
  'window.weekday': (p: {
    start: string;
    day: string;
    zone: string;
    allowed: readonly string[];
    next: { date: string; day: string };
  }) =>
    `window.start ${p.start} is a ${enWeekday(p.day)} in ${p.zone}; regular production upgrades run on ${enWeekdays(p.allowed)} (measures 3.3): move the window to ${enWeekday(p.next.day)} ${p.next.date}, or make it an emergency upgrade`,
  'gray-test.missing': () =>
    'no gray environment test is recorded: a production upgrade is first tested in the gray environment (measures 3.3); add gray_test with completed, result and report',
  'gray-test.failed': () =>
    'gray_test.result is failed: a production upgrade needs a gray test that passed; fix the release, re-run the gray test and record result: passed',
  'gray-test.before-window': (p: { completed: string; start: string }) =>
    `gray_test.completed (${p.completed}) is not before window.start (${p.start}): the gray test must finish before the production upgrade; record the real gray test time or move the window`,
  'gray-test.weekday': (p: { completed: string; day: string; expected: string }) =>
    `gray_test.completed ${p.completed} is a ${enWeekday(p.day)}; as a rule the gray test is done on ${enWeekday(p.expected)} (measures 3.3): fine if there was a reason, say it in the PR`,
  'notice.missing': (p: { hours: number }) =>
    `no all-staff notice is recorded: announce the upgrade at least ${p.hours} hours before the window (measures 4.4); add notification with announced_at and channels`,
  'notice.lead-time': (p: { announced: string; start: string; hours: number; latest: Moment }) =>
    `notification.announced_at (${p.announced}) is less than ${p.hours} hours before window.start (${p.start}): announce by ${enMoment(p.latest)} or move the window later`,
  'notice.before-merge': (p: { announced: string; merge: Moment; hours: number; earliest: Moment }) =>
    `the merge at ${enMoment(p.merge)} (under GitOps, the deploy) is less than ${p.hours} hours after notification.announced_at (${p.announced}) (measures 4.4): merge no earlier than ${enMoment(p.earliest)}`,
  'gray-test.before-merge': (p: { completed: string; merge: Moment }) =>
    `gray_test.completed (${p.completed}) is after the merge at ${enMoment(p.merge)} (under GitOps, the deploy): the gray test must finish before production is upgraded; merge after the gray test, or record its real time`,
  'acceptance.required': () =>
    'no user acceptance is recorded: a production upgrade must have passed user verification (measures 3.1); add acceptance with verified_by, date and evidence',
  'acceptance.after-window': (p: { date: string; start: string }) =>
    `acceptance.date (${p.date}) is after window.start (${p.start}): users must accept the release before it goes to production`,
  'backup.section': (p: { part: 'data' | 'programs' | 'config' }) =>
    `backup.${p.part} is missing: record how the ${{ data: 'data', programs: 'programs', config: 'configuration scripts' }[p.part]} are backed up before execution and where the backup is kept (measures 3.5), e.g. backup.${p.part}: { method: ..., location: ... }`,
  'backup.rollback': () =>
    'rollback.plan is missing: write how the system is restored to the backup if verification fails (measures 4.6)',
  'emergency.section-missing': () =>
    'type is emergency but there is no emergency section: add emergency with reason, impact, justification and confirmation (measures 3.2, 4.3)',
  'emergency.section-unexpected': () =>
    'an emergency section is present but type is regular: set type: emergency if this is one, or remove the emergency section',
  'emergency.reason': (p: { reason: string; guess: string | undefined }) =>
    `emergency.reason ${JSON.stringify(p.reason)} is not one of the two cases the measures allow (3.2): ${p.guess ? `write ${p.guess}; the cases are ` : ''}system-failure (a fault stops use of the system, wide impact) or business-stoppage (the business stops on a wide scale)`,
  'emergency.justification': (p: { length: number; min: number }) =>
    `emergency.justification is too short to explain anything: ${p.length} of at least ${p.min} characters, counting a Chinese character as two and a letter, digit or space as one (about ${Math.ceil((p.min - p.length) / 2)} more Chinese characters or ${p.min - p.length} more letters); write why this cannot wait for the next production window`,
  'emergency.justification-placeholder': () =>
    'emergency.justification is a placeholder: write why this cannot wait for the next production window',
  'emergency.confirmation': (p: { missing: string }) =>
    `emergency.confirmation.${p.missing} is missing: an emergency upgrade is confirmed by phone and registered by e-mail with the General Manager's Office before it runs (measures 4.3)`,
  'evidence.exists': (p: { field: string; path: string }) =>
    `${p.field} names ${p.path}, which does not exist in the repository: commit the file at that path (relative to the repository root) or fix the path`,
  'evidence.path': (p: { field: string; path: string; why: UnsafePathReason }) =>
    `${p.field} ${JSON.stringify(p.path)} ${UNSAFE_PATH[p.why]}: give a path relative to the repository root, such as docs/acceptance/report.md`,
  'release.forward': (p: { from: string; to: string }) =>
    `release.to (${p.to}) is not newer than release.from (${p.from}): an upgrade installs a newer version; for a rollback write a new release with a higher version`,
  'document.unique-id': (p: { id: string; other: string }) =>
    `id ${p.id} is also used by ${p.other}: each upgrade needs its own approval form NO.`,
  'approval.self': (p: { login: string }) =>
    `@${p.login} approved their own pull request: the author's approval never counts; ask someone else who holds the role`,
  'approval.contributor': (p: { login: string }) =>
    `@${p.login} authored or committed commits of this pull request: the approval of someone who changed the pull request never counts; ask someone else who holds the role`,
  'approval.contributors-unknown': (p: { login: string }) =>
    `the approval by @${p.login} does not count: the pull request's commits could not all be listed, so it is unknown whether @${p.login} changed it`,
  'approval.stale': (p: { login: string; commit: string; changed: string; more: number; head: string }) =>
    `the approval by @${p.login} on commit ${p.commit} no longer counts: ${p.changed ? `${p.changed}${p.more ? ` and ${p.more} more` : ''} changed after it` : `the changes since ${p.commit} could not be read`}; @${p.login} needs to review the current head ${p.head} again`,
  'approval.stale-base': (p: { login: string; at: string; head: string }) =>
    `the approval by @${p.login} no longer counts: the pull request was moved to another base branch at ${p.at}, after it, so its change is not the one approved; @${p.login} needs to review the current head ${p.head} again`,
  'approval.blocked': (p: { login: string; role: RoleTitle }) =>
    `@${p.login} (${p.role.en}) requested changes: address them and ask @${p.login} to approve; a request for changes blocks the ${p.role.en} approval`,
  'approval.distinct': (p: { login: string; role: RoleTitle }) =>
    `@${p.login} already signs for another role: the ${p.role.en} must be approved by a second person, as the measures need two signatures`,
  'approval.missing': (p: { role: RoleTitle; owners: string; examples: string; head: string; note: string }) =>
    `waiting for an approval from the ${p.role.en}: a member of ${p.owners}${p.examples ? ` (e.g. ${p.examples})` : ''} approves the current head ${p.head}${p.note ? `; note: ${p.note}` : ''}`,
  'codeowners.coverage-none': (p: { path: string; roles: MissingRole[]; fix: string }) =>
    `no CODEOWNERS file on the base branch, so ${p.path} has no code owner and GitHub requests no review from ${enRoles(p.roles)}: add .github/CODEOWNERS with the line "${p.fix}"`,
  'codeowners.coverage-unmatched': (p: { path: string; roles: MissingRole[]; fix: string }) =>
    `no CODEOWNERS line matches ${p.path}, so it has no code owner and GitHub requests no review from ${enRoles(p.roles)}: add the line "${p.fix}" at the end of CODEOWNERS (the last matching line decides, so this one line names every role)`,
  'codeowners.coverage-ownerless': (p: { path: string; line: number; roles: MissingRole[]; fix: string }) =>
    `${p.path} matches CODEOWNERS line ${p.line}, which names no owner, so GitHub requests no review from ${enRoles(p.roles)}: add the line "${p.fix}" at the end of CODEOWNERS (the last matching line decides, so this one line names every role)`,
  'codeowners.coverage': (p: { path: string; owners: string; line: number; roles: MissingRole[]; fix: string }) =>
    `${p.path} is owned by ${p.owners} (CODEOWNERS line ${p.line}), which includes no owner of ${enRoles(p.roles)}: add the line "${p.fix}" at the end of CODEOWNERS (the last matching line decides, so this one line names every role)`,
  'codeowners.negation': () =>
    'Invalid pattern: CODEOWNERS has no negation with !, so GitHub skips this line: to leave paths without an owner, give them a later line of their own with no owner',
  'codeowners.range': () =>
    'Invalid pattern: CODEOWNERS has no character ranges with [ ], so GitHub skips this line: write one line for each name the range stands for',
  'codeowners.escaped-hash': () =>
    'Invalid pattern: CODEOWNERS cannot escape # with \\, so GitHub skips this line and matches no path that starts with #: own the folder that holds those files instead',
  'codeowners.triple-star': () =>
    'Invalid pattern: three asterisks in a row are not a pattern, so GitHub skips this line: write ** for any number of folders',
  'codeowners.root': () =>
    'Invalid pattern: the pattern / matches nothing, so GitHub skips this line: write * for every file of the repository',
  'codeowners.owner': (p: { token: string }) =>
    `Invalid owner: ${JSON.stringify(p.token)} is not an owner, so GitHub skips this line: write @user, @org/team or an e-mail address`,
  'codeowners.too-large': () =>
    'File too large: CODEOWNERS is 3 MB or larger, so GitHub does not load it at all and no path has an owner: merge its lines into fewer, broader rules',
  'merge.closed': (p: { reason: string; flip: string; over: boolean }) =>
    `${p.reason}: a regular production upgrade cannot merge now; ${p.flip ? `the window ${p.flip}` : p.over ? "the document's window is over (or does not start on a merge day), so it never opens again: write a new document with a new NO. and a new window" : 'no opening is scheduled within a year: check merge-days and freezes'}, or, for a wide system failure or business stoppage, use the emergency process`,
  'window.merge-day': (p: { date: string; day: string; zone: string }) =>
    `${enWeekday(p.day)} ${p.date} in ${p.zone} is a production merge day`,
  'window.not-merge-day': (p: { date: string; day: string; zone: string }) =>
    `${enWeekday(p.day)} ${p.date} in ${p.zone} is not a production merge day`,
  'window.in-freeze': (p: {
    date: string;
    day: string;
    zone: string;
    freeze: { name: string; from: string; to: string };
  }) =>
    `${enWeekday(p.day)} ${p.date} in ${p.zone} is inside the freeze "${p.freeze.name}" (${p.freeze.from} to ${p.freeze.to})`,
  'window.outside': (p: { at: Moment; start: Moment; end: Moment }) =>
    `${enMoment(p.at)} is outside the document's window for merging (${enMoment(p.start)} to ${enMoment(p.end)})`,
  'window.inside': (p: { at: Moment; start: Moment; end: Moment }) =>
    `${enMoment(p.at)} is inside the document's window for merging (${enMoment(p.start)} to ${enMoment(p.end)})`,
  'window.apart': (p: { at: Moment; start: Moment; end: Moment }) =>
    `the documents' windows have no instant in common (the latest opens ${enMoment(p.start)}, the earliest closes ${enMoment(p.end)}): align the windows or split the pull request`,
  'window.emergency-allows': (p: { reason: string }) => `${p.reason}; the emergency process allows the merge`,
  'window.flip': (p: { flip: Flip }) =>
    `${p.flip.opens ? 'opens' : 'closes'} ${enMoment(p.flip.at)} ${p.flip.zone} (in ${enDuration(p.flip.minutes)})`,
  'summary.unseen': (p: { what: string }) => `Could not read: ${p.what}`,
  'summary.problems': (p: { problems: number; first: string }) =>
    `${p.problems} problem${p.problems === 1 ? '' : 's'}: ${p.first}`,
  'summary.none': () => 'No upgrade document in this pull request: nothing to check',
  'summary.config-error': (p: { message: string }) => `Configuration error: ${p.message || 'see the details'}`,
  'summary.signed': (p: { role: RoleTitle; login: string; via: string }) =>
    `${p.role.en} approved by @${p.login}${p.via ? ` via ${p.via}` : ''}`,
  'summary.ready': (p: { signed: string; how: 'emergency' | 'open' | 'relaxed' }) =>
    `Ready: ${p.signed || 'no approval required by this configuration'}; ${{ emergency: 'emergency upgrade', open: 'production window open', relaxed: 'window rule relaxed by configuration' }[p.how]}`,
  'summary.fail': (p: { problems: number; missing: string; window: string }) =>
    `${p.problems} problem${p.problems === 1 ? '' : 's'}${p.missing ? `; needs approval: ${p.missing}` : ''}${p.window ? `; ${p.window}` : ''}`,
  'summary.window-closed': (p: { flip: string }) => `window closed${p.flip ? `, ${p.flip}` : ''}`,
  'summary.window-open': (p: { day: string }) => `window open (${enWeekday(p.day)})`,
  'summary.list': (p: { items: readonly string[] }) => p.items.join(', '),
  'job.failed': (p: { summary: string }) => `upgrade-gate: ${p.summary}`,
  'job.breach': (p: { pr: number; count: number; path: string }) =>
    `upgrade-gate: PR #${p.pr} merged in breach of the policy (${p.count} violation${p.count === 1 ? '' : 's'}); the archive record ${p.path} says so`,
  'job.could-not-finish': (p: { error: string }) => `upgrade-gate could not finish: ${p.error}`,
  'job.verdict': (p: { pr: number; outcome: string; summary: string }) =>
    `upgrade-gate: PR #${p.pr}: ${p.outcome}: ${p.summary}`,
  'status.could-not-evaluate': (p: { error: string }) => `Could not evaluate: ${p.error}`,
  'status.could-not-reevaluate': (p: { error: string }) => `Could not re-evaluate: ${p.error}`,
  'md.head.archived': () => '✅ upgrade-gate: merged and archived',
  'md.head.archived-violations': () => '⚠️ upgrade-gate: merged in breach of the policy, archived with violations',
  'md.head.ready': () => '✅ upgrade-gate: ready to merge',
  'md.head.config-error': () => '⛔ upgrade-gate: configuration error',
  'md.head.not-ready': () => '❌ upgrade-gate: not ready to merge',
  'md.archive': (p: { path: string }) =>
    `**Archive:** ${p.path} (and its \`.md\` beside it); check it with \`npx upgrade-gate verify\``,
  'md.window': (p: { line: string }) => `**Production window:** ${p.line}`,
  'md.window.emergency': (p: { reason: string }) => `🚨 emergency upgrade: the day rule is waived (${p.reason})`,
  'md.window.open': (p: { reason: string; flip: string }) => `✅ open: ${p.reason}${p.flip ? ` — ${p.flip}` : ''}`,
  'md.window.closed': (p: { reason: string; flip: string }) => `⛔ closed: ${p.reason}${p.flip ? ` — ${p.flip}` : ''}`,
  'md.emergency-label': (p: { label: string; by: string; at: string; earlier: number }) =>
    `**Emergency label:** ${p.label}${p.by ? ` applied by ${p.by} ${p.at}` : ''}; ${p.earlier} earlier emergenc${p.earlier === 1 ? 'y' : 'ies'} this month`,
  'md.role.approved': (p: { by: string; via: string; at: string }) =>
    `✅ approved by ${p.by}${p.via ? ` via ${p.via}` : ''}, ${p.at}`,
  'md.role.blocked': (p: { by: string }) => `❌ changes requested by ${p.by}`,
  'md.role.waiting': (p: { owners: string }) => `✗ waiting for a member of ${p.owners}`,
  'md.role.not-counted': (p: { list: string }) => ` (not counted: ${p.list})`,
  'md.roles-missing': () => 'roles are not configured',
  'md.verification': (p: { cases: number; by: string; on: string; gray: string }) =>
    `${p.cases} case(s); accepted by ${p.by} on ${p.on}; gray test ${p.gray}`,
  'md.next': () => 'What to do next',
  'md.time': (p: { date: string; time: string; zone: string }) => `${p.date} ${p.time} ${p.zone}`,
  'md.more': (p: { count: number; log: string }) =>
    `… and ${p.count} more findings${p.log ? ` in the [run log](${p.log})` : ''}`,
  'md.evaluated': (p: { at: string; run: string }) => `Evaluated at ${p.at}${p.run ? ` · [run](${p.run})` : ''}`,
  'md.sign.heading': () => 'What the approvers sign',
  'md.sign.columns': () => '| Item | As the document states it |',
  'md.sign.reason': () => 'Emergency reason',
  'md.sign.reason-value': (p: { reason: string }) =>
    `${{ 'system-failure': 'case ① of measures 3.2: a system failure stops use of the system, with wide impact', 'business-stoppage': 'case ② of measures 3.2: the system can no longer support the business, stopping it on a wide scale' }[p.reason] ?? 'not a case of measures 3.2'} (${p.reason})`,
  'md.sign.impact': () => 'Impact',
  'md.sign.justification': () => 'Why it cannot wait for the window',
  'md.sign.phone': () => 'Phone confirmation',
  'md.sign.phone-value': (p: { by: string; at: string }) => `${p.by}, ${p.at}`,
  'md.sign.email': () => "E-mail registration with the General Manager's Office",
  'md.sign.backup': () => 'Backups (data, programs, configuration scripts)',
  'md.sign.backup-part': (p: { part: 'data' | 'programs' | 'config'; method: string; location: string }) =>
    `${{ data: 'data', programs: 'programs', config: 'configuration scripts' }[p.part]}: ${p.method} → ${p.location}`,
  'md.sign.rollback': () => 'Rollback plan (restore the backup)',
  'md.sign.notice': () => 'All-staff notice',
  'md.sign.notice-value': (p: { at: string; channels: string }) => `${p.at} via ${p.channels}`,
  'md.sign.channel': (p: { channel: string }) =>
    ({ 'qq-group': 'QQ group', wechat: 'WeChat official account', email: 'e-mail' })[p.channel] ?? p.channel,
  'md.sign.gray': () => 'Gray environment test',
  'md.sign.gray-value': (p: { result: string; completed: string; report: string }) =>
    `${p.result}, ${p.completed}${p.report ? `, report ${p.report}` : ''}`,
  'md.sign.missing': (p: { part: string }) => `— ${p.part} missing`,
  'md.sign.list': (p: { items: readonly string[] }) => p.items.join('; '),
  'role.title': (p: { role: RoleTitle }) => p.role.en,
  'approval.not-counted-author': () => 'author of the pull request',
  'approval.not-counted-stale': (p: { commit: string; changed: string | undefined; more: number }) =>
    `approved ${p.commit}, then ${p.changed === undefined ? 'the change could not be compared' : `${p.changed}${p.more ? ` and ${p.more} more` : ''} changed`}`,
  'approval.not-counted-after-merge': (p: { at: string }) => `approved after the merge (${p.at})`,
  'approval.not-counted-base-changed': (p: { at: string }) => `approved before the base branch was changed (${p.at})`,
  'approval.not-counted-committer': () => 'committed to the pull request',
  'approval.not-counted-contributors-unknown': () => "the PR's commits could not all be listed",
  'emergency.applier': (p: { label: string; login: string; roles: MissingRole[]; unreadable: string }) =>
    `the "${p.label}" label was applied by @${p.login}, who is not a member of ${enRoles(p.roles)}: only they may apply it (measures 4.3), so it grants no bypass${p.unreadable ? ` (the team ${p.unreadable} could not be read: list its members under teams: or give the token organization Members read)` : ''}; ask them to remove the label and apply it again`,
  'emergency.applier-author': (p: { label: string; login: string; roles: MissingRole[] }) =>
    `the "${p.label}" label was applied by the PR author @${p.login}: an author never grants their own emergency, so it grants no bypass; only a member of ${enRoles(p.roles)} may apply it (measures 4.3): ask them to remove the label and apply it again`,
  'emergency.applier-unknown': (p: { label: string; roles: MissingRole[] }) =>
    `who applied the "${p.label}" label cannot be read from the pull request's events, so it grants no bypass: only a label applied by a member of ${enRoles(p.roles)} counts (measures 4.3); give the token "Issues: read" or "Pull requests: read", then re-run`,
  'emergency.label-without-document': (p: { label: string }) =>
    `the PR has the "${p.label}" label but no upgrade document says type: emergency: set type: emergency with an emergency section in the document, or remove the label`,
  'emergency.document-without-label': (p: { label: string }) =>
    `the document says type: emergency but the PR lacks the "${p.label}" label: add the label (it records who declared the emergency) or make the upgrade regular`,
  'emergency.label-with-regular': (p: { label: string }) =>
    `the PR is labelled "${p.label}" but this document is a regular upgrade: an emergency PR carries only emergency upgrades; move it to its own PR`,
  'emergency.budget': (p: { count: number; month: string; list: string; budget: number }) =>
    `${p.count} emergency upgrade${p.count === 1 ? '' : 's'} already merged in ${p.month} (${p.list || 'none listed'}), and the budget is ${p.budget} a month: the General Manager's Office must agree to exceed it; raise emergency.monthly-budget or set budget-severity: warning only by policy change`,
  'document.archived': (p: { path: string; id: string; record: string }) =>
    `${p.path} is an archived upgrade (NO. ${p.id}, record ${p.record}): an archived document cannot be edited, deleted or renamed (measures 3.7); revert this change and write a new document with a new NO.`,
  'archive.protected': (p: { folder: string; files: string }) =>
    `this pull request changes the archive (${p.files}): only upgrade-gate's own commits write under ${p.folder} (measures 3.7); remove these changes from the PR`,
  'policy.approval-missing': (p: { files: string; role: RoleTitle; owners: string; head: string }) =>
    `this pull request changes the policy (${p.files}): the ${p.role.en}, which owns the policy, must approve it; a member of ${p.owners} who neither wrote nor committed to it approves the current head ${p.head}`,
  'policy.approval-blocked': (p: { files: string; role: RoleTitle; login: string }) =>
    `this pull request changes the policy (${p.files}) and @${p.login} (${p.role.en}, the policy owner) requested changes: address them and ask @${p.login} to approve`,
  'policy.approval-no-role': (p: { files: string; role: string }) =>
    `this pull request changes the policy (${p.files}), but no role "${p.role}" is configured to approve policy changes: add it under roles, or name the policy owner with policy-owner: <role id>`,
  'summary.policy-approved': (p: { role: RoleTitle; login: string }) =>
    `Policy change approved by @${p.login} (${p.role.en}); no upgrade document to check`,
  'md.policy.heading': () => 'Policy change',
  'md.policy.files': (p: { files: string }) =>
    `This pull request changes the policy files ${p.files}: the policy owner must approve it, and the merge is recorded in the archive.`,
  'status.forged': (p: { state: string; creator: string; outcome: string }) =>
    `the upgrade-gate status on the merged head said ${p.state}${p.creator ? ` (set by ${p.creator})` : ''}, but the evaluation at merge time is ${p.outcome}: the check was overwritten or out of date when the PR merged`,
  'outcome.command': (p: { found: string }) =>
    `the first line is ${JSON.stringify(p.found)}: an outcome starts with /upgrade-result succeeded, /upgrade-result failed or /upgrade-result restored`,
  'outcome.unknown': (p: { word: string; guess: string }) =>
    `"${p.word}" is not an outcome: ${p.guess ? `did you mean ${p.guess}? ` : ''}write succeeded (every verification case passed), failed (a case failed) or restored (the backup was restored) after /upgrade-result`,
  'outcome.extra': (p: { extra: string }) =>
    `only the outcome goes on the first line, not ${JSON.stringify(p.extra)}: move it to notes on a line below`,
  'outcome.empty': () =>
    'nothing follows /upgrade-result: add completed_at, verification (each case passed or failed) and notes on the lines below it, e.g. "completed_at: 2026-12-03T21:40"',
  'outcome.in-yaml': () =>
    'outcome is written on the first line (/upgrade-result succeeded|failed|restored), not as a field: remove this line',
  'outcome.document-required': (p: { ids: string }) =>
    `this pull request has several upgrade documents (${p.ids}): add a line "document: <NO.>" naming the one this outcome is for`,
  'outcome.document-unknown': (p: { id: string; ids: string; guess: string }) =>
    `document ${p.id} is not an upgrade document of this pull request: ${p.guess ? `did you mean ${p.guess}? ` : ''}use one of ${p.ids}`,
  'outcome.case-missing': (p: { missing: string; example: string }) =>
    `verification does not give ${p.missing}: every verification case of the document is reported passed or failed; add ${p.example}`,
  'outcome.case-unknown': (p: { id: string; cases: string; guess: string }) =>
    `verification case ${p.id} is not in the document: ${p.guess ? `did you mean ${p.guess}? ` : ''}its cases are ${p.cases}`,
  'outcome.succeeded-failed-case': (p: { id: string }) =>
    `case ${p.id} failed, so the upgrade did not succeed (measures 4.6): write /upgrade-result failed with the cause, or restored with the backup restored`,
  'outcome.before-window': (p: { completed: string; start: string }) =>
    `completed_at (${p.completed}) is before the window starts (${p.start}): an upgrade completes after it starts; write the real time (policy time zone unless an offset is given)`,
  'outcome.future': (p: { field: string; value: string; now: string }) =>
    `${p.field} (${p.value}) is later than this comment (${p.now}): record what has happened, at the time it happened (policy time zone unless an offset is given)`,
  'outcome.notified-before-completed': (p: { notified: string; completed: string }) =>
    `notified_at (${p.notified}) is before completed_at (${p.completed}): the upgrade-complete notice (measures 4.7) goes out after completion; fix either time`,
  'outcome.reply-findings': (p: { count: number }) =>
    `The outcome was not recorded: ${p.count} problem${p.count === 1 ? '' : 's'} in the command. Edit your comment to fix ${p.count === 1 ? 'it' : 'them'} (this reply is updated), or write a new one.`,
  'commit.archive': (p: {
    documents: string;
    pr: number;
    violations: number;
    sequence: number;
    path: string;
    merged: Moment;
    zone: string;
    mergedBy: string;
    backfilled: boolean;
    rules: readonly string[];
  }) =>
    [
      `archive: ${p.documents} (PR #${p.pr})${p.violations ? ` — ${p.violations} violation(s)` : ''}`,
      '',
      `Record ${p.sequence} of the upgrade archive: ${p.path}`,
      `Merged ${enMoment(p.merged)} (${p.zone})${p.mergedBy ? ` by @${p.mergedBy}` : ''}.`,
      ...(p.backfilled ? ['Written after the merge by a scheduled run (backfilled).'] : []),
      ...(p.rules.length ? [`The merge broke the policy: ${p.rules.join(', ')}.`] : []),
    ].join('\n'),
  'commit.outcome': (p: {
    outcome: string;
    document: string;
    pr: number;
    login: string;
    sequence: number;
    path: string;
    upgrade: string;
    completed: string;
    zone: string;
  }) =>
    [
      `archive: outcome ${p.outcome} of ${p.document} (PR #${p.pr}), recorded by ${p.login}`,
      '',
      `Record ${p.sequence} of the upgrade archive: ${p.path}, the outcome of ${p.upgrade}.`,
      `Completed ${p.completed} (${p.zone}).`,
    ].join('\n'),
  'outcome.reply-finding': (p: { line: number; column: number; rule: string; message: string }) =>
    `line ${p.line}, column ${p.column} (\`${p.rule}\`): ${p.message}`,
  'outcome.reply-comment': () => 'comment',
  'outcome.not-allowed': (p: { login: string; people: string; roles: string }) =>
    `@${p.login} may not record this upgrade's outcome, so nothing was recorded. The outcome is recorded by the people of the upgrade document (executor, supervisor, project lead, ops lead: ${p.people || 'none named'})${p.roles ? ` or a member of ${p.roles}` : ''} (measures 4.6).`,
  'outcome.edited-by-other': (p: { login: string; author: string }) =>
    `@${p.login} edited a command written by @${p.author}: an outcome is recorded only from its author's own words, so nothing was recorded. @${p.author} can edit it, or someone who may record writes a new comment.`,
  'outcome.not-merged': () =>
    "This pull request is not merged: an upgrade's outcome is recorded after it was merged and executed (measures 4.6). Nothing was recorded; comment /upgrade-result again once the upgrade has run.",
  'outcome.not-upgrade': () =>
    'This pull request changes no upgrade document, so it has no outcome to record. Nothing was recorded.',
  'outcome.no-record': (p: { folder: string }) =>
    `This upgrade has no archive record in ${p.folder}/ yet (its merge run did not finish), so the outcome cannot be chained to it. The next scheduled run writes the record; edit this comment after that to record the outcome.`,
  'outcome.recorded': (p: { outcome: string; path: string; login: string }) =>
    `Recorded: ${p.outcome} by @${p.login}, appended to the archive as ${p.path}.`,
  'outcome.pending': (p: { hours: number; merged: string; people: string }) =>
    `No outcome has been recorded ${p.hours} hours after the merge (${p.merged}): ${p.people || 'the executor'} comment /upgrade-result succeeded, failed or restored once the verification cases have run (measures 4.6).`,
  'outcome.overdue': (p: { id: string; pr: number; end: string; days: number }) =>
    `${p.id} (PR #${p.pr}): the window ended ${p.end}, more than ${p.days} days ago, and no outcome (succeeded, failed, restored) is recorded: the archive cannot show whether the upgrade worked (measures 3.7, 4.6); the people of the upgrade record it with /upgrade-result on the PR`,
  'outcome.example': () =>
    'A complete command looks like this (every verification case of the document, times in the policy time zone):\n\n```\n/upgrade-result succeeded\ncompleted_at: 2026-12-03T21:40\nverification:\n  V-1: passed\n  V-2: passed\nnotes: started, routine checks and the verification cases passed\nnotified_at: 2026-12-03T21:50\n```\n\nfailed adds `cause:`, restored adds `backup_restored:`; with several documents, `document:` names the NO.',
  'document.unreadable': (p: {
    path: string;
    kind: 'symlink' | 'submodule' | 'folder' | 'missing' | 'unlisted';
    target: string;
  }) =>
    p.kind === 'unlisted'
      ? `${p.path} is changed or removed by this pull request, and whether an archive record names it cannot be checked: GitHub lists this repository's tree only in part (over 100,000 entries or 7 MB), so the change is refused unseen; add the change as a new document with a new NO. instead`
      : `${p.path} could not be read as an upgrade document at the head commit (${p.kind}): ${p.kind === 'symlink' ? `it is a symbolic link${p.target ? ` (to ${p.target})` : ''}` : p.kind === 'submodule' ? `it is a submodule${p.target ? ` (${p.target})` : ''}` : p.kind === 'folder' ? 'it is a folder' : 'GitHub answered 404 for it'}; commit the document itself as a regular file at that path`,
  'pull-request.files': () =>
    'the PR changes more than the 3,000 files GitHub lists: upgrade documents beyond that cannot be seen; split the PR so the upgrade stands on its own',
  'yaml.encoding': () =>
    'the file is not valid UTF-8 here (it looks like GBK, ANSI or Latin-1): save it as UTF-8 (in Windows Notepad: File > Save As, Encoding "UTF-8"; "ANSI" and "Unicode" there are other encodings)',
  'yaml.nul': () =>
    'the file holds a NUL byte here, which no text saved as UTF-8 does: save it as UTF-8 text (it may be UTF-16, "Unicode" in Windows Notepad, or not a text file)',
  'yaml.utf16': () =>
    'the file is saved as UTF-16, which Windows Notepad calls "Unicode": save it as UTF-8 (File > Save As, Encoding "UTF-8")',
  'yaml.file-too-large': (p: { bytes: number; max: number }) =>
    `the file is ${p.bytes} bytes, more than the ${p.max} bytes (1 MiB) an upgrade document may have: move large attachments to separate files and reference them`,
  'yaml.too-many-entries': (p: { list: boolean; count: number; max: number }) =>
    `this ${p.list ? 'list' : 'mapping'} has ${p.count} entries, more than the ${p.max} an upgrade document may hold: split the upgrade or move the data to a referenced file`,
  'yaml.too-deep': (p: { max: number }) =>
    `the document is nested deeper than the ${p.max} levels allowed: an upgrade document never needs this, flatten it`,
  'yaml.too-many-aliases': (p: { max: number }) =>
    `more than ${p.max} aliases (*name): repeated aliases can expand into a huge document, so write the values out`,
  'yaml.alias-expansion': (p: { detail: string }) => `the aliases expand too far (${p.detail}): write the values out`,
  'yaml.alias-unresolved': (p: { name: string }) =>
    `the alias *${p.name} has no anchor &${p.name} before it: define the anchor first or write the value out`,
  'yaml.duplicate-key': () =>
    'this key appears twice in the same mapping: keep one (YAML would silently drop the other)',
  'yaml.forbidden-key': (p: { key: string }) =>
    `the key "${p.key}" is not allowed: it could change how every object behaves; rename or remove it`,
  'yaml.complex-key': () =>
    'a mapping key must be plain text, not a mapping or a list: write a plain name before the colon',
  'yaml.unknown-tag': (p: { tag: string | null; detail: string }) =>
    `${p.tag === null ? p.detail : `the tag ${p.tag} is not one YAML knows`}: remove the tag (words starting with ! or !!); upgrade documents hold plain text, numbers, lists and mappings`,
  'yaml.warning': (p: { detail: string }) => p.detail,
  'yaml.tab-indent': () => 'tabs are used for indentation: YAML allows only spaces, replace the tabs with spaces',
  'yaml.multiple-documents': () =>
    'the file holds more than one YAML document (a second ---): put each upgrade in its own file',
  'yaml.indentation': (p: { detail: string }) => `${p.detail}: check the indentation and the colons on this line`,
  'yaml.dash-space': () =>
    'there is no space after the "-" of this list item, so YAML reads the line as plain text: add a space after the "-"',
  'yaml.colon-space': (p: { key: string; value: string }) =>
    `there is no space after the colon of "${p.key}", so YAML does not read it as a field: write ${p.key}: ${p.value}`,
  'yaml.syntax': (p: { detail: string }) => `${p.detail}: fix the YAML syntax here`,
  'yaml.after-value': () =>
    'more text follows a value that has already ended (after its closing quote, or after a list at this level): put the whole value inside the quotes, remove the extra text, or indent the line under the field it belongs to',
  'yaml.unexpected-token': (p: { token: string }) =>
    `YAML cannot tell where ${p.token} belongs: one level holds either list items ("- ") or fields ("key: value"), never both, and a value holding ": " needs quotes; check the indentation and the colons on this line`,
  'yaml.bad-escape': (p: { escape: string }) =>
    `${p.escape} in double quotes is not an escape YAML knows: write \\\\ for a backslash, or put the value in single quotes`,
  'yaml.bad-scalar-start': (p: { char: string }) =>
    `a value without quotes cannot start with ${p.char}: put the value in quotes, e.g. "${p.char}..."`,
  'yaml.block-scalar-indent': (p: { leadingEmpty: boolean }): string =>
    p.leadingEmpty
      ? 'the text after | or > starts with blank lines indented more than its first line: remove the spaces on those blank lines'
      : 'a line of the text after | or > is indented less than its first line: indent every line of the text at least as far as the first',
  'document.empty': () =>
    'the document is empty: start from examples/upgrades/ or the schema in schemas/upgrade.schema.json',
  'schema.more': (p: { count: number }) =>
    `${p.count} more schema errors are not listed: fix the ones above first, or start again from a file in examples/upgrades/`,
  'schema.missing': (p: { field: string; key: string; what: Bilingual; example: string | undefined }) =>
    `${p.field} is missing: add ${p.what.en || p.key}${eg(p.example)}`,
  'schema.recased': (p: { field: string; lower: string }) =>
    `${p.field} is written with capitals: names here are lowercase, write ${p.lower}`,
  'schema.unknown-field': (p: {
    field: string;
    parent: string | undefined;
    root: 'document' | 'config' | 'outcome';
    guess: string | undefined;
    known: string[];
  }) =>
    `${p.field} is not a field of ${p.parent ?? ROOT_NAME[p.root]}: ${p.guess ? `did you mean ${p.guess}?` : `remove it or use one of ${p.known.join(', ')}`}`,
  'schema.type': (p: {
    field: string | undefined;
    want: string;
    actual: ValueShape;
    quote: string | undefined;
    example: string | undefined;
  }) =>
    `${p.field ?? 'the document'} must be ${WANT[p.want] ?? `a ${p.want}`}, found ${enFound(p.actual)}${
      p.quote !== undefined
        ? `: put it in quotes ("${p.quote}") so YAML keeps it as text`
        : p.example !== undefined
          ? `: write it like ${p.example}`
          : p.want === 'object'
            ? ': write it as a mapping of fields (one "key: value" per line), as in examples/upgrades/'
            : p.want === 'array'
              ? ': write it as a list ("- item" lines or [a, b])'
              : ': correct the value'
    }`,
  'schema.enum': (p: { field: string | undefined; actual: ValueShape; guess: string | undefined; allowed: string[] }) =>
    `${p.field ?? 'the document'} is ${enValue(p.actual)}, which is not allowed: ${p.guess ? `did you mean ${p.guess}? ` : ''}use one of ${p.allowed.join(', ')}`,
  'schema.const': (p: { field: string | undefined; actual: ValueShape; allowed: string }) =>
    `${p.field ?? 'the document'} is ${enValue(p.actual)}: write ${p.allowed}`,
  'schema.format': (p: {
    field: string | undefined;
    actual: ValueShape;
    format: string;
    suggestion: string | undefined;
    example: string | undefined;
  }) =>
    `${p.field ?? 'the document'} is ${enValue(p.actual)}, which is not ${FORMAT[p.format] ?? `a valid ${p.format}`}${p.suggestion ? `: write ${p.suggestion}` : eg(p.example)}`,
  'schema.enum-chinese': (p: { field: string | undefined; actual: ValueShape; value: string; allowed: string[] }) =>
    `${p.field ?? 'the document'} is ${enValue(p.actual)}: the values here are written in English; write ${p.value} (one of ${p.allowed.join(', ')})`,
  'schema.chinese-key': (p: { field: string; key: string }) =>
    `${p.field} is a field name in Chinese: field names are written in English; write ${p.key}`,
  'schema.login': (p: { field: string | undefined; actual: ValueShape }) =>
    `${p.field ?? 'the document'} is ${enValue(p.actual)}, which is not a GitHub login: write the person's GitHub login (letters, digits and hyphens, e.g. zhang-wei), not their name`,
  'schema.pattern': (p: {
    field: string | undefined;
    actual: ValueShape;
    what: Bilingual;
    example: string | undefined;
  }) =>
    `${p.field ?? 'the document'} is ${enValue(p.actual)}, which is not ${p.what.en || 'in the expected form'}${eg(p.example)}`,
  'schema.empty-text': (p: { field: string | undefined; what: Bilingual; example: string | undefined }) =>
    `${p.field ?? 'the document'} is empty: write ${p.what.en || 'a value'}${eg(p.example)}`,
  'schema.empty-list': (p: { field: string | undefined; limit: number; example: string | undefined }) =>
    `${p.field ?? 'the document'} is an empty list: add at least ${p.limit} entr${p.limit === 1 ? 'y' : 'ies'}${eg(p.example)}`,
  'schema.repeated': (p: { field: string | undefined }) =>
    `${p.field ?? 'the document'} lists the same entry twice: remove the repeat`,
  'schema.range': (p: { field: string | undefined; actual: ValueShape; least: boolean; limit: number }) =>
    `${p.field ?? 'the document'} is ${enValue(p.actual)}: use a value ${p.least ? 'of at least' : 'of at most'} ${p.limit}`,
  'schema.one-of': (p: {
    field: string | undefined;
    actual: ValueShape;
    what: Bilingual;
    example: string | undefined;
  }) =>
    `${p.field ?? 'the document'} is ${enFound(p.actual)}: write ${p.what.en || 'one of the allowed forms'}${eg(p.example)}`,
  'schema.other': (p: { field: string | undefined; detail: string }) =>
    `${p.field ?? 'the document'} ${p.detail || 'is not valid'}: see its description in the JSON Schema`,
  'cli.unknown-command': (p: { command: string }) => `unknown command "${p.command}"`,
  'cli.bad-option': (p: { detail: string }) => p.detail,
  'cli.unknown-option': (p: { option: string }) =>
    `unknown option ${p.option}: check its spelling against the options below; a path that starts with a dash goes after --, as in -- ${p.option}`,
  'cli.option-value-missing': (p: { option: string; followedByOption: boolean }) =>
    `option ${p.option} needs a value${p.followedByOption ? ', and what follows it looks like another option' : ''}: write ${p.option} VALUE, or ${p.option}=-VALUE for a value that starts with a dash`,
  'cli.option-takes-no-value': (p: { option: string }) =>
    `option ${p.option} takes no value: write it alone, without =VALUE`,
  'cli.unexpected-argument': (p: { argument: string }) =>
    `unexpected argument "${p.argument}": this command takes no such argument; remove it`,
  'cli.bad-lang': (p: { value: string; allowed: string[] }) =>
    `--lang must be ${p.allowed.join(' or ')}, not "${p.value}"`,
  'cli.bad-format': (p: { value: string; allowed: string[] }) =>
    `--format must be ${p.allowed.length > 2 ? `${p.allowed.slice(0, -1).join(', ')} or ${p.allowed[p.allowed.length - 1]}` : p.allowed.join(' or ')}, not "${p.value}"`,
  'cli.no-such-path': (p: { paths: string }) => `no such file, folder or matching glob: ${p.paths}`,
  'cli.no-yaml': (p: { paths: string }) => `no .yaml or .yml files in ${p.paths}`,
  'cli.no-documents': (p: { glob: string; folder: string }) =>
    `no documents match "${p.glob}" under ${p.folder}: pass a file or folder`,
  'cli.need-documents': () => 'name at least one upgrade document',
  'cli.need-paths': () => 'name at least one PATH',
  'cli.no-codeowners': (p: { places: string }) => `no CODEOWNERS file in ${p.places}: pass --codeowners FILE`,
  'cli.cannot-read': (p: { file: string; reason: string }) =>
    `cannot read ${p.file} (${p.reason}): check the path and that the file is readable`,
  'cli.input-folder': (p: { file: string }) => `${p.file} is a folder, not a file: name the file itself`,
  'cli.input-symlink': (p: { file: string }) =>
    `${p.file} is a symbolic link: upgrade-gate never reads where a link points, and on GitHub the Action refuses an upgrade document that is a link as well (document.unreadable); commit the document itself as a regular file at that path`,
  'cli.input-special': (p: { file: string }) =>
    `${p.file} is not a regular file (a device, pipe or socket): upgrade-gate reads only regular files, name the file itself`,
  'cli.input-too-large': (p: { file: string; bytes: number; max: number }) =>
    `${p.file} is ${p.bytes} bytes, more than the ${p.max} bytes upgrade-gate reads from such a file: check that it is the right file`,
  'cli.summary': (p: { documents: number; errors: number; warnings: number }) =>
    `${p.documents} document${p.documents === 1 ? '' : 's'}: ${p.errors} error${p.errors === 1 ? '' : 's'}, ${p.warnings} warning${p.warnings === 1 ? '' : 's'}`,
  'cli.verified': (p: { records: number }) =>
    `${p.records} record${p.records === 1 ? '' : 's'} verified: the archive is intact`,
  'cli.repo-form': (p: { value: string }) =>
    `--repo must be OWNER/NAME, such as --repo acme/deploy${p.value ? `, not "${p.value}"` : ''}`,
  'cli.no-token': () =>
    'no token: set GITHUB_TOKEN (or GH_TOKEN) to a token that can read the repository, e.g. GITHUB_TOKEN=$(gh auth token)',
  'cli.repo-unreadable': (p: { repo: string; error: string }) => `could not read ${p.repo}: ${p.error}`,
  'cli.dir-or-repo': () => 'give either DIR or --repo, not both',
  'cli.date-or-time-form': (p: { option: string; text: string; zone: string }) =>
    `${p.option} "${p.text}" is not a date or time: write 2026-12-01, 2026-12-01T08:00 (${p.zone}) or 2026-12-01T00:00:00.000Z`,
  'cli.time-form': (p: { text: string; zone: string; now: boolean }) =>
    `--at "${p.text}" is not a time: write ${p.now ? 'now, ' : ''}2026-11-26T20:00 (${p.zone}), 2026-11-26T12:00:00.000Z or 2026-11-26T20:00+08:00`,
  'cli.report-unverified': (p: { count: number }) =>
    `the archive fails verification (${p.count} problem${p.count === 1 ? '' : 's'}), so no report is printed: a listing of edited, missing or reordered records proves nothing. Check the problems below with upgrade-gate verify:`,
  // The Markdown report of `upgrade-gate report`: in English the report shows each piece as "English · 中文".
  'report.title': () => 'Upgrade report',
  'report.counts': (p: { count: number; violations: number }) =>
    `${p.count} upgrade${p.count === 1 ? '' : 's'}, ${p.violations} with violations`,
  'report.outcomes-label': () => 'Outcomes',
  'report.outcomes': (p: { succeeded: number; failed: number; restored: number; pending: number; none: number }) =>
    `${p.succeeded} succeeded, ${p.failed} failed, ${p.restored} restored, ${p.pending} pending, ${p.none} not yet due`,
  'report.column.merged': () => 'Merged',
  'report.column.no': () => 'NO.',
  'report.column.system': () => 'System',
  'report.column.version': () => 'Version',
  'report.column.type': () => 'Type',
  'report.column.approvers': () => 'Approvers',
  'report.column.violations': () => 'Violations',
  'report.column.outcome': () => 'Outcome',
  'report.column.completed': () => 'Completed',
  'report.column.verified-by': () => 'Verified by',
  'report.backfilled': () => 'backfilled',
  'report.none': () => 'none',
  'report.findings': () => 'Audit findings',
  'report.emergencies': () =>
    'Emergency upgrades per month (one per emergency document, as the monthly budget counts them)',
  /** A record's values as they are; the Chinese report says them in Chinese. */
  'report.merged': (p: { weekday: string; date: string; time: string; zone: string }) =>
    `${p.weekday} ${p.date} ${p.time} ${p.zone}`,
  'report.type': (p: { type: string }) => p.type,
  'report.outcome': (p: { outcome: string }) => p.outcome,
  'cli.config-missing': (p: { file: string }) =>
    `the configuration file ${p.file} does not exist: check the --config path`,
  'cli.codeowners-missing': (p: { file: string }) =>
    `the CODEOWNERS file ${p.file} does not exist: check the --codeowners path`,
  'cli.role-form': (p: { option: string; spec: string; ids: readonly string[]; config: string }) =>
    `${p.option} ${p.spec}: the role must be ${p.ids.length ? p.ids.join(' or ') : `a role id of ${p.config}`}, or a team such as @acme/gm-office`,
  'cli.approver-form': (p: { option: string; spec: string }) =>
    `${p.option} ${p.spec}: write LOGIN or LOGIN:ROLE (a role id, or a team such as @acme/gm-office), such as ${p.option} li-lei:center-lead`,
  'cli.unknown-approver': (p: { login: string; config: string; option: string; role: string }) =>
    `${p.login} is in no team that ${p.config} lists and is no role owner; write ${p.option} ${p.login}:${p.role} to assume one`,
  'cli.verdict': (p: { outcome: string; summary: string }) => `${p.outcome}: ${p.summary}`,
  'yaml.full-width-colon': (p: { key: string }) =>
    `the colon after "${p.key}" is the full-width colon "：" (U+FF1A), which YAML does not read as a colon: type the ASCII colon ":" followed by a space (switch the input method to English punctuation)`,
  'yaml.full-width-indent': (p: { code: 'U+3000' | 'U+00A0' }) =>
    `this line is indented with ${p.code === 'U+3000' ? 'a full-width space' : 'a no-break space'} (${p.code}), which YAML does not read as a space: replace it with ordinary spaces (switch the input method to half-width)`,
  'yaml.full-width-after-colon': (p: { code: 'U+3000' | 'U+00A0' }) =>
    `the space after the colon is ${p.code === 'U+3000' ? 'a full-width space' : 'a no-break space'} (${p.code}), which YAML does not read as a space: replace it with an ordinary space (switch the input method to half-width)`,
  'yaml.full-width-dash': () =>
    'this list item starts with the full-width dash "－" (U+FF0D), which YAML does not read as a list item: type the ASCII "-" followed by a space (switch the input method to half-width)',
  'yaml.full-width-after-dash': (p: { code: 'U+3000' | 'U+00A0' }) =>
    `the space after the list's "-" is ${p.code === 'U+3000' ? 'a full-width space' : 'a no-break space'} (${p.code}), which YAML does not read as a space: replace it with an ordinary space (switch the input method to half-width)`,
  'yaml.full-width-bracket': () =>
    'the list starts with the full-width bracket "［" (U+FF3B), which YAML reads as text: write the list with the ASCII brackets [ and ], or as "- item" lines',
  'yaml.full-width-comma': () =>
    'the items of this list are separated by the full-width comma "，" (U+FF0C), which YAML reads as part of one item: separate them with the ASCII comma "," and a space; if the comma belongs to the text, put the item in quotes',
  'yaml.full-width-quotes': (p: { open: string; close: string }) =>
    `the value is wrapped in the full-width quotation marks ${p.open}${p.close}, which YAML keeps as part of the text: use the ASCII quotes "…" or none (switch the input method to English punctuation)`,
  'time.year': (p: { field: string; text: string; year: number; first: number; last: number }) =>
    `${p.field} ${p.text} is in the year ${String(p.year).padStart(4, '0')}, which is surely a typing mistake: write a year from ${p.first} to ${p.last}`,
  'time.gap': (p: { field: string; text: string; zone: string; from: string; to: string; date: string }) =>
    `${p.field} ${p.text} does not exist in ${p.zone}: that night the clocks jump from ${p.from} to ${p.to} (daylight saving time begins); write a time the clock will show, such as ${p.date}T${p.to}, or write the offset`,
  'time.ambiguous': (p: { field: string; text: string; zone: string; earlier: string; later: string }) =>
    `${p.field} ${p.text} happens twice in ${p.zone}: the clocks go back that night (daylight saving time ends); write which one with its offset: ${p.earlier} (the first) or ${p.later} (the second)`,
  'config.time-zone': (p: { zone: string; meant: string }) =>
    `time-zone "${p.zone}" is not an IANA time zone this runtime knows: ${p.meant ? `use ${p.meant}` : 'use the Area/City name of the place whose clock you mean, such as Asia/Shanghai or Europe/Berlin'}`,
  'config.time-zone-abbreviation': (p: { zone: string; database: string; meant: string; others: string[] }) =>
    `time-zone "${p.zone}" is an abbreviation, not a time zone${p.database ? ` (the tz database reads it as ${p.database})` : ''}: use ${p.meant}${p.others.length ? ` (or ${p.others.join(', ')}, if that is the place meant)` : ''}`,
  'config.time-zone-alias': (p: { zone: string; meant: string }) =>
    `time-zone "${p.zone}" is an old alias the tz database keeps only for compatibility: use ${p.meant}`,
  'config.time-zone-offset': (p: { zone: string; meant: string }) =>
    `time-zone "${p.zone}" is a fixed offset, not a time zone: it misses the clock changes of a real place; ${p.meant ? `use ${p.meant}` : 'use the Area/City name of the place whose clock you mean'}`,
  'config.freeze-order': (p: { index: number; name: string; from: string; to: string }) =>
    `freezes[${p.index}] "${p.name}" ends (${p.to}) before it starts (${p.from}): swap the dates`,
  'config.rule-unknown': (p: { id: string; guess: string }) =>
    `rules: "${p.id}" is not a rule id: ${p.guess ? `did you mean ${p.guess}?` : 'see the rule table in the README for the ids'}`,
  'config.applied-by-role': (p: { role: string; roles: string[] }) =>
    `emergency.applied-by names "${p.role}", which is not a role under roles (${p.roles.join(', ')}): name a configured role whose members may apply the emergency label`,
  'config.role-title': (p: { role: string }) =>
    `roles: "${p.role}" has no title in both languages: add title: { en: "…", zh: "…" } (the name shown on the approval form, the comment and the records); only center-lead and general-office have built-in titles`,
  'config.role-members-teams': (p: { role: string; teams: string }) =>
    `roles.${p.role}.members lists people for a role whose owners name several teams (${p.teams}), so it cannot say which team each one is in: list each team's members under teams: { "@org/team": [login, ...] } instead and remove members`,
  'config.team-unreadable': (p: { team: string; status: number }) =>
    `the token cannot read team ${p.team} (HTTP ${p.status} from GET /orgs/{org}/teams/{team}/members), which owns an upgrade document for a role: the workflow's GITHUB_TOKEN cannot read teams; give the Action a GitHub App token or a token with the organization permission "Members: read", or list the team's members in the configuration under teams: { "${p.team}": [login, ...] }`,
  'config.policy-owner': (p: { role: string; roles: string }) =>
    `policy-owner: "${p.role}" is not one of the configured roles (${p.roles}): name the role whose approval a change to the policy files needs`,
  'config.roles': (p: { file: string }) =>
    `no roles are configured: add a roles section to ${p.file} naming the CODEOWNERS owners of center-lead and general-office, e.g. roles: { center-lead: { owners: ["@acme/rd-leads"] }, general-office: { owners: ["@acme/gm-office"] } }`,
} as const;
