import { createRequire as __ugCreateRequire } from 'node:module';
const require = __ugCreateRequire(import.meta.url);
import {
  HELP_OPTION,
  findRepoRoot,
  parseCommand
} from "./chunk-AP6YM5DC.js";
import {
  CODEOWNERS_LOCATIONS,
  compileCodeowners
} from "./chunk-TDO4SUZZ.js";

// src/cli/owners.ts
import { readFileSync } from "node:fs";
import { existsSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
var OWNERS_HELP = `Usage: upgrade-gate owners [--codeowners FILE] [--paths-file LIST] PATH...

Prints a JSON object mapping each PATH (a file on disk, or a path relative to the repository root
as CODEOWNERS writes it) to the
owners GitHub would assign it: the owners of the last matching rule, [] where no rule matches or
the rule lists none. Lines GitHub would skip are listed on stderr as FILE:LINE:COLUMN: reason.

  --codeowners FILE      the CODEOWNERS file (default: .github/CODEOWNERS, CODEOWNERS or
                         docs/CODEOWNERS in the repository root, the first that exists, as GitHub
                         and upgrade-gate simulate do; the root is the nearest folder above the
                         working folder holding .github/upgrade-gate.yml, else the git root)
  --paths-file LIST      also the paths in LIST, one per line (for more than a command line holds)

Exit status: 0 printed, 2 usage error or no readable CODEOWNERS file.`;
function codeownersIn(root, cwd) {
  let found = CODEOWNERS_LOCATIONS.map((p) => join(root, p)).find((p) => existsSync(p));
  return found ? relative(cwd, found) || found : void 0;
}
function runOwners(argv, io) {
  let parsed = parseCommand("owners", OWNERS_HELP, argv, { codeowners: { type: "string" }, "paths-file": { type: "string" }, ...HELP_OPTION }, io);
  if (typeof parsed == "number") return parsed;
  let { values, positionals } = parsed;
  if (positionals.length === 0 && !values["paths-file"])
    return io.err(`upgrade-gate owners: name at least one PATH

${OWNERS_HELP}`), 2;
  let onDisk = (p) => existsSync(resolve(io.cwd, p)), first = positionals.find(onDisk), root = findRepoRoot(first ? dirname(resolve(io.cwd, first)) : io.cwd, io.cwd), file = values.codeowners ?? codeownersIn(root, io.cwd);
  if (!file)
    return io.err(`upgrade-gate owners: no CODEOWNERS file in ${CODEOWNERS_LOCATIONS.map((p) => join(relative(io.cwd, root), p)).join(", ")}: pass --codeowners FILE`), 2;
  let text;
  try {
    text = readFileSync(resolve(io.cwd, file), "utf8");
  } catch (err) {
    return io.err(`upgrade-gate owners: cannot read ${file}: ${err.code ?? err.message}`), 2;
  }
  let paths = [...positionals];
  if (values["paths-file"])
    try {
      paths.push(...readFileSync(resolve(io.cwd, values["paths-file"]), "utf8").split(/\r?\n/).filter((l) => l.length > 0));
    } catch (err) {
      return io.err(`upgrade-gate owners: cannot read ${values["paths-file"]}: ${err.code ?? err.message}`), 2;
    }
  let codeowners = compileCodeowners(text);
  for (let e of codeowners.errors) io.err(`${file}:${e.line}:${e.column}: ${e.kind}: ${e.message}`);
  let result = {};
  for (let path of paths) result[path] = codeowners.ownersOf(onDisk(path) ? relative(root, resolve(io.cwd, path)).split("\\").join("/") : path);
  return io.out(JSON.stringify(result, null, 2)), 0;
}

export {
  OWNERS_HELP,
  codeownersIn,
  runOwners
};
