import * as core from '@actions/core';
import { readFileSync } from 'node:fs';
import { LANGUAGES, parseLanguage, type Language } from '../messages/language.js';
import { messages } from '../messages/index.js';
import type { Verdict } from '../policy/verdict.js';
import { describeApiError } from './api-error.js';
import type { RunContext } from './handlers.js';
import { createOctokit, type CallLog } from './octokit.js';
import { startReads } from './first-reads.js';
import type { PullRequestLike } from './reads.js';

// The handlers (policy, YAML, schemas, renderers) load while the first reads are already in flight.
const handlers = () => import('./handlers.js');

const PR_EVENTS = new Set(['pull_request', 'pull_request_target', 'pull_request_review']);
const PR_ACTIONS = new Set(['opened', 'synchronize', 'reopened', 'edited', 'labeled', 'unlabeled', 'ready_for_review', 'submitted', 'dismissed', 'closed']);

/** Entry of the Action: reads the event as the runner provides it, evaluates, publishes, fails closed. */
export async function run(): Promise<void> {
  const log: CallLog = { calls: [] };
  // The one place that reads the clock: the core takes `now` as an input.
  const now = new Date();
  let language: Language | undefined;
  try {
    const token = core.getInput('github-token', { required: true });
    const configPath = core.getInput('config') || '.github/upgrade-gate.yml';
    const inputContext = core.getInput('status-context') || 'upgrade-gate';
    const failOn = core.getInput('fail-on') || 'error';
    if (!['error', 'warning', 'never'].includes(failOn)) throw new Error(`input fail-on must be error, warning or never, not "${failOn}"`);
    const languageInput = core.getInput('language');
    language = languageInput ? parseLanguage(languageInput) : undefined;
    if (languageInput && !language) throw new Error(`input language must be ${LANGUAGES.join(' or ')}, not "${languageInput}"`);
    const eventName = process.env.GITHUB_EVENT_NAME ?? '';
    const eventPath = process.env.GITHUB_EVENT_PATH;
    const repository = process.env.GITHUB_REPOSITORY ?? '';
    const [owner, repoName] = repository.split('/');
    if (!owner || !repoName) throw new Error('GITHUB_REPOSITORY is not set to owner/name: run upgrade-gate as a GitHub Actions step');
    if (!eventPath) throw new Error('GITHUB_EVENT_PATH is not set: run upgrade-gate as a GitHub Actions step');
    const payload = JSON.parse(readFileSync(eventPath, 'utf8')) as Record<string, unknown>;
    const server = process.env.GITHUB_SERVER_URL ?? 'https://github.com';
    const runUrl = process.env.GITHUB_RUN_ID ? `${server}/${repository}/actions/runs/${process.env.GITHUB_RUN_ID}` : undefined;
    const ctx: RunContext = { octokit: await createOctokit(token, log), repo: { owner, repo: repoName }, configPath, inputContext, now, runUrl, log, language };

    if (eventName === 'issue_comment') {
      // Outcome commands on merged upgrade PRs; any other comment is decided from the payload, with no call.
      const { handleIssueComment } = await import('./outcome.js');
      core.setOutput('outcome', await handleIssueComment(ctx, payload));
      return;
    }
    const verdicts: Verdict[] = [];
    if (PR_EVENTS.has(eventName)) {
      const action = String(payload.action ?? '');
      const pr = payload.pull_request as PullRequestLike | undefined;
      if (!pr) throw new Error(`the ${eventName} event carries no pull_request`);
      if (!PR_ACTIONS.has(action)) core.info(`upgrade-gate: ${eventName}.${action} changes nothing the policy reads; evaluating anyway`);
      if (action === 'closed' && !pr.merged) {
        core.info(`upgrade-gate: PR #${pr.number} was closed without merging: nothing to check or archive`);
        return;
      }
      startReads(ctx.octokit, ctx.repo, pr, configPath);
      verdicts.push(await (await handlers()).evaluatePullRequest(ctx, pr, action === 'closed' ? 'merged' : 'open'));
    } else if (eventName === 'merge_group') {
      verdicts.push(...(await (await handlers()).evaluateMergeGroup(ctx, payload)));
    } else if (eventName === 'schedule' || eventName === 'workflow_dispatch') {
      // A PR that cannot be re-checked must not keep a missing merge out of the archive: run both, then report.
      const { reevaluateOpenPullRequests, backfillArchive } = await handlers();
      const [open, backfill] = await Promise.allSettled([reevaluateOpenPullRequests(ctx), backfillArchive(ctx)]);
      if (open.status === 'fulfilled') verdicts.push(...open.value);
      // After the backfill, so a record it wrote is already there; a failure here still fails the job.
      const { reportPendingOutcomes } = await import('./outcome-pending.js');
      const pending = await reportPendingOutcomes(ctx, payload).then(() => undefined, (err: unknown) => err);
      // The setup that enforces the gate, checked on every scheduled run (as upgrade-gate doctor does).
      await (await import('./setup-summary.js')).summarizeSetup(ctx, payload);
      // Online verify: every commit that changed the archive is the writer's, signed as GitHub verifies.
      await (await import('./archive-signatures.js')).reportArchiveSignatures(ctx, payload);
      for (const r of [open, backfill]) if (r.status === 'rejected') throw r.reason;
      if (pending) throw pending;
    } else {
      core.warning(`upgrade-gate: the ${eventName || 'unknown'} event is not one upgrade-gate handles; add pull_request_target, pull_request_review, merge_group, schedule and issue_comment to the workflow's on: list`);
      return;
    }
    const last = verdicts[verdicts.length - 1];
    if (last) (await handlers()).setOutputs(last, ctx.archivePath);
    const failing = verdicts.filter((v) => v.outcome !== 'pass' || (failOn === 'warning' && v.findings.some((f) => f.severity === 'warning')));
    // The job's failure message speaks the policy's language, as the status and comment do.
    if (failOn !== 'never' && failing.length > 0) core.setFailed(messages(failing[0]!.language)['job.failed']({ summary: failing.map((v) => v.summary).join(' | ') }));
  } catch (err) {
    core.setFailed(messages(language)['job.could-not-finish']({ error: describeApiError(err) }));
  } finally {
    core.info(`upgrade-gate: ${log.calls.length} REST call${log.calls.length === 1 ? '' : 's'} (${log.calls.map((c) => `${c.method} ${c.url.replace(/^https?:\/\/[^/]+/, '')} ${c.status ?? 'failed'}`).join(', ')})`);
  }
}
