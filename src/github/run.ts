import * as core from '@actions/core';
import { logLine } from './log-line.js';
import { readFileSync } from 'node:fs';
import { LANGUAGES, parseLanguage, type Language } from '../messages/language.js';
import { messages } from '../messages/index.js';
import { logMessages } from '../messages/log-catalog.js';
import type { Verdict } from '../policy/verdict.js';
import { describeApiError, GateError } from './api-error.js';
import type { RunContext } from './handlers.js';
import { createOctokit, type CallLog } from './octokit.js';
import { startReads } from './first-reads.js';
import type { PullRequestLike } from './reads.js';

// The handlers (policy, YAML, schemas, renderers) load while the first reads are already in flight.
const handlers = () => import('./handlers.js');

const PR_ACTIONS = new Set([
  'opened',
  'synchronize',
  'reopened',
  'edited',
  'labeled',
  'unlabeled',
  'ready_for_review',
  'submitted',
  'dismissed',
  'closed',
]);

/** The Action's inputs, checked. */
interface RunInputs {
  token: string;
  configPath: string;
  inputContext: string;
  failOn: 'error' | 'warning' | 'never';
}

/** What the runner says about the run: the event, its payload, the repository and the run's page. */
interface RunEnvironment {
  eventName: string;
  payload: Record<string, unknown>;
  owner: string;
  repo: string;
  runUrl: string | undefined;
}

/**
 * What one event's handler leaves to the entry: the verdicts that set the outputs and decide whether
 * the job fails (none for events that only record or report).
 */
type EventHandler = (ctx: RunContext, payload: Record<string, unknown>, eventName: string) => Promise<Verdict[]>;

// The events the Action handles, each to its handler (declared below); the workflow template subscribes to these.
const EVENT_HANDLERS = new Map<string, EventHandler>([
  ['pull_request', onPullRequest],
  ['pull_request_target', onPullRequest],
  ['pull_request_review', onPullRequest],
  ['merge_group', onMergeGroup],
  ['schedule', onSchedule],
  ['workflow_dispatch', onSchedule],
  ['issue_comment', onIssueComment],
]);

/** Entry of the Action: reads the event as the runner provides it, evaluates, publishes, fails closed. */
export async function run(): Promise<void> {
  const log: CallLog = { calls: [] };
  // The one place that reads the clock: the core takes `now` as an input.
  const now = new Date();
  let language: Language | undefined;
  let ctx: RunContext | undefined;
  // The job log speaks the Action input's language, else the policy's once a handler has read it.
  const spoken = () => ctx?.language ?? ctx?.policyLanguage ?? language;
  try {
    // The language first, so that a bad input is named in it.
    language = readLanguage();
    const inputs = readInputs();
    const env = readEnvironment();
    ctx = {
      octokit: await createOctokit(inputs.token, log, spoken),
      repo: { owner: env.owner, repo: env.repo },
      configPath: inputs.configPath,
      inputContext: inputs.inputContext,
      now,
      runUrl: env.runUrl,
      log,
      language,
    };
    const handler = EVENT_HANDLERS.get(env.eventName);
    if (!handler) {
      core.warning(logMessages(spoken())['event.unhandled']({ event: env.eventName }));
      return;
    }
    await finish(ctx, await handler(ctx, env.payload, env.eventName), inputs.failOn);
  } catch (err) {
    core.setFailed(messages(spoken())['job.could-not-finish']({ error: describeApiError(err, spoken()) }));
  } finally {
    const list = log.calls
      .map((c) => `${c.method} ${c.url.replace(/^https?:\/\/[^/]+/, '')} ${c.status ?? '–'}`)
      .join(', ');
    logLine(logMessages(spoken()).calls({ count: log.calls.length, list }));
  }
}

/** The Action's inputs with their defaults; throws on a fail-on it does not know. */
function readInputs(): RunInputs {
  const token = core.getInput('github-token', { required: true });
  const configPath = core.getInput('config') || '.github/upgrade-gate.yml';
  const inputContext = core.getInput('status-context') || 'upgrade-gate';
  const failOn = core.getInput('fail-on') || 'error';
  if (failOn !== 'error' && failOn !== 'warning' && failOn !== 'never')
    throw new GateError((t) => t['input.fail-on']({ value: failOn }));
  return { token, configPath, inputContext, failOn };
}

/** The input `language`: undefined leaves it to the policy; throws on a language the catalog lacks. */
function readLanguage(): Language | undefined {
  const languageInput = core.getInput('language');
  const language = languageInput ? parseLanguage(languageInput) : undefined;
  if (languageInput && !language)
    throw new GateError((t) => t['input.language']({ value: languageInput, allowed: LANGUAGES }));
  return language;
}

/** The event and repository from the runner's environment; throws when not run as a GitHub Actions step. */
function readEnvironment(): RunEnvironment {
  const eventName = process.env.GITHUB_EVENT_NAME ?? '';
  const eventPath = process.env.GITHUB_EVENT_PATH;
  const repository = process.env.GITHUB_REPOSITORY ?? '';
  const [owner, repo] = repository.split('/');
  if (!owner || !repo) throw new GateError((t) => t['env.repository']());
  if (!eventPath) throw new GateError((t) => t['env.event-path']());
  const payload = JSON.parse(readFileSync(eventPath, 'utf8')) as Record<string, unknown>;
  const server = process.env.GITHUB_SERVER_URL ?? 'https://github.com';
  const runUrl = process.env.GITHUB_RUN_ID
    ? `${server}/${repository}/actions/runs/${process.env.GITHUB_RUN_ID}`
    : undefined;
  return { eventName, payload, owner, repo, runUrl };
}

/** Sets the outputs from the last verdict and fails the job when a verdict does not pass (or warns, with fail-on: warning). */
async function finish(ctx: RunContext, verdicts: Verdict[], failOn: RunInputs['failOn']): Promise<void> {
  const last = verdicts[verdicts.length - 1];
  if (last) (await handlers()).setOutputs(last, ctx.archivePath);
  const failing = verdicts.filter(
    (v) => v.outcome !== 'pass' || (failOn === 'warning' && v.findings.some((f) => f.severity === 'warning')),
  );
  // The job's failure message speaks the policy's language, as the status and comment do.
  if (failOn !== 'never' && failing.length > 0)
    core.setFailed(
      messages(failing[0]!.language)['job.failed']({ summary: failing.map((v) => v.summary).join(' | ') }),
    );
}

/** pull_request, pull_request_target, pull_request_review: one PR evaluated, archived when it merged. */
async function onPullRequest(ctx: RunContext, payload: Record<string, unknown>, eventName: string): Promise<Verdict[]> {
  const action = String(payload.action ?? '');
  const pr = payload.pull_request as PullRequestLike | undefined;
  if (!pr) throw new GateError((t) => t['event.no-pull-request']({ event: eventName }));
  const log = logMessages(ctx.language);
  if (!PR_ACTIONS.has(action)) logLine(log['event.other-action']({ event: eventName, action }));
  if (action === 'closed' && !pr.merged) {
    logLine(log['event.closed-unmerged']({ pr: pr.number }));
    return [];
  }
  startReads(ctx.octokit, ctx.repo, pr, ctx.configPath);
  return [await (await handlers()).evaluatePullRequest(ctx, pr, action === 'closed' ? 'merged' : 'open')];
}

/** merge_group: every PR of the group evaluated, one status on the group's head. */
async function onMergeGroup(ctx: RunContext, payload: Record<string, unknown>): Promise<Verdict[]> {
  return (await handlers()).evaluateMergeGroup(ctx, payload);
}

/** schedule, workflow_dispatch: open PRs re-evaluated, missing records backfilled, pending outcomes, setup and archive signatures reported. */
async function onSchedule(ctx: RunContext, payload: Record<string, unknown>): Promise<Verdict[]> {
  // A PR that cannot be re-checked must not keep a missing merge out of the archive: run both, then report.
  const { reevaluateOpenPullRequests, backfillArchive } = await handlers();
  const [open, backfill] = await Promise.allSettled([reevaluateOpenPullRequests(ctx), backfillArchive(ctx)]);
  // After the backfill, so a record it wrote is already there; a failure here still fails the job.
  const { reportPendingOutcomes } = await import('./outcome-pending.js');
  const pending = await reportPendingOutcomes(ctx, payload).then(
    () => undefined,
    (err: unknown) => err,
  );
  // The setup that enforces the gate, checked on every scheduled run (as upgrade-gate doctor does).
  await (await import('./setup-summary.js')).summarizeSetup(ctx, payload);
  // Online verify: every commit that changed the archive is the writer's, signed as GitHub verifies.
  await (await import('./archive-signatures.js')).reportArchiveSignatures(ctx, payload);
  for (const r of [open, backfill]) if (r.status === 'rejected') throw r.reason;
  if (pending) throw pending;
  return open.status === 'fulfilled' ? open.value : [];
}

/** issue_comment: outcome commands on merged upgrade PRs; any other comment is decided from the payload, with no call. */
async function onIssueComment(ctx: RunContext, payload: Record<string, unknown>): Promise<Verdict[]> {
  const { handleIssueComment } = await import('./outcome.js');
  core.setOutput('outcome', await handleIssueComment(ctx, payload));
  return [];
}
