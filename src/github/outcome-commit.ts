import { outcomeCommitMessage } from '../archive/commit-message.js';
import { CHAIN_HEAD, type ChainHead } from '../archive/layout.js';
import { outcomeFiles } from '../archive/outcome-layout.js';
import { alreadyRecorded, isOutcomeFile, outcomePath, type OutcomeRecord } from '../archive/outcome-record.js';
import type { ArchiveRecord } from '../archive/record.js';
import { readFile, type Repo } from './reads.js';
import { commitFastForward } from './fast-forward.js';
import type { Octokit } from './octokit.js';
import { answered, GateError } from './api-error.js';
import type { Catalog } from '../messages/index.js';

/** How an outcome commit ended. */
export interface OutcomeCommitResult {
  /** The outcome record's path in the repository (the existing one when nothing was written). */
  path: string;
  written: boolean;
  attempts: number;
  /** Every outcome of the upgrade after this one, in chain order. */
  outcomes: OutcomeRecord[];
}

const MAX_ATTEMPTS = 30;

/** The names in a repository folder at a ref; empty when it does not exist. */
export async function listFolder(octokit: Octokit, repo: Repo, path: string, ref: string): Promise<string[]> {
  try {
    const { data } = await octokit.rest.repos.getContent({ ...repo, path, ref });
    return Array.isArray(data) ? data.map((e) => e.name) : [];
  } catch (err) {
    if (answered(err, 404)) return [];
    throw err;
  }
}

/** The outcome records of one upgrade record at a ref, in chain order. */
export async function readOutcomes(
  octokit: Octokit,
  repo: Repo,
  folder: string,
  upgradeFile: string,
  ref: string,
): Promise<OutcomeRecord[]> {
  const dir = upgradeFile.split('/').slice(0, -1).join('/');
  const base = upgradeFile
    .split('/')
    .pop()!
    .replace(/\.json$/, '');
  const names = (await listFolder(octokit, repo, `${folder}/${dir}`, ref)).filter(
    (n) => n.startsWith(`${base}.`) && isOutcomeFile(n),
  );
  const texts = await Promise.all(names.map((n) => readFile(octokit, repo, `${folder}/${dir}/${n}`, ref)));
  return texts.flatMap((t) => (t ? [JSON.parse(t) as OutcomeRecord] : [])).sort((a, b) => a.sequence - b.sequence);
}

/**
 * Appends one outcome record to the archive: the record beside its upgrade record, the upgrade's
 * Markdown with the outcomes, and the chain head, in one commit on top of the branch (fast-forward
 * only, re-read and rebuilt when another write got there first). Writes nothing when the same
 * comment text is already recorded.
 */
export async function commitOutcome(
  octokit: Octokit,
  repo: Repo,
  opts: {
    folder: string;
    branch: string;
    upgradeFile: string;
    comment: { id: number; body: string };
    /** The policy's catalog: the commit message speaks its language. */
    catalog: Catalog;
    build: (previous: { sequence: number; sha256: string }, upgrade: ArchiveRecord) => OutcomeRecord;
  },
): Promise<OutcomeCommitResult> {
  const upgradePath = `${opts.folder}/${opts.upgradeFile}`;
  for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
    const { data: ref } = await octokit.rest.git.getRef({ ...repo, ref: `heads/${opts.branch}` });
    const headSha = ref.object.sha;
    const [chainText, upgradeText, outcomes, { data: headCommit }] = await Promise.all([
      readFile(octokit, repo, `${opts.folder}/${CHAIN_HEAD}`, headSha),
      readFile(octokit, repo, upgradePath, headSha),
      readOutcomes(octokit, repo, opts.folder, opts.upgradeFile, headSha),
      octokit.rest.git.getCommit({ ...repo, commit_sha: headSha }),
    ]);
    if (!chainText || !upgradeText) {
      const missing = !upgradeText ? upgradePath : `${opts.folder}/${CHAIN_HEAD}`;
      throw new GateError((t) => t['outcome.no-archive']({ branch: opts.branch, missing }));
    }
    const recorded = outcomes.find((o) => alreadyRecorded([o], opts.comment));
    if (recorded)
      return {
        path: `${opts.folder}/${outcomePath(opts.upgradeFile, outcomes.indexOf(recorded) + 1)}`,
        written: false,
        attempts: attempt,
        outcomes,
      };
    const chain = JSON.parse(chainText) as ChainHead;
    const upgrade = JSON.parse(upgradeText) as ArchiveRecord;
    const record = opts.build({ sequence: chain.sequence, sha256: chain.sha256 }, upgrade);
    const files = outcomeFiles(opts.folder, opts.upgradeFile, upgrade, outcomes, record, chain);
    const file = outcomePath(opts.upgradeFile, outcomes.length + 1);
    const all = [...outcomes, record];
    const message = outcomeCommitMessage(opts.catalog, record, `${opts.folder}/${file}`);
    const done = await commitFastForward(octokit, repo, {
      branch: opts.branch,
      parentSha: headSha,
      baseTree: headCommit.tree.sha,
      files,
      message,
      attempt,
      what: 'outcome',
    });
    if (done) return { path: `${opts.folder}/${file}`, written: true, attempts: attempt, outcomes: all };
  }
  throw new GateError((t) => t['outcome.race']({ attempts: MAX_ATTEMPTS }));
}
