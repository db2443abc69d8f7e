import { parseArgs, type ParseArgsConfig } from 'node:util';
import { expandDocumentPaths } from './expand-paths.js';
import { languageFromLocale, LANGUAGES, parseLanguage, type Language } from '../messages/index.js';
import { loadConfigFor } from './repo-files.js';
import type { CliIo } from './io.js';

type Options = NonNullable<ParseArgsConfig['options']>;

/** The --help / -h option every command takes. */
export const HELP_OPTION = { help: { type: 'boolean', short: 'h' } } as const;
/** The --lang option of the commands that print messages. */
export const LANG_OPTION = { lang: { type: 'string' } } as const;

/**
 * The language a command was asked for: --lang, else the locale (LC_ALL, LC_MESSAGES, LANG) when it
 * names en or zh; undefined leaves the choice to the configuration. A number is the exit status of a
 * usage error (an unknown --lang).
 */
export function commandLanguage(name: string, lang: string | undefined, io: CliIo): Language | undefined | number {
  if (lang !== undefined) {
    const chosen = parseLanguage(lang);
    if (chosen) return chosen;
    io.err(`upgrade-gate ${name}: --lang must be ${LANGUAGES.join(' or ')}, not "${lang}"`);
    return 2;
  }
  return languageFromLocale(io.env ?? {});
}

/** Parses a command's arguments; a number is the exit status to return at once (0 after --help, 2 on a usage error). */
export function parseCommand<O extends Options>(name: string, help: string, argv: string[], options: O, io: CliIo) {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, allowPositionals: true, options });
  } catch (err) {
    io.err(`upgrade-gate ${name}: ${(err as Error).message}\n\n${help}`);
    return 2;
  }
  if ((parsed.values as { help?: boolean }).help) {
    io.out(help);
    return 0;
  }
  return parsed;
}

/** The document files named by PATH arguments (a folder: the documents the configuration selects in it), or the exit status 2 after saying which argument named none. */
export async function documentArguments(name: string, positionals: string[], io: CliIo, config?: string): Promise<string[] | number> {
  const { files, missing } = await expandDocumentPaths(positionals, io.cwd, (root) => loadConfigFor(root, config, io.cwd).config.documents);
  if (missing.length > 0) {
    io.err(`upgrade-gate ${name}: no such file, folder or matching glob: ${missing.join(', ')}`);
    return 2;
  }
  if (files.length === 0) {
    io.err(`upgrade-gate ${name}: no .yaml or .yml files in ${positionals.join(', ')}`);
    return 2;
  }
  return files;
}
