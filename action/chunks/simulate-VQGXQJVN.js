import { createRequire as __ugCreateRequire } from 'node:module';
const require = __ugCreateRequire(import.meta.url);
import {
  findingLine
} from "./chunk-2PQJF5NJ.js";
import {
  codeownersIn
} from "./chunk-LYSUMIIU.js";
import {
  HELP_OPTION,
  LANG_OPTION,
  commandHelp,
  commandLanguage,
  documentArguments,
  findRepoRoot,
  parseCommand,
  repoFileLookup,
  usageCatalog
} from "./chunk-UBSBX42C.js";
import "./chunk-72UWC2GD.js";
import "./chunk-5YERI7UX.js";
import {
  evaluate,
  prepare
} from "./chunk-LJWCTHZ6.js";
import "./chunk-X76K2NOF.js";
import "./chunk-AOMKIC6X.js";
import {
  loadPolicyConfig
} from "./chunk-ZIFKLKNB.js";
import "./chunk-LKD4HO4Q.js";
import {
  renderMarkdown
} from "./chunk-BULIYUWY.js";
import "./chunk-AV2TIPO3.js";
import {
  CHAIN_HEAD,
  ChainHeadError,
  parseChainHead
} from "./chunk-WWOVIEBA.js";
import {
  CONFIG_PATH,
  localTimeProblem,
  roleIds
} from "./chunk-AEOB34VQ.js";
import "./chunk-UYMDZKTY.js";
import {
  configuredTeams,
  isValidDate,
  normalizeLogin,
  ownerKey,
  policyMonth,
  readTime
} from "./chunk-6XT5Q5FX.js";
import {
  messages
} from "./chunk-TG3VTIA3.js";
import {
  logMessages
} from "./chunk-YYGYZQWV.js";
import "./chunk-4V7XTYWN.js";

// src/cli/simulate.ts
import { existsSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
function localEmergencies(root, folder, month) {
  let file = join(root, folder, CHAIN_HEAD);
  return parseChainHead(existsSync(file) ? readFileSync(file, "utf8") : void 0, relative(root, file))?.emergencies[month] ?? [];
}
function labelSpec(spec) {
  let at = spec.lastIndexOf(":");
  return at > 0 && /^@?[A-Za-z0-9][A-Za-z0-9-]*(\[bot\])?$/.test(spec.slice(at + 1)) ? { name: spec.slice(0, at), appliedBy: spec.slice(at + 1).replace(/^@/, "") } : { name: spec };
}
function simulatedLabels(specs, config, membership) {
  return specs.map((spec) => {
    let label = labelSpec(spec);
    if (label.appliedBy || spec !== config.emergency.label) return label;
    let role = config.roles?.[config.emergency["applied-by"][0]], assumed = `${config.emergency["applied-by"][0]}-member`;
    for (let team of (role?.owners ?? []).filter((o) => o.includes("/")).map(ownerKey))
      (membership[team] ??= { members: [] }).members.push(assumed);
    return { name: spec, appliedBy: role?.owners.find((o) => !o.includes("/"))?.replace(/^@/, "") ?? assumed };
  });
}
var UsageError = class extends Error {
}, FORMATS = ["md", "json", "text"];
async function runSimulate(argv, io, clock) {
  try {
    let args = await simulateArgs(argv, io);
    return typeof args == "number" ? args : simulate(args, io, clock);
  } catch (err) {
    if (!(err instanceof UsageError)) throw err;
    return io.err(`upgrade-gate simulate: ${err.message}`), 2;
  }
}
async function simulateArgs(argv, io) {
  let parsed = parseCommand(
    "simulate",
    argv,
    {
      at: { type: "string" },
      label: { type: "string", multiple: !0, default: [] },
      "approved-by": { type: "string", multiple: !0, default: [] },
      "changes-requested-by": { type: "string", multiple: !0, default: [] },
      committer: { type: "string", multiple: !0, default: [] },
      config: { type: "string" },
      codeowners: { type: "string" },
      author: { type: "string" },
      format: { type: "string", default: "md" },
      ...LANG_OPTION,
      ...HELP_OPTION
    },
    io
  );
  if (typeof parsed == "number") return parsed;
  let { values, positionals } = parsed, language = commandLanguage("simulate", values.lang, io);
  if (typeof language == "number") return language;
  let u = usageCatalog(argv, io), format = FORMATS.find((f) => f === values.format);
  if (!format) throw new UsageError(u["cli.bad-format"]({ value: String(values.format), allowed: [...FORMATS] }));
  if (positionals.length === 0)
    throw new UsageError(`${u["cli.need-documents"]()}

${commandHelp("simulate", argv, io)}`);
  let files = await documentArguments("simulate", positionals, io, values.config, language);
  return typeof files == "number" ? files : {
    at: values.at,
    labels: values.label,
    approvedBy: values["approved-by"],
    changesRequestedBy: values["changes-requested-by"],
    committers: values.committer,
    config: values.config,
    codeowners: values.codeowners,
    author: values.author,
    format,
    language,
    files
  };
}
function simulate(args, io, clock) {
  let { files, language } = args, root = findRepoRoot(dirname(resolve(io.cwd, files[0])), io.cwd), policy = localPolicy(args, root, io), { config, configPath } = policy, now = simulatedNow(args.at, config, clock), repoPath = (f) => relative(root, resolve(io.cwd, f)).split("\\").join("/"), documents = files.map((f) => ({ path: repoPath(f), text: readFileSync(resolve(io.cwd, f), "utf8") })), labelNames = args.labels.map((spec) => ({ name: labelSpec(spec).name })), policyFile = { path: configPath, text: policy.configText }, prepared = prepare(
    { config: policyFile, language, documents, labels: labelNames, changedFiles: documents.map((d) => d.path) },
    policy.loaded
  ), membership = {}, reviews = simulatedReviews(args, config, configPath, now, membership, io), labels = simulatedLabels(args.labels, config, membership), emergencies = simulatedEmergencies(root, config, now), firstDoc = prepared.documents.map((l) => l.doc).find((d) => d)?.people.project_lead, snapshot = {
    repository: "local/simulation",
    pullRequest: {
      number: 0,
      title: "simulated upgrade pull request",
      author: args.author ?? firstDoc ?? "author",
      baseRef: "main",
      baseSha: "simulated-base",
      headSha: "HEAD"
    },
    now: now.toISOString(),
    labels,
    changedFiles: documents.map((d) => d.path),
    documents,
    evidence: localEvidence(prepared.facts.evidence, root),
    language,
    config: policyFile,
    codeowners: policy.codeownersFile ? { path: relative(io.cwd, policy.codeownersFile), text: readFileSync(policy.codeownersFile, "utf8") } : {},
    reviews,
    changes: {},
    contributors: args.committers,
    membership,
    emergenciesThisMonth: emergencies
  }, verdict = evaluate(snapshot, prepared), shown = new Map(files.map((f) => [repoPath(f), f]));
  for (let f of verdict.findings) f.file && shown.has(f.file) && (f.file = shown.get(f.file));
  for (let d of verdict.documents) d.path = shown.get(d.path) ?? d.path;
  return printVerdict(verdict, args.format, io), policy.configFindings.some((f) => f.severity === "error") || verdict.outcome === "error" ? 2 : verdict.outcome === "pass" ? 0 : 1;
}
function localPolicy(args, root, io) {
  let configFile = args.config ? resolve(io.cwd, args.config) : join(root, CONFIG_PATH);
  if (args.config && !existsSync(configFile))
    throw new UsageError(messages(args.language)["cli.config-missing"]({ file: args.config }));
  let configText = existsSync(configFile) ? readFileSync(configFile, "utf8") : void 0, configPath = relative(io.cwd, configFile) || configFile, loaded = loadPolicyConfig(configText, configPath, args.language), { config, findings: configFindings } = loaded, found = codeownersIn(root, io.cwd), codeownersFile = args.codeowners ? resolve(io.cwd, args.codeowners) : found && resolve(io.cwd, found);
  if (args.codeowners && !existsSync(codeownersFile))
    throw new UsageError(messages(config.language)["cli.codeowners-missing"]({ file: args.codeowners }));
  return { config, configFindings, configPath, configText, codeownersFile, loaded };
}
function simulatedNow(at, config, clock) {
  if (!at || at === "now") return clock();
  let zone = config["time-zone"], text = isValidDate(at) ? `${at}T12:00` : at, read = readTime(text, zone);
  if ("instant" in read) return read.instant;
  throw read.problem === "form" ? new UsageError(messages(config.language)["cli.time-form"]({ text: at, zone, now: !0 })) : new UsageError(localTimeProblem(messages(config.language), "--at", text, zone));
}
function localEvidence(paths, root) {
  let existsInRepo = repoFileLookup();
  return Object.fromEntries(paths.map((p) => [p, existsInRepo(root, p)]));
}
function simulatedReviews(args, config, configPath, now, membership, io) {
  let listed = configuredTeams(config), ids = roleIds(config.roles);
  return [
    ...args.approvedBy.map((spec) => ({ spec, option: "--approved-by", state: "APPROVED" })),
    ...args.changesRequestedBy.map((spec) => ({
      spec,
      option: "--changes-requested-by",
      state: "CHANGES_REQUESTED"
    }))
  ].map(({ spec, option, state }, i) => {
    let [login, as] = spec.replace(/^@/, "").split(":"), teams = [];
    if (as?.startsWith("@")) teams = [ownerKey(as)];
    else if (as !== void 0) {
      let role = config.roles?.[as];
      if (!role)
        throw new UsageError(messages(config.language)["cli.role-form"]({ option, spec, ids, config: configPath }));
      teams = role.owners.filter((o) => o.includes("/")).map(ownerKey);
    } else ![...listed.values()].some((m) => m.includes(normalizeLogin(login))) && !ids.some((r) => config.roles[r].owners.some((o) => ownerKey(o) === ownerKey(login))) && io.err(
      `upgrade-gate simulate: ${messages(config.language)["cli.unknown-approver"]({ login, config: configPath, option, role: ids[0] ?? "center-lead" })}`
    );
    for (let t of teams) (membership[t] ??= { members: [] }).members.push(login);
    return { id: i + 1, user: login, state, commitId: "HEAD", submittedAt: now.toISOString() };
  });
}
function simulatedEmergencies(root, config, now) {
  try {
    return localEmergencies(root, config.archive.folder, policyMonth(now, config["time-zone"]));
  } catch (err) {
    throw err instanceof ChainHeadError ? new UsageError(err.say(logMessages(config.language))) : err;
  }
}
function printVerdict(verdict, format, io) {
  if (format === "json") io.out(JSON.stringify(verdict, null, 2));
  else if (format === "text") {
    for (let f of verdict.findings) io.out(findingLine(f));
    io.out(messages(verdict.language)["cli.verdict"]({ outcome: verdict.outcome, summary: verdict.summary }));
  } else io.out(renderMarkdown(verdict, { marker: !1 }));
}
export {
  runSimulate
};
