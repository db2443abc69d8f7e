import picomatch from 'picomatch';
import { loadPolicyConfig } from '../policy/load-policy.js';
import { CODEOWNERS_LOCATIONS } from '../codeowners/owners.js';
import { MAX_DOCUMENT_BYTES } from '../document/source-text.js';
import type { LoadedConfig, PolicyConfig } from '../policy/config.js';
import { prepare, type FactsToFetch, type Prepared } from '../policy/prepare.js';
import type { Language } from '../messages/index.js';
import type {
  EmergencyRecord,
  PullRequestSnapshot,
  RepositoryHistory,
  ReviewState,
  SnapshotLabel,
} from '../policy/snapshot.js';
import { latestOpinions } from '../policy/approvals.js';
import { CHAIN_HEAD, parseChainHead } from '../archive/chain-head.js';
import { policyMonth } from '../time/calendar.js';
import { readHistory } from './history.js';
import { readTeams } from './membership.js';
import type { Octokit } from './octokit.js';
import {
  once,
  policyRef,
  readDocument,
  readFile,
  type DocumentRead,
  type PullRequestLike,
  type Repo,
  PR_FILES_CAP,
} from './reads.js';
import {
  blobTree,
  changeAt,
  changeFiles,
  compareWithBase,
  treeChange,
  type Comparison,
  type FileChange,
} from './trees.js';
import { answered } from './api-error.js';

/** The policy from the base branch: a PR can never weaken its own policy. `usable` is false when the config has errors. */
export async function collectPolicy(
  octokit: Octokit,
  repo: Repo,
  base: string,
  configPath: string,
  language?: Language,
): Promise<{ config: PullRequestSnapshot['config']; parsed: PolicyConfig; loaded: LoadedConfig; usable: boolean }> {
  // The status context and collect ask for the same policy: it is read and parsed once per run.
  return once(`policy:${base}:${configPath}:${language ?? ''}`, async () => {
    const text = await once(`file:${base}:${configPath}`, () => readFile(octokit, repo, configPath, base));
    const loaded = loadPolicyConfig(text, configPath, language);
    return {
      config: { path: configPath, text },
      parsed: loaded.config,
      loaded,
      usable: !loaded.findings.some((f) => f.severity === 'error'),
    };
  });
}

/** A pull request's facts, and the parse of its configuration and documents that decided which to fetch. */
export interface Collected {
  snapshot: PullRequestSnapshot;
  prepared: Prepared;
}

/**
 * Where today's policy is read: the commit a merged PR went onto (its merge commit's first parent),
 * else the base branch by name, which GitHub reads at its tip when asked, so a freeze added after
 * the PR opened applies. merge_group passes the group's base commit.
 */
export async function policyBase(octokit: Octokit, repo: Repo, pr: PullRequestLike): Promise<string> {
  if (!pr.merged || !pr.merge_commit_sha) return policyRef(pr);
  const sha = pr.merge_commit_sha;
  const { data } = await once(`commit:${sha}`, () => octokit.rest.git.getCommit({ ...repo, commit_sha: sha }));
  return data.parents[0]?.sha ?? pr.base.sha;
}

/** The PR's files: from the compare when under GitHub's cap, else tree to tree, else (trees too large) GitHub's capped file list. */
async function pullFiles(
  octokit: Octokit,
  repo: Repo,
  pr: PullRequestLike,
  files: FileChange[] | undefined,
  mergeBase: string,
): Promise<{ files: FileChange[]; truncated: boolean }> {
  if (files) return { files, truncated: false };
  const [before, after] = await Promise.all([blobTree(octokit, repo, mergeBase), blobTree(octokit, repo, pr.head.sha)]);
  if (before && after) return { files: changeFiles(before, treeChange(before, after)), truncated: false };
  const listed = await octokit.paginate(octokit.rest.pulls.listFiles, {
    ...repo,
    pull_number: pr.number,
    per_page: 100,
  });
  const out = listed.map((f): FileChange => ({
    path: f.filename,
    status: f.status === 'removed' ? 'removed' : f.status === 'added' ? 'added' : 'modified',
    previous: f.previous_filename,
  }));
  return { files: out, truncated: listed.length >= PR_FILES_CAP };
}

/** The snapshot's facts from the event and the first round: no document read yet. */
function emptySnapshot(
  repo: Repo,
  pr: PullRequestLike,
  baseSha: string,
  contributors: string[] | undefined,
  now: Date,
  config: PullRequestSnapshot['config'],
  changedFiles: string[],
  truncated: boolean,
  language?: Language,
): PullRequestSnapshot {
  return {
    ...(language ? { language } : {}),
    repository: `${repo.owner}/${repo.repo}`,
    pullRequest: {
      number: pr.number,
      title: pr.title,
      url: pr.html_url,
      author: pr.user?.login ?? 'ghost',
      draft: pr.draft ?? false,
      baseRef: pr.base.ref,
      baseSha,
      headSha: pr.head.sha,
      merged: pr.merged ?? undefined,
      mergedAt: pr.merged_at ?? undefined,
      mergedBy: pr.merged_by?.login,
      mergeSha: pr.merge_commit_sha ?? undefined,
    },
    now: now.toISOString(),
    labels: (pr.labels ?? []).map((l) => ({ name: l.name })),
    changedFiles,
    changedFilesTruncated: truncated,
    documents: [],
    evidence: {},
    config,
    codeowners: {},
    reviews: [],
    changes: {},
    contributors,
    membership: {},
    emergenciesThisMonth: [],
  };
}

/**
 * Builds the snapshot of one pull request: facts only, no policy decisions. `language` is the
 * Action input's, which overrides the policy's. prepare says which facts the policy needs.
 */
export async function collectSnapshot(
  octokit: Octokit,
  repo: Repo,
  pr: PullRequestLike,
  now: Date,
  configPath: string,
  opts: { base?: string; language?: Language } = {},
): Promise<Collected> {
  const where = opts.base ?? (await policyBase(octokit, repo, pr));
  // The policy and the comparison with the base do not depend on each other: read them together.
  const [policy, cmp] = await Promise.all([
    collectPolicy(octokit, repo, where, configPath, opts.language),
    compareWithBase(octokit, repo, where, pr.head.sha),
  ]);
  const config = policy.parsed;
  const isDocument = picomatch(config.documents, { dot: false });

  const { files, truncated } = await pullFiles(octokit, repo, pr, cmp.files, cmp.mergeBaseSha);
  const changedFiles = files.flatMap((f) => (f.previous ? [f.path, f.previous] : [f.path]));
  const docPaths = files.filter((f) => f.status !== 'removed' && isDocument(f.path)).map((f) => f.path);

  const snapshot = emptySnapshot(
    repo,
    pr,
    cmp.baseSha,
    cmp.contributors,
    now,
    policy.config,
    changedFiles,
    truncated,
    opts.language,
  );
  const pull: PullContext = { octokit, repo, pr, now, cmp, config, loaded: policy.loaded, files, isDocument, snapshot };
  // A PR that touches no upgrade document (added, changed, renamed or removed) and no policy file
  // costs two calls and nothing more. Without a policy on the base branch there is none to protect.
  const touchesDocuments = files.some(
    (f) => isDocument(f.path) || (f.previous !== undefined && isDocument(f.previous)),
  );
  // No document is read yet: this prepare parses nothing but says whether policy files changed.
  const early = prepare(snapshot, policy.loaded);
  const touchesPolicy = early.facts.policyFiles.length > 0;
  if (!touchesDocuments && !touchesPolicy) return { snapshot, prepared: early };
  if (docPaths.length === 0) {
    // Documents removed or renamed away: what the archive and the base branch hold decides. A policy
    // change: the reviews, and what the policy owner's approval needs to count.
    await Promise.all([
      touchesDocuments &&
        (async () =>
          (snapshot.history = await readRepositoryHistory(
            octokit,
            repo,
            config,
            await blobTree(octokit, repo, cmp.baseSha),
            isDocument,
          )))(),
      touchesPolicy && policyApprovalFacts(octokit, repo, pr, cmp, early.facts, snapshot),
    ]);
    refuseUnlisted(snapshot, files, isDocument);
    return { snapshot, prepared: early };
  }
  const prepared = await documentRounds(pull, docPaths);
  refuseUnlisted(snapshot, files, isDocument);
  return { snapshot, prepared };
}

/**
 * Documents the PR edits, renames or removes, when the repository's tree was too large to list whole:
 * whether an archive record names one is unknown, so each is unreadable (an error status), never passed.
 */
function refuseUnlisted(
  snapshot: PullRequestSnapshot,
  files: FileChange[],
  isDocument: (path: string) => boolean,
): void {
  if (snapshot.history) return;
  const touched = files.flatMap((f) => [
    ...(f.status !== 'added' && isDocument(f.path) ? [f.path] : []),
    ...(f.previous !== undefined && isDocument(f.previous) ? [f.previous] : []),
  ]);
  for (const path of new Set(touched)) (snapshot.unreadable ??= []).push({ path, kind: 'unlisted' });
}

/** What the rounds after the first share: the API, the PR, its comparison and files, the policy, and the snapshot they fill. */
interface PullContext {
  octokit: Octokit;
  repo: Repo;
  pr: PullRequestLike;
  now: Date;
  cmp: Comparison;
  config: PolicyConfig;
  loaded: LoadedConfig;
  files: FileChange[];
  isDocument: (path: string) => boolean;
  snapshot: PullRequestSnapshot;
}

/**
 * Reads go out in rounds, each holding every read whose inputs are known: the base tree, the
 * documents and the reviews together; then CODEOWNERS (its location from the tree), approvals'
 * trees, role membership and the emergency facts. One tree listing says where CODEOWNERS is and
 * which evidence files exist; with the PR's own file list that gives existence in the merged result
 * without a call per file. The labels, and who applied each, come from the PR's events as they stand
 * at the evaluation instant, never from the payload (a re-run replays it as it was). A typical PR
 * pays nothing for them: they are read with the documents when the payload shows the emergency
 * label, else with the last round when a document is an emergency.
 */
async function documentRounds(c: PullContext, docPaths: string[]): Promise<Prepared> {
  const { octokit, repo, pr, snapshot } = c;
  const payloadLabel = snapshot.labels.some((l) => l.name === c.config.emergency.label);
  const earlyEvents = payloadLabel ? issueEventsAt(octokit, repo, pr.number, c.now) : undefined;
  earlyEvents?.catch(() => undefined); // a failure surfaces where the labels are used
  const [baseFiles, reads, reviews] = await Promise.all([
    blobTree(octokit, repo, c.cmp.baseSha),
    Promise.all(docPaths.map((path) => readDocument(octokit, repo, path, pr.head.sha, MAX_DOCUMENT_BYTES))),
    octokit.paginate(octokit.rest.pulls.listReviews, { ...repo, pull_number: pr.number, per_page: 100 }),
  ]);
  addDocuments(snapshot, docPaths, reads);
  // Parsed once, here: the facts to fetch come from this parse, and evaluate judges with it.
  const prepared = prepare(snapshot, c.loaded);
  snapshot.reviews = snapshotReviews(reviews);
  // An approval counts only if the PR kept its base branch since: the same events say when it changed.
  const approved = snapshot.reviews.some((r) => r.state === 'APPROVED');
  const events =
    earlyEvents ??
    (prepared.facts.emergency || approved
      ? issueEventsAt(octokit, repo, pr.number, c.now)
      : Promise.resolve(undefined));
  await lastRound(c, prepared, baseFiles, events);
  return prepared;
}

/** The documents as read at the head: their bytes, only the size of one over the limit, or why a path is not a readable file. */
function addDocuments(snapshot: PullRequestSnapshot, docPaths: string[], reads: DocumentRead[]): void {
  docPaths.forEach((path, i) => {
    const r = reads[i]!;
    if ('unreadable' in r) (snapshot.unreadable ??= []).push({ path, kind: r.unreadable, target: r.target });
    else if ('size' in r) snapshot.documents.push({ path, text: '', size: r.size });
    else snapshot.documents.push({ path, text: new TextDecoder('utf-8').decode(r.bytes), bytes: r.bytes });
  });
}

/** The last round: CODEOWNERS, evidence, approvals' trees, membership, the emergency facts and the repository's history, together. */
async function lastRound(
  c: PullContext,
  prepared: Prepared,
  baseFiles: Map<string, string> | undefined,
  events: Promise<IssueEvents | undefined>,
): Promise<void> {
  const { octokit, repo, pr, snapshot, config } = c;
  const labels = events.then((e) => e?.labels);
  const { evidence, emergency } = prepared.facts;
  const opinions = [...latestOpinions(snapshot.reviews).values()];
  const applier = labels.then((l) => l?.find((x) => x.name === config.emergency.label)?.appliedBy);
  applier.catch(() => undefined); // a failure surfaces through the labels
  const added = new Set(c.files.filter((f) => f.status !== 'removed').map((f) => f.path));
  const removed = new Set(c.files.flatMap((f) => (f.status === 'removed' ? [f.path] : f.previous ? [f.previous] : [])));
  const existsAtHead = async (path: string) =>
    added.has(path) ||
    (baseFiles
      ? baseFiles.has(path) && !removed.has(path)
      : (await readFile(octokit, repo, path, pr.head.sha)) !== undefined);
  const [codeowners, exists, changes, membership, emergencies, history, replayed] = await Promise.all([
    codeownersAt(octokit, repo, c.cmp.baseSha, baseFiles),
    Promise.all(evidence.map(existsAtHead)),
    approvedChanges(octokit, repo, pr, c.cmp, opinions),
    roleTeams(octokit, prepared.facts, opinions, emergency ? applier : undefined),
    emergency ? emergenciesThisMonth(octokit, repo, c.cmp.baseSha, config, c.now) : [],
    readRepositoryHistory(octokit, repo, config, baseFiles, c.isDocument),
    labels,
  ]);
  if (replayed) snapshot.labels = replayed;
  const baseChangedAt = (await events)?.baseChangedAt;
  if (baseChangedAt) snapshot.baseChangedAt = baseChangedAt;
  if (codeowners) snapshot.codeowners = codeowners;
  evidence.forEach((path, i) => (snapshot.evidence[path] = exists[i]!));
  Object.assign(snapshot, { changes, membership, emergenciesThisMonth: emergencies, history });
}

type ApiReview = Awaited<ReturnType<Octokit['rest']['pulls']['listReviews']>>['data'][number];

/** Reviews as the policy reads them: submitted ones, by a known user. */
function snapshotReviews(reviews: ApiReview[]): PullRequestSnapshot['reviews'] {
  return reviews
    .filter((r) => r.user && r.submitted_at)
    .map((r) => ({
      id: r.id,
      user: r.user!.login,
      state: r.state as ReviewState,
      commitId: r.commit_id ?? '',
      submittedAt: r.submitted_at!,
    }));
}

/** For a PR without upgrade documents that changes policy files: its reviews, the changes approvals saw and the owners' team membership. */
async function policyApprovalFacts(
  octokit: Octokit,
  repo: Repo,
  pr: PullRequestLike,
  cmp: Comparison,
  facts: FactsToFetch,
  snapshot: PullRequestSnapshot,
): Promise<void> {
  snapshot.reviews = snapshotReviews(
    await octokit.paginate(octokit.rest.pulls.listReviews, { ...repo, pull_number: pr.number, per_page: 100 }),
  );
  const opinions = [...latestOpinions(snapshot.reviews).values()];
  const [changes, membership] = await Promise.all([
    approvedChanges(octokit, repo, pr, cmp, opinions),
    roleTeams(octokit, facts, opinions),
  ]);
  snapshot.changes = changes;
  snapshot.membership = membership;
}

/**
 * What the archive (on its own branch when configured) and the base branch's documents already hold:
 * archived documents and NO.s in use; undefined when a tree is too large to list whole.
 */
async function readRepositoryHistory(
  octokit: Octokit,
  repo: Repo,
  config: PolicyConfig,
  baseFiles: Map<string, string> | undefined,
  isDocument: (path: string) => boolean,
): Promise<RepositoryHistory | undefined> {
  const archiveFiles = config.archive.branch ? await blobTree(octokit, repo, config.archive.branch) : baseFiles;
  if (!baseFiles || !archiveFiles) return undefined;
  return readHistory(octokit, repo, baseFiles, archiveFiles, config.archive.folder.replace(/\/+$/, ''), isDocument);
}

/**
 * Who of the reviewers is in each role team the configuration does not list (prepare names them):
 * one listing per team, in the same round as CODEOWNERS (so every such team, not only those of the
 * documents' CODEOWNERS lines; evaluate binds them to each document). No reviewer: no call.
 */
async function roleTeams(
  octokit: Octokit,
  facts: FactsToFetch,
  opinions: Array<{ state: string; user: string }>,
  applier?: Promise<string | undefined>,
): Promise<PullRequestSnapshot['membership']> {
  const people = opinions.filter((r) => r.state === 'APPROVED' || r.state === 'CHANGES_REQUESTED').map((r) => r.user);
  if (people.length === 0 && !applier) return {};
  // Without reviewers, only the teams of the roles that may apply the emergency label matter.
  const teams = people.length > 0 ? facts.teams : facts.applierTeams;
  if (teams.length === 0) return {};
  // The label's applier may still be read in this round: the listings answer for them once it is known.
  const who = applier ? applier.then((a) => (a ? [...people, a] : people)) : people;
  if (who instanceof Promise) who.catch(() => undefined); // a failure surfaces through the labels
  return readTeams(octokit, teams, who);
}

/** CODEOWNERS from the base commit: the first of GitHub's locations that exists (the tree says which, when it could be listed). */
async function codeownersAt(
  octokit: Octokit,
  repo: Repo,
  baseSha: string,
  baseFiles: Map<string, string> | undefined,
): Promise<PullRequestSnapshot['codeowners'] | undefined> {
  const locations = baseFiles ? CODEOWNERS_LOCATIONS.filter((l) => baseFiles.has(l)) : CODEOWNERS_LOCATIONS;
  for (const location of locations) {
    const text = await once(`file:${baseSha}:${location}`, () => readFile(octokit, repo, location, baseSha));
    if (text !== undefined) return { path: location, text };
  }
  return undefined;
}

/**
 * An approval of an earlier commit counts only when the PR's change then and now is the same, file
 * by file and blob by blob: compared tree to tree, never through a merge-base diff or a capped list.
 */
async function approvedChanges(
  octokit: Octokit,
  repo: Repo,
  pr: PullRequestLike,
  cmp: Comparison,
  opinions: Array<{ state: string; commitId: string }>,
): Promise<PullRequestSnapshot['changes']> {
  const approved = [
    ...new Set(opinions.filter((r) => r.state === 'APPROVED' && r.commitId !== pr.head.sha).map((r) => r.commitId)),
  ];
  const out: PullRequestSnapshot['changes'] = {};
  if (approved.length === 0) return out;
  const shas = [pr.head.sha, ...approved];
  const changes = await Promise.all(
    shas.map((sha) =>
      changeAt(octokit, repo, cmp.baseSha, sha, sha === pr.head.sha ? cmp : undefined).catch((err: unknown) => {
        // A commit that is gone (force-pushed away) leaves its approval stale: unknown is never "unchanged".
        if (answered(err, 404)) return undefined;
        throw err;
      }),
    ),
  );
  shas.forEach((sha, i) => {
    if (changes[i]) out[sha] = changes[i];
  });
  return out;
}

/** What the PR's issue events say at an instant: its labels, and when its base branch last changed. */
interface IssueEvents {
  labels: SnapshotLabel[];
  baseChangedAt?: string;
}

/**
 * The PR's labels at an instant, each with who applied it last and when, replayed from the issue's
 * `labeled` / `unlabeled` events, and its newest `base_ref_changed` event before it. Undefined when
 * the events cannot be read: the payload's labels then stand with no one known to have applied them,
 * which grants no emergency.
 */
async function issueEventsAt(octokit: Octokit, repo: Repo, issue: number, at: Date): Promise<IssueEvents | undefined> {
  const events = await octokit
    .paginate(octokit.rest.issues.listEvents, { ...repo, issue_number: issue, per_page: 100 })
    .catch((err: unknown) => {
      if (answered(err, 403, 404)) return undefined;
      throw err;
    });
  if (!events) return undefined;
  const current = new Map<string, SnapshotLabel>();
  let baseChangedAt: string | undefined;
  for (const e of events) {
    if (new Date(e.created_at) > at) continue;
    if (e.event === 'base_ref_changed' && (!baseChangedAt || e.created_at > baseChangedAt))
      baseChangedAt = e.created_at;
    if (!('label' in e) || !e.label?.name) continue;
    if (e.event === 'labeled')
      current.set(e.label.name, { name: e.label.name, appliedBy: e.actor?.login, appliedAt: e.created_at });
    else if (e.event === 'unlabeled') current.delete(e.label.name);
  }
  return { labels: [...current.values()], ...(baseChangedAt ? { baseChangedAt } : {}) };
}

/**
 * This month's emergencies, from the archive's chain-head file on the base branch: one read, not one
 * per record. A malformed head throws (the run ends in an error status), never counts as none.
 */
async function emergenciesThisMonth(
  octokit: Octokit,
  repo: Repo,
  baseSha: string,
  config: PolicyConfig,
  now: Date,
): Promise<EmergencyRecord[]> {
  const file = `${config.archive.folder}/${CHAIN_HEAD}`;
  const head = parseChainHead(await readFile(octokit, repo, file, config.archive.branch ?? baseSha), file);
  return head?.emergencies[policyMonth(now, config['time-zone'])] ?? [];
}
