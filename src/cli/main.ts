import type { CliIo } from './io.js';

const HELP = `Usage: upgrade-gate <command> [options]

Commands:
  validate [PATH...]    check upgrade documents against the schema and document rules
  owners --codeowners FILE PATH...
                        print the owners GitHub would assign to each path
  simulate DOC...       the full evaluation offline: time, labels, approvals
  verify [DIR]          check that the archive is intact (hash chain, indexes, files)
  report [DIR]          list archived upgrades, approvers, violations, emergencies per month

Run "upgrade-gate <command> --help" (or -h) for a command's options.

Exit status of every command: 0 clean, 1 findings (a broken rule, a damaged archive),
2 usage or input errors (an unknown option, a missing file or folder, a broken configuration).`;

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
    case 'simulate':
      return (await import('./simulate.js')).runSimulate(rest, io, () => new Date());
    case undefined:
    case 'help':
    case '--help':
    case '-h':
      io.out(HELP);
      return command === undefined ? 2 : 0;
    default:
      io.err(`upgrade-gate: unknown command "${command}"\n\n${HELP}`);
      return 2;
  }
}
