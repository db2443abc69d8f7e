import * as core from '@actions/core';
import { logLine } from './log-line.js';
import { isOutcomeFile } from '../archive/outcome-record.js';
import { isPending } from '../archive/outcome-report.js';
import { inert, renderStickyOutcome, STICKY_OUTCOME_START, withStickyOutcome } from '../archive/outcome-render.js';
import { OUTCOME_PEOPLE } from '../archive/outcome-record.js';
import type { ArchiveRecord } from '../archive/record.js';
import { parseYamlSource } from '../document/yaml-source.js';
import { messages, type Language } from '../messages/index.js';
import { logMessages } from '../messages/log-catalog.js';
import { GateError } from './api-error.js';
import { loadConfig } from '../policy/config.js';
import { COMMENT_MARKER } from '../report/markdown.js';
import { ownComment } from './publish.js';
import { readFile, type Repo } from './reads.js';
import { listFolder } from './outcome-commit.js';
import type { Octokit } from './octokit.js';

/** A merged upgrade that has had no outcome for longer than the configured hours. */
export interface PendingOutcome {
  file: string;
  pr: number;
  ids: string;
  mergedAt: string;
  hours: number;
  people: string[];
}

/** Most upgrade records one scheduled run reads to find pending outcomes; the rest wait for the next run. */
const MAX_READS = 50;
const LOGIN = /^[A-Za-z0-9][A-Za-z0-9-]{0,38}$/;

/**
 * Scheduled runs: lists merged upgrades with no outcome `outcome.pending-hours` after the merge, in
 * the job summary and in each PR's sticky comment (written only when it changes).
 */
export async function reportPendingOutcomes(
  ctx: { octokit: Octokit; repo: Repo; configPath: string; now: Date; language?: Language },
  payload: Record<string, unknown>,
): Promise<PendingOutcome[]> {
  const base =
    (payload.repository as { default_branch?: string } | undefined)?.default_branch ?? process.env.GITHUB_REF_NAME;
  if (!base) {
    core.warning(logMessages(ctx.language)['pending.no-branch']());
    return [];
  }
  const loaded = loadConfig(await readFile(ctx.octokit, ctx.repo, ctx.configPath, base), ctx.configPath, ctx.language);
  if (loaded.findings.some((f) => f.severity === 'error'))
    throw new GateError((t) => t['pending.config-invalid']({ path: ctx.configPath, branch: base }));
  const { config } = loaded;
  const log = logMessages(config.language);
  const folder = config.archive.folder;
  const branch = config.archive.branch ?? base;
  const hours = config.outcome['pending-hours'];

  const files = await archiveFiles(ctx, folder, branch);
  const withOutcome = new Set(files.filter(isOutcomeFile).map((f) => f.replace(/\.outcome-\d+\.json$/, '.json')));
  const candidates = files
    .filter((f) => /^\d{4}\/\d{2}\/[^/]+-pr\d+\.json$/.test(f) && !isOutcomeFile(f) && !withOutcome.has(f))
    .sort()
    .reverse();
  // A record's name starts with its merge date (policy zone): younger than the threshold by a day needs no read.
  const cutoff = new Date(ctx.now.getTime() - hours * 3_600_000 + 86_400_000).toISOString().slice(0, 10);
  const due = candidates.filter((f) => f.split('/')[2]!.slice(0, 10) <= cutoff);
  if (due.length > MAX_READS) core.warning(log['pending.too-many']({ count: due.length, max: MAX_READS }));
  const pending: PendingOutcome[] = [];
  for (const file of due.slice(0, MAX_READS)) {
    const text = await readFile(ctx.octokit, ctx.repo, `${folder}/${file}`, branch);
    if (!text) continue;
    const record = JSON.parse(text) as ArchiveRecord;
    if (!isPending(record.pull_request.merged_at, ctx.now, hours)) continue;
    const people = new Set<string>();
    for (const d of record.documents) {
      const p =
        (parseYamlSource(d.text, d.path).value as { people?: Record<string, unknown> } | undefined)?.people ?? {};
      for (const field of OUTCOME_PEOPLE)
        if (typeof p[field] === 'string' && LOGIN.test(p[field].replace(/^@/, '')))
          people.add(p[field].replace(/^@/, ''));
    }
    pending.push({
      file: `${folder}/${file}`,
      pr: record.pull_request.number,
      ids: record.documents.map((d) => d.id ?? d.path).join(', '),
      mergedAt: record.pull_request.merged_at,
      hours: Math.floor((ctx.now.getTime() - new Date(record.pull_request.merged_at).getTime()) / 3_600_000),
      people: [...people],
    });
  }
  for (const p of pending) await markPending(ctx, p, hours, config.language);
  if (pending.length)
    core.warning(
      log['pending.found']({ count: pending.length, hours, prs: pending.map((p) => `PR #${p.pr}`).join(', ') }),
    );
  else logLine(log['pending.none']({ hours }));
  await summarize(pending, hours);
  return pending;
}

/** Every file under the archive folder (relative to it): one recursive tree, or a folder walk when GitHub truncates the tree. */
async function archiveFiles(ctx: { octokit: Octokit; repo: Repo }, folder: string, branch: string): Promise<string[]> {
  const { data } = await ctx.octokit.rest.git.getTree({ ...ctx.repo, tree_sha: branch, recursive: 'true' });
  if (!data.truncated)
    return data.tree
      .filter((t) => t.type === 'blob' && t.path?.startsWith(`${folder}/`))
      .map((t) => t.path!.slice(folder.length + 1));
  const out: string[] = [];
  for (const year of (await listFolder(ctx.octokit, ctx.repo, folder, branch)).filter((n) => /^\d{4}$/.test(n))) {
    for (const month of (await listFolder(ctx.octokit, ctx.repo, `${folder}/${year}`, branch)).filter((n) =>
      /^\d{2}$/.test(n),
    )) {
      out.push(
        ...(await listFolder(ctx.octokit, ctx.repo, `${folder}/${year}/${month}`, branch)).map(
          (n) => `${year}/${month}/${n}`,
        ),
      );
    }
  }
  return out;
}

/** Puts the pending notice into the PR's sticky comment, unless it already says so or shows an outcome. */
async function markPending(
  ctx: { octokit: Octokit; repo: Repo },
  p: PendingOutcome,
  hours: number,
  language: Language,
): Promise<void> {
  const comments = await ctx.octokit.paginate(ctx.octokit.rest.issues.listComments, {
    ...ctx.repo,
    issue_number: p.pr,
    per_page: 100,
  });
  const sticky = await ownComment(ctx.octokit, comments, COMMENT_MARKER);
  if (!sticky?.body) return;
  const part = renderStickyOutcome({
    pending: messages(language)['outcome.pending']({
      hours,
      merged: p.mergedAt,
      people: p.people.map((l) => `@${l}`).join(', '),
    }),
  });
  if (sticky.body.includes(part)) return;
  // An outcome recorded since the tree was read wins over the notice.
  if (sticky.body.includes(STICKY_OUTCOME_START) && !sticky.body.includes('Outcome pending')) return;
  await ctx.octokit.rest.issues.updateComment({
    ...ctx.repo,
    comment_id: sticky.id,
    body: withStickyOutcome(sticky.body, part),
  });
}

async function summarize(pending: PendingOutcome[], hours: number): Promise<void> {
  if (!process.env.GITHUB_STEP_SUMMARY || pending.length === 0) return;
  const lines = [
    `### ⏳ Upgrades without an outcome after ${hours} hours · 超过 ${hours} 小时未确认升级结果`,
    '',
    '| PR | NO. · 编号 | Merged · 合并时间 | Hours · 小时 | Who records · 记录人 | Record |',
    '| --- | --- | --- | --- | --- | --- |',
    ...pending.map(
      (p) =>
        `| #${p.pr} | ${inert(p.ids)} | ${p.mergedAt} | ${p.hours} | ${p.people.map((l) => inert(l)).join(', ')} | \`${p.file}\` |`,
    ),
    '',
  ];
  await core.summary.addRaw(lines.join('\n'), true).write();
}
