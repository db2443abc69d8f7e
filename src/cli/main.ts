import type { CliIo } from './io.js';

/**
 * Dispatches a command line to its command and returns the exit status. With --format json, a usage
 * or input error (exit 2) that printed nothing on stdout also prints a JSON finding array there, as a
 * broken configuration does: a script always has a JSON value to read, the text stays on stderr.
 */
export async function runCli(argv: string[], io: CliIo): Promise<number> {
  if (!asksForJson(argv)) return dispatch(argv, io);
  let printed = false;
  const said: string[] = [];
  const status = await dispatch(argv, {
    ...io,
    out: (line) => {
      printed = true;
      io.out(line);
    },
    err: (line) => {
      said.push(line);
      io.err(line);
    },
  });
  if (status === 2 && !printed) io.out(JSON.stringify([usageFinding(argv[0], said)], null, 2));
  return status;
}

/** Whether the command line asks for --format json (before any `--`). */
function asksForJson(argv: string[]): boolean {
  const end = argv.indexOf('--');
  const args = end < 0 ? argv : argv.slice(0, end);
  return args.some((a, i) => a === '--format=json' || (a === '--format' && args[i + 1] === 'json'));
}

/** The usage error as a finding: what stderr said, without the command's name before it or the help after it. */
function usageFinding(
  command: string | undefined,
  said: string[],
): { rule: 'usage'; severity: 'error'; message: string } {
  const text = said.join('\n').split('\n\n')[0] ?? '';
  const prefix = `upgrade-gate ${command ?? ''}: `;
  return { rule: 'usage', severity: 'error', message: text.startsWith(prefix) ? text.slice(prefix.length) : text };
}

async function dispatch(argv: string[], io: CliIo): Promise<number> {
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
