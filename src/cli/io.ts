/** Where a CLI command writes and which folder it runs in, so commands run the same in tests and in a shell. */
export interface CliIo {
  cwd: string;
  out(line: string): void;
  err(line: string): void;
  /** The environment whose LC_ALL / LC_MESSAGES / LANG choose the language when --lang is not given. */
  env?: Record<string, string | undefined>;
}

/** The process's own streams and working folder. */
export function processIo(): CliIo {
  return {
    cwd: process.cwd(),
    out: (line) => process.stdout.write(`${line}\n`),
    err: (line) => process.stderr.write(`${line}\n`),
    env: process.env,
  };
}
