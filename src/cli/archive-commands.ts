import { existsSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { buildReport, formatReport } from '../archive/report.js';
import {
  checkArchiveFolder,
  localizeProblem,
  readArchiveFast,
  verifyArchive,
  type ArchiveProblem,
} from '../archive/verify.js';
import { archiveMessages } from '../messages/archive-catalog.js';
import { CONFIG_PATH } from '../policy/config.js';
import { helpText } from '../messages/help.js';
import { commandLanguage, HELP_OPTION, LANG_OPTION, localLanguage, parseCommand, usageCatalog } from './command.js';
import { readDateOrTime, readTime } from '../time/local-time.js';
import { localTimeProblem } from '../time/local-time-problem.js';
import { messages, type Catalog, type Language } from '../messages/index.js';
import type { CliIo } from './io.js';
import { loadConfigFor } from './repo-files.js';
import { verifyAgainstGit } from './git-history.js';
import { findRepoRoot } from './repo-root.js';

function archiveDir(arg: string | undefined, io: CliIo): string {
  if (arg) return resolve(io.cwd, arg);
  const root = findRepoRoot(io.cwd, io.cwd);
  const folder = existsSync(join(root, CONFIG_PATH))
    ? loadConfigFor(root, undefined, io.cwd).config.archive.folder
    : 'archive';
  return join(root, folder);
}

/** Who writes the archive: --writer, else the repository's archive.writer, else GitHub Actions. */
function archiveWriter(flag: string | undefined, io: CliIo): string {
  if (flag) return flag;
  const root = findRepoRoot(io.cwd, io.cwd);
  return existsSync(join(root, CONFIG_PATH))
    ? loadConfigFor(root, undefined, io.cwd).config.archive.writer
    : 'github-actions[bot]';
}

/** `upgrade-gate verify`: is the archive intact? */
export function runVerify(argv: string[], io: CliIo): number | Promise<number> {
  const parsed = parseCommand(
    'verify',
    argv,
    {
      writer: { type: 'string' },
      repo: { type: 'string' },
      branch: { type: 'string' },
      ...LANG_OPTION,
      ...HELP_OPTION,
    },
    io,
  );
  if (typeof parsed === 'number') return parsed;
  const language = commandLanguage('verify', parsed.values.lang, io);
  if (typeof language === 'number') return language;
  if (parsed.values.repo !== undefined) {
    if (parsed.positionals.length) {
      const local = localLanguage(language, io);
      io.err(`upgrade-gate verify: ${messages(local)['cli.dir-or-repo']()}\n\n${helpText('verify', local)}`);
      return 2;
    }
    return verifyOnline(parsed.values.repo, parsed.values.branch, parsed.values.writer, language, io);
  }
  // Asked for (--lang, the locale), else the policy's of the repository around the working folder.
  const lang = localLanguage(language, io);
  const dir = archiveDir(parsed.positionals[0], io);
  const bad = checkArchiveFolder(dir);
  if (bad?.usage) {
    io.err(
      `upgrade-gate verify: ${printable(relative(io.cwd, dir) || dir)} ${localizeProblem(bad.problem, lang).message}`,
    );
    return 2;
  }
  return verifyFolder(dir, bad?.problem, parsed.values.writer, lang, io);
}

/**
 * The threads verify and report may use, from UPGRADE_GATE_THREADS (0: this one only), else their own
 * choice; a value that is no number of threads is named on stderr, never silently ignored.
 */
function threadsWanted(io: CliIo, lang: Language): number | undefined {
  const v = (io.env ?? process.env).UPGRADE_GATE_THREADS;
  if (v === undefined || v === '') return undefined;
  if (/^\d{1,3}$/.test(v)) return Number(v);
  io.err(
    `upgrade-gate: note threads.invalid ${archiveMessages(lang)['threads.invalid']({ value: printable(v.slice(0, 40)) })}`,
  );
  return undefined;
}

/** verify of a folder: its files, then its history when it is in a Git clone. */
async function verifyFolder(
  dir: string,
  bad: ArchiveProblem | undefined,
  writer: string | undefined,
  lang: Language,
  io: CliIo,
): Promise<number> {
  const result = bad
    ? { problems: [bad], records: 0, files: [], wellFormed: [] }
    : verifyArchive(dir, undefined, await readArchiveFast(dir, undefined, threadsWanted(io, lang)));
  const { problems, records } = result;
  if (!bad) {
    const history = verifyAgainstGit(dir, result.files, result.wellFormed, archiveWriter(writer, io));
    if (history) problems.push(...history);
    else io.err(`${printable(dir)}: note git.not-a-clone ${archiveMessages(lang)['git.not-a-clone']()}`);
  }
  for (const p of problems) io.out(problemLine(localizeProblem(p, lang)));
  if (problems.length === 0) io.out(archiveMessages(lang).intact({ count: records }));
  return problems.length ? 1 : 0;
}

/** `upgrade-gate report`: what was upgraded, approved by whom, with what violations. */
export async function runReport(argv: string[], io: CliIo, clock: () => Date = () => new Date()): Promise<number> {
  const parsed = parseCommand(
    'report',
    argv,
    {
      since: { type: 'string' },
      until: { type: 'string' },
      format: { type: 'string', default: 'md' },
      at: { type: 'string' },
      writer: { type: 'string' },
      ...LANG_OPTION,
      ...HELP_OPTION,
    },
    io,
  );
  if (typeof parsed === 'number') return parsed;
  const { values, positionals } = parsed;
  const format = values.format as 'md' | 'csv' | 'json';
  if (!['md', 'csv', 'json'].includes(format)) {
    io.err(
      `upgrade-gate report: ${usageCatalog(argv, io)['cli.bad-format']({ value: String(values.format), allowed: ['md', 'csv', 'json'] })}`,
    );
    return 2;
  }
  const language = commandLanguage('report', values.lang, io);
  if (typeof language === 'number') return language;
  const dir = archiveDir(positionals[0], io);
  const bad = checkArchiveFolder(dir);
  if (bad) {
    io.err(
      `upgrade-gate report: ${printable(relative(io.cwd, dir) || dir)} ${localizeProblem(bad.problem, localLanguage(language, io)).message}`,
    );
    return 2;
  }
  // The policy of the repository around the archive: dates in --since/--until are days of its time zone.
  const { config } = loadConfigFor(findRepoRoot(dirname(dir), io.cwd), undefined, io.cwd);
  const catalog = messages(language ?? config.language);
  const times = reportTimes(values, config['time-zone'], catalog, clock);
  if (typeof times === 'string') {
    io.err(`upgrade-gate report: ${times}`);
    return 2;
  }
  const { bounds, at } = times;
  // Read once: the report lists what verify checks, and an auditor must not take a report of an
  // edited archive at face value.
  const contents = await readArchiveFast(dir, undefined, threadsWanted(io, language ?? config.language));
  const result = verifyArchive(dir, undefined, contents);
  const { problems } = result;
  // The history too, as verify checks it: a forgery committed with every hash recomputed lists as intact files.
  const history = verifyAgainstGit(dir, result.files, result.wellFormed, archiveWriter(values.writer, io));
  if (history) problems.push(...history);
  if (problems.length) {
    io.err(`upgrade-gate report: ${catalog['cli.report-unverified']({ count: problems.length })}`);
    for (const p of problems) io.err(problemLine(localizeProblem(p, language ?? config.language)));
    return 1;
  }
  io.out(
    formatReport(
      buildReport(
        contents.records.filter((r) => contents.wellFormed.has(r)),
        bounds[0],
        bounds[1],
        {
          at,
          pendingHours: config.outcome['pending-hours'],
          overdueDays: config.outcome['overdue-days'],
          language: language ?? config.language,
        },
      ),
      format,
      language ?? config.language,
    ),
  );
  return 0;
}

/** --since and --until (dates are days of the policy zone) and --at (else the clock), or what is wrong with one of them. */
function reportTimes(
  values: { since?: string; until?: string; at?: string },
  zone: string,
  catalog: Catalog,
  clock: () => Date,
): { bounds: Array<Date | undefined>; at: Date } | string {
  const bounds: Array<Date | undefined> = [];
  for (const [option, text] of [
    ['--since', values.since],
    ['--until', values.until],
  ] as const) {
    if (text === undefined) {
      bounds.push(undefined);
      continue;
    }
    const r = readDateOrTime(text, zone, option === '--until');
    if (!('instant' in r))
      return r.problem === 'form'
        ? catalog['cli.date-or-time-form']({ option, text, zone })
        : localTimeProblem(catalog, option, text, zone)!;
    bounds.push(r.instant);
  }
  if (!values.at) return { bounds, at: clock() };
  const r = readTime(values.at, zone);
  if (!('instant' in r))
    return r.problem === 'form'
      ? catalog['cli.time-form']({ text: values.at, zone, now: false })
      : localTimeProblem(catalog, '--at', values.at, zone)!;
  return { bounds, at: r.instant };
}

// Names and values come from the archive: control and bidi characters are shown escaped, never sent to the terminal.
const printable = (s: string) =>
  s.replace(
    /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );

/** One verify finding as a line: file, severity, finding id, message. */
export function problemLine(p: ArchiveProblem): string {
  return printable(`${p.file}: error ${p.id} ${p.message}`);
}

/** `upgrade-gate verify --repo`: the archive's commits as GitHub knows them, signatures included. */
async function verifyOnline(
  repoArg: string,
  branch: string | undefined,
  writer: string | undefined,
  language: Language | undefined,
  io: CliIo,
): Promise<number> {
  const t = messages(localLanguage(language, io));
  const [owner, name, extra] = repoArg.split('/');
  if (!owner || !name || extra !== undefined) {
    io.err(`upgrade-gate verify: ${t['cli.repo-form']({ value: repoArg })}`);
    return 2;
  }
  const env = io.env ?? process.env;
  const token = env.GITHUB_TOKEN || env.GH_TOKEN;
  if (!token) {
    io.err(`upgrade-gate verify: ${t['cli.no-token']()}`);
    return 2;
  }
  const [{ createOctokit }, { verifyArchiveOnline, onlineLines }, { describeApiError }] = await Promise.all([
    import('../github/octokit.js'),
    import('../github/archive-signatures.js'),
    import('../github/api-error.js'),
  ]);
  try {
    const v = await verifyArchiveOnline(
      await createOctokit(token, { calls: [] }),
      { owner, repo: name },
      { branch, configPath: CONFIG_PATH, writer, language },
    );
    for (const line of onlineLines(v)) io.out(printable(line));
    return v.problems.length ? 1 : 0;
  } catch (err) {
    // Fail closed: an archive GitHub could not be asked about is not a verified one.
    io.err(
      `upgrade-gate verify: ${t['cli.repo-unreadable']({ repo: `${owner}/${name}`, error: describeApiError(err, localLanguage(language, io)) })}`,
    );
    return 1;
  }
}
