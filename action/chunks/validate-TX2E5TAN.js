import { createRequire as __ugCreateRequire } from 'node:module';
const require = __ugCreateRequire(import.meta.url);
import {
  findingLine,
  findingSummary
} from "./chunk-2PQJF5NJ.js";
import {
  HELP_OPTION,
  LANG_OPTION,
  commandLanguage,
  documentArguments,
  documentsByGlob,
  findRepoRoot,
  loadConfigFor,
  parseCommand,
  repoFileLookup,
  usageCatalog
} from "./chunk-UBSBX42C.js";
import {
  checkDocument,
  compareFindings,
  loadUpgradeDocument
} from "./chunk-X76K2NOF.js";
import "./chunk-ZIFKLKNB.js";
import "./chunk-AV2TIPO3.js";
import "./chunk-AEOB34VQ.js";
import "./chunk-6XT5Q5FX.js";
import {
  messages
} from "./chunk-TG3VTIA3.js";
import "./chunk-4V7XTYWN.js";

// src/cli/validate.ts
import { readFileSync } from "node:fs";
import { dirname, relative, resolve } from "node:path";
function checkFiles(files, cwd, configPath, language) {
  let configs = /* @__PURE__ */ new Map(), configFindings = [], documents = [], earlier = /* @__PURE__ */ new Map(), existsInRepo = repoFileLookup(), roots = /* @__PURE__ */ new Map();
  for (let file of files) {
    let dir = dirname(resolve(cwd, file)), root = roots.get(dir);
    root === void 0 && roots.set(dir, root = findRepoRoot(dir, cwd));
    let loaded = configs.get(root);
    loaded || (loaded = loadConfigFor(root, configPath, cwd, language), configs.set(root, loaded), configFindings.push(
      ...loaded.findings.filter(
        (f) => !configFindings.some((g) => g.file === f.file && g.line === f.line && g.message === f.message)
      )
    ));
    let doc = loadUpgradeDocument(readFileSync(resolve(cwd, file)), file, messages(loaded.config.language)), findings = !loaded.findings.some((f) => f.severity === "error") ? checkDocument(doc, loaded.config, (p) => existsInRepo(root, p), earlier) : doc.findings, id = doc.doc?.id;
    id !== void 0 && !earlier.has(id) && earlier.set(id, file), documents.push({ file, root, id: doc.doc?.id, findings, language: loaded.config.language });
  }
  return { documents, configFindings, configs };
}
async function runValidate(argv, io) {
  let parsed = parseCommand(
    "validate",
    argv,
    { config: { type: "string" }, format: { type: "string", default: "text" }, ...LANG_OPTION, ...HELP_OPTION },
    io
  );
  if (typeof parsed == "number") return parsed;
  let { values, positionals } = parsed, language = commandLanguage("validate", values.lang, io);
  if (typeof language == "number") return language;
  if (values.format !== "text" && values.format !== "json")
    return io.err(
      `upgrade-gate validate: ${usageCatalog(argv, io)["cli.bad-format"]({ value: String(values.format), allowed: ["text", "json"] })}`
    ), 2;
  let files;
  if (positionals.length === 0) {
    let root = findRepoRoot(io.cwd, io.cwd), loaded = loadConfigFor(root, values.config, io.cwd, language);
    if (files = await documentsByGlob(loaded.config.documents, root, io.cwd), files.length === 0)
      return io.err(
        `upgrade-gate validate: ${messages(language ?? loaded.config.language)["cli.no-documents"]({ glob: loaded.config.documents, folder: relative(io.cwd, root) || "." })}`
      ), 2;
  } else {
    let named = await documentArguments("validate", positionals, io, values.config, language);
    if (typeof named == "number") return named;
    files = named;
  }
  let { documents, configFindings } = checkFiles(files, io.cwd, values.config, language), configErrors = configFindings.filter((f) => f.severity === "error"), findings = [...configFindings, ...documents.flatMap((d) => d.findings)].sort(compareFindings);
  if (values.format === "json") io.out(JSON.stringify(findings, null, 2));
  else {
    for (let f of findings) io.out(findingLine(f));
    io.err(findingSummary(findings, documents.length, messages(language ?? documents[0]?.language)));
  }
  return configErrors.length > 0 ? 2 : findings.some((f) => f.severity === "error") ? 1 : 0;
}
export {
  checkFiles,
  runValidate
};
