import * as core from '@actions/core';
import { doctorMessages } from '../messages/doctor-catalog.js';
import type { Language } from '../messages/language.js';
import type { PublishTarget } from './publish.js';

/** The login GitHub gives GITHUB_TOKEN: any workflow of the repository posts statuses as it. */
export const ACTIONS_LOGIN = 'github-actions[bot]';

/**
 * The job summary's line on who published the status (the creator GitHub recorded); when it is GitHub
 * Actions, a warning that any workflow can post the same status, with the way out.
 */
export async function summarizeIdentity(t: PublishTarget, language: Language): Promise<void> {
  if (!t.identity) return;
  const m = doctorMessages(language);
  const actions = t.identity === ACTIONS_LOGIN;
  // Chinese sentences follow each other without a space.
  const line = [
    m['identity.posted']({ context: t.context, login: t.identity }),
    ...(actions ? [m['identity.actions']()] : []),
  ].join(language === 'zh-CN' ? '' : ' ');
  if (!process.env.GITHUB_STEP_SUMMARY) return;
  // The login and context come from GitHub and the policy: inert in Markdown all the same.
  await core.summary
    .addRaw(`\n${actions ? '⚠️' : '🔏'} ${line.replace(/[\\`*_[\]<>|#!~]/g, (c) => `\\${c}`)}\n`, true)
    .write();
}
