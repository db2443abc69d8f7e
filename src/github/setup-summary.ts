import * as core from '@actions/core';
import { checkSetup, renderSetupMarkdown, type SetupCheck } from '../setup/doctor.js';
import { logMessages } from '../messages/log-catalog.js';
import { describeApiError } from './api-error.js';
import type { RunContext } from './handlers.js';
import { readSetupFacts } from './setup-reads.js';

/** The workflow file of this run, from GITHUB_WORKFLOW_REF (owner/repo/.github/workflows/x.yml@refs/heads/main). */
function runningWorkflow(): string | undefined {
  const ref = process.env.GITHUB_WORKFLOW_REF ?? '';
  return /^[^/]+\/[^/]+\/(.+?)@/.exec(ref)?.[1];
}

/**
 * doctor as part of a scheduled run: the setup checks of the default branch go into the job summary,
 * each finding also as a warning annotation. A setup that cannot be read is said so, never passed.
 */
export async function summarizeSetup(
  ctx: RunContext,
  payload: Record<string, unknown>,
): Promise<SetupCheck[] | undefined> {
  const branch = (payload.repository as { default_branch?: string } | undefined)?.default_branch;
  let section: string;
  let checks: SetupCheck[] | undefined;
  try {
    const facts = await readSetupFacts(ctx.octokit, ctx.repo, {
      branch,
      configPath: ctx.configPath,
      runningWorkflow: runningWorkflow(),
    });
    const language = ctx.language ?? facts.config.language;
    checks = checkSetup(facts, language);
    section = renderSetupMarkdown(checks, facts.repo, facts.base.name, language);
    for (const c of checks)
      if (c.level !== 'ok')
        core.warning(logMessages(language)['doctor.finding']({ id: c.id, message: c.message, fix: c.fix ?? '' }));
  } catch (err) {
    const language = ctx.language ?? ctx.policyLanguage;
    const error = describeApiError(err, language);
    section = `## upgrade-gate doctor\n\n❌ ${logMessages(language)
      ['doctor.unreadable']({ error })
      .replace(/[\\`*_[\]<>|#]/g, (c) => `\\${c}`)}\n`;
    core.warning(logMessages(language)['doctor.unreadable']({ error }));
  }
  if (process.env.GITHUB_STEP_SUMMARY) await core.summary.addRaw(section, true).write();
  return checks;
}
