import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { compileCodeowners } from '../codeowners/owners.js';
import { HELP_OPTION, parseCommand } from './command.js';
import type { CliIo } from './io.js';

/** Help text of `upgrade-gate owners`. */
export const OWNERS_HELP = `Usage: upgrade-gate owners --codeowners FILE [--paths-file LIST] PATH...

Prints a JSON object mapping each PATH to the owners GitHub would assign it from FILE:
the owners of the last matching rule, [] where no rule matches or the rule lists none.
--paths-file LIST adds the paths in LIST, one per line (for more than a command line holds).
Lines GitHub would skip are listed on stderr as FILE:LINE:COLUMN: reason.

Exit status: 0 printed, 2 usage error or unreadable file.`;

/** `upgrade-gate owners`: the owners GitHub would assign to each path. */
export function runOwners(argv: string[], io: CliIo): number {
  const parsed = parseCommand('owners', OWNERS_HELP, argv, { codeowners: { type: 'string' }, 'paths-file': { type: 'string' }, ...HELP_OPTION }, io);
  if (typeof parsed === 'number') return parsed;
  const { values, positionals } = parsed;
  if (!values.codeowners) {
    io.err(`upgrade-gate owners: --codeowners FILE is required\n\n${OWNERS_HELP}`);
    return 2;
  }
  let text: string;
  try {
    text = readFileSync(resolve(io.cwd, values.codeowners), 'utf8');
  } catch (err) {
    io.err(`upgrade-gate owners: cannot read ${values.codeowners}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
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
  for (const e of codeowners.errors) io.err(`${values.codeowners}:${e.line}:${e.column}: ${e.kind}: ${e.message}`);
  const result: Record<string, string[]> = {};
  for (const path of paths) result[path] = codeowners.ownersOf(path);
  io.out(JSON.stringify(result, null, 2));
  return 0;
}
