/**
 * Every user-facing sentence a rule says, keyed by rule id (and case), so that another language is
 * one more catalog of the same shape and rules never change.
 */
export const catalog = {
  'people.two-person': (p: { login: string }) =>
    `people.executor and people.supervisor are both ${p.login}: one person executes and another supervises (measures 3.6); name a different supervisor`,
  'window.order': (p: { start: string; end: string }) =>
    `window.end (${p.end}) is not after window.start (${p.start}): the window must end after it starts; fix the dates or swap them`,
  'window.weekday': (p: { start: string; day: string; zone: string; allowed: string; next: string }) =>
    `window.start ${p.start} is a ${p.day} in ${p.zone}; regular production upgrades run on ${p.allowed} (measures 3.3): move the window to ${p.next}, or make it an emergency upgrade`,
  'gray-test.missing': () =>
    'no gray environment test is recorded: a production upgrade is first tested in the gray environment (measures 3.3); add gray_test with completed, result and report',
  'gray-test.failed': () =>
    'gray_test.result is failed: a production upgrade needs a gray test that passed; fix the release, re-run the gray test and record result: passed',
  'gray-test.before-window': (p: { completed: string; start: string }) =>
    `gray_test.completed (${p.completed}) is not before window.start (${p.start}): the gray test must finish before the production upgrade; record the real gray test time or move the window`,
  'gray-test.weekday': (p: { completed: string; day: string; expected: string }) =>
    `gray_test.completed ${p.completed} is a ${p.day}; as a rule the gray test is done on ${p.expected} (measures 3.3): fine if there was a reason, say it in the PR`,
  'notice.missing': (p: { hours: number }) =>
    `no all-staff notice is recorded: announce the upgrade at least ${p.hours} hours before the window (measures 4.4); add notification with announced_at and channels`,
  'notice.lead-time': (p: { announced: string; start: string; hours: number; latest: string }) =>
    `notification.announced_at (${p.announced}) is less than ${p.hours} hours before window.start (${p.start}): announce by ${p.latest} or move the window later`,
  'acceptance.required': () =>
    'no user acceptance is recorded: a production upgrade must have passed user verification (measures 3.1); add acceptance with verified_by, date and evidence',
  'acceptance.after-window': (p: { date: string; start: string }) =>
    `acceptance.date (${p.date}) is after window.start (${p.start}): users must accept the release before it goes to production`,
  'backup.section': (p: { part: string; what: string }) =>
    `backup.${p.part} is missing: record how the ${p.what} are backed up before execution and where the backup is kept (measures 3.5), e.g. backup.${p.part}: { method: ..., location: ... }`,
  'backup.rollback': () =>
    'rollback.plan is missing: write how the system is restored to the backup if verification fails (measures 4.6)',
  'emergency.section-missing': () =>
    'type is emergency but there is no emergency section: add emergency with reason, impact, justification and confirmation (measures 3.2, 4.3)',
  'emergency.section-unexpected': () =>
    'an emergency section is present but type is regular: set type: emergency if this is one, or remove the emergency section',
  'emergency.reason': (p: { reason: string }) =>
    `emergency.reason ${JSON.stringify(p.reason)} is not one of the two cases the measures allow (3.2): system-failure (a fault stops use of the system, wide impact) or business-stoppage (the business stops on a wide scale)`,
  'emergency.justification': (p: { length: number; min: number }) =>
    `emergency.justification is too short to explain anything (${p.length} of at least ${p.min} characters): write why this cannot wait for the next production window`,
  'emergency.justification-placeholder': () =>
    'emergency.justification is a placeholder: write why this cannot wait for the next production window',
  'emergency.confirmation': (p: { missing: string }) =>
    `emergency.confirmation.${p.missing} is missing: an emergency upgrade is confirmed by phone and registered by e-mail with the General Manager's Office before it runs (measures 4.3)`,
  'evidence.exists': (p: { field: string; path: string }) =>
    `${p.field} names ${p.path}, which does not exist in the repository: commit the file at that path (relative to the repository root) or fix the path`,
  'evidence.path': (p: { field: string; path: string; why: string }) =>
    `${p.field} ${JSON.stringify(p.path)} ${p.why}: give a path relative to the repository root, such as docs/acceptance/report.md`,
  'release.forward': (p: { from: string; to: string }) =>
    `release.to (${p.to}) is not newer than release.from (${p.from}): an upgrade installs a newer version; for a rollback write a new release with a higher version`,
  'document.unique-id': (p: { id: string; other: string }) =>
    `id ${p.id} is also used by ${p.other}: each upgrade needs its own approval form NO.`,
} as const;

/** A message key of the catalog. */
export type MessageKey = keyof typeof catalog;
