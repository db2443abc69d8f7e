import { readdirSync, statSync } from 'node:fs';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import { findRepoRoot } from './repo-root.js';

const YAML_FILE = /\.ya?ml$/i;

// The glob library is loaded only when a glob is given: naming files or folders starts faster.
const globber = async () => (await import('tinyglobby')).globSync;

/**
 * Upgrade documents named by CLI arguments: files as given, globs expanded, and in a folder the
 * documents its repository's configuration selects (the "documents" glob), so that the configuration,
 * workflows and other YAML are never read as upgrade documents. `documentsGlob` gives that glob for a
 * repository root.
 */
export async function expandDocumentPaths(
  args: string[],
  cwd: string,
  documentsGlob: (root: string) => string,
): Promise<{ files: string[]; missing: string[] }> {
  const files: string[] = [];
  const missing: string[] = [];
  for (const arg of args) {
    let st;
    try {
      st = statSync(resolve(cwd, arg));
    } catch {
      st = undefined;
    }
    if (st?.isDirectory())
      files.push(
        ...(await documentsInFolder(resolve(cwd, arg), cwd, documentsGlob)).map((f) =>
          isAbsolute(arg) ? f : relative(cwd, f),
        ),
      );
    // Any other file named is read as a document, so that a pipe or device is named as such, not as missing.
    else if (st) files.push(arg);
    else if (/[*?{[]/.test(arg)) {
      const hits = (await globber())(arg, { cwd, dot: false }).filter((f) => YAML_FILE.test(f));
      if (hits.length === 0) missing.push(arg);
      files.push(...hits);
    } else missing.push(arg);
  }
  return { files: [...new Set(files)].sort(), missing };
}

/** Absolute paths of the documents in a folder: those the repository's glob selects, else (a folder outside the glob, such as a drafts folder) its YAML files outside .github/. */
async function documentsInFolder(dir: string, cwd: string, documentsGlob: (root: string) => string): Promise<string[]> {
  const root = findRepoRoot(dir, cwd);
  const inside = (f: string) => f === dir || f.startsWith(dir + sep);
  const selected = (await globber())(documentsGlob(root), { cwd: root, dot: false, absolute: true })
    .map((f) => resolve(f))
    .filter(inside);
  if (selected.length > 0) return selected.sort();
  const policy = resolve(root, '.github');
  return walkYaml(dir).filter((f) => !f.startsWith(policy + sep));
}

function walkYaml(dir: string): string[] {
  const out: string[] = [];
  const stack = [dir];
  while (stack.length > 0) {
    const d = stack.pop()!;
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      if (entry.name === 'node_modules' || entry.name === '.git') continue;
      const p = join(d, entry.name);
      if (entry.isDirectory()) stack.push(p);
      // A link named like a document is listed too, so that reading it names it as a link.
      else if ((entry.isFile() || entry.isSymbolicLink()) && YAML_FILE.test(entry.name)) out.push(p);
    }
  }
  return out.sort();
}

/** Documents the configuration's glob selects under a repository root, as paths relative to cwd. */
export async function documentsByGlob(glob: string, root: string, cwd: string): Promise<string[]> {
  return (await globber())(glob, { cwd: root, dot: false })
    .map((f) => relative(cwd, join(root, f)))
    .sort();
}
