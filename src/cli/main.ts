import type { CliIo } from './io.js';
import { REPORT_HELP, runReport, runVerify, VERIFY_HELP } from './archive-commands.js';
import { OWNERS_HELP, runOwners } from './owners.js';
import { runSimulate, SIMULATE_HELP } from './simulate.js';
import { runValidate, VALIDATE_HELP } from './validate.js';

const HELP = `Usage: upgrade-gate <command> [options]

Commands:
  validate [PATH...]    check upgrade documents against the schema and document rules
  owners --codeowners FILE PATH...
                        print the owners GitHub would assign to each path
  simulate DOC...       the full evaluation offline: time, labels, approvals
  verify [DIR]          check that the archive is intact (hash chain, indexes, files)
  report [DIR]          list archived upgrades, approvers, violations, emergencies per month

Run "upgrade-gate <command> --help" for a command's options.

${VALIDATE_HELP}

${OWNERS_HELP}

${SIMULATE_HELP}

${VERIFY_HELP}

${REPORT_HELP}`;

/** Dispatches a command line to its command and returns the exit status. */
export async function runCli(argv: string[], io: CliIo): Promise<number> {
  const [command, ...rest] = argv;
  switch (command) {
    case 'validate':
      return runValidate(rest, io);
    case 'owners':
      return runOwners(rest, io);
    case 'verify':
      return runVerify(rest, io);
    case 'report':
      return runReport(rest, io);
    case 'simulate':
      return runSimulate(rest, io, () => new Date());
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
