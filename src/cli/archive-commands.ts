import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { buildReport, formatReport } from '../archive/report.js';
import { readArchive, verifyArchive } from '../archive/verify.js';
import { CONFIG_PATH } from '../policy/config.js';
import { commandLanguage, HELP_OPTION, LANG_OPTION, parseCommand } from './command.js';
import type { CliIo } from './io.js';
import { loadConfigFor } from './repo-files.js';
import { findRepoRoot } from './repo-root.js';
import { toInstant } from '../time/local-time.js';

/** Help text of `upgrade-gate verify`. */
export const VERIFY_HELP = `Usage: upgrade-gate verify [DIR]

Checks the archive in DIR (default: the configured archive folder of the repository, archive/):
each record against its schema and its own sha256, the hash chain, file names, the Markdown beside
each record, the year indexes and the chain head. Any edit, deletion or reordering is named.

Exit status: 0 intact, 1 a record was edited, deleted or reordered, 2 usage error.`;

/** Help text of `upgrade-gate report`. */
export const REPORT_HELP = `Usage: upgrade-gate report [DIR] [--since YYYY-MM-DD] [--until YYYY-MM-DD] [--format md|csv|json] [--at ISO-TIME] [--lang en|zh-CN]

Lists the archived upgrades (type, approvers, violations, outcome: state, completed, verified by),
counts succeeded, failed, restored and pending upgrades, and the emergencies per month.

An upgrade with no outcome (/upgrade-result on its PR) is pending once outcome.pending-hours (24)
have passed since the merge, and an audit finding once its window ended more than
outcome.overdue-days (7) ago; both are read from the repository's .github/upgrade-gate.yml.
  --at ISO-TIME   the moment to judge pending outcomes at (policy time zone unless an offset is
                  given); default: now
  --lang en|zh-CN language of the audit findings (default: the configuration's, or the locale)`;

function archiveDir(arg: string | undefined, io: CliIo): string {
  if (arg) return resolve(io.cwd, arg);
  const root = findRepoRoot(io.cwd, io.cwd);
  const folder = existsSync(join(root, CONFIG_PATH)) ? loadConfigFor(root, undefined, io.cwd).config.archive.folder : 'archive';
  return join(root, folder);
}

/** `upgrade-gate verify`: is the archive intact? */
export function runVerify(argv: string[], io: CliIo): number {
  const parsed = parseCommand('verify', VERIFY_HELP, argv, { ...HELP_OPTION }, io);
  if (typeof parsed === 'number') return parsed;
  const dir = archiveDir(parsed.positionals[0], io);
  const { problems, records } = verifyArchive(dir);
  for (const p of problems) io.out(`${p.file}: ${p.message}`);
  if (problems.length === 0) io.out(`${records} record${records === 1 ? '' : 's'} verified: the archive is intact`);
  return problems.length ? 1 : 0;
}

/** `upgrade-gate report`: what was upgraded, approved by whom, with what violations. */
export function runReport(argv: string[], io: CliIo, clock: () => Date = () => new Date()): number {
  const parsed = parseCommand('report', REPORT_HELP, argv, { since: { type: 'string' }, until: { type: 'string' }, format: { type: 'string', default: 'md' }, at: { type: 'string' }, ...LANG_OPTION, ...HELP_OPTION }, io);
  if (typeof parsed === 'number') return parsed;
  const { values, positionals } = parsed;
  const format = values.format as 'md' | 'csv' | 'json';
  if (!['md', 'csv', 'json'].includes(format)) {
    io.err(`upgrade-gate report: --format must be md, csv or json, not "${values.format}"`);
    return 2;
  }
  for (const d of [values.since, values.until]) {
    if (d && !/^\d{4}-\d{2}-\d{2}$/.test(d)) {
      io.err(`upgrade-gate report: "${d}" is not a date written YYYY-MM-DD`);
      return 2;
    }
  }
  const dir = archiveDir(positionals[0], io);
  if (!existsSync(dir)) {
    io.err(`upgrade-gate report: ${dir} does not exist`);
    return 2;
  }
  const language = commandLanguage('report', values.lang, io);
  if (typeof language === 'number') return language;
  const { config } = loadConfigFor(findRepoRoot(dirname(dir), io.cwd), undefined, io.cwd);
  const at = values.at ? toInstant(values.at, config['time-zone']) : clock();
  if (!at) {
    io.err(`upgrade-gate report: --at "${values.at}" is not a date and time such as 2026-12-05T09:00 or 2026-12-05T01:00:00Z`);
    return 2;
  }
  const { records, problems } = readArchive(dir);
  for (const p of problems) io.err(`${p.file}: ${p.message}`);
  io.out(formatReport(buildReport(records, values.since, values.until, { at, pendingHours: config.outcome['pending-hours'], overdueDays: config.outcome['overdue-days'], language: language ?? config.language }), format));
  return 0;
}
