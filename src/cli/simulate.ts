import { existsSync, readlinkSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { CHAIN_HEAD, ChainHeadError, parseChainHead } from '../archive/layout.js';
import { policyMonth } from '../time/calendar.js';
import { roleIds, type LoadedConfig, type PolicyConfig } from '../policy/config.js';
import { prepare } from '../policy/prepare.js';
import { evaluate } from '../policy/evaluate.js';
import { configuredTeams, normalizeLogin, ownerKey } from '../policy/login.js';
import type { PullRequestSnapshot } from '../policy/snapshot.js';
import { renderMarkdown } from '../report/markdown.js';
import { findingLine } from '../report/text.js';
import { isValidDate, readTime } from '../time/local-time.js';
import { localTimeProblem } from '../time/local-time-problem.js';
import { messages, type Language } from '../messages/index.js';
import { logMessages } from '../messages/log-catalog.js';
import type { Finding } from '../messages/finding.js';
import type { Verdict } from '../policy/verdict.js';
import {
  commandLanguage,
  documentArguments,
  HELP_OPTION,
  LANG_OPTION,
  parseCommand,
  usageCatalog,
  commandHelp,
} from './command.js';
import type { CliIo } from './io.js';
import { readConfigFor, repoFileLookup } from './repo-files.js';
import { readInputFile, refusalText } from './input-file.js';
import { MAX_FILE_BYTES } from '../archive/archive-file.js';
import { decodeText, MAX_DOCUMENT_BYTES } from '../document/source-text.js';
import { MAX_CODEOWNERS_BYTES } from '../codeowners/parse.js';
import { findRepoRoot } from './repo-root.js';
import { codeownersIn } from './owners.js';

/** This month's emergencies from the local archive's chain head, as the Action reads them on GitHub (a malformed head throws). */
function localEmergencies(
  root: string,
  folder: string,
  month: string,
  language: Language,
): PullRequestSnapshot['emergenciesThisMonth'] {
  const file = join(root, folder, CHAIN_HEAD);
  // As every file the CLI is given: only a regular file within the archive's size limit is read (a
  // link to /dev/zero or a FIFO is refused, never waited on); a missing chain head is an empty archive.
  const read = readInputFile(file, MAX_FILE_BYTES);
  if ('refused' in read && read.refused.kind !== 'missing')
    throw new UsageError(refusalText(relative(root, file), read.refused, messages(language)));
  const text = 'bytes' in read ? read.bytes.toString('utf8') : undefined;
  const head = parseChainHead(text, relative(root, file));
  return head?.emergencies[month] ?? [];
}

/**
 * The labels as given on the command line: offline there is no event to read, so who applied each is
 * what `L:LOGIN` says (their roles as the configuration lists them). `--label emergency` alone stands
 * for a label a member of the first role under emergency.applied-by applied, assumed as such.
 */
/** --label NAME[:LOGIN] read: a label name may hold a colon itself ("type: bug"); only a login after the last one names who applied it. */
function labelSpec(spec: string): { name: string; appliedBy?: string } {
  const at = spec.lastIndexOf(':');
  if (at > 0 && /^@?[A-Za-z0-9][A-Za-z0-9-]*(\[bot\])?$/.test(spec.slice(at + 1)))
    return { name: spec.slice(0, at), appliedBy: spec.slice(at + 1).replace(/^@/, '') };
  return { name: spec };
}

function simulatedLabels(
  specs: string[],
  config: PolicyConfig,
  membership: PullRequestSnapshot['membership'],
): PullRequestSnapshot['labels'] {
  return specs.map((spec) => {
    const label = labelSpec(spec);
    if (label.appliedBy || spec !== config.emergency.label) return label;
    const role = config.roles?.[config.emergency['applied-by'][0]!];
    const assumed = `${config.emergency['applied-by'][0]}-member`;
    for (const team of (role?.owners ?? []).filter((o) => o.includes('/')).map(ownerKey))
      (membership[team] ??= { members: [] }).members.push(assumed);
    return { name: spec, appliedBy: role?.owners.find((o) => !o.includes('/'))?.replace(/^@/, '') ?? assumed };
  });
}

/** A mistake on the command line or in the local files it names: printed, exit status 2. */
class UsageError extends Error {}

/** The command line of simulate, checked. */
interface SimulateArgs {
  at?: string;
  labels: string[];
  approvedBy: string[];
  changesRequestedBy: string[];
  committers: string[];
  config?: string;
  codeowners?: string;
  author?: string;
  format: 'md' | 'json' | 'text';
  language: Language | undefined;
  /** The upgrade documents, as the user named them (folders and globs expanded). */
  files: string[];
}

/** The policy the simulation reads from the local clone (or the files the options name). */
interface LocalPolicy {
  config: PolicyConfig;
  configFindings: Finding[];
  configPath: string;
  configText: string | undefined;
  codeownersFile: string | undefined;
  codeownersText: string | undefined;
  /** The configuration as parsed, handed to prepare so it is parsed once. */
  loaded: LoadedConfig;
}

const FORMATS = ['md', 'json', 'text'] as const;

/** `upgrade-gate simulate`: "if the center lead approves, can this merge on Thursday at 20:00?" */
export async function runSimulate(argv: string[], io: CliIo, clock: () => Date): Promise<number> {
  try {
    const args = await simulateArgs(argv, io);
    if (typeof args === 'number') return args;
    return simulate(args, io, clock);
  } catch (err) {
    if (!(err instanceof UsageError)) throw err;
    io.err(`upgrade-gate simulate: ${err.message}`);
    return 2;
  }
}

/** Parses and checks the command line; a number is the exit status to return at once. */
async function simulateArgs(argv: string[], io: CliIo): Promise<SimulateArgs | number> {
  const parsed = parseCommand(
    'simulate',
    argv,
    {
      at: { type: 'string' },
      label: { type: 'string', multiple: true, default: [] as string[] },
      'approved-by': { type: 'string', multiple: true, default: [] as string[] },
      'changes-requested-by': { type: 'string', multiple: true, default: [] as string[] },
      committer: { type: 'string', multiple: true, default: [] as string[] },
      config: { type: 'string' },
      codeowners: { type: 'string' },
      author: { type: 'string' },
      format: { type: 'string', default: 'md' },
      ...LANG_OPTION,
      ...HELP_OPTION,
    },
    io,
  );
  if (typeof parsed === 'number') return parsed;
  const { values, positionals } = parsed;
  const language = commandLanguage('simulate', values.lang, io);
  if (typeof language === 'number') return language;
  const u = usageCatalog(argv, io);
  const format = FORMATS.find((f) => f === values.format);
  if (!format) throw new UsageError(u['cli.bad-format']({ value: String(values.format), allowed: [...FORMATS] }));
  if (positionals.length === 0)
    throw new UsageError(`${u['cli.need-documents']()}\n\n${commandHelp('simulate', argv, io)}`);
  const files = await documentArguments('simulate', positionals, io, values.config, language);
  if (typeof files === 'number') return files;
  return {
    at: values.at,
    labels: values.label!,
    approvedBy: values['approved-by']!,
    changesRequestedBy: values['changes-requested-by']!,
    committers: values.committer!,
    config: values.config,
    codeowners: values.codeowners,
    author: values.author,
    format,
    language,
    files,
  };
}

/** Evaluates the simulated pull request and prints the verdict: 0 pass, 1 fail, 2 error (or a broken configuration). */
function simulate(args: SimulateArgs, io: CliIo, clock: () => Date): number {
  const { files, language } = args;
  const root = findRepoRoot(dirname(resolve(io.cwd, files[0]!)), io.cwd);
  const policy = localPolicy(args, root, io);
  const { config, configPath } = policy;
  const now = simulatedNow(args.at, config, clock);

  const repoPath = (f: string) => relative(root, resolve(io.cwd, f)).split('\\').join('/');
  const documents: PullRequestSnapshot['documents'] = [];
  const unreadable: NonNullable<PullRequestSnapshot['unreadable']> = [];
  for (const f of files) {
    const read = localDocument(f, repoPath(f), io, config);
    if ('kind' in read) unreadable.push(read);
    else documents.push(read);
  }
  const changedFiles = files.map(repoPath);
  // Parsed once: prepare names the evidence to look up, and evaluate judges with the same parse.
  const labelNames = args.labels.map((spec) => ({ name: labelSpec(spec).name }));
  const policyFile = { path: configPath, text: policy.configText };
  const prepared = prepare(
    { config: policyFile, language, documents, labels: labelNames, changedFiles },
    policy.loaded,
  );
  const membership: PullRequestSnapshot['membership'] = {};
  // A broken configuration stands in with the defaults, which have no roles: the configuration's own
  // findings (in the verdict) are the news, never "the role must be ..." about roles it could not define.
  const clean = !policy.configFindings.some((f) => f.severity === 'error');
  const reviews = simulatedReviews(args, config, configPath, now, membership, io, clean);
  const labels = simulatedLabels(args.labels, config, membership);
  const emergencies = simulatedEmergencies(root, config, now);
  const firstDoc = prepared.documents.map((l) => l.doc).find((d) => d)?.people.project_lead;
  const snapshot: PullRequestSnapshot = {
    repository: 'local/simulation',
    pullRequest: {
      number: 0,
      title: 'simulated upgrade pull request',
      author: args.author ?? firstDoc ?? 'author',
      baseRef: 'main',
      baseSha: 'simulated-base',
      headSha: 'HEAD',
    },
    now: now.toISOString(),
    labels,
    changedFiles,
    documents,
    ...(unreadable.length > 0 ? { unreadable } : {}),
    evidence: localEvidence(prepared.facts.evidence, root),
    language,
    config: policyFile,
    codeowners:
      policy.codeownersFile && policy.codeownersText !== undefined
        ? { path: relative(io.cwd, policy.codeownersFile), text: policy.codeownersText }
        : {},
    reviews,
    changes: {},
    contributors: args.committers,
    membership,
    emergenciesThisMonth: emergencies,
  };
  const verdict = evaluate(snapshot, prepared);
  // Show document paths as the user typed them, not relative to the repository root.
  const shown = new Map(files.map((f) => [repoPath(f), f]));
  for (const f of verdict.findings) if (f.file && shown.has(f.file)) f.file = shown.get(f.file);
  for (const d of verdict.documents) d.path = shown.get(d.path) ?? d.path;
  printVerdict(verdict, args.format, io);
  if (policy.configFindings.some((f) => f.severity === 'error') || verdict.outcome === 'error') return 2;
  return verdict.outcome === 'pass' ? 0 : 1;
}

/** The configuration (--config, else the repository's) and CODEOWNERS (--codeowners, else where GitHub looks); a file an option names must exist. */
function localPolicy(args: SimulateArgs, root: string, io: CliIo): LocalPolicy {
  const { loaded, path: configPath, text: configText } = readConfigFor(root, args.config, io.cwd, args.language);
  // A --config that does not exist is a mistake on the command line; any other unreadable configuration is a configuration finding.
  if (args.config && !existsSync(resolve(io.cwd, args.config)))
    throw new UsageError(messages(args.language)['cli.config-missing']({ file: args.config }));
  const { config, findings: configFindings } = loaded;
  const found = codeownersIn(root, io.cwd);
  const codeownersFile = args.codeowners ? resolve(io.cwd, args.codeowners) : found && resolve(io.cwd, found);
  if (args.codeowners && !existsSync(codeownersFile!))
    throw new UsageError(messages(config.language)['cli.codeowners-missing']({ file: args.codeowners }));
  let codeownersText: string | undefined;
  if (codeownersFile) {
    const read = readInputFile(codeownersFile, MAX_CODEOWNERS_BYTES);
    if ('refused' in read)
      throw new UsageError(
        refusalText(args.codeowners ?? relative(io.cwd, codeownersFile), read.refused, messages(config.language)),
      );
    const name = args.codeowners ?? relative(io.cwd, codeownersFile);
    const decoded = decodeText(read.bytes, name, messages(config.language));
    if (decoded.text === undefined) {
      const f = decoded.finding;
      throw new UsageError(`${name}:${f.line}:${f.column}: ${f.message}`);
    }
    codeownersText = decoded.text;
  }
  return { config, configFindings, configPath, configText, codeownersFile, codeownersText, loaded };
}

/**
 * A document as the snapshot holds it: its bytes, or only its size when over the limit. A link or a
 * folder is what the Action finds unreadable at the head commit (the link never followed); any other
 * file that is not a regular file is a usage error.
 */
function localDocument(
  file: string,
  path: string,
  io: CliIo,
  config: PolicyConfig,
): PullRequestSnapshot['documents'][number] | NonNullable<PullRequestSnapshot['unreadable']>[number] {
  const full = resolve(io.cwd, file);
  const read = readInputFile(full, MAX_DOCUMENT_BYTES, { followLink: false });
  if ('bytes' in read) return { path, text: read.bytes.toString('utf8'), bytes: read.bytes };
  if (read.refused.kind === 'too-large') return { path, text: '', size: read.refused.size };
  if (read.refused.kind === 'symlink') return { path, kind: 'symlink', target: readlinkSync(full) };
  if (read.refused.kind === 'folder') return { path, kind: 'folder' };
  throw new UsageError(refusalText(file, read.refused, messages(config.language)));
}

/** The instant simulated: --at read in the policy zone (a bare date is noon), else the clock. */
function simulatedNow(at: string | undefined, config: PolicyConfig, clock: () => Date): Date {
  if (!at || at === 'now') return clock();
  const zone = config['time-zone'];
  // A bare date means noon of that day: far from midnight, so the weekday is the one written.
  const text = isValidDate(at) ? `${at}T12:00` : at;
  const read = readTime(text, zone);
  if ('instant' in read) return read.instant;
  if (read.problem === 'form')
    throw new UsageError(messages(config.language)['cli.time-form']({ text: at, zone, now: true }));
  throw new UsageError(localTimeProblem(messages(config.language), '--at', text, zone)!);
}

/** Whether each evidence file the documents name (prepare lists them) exists in the repository. */
function localEvidence(paths: string[], root: string): Record<string, boolean> {
  const existsInRepo = repoFileLookup();
  return Object.fromEntries(paths.map((p) => [p, existsInRepo(root, p)]));
}

/**
 * The reviews --approved-by and --changes-requested-by state. Offline there is no team to ask: the
 * configuration's members count, and LOGIN:ROLE (or LOGIN:@org/team) assumes LOGIN is a member of
 * that role's teams (or of that one team), as the API would answer, recorded in `membership`; the
 * evaluation then binds each signature to each document's CODEOWNERS line.
 */
function simulatedReviews(
  args: SimulateArgs,
  config: PolicyConfig,
  configPath: string,
  now: Date,
  membership: PullRequestSnapshot['membership'],
  io: CliIo,
  clean: boolean,
): PullRequestSnapshot['reviews'] {
  const listed = configuredTeams(config);
  const ids = roleIds(config.roles);
  // Roles are checked against a configuration that loaded cleanly and defines some; otherwise the
  // evaluation names what is wrong with the configuration, and a role given is simply not assumed.
  const checkRoles = clean && ids.length > 0;
  const opinions = [
    ...args.approvedBy.map((spec) => ({ spec, option: '--approved-by', state: 'APPROVED' as const })),
    ...args.changesRequestedBy.map((spec) => ({
      spec,
      option: '--changes-requested-by',
      state: 'CHANGES_REQUESTED' as const,
    })),
  ];
  return opinions.map(({ spec, option, state }, i) => {
    const parts = spec.replace(/^@/, '').split(':');
    // LOGIN or LOGIN:ROLE: a missing login or a second colon is a mistake, never read as something else.
    if (parts[0] === '' || parts.length > 2)
      throw new UsageError(messages(config.language)['cli.approver-form']({ option, spec }));
    const [login, as] = parts as [string, string | undefined];
    let teams: string[] = [];
    if (as?.startsWith('@')) teams = [ownerKey(as)];
    else if (as !== undefined) {
      // Own roles only: toString, constructor or __proto__ is no role, whatever an object inherits.
      const role = config.roles && Object.hasOwn(config.roles, as) ? config.roles[as] : undefined;
      if (role) teams = role.owners.filter((o) => o.includes('/')).map(ownerKey);
      else if (checkRoles)
        throw new UsageError(messages(config.language)['cli.role-form']({ option, spec, ids, config: configPath }));
    } else if (
      checkRoles &&
      ![...listed.values()].some((m) => m.includes(normalizeLogin(login))) &&
      !ids.some((r) => config.roles![r]!.owners.some((o) => ownerKey(o) === ownerKey(login)))
    ) {
      io.err(
        `upgrade-gate simulate: ${messages(config.language)['cli.unknown-approver']({ login, config: configPath, option, role: ids[0] ?? 'center-lead' })}`,
      );
    }
    for (const t of teams) (membership[t] ??= { members: [] }).members.push(login);
    return { id: i + 1, user: login, state, commitId: 'HEAD', submittedAt: now.toISOString() };
  });
}

/** This policy month's emergencies from the local archive; a broken chain head is a usage error, never "no emergencies this month". */
function simulatedEmergencies(
  root: string,
  config: PolicyConfig,
  now: Date,
): PullRequestSnapshot['emergenciesThisMonth'] {
  try {
    return localEmergencies(root, config.archive.folder, policyMonth(now, config['time-zone']), config.language);
  } catch (err) {
    if (err instanceof ChainHeadError) throw new UsageError(err.say(logMessages(config.language)));
    throw err;
  }
}

/** The verdict in the format asked for: JSON, one line per finding, or the Markdown of the PR comment. */
function printVerdict(verdict: Verdict, format: SimulateArgs['format'], io: CliIo): void {
  if (format === 'json') io.out(JSON.stringify(verdict, null, 2));
  else if (format === 'text') {
    for (const f of verdict.findings) io.out(findingLine(f));
    io.out(messages(verdict.language)['cli.verdict']({ outcome: verdict.outcome, summary: verdict.summary }));
  } else io.out(renderMarkdown(verdict, { marker: false }));
}
