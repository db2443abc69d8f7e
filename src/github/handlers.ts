import * as core from '@actions/core';
import { logLine } from './log-line.js';
import type { ArchiveResult } from './archive-writer.js';
import { loadPolicyConfig } from '../policy/load-policy.js';
import { evaluate } from '../policy/evaluate.js';
import type { Prepared } from '../policy/prepare.js';
import type { PullRequestSnapshot } from '../policy/snapshot.js';
import pkg from '../../package.json' with { type: 'json' };
import { messages, type Language } from '../messages/index.js';
import { logMessages } from '../messages/log-catalog.js';
import type { Verdict } from '../policy/verdict.js';
import { answered, describeApiError, GateError } from './api-error.js';
import { collectPolicy, collectSnapshot, policyBase } from './collect.js';
import type { CallLog, Octokit } from './octokit.js';
import { pinEvidence } from './evidence-pins.js';
import { readFile, type PullRequestLike, type Repo } from './reads.js';
import { pathsAtTip } from './trees.js';
import { statusDescription, statusState, withoutCountdown } from '../report/status.js';
import { summarizeIdentity } from './identity.js';
import { currentStatus, publishComment, publishRunReport, publishStatus, type PublishTarget } from './publish.js';

export { setOutputs } from './publish.js';

/** What every handler of a run works with. */
export interface RunContext {
  octokit: Octokit;
  repo: Repo;
  configPath: string;
  /** The status context of the Action's input: used when the configuration cannot be read or is broken. */
  inputContext: string;
  now: Date;
  runUrl?: string;
  log: CallLog;
  archivePath?: string;
  /** The Action input `language`, which overrides the policy's; undefined leaves it to the policy. */
  language?: Language;
  /** The language of the first policy this run read, for the job log of what is not one PR's verdict. */
  policyLanguage?: Language;
}

/** The language of the job log and of statuses set without a verdict: the Action input's, else the policy's once read. */
export function runLanguage(ctx: RunContext): Language | undefined {
  return ctx.language ?? ctx.policyLanguage;
}

// The parse collect made of each snapshot's configuration and documents: evaluate judges with it rather than parse again.
const preparedOf = new WeakMap<PullRequestSnapshot, Prepared>();

/** The facts of one pull request at an instant, in the language the Action was asked to speak. */
async function snapshotOf(ctx: RunContext, pr: PullRequestLike, at: Date): Promise<PullRequestSnapshot> {
  const { snapshot, prepared } = await collectSnapshot(ctx.octokit, ctx.repo, pr, at, ctx.configPath, {
    language: ctx.language,
  });
  preparedOf.set(snapshot, prepared);
  return snapshot;
}

/** evaluate, with collect's parse of the same snapshot. */
function judge(snapshot: PullRequestSnapshot): Verdict {
  return evaluate(snapshot, preparedOf.get(snapshot));
}

/**
 * The status context branch protection requires for PRs on this base: the configured one, or the
 * Action input's when the configuration is broken. Throws when the configuration cannot be read
 * (the caller then writes its error under the input's context).
 */
async function statusContext(ctx: RunContext, pr: PullRequestLike): Promise<string> {
  // The same read (and cache entry) collect uses for the policy.
  const policy = await collectPolicy(
    ctx.octokit,
    ctx.repo,
    await policyBase(ctx.octokit, ctx.repo, pr),
    ctx.configPath,
    ctx.language,
  );
  ctx.policyLanguage ??= policy.parsed.language;
  return policy.usable ? policy.parsed['status-context'] : ctx.inputContext;
}

/** Rules whose breach is recorded in the archive at merge whether or not the PR has an upgrade document. */
const RECORDED_ALWAYS = new Set(['archive.protected', 'document.archived']);

/** Collect, evaluate and publish one pull request; on an API failure, set `error` (never success) and rethrow. */
export async function evaluatePullRequest(
  ctx: RunContext,
  pr: PullRequestLike,
  phase: 'open' | 'merged',
  statusSha = pr.head.sha,
): Promise<Verdict> {
  const target: PublishTarget = {
    repo: ctx.repo,
    sha: statusSha,
    prNumber: pr.number,
    context: ctx.inputContext,
    runUrl: ctx.runUrl,
  };
  let verdict: Verdict;
  let snapshot: PullRequestSnapshot;
  // A merged PR is judged at the moment it merged, whenever this job happens to run.
  const at = phase === 'merged' && pr.merged_at ? new Date(pr.merged_at) : ctx.now;
  try {
    // Every status of this PR, errors included, goes to the one context branch protection requires.
    target.context = await statusContext(ctx, pr);
    snapshot = await snapshotOf(ctx, pr, at);
    verdict = judge(snapshot);
  } catch (err) {
    const language = runLanguage(ctx);
    const message = describeApiError(err, language);
    await publishStatus(
      ctx.octokit,
      target,
      'error',
      messages(language)['status.could-not-evaluate']({ error: message }),
    ).catch((e) =>
      core.warning(logMessages(language)['status.error-not-set']({ error: describeApiError(e, language) })),
    );
    throw err;
  }
  logLine(
    messages(verdict.language)['job.verdict']({ pr: pr.number, outcome: verdict.outcome, summary: verdict.summary }),
  );
  // A merge that changed the policy, the archive or an archived document is recorded even without a document of its own.
  if (
    phase === 'merged' &&
    (snapshot.documents.length > 0 ||
      verdict.policyChange ||
      verdict.findings.some((f) => f.severity === 'error' && RECORDED_ALWAYS.has(f.rule)))
  ) {
    const forged = await statusAtMerge(ctx, target, verdict);
    const result = await archive(ctx, snapshot, verdict, false, forged);
    ctx.archivePath = result.path;
    target.archivePath = result.path;
    if (result.violations > 0)
      core.setFailed(
        messages(verdict.language)['job.breach']({ pr: pr.number, count: result.violations, path: result.path }),
      );
  }
  await publishEverywhere(ctx, target, verdict);
  return verdict;
}

/** The upgrade-gate status on the merged head: a success there while the merge-time evaluation fails means it was forged or stale. */
async function statusAtMerge(
  ctx: RunContext,
  target: PublishTarget,
  verdict: Verdict,
): Promise<{ state: string; creator?: string } | undefined> {
  if (verdict.outcome === 'pass') return undefined;
  const { data } = await ctx.octokit.rest.repos.listCommitStatusesForRef({
    ...ctx.repo,
    ref: target.sha,
    per_page: 100,
  });
  const ours = data.find((s) => s.context === target.context);
  return ours?.state === 'success' ? { state: ours.state, creator: ours.creator?.login } : undefined;
}

/** Commits the archive record of a merged upgrade PR. */
async function archive(
  ctx: RunContext,
  snapshot: PullRequestSnapshot,
  verdict: Verdict,
  backfilled: boolean,
  forgedStatus?: { state: string; creator?: string },
): Promise<ArchiveResult> {
  const { config } = loadPolicyConfig(snapshot.config.text, snapshot.config.path);
  // The evidence as merged, pinned by blob id and sha256: the record proves which report was approved.
  const evidence = await pinEvidence(ctx.octokit, ctx.repo, snapshot);
  // Loaded at a merge only: the archive's formats and their validators are no part of a PR's evaluation.
  const { archiveMerge } = await import('./archive-writer.js');
  const result = await archiveMerge(ctx.octokit, ctx.repo, snapshot, verdict, {
    folder: config.archive.folder,
    branch: config.archive.branch ?? snapshot.pullRequest.baseRef,
    zone: config['time-zone'],
    toolVersion: pkg.version,
    tzdata: process.versions.tz,
    backfilled,
    forgedStatus,
    evidence,
  });
  const log = logMessages(verdict.language);
  logLine(
    result.written
      ? log['archive.written']({ path: result.path, attempts: result.attempts })
      : log['archive.exists']({ path: result.path }),
  );
  return result;
}

/**
 * Every merged upgrade PR within the look-back (archive.backfill-days of its base branch's policy)
 * that has no record yet, whatever the chain head says (a failed run, a merge while the Action was
 * broken), archived as backfilled in merge order. A PR has a record when a file of the archive
 * branch ends in -pr<number>.json, in any format's naming.
 */
export async function backfillArchive(ctx: RunContext): Promise<void> {
  const bases = new Map<string, Promise<{ since: string; recorded: Set<number> | undefined }>>();
  const baseOf = (branch: string) => {
    let p = bases.get(branch);
    if (!p) {
      p = (async () => {
        const { config } = loadPolicyConfig(
          await readFile(ctx.octokit, ctx.repo, ctx.configPath, branch),
          ctx.configPath,
        );
        const since = new Date(ctx.now.getTime() - config.archive['backfill-days'] * 86_400_000).toISOString();
        const files = await pathsAtTip(ctx.octokit, ctx.repo, config.archive.branch ?? branch);
        const folder = `${config.archive.folder}/`;
        const recorded = files
          ? new Set(
              [...files].flatMap((f) =>
                f.startsWith(folder)
                  ? [...f.slice(folder.length).matchAll(/^\d{4}\/\d{2}\/[^/]+-pr(\d+)\.json$/g)].map((m) =>
                      Number(m[1]),
                    )
                  : [],
              ),
            )
          : undefined;
        return { since, recorded };
      })();
      bases.set(branch, p);
    }
    return p;
  };
  const missing: PullRequestLike[] = [];
  let pages = 0;
  for await (const page of ctx.octokit.paginate.iterator(ctx.octokit.rest.pulls.list, {
    ...ctx.repo,
    state: 'closed',
    sort: 'updated',
    direction: 'desc',
    per_page: 100,
  })) {
    let oldest = '';
    for (const pr of page.data) {
      if (!oldest || pr.updated_at < oldest) oldest = pr.updated_at;
      if (!pr.merged_at) continue;
      const base = await baseOf(pr.base.ref);
      if (pr.merged_at < base.since || base.recorded?.has(pr.number)) continue;
      missing.push(pr as unknown as PullRequestLike);
    }
    // Newest-updated first, and a PR is updated when it merges: once a page is older than every look-back, stop.
    const since = (await Promise.all([...bases.values()])).map((b) => b.since).sort()[0];
    if (!page.data.length || (since && oldest < since) || ++pages >= 50) break;
  }
  missing.sort((a, b) => (a.merged_at! < b.merged_at! ? -1 : a.merged_at! > b.merged_at! ? 1 : a.number - b.number));
  for (const pr of missing) {
    const snapshot = await snapshotOf(ctx, pr, new Date(pr.merged_at!));
    if (snapshot.documents.length === 0) continue;
    const verdict = judge(snapshot);
    const result = await archive(ctx, snapshot, verdict, true);
    if (result.written)
      core.warning(logMessages(verdict.language)['archive.backfilled']({ pr: pr.number, path: result.path }));
  }
}

async function publishEverywhere(ctx: RunContext, target: PublishTarget, verdict: Verdict): Promise<void> {
  const log = logMessages(verdict.language);
  try {
    await publishStatus(ctx.octokit, target, statusState(verdict), statusDescription(verdict));
  } catch (err) {
    if (answered(err, 403)) core.warning(log['status.forbidden']({ error: describeApiError(err, verdict.language) }));
    else throw err;
  }
  try {
    const c = await publishComment(ctx.octokit, target, verdict);
    logLine(log['comment.done']({ what: c }));
  } catch (err) {
    if (answered(err, 403)) core.warning(log['comment.forbidden']({ error: describeApiError(err, verdict.language) }));
    else throw err;
  }
  await publishRunReport(verdict, ctx.runUrl);
  await summarizeIdentity(target, verdict.language);
}

/**
 * merge_group: evaluate each PR in the group at queue time and set one status on the group's head:
 * the worst of them, so one PR that may not merge holds the whole group.
 */
export async function evaluateMergeGroup(ctx: RunContext, payload: Record<string, unknown>): Promise<Verdict[]> {
  const group = payload.merge_group as { head_sha?: string; head_ref?: string } | undefined;
  if (!group?.head_sha || !group.head_ref) {
    core.warning(logMessages(runLanguage(ctx))['merge-group.no-head']());
    return [];
  }
  const target: PublishTarget = { repo: ctx.repo, sha: group.head_sha, context: ctx.inputContext, runUrl: ctx.runUrl };
  const numbers = [...group.head_ref.matchAll(/pr-(\d+)-/g)].map((m) => Number(m[1]));
  if (numbers.length === 0) {
    // Without the PR the group cannot be judged: say so on the group, never let it pass silently.
    const ref = group.head_ref;
    await publishStatus(ctx.octokit, target, 'error', logMessages(runLanguage(ctx))['merge-group.no-pr']({ ref }));
    throw new GateError((t) => t['merge-group.no-pr']({ ref }));
  }
  const verdicts: Verdict[] = [];
  try {
    for (const n of numbers) {
      const { data: pr } = await ctx.octokit.rest.pulls.get({ ...ctx.repo, pull_number: n });
      target.context = await statusContext(ctx, pr as unknown as PullRequestLike);
      const verdict = judge(await snapshotOf(ctx, pr as unknown as PullRequestLike, ctx.now));
      logLine(
        logMessages(verdict.language)['merge-group.verdict']({
          pr: n,
          outcome: verdict.outcome,
          summary: verdict.summary,
        }),
      );
      verdicts.push(verdict);
    }
  } catch (err) {
    await publishStatus(
      ctx.octokit,
      target,
      'error',
      messages(runLanguage(ctx))['status.could-not-evaluate']({ error: describeApiError(err, runLanguage(ctx)) }),
    ).catch(() => undefined);
    throw err;
  }
  const states = verdicts.map(statusState);
  const state = states.includes('error') ? 'error' : states.includes('failure') ? 'failure' : 'success';
  const described = verdicts.map((v, i) => `#${numbers[i]}: ${statusDescription(v)}`).join(' | ');
  await publishStatus(ctx.octokit, target, state, described);
  for (const v of verdicts) await publishRunReport(v, ctx.runUrl);
  await summarizeIdentity(target, verdicts[0]!.language);
  return verdicts;
}

/** schedule / workflow_dispatch: re-evaluate every open PR so the Thursday window flips statuses without a push. */
export async function reevaluateOpenPullRequests(ctx: RunContext): Promise<Verdict[]> {
  const prs = await ctx.octokit.paginate(ctx.octokit.rest.pulls.list, { ...ctx.repo, state: 'open', per_page: 100 });
  const verdicts: Verdict[] = [];
  const failed: string[] = [];
  for (const pr of prs) {
    const target: PublishTarget = {
      repo: ctx.repo,
      sha: pr.head.sha,
      prNumber: pr.number,
      context: ctx.inputContext,
      runUrl: ctx.runUrl,
    };
    try {
      target.context = await statusContext(ctx, pr as unknown as PullRequestLike);
      const snapshot = await snapshotOf(ctx, pr as unknown as PullRequestLike, ctx.now);
      if (snapshot.documents.length === 0) continue;
      const verdict = judge(snapshot);
      const current = await currentStatus(ctx.octokit, target);
      const state = statusState(verdict);
      const description = statusDescription(verdict);
      if (current?.state === state && withoutCountdown(current.description) === withoutCountdown(description)) {
        logLine(logMessages(verdict.language)['reevaluate.unchanged']({ pr: pr.number, state }));
      } else {
        await publishStatus(ctx.octokit, target, state, description);
        await publishComment(ctx.octokit, target, verdict);
        logLine(
          logMessages(verdict.language)['reevaluate.changed']({ pr: pr.number, state, summary: verdict.summary }),
        );
      }
      verdicts.push(verdict);
    } catch (err) {
      // A status left from before (say, Thursday's success) must not outlive a failed re-check.
      const language = runLanguage(ctx);
      const message = describeApiError(err, language);
      failed.push(`PR #${pr.number}: ${message}`);
      await publishStatus(
        ctx.octokit,
        target,
        'error',
        messages(language)['status.could-not-reevaluate']({ error: message }),
      ).catch((e) =>
        core.warning(
          logMessages(language)['status.error-not-set-pr']({ pr: pr.number, error: describeApiError(e, language) }),
        ),
      );
    }
  }
  if (failed.length) throw new GateError((t) => t['reevaluate.failed']({ list: failed.join('; ') }));
  return verdicts;
}
