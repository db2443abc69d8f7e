import { createRequire as __ugCreateRequire } from 'node:module';
const require = __ugCreateRequire(import.meta.url);
import {
  loadPolicyConfig
} from "./chunk-K5OZVCNS.js";
import {
  CONFIG_PATH
} from "./chunk-RZANELWJ.js";

// src/cli/repo-root.ts
import { existsSync } from "node:fs";
import { dirname, join, resolve, sep } from "node:path";
var roots = /* @__PURE__ */ new Map();
function findRepoRoot(startDir, cwd = process.cwd()) {
  let start = resolve(startDir), key = `${cwd}\0${start}`, cached = roots.get(key);
  if (cached) return cached;
  let root = searchRoot(start, resolve(cwd));
  return roots.set(key, root), root;
}
function searchRoot(start, cwd) {
  let gitRoot;
  for (let dir = start; ; dir = dirname(dir)) {
    if (existsSync(join(dir, CONFIG_PATH))) return dir;
    if (!gitRoot && existsSync(join(dir, ".git")) && (gitRoot = dir), dirname(dir) === dir) break;
  }
  return gitRoot || (start === cwd || start.startsWith(cwd + sep) ? cwd : start);
}

// src/cli/repo-files.ts
import { existsSync as existsSync2, readFileSync, realpathSync } from "node:fs";
import { join as join2, relative, resolve as resolve2, sep as sep2 } from "node:path";
var existence = /* @__PURE__ */ new Map();
function existsInRepo(root, repoPath) {
  let key = `${root}\0${repoPath}`, known = existence.get(key);
  return known === void 0 && existence.set(key, known = lookUp(root, repoPath)), known;
}
function lookUp(root, repoPath) {
  let full = resolve2(root, repoPath);
  if (full !== root && !full.startsWith(root + sep2) || !existsSync2(full)) return !1;
  let real = realpathSync(full), realRoot = realpathSync(root);
  return real === realRoot || real.startsWith(realRoot + sep2);
}
function loadConfigFor(root, explicit, cwd, language) {
  let path = explicit ? resolve2(cwd, explicit) : join2(root, CONFIG_PATH);
  return existsSync2(path) ? loadPolicyConfig(readFileSync(path), relative(cwd, path) || path, language) : explicit ? { config: loadPolicyConfig(void 0, CONFIG_PATH, language).config, findings: [{ rule: "config", severity: "error", file: explicit, message: `the configuration file ${explicit} does not exist: check the --config path` }] } : loadPolicyConfig(void 0, CONFIG_PATH, language);
}

export {
  findRepoRoot,
  existsInRepo,
  loadConfigFor
};
