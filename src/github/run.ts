import * as core from '@actions/core';

/** Entry of the Action. Pull-request evaluation is not wired yet: fail closed rather than pass. */
export async function run(): Promise<void> {
  core.setFailed('upgrade-gate: pull-request evaluation is not available in this version; run `upgrade-gate validate` in a workflow step instead');
}
