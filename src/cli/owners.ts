import { existsSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { CODEOWNERS_LOCATIONS, compileCodeowners } from '../codeowners/owners.js';
import { findRepoRoot } from './repo-root.js';
import { codeownersProblemText } from '../codeowners/problem-text.js';
import { messages } from '../messages/index.js';
import { commandHelp, commandLanguage, HELP_OPTION, LANG_OPTION, parseCommand, usageCatalog } from './command.js';
import { loadConfigFor } from './repo-files.js';
import type { CliIo } from './io.js';
import { readInputFile, refusalText } from './input-file.js';
import { MAX_CODEOWNERS_BYTES } from '../codeowners/parse.js';
import { decodeText } from '../document/source-text.js';

/** The largest --paths-file read: far more paths than a pull request changes (GitHub lists 3,000 files). */
const MAX_PATHS_FILE_BYTES = 16 * 1024 * 1024;

/** The CODEOWNERS file GitHub reads in a repository root (first of its three places), relative to cwd; undefined when there is none. */
export function codeownersIn(root: string, cwd: string): string | undefined {
  const found = CODEOWNERS_LOCATIONS.map((p) => join(root, p)).find((p) => existsSync(p));
  return found ? relative(cwd, found) || found : undefined;
}

/** `upgrade-gate owners`: the owners GitHub would assign to each path. */
export function runOwners(argv: string[], io: CliIo): number {
  const parsed = parseCommand(
    'owners',
    argv,
    { codeowners: { type: 'string' }, 'paths-file': { type: 'string' }, ...LANG_OPTION, ...HELP_OPTION },
    io,
  );
  if (typeof parsed === 'number') return parsed;
  const { values, positionals } = parsed;
  const language = commandLanguage('owners', values.lang, io);
  if (typeof language === 'number') return language;
  if (positionals.length === 0 && !values['paths-file']) {
    io.err(`upgrade-gate owners: ${usageCatalog(argv, io)['cli.need-paths']()}\n\n${commandHelp('owners', argv, io)}`);
    return 2;
  }
  // As simulate does: a PATH that exists on disk places the repository root (and is matched relative to it).
  const onDisk = (p: string) => existsSync(resolve(io.cwd, p));
  const first = positionals.find(onDisk);
  const root = findRepoRoot(first ? dirname(resolve(io.cwd, first)) : io.cwd, io.cwd);
  // The policy's language unless --lang or the locale chose one.
  const t = messages(language ?? loadConfigFor(root, undefined, io.cwd).config.language);
  const file = values.codeowners ?? codeownersIn(root, io.cwd);
  if (!file) {
    io.err(
      `upgrade-gate owners: ${t['cli.no-codeowners']({ places: CODEOWNERS_LOCATIONS.map((p) => join(relative(io.cwd, root), p)).join(', ') })}`,
    );
    return 2;
  }
  const codeownersRead = readInputFile(resolve(io.cwd, file), MAX_CODEOWNERS_BYTES);
  if ('refused' in codeownersRead) {
    io.err(`upgrade-gate owners: ${refusalText(file, codeownersRead.refused, t)}`);
    return 2;
  }
  // A CODEOWNERS saved as UTF-16 (or holding NUL bytes, or not UTF-8) is one finding, never read line by line.
  const decoded = decodeText(codeownersRead.bytes, file, t);
  if (decoded.text === undefined) {
    const f = decoded.finding;
    io.err(`upgrade-gate owners: ${file}:${f.line}:${f.column}: ${f.message}`);
    return 2;
  }
  const text = decoded.text;
  const paths = [...positionals];
  const pathsFile = values['paths-file'];
  if (pathsFile) {
    const read = readInputFile(resolve(io.cwd, pathsFile), MAX_PATHS_FILE_BYTES);
    if ('refused' in read) {
      io.err(`upgrade-gate owners: ${refusalText(pathsFile, read.refused, t)}`);
      return 2;
    }
    paths.push(
      ...read.bytes
        .toString('utf8')
        .split(/\r?\n/)
        .filter((l) => l.length > 0),
    );
  }
  const codeowners = compileCodeowners(text);
  for (const e of codeowners.errors) io.err(`${file}:${e.line}:${e.column}: ${codeownersProblemText(e, t)}`);
  // fromEntries defines own properties, so a path named __proto__ or constructor is a key like any other.
  const result = Object.fromEntries(
    paths.map((path) => [
      path,
      codeowners.ownersOf(onDisk(path) ? relative(root, resolve(io.cwd, path)).split('\\').join('/') : path),
    ]),
  );
  io.out(JSON.stringify(result, null, 2));
  return 0;
}
