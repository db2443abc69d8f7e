import { createRequire as __ugCreateRequire } from 'node:module';
const require = __ugCreateRequire(import.meta.url);
import {
  loadPolicyConfig
} from "./chunk-DD4CU346.js";
import {
  CONFIG_PATH
} from "./chunk-33Z4YFGF.js";
import {
  LANGUAGES,
  languageFromLocale,
  parseLanguage
} from "./chunk-BAPEJJ6V.js";

// src/cli/repo-root.ts
import { existsSync } from "node:fs";
import { dirname, join, resolve, sep } from "node:path";
function findRepoRoot(startDir, cwd) {
  return searchRoot(resolve(startDir), resolve(cwd));
}
function searchRoot(start, cwd) {
  let gitRoot;
  for (let dir = start; ; dir = dirname(dir)) {
    if (existsSync(join(dir, CONFIG_PATH))) return dir;
    if (!gitRoot && existsSync(join(dir, ".git")) && (gitRoot = dir), dirname(dir) === dir) break;
  }
  return gitRoot || (start === cwd || start.startsWith(cwd + sep) ? cwd : start);
}

// src/cli/expand-paths.ts
import { readdirSync, statSync } from "node:fs";
import { isAbsolute, join as join2, relative, resolve as resolve2, sep as sep2 } from "node:path";
var YAML_FILE = /\.ya?ml$/i, globber = async () => (await import("./dist-N2K3YKOT.js")).globSync;
async function expandDocumentPaths(args, cwd, documentsGlob) {
  let files = [], missing = [];
  for (let arg of args) {
    let st;
    try {
      st = statSync(resolve2(cwd, arg));
    } catch {
      st = void 0;
    }
    if (st?.isFile()) files.push(arg);
    else if (st?.isDirectory()) files.push(...(await documentsInFolder(resolve2(cwd, arg), cwd, documentsGlob)).map((f) => isAbsolute(arg) ? f : relative(cwd, f)));
    else if (/[*?{[]/.test(arg)) {
      let hits = (await globber())(arg, { cwd, dot: !1 }).filter((f) => YAML_FILE.test(f));
      hits.length === 0 && missing.push(arg), files.push(...hits);
    } else missing.push(arg);
  }
  return { files: [...new Set(files)].sort(), missing };
}
async function documentsInFolder(dir, cwd, documentsGlob) {
  let root = findRepoRoot(dir, cwd), inside = (f) => f === dir || f.startsWith(dir + sep2), selected = (await globber())(documentsGlob(root), { cwd: root, dot: !1, absolute: !0 }).map((f) => resolve2(f)).filter(inside);
  if (selected.length > 0) return selected.sort();
  let policy = resolve2(root, ".github");
  return walkYaml(dir).filter((f) => !f.startsWith(policy + sep2));
}
function walkYaml(dir) {
  let out = [], stack = [dir];
  for (; stack.length > 0; ) {
    let d = stack.pop();
    for (let entry of readdirSync(d, { withFileTypes: !0 })) {
      if (entry.name === "node_modules" || entry.name === ".git") continue;
      let p = join2(d, entry.name);
      entry.isDirectory() ? stack.push(p) : entry.isFile() && YAML_FILE.test(entry.name) && out.push(p);
    }
  }
  return out.sort();
}
async function documentsByGlob(glob, root, cwd) {
  return (await globber())(glob, { cwd: root, dot: !1 }).map((f) => relative(cwd, join2(root, f))).sort();
}

// src/cli/repo-files.ts
import { existsSync as existsSync2, readFileSync, realpathSync } from "node:fs";
import { join as join3, relative as relative2, resolve as resolve3, sep as sep3 } from "node:path";
function repoFileLookup() {
  let existence = /* @__PURE__ */ new Map();
  return (root, repoPath) => {
    let key = `${root}\0${repoPath}`, known = existence.get(key);
    return known === void 0 && existence.set(key, known = lookUp(root, repoPath)), known;
  };
}
function lookUp(root, repoPath) {
  let full = resolve3(root, repoPath);
  if (full !== root && !full.startsWith(root + sep3) || !existsSync2(full)) return !1;
  let real = realpathSync(full), realRoot = realpathSync(root);
  return real === realRoot || real.startsWith(realRoot + sep3);
}
function loadConfigFor(root, explicit, cwd, language) {
  let path = explicit ? resolve3(cwd, explicit) : join3(root, CONFIG_PATH);
  return existsSync2(path) ? loadPolicyConfig(readFileSync(path), relative2(cwd, path) || path, language) : explicit ? { config: loadPolicyConfig(void 0, CONFIG_PATH, language).config, findings: [{ rule: "config", severity: "error", file: explicit, message: `the configuration file ${explicit} does not exist: check the --config path` }] } : loadPolicyConfig(void 0, CONFIG_PATH, language);
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
async function documentArguments(name, positionals, io, config) {
  let { files, missing } = await expandDocumentPaths(positionals, io.cwd, (root) => loadConfigFor(root, config, io.cwd).config.documents);
  return missing.length > 0 ? (io.err(`upgrade-gate ${name}: no such file, folder or matching glob: ${missing.join(", ")}`), 2) : files.length === 0 ? (io.err(`upgrade-gate ${name}: no .yaml or .yml files in ${positionals.join(", ")}`), 2) : files;
}

export {
  findRepoRoot,
  documentsByGlob,
  repoFileLookup,
  loadConfigFor,
  HELP_OPTION,
  LANG_OPTION,
  commandLanguage,
  parseCommand,
  documentArguments
};
