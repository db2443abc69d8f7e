import { helpText } from '../messages/help.js';
import { usageCatalog, usageLanguage } from './command.js';
import type { CliIo } from './io.js';

/** Dispatches a command line to its command and returns the exit status. */
export async function runCli(argv: string[], io: CliIo): Promise<number> {
  const [command, ...rest] = argv;
  switch (command) {
    // Each command is loaded when it runs: a start pays only for the code of the command it runs.
    case 'validate':
      return (await import('./validate.js')).runValidate(rest, io);
    case 'owners':
      return (await import('./owners.js')).runOwners(rest, io);
    case 'verify':
      return (await import('./archive-commands.js')).runVerify(rest, io);
    case 'report':
      return (await import('./archive-commands.js')).runReport(rest, io);
    case 'doctor':
      return (await import('./doctor.js')).runDoctor(rest, io);
    case 'simulate':
      return (await import('./simulate.js')).runSimulate(rest, io, () => new Date());
    case undefined:
    case 'help':
    case '--help':
    case '-h':
      io.out(helpText('main', usageLanguage(rest, io)));
      return command === undefined ? 2 : 0;
    default:
      io.err(
        `upgrade-gate: ${usageCatalog(rest, io)['cli.unknown-command']({ command })}\n\n${helpText('main', usageLanguage(rest, io))}`,
      );
      return 2;
  }
}
