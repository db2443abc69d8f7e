import * as core from '@actions/core';
import { checkSignatures, type SignedCommit } from '../archive/signatures.js';
import { localizeProblem, type ArchiveProblem } from '../archive/verify.js';
import { archiveMessages } from '../messages/archive-catalog.js';
import { logMessages } from '../messages/log-catalog.js';
import type { Language } from '../messages/language.js';
import { loadPolicyConfig } from '../policy/load-policy.js';
import { describeApiError, GateError } from './api-error.js';
import type { RunContext } from './handlers.js';
import { apiList, type Octokit } from './octokit.js';
import { currentStatus, publishStatus, type PublishTarget } from './publish.js';
import { defaultBranch, once, readFile, type Repo } from './reads.js';

/** What the online check found on one branch. */
export interface OnlineVerification {
  branch: string;
  folder: string;
  writer: string;
  commits: number;
  problems: ArchiveProblem[];
  language: Language;
  /** The protected branch (where the policy is read and the status goes). */
  base: string;
  statusContext: string;
}

// GitHub lists commits 100 a page; an archive's history beyond this many pages is checked up to here and said so.
const MAX_PAGES = 100;

/** Every commit that changed `folder` on `branch`, newest first, with GitHub's verification of its signature. */
export async function archiveCommits(
  octokit: Octokit,
  repo: Repo,
  branch: string,
  folder: string,
): Promise<SignedCommit[]> {
  const out: SignedCommit[] = [];
  let pages = 0;
  for await (const page of octokit.paginate.iterator(octokit.rest.repos.listCommits, {
    ...repo,
    sha: branch,
    path: folder,
    per_page: 100,
  })) {
    apiList(octokit, page.data, `GET /repos/${repo.owner}/${repo.repo}/commits?sha=${branch}`, {
      sha: 'string',
      parents: 'array',
      commit: 'object',
    });
    for (const c of page.data) {
      out.push({
        sha: c.sha,
        parents: c.parents.map((p) => p.sha),
        author: { name: c.commit.author?.name ?? '', email: c.commit.author?.email ?? '' },
        committer: { name: c.commit.committer?.name ?? '', email: c.commit.committer?.email ?? '' },
        login: c.author && 'login' in c.author ? c.author.login : undefined,
        verified: c.commit.verification?.verified === true,
        reason: c.commit.verification?.reason ?? 'no verification',
      });
    }
    if (++pages >= MAX_PAGES)
      throw new GateError((t) => t['archive.too-many-commits']({ max: MAX_PAGES * 100, folder, branch }));
  }
  return out;
}

/**
 * The archive checked against GitHub: the policy of `branch` (default: the default branch) names the
 * archive folder, branch and writer; every commit that changed the folder must be the writer's, signed
 * as GitHub verifies.
 */
export async function verifyArchiveOnline(
  octokit: Octokit,
  repo: Repo,
  opts: { branch?: string; configPath: string; writer?: string; language?: Language },
): Promise<OnlineVerification> {
  const base = opts.branch ?? (await defaultBranch(octokit, repo));
  // The same read (and key) as the evaluation's and doctor's: one read of the policy per branch and run.
  const { config } = loadPolicyConfig(
    await once(`file:${base}:${opts.configPath}`, () => readFile(octokit, repo, opts.configPath, base)),
    opts.configPath,
  );
  const branch = config.archive.branch ?? base;
  const folder = config.archive.folder.replace(/\/+$/, '');
  const writer = opts.writer ?? config.archive.writer;
  const commits = await archiveCommits(octokit, repo, branch, folder);
  return {
    branch,
    folder,
    writer,
    commits: commits.length,
    problems: checkSignatures(commits, writer),
    language: opts.language ?? config.language,
    base,
    statusContext: config['status-context'],
  };
}

/** The findings as lines: WHERE: error ID MESSAGE, in the language asked for. */
export function onlineLines(v: OnlineVerification): string[] {
  const t = archiveMessages(v.language);
  const lines = v.problems.map((p) => {
    const l = localizeProblem(p, v.language);
    return `${l.file}: error ${l.id} ${l.message}`;
  });
  lines.push(
    v.problems.length
      ? t['github.tampered']({ count: v.problems.length, branch: v.branch, folder: v.folder })
      : t['github.intact']({ count: v.commits, branch: v.branch, folder: v.folder, writer: v.writer }),
  );
  return lines;
}

const escape = (s: string) => s.replace(/[\\`*_[\]<>|#!~]/g, (c) => `\\${c}`).replace(/[\r\n]+/g, ' ');

/**
 * The scheduled run's online verify: a job summary section, and a status on the base branch's head
 * (context "<status-context>/archive"): failure naming the first tampering commit, success when
 * intact, error when GitHub could not be read. Written only when it changes.
 */
export async function reportArchiveSignatures(
  ctx: RunContext,
  payload: Record<string, unknown>,
): Promise<OnlineVerification | undefined> {
  const branch = (payload.repository as { default_branch?: string } | undefined)?.default_branch;
  let v: OnlineVerification | undefined;
  let state: 'success' | 'failure' | 'error';
  let description: string;
  let section: string;
  let base = branch;
  let context = 'upgrade-gate/archive';
  let log = logMessages(ctx.language ?? ctx.policyLanguage);
  try {
    v = await verifyArchiveOnline(ctx.octokit, ctx.repo, {
      branch,
      configPath: ctx.configPath,
      language: ctx.language,
    });
    base = v.base;
    context = `${v.statusContext}/archive`;
    log = logMessages(v.language);
    const lines = onlineLines(v);
    state = v.problems.length ? 'failure' : 'success';
    description = v.problems.length ? log['archive.tampered-status']({ first: lines[0]! }) : lines[lines.length - 1]!;
    section = `## ${archiveMessages(v.language)[v.problems.length ? 'github.tampered' : 'github.intact']({ count: v.problems.length || v.commits, branch: v.branch, folder: v.folder, writer: v.writer })}\n\n${
      v.problems.length
        ? lines
            .slice(0, -1)
            .map((l) => `- ❌ ${escape(l)}`)
            .join('\n')
        : ''
    }\n`;
    if (v.problems.length) core.error(log['archive.tampered-log']({ lines: lines.slice(0, -1).join(' | ') }));
  } catch (err) {
    state = 'error';
    description = log['archive.not-verified']({ error: describeApiError(err, ctx.language ?? ctx.policyLanguage) });
    section = `## upgrade-gate verify\n\n❌ ${escape(description)}\n`;
    core.warning(`upgrade-gate: ${description}`);
  }
  if (process.env.GITHUB_STEP_SUMMARY) await core.summary.addRaw(section, true).write();
  if (!base) return v;
  try {
    const { data } = await ctx.octokit.rest.git.getRef({ ...ctx.repo, ref: `heads/${base}` });
    const target: PublishTarget = { repo: ctx.repo, sha: data.object.sha, context, runUrl: ctx.runUrl };
    const current = await currentStatus(ctx.octokit, target);
    if (current?.state !== state || current.description !== description.slice(0, 140))
      await publishStatus(ctx.octokit, target, state, description);
  } catch (err) {
    core.warning(
      log['archive.status-not-set']({
        context,
        branch: base,
        error: describeApiError(err, v?.language ?? ctx.language ?? ctx.policyLanguage),
      }),
    );
  }
  return v;
}
