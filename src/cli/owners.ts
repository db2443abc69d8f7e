import { readFileSync } from 'node:fs';
import { existsSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { CODEOWNERS_LOCATIONS, compileCodeowners } from '../codeowners/owners.js';
import { findRepoRoot } from './repo-root.js';
import { HELP_OPTION, parseCommand } from './command.js';
import type { CliIo } from './io.js';

/** Help text of `upgrade-gate owners`. */
export const OWNERS_HELP = `Usage: upgrade-gate owners [--codeowners FILE] [--paths-file LIST] PATH...

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

/** The CODEOWNERS file GitHub reads in a repository root (first of its three places), relative to cwd; undefined when there is none. */
export function codeownersIn(root: string, cwd: string): string | undefined {
  const found = CODEOWNERS_LOCATIONS.map((p) => join(root, p)).find((p) => existsSync(p));
  return found ? relative(cwd, found) || found : undefined;
}

/** `upgrade-gate owners`: the owners GitHub would assign to each path. */
export function runOwners(argv: string[], io: CliIo): number {
  const parsed = parseCommand('owners', OWNERS_HELP, argv, { codeowners: { type: 'string' }, 'paths-file': { type: 'string' }, ...HELP_OPTION }, io);
  if (typeof parsed === 'number') return parsed;
  const { values, positionals } = parsed;
  if (positionals.length === 0 && !values['paths-file']) {
    io.err(`upgrade-gate owners: name at least one PATH\n\n${OWNERS_HELP}`);
    return 2;
  }
  // As simulate does: a PATH that exists on disk places the repository root (and is matched relative to it).
  const onDisk = (p: string) => existsSync(resolve(io.cwd, p));
  const first = positionals.find(onDisk);
  const root = findRepoRoot(first ? dirname(resolve(io.cwd, first)) : io.cwd, io.cwd);
  const file = values.codeowners ?? codeownersIn(root, io.cwd);
  if (!file) {
    io.err(`upgrade-gate owners: no CODEOWNERS file in ${CODEOWNERS_LOCATIONS.map((p) => join(relative(io.cwd, root), p)).join(', ')}: pass --codeowners FILE`);
    return 2;
  }
  let text: string;
  try {
    text = readFileSync(resolve(io.cwd, file), 'utf8');
  } catch (err) {
    io.err(`upgrade-gate owners: cannot read ${file}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
    return 2;
  }
  const paths = [...positionals];
  if (values['paths-file']) {
    try {
      paths.push(...readFileSync(resolve(io.cwd, values['paths-file']), 'utf8').split(/\r?\n/).filter((l) => l.length > 0));
    } catch (err) {
      io.err(`upgrade-gate owners: cannot read ${values['paths-file']}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
      return 2;
    }
  }
  const codeowners = compileCodeowners(text);
  for (const e of codeowners.errors) io.err(`${file}:${e.line}:${e.column}: ${e.kind}: ${e.message}`);
  const result: Record<string, string[]> = {};
  for (const path of paths) result[path] = codeowners.ownersOf(onDisk(path) ? relative(root, resolve(io.cwd, path)).split('\\').join('/') : path);
  io.out(JSON.stringify(result, null, 2));
  return 0;
}
