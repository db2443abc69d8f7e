import { helpText } from '../messages/help.js';
import { usageCatalog, usageLanguage } from './command.js';
import type { CliIo } from './io.js';

/** `upgrade-gate`, `help`, `--help`: the main help; exit status 2 when no command was given at all. */
export function runMainHelp(command: string | undefined, rest: string[], io: CliIo): number {
  io.out(helpText('main', usageLanguage(rest, io)));
  return command === undefined ? 2 : 0;
}

/** A command the CLI does not have: said, with the main help after it. */
export function runUnknownCommand(command: string, rest: string[], io: CliIo): number {
  io.err(
    `upgrade-gate: ${usageCatalog(rest, io)['cli.unknown-command']({ command })}\n\n${helpText('main', usageLanguage(rest, io))}`,
  );
  return 2;
}
