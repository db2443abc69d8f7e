import { createRequire as __ugCreateRequire } from 'node:module';
const require = __ugCreateRequire(import.meta.url);
import {
  findingLine,
  findingSummary
} from "./chunk-XIXD72MI.js";
import {
  HELP_OPTION,
  LANG_OPTION,
  commandLanguage,
  documentArguments,
  documentsByGlob,
  findRepoRoot,
  loadConfigFor,
  parseCommand,
  repoFileLookup
} from "./chunk-AP6YM5DC.js";
import {
  checkDocument,
  compareFindings,
  loadUpgradeDocument
} from "./chunk-EJCE6KQH.js";
import "./chunk-DD4CU346.js";
import "./chunk-33Z4YFGF.js";
import {
  messages
} from "./chunk-BAPEJJ6V.js";
import "./chunk-4V7XTYWN.js";

// src/cli/validate.ts
import { readFileSync } from "node:fs";
import { dirname, relative, resolve } from "node:path";
var VALIDATE_HELP = `Usage: upgrade-gate validate [PATH...] [--config FILE] [--format text|json]

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

Exit status: 0 no errors, 1 a document breaks a rule, 2 usage or configuration error.`;
function checkFiles(files, cwd, configPath, language) {
  let configs = /* @__PURE__ */ new Map(), configFindings = [], documents = [], earlier = /* @__PURE__ */ new Map(), existsInRepo = repoFileLookup(), roots = /* @__PURE__ */ new Map();
  for (let file of files) {
    let dir = dirname(resolve(cwd, file)), root = roots.get(dir);
    root === void 0 && roots.set(dir, root = findRepoRoot(dir, cwd));
    let loaded = configs.get(root);
    loaded || (loaded = loadConfigFor(root, configPath, cwd, language), configs.set(root, loaded), configFindings.push(...loaded.findings.filter((f) => !configFindings.some((g) => g.file === f.file && g.line === f.line && g.message === f.message))));
    let doc = loadUpgradeDocument(readFileSync(resolve(cwd, file)), file, messages(loaded.config.language)), findings = !loaded.findings.some((f) => f.severity === "error") ? checkDocument(doc, loaded.config, (p) => existsInRepo(root, p), earlier) : doc.findings, id = doc.doc?.id;
    id !== void 0 && !earlier.has(id) && earlier.set(id, file), documents.push({ file, root, id: doc.doc?.id, findings, language: loaded.config.language });
  }
  return { documents, configFindings, configs };
}
async function runValidate(argv, io) {
  let parsed = parseCommand("validate", VALIDATE_HELP, argv, { config: { type: "string" }, format: { type: "string", default: "text" }, ...LANG_OPTION, ...HELP_OPTION }, io);
  if (typeof parsed == "number") return parsed;
  let { values, positionals } = parsed, language = commandLanguage("validate", values.lang, io);
  if (typeof language == "number") return language;
  if (values.format !== "text" && values.format !== "json")
    return io.err(`upgrade-gate validate: --format must be text or json, not "${values.format}"`), 2;
  let files;
  if (positionals.length === 0) {
    let root = findRepoRoot(io.cwd, io.cwd), loaded = loadConfigFor(root, values.config, io.cwd, language);
    if (files = await documentsByGlob(loaded.config.documents, root, io.cwd), files.length === 0)
      return io.err(`upgrade-gate validate: no documents match "${loaded.config.documents}" under ${relative(io.cwd, root) || "."}: pass a file or folder`), 2;
  } else {
    let named = await documentArguments("validate", positionals, io, values.config);
    if (typeof named == "number") return named;
    files = named;
  }
  let { documents, configFindings } = checkFiles(files, io.cwd, values.config, language), configErrors = configFindings.filter((f) => f.severity === "error"), findings = [...configFindings, ...documents.flatMap((d) => d.findings)].sort(compareFindings);
  if (values.format === "json") io.out(JSON.stringify(findings, null, 2));
  else {
    for (let f of findings) io.out(findingLine(f));
    io.err(findingSummary(findings, documents.length));
  }
  return configErrors.length > 0 ? 2 : findings.some((f) => f.severity === "error") ? 1 : 0;
}
export {
  VALIDATE_HELP,
  checkFiles,
  runValidate
};
