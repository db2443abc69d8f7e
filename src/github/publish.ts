import * as core from '@actions/core';
import { logLine } from './log-line.js';
import { normalizeLogin } from '../policy/login.js';
import type { Verdict } from '../policy/verdict.js';
import { logMessages } from '../messages/log-catalog.js';
import { toAnnotations } from '../report/annotations.js';
import { COMMENT_MARKER, renderMarkdown } from '../report/markdown.js';
import { stickyOutcomeOf, withStickyOutcome } from '../archive/outcome-render.js';
import { commentsOf } from './first-reads.js';
import { withoutCountdown } from '../report/status.js';
import type { Repo } from './reads.js';
import type { Octokit } from './octokit.js';

/** Where a verdict goes: the commit whose status branch protection reads, and the PR for the comment. */
export interface PublishTarget {
  repo: Repo;
  sha: string;
  prNumber?: number;
  context: string;
  runUrl?: string;
  /** The archive record written for a merged PR, shown in the comment. */
  archivePath?: string;
  /** The login the token acts as, once known (from the status it wrote): only its comment is the sticky one. */
  identity?: string;
}

/** What GitHub names the token of a workflow run (GITHUB_TOKEN), which cannot ask GET /user. */
export const ACTIONS_BOT = 'github-actions[bot]';

/** Sets the one commit status branch protection requires; never success unless the policy passed. Remembers who wrote it. */
export async function publishStatus(
  octokit: Octokit,
  t: PublishTarget,
  state: 'success' | 'failure' | 'error' | 'pending',
  description: string,
): Promise<void> {
  const { data } = await octokit.rest.repos.createCommitStatus({
    ...t.repo,
    sha: t.sha,
    state,
    context: t.context,
    description: description.slice(0, 140),
    target_url: t.runUrl,
  });
  // The status's creator is the token's identity: no extra call to learn whose comments are ours.
  if (data.creator?.login) t.identity = data.creator.login;
}

/**
 * The login the token acts as: a user token answers GET /user; an installation token (GITHUB_TOKEN or
 * an App's) cannot, and GITHUB_TOKEN acts as github-actions[bot].
 */
async function tokenIdentity(octokit: Octokit): Promise<string> {
  try {
    const { data } = await octokit.rest.users.getAuthenticated();
    return data.login;
  } catch (err) {
    if ([401, 403, 404].includes((err as { status?: number }).status ?? 0)) return ACTIONS_BOT;
    throw err;
  }
}

/** The first comment carrying the marker that the token's own identity wrote; a pasted marker in anyone else's comment is ignored. */
export async function ownComment<C extends { body?: string | null; user?: { login: string } | null }>(
  octokit: Octokit,
  comments: C[],
  marker: string,
): Promise<C | undefined> {
  const marked = comments.filter((c) => c.body?.includes(marker));
  if (marked.length === 0) return undefined;
  const identity = normalizeLogin(await tokenIdentity(octokit));
  return marked.find((c) => c.user && normalizeLogin(c.user.login) === identity);
}

/** The current state and description of our status on a commit, if any. */
export async function currentStatus(
  octokit: Octokit,
  t: PublishTarget,
): Promise<{ state: string; description: string } | undefined> {
  const { data } = await octokit.rest.repos.getCombinedStatusForRef({ ...t.repo, ref: t.sha, per_page: 100 });
  const s = data.statuses.find((x) => x.context === t.context);
  return s ? { state: s.state, description: s.description ?? '' } : undefined;
}

/**
 * Creates or updates the one sticky comment: the comment with the hidden marker that the token's own
 * identity wrote (anyone can paste the marker into a comment they can edit later). Never creates one
 * for a PR without upgrade documents. A document that cannot be read still gets one: the comment is
 * where its author looks for what to fix.
 */
export async function publishComment(
  octokit: Octokit,
  t: PublishTarget,
  verdict: Verdict,
): Promise<'created' | 'updated' | 'unchanged' | 'skipped'> {
  if (t.prNumber === undefined) return 'skipped';
  const [comments, identity] = await Promise.all([
    commentsOf(octokit, t.repo, t.prNumber),
    t.identity ?? tokenIdentity(octokit),
  ]);
  t.identity = identity;
  const mine = comments.filter(
    (c) => c.body?.includes(COMMENT_MARKER) && c.user && normalizeLogin(c.user.login) === normalizeLogin(identity),
  );
  const existing = mine[0];
  // The outcome part (recorded outcome or pending notice) belongs to the merged upgrade, not to this evaluation: keep it.
  const kept = stickyOutcomeOf(existing?.body);
  const fresh = renderMarkdown(verdict, { runUrl: t.runUrl, archivePath: t.archivePath });
  const body = kept ? withStickyOutcome(fresh, kept) : fresh;
  if (!existing) {
    // A PR whose documents could not be read, or that breaks a rule without any, still hears why.
    if (verdict.upgradeType === 'none' && verdict.outcome === 'pass') return 'skipped';
    await octokit.rest.issues.createComment({ ...t.repo, issue_number: t.prNumber, body });
    return 'created';
  }
  // Only the time line differs between two runs with the same outcome; leave the comment alone then.
  if (withoutCountdown(existing.body ?? '') === withoutCountdown(body)) return 'unchanged';
  await octokit.rest.issues.updateComment({ ...t.repo, comment_id: existing.id, body });
  return 'updated';
}

/** Annotations, the job summary and the action outputs for one verdict. */
export async function publishRunReport(verdict: Verdict, runUrl: string | undefined): Promise<void> {
  for (const a of toAnnotations(verdict.findings)) {
    const fn = a.level === 'error' ? core.error : a.level === 'warning' ? core.warning : core.notice;
    fn(a.message, a.properties);
  }
  // A runner always provides the summary file; outside one (a local harness) the rest still happens.
  if (!process.env.GITHUB_STEP_SUMMARY) {
    logLine(logMessages(verdict.language)['summary.no-file']());
    return;
  }
  await core.summary.addRaw(renderMarkdown(verdict, { marker: false, runUrl }), true).write();
}

/** The action outputs of the run's last (or only) verdict. */
export function setOutputs(verdict: Verdict, archivePath = ''): void {
  core.setOutput('verdict', verdict.outcome);
  core.setOutput('upgrade-type', verdict.upgradeType);
  core.setOutput('documents', JSON.stringify(verdict.documents.map((d) => d.path)));
  core.setOutput('next-flip', verdict.window.nextFlip ?? '');
  // One entry per document and configured role, so a later step can act on who signed what.
  core.setOutput(
    'approvals',
    JSON.stringify(
      verdict.roles.map((r) => ({
        document: r.document ?? null,
        role: r.role,
        title: r.title,
        signed: r.satisfied,
        approver: r.approver ?? null,
        via: r.via ?? null,
      })),
    ),
  );
  core.setOutput('archive-path', archivePath);
}
