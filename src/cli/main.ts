import type { CliIo } from './io.js';

/** Dispatches a command line to its command and returns the exit status. */
export async function runCli(argv: string[], io: CliIo): Promise<number> {
  const [command, ...rest] = argv;
  switch (command) {
    // Each command, and the help, is loaded when it runs: a start pays only for the code of the
    // command it runs (in the bundle, each is a file of its own).
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
      return (await import('./help-command.js')).runMainHelp(command, rest, io);
    default:
      return (await import('./help-command.js')).runUnknownCommand(command, rest, io);
  }
}
