import { existsSync, readFileSync } from 'node:fs';
import { loadPolicyConfig } from '../policy/load-policy.js';
import { dirname, join, relative, resolve } from 'node:path';
import { CHAIN_HEAD, ChainHeadError, parseChainHead } from '../archive/layout.js';
import { policyMonth } from '../time/calendar.js';
import { CONFIG_PATH, roleIds, type PolicyConfig } from '../policy/config.js';
import { loadUpgradeDocument, readableParts } from '../document/load-document.js';
import { evaluate } from '../policy/evaluate.js';
import { configuredTeams, normalizeLogin, ownerKey } from '../policy/login.js';
import { evidencePaths } from '../policy/rules/evidence.exists.js';
import type { PullRequestSnapshot } from '../policy/snapshot.js';
import { renderMarkdown } from '../report/markdown.js';
import { findingLine } from '../report/text.js';
import { isValidDate, readTime } from '../time/local-time.js';
import { localTimeProblem } from '../time/local-time-problem.js';
import { messages } from '../messages/index.js';
import { commandLanguage, documentArguments, HELP_OPTION, LANG_OPTION, parseCommand, usageCatalog, commandHelp } from './command.js';
import type { CliIo } from './io.js';
import { repoFileLookup } from './repo-files.js';
import { findRepoRoot } from './repo-root.js';
import { codeownersIn } from './owners.js';

/** This month's emergencies from the local archive's chain head, as the Action reads them on GitHub (a malformed head throws). */
function localEmergencies(root: string, folder: string, month: string): PullRequestSnapshot['emergenciesThisMonth'] {
  const file = join(root, folder, CHAIN_HEAD);
  const head = parseChainHead(existsSync(file) ? readFileSync(file, 'utf8') : undefined, relative(root, file));
  return head?.emergencies[month] ?? [];
}

/**
 * The labels as given on the command line: offline there is no event to read, so who applied each is
 * what `L:LOGIN` says (their roles as the configuration lists them). `--label emergency` alone stands
 * for a label a member of the first role under emergency.applied-by applied, assumed as such.
 */
function simulatedLabels(specs: string[], config: PolicyConfig, membership: PullRequestSnapshot['membership']): PullRequestSnapshot['labels'] {
  return specs.map((spec) => {
    const at = spec.lastIndexOf(':');
    // A label name may hold a colon itself ("type: bug"); only a login after the last one names who applied it.
    if (at > 0 && /^@?[A-Za-z0-9][A-Za-z0-9-]*(\[bot\])?$/.test(spec.slice(at + 1))) return { name: spec.slice(0, at), appliedBy: spec.slice(at + 1).replace(/^@/, '') };
    if (spec !== config.emergency.label) return { name: spec };
    const role = config.roles?.[config.emergency['applied-by'][0]!];
    const assumed = `${config.emergency['applied-by'][0]}-member`;
    for (const team of (role?.owners ?? []).filter((o) => o.includes('/')).map(ownerKey)) (membership[team] ??= { members: [] }).members.push(assumed);
    return { name: spec, appliedBy: role?.owners.find((o) => !o.includes('/'))?.replace(/^@/, '') ?? assumed };
  });
}

/** `upgrade-gate simulate`: "if the center lead approves, can this merge on Thursday at 20:00?" */
export async function runSimulate(argv: string[], io: CliIo, clock: () => Date): Promise<number> {
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
  const usage = (msg: string) => {
    io.err(`upgrade-gate simulate: ${msg}`);
    return 2;
  };
  const language = commandLanguage('simulate', values.lang, io);
  if (typeof language === 'number') return language;
  const u = usageCatalog(argv, io);
  if (!['md', 'json', 'text'].includes(values.format!)) return usage(u['cli.bad-format']({ value: String(values.format), allowed: ['md', 'json', 'text'] }));
  if (positionals.length === 0) return usage(`${u['cli.need-documents']()}\n\n${commandHelp('simulate', argv, io)}`);
  const files = await documentArguments('simulate', positionals, io, values.config, language);
  if (typeof files === 'number') return files;

  const root = findRepoRoot(dirname(resolve(io.cwd, files[0]!)), io.cwd);
  const configFile = values.config ? resolve(io.cwd, values.config) : join(root, CONFIG_PATH);
  if (values.config && !existsSync(configFile)) return usage(`the configuration file ${values.config} does not exist`);
  const configText = existsSync(configFile) ? readFileSync(configFile, 'utf8') : undefined;
  const configPath = relative(io.cwd, configFile) || configFile;
  const { config, findings: configFindings } = loadPolicyConfig(configText, configPath, language);
  const found = codeownersIn(root, io.cwd);
  const codeownersFile = values.codeowners ? resolve(io.cwd, values.codeowners) : found && resolve(io.cwd, found);
  if (values.codeowners && !existsSync(codeownersFile!)) return usage(`the CODEOWNERS file ${values.codeowners} does not exist`);

  let now = clock();
  if (values.at && values.at !== 'now') {
    const zone = config['time-zone'];
    // A bare date means noon of that day: far from midnight, so the weekday is the one written.
    const text = isValidDate(values.at) ? `${values.at}T12:00` : values.at;
    const at = readTime(text, zone);
    if (!('instant' in at)) {
      if (at.problem === 'form') return usage(`--at "${values.at}" is not a time: write now, 2026-11-26T20:00 (${zone}), 2026-11-26T12:00:00.000Z or 2026-11-26T20:00+08:00`);
      return usage(localTimeProblem(messages(config.language), '--at', text, zone)!);
    }
    now = at.instant;
  }

  const repoPath = (f: string) => relative(root, resolve(io.cwd, f)).split('\\').join('/');
  const documents = files.map((f) => ({ path: repoPath(f), text: readFileSync(resolve(io.cwd, f), 'utf8') }));
  const evidence: Record<string, boolean> = {};
  const loadedDocs = documents.map((d) => loadUpgradeDocument(d.text, d.path));
  const docs = loadedDocs.map((l) => l.doc);
  const existsInRepo = repoFileLookup();
  for (const l of loadedDocs) for (const p of evidencePaths(readableParts(l) ?? {})) evidence[p] = existsInRepo(root, p);

  // Offline there is no team to ask: the configuration's members count, and LOGIN:ROLE (or
  // LOGIN:@org/team) assumes LOGIN is a member of that role's teams (or of that one team), as the
  // API would answer; the evaluation then binds each signature to each document's CODEOWNERS line.
  const membership: PullRequestSnapshot['membership'] = {};
  const listed = configuredTeams(config);
  const ids = roleIds(config.roles);
  const reviews: PullRequestSnapshot['reviews'] = [];
  const opinions = [
    ...values['approved-by']!.map((spec) => ({ spec, option: '--approved-by', state: 'APPROVED' as const })),
    ...values['changes-requested-by']!.map((spec) => ({ spec, option: '--changes-requested-by', state: 'CHANGES_REQUESTED' as const })),
  ];
  for (const [i, { spec, option, state }] of opinions.entries()) {
    const [login, as] = spec.replace(/^@/, '').split(':') as [string, string | undefined];
    let teams: string[] = [];
    if (as?.startsWith('@')) teams = [ownerKey(as)];
    else if (as !== undefined) {
      const role = config.roles?.[as];
      if (!role) return usage(`${option} ${spec}: the role must be ${ids.length ? ids.join(' or ') : `a role id of ${configPath}`}, or a team such as @acme/gm-office`);
      teams = role.owners.filter((o) => o.includes('/')).map(ownerKey);
    } else if (![...listed.values()].some((m) => m.includes(normalizeLogin(login))) && !ids.some((r) => config.roles![r]!.owners.some((o) => ownerKey(o) === ownerKey(login)))) {
      io.err(`upgrade-gate simulate: ${login} is in no team that ${configPath} lists and is no role owner; write ${option} ${login}:${ids[0] ?? 'center-lead'} to assume one`);
    }
    for (const t of teams) (membership[t] ??= { members: [] }).members.push(login);
    reviews.push({ id: i + 1, user: login, state, commitId: 'HEAD', submittedAt: now.toISOString() });
  }

  const labels = simulatedLabels(values.label!, config, membership);

  let emergencies: PullRequestSnapshot['emergenciesThisMonth'];
  try {
    emergencies = localEmergencies(root, config.archive.folder, policyMonth(now, config['time-zone']));
  } catch (err) {
    // A broken chain head must not read as "no emergencies this month".
    if (err instanceof ChainHeadError) return usage(err.message);
    throw err;
  }
  const firstDoc = docs.find((d) => d)?.people.project_lead;
  const snapshot: PullRequestSnapshot = {
    repository: 'local/simulation',
    pullRequest: { number: 0, title: 'simulated upgrade pull request', author: values.author ?? firstDoc ?? 'author', baseRef: 'main', baseSha: 'simulated-base', headSha: 'HEAD' },
    now: now.toISOString(),
    labels,
    changedFiles: documents.map((d) => d.path),
    documents,
    evidence,
    language,
    config: { path: configPath, text: configText },
    codeowners: codeownersFile ? { path: relative(io.cwd, codeownersFile), text: readFileSync(codeownersFile, 'utf8') } : {},
    reviews,
    changes: {},
    contributors: values.committer!,
    membership,
    emergenciesThisMonth: emergencies,
  };
  const verdict = evaluate(snapshot);
  // Show document paths as the user typed them, not relative to the repository root.
  const shown = new Map(files.map((f) => [repoPath(f), f]));
  for (const f of verdict.findings) if (f.file && shown.has(f.file)) f.file = shown.get(f.file);
  for (const d of verdict.documents) d.path = shown.get(d.path) ?? d.path;

  if (values.format === 'json') io.out(JSON.stringify(verdict, null, 2));
  else if (values.format === 'text') {
    for (const f of verdict.findings) io.out(findingLine(f));
    io.out(`${verdict.outcome}: ${verdict.summary}`);
  } else io.out(renderMarkdown(verdict, { marker: false }));
  if (configFindings.some((f) => f.severity === 'error') || verdict.outcome === 'error') return 2;
  return verdict.outcome === 'pass' ? 0 : 1;
}
