import picomatch from 'picomatch';
import { loadPolicyConfig } from '../policy/load-policy.js';
import { CODEOWNERS_LOCATIONS } from '../codeowners/owners.js';
import { loadUpgradeDocument } from '../document/load-document.js';
import { ROLE_IDS, type PolicyConfig } from '../policy/config.js';
import { evidencePaths } from '../policy/rules/evidence.exists.js';
import type { EmergencyRecord, PullRequestSnapshot, ReviewState } from '../policy/snapshot.js';
import { latestOpinions } from '../policy/approvals.js';
import { CHAIN_HEAD, parseChainHead } from '../archive/layout.js';
import { policyMonth } from '../time/calendar.js';
import { MembershipResolver } from './membership.js';
import type { Octokit } from './octokit.js';
import { filesOfPullRequest, listTree, once, readFile, type PullRequestLike, type Repo, PR_FILES_CAP } from './reads.js';

/** The policy from the base branch: a PR can never weaken its own policy. */
async function collectPolicy(octokit: Octokit, repo: Repo, baseSha: string, configPath: string): Promise<{ config: PullRequestSnapshot['config']; parsed: PolicyConfig }> {
  const text = await once(`file:${baseSha}:${configPath}`, () => readFile(octokit, repo, configPath, baseSha));
  return { config: { path: configPath, text }, parsed: loadPolicyConfig(text, configPath).config };
}

/** Builds the snapshot of one pull request: facts only, no policy decisions. */
export async function collectSnapshot(octokit: Octokit, repo: Repo, pr: PullRequestLike, now: Date, configPath: string): Promise<PullRequestSnapshot> {
  const policy = await collectPolicy(octokit, repo, pr.base.sha, configPath);
  const config = policy.parsed;
  const isDocument = picomatch(config.documents, { dot: false });

  const files = await filesOfPullRequest(octokit, repo, pr);
  const changedFiles = files.flatMap((f) => (f.previous_filename ? [f.filename, f.previous_filename] : [f.filename]));
  const docPaths = files.filter((f) => f.status !== 'removed' && isDocument(f.filename)).map((f) => f.filename);

  const snapshot: PullRequestSnapshot = {
    repository: `${repo.owner}/${repo.repo}`,
    pullRequest: {
      number: pr.number,
      title: pr.title,
      url: pr.html_url,
      author: pr.user?.login ?? 'ghost',
      draft: pr.draft ?? false,
      baseRef: pr.base.ref,
      baseSha: pr.base.sha,
      headSha: pr.head.sha,
      merged: pr.merged ?? undefined,
      mergedAt: pr.merged_at ?? undefined,
      mergedBy: pr.merged_by?.login,
      mergeSha: pr.merge_commit_sha ?? undefined,
    },
    now: now.toISOString(),
    labels: (pr.labels ?? []).map((l) => ({ name: l.name })),
    changedFiles,
    changedFilesTruncated: files.length >= PR_FILES_CAP,
    documents: [],
    evidence: {},
    config: policy.config,
    codeowners: {},
    reviews: [],
    changedSince: {},
    membership: {},
    emergenciesThisMonth: [],
  };
  // A PR that touches no upgrade document costs two calls and nothing more.
  if (docPaths.length === 0) return snapshot;

  // One listing of the base tree says where CODEOWNERS is and which evidence files exist; with the
  // PR's own file list that gives existence in the merged result without a call per file.
  const baseFiles = await once(`tree:${pr.base.sha}`, () => listTree(octokit, repo, pr.base.sha));
  const locations = baseFiles ? CODEOWNERS_LOCATIONS.filter((l) => baseFiles.has(l)) : CODEOWNERS_LOCATIONS;
  for (const location of locations) {
    const text = await once(`file:${pr.base.sha}:${location}`, () => readFile(octokit, repo, location, pr.base.sha));
    if (text !== undefined) {
      snapshot.codeowners = { path: location, text };
      break;
    }
  }

  for (const path of docPaths) {
    const text = await readFile(octokit, repo, path, pr.head.sha);
    if (text !== undefined) snapshot.documents.push({ path, text });
  }
  // Parsed once here for the facts collect needs (evidence to look up, whether it is an emergency).
  const parsed = snapshot.documents.map((d) => loadUpgradeDocument(d.text, d.path).doc);
  const added = new Set(files.filter((f) => f.status !== 'removed').map((f) => f.filename));
  const removed = new Set(files.flatMap((f) => (f.status === 'removed' ? [f.filename] : f.previous_filename ? [f.previous_filename] : [])));
  for (const path of new Set(parsed.flatMap((d) => (d ? evidencePaths(d) : [])))) {
    snapshot.evidence[path] = added.has(path) || (baseFiles ? baseFiles.has(path) && !removed.has(path) : (await readFile(octokit, repo, path, pr.head.sha)) !== undefined);
  }

  const reviews = await octokit.paginate(octokit.rest.pulls.listReviews, { ...repo, pull_number: pr.number, per_page: 100 });
  snapshot.reviews = reviews
    .filter((r) => r.user && r.submitted_at)
    .map((r) => ({ id: r.id, user: r.user!.login, state: r.state as ReviewState, commitId: r.commit_id ?? '', submittedAt: r.submitted_at! }));

  const opinions = [...latestOpinions(snapshot.reviews).values()];
  for (const sha of new Set(opinions.filter((r) => r.state === 'APPROVED' && r.commitId !== pr.head.sha).map((r) => r.commitId))) {
    try {
      const { data } = await octokit.rest.repos.compareCommitsWithBasehead({ ...repo, basehead: `${sha}...${pr.head.sha}`, per_page: 100 });
      snapshot.changedSince[sha] = (data.files ?? []).flatMap((f) => (f.previous_filename ? [f.filename, f.previous_filename] : [f.filename]));
    } catch (err) {
      // Unknown changes leave the approval stale (fail closed), unless the commit is simply gone (force-push).
      if ((err as { status?: number }).status !== 404) throw err;
    }
  }

  if (config.roles) {
    const resolver = new MembershipResolver(octokit, config.roles);
    const people = opinions.filter((r) => r.state === 'APPROVED' || r.state === 'CHANGES_REQUESTED').map((r) => r.user);
    snapshot.membership = await resolver.resolve(people);
  } else snapshot.membership = Object.fromEntries(ROLE_IDS.map((r) => [r, { members: [] }]));

  const label = snapshot.labels.find((l) => l.name === config.emergency.label);
  if (label) {
    try {
      const events = await octokit.paginate(octokit.rest.issues.listEvents, { ...repo, issue_number: pr.number, per_page: 100 });
      const applied = events.filter((e) => e.event === 'labeled' && 'label' in e && e.label?.name === label.name).pop();
      if (applied) Object.assign(label, { appliedBy: applied.actor?.login, appliedAt: applied.created_at });
    } catch (err) {
      // Who applied the label is recorded when it can be read; the label itself is known from the PR.
      if (![403, 404].includes((err as { status?: number }).status ?? 0)) throw err;
    }
  }

  const emergencyDocs = parsed.some((d) => d?.type === 'emergency');
  if (label || emergencyDocs) snapshot.emergenciesThisMonth = await emergenciesThisMonth(octokit, repo, pr.base.sha, config, now);
  return snapshot;
}

/**
 * This month's emergencies, from the archive's chain-head file on the base branch: one read, not one
 * per record. A malformed head throws (the run ends in an error status), never counts as none.
 */
async function emergenciesThisMonth(octokit: Octokit, repo: Repo, baseSha: string, config: PolicyConfig, now: Date): Promise<EmergencyRecord[]> {
  const file = `${config.archive.folder}/${CHAIN_HEAD}`;
  const head = parseChainHead(await readFile(octokit, repo, file, config.archive.branch ?? baseSha), file);
  return head?.emergencies[policyMonth(now, config['time-zone'])] ?? [];
}
