import { createRequire as __ugCreateRequire } from 'node:module';
const require = __ugCreateRequire(import.meta.url);
import {
  LANGUAGES,
  languageFromLocale,
  parseLanguage
} from "./chunk-4K7J7IPU.js";

// src/cli/expand-paths.ts
import { readdirSync, statSync } from "node:fs";
import { isAbsolute, join, relative, resolve } from "node:path";
var YAML_FILE = /\.ya?ml$/i, globber = async () => (await import("./dist-N2K3YKOT.js")).globSync;
async function expandDocumentPaths(args, cwd) {
  let files = [], missing = [];
  for (let arg of args) {
    let st;
    try {
      st = statSync(resolve(cwd, arg));
    } catch {
      st = void 0;
    }
    if (st?.isFile()) files.push(arg);
    else if (st?.isDirectory()) files.push(...walkYaml(resolve(cwd, arg)).map((f) => isAbsolute(arg) ? f : relative(cwd, f)));
    else if (/[*?{[]/.test(arg)) {
      let hits = (await globber())(arg, { cwd, dot: !1 }).filter((f) => YAML_FILE.test(f));
      hits.length === 0 && missing.push(arg), files.push(...hits);
    } else missing.push(arg);
  }
  return { files: [...new Set(files)].sort(), missing };
}
function walkYaml(dir) {
  let out = [], stack = [dir];
  for (; stack.length > 0; ) {
    let d = stack.pop();
    for (let entry of readdirSync(d, { withFileTypes: !0 })) {
      if (entry.name === "node_modules" || entry.name === ".git") continue;
      let p = join(d, entry.name);
      entry.isDirectory() ? stack.push(p) : entry.isFile() && YAML_FILE.test(entry.name) && out.push(p);
    }
  }
  return out.sort();
}
async function documentsByGlob(glob, root, cwd) {
  return (await globber())(glob, { cwd: root, dot: !1 }).map((f) => relative(cwd, join(root, f))).sort();
}

// src/cli/command.ts
import { parseArgs } from "node:util";
var HELP_OPTION = { help: { type: "boolean", short: "h" } }, LANG_OPTION = { lang: { type: "string" } };
function commandLanguage(name, lang, io) {
  if (lang !== void 0) {
    let chosen = parseLanguage(lang);
    return chosen || (io.err(`upgrade-gate ${name}: --lang must be ${LANGUAGES.join(" or ")}, not "${lang}"`), 2);
  }
  return languageFromLocale(io.env ?? {});
}
function parseCommand(name, help, argv, options, io) {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, allowPositionals: !0, options });
  } catch (err) {
    return io.err(`upgrade-gate ${name}: ${err.message}

${help}`), 2;
  }
  return parsed.values.help ? (io.out(help), 0) : parsed;
}
async function documentArguments(name, positionals, io) {
  let { files, missing } = await expandDocumentPaths(positionals, io.cwd);
  return missing.length > 0 ? (io.err(`upgrade-gate ${name}: no such file, folder or matching glob: ${missing.join(", ")}`), 2) : files.length === 0 ? (io.err(`upgrade-gate ${name}: no .yaml or .yml files in ${positionals.join(", ")}`), 2) : files;
}

export {
  documentsByGlob,
  HELP_OPTION,
  LANG_OPTION,
  commandLanguage,
  parseCommand,
  documentArguments
};
