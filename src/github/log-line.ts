import * as core from '@actions/core';

// Line breaks of every kind: the runner reads each line of the job log on its own, so text from a pull
// request that held one could start a line of its own.
const BREAKS = /[\r\n\u0085\u2028\u2029\v\f]+/g;
// A zero-width space is no whitespace to the runner: a line that begins with it is no command.
const ZWSP = '\u200B';

/**
 * One line of the job log, inert to the runner: text a pull request wrote (file names, summaries that
 * quote them) never starts a line the runner reads as a workflow command (`::error::`, `::add-mask::`,
 * `::stop-commands::`), nor holds the older `##[` form. `core.info` writes its text as it is, unlike
 * `core.error` and `core.warning`, which escape it.
 */
export function inertLogLine(text: string): string {
  const line = text.replace(BREAKS, ' ').replaceAll('##[', `##${ZWSP}[`);
  return /^\s*::/.test(line) ? `${ZWSP}${line}` : line;
}

/** Writes one inert line to the job log (see inertLogLine). */
export function logLine(text: string): void {
  core.info(inertLogLine(text));
}
