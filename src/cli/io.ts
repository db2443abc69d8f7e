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
    out: lineWriter(process.stdout),
    err: lineWriter(process.stderr),
    env: process.env,
  };
}

/**
 * Writes lines to a stream until its reader goes away (EPIPE, as when the output is piped into
 * `head`): the rest is dropped quietly and the command ends with its own status, as it would have.
 */
function lineWriter(stream: NodeJS.WriteStream): (line: string) => void {
  let gone = false;
  stream.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code !== 'EPIPE' && err.code !== 'ERR_STREAM_DESTROYED') throw err;
    gone = true;
  });
  return (line) => {
    if (!gone && !stream.destroyed) stream.write(`${line}\n`);
  };
}
