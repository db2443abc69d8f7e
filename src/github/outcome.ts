import * as core from '@actions/core';
import { logLine } from './log-line.js';
import pkg from '../../package.json' with { type: 'json' };
import picomatch from 'picomatch';
import {
  isOutcomeCommand,
  outcomeFactsOf,
  parseOutcomeCommand,
  type AcceptedOutcome,
} from '../archive/outcome-command.js';
import { buildOutcomeRecord, peopleOf, peopleRights } from '../archive/outcome-record.js';
import {
  OUTCOME_REPLY_MARKER,
  renderOutcomeReply,
  renderStickyOutcome,
  withStickyOutcome,
} from '../archive/outcome-render.js';
import type { ArchiveRecord } from '../archive/record.js';
import { parseYamlSource } from '../document/yaml-source.js';
import { loadConfig, type PolicyConfig } from '../policy/config.js';
import { messages, type Language } from '../messages/index.js';
import { logMessages } from '../messages/log-catalog.js';
import { GateError } from './api-error.js';
import { COMMENT_MARKER } from '../report/markdown.js';
import { ownComment } from './publish.js';
import { dateIn } from '../time/calendar.js';
import { readFile, type Repo } from './reads.js';
import { rolesHeld } from './membership.js';
import { commitOutcome, listFolder } from './outcome-commit.js';
import type { Octokit } from './octokit.js';

/** The parts of an issue_comment webhook payload the outcome handler reads. */
export interface IssueCommentPayload {
  action?: string;
  issue?: { number: number; pull_request?: { merged_at?: string | null } | null };
  comment?: {
    id: number;
    html_url: string;
    body?: string | null;
    created_at: string;
    updated_at: string;
    user?: { login: string; type?: string } | null;
  };
  sender?: { login: string } | null;
}

/** What the handler needs from the run. */
export interface OutcomeRunContext {
  octokit: Octokit;
  repo: Repo;
  configPath: string;
  now: Date;
  /** The Action input `language`; else the policy's. */
  language?: Language;
}

/** How one issue_comment event ended, for the log and the tests. */
export type OutcomeHandled = 'ignored' | 'refused' | 'invalid' | 'recorded' | 'duplicate';

/** A /upgrade-result comment on a pull request, as the handler works on it. */
interface CommandComment {
  number: number;
  comment: NonNullable<IssueCommentPayload['comment']>;
  author: string;
  body: string;
  /** Creates or updates the handler's one reply on the pull request. */
  reply: (text: string) => Promise<void>;
}

/** The merged pull request as GET /repos/{owner}/{repo}/pulls/{pull_number} returns it. */
type PullRequest = Awaited<ReturnType<Octokit['rest']['pulls']['get']>>['data'];

/** Where the outcome goes: the archive named by the base branch's policy. */
interface OutcomeArchive {
  config: PolicyConfig;
  catalog: ReturnType<typeof messages>;
  folder: string;
  branch: string;
  zone: string;
}

/**
 * issue_comment (created, edited): records an upgrade's outcome from a /upgrade-result comment on its
 * merged PR. Anything that is not such a command is decided from the payload alone: no API call.
 */
export async function handleIssueComment(
  ctx: OutcomeRunContext,
  event: Record<string, unknown>,
): Promise<OutcomeHandled> {
  const payload = event as IssueCommentPayload;
  const cmd = commandComment(ctx, payload);
  if (!cmd) return 'ignored';
  const pr = await mergedPullRequest(ctx, payload, cmd);
  if (!pr) return 'refused';
  const archive = await outcomeArchive(ctx, pr.base.ref);
  const upgradeFile = await findUpgradeRecord(
    ctx,
    archive.folder,
    archive.branch,
    archive.zone,
    pr.number,
    pr.merged_at!,
  );
  if (!upgradeFile) {
    await replyNoRecord(ctx, cmd, pr.number, archive);
    return 'refused';
  }
  const upgradeText = await readFile(ctx.octokit, ctx.repo, `${archive.folder}/${upgradeFile}`, archive.branch);
  const upgrade = JSON.parse(upgradeText ?? '{}') as ArchiveRecord;
  // The documents exactly as archived at the merge: their people and cases decide.
  const docs = upgrade.documents.map((d) => ({ id: d.id, value: parseYamlSource(d.text, d.path).value }));

  const rights = [
    ...peopleRights(
      cmd.author,
      docs.map((d) => d.value),
    ),
    ...(await roleRights(ctx, archive.config, cmd.author)),
  ];
  if (rights.length === 0) {
    await replyNotAllowed(
      cmd,
      docs.map((d) => d.value),
      archive,
    );
    core.warning(logMessages(archive.config.language)['outcome.refused']({ login: cmd.author, pr: pr.number }));
    return 'refused';
  }

  const parsed = parseOutcomeCommand(cmd.body, {
    zone: archive.zone,
    documents: docs.map(outcomeFactsOf),
    now: cmd.comment.updated_at,
    file: 'comment',
    language: archive.config.language,
  });
  if (!parsed.command) return 'ignored';
  if (!parsed.accepted) {
    await cmd.reply(
      renderOutcomeReply(
        archive.catalog,
        archive.catalog['outcome.reply-findings']({ count: parsed.findings.length }),
        parsed.findings,
        cmd.comment.html_url,
        archive.catalog['outcome.example'](),
      ),
    );
    core.warning(
      logMessages(archive.config.language)['outcome.invalid']({ pr: pr.number, count: parsed.findings.length }),
    );
    return 'invalid';
  }
  return recordOutcome(ctx, cmd, pr.number, archive, { upgradeFile, accepted: parsed.accepted, rights });
}

/** The comment when it is an /upgrade-result command on a pull request by a person; decided from the payload alone. */
function commandComment(ctx: OutcomeRunContext, payload: IssueCommentPayload): CommandComment | undefined {
  const { action, issue, comment } = payload;
  if (!comment || !issue || !['created', 'edited'].includes(action ?? '') || !isOutcomeCommand(comment.body)) {
    logLine(logMessages(ctx.language)['outcome.not-command']());
    return undefined;
  }
  if (!issue.pull_request) {
    logLine(logMessages(ctx.language)['outcome.on-issue']({ number: issue.number }));
    return undefined;
  }
  if (comment.user?.type === 'Bot') return undefined;
  return {
    number: issue.number,
    comment,
    author: comment.user?.login ?? 'ghost',
    body: comment.body ?? '',
    reply: (text) => upsertReply(ctx, issue.number, text),
  };
}

/** The merged pull request the command is on; undefined (after a reply) when it was edited by someone else or is not merged. */
async function mergedPullRequest(
  ctx: OutcomeRunContext,
  payload: IssueCommentPayload,
  cmd: CommandComment,
): Promise<PullRequest | undefined> {
  // Before the policy is read (it costs a call), replies speak the Action's language.
  const catalog = messages(ctx.language);
  const refuse = async (text: string) => {
    await cmd.reply(renderOutcomeReply(catalog, text, [], cmd.comment.html_url));
    return undefined;
  };
  if (
    payload.action === 'edited' &&
    payload.sender &&
    payload.sender.login.toLowerCase() !== cmd.author.toLowerCase()
  ) {
    return refuse(catalog['outcome.edited-by-other']({ login: payload.sender.login, author: cmd.author }));
  }
  if (!payload.issue?.pull_request?.merged_at) return refuse(catalog['outcome.not-merged']());
  const { data: pr } = await ctx.octokit.rest.pulls.get({ ...ctx.repo, pull_number: cmd.number });
  return pr.merged_at ? pr : refuse(catalog['outcome.not-merged']());
}

/** The policy of the branch the upgrade merged into, at its current tip (never from the PR), and the archive it names. */
async function outcomeArchive(ctx: OutcomeRunContext, baseRef: string): Promise<OutcomeArchive> {
  const loaded = loadConfig(
    await readFile(ctx.octokit, ctx.repo, ctx.configPath, baseRef),
    ctx.configPath,
    ctx.language,
  );
  const broken = loaded.findings.filter((f) => f.severity === 'error');
  if (broken.length)
    throw new GateError((t) =>
      t['outcome.config-invalid']({
        path: ctx.configPath,
        branch: baseRef,
        problems: broken.map((f) => `${f.line}:${f.column} ${f.message}`).join('; '),
      }),
    );
  const config = loaded.config;
  return {
    config,
    catalog: messages(config.language),
    folder: config.archive.folder,
    branch: config.archive.branch ?? baseRef,
    zone: config['time-zone'],
  };
}

/** Replies when the merged PR has no upgrade record: it was no upgrade, or its record is missing from the archive. */
async function replyNoRecord(
  ctx: OutcomeRunContext,
  cmd: CommandComment,
  number: number,
  { config, catalog, folder }: OutcomeArchive,
): Promise<void> {
  const files = await ctx.octokit.paginate(ctx.octokit.rest.pulls.listFiles, {
    ...ctx.repo,
    pull_number: number,
    per_page: 100,
  });
  const isDocument = picomatch(config.documents, { dot: false });
  const upgrade = files.some((f) => f.status !== 'removed' && isDocument(f.filename));
  await cmd.reply(
    renderOutcomeReply(
      catalog,
      upgrade ? catalog['outcome.no-record']({ folder }) : catalog['outcome.not-upgrade'](),
      [],
      cmd.comment.html_url,
    ),
  );
}

/** Replies to someone who may not record the outcome, naming the people and roles who may. */
async function replyNotAllowed(
  cmd: CommandComment,
  documents: unknown[],
  { config, catalog }: OutcomeArchive,
): Promise<void> {
  const roles = Object.entries(config.roles ?? {})
    .map(
      ([id, r]) =>
        `${(config.language === 'zh-CN' ? r.title?.zh : r.title?.en) ?? id} (${(r.members?.length ? r.members.map((m: string) => `@${m.replace(/^@/, '')}`) : r.owners).join(', ')})`,
    )
    .join(', ');
  await cmd.reply(
    renderOutcomeReply(
      catalog,
      catalog['outcome.not-allowed']({
        login: cmd.author,
        people: peopleOf(documents)
          .map((p) => `@${p}`)
          .join(', '),
        roles,
      }),
      [],
      cmd.comment.html_url,
    ),
  );
}

/** Commits the accepted outcome beside its upgrade record and shows it on the PR; a comment already recorded writes nothing. */
async function recordOutcome(
  ctx: OutcomeRunContext,
  cmd: CommandComment,
  number: number,
  archive: OutcomeArchive,
  what: { upgradeFile: string; accepted: AcceptedOutcome; rights: string[] },
): Promise<OutcomeHandled> {
  const { folder, branch, zone, catalog } = archive;
  const { upgradeFile, accepted, rights } = what;
  const { comment, body, author } = cmd;
  const result = await commitOutcome(ctx.octokit, ctx.repo, {
    folder,
    branch,
    upgradeFile,
    comment: { id: comment.id, body },
    catalog,
    build: (previous, current) =>
      buildOutcomeRecord(
        { file: upgradeFile, record: current },
        accepted,
        {
          id: comment.id,
          url: comment.html_url,
          createdAt: comment.created_at,
          updatedAt: comment.updated_at,
          body,
          author,
        },
        { previous, recordedAs: rights, recordedAt: ctx.now.toISOString(), zone, toolVersion: pkg.version },
      ),
  });
  if (!result.written) {
    logLine(logMessages(archive.config.language)['outcome.duplicate']({ path: result.path }));
    return 'duplicate';
  }
  logLine(
    logMessages(archive.config.language)['outcome.recorded']({
      outcome: accepted.command.outcome,
      pr: number,
      login: author,
      path: result.path,
      attempts: result.attempts,
    }),
  );
  core.setOutput('archive-path', result.path);
  await showOutcome(
    ctx,
    number,
    renderStickyOutcome({ outcomes: result.outcomes }),
    renderOutcomeReply(
      catalog,
      catalog['outcome.recorded']({ outcome: accepted.command.outcome, path: result.path, login: author }),
      [],
      comment.html_url,
    ),
  );
  return 'recorded';
}

/** The upgrade record of a merged PR: archive/<yyyy>/<mm>/…-pr<N>.json, by the merge date in the policy zone. */
async function findUpgradeRecord(
  ctx: OutcomeRunContext,
  folder: string,
  branch: string,
  zone: string,
  number: number,
  mergedAt: string,
): Promise<string | undefined> {
  const date = dateIn(new Date(mergedAt), zone);
  const dir = `${date.slice(0, 4)}/${date.slice(5, 7)}`;
  const name = (await listFolder(ctx.octokit, ctx.repo, `${folder}/${dir}`, branch)).find((n) =>
    n.endsWith(`-pr${number}.json`),
  );
  return name ? `${dir}/${name}` : undefined;
}

/** The roles a login holds ("role:<id>"), from the configuration's members or, for teams, the API. */
async function roleRights(ctx: OutcomeRunContext, config: PolicyConfig, login: string): Promise<string[]> {
  if (!config.roles) return [];
  return (await rolesHeld(ctx.octokit, config, login)).map((role) => `role:${role}`);
}

/** Creates or updates the one outcome reply on a PR (never a second one). */
async function upsertReply(ctx: OutcomeRunContext, number: number, text: string): Promise<void> {
  const comments = await ctx.octokit.paginate(ctx.octokit.rest.issues.listComments, {
    ...ctx.repo,
    issue_number: number,
    per_page: 100,
  });
  const mine = await ownComment(ctx.octokit, comments, OUTCOME_REPLY_MARKER);
  if (mine) {
    if (mine.body !== text)
      await ctx.octokit.rest.issues.updateComment({ ...ctx.repo, comment_id: mine.id, body: text });
  } else await ctx.octokit.rest.issues.createComment({ ...ctx.repo, issue_number: number, body: text });
}

/** Shows an outcome on the PR: in the sticky comment, and in the reply when one exists (so an old error does not stay). */
async function showOutcome(ctx: OutcomeRunContext, number: number, part: string, replyText: string): Promise<void> {
  const comments = await ctx.octokit.paginate(ctx.octokit.rest.issues.listComments, {
    ...ctx.repo,
    issue_number: number,
    per_page: 100,
  });
  const sticky = await ownComment(ctx.octokit, comments, COMMENT_MARKER);
  if (sticky) {
    const next = withStickyOutcome(sticky.body ?? '', part);
    if (next !== sticky.body)
      await ctx.octokit.rest.issues.updateComment({ ...ctx.repo, comment_id: sticky.id, body: next });
  }
  const reply = await ownComment(ctx.octokit, comments, OUTCOME_REPLY_MARKER);
  if (reply && reply.body !== replyText)
    await ctx.octokit.rest.issues.updateComment({ ...ctx.repo, comment_id: reply.id, body: replyText });
}
