import { createRequire as __ugCreateRequire } from 'node:module';
const require = __ugCreateRequire(import.meta.url);
import {
  HELP_OPTION,
  parseCommand
} from "./chunk-R2OGBIHJ.js";
import {
  compileCodeowners
} from "./chunk-TDO4SUZZ.js";
import "./chunk-5VCRGJFK.js";
import "./chunk-4K7J7IPU.js";
import "./chunk-4V7XTYWN.js";

// src/cli/owners.ts
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
var OWNERS_HELP = `Usage: upgrade-gate owners --codeowners FILE [--paths-file LIST] PATH...

Prints a JSON object mapping each PATH to the owners GitHub would assign it from FILE:
the owners of the last matching rule, [] where no rule matches or the rule lists none.
--paths-file LIST adds the paths in LIST, one per line (for more than a command line holds).
Lines GitHub would skip are listed on stderr as FILE:LINE:COLUMN: reason.

Exit status: 0 printed, 2 usage error or unreadable file.`;
function runOwners(argv, io) {
  let parsed = parseCommand("owners", OWNERS_HELP, argv, { codeowners: { type: "string" }, "paths-file": { type: "string" }, ...HELP_OPTION }, io);
  if (typeof parsed == "number") return parsed;
  let { values, positionals } = parsed;
  if (!values.codeowners)
    return io.err(`upgrade-gate owners: --codeowners FILE is required

${OWNERS_HELP}`), 2;
  let text;
  try {
    text = readFileSync(resolve(io.cwd, values.codeowners), "utf8");
  } catch (err) {
    return io.err(`upgrade-gate owners: cannot read ${values.codeowners}: ${err.code ?? err.message}`), 2;
  }
  let paths = [...positionals];
  if (values["paths-file"])
    try {
      paths.push(...readFileSync(resolve(io.cwd, values["paths-file"]), "utf8").split(/\r?\n/).filter((l) => l.length > 0));
    } catch (err) {
      return io.err(`upgrade-gate owners: cannot read ${values["paths-file"]}: ${err.code ?? err.message}`), 2;
    }
  let codeowners = compileCodeowners(text);
  for (let e of codeowners.errors) io.err(`${values.codeowners}:${e.line}:${e.column}: ${e.kind}: ${e.message}`);
  let result = {};
  for (let path of paths) result[path] = codeowners.ownersOf(path);
  return io.out(JSON.stringify(result, null, 2)), 0;
}
export {
  OWNERS_HELP,
  runOwners
};
