import { parseArgs, type ParseArgsConfig } from 'node:util';
import { expandDocumentPaths } from './expand-paths.js';
import { helpText, type HelpTopic } from '../messages/help.js';
import {
  languageFromLocale,
  LANGUAGES,
  messages,
  parseLanguage,
  type Catalog,
  type Language,
} from '../messages/index.js';
import { loadConfigFor } from './repo-files.js';
import { findRepoRoot } from './repo-root.js';
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
    io.err(`upgrade-gate ${name}: ${usageCatalog([], io)['cli.bad-lang']({ value: lang, allowed: [...LANGUAGES] })}`);
    return 2;
  }
  return languageFromLocale(io.env ?? {});
}

/** The language of a command's own messages: the one asked for, else the policy's of the repository around the working folder. */
export function localLanguage(language: Language | undefined, io: CliIo): Language {
  return language ?? loadConfigFor(findRepoRoot(io.cwd, io.cwd), undefined, io.cwd).config.language;
}

/**
 * The language of help and usage errors, which come before any configuration is read: a valid --lang
 * on the command line, else the locale, else English.
 */
export function usageLanguage(argv: readonly string[], io: CliIo): Language {
  const i = argv.findIndex((a) => a === '--lang' || a.startsWith('--lang='));
  const value = i < 0 ? undefined : argv[i]!.startsWith('--lang=') ? argv[i]!.slice('--lang='.length) : argv[i + 1];
  return (value !== undefined ? parseLanguage(value) : undefined) ?? languageFromLocale(io.env ?? {}) ?? 'en';
}

/** The catalog for help and usage errors (see usageLanguage). */
export function usageCatalog(argv: readonly string[], io: CliIo): Catalog {
  return messages(usageLanguage(argv, io));
}

/** The help text of a command in the language of its command line. */
export function commandHelp(topic: HelpTopic, argv: readonly string[], io: CliIo): string {
  return helpText(topic, usageLanguage(argv, io));
}

/**
 * What parseArgs rejected, in the catalog's words: the error code says which mistake, the quoted
 * option or argument in Node's English text says where. Node's own text only when neither is known.
 */
function parseArgsProblem(err: unknown, t: Catalog): string {
  const { code, message } = err as { code?: string; message?: string };
  const text = String(message ?? err);
  const quoted = /'([^']*)'/.exec(text)?.[1];
  // `-h, --help <value>` names the option twice: the long name is the one to show.
  const option = quoted?.match(/--?[^\s,<]+/g)?.pop();
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' && option) return t['cli.unknown-option']({ option });
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' && option) {
    if (/does not take an argument/.test(text)) return t['cli.option-takes-no-value']({ option });
    return t['cli.option-value-missing']({ option, followedByOption: /ambiguous/.test(text) });
  }
  if (code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL' && quoted !== undefined)
    return t['cli.unexpected-argument']({ argument: quoted });
  return t['cli.bad-option']({ detail: text });
}

/** Parses a command's arguments; a number is the exit status to return at once (0 after --help, 2 on a usage error). */
export function parseCommand<O extends Options>(name: HelpTopic, argv: string[], options: O, io: CliIo) {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, allowPositionals: true, options });
  } catch (err) {
    io.err(`upgrade-gate ${name}: ${parseArgsProblem(err, usageCatalog(argv, io))}\n\n${commandHelp(name, argv, io)}`);
    return 2;
  }
  if ((parsed.values as { help?: boolean }).help) {
    io.out(commandHelp(name, argv, io));
    return 0;
  }
  return parsed;
}

/** The document files named by PATH arguments (a folder: the documents the configuration selects in it), or the exit status 2 after saying which argument named none. */
export async function documentArguments(
  name: string,
  positionals: string[],
  io: CliIo,
  config?: string,
  language?: Language,
): Promise<string[] | number> {
  const { files, missing } = await expandDocumentPaths(
    positionals,
    io.cwd,
    (root) => loadConfigFor(root, config, io.cwd).config.documents,
  );
  const t = messages(language);
  if (missing.length > 0) {
    io.err(`upgrade-gate ${name}: ${t['cli.no-such-path']({ paths: missing.join(', ') })}`);
    return 2;
  }
  if (files.length === 0) {
    io.err(`upgrade-gate ${name}: ${t['cli.no-yaml']({ paths: positionals.join(', ') })}`);
    return 2;
  }
  return files;
}
