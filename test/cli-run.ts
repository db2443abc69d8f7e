import { runCli } from '../src/cli/main.js';

/** What a command printed and its exit status. */
export interface CliResult {
  status: number;
  stdout: string;
  stderr: string;
}

/**
 * Runs the CLI from the source, in-process, in `cwd`: what a shell would see from the bundle, with
 * no build in between (the bundles themselves have their smoke test).
 */
export async function cli(cwd: string, argv: string[], env?: Record<string, string | undefined>): Promise<CliResult> {
  const out: string[] = [];
  const err: string[] = [];
  const status = await runCli(argv, { cwd, out: (l) => out.push(l), err: (l) => err.push(l), env });
  // A process prints each line with its newline; tests compare against what a shell would show.
  return { status, stdout: out.map((l) => `${l}\n`).join(''), stderr: err.map((l) => `${l}\n`).join('') };
}
