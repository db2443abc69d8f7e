import { createRequire as __ugCreateRequire } from 'node:module';
const require = __ugCreateRequire(import.meta.url);
import {
  HELP_OPTION,
  LANG_OPTION,
  commandHelp,
  commandLanguage,
  findRepoRoot,
  loadConfigFor,
  parseCommand,
  usageCatalog
} from "./chunk-UBSBX42C.js";
import {
  CODEOWNERS_LOCATIONS,
  compileCodeowners
} from "./chunk-AOMKIC6X.js";
import {
  codeownersProblemText
} from "./chunk-AV2TIPO3.js";
import {
  messages
} from "./chunk-TG3VTIA3.js";

// src/cli/owners.ts
import { readFileSync } from "node:fs";
import { existsSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
function codeownersIn(root, cwd) {
  let found = CODEOWNERS_LOCATIONS.map((p) => join(root, p)).find((p) => existsSync(p));
  return found ? relative(cwd, found) || found : void 0;
}
function runOwners(argv, io) {
  let parsed = parseCommand(
    "owners",
    argv,
    { codeowners: { type: "string" }, "paths-file": { type: "string" }, ...LANG_OPTION, ...HELP_OPTION },
    io
  );
  if (typeof parsed == "number") return parsed;
  let { values, positionals } = parsed, language = commandLanguage("owners", values.lang, io);
  if (typeof language == "number") return language;
  if (positionals.length === 0 && !values["paths-file"])
    return io.err(`upgrade-gate owners: ${usageCatalog(argv, io)["cli.need-paths"]()}

${commandHelp("owners", argv, io)}`), 2;
  let onDisk = (p) => existsSync(resolve(io.cwd, p)), first = positionals.find(onDisk), root = findRepoRoot(first ? dirname(resolve(io.cwd, first)) : io.cwd, io.cwd), t = messages(language ?? loadConfigFor(root, void 0, io.cwd).config.language), file = values.codeowners ?? codeownersIn(root, io.cwd);
  if (!file)
    return io.err(
      `upgrade-gate owners: ${t["cli.no-codeowners"]({ places: CODEOWNERS_LOCATIONS.map((p) => join(relative(io.cwd, root), p)).join(", ") })}`
    ), 2;
  let text;
  try {
    text = readFileSync(resolve(io.cwd, file), "utf8");
  } catch (err) {
    return io.err(
      `upgrade-gate owners: ${t["cli.cannot-read"]({ file, reason: err.code ?? err.message })}`
    ), 2;
  }
  let paths = [...positionals];
  if (values["paths-file"])
    try {
      paths.push(
        ...readFileSync(resolve(io.cwd, values["paths-file"]), "utf8").split(/\r?\n/).filter((l) => l.length > 0)
      );
    } catch (err) {
      return io.err(
        `upgrade-gate owners: ${t["cli.cannot-read"]({ file: values["paths-file"], reason: err.code ?? err.message })}`
      ), 2;
    }
  let codeowners = compileCodeowners(text);
  for (let e of codeowners.errors) io.err(`${file}:${e.line}:${e.column}: ${codeownersProblemText(e, t)}`);
  let result = Object.fromEntries(
    paths.map((path) => [
      path,
      codeowners.ownersOf(onDisk(path) ? relative(root, resolve(io.cwd, path)).split("\\").join("/") : path)
    ])
  );
  return io.out(JSON.stringify(result, null, 2)), 0;
}

export {
  codeownersIn,
  runOwners
};
