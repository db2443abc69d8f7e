import { createRequire as __ugCreateRequire } from 'node:module';
const require = __ugCreateRequire(import.meta.url);
import {
  codeownersIn
} from "./chunk-WDL2JGXM.js";
import {
  findingLine
} from "./chunk-RT7CVDL5.js";
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
} from "./chunk-O6OQD7L3.js";
import {
  evaluate
} from "./chunk-EYUAMKR6.js";
import "./chunk-EK2G5CZP.js";
import "./chunk-LKD4HO4Q.js";
import {
  loadUpgradeDocument,
  readableParts
} from "./chunk-43OQ3DFB.js";
import {
  evidencePaths,
  loadPolicyConfig
} from "./chunk-GVNJG2VB.js";
import {
  renderMarkdown
} from "./chunk-7RO5ZUBT.js";
import {
  CHAIN_HEAD,
  ChainHeadError,
  parseChainHead
} from "./chunk-5WQADOIN.js";
import {
  CONFIG_PATH,
  configuredTeams,
  isValidDate,
  localTimeProblem,
  normalizeLogin,
  ownerKey,
  policyMonth,
  readTime,
  roleIds
} from "./chunk-BTIUMM7O.js";
import {
  messages
} from "./chunk-M5FIWZIL.js";
import "./chunk-4V7XTYWN.js";

// src/cli/simulate.ts
import { existsSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
function localEmergencies(root, folder, month) {
  let file = join(root, folder, CHAIN_HEAD);
  return parseChainHead(existsSync(file) ? readFileSync(file, "utf8") : void 0, relative(root, file))?.emergencies[month] ?? [];
}
function simulatedLabels(specs, config, membership) {
  return specs.map((spec) => {
    let at = spec.lastIndexOf(":");
    if (at > 0 && /^@?[A-Za-z0-9][A-Za-z0-9-]*(\[bot\])?$/.test(spec.slice(at + 1))) return { name: spec.slice(0, at), appliedBy: spec.slice(at + 1).replace(/^@/, "") };
    if (spec !== config.emergency.label) return { name: spec };
    let role = config.roles?.[config.emergency["applied-by"][0]], assumed = `${config.emergency["applied-by"][0]}-member`;
    for (let team of (role?.owners ?? []).filter((o) => o.includes("/")).map(ownerKey)) (membership[team] ??= { members: [] }).members.push(assumed);
    return { name: spec, appliedBy: role?.owners.find((o) => !o.includes("/"))?.replace(/^@/, "") ?? assumed };
  });
}
async function runSimulate(argv, io, clock) {
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
  let { values, positionals } = parsed, usage = (msg) => (io.err(`upgrade-gate simulate: ${msg}`), 2), language = commandLanguage("simulate", values.lang, io);
  if (typeof language == "number") return language;
  let u = usageCatalog(argv, io);
  if (!["md", "json", "text"].includes(values.format)) return usage(u["cli.bad-format"]({ value: String(values.format), allowed: ["md", "json", "text"] }));
  if (positionals.length === 0) return usage(`${u["cli.need-documents"]()}

${commandHelp("simulate", argv, io)}`);
  let files = await documentArguments("simulate", positionals, io, values.config, language);
  if (typeof files == "number") return files;
  let root = findRepoRoot(dirname(resolve(io.cwd, files[0])), io.cwd), configFile = values.config ? resolve(io.cwd, values.config) : join(root, CONFIG_PATH);
  if (values.config && !existsSync(configFile)) return usage(`the configuration file ${values.config} does not exist`);
  let configText = existsSync(configFile) ? readFileSync(configFile, "utf8") : void 0, configPath = relative(io.cwd, configFile) || configFile, { config, findings: configFindings } = loadPolicyConfig(configText, configPath, language), found = codeownersIn(root, io.cwd), codeownersFile = values.codeowners ? resolve(io.cwd, values.codeowners) : found && resolve(io.cwd, found);
  if (values.codeowners && !existsSync(codeownersFile)) return usage(`the CODEOWNERS file ${values.codeowners} does not exist`);
  let now = clock();
  if (values.at && values.at !== "now") {
    let zone = config["time-zone"], text = isValidDate(values.at) ? `${values.at}T12:00` : values.at, at = readTime(text, zone);
    if (!("instant" in at))
      return at.problem === "form" ? usage(`--at "${values.at}" is not a time: write now, 2026-11-26T20:00 (${zone}), 2026-11-26T12:00:00.000Z or 2026-11-26T20:00+08:00`) : usage(localTimeProblem(messages(config.language), "--at", text, zone));
    now = at.instant;
  }
  let repoPath = (f) => relative(root, resolve(io.cwd, f)).split("\\").join("/"), documents = files.map((f) => ({ path: repoPath(f), text: readFileSync(resolve(io.cwd, f), "utf8") })), evidence = {}, loadedDocs = documents.map((d) => loadUpgradeDocument(d.text, d.path)), docs = loadedDocs.map((l) => l.doc), existsInRepo = repoFileLookup();
  for (let l of loadedDocs) for (let p of evidencePaths(readableParts(l) ?? {})) evidence[p] = existsInRepo(root, p);
  let membership = {}, listed = configuredTeams(config), ids = roleIds(config.roles), reviews = [], opinions = [
    ...values["approved-by"].map((spec) => ({ spec, option: "--approved-by", state: "APPROVED" })),
    ...values["changes-requested-by"].map((spec) => ({ spec, option: "--changes-requested-by", state: "CHANGES_REQUESTED" }))
  ];
  for (let [i, { spec, option, state }] of opinions.entries()) {
    let [login, as] = spec.replace(/^@/, "").split(":"), teams = [];
    if (as?.startsWith("@")) teams = [ownerKey(as)];
    else if (as !== void 0) {
      let role = config.roles?.[as];
      if (!role) return usage(`${option} ${spec}: the role must be ${ids.length ? ids.join(" or ") : `a role id of ${configPath}`}, or a team such as @acme/gm-office`);
      teams = role.owners.filter((o) => o.includes("/")).map(ownerKey);
    } else ![...listed.values()].some((m) => m.includes(normalizeLogin(login))) && !ids.some((r) => config.roles[r].owners.some((o) => ownerKey(o) === ownerKey(login))) && io.err(`upgrade-gate simulate: ${login} is in no team that ${configPath} lists and is no role owner; write ${option} ${login}:${ids[0] ?? "center-lead"} to assume one`);
    for (let t of teams) (membership[t] ??= { members: [] }).members.push(login);
    reviews.push({ id: i + 1, user: login, state, commitId: "HEAD", submittedAt: now.toISOString() });
  }
  let labels = simulatedLabels(values.label, config, membership), emergencies;
  try {
    emergencies = localEmergencies(root, config.archive.folder, policyMonth(now, config["time-zone"]));
  } catch (err) {
    if (err instanceof ChainHeadError) return usage(err.message);
    throw err;
  }
  let firstDoc = docs.find((d) => d)?.people.project_lead, snapshot = {
    repository: "local/simulation",
    pullRequest: { number: 0, title: "simulated upgrade pull request", author: values.author ?? firstDoc ?? "author", baseRef: "main", baseSha: "simulated-base", headSha: "HEAD" },
    now: now.toISOString(),
    labels,
    changedFiles: documents.map((d) => d.path),
    documents,
    evidence,
    language,
    config: { path: configPath, text: configText },
    codeowners: codeownersFile ? { path: relative(io.cwd, codeownersFile), text: readFileSync(codeownersFile, "utf8") } : {},
    reviews,
    changes: {},
    contributors: values.committer,
    membership,
    emergenciesThisMonth: emergencies
  }, verdict = evaluate(snapshot), shown = new Map(files.map((f) => [repoPath(f), f]));
  for (let f of verdict.findings) f.file && shown.has(f.file) && (f.file = shown.get(f.file));
  for (let d of verdict.documents) d.path = shown.get(d.path) ?? d.path;
  if (values.format === "json") io.out(JSON.stringify(verdict, null, 2));
  else if (values.format === "text") {
    for (let f of verdict.findings) io.out(findingLine(f));
    io.out(`${verdict.outcome}: ${verdict.summary}`);
  } else io.out(renderMarkdown(verdict, { marker: !1 }));
  return configFindings.some((f) => f.severity === "error") || verdict.outcome === "error" ? 2 : verdict.outcome === "pass" ? 0 : 1;
}
export {
  runSimulate
};
