import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, posix } from 'node:path';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { blobSha, commitObject, newId, repository, user, verification, webhookExample } from './factories.js';
import { OpenApi, type Violation } from './openapi.js';
import { newProtectionState, PROTECTION_ROUTES, protectionRoute } from './protection.js';

type Json = Record<string, unknown>;

/** One commit: the whole file tree at that commit. */
export interface Commit {
  sha: string;
  files: Map<string, string>;
  parents: string[];
  message: string;
  author: string;
  /** Who committed it, when not the author (a co-worker pushing to the branch). */
  committer?: string;
  /** Created through the API, so GitHub signed it (verification.verified). */
  signed?: boolean;
}

/** A pull request as the emulator keeps it. */
export interface Pull {
  number: number;
  title: string;
  author: string;
  base: string;
  baseSha: string;
  head: string;
  headSha: string;
  state: 'open' | 'closed';
  merged: boolean;
  mergedAt?: string;
  mergedBy?: string;
  mergeSha?: string;
  /** The base branch's commit the PR was merged onto. */
  mergedOnto?: string;
  labels: string[];
  draft: boolean;
}

/** A fault injected on routes whose "METHOD /path" matches. */
export interface Fault {
  match: RegExp;
  status?: number;
  times: number;
  retryAfter?: number;
  delayMs?: number;
  message?: string;
}

let openApi: OpenApi | undefined;

const SYMLINK = '\u0000symlink:';
const SUBMODULE = '\u0000submodule:';
const BINARY = '\u0000base64:';
/** File content that makes the path a symbolic link to `target` (mode 120000). */
export const symlinkContent = (target: string) => `${SYMLINK}${target}`;
/** File content that makes the path a submodule (mode 160000) of the repository at `url`. */
export const submoduleContent = (url: string) => `${SUBMODULE}${url}`;
/** File content given as raw bytes (not UTF-8 text). */
export const binaryContent = (bytes: Uint8Array) => `${BINARY}${Buffer.from(bytes).toString('base64')}`;
/** The bytes git stores for a file's content. */
const bytesOf = (content: string) =>
  content.startsWith(BINARY)
    ? Buffer.from(content.slice(BINARY.length), 'base64')
    : content.startsWith(SYMLINK)
      ? Buffer.from(content.slice(SYMLINK.length))
      : Buffer.from(content, 'utf8');

/** A repository path inside a URL, as GitHub writes it: each segment percent-encoded. */
const uriPath = (path: string) => path.split('/').map(encodeURIComponent).join('/');
let warmed = false;

/** The operations the emulator serves, with their success status. */
const IMPLEMENTED: Array<[string, string, number]> = [
  ...PROTECTION_ROUTES,
  ['GET', '/repos/{owner}/{repo}/contents/{path}', 200],
  ['GET', '/repos/{owner}/{repo}/git/blobs/{file_sha}', 200],
  ['GET', '/repos/{owner}/{repo}/git/trees/{tree_sha}', 200],
  ['GET', '/repos/{owner}/{repo}/pulls/{pull_number}/files', 200],
  ['GET', '/repos/{owner}/{repo}/pulls/{pull_number}/reviews', 200],
  ['GET', '/repos/{owner}/{repo}/pulls/{pull_number}', 200],
  ['GET', '/repos/{owner}/{repo}/pulls', 200],
  ['GET', '/repos/{owner}/{repo}/compare/{basehead}', 200],
  ['GET', '/repos/{owner}/{repo}/commits', 200],
  ['GET', '/repos/{owner}/{repo}/pulls/{pull_number}/commits', 200],
  ['GET', '/orgs/{org}/teams/{team_slug}/members', 200],
  ['GET', '/repos/{owner}/{repo}/issues/{issue_number}/events', 200],
  ['GET', '/repos/{owner}/{repo}/issues/{issue_number}/comments', 200],
  ['POST', '/repos/{owner}/{repo}/issues/{issue_number}/comments', 201],
  ['PATCH', '/repos/{owner}/{repo}/issues/comments/{comment_id}', 200],
  ['POST', '/repos/{owner}/{repo}/statuses/{sha}', 201],
  ['GET', '/repos/{owner}/{repo}/commits/{ref}/status', 200],
  ['GET', '/repos/{owner}/{repo}/commits/{ref}/statuses', 200],
  ['GET', '/orgs/{org}/teams/{team_slug}/memberships/{username}', 200],
  ['GET', '/orgs/{org}/teams/{team_slug}', 200],
  ['GET', '/repos/{owner}/{repo}/git/ref/{ref}', 200],
  ['GET', '/repos/{owner}/{repo}/git/commits/{commit_sha}', 200],
  ['POST', '/repos/{owner}/{repo}/git/trees', 201],
  ['POST', '/repos/{owner}/{repo}/git/commits', 201],
  ['PATCH', '/repos/{owner}/{repo}/git/refs/{ref}', 200],
  ['GET', '/user', 200],
];

/**
 * A GitHub REST API emulator on 127.0.0.1 that keeps repository state and checks every request and
 * response it serves against GitHub's OpenAPI description.
 */
export class GitHubEmulator {
  readonly owner: string;
  readonly name: string;
  readonly commits = new Map<string, Commit>();
  readonly refs = new Map<string, string>();
  readonly trees = new Map<string, Map<string, string>>();
  /** Ref updates refused because they were not fast-forwards. */
  refusedUpdates = 0;
  readonly pulls = new Map<number, Pull>();
  readonly reviews = new Map<number, Json[]>();
  readonly issueEvents = new Map<number, Json[]>();
  readonly comments = new Map<number, Json[]>();
  readonly statuses = new Map<string, Json[]>();
  readonly teams = new Map<string, Set<string>>();
  /** Teams the token may read; others answer 404 as GitHub does for GITHUB_TOKEN. */
  readonly readableTeams = new Set<string>();
  readonly violations: Violation[] = [];
  /** Every request served, with when it arrived and when its response was sent (performance.now() ms). */
  readonly requests: Array<{ method: string; path: string; status: number; arrivedAt: number; answeredAt: number }> =
    [];
  /** Added to every response, as a far runner or a busy API adds it: round trips then show in a run's time. */
  latencyMs = 0;
  /** Called as each request arrives, before anything else happens to it. */
  onRequest?: () => void;
  faults: Fault[] = [];
  /** GitHub lists at most 100,000 entries of a recursive tree and marks the listing truncated. */
  treeLimit = 100_000;
  /**
   * Who the Action's token acts as: GITHUB_TOKEN is github-actions[bot] and, as an installation token,
   * may not ask GET /user; a user token (userToken) may.
   */
  actor = 'github-actions[bot]';
  userToken = false;
  /** Rulesets, classic branch protection and whether the token may read the latter. */
  readonly protection = newProtectionState();
  private server?: Server;
  base = '';

  constructor(fullName = 'acme/deploy') {
    [this.owner, this.name] = fullName.split('/') as [string, string];
    openApi ??= new OpenApi();
  }

  /** Starts listening on an ephemeral loopback port; base is the API URL to give the Action. */
  async start(): Promise<string> {
    if (!warmed) {
      // Compiling a validator for GitHub's large schemas takes long; do it before any client waits on it.
      openApi!.warm(IMPLEMENTED);
      warmed = true;
    }
    this.server = createServer((req, res) => void this.handle(req, res));
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.base = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this.base;
  }

  /** Stops the server. */
  async stop(): Promise<void> {
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  /** Records a commit whose tree is its parent's with `changes` applied (null deletes). */
  commit(
    parent: string | undefined,
    changes: Record<string, string | null>,
    message = 'change',
    author = 'octocat',
  ): string {
    const files = new Map(parent ? this.commits.get(parent)!.files : []);
    for (const [p, c] of Object.entries(changes)) {
      if (c === null) files.delete(p);
      else files.set(p, c);
    }
    const sha = createHash('sha1')
      .update(`${parent}\n${message}\n${[...files].map(([p, c]) => `${p}\0${blobSha(c)}`).join('\n')}\n${newId()}`)
      .digest('hex');
    this.commits.set(sha, { sha, files, parents: parent ? [parent] : [], message, author });
    this.trees.set(this.treeSha(files), files);
    return sha;
  }

  /** The tree id of a file map (stable for equal contents). */
  treeSha(files: Map<string, string>): string {
    return createHash('sha1')
      .update(
        [...files]
          .sort(([a], [b]) => a.localeCompare(b))
          .map(([p, c]) => `${p}\0${blobSha(c)}`)
          .join('\n'),
      )
      .digest('hex');
  }

  private isAncestor(ancestor: string, of: string): boolean {
    const stack = [of];
    const seen = new Set<string>();
    while (stack.length) {
      const s = stack.pop()!;
      if (s === ancestor) return true;
      if (seen.has(s)) continue;
      seen.add(s);
      stack.push(...(this.commits.get(s)?.parents ?? []));
    }
    return false;
  }

  private ancestors(of: string): Set<string> {
    const seen = new Set<string>();
    const stack = [of];
    while (stack.length) {
      const s = stack.pop()!;
      if (seen.has(s)) continue;
      seen.add(s);
      stack.push(...(this.commits.get(s)?.parents ?? []));
    }
    return seen;
  }

  /** The best common ancestor of two commits, as `git merge-base` finds it (undefined: unrelated histories). */
  mergeBase(a: string, b: string): string | undefined {
    const ofA = this.ancestors(a);
    const common = [...this.ancestors(b)].filter((c) => ofA.has(c));
    return common.find((c) => !common.some((o) => o !== c && this.ancestors(o).has(c)));
  }

  private commitJson(c: Commit): Json {
    return commitObject(
      this.base,
      this.owner,
      this.name,
      c.sha,
      c.message,
      c.parents,
      c.author,
      this.treeSha(c.files),
      c.committer,
      c.signed,
    );
  }

  private gitCommitJson(c: Commit): Json {
    const api = `${this.base}/repos/${this.owner}/${this.name}`;
    const person = { name: c.author, email: `${c.author}@users.noreply.github.com`, date: '2026-11-26T00:00:00Z' };
    const tree = this.treeSha(c.files);
    return {
      sha: c.sha,
      node_id: `C_${c.sha.slice(0, 8)}`,
      url: `${api}/git/commits/${c.sha}`,
      html_url: `https://github.com/${this.owner}/${this.name}/commit/${c.sha}`,
      author: person,
      committer: person,
      tree: { sha: tree, url: `${api}/git/trees/${tree}` },
      message: c.message,
      parents: c.parents.map((p) => ({
        sha: p,
        url: `${api}/git/commits/${p}`,
        html_url: `https://github.com/${this.owner}/${this.name}/commit/${p}`,
      })),
      verification: verification(!!c.signed, c.message, tree),
    };
  }

  /** The files of a branch's head. */
  filesAt(branch: string): Map<string, string> {
    return this.commits.get(this.refs.get(`heads/${branch}`)!)!.files;
  }

  /** Opens a pull request from `head` into `base`. */
  openPull(p: Omit<Pull, 'state' | 'merged' | 'labels' | 'draft'> & Partial<Pick<Pull, 'labels' | 'draft'>>): Pull {
    const pull: Pull = { state: 'open', merged: false, labels: [], draft: false, ...p };
    this.pulls.set(pull.number, pull);
    this.refs.set(`heads/${pull.head}`, pull.headSha);
    return pull;
  }

  /** Moves a PR to another base branch, recording the `base_ref_changed` issue event GitHub records. */
  retarget(number: number, base: string, actor: string, at: string): void {
    const pull = this.pulls.get(number)!;
    Object.assign(pull, { base, baseSha: this.refs.get(`heads/${base}`)! });
    const id = newId();
    const list = this.issueEvents.get(number) ?? [];
    list.push({
      id,
      node_id: `BRCE_${id}`,
      url: `${this.base}/repos/${this.owner}/${this.name}/issues/events/${id}`,
      actor: user(this.base, actor),
      event: 'base_ref_changed',
      commit_id: null,
      commit_url: null,
      created_at: at,
      performed_via_github_app: null,
    });
    this.issueEvents.set(number, list);
  }

  /** Merges a PR into its base: a merge commit on top of the base branch with the head's changes. */
  merge(number: number, mergedBy: string, at: string): string {
    const p = this.pulls.get(number)!;
    const changes: Record<string, string | null> = {};
    for (const f of this.changedFiles(p))
      changes[f.filename] = this.commits.get(p.headSha)!.files.get(f.filename) ?? null;
    const onto = this.refs.get(`heads/${p.base}`)!;
    const sha = this.commit(onto, changes, `Merge pull request #${number}`, mergedBy);
    p.mergedOnto = onto;
    this.commits.get(sha)!.parents.push(p.headSha);
    this.refs.set(`heads/${p.base}`, sha);
    Object.assign(p, { state: 'closed', merged: true, mergedAt: at, mergedBy, mergeSha: sha });
    return sha;
  }

  /** Writes the files of a branch under `prefix` into a folder (to read the archive as a checkout would). */
  checkout(branch: string, prefix: string, dir: string): void {
    for (const [path, content] of this.filesAt(branch)) {
      if (!path.startsWith(prefix)) continue;
      const full = join(dir, path);
      mkdirSync(dirname(full), { recursive: true });
      writeFileSync(full, content);
    }
  }

  /** Adds a review as GitHub would record it. */
  review(
    number: number,
    login: string,
    state: 'APPROVED' | 'CHANGES_REQUESTED' | 'COMMENTED' | 'DISMISSED',
    commitId: string,
    submittedAt: string,
  ): void {
    const id = newId();
    const list = this.reviews.get(number) ?? [];
    list.push({
      id,
      node_id: `PRR_${id}`,
      user: user(this.base, login),
      body: '',
      state,
      commit_id: commitId,
      submitted_at: submittedAt,
      html_url: `https://github.com/${this.owner}/${this.name}/pull/${number}#pullrequestreview-${id}`,
      pull_request_url: `${this.base}/repos/${this.owner}/${this.name}/pulls/${number}`,
      _links: {
        html: { href: `https://github.com/${this.owner}/${this.name}/pull/${number}#pullrequestreview-${id}` },
        pull_request: { href: `${this.base}/repos/${this.owner}/${this.name}/pulls/${number}` },
      },
      author_association: 'MEMBER',
    });
    this.reviews.set(number, list);
  }

  /** A comment written on a PR by someone (not through the API the Action uses). */
  comment(number: number, login: string, body: string): number {
    const id = newId();
    const api = `${this.base}/repos/${this.owner}/${this.name}`;
    const c = {
      id,
      node_id: `IC_${id}`,
      url: `${api}/issues/comments/${id}`,
      html_url: `https://github.com/${this.owner}/${this.name}/pull/${number}#issuecomment-${id}`,
      issue_url: `${api}/issues/${number}`,
      body,
      user: user(this.base, login),
      created_at: '2026-11-26T00:00:00Z',
      updated_at: '2026-11-26T00:00:00Z',
      author_association: 'CONTRIBUTOR',
    };
    this.comments.set(number, [...(this.comments.get(number) ?? []), c]);
    return id;
  }

  /** Applies a label and records the issue event that says who did it. */
  label(number: number, name: string, actor: string, at: string): void {
    this.pulls.get(number)!.labels.push(name);
    const id = newId();
    const list = this.issueEvents.get(number) ?? [];
    list.push({
      id,
      node_id: `LE_${id}`,
      url: `${this.base}/repos/${this.owner}/${this.name}/issues/events/${id}`,
      actor: user(this.base, actor),
      event: 'labeled',
      commit_id: null,
      commit_url: null,
      created_at: at,
      performed_via_github_app: null,
      label: { name, color: 'd73a4a' },
    });
    this.issueEvents.set(number, list);
  }

  /** Removes a label and records the `unlabeled` issue event, as GitHub does. */
  unlabel(number: number, name: string, actor: string, at: string): void {
    const pull = this.pulls.get(number)!;
    pull.labels = pull.labels.filter((l) => l !== name);
    const id = newId();
    const list = this.issueEvents.get(number) ?? [];
    list.push({
      id,
      node_id: `UNLE_${id}`,
      url: `${this.base}/repos/${this.owner}/${this.name}/issues/events/${id}`,
      actor: user(this.base, actor),
      event: 'unlabeled',
      commit_id: null,
      commit_url: null,
      created_at: at,
      performed_via_github_app: null,
      label: { name, color: 'd73a4a' },
    });
    this.issueEvents.set(number, list);
  }

  /** The pull request as REST (and webhook payloads) represent it. */
  pullJson(number: number): Json {
    const p = this.pulls.get(number)!;
    const ex = webhookExample('pull_request', 'opened').pull_request as Json;
    const api = `${this.base}/repos/${this.owner}/${this.name}`;
    const repo = repository(this.base, this.owner, this.name);
    const labels = p.labels.map((name, i) => ({
      id: 100 + i,
      node_id: `L_${i}`,
      url: `${api}/labels/${name}`,
      name,
      description: '',
      color: 'd73a4a',
      default: false,
    }));
    return {
      ...ex,
      url: `${api}/pulls/${number}`,
      id: 5000 + number,
      node_id: `PR_${number}`,
      html_url: `https://github.com/${this.owner}/${this.name}/pull/${number}`,
      diff_url: `https://github.com/${this.owner}/${this.name}/pull/${number}.diff`,
      patch_url: `https://github.com/${this.owner}/${this.name}/pull/${number}.patch`,
      issue_url: `${api}/issues/${number}`,
      commits_url: `${api}/pulls/${number}/commits`,
      review_comments_url: `${api}/pulls/${number}/comments`,
      review_comment_url: `${api}/pulls/comments{/number}`,
      comments_url: `${api}/issues/${number}/comments`,
      statuses_url: `${api}/statuses/${p.headSha}`,
      number,
      state: p.state,
      locked: false,
      title: p.title,
      user: user(this.base, p.author),
      body: null,
      labels,
      milestone: null,
      active_lock_reason: null,
      created_at: '2026-11-20T08:00:00Z',
      updated_at: '2026-11-24T08:00:00Z',
      closed_at: p.state === 'closed' ? (p.mergedAt ?? '2026-11-26T00:00:00Z') : null,
      merged_at: p.mergedAt ?? null,
      merge_commit_sha: p.mergeSha ?? null,
      assignee: null,
      assignees: [],
      requested_reviewers: [],
      requested_teams: [],
      draft: p.draft,
      head: { label: `${this.owner}:${p.head}`, ref: p.head, sha: p.headSha, user: user(this.base, this.owner), repo },
      base: { label: `${this.owner}:${p.base}`, ref: p.base, sha: p.baseSha, user: user(this.base, this.owner), repo },
      _links: {
        self: { href: `${api}/pulls/${number}` },
        html: { href: `https://github.com/${this.owner}/${this.name}/pull/${number}` },
        issue: { href: `${api}/issues/${number}` },
        comments: { href: `${api}/issues/${number}/comments` },
        review_comments: { href: `${api}/pulls/${number}/comments` },
        review_comment: { href: `${api}/pulls/comments{/number}` },
        commits: { href: `${api}/pulls/${number}/commits` },
        statuses: { href: `${api}/statuses/${p.headSha}` },
      },
      author_association: 'MEMBER',
      auto_merge: null,
      merged: p.merged,
      mergeable: null,
      rebaseable: null,
      mergeable_state: 'unknown',
      merged_by: p.mergedBy ? user(this.base, p.mergedBy) : null,
      comments: 0,
      review_comments: 0,
      maintainer_can_modify: false,
      commits: 1,
      additions: 1,
      deletions: 0,
      changed_files: this.changedFiles(p).length,
    };
  }

  /** A webhook event payload for a pull request, built on the real example payload. */
  pullEvent(
    name: 'pull_request' | 'pull_request_target' | 'pull_request_review',
    action: string,
    number: number,
    extra: Json = {},
  ): Json {
    const ex = webhookExample(
      name === 'pull_request_target' ? 'pull_request' : name,
      name === 'pull_request_review'
        ? action === 'dismissed'
          ? 'dismissed'
          : 'submitted'
        : action === 'closed'
          ? 'closed'
          : 'opened',
    );
    return {
      ...ex,
      action,
      number,
      pull_request: this.pullJson(number),
      repository: repository(this.base, this.owner, this.name),
      ...extra,
    };
  }

  /** A comment by `login` on PR `number`, stored as GitHub stores it (created and updated at `at`). */
  userComment(number: number, login: string, body: string, at: string): Json {
    const id = newId();
    const api = `${this.base}/repos/${this.owner}/${this.name}`;
    const c: Json = {
      id,
      node_id: `IC_${id}`,
      url: `${api}/issues/comments/${id}`,
      html_url: `https://github.com/${this.owner}/${this.name}/pull/${number}#issuecomment-${id}`,
      issue_url: `${api}/issues/${number}`,
      body,
      user: user(this.base, login),
      created_at: at,
      updated_at: at,
      author_association: 'MEMBER',
    };
    this.comments.set(number, [...(this.comments.get(number) ?? []), c]);
    return c;
  }

  /** Edits a stored comment as its author (or someone with write access) would. */
  editComment(comment: Json, body: string, at: string): Json {
    Object.assign(comment, { body, updated_at: at });
    return comment;
  }

  /**
   * An issue_comment webhook payload for a comment on PR `number`, built on the real example payload:
   * the issue carries pull_request.merged_at as GitHub sends it for pull requests.
   */
  commentEvent(
    action: 'created' | 'edited' | 'deleted',
    number: number,
    comment: Json,
    sender = String((comment.user as Json).login),
  ): Json {
    const ex = webhookExample('issue_comment', action);
    const p = this.pulls.get(number)!;
    const api = `${this.base}/repos/${this.owner}/${this.name}`;
    const html = `https://github.com/${this.owner}/${this.name}/pull/${number}`;
    const issue = {
      ...(ex.issue as Json),
      url: `${api}/issues/${number}`,
      repository_url: api,
      labels_url: `${api}/issues/${number}/labels{/name}`,
      comments_url: `${api}/issues/${number}/comments`,
      events_url: `${api}/issues/${number}/events`,
      html_url: html,
      id: 9000 + number,
      node_id: `I_${number}`,
      number,
      title: p.title,
      user: user(this.base, p.author),
      labels: [],
      milestone: null,
      assignee: null,
      assignees: [],
      state: p.state,
      closed_at: p.state === 'closed' ? (p.mergedAt ?? '2026-11-26T00:00:00Z') : null,
      body: null,
      pull_request: {
        url: `${api}/pulls/${number}`,
        html_url: html,
        diff_url: `${html}.diff`,
        patch_url: `${html}.patch`,
        merged_at: p.mergedAt ?? null,
      },
    };
    const changes = action === 'edited' ? { changes: { body: { from: '' } } } : {};
    return {
      ...ex,
      ...changes,
      action,
      issue,
      comment: { ...comment },
      repository: repository(this.base, this.owner, this.name),
      sender: user(this.base, sender),
    };
  }

  /** The PR's diff as GitHub shows it: from the merge base of the base branch (or the commit it merged onto) and the head. */
  private changedFiles(p: Pull): Array<{ filename: string; status: string }> {
    const tip = p.mergedOnto ?? this.refs.get(`heads/${p.base}`) ?? p.baseSha;
    return this.diff(this.mergeBase(tip, p.headSha) ?? p.baseSha, p.headSha);
  }

  private diff(from: string, to: string): Array<{ filename: string; status: string }> {
    const a = this.commits.get(from)?.files ?? new Map<string, string>();
    const b = this.commits.get(to)?.files ?? new Map<string, string>();
    const out: Array<{ filename: string; status: string }> = [];
    for (const [p, c] of b)
      if (!a.has(p)) out.push({ filename: p, status: 'added' });
      else if (a.get(p) !== c) out.push({ filename: p, status: 'modified' });
    for (const p of a.keys()) if (!b.has(p)) out.push({ filename: p, status: 'removed' });
    return out.sort((x, y) => x.filename.localeCompare(y.filename));
  }

  private resolve(ref: string): string | undefined {
    if (this.commits.has(ref)) return ref;
    return this.refs.get(`heads/${ref.replace(/^refs\/heads\//, '')}`);
  }

  /** How many requests matched a "METHOD /path" pattern. */
  count(match?: RegExp): number {
    return this.requests.filter((r) => !match || match.test(`${r.method} ${r.path}`)).length;
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const arrivedAt = performance.now();
    this.onRequest?.();
    // The delay comes first, before any work here: a request that arrives while another is checked
    // against the OpenAPI description is still seen arriving at its own time.
    if (this.latencyMs > 0) await new Promise((r) => setTimeout(r, this.latencyMs));
    const url = new URL(req.url ?? '/', 'http://x');
    const method = req.method ?? 'GET';
    const path = url.pathname;
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const raw = Buffer.concat(chunks).toString('utf8');
    const send = async (status: number, body: unknown, headers: Record<string, string> = {}) => {
      this.requests.push({ method, path, status, arrivedAt, answeredAt: performance.now() });
      res.writeHead(status, {
        'content-type': 'application/json; charset=utf-8',
        'x-github-api-version-selected': '2022-11-28',
        'x-ratelimit-limit': '1000',
        'x-ratelimit-remaining': '999',
        ...headers,
      });
      res.end(body === undefined ? '' : JSON.stringify(body));
    };

    const fault = this.faults.find((f) => f.times > 0 && f.match.test(`${method} ${path}`));
    if (fault) {
      fault.times--;
      if (fault.delayMs) await new Promise((r) => setTimeout(r, fault.delayMs));
      if (fault.status) {
        const headers: Record<string, string> =
          fault.retryAfter !== undefined ? { 'retry-after': String(fault.retryAfter) } : {};
        if (fault.status === 403 && fault.retryAfter !== undefined) headers['x-ratelimit-remaining'] = '998';
        return send(
          fault.status,
          {
            message:
              fault.message ??
              (fault.status === 403
                ? 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.'
                : 'Server Error'),
            documentation_url: 'https://docs.github.com/rest',
          },
          headers,
        );
      }
    }

    const route = openApi!.match(method, path);
    if (!route) {
      this.violations.push({ method, path, where: 'route', errors: 'no such operation in the OpenAPI description' });
      return send(404, { message: 'Not Found', documentation_url: 'https://docs.github.com/rest' });
    }
    let body: unknown;
    if (raw) {
      try {
        body = JSON.parse(raw);
      } catch {
        this.violations.push({ method, path, where: 'request', errors: 'body is not JSON' });
        return send(400, { message: 'Problems parsing JSON', documentation_url: 'https://docs.github.com/rest' });
      }
    }
    const reqErr = openApi!.checkRequest(method, route.template, route.op, body ?? {});
    if (reqErr) {
      this.violations.push({ method, path, where: 'request', errors: reqErr });
      return send(422, { message: `Invalid request: ${reqErr}`, documentation_url: 'https://docs.github.com/rest' });
    }
    const [status, out, headers] = this.route(method, route.template, route.params, url.searchParams, body as Json);
    if (status < 300 || status === 404) {
      const resErr = status === 404 ? undefined : openApi!.checkResponse(method, route.template, route.op, status, out);
      if (resErr) this.violations.push({ method, path, where: 'response', status, errors: resErr });
    }
    await send(status, out, headers);
  }

  private page<T>(items: T[], q: URLSearchParams, path: string): [number, T[], Record<string, string>] {
    const per = Math.min(Number(q.get('per_page') ?? 30), 100);
    const page = Number(q.get('page') ?? 1);
    const last = Math.max(1, Math.ceil(items.length / per));
    const headers: Record<string, string> = {};
    if (page < last) {
      const next = new URLSearchParams(q);
      next.set('page', String(page + 1));
      next.set('per_page', String(per));
      headers.link = `<${this.base}${path}?${next}>; rel="next"`;
    }
    return [200, items.slice((page - 1) * per, page * per), headers];
  }

  private route(
    method: string,
    template: string,
    p: Record<string, string>,
    q: URLSearchParams,
    body: Json,
  ): [number, unknown, Record<string, string>?] {
    const notFound: [number, unknown] = [
      404,
      { message: 'Not Found', documentation_url: 'https://docs.github.com/rest' },
    ];
    const api = `${this.base}/repos/${this.owner}/${this.name}`;
    if (p.owner && (p.owner !== this.owner || p.repo !== this.name)) return notFound;
    const key = `${method} ${template}`;
    const urlPath = template.replace(/\{(\w+)\}/g, (_m, k: string) => p[k] ?? '');
    switch (key) {
      case 'GET /repos/{owner}/{repo}/contents/{path}': {
        const sha = this.resolve(q.get('ref') ?? 'main');
        const files = sha ? this.commits.get(sha)!.files : undefined;
        const content = files?.get(p.path!);
        if (content === undefined) {
          const prefix = `${p.path!.replace(/\/$/, '')}/`;
          const children = files ? [...files.keys()].filter((f) => f.startsWith(prefix)) : [];
          if (children.length === 0) return notFound;
          const names = [...new Set(children.map((f) => f.slice(prefix.length).split('/')[0]!))];
          return [200, names.map((n) => this.contentEntry(`${prefix}${n}`, files!.get(`${prefix}${n}`), api))];
        }
        if (content.startsWith(SYMLINK)) {
          // As GitHub does: a link to a file in the repository answers with that file; any other link with itself.
          const target = content.slice(SYMLINK.length);
          const resolved = posix.normalize(posix.join(posix.dirname(p.path!), target));
          const real = files!.get(resolved);
          if (real !== undefined && !resolved.startsWith('..') && !real.startsWith('\u0000'))
            return [
              200,
              {
                ...this.contentEntry(resolved, real, api),
                encoding: 'base64',
                content: bytesOf(real).toString('base64'),
              },
            ];
          return [200, { ...this.contentEntry(p.path!, content, api), type: 'symlink', target, size: target.length }];
        }
        if (content.startsWith(SUBMODULE)) {
          const entry = this.contentEntry(p.path!, content, api);
          return [
            200,
            {
              ...entry,
              type: 'submodule',
              submodule_git_url: content.slice(SUBMODULE.length),
              size: 0,
              download_url: null,
            },
          ];
        }
        const bytes = bytesOf(content);
        // Over 1 MB GitHub sends no content in JSON; the blob (or the raw media type) has it.
        if (bytes.length > 1_000_000)
          return [200, { ...this.contentEntry(p.path!, content, api), encoding: 'none', content: '' }];
        return [
          200,
          { ...this.contentEntry(p.path!, content, api), encoding: 'base64', content: bytes.toString('base64') },
        ];
      }
      case 'GET /repos/{owner}/{repo}/git/blobs/{file_sha}': {
        for (const c of this.commits.values())
          for (const content of c.files.values())
            if (blobSha(content) === p.file_sha) {
              return [
                200,
                {
                  sha: p.file_sha,
                  node_id: `B_${p.file_sha}`,
                  url: `${api}/git/blobs/${p.file_sha}`,
                  size: bytesOf(content).length,
                  content: bytesOf(content).toString('base64'),
                  encoding: 'base64',
                },
              ];
            }
        return notFound;
      }
      case 'GET /repos/{owner}/{repo}/git/trees/{tree_sha}': {
        // GitHub takes a tree or a commit (peeled to its tree) and, recursively, lists sub-trees too.
        const sha = this.resolve(p.tree_sha!);
        const files = sha ? this.commits.get(sha)!.files : this.trees.get(p.tree_sha!);
        if (!files) return notFound;
        const treeSha = this.treeSha(files);
        const recursive = q.has('recursive');
        const dirs = new Set<string>();
        for (const path of files.keys())
          for (let i = path.indexOf('/'); i > 0; i = path.indexOf('/', i + 1)) dirs.add(path.slice(0, i));
        const entries = [
          ...[...dirs].map((d) => ({
            path: d,
            mode: '040000',
            type: 'tree',
            sha: createHash('sha1').update(`${treeSha}:${d}`).digest('hex'),
            url: `${api}/git/trees/${treeSha}`,
          })),
          ...[...files].map(([path, c]) => ({
            path,
            mode: '100644',
            type: 'blob',
            sha: blobSha(c),
            size: Buffer.byteLength(c),
            url: `${api}/git/blobs/${blobSha(c)}`,
          })),
        ]
          .filter((e) => recursive || !e.path.includes('/'))
          .sort((x, y) => (x.path < y.path ? -1 : x.path > y.path ? 1 : 0));
        const truncated = entries.length > this.treeLimit;
        return [
          200,
          { sha: treeSha, url: `${api}/git/trees/${treeSha}`, tree: entries.slice(0, this.treeLimit), truncated },
        ];
      }
      case 'GET /repos/{owner}/{repo}/pulls/{pull_number}/files': {
        const pr = this.pulls.get(Number(p.pull_number));
        if (!pr) return notFound;
        const head = this.commits.get(pr.headSha)!.files;
        const items = this.changedFiles(pr).map((f) => ({
          sha: blobSha(head.get(f.filename) ?? ''),
          filename: f.filename,
          status: f.status,
          additions: 1,
          deletions: 0,
          changes: 1,
          blob_url: `https://github.com/${this.owner}/${this.name}/blob/${pr.headSha}/${uriPath(f.filename)}`,
          raw_url: `https://github.com/${this.owner}/${this.name}/raw/${pr.headSha}/${uriPath(f.filename)}`,
          contents_url: `${api}/contents/${uriPath(f.filename)}?ref=${pr.headSha}`,
        }));
        // GitHub lists at most 3,000 files of a pull request.
        return this.page(items.slice(0, 3000), q, urlPath);
      }
      case 'GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews':
        return this.pulls.has(Number(p.pull_number))
          ? this.page(this.reviews.get(Number(p.pull_number)) ?? [], q, urlPath)
          : notFound;
      case 'GET /repos/{owner}/{repo}/pulls/{pull_number}':
        return this.pulls.has(Number(p.pull_number)) ? [200, this.pullJson(Number(p.pull_number))] : notFound;
      case 'GET /repos/{owner}/{repo}/pulls': {
        const state = q.get('state') ?? 'open';
        const list = [...this.pulls.values()]
          .filter((x) => state === 'all' || x.state === state)
          .map((x) => this.pullJson(x.number));
        return this.page(list, q, urlPath);
      }
      case 'GET /repos/{owner}/{repo}/compare/{basehead}': {
        // As GitHub documents it: BASE...HEAD is the diff from their merge base to HEAD, and the
        // response lists at most 300 files.
        const m = /^(.+?)\.\.\.(.+)$/.exec(p.basehead!);
        if (!m) return notFound;
        const a = this.resolve(m[1]!);
        const b = this.resolve(m[2]!);
        if (!a || !b) return notFound;
        const mb = this.mergeBase(a, b);
        if (!mb) return notFound;
        const cb = this.commits.get(b)!;
        const files = this.diff(mb, b)
          .slice(0, 300)
          .map((f) => ({
            sha: blobSha(cb.files.get(f.filename) ?? ''),
            filename: f.filename,
            status: f.status,
            additions: 1,
            deletions: 0,
            changes: 1,
            blob_url: `https://github.com/x/blob/${b}/${uriPath(f.filename)}`,
            raw_url: `https://github.com/x/raw/${b}/${uriPath(f.filename)}`,
            contents_url: `${api}/contents/${uriPath(f.filename)}?ref=${b}`,
          }));
        const ahead = [...this.ancestors(b)].filter((c) => !this.ancestors(mb).has(c));
        const behind = [...this.ancestors(a)].filter((c) => !this.ancestors(mb).has(c));
        const status =
          a === b ? 'identical' : behind.length === 0 ? 'ahead' : ahead.length === 0 ? 'behind' : 'diverged';
        return [
          200,
          {
            url: `${api}/compare/${p.basehead}`,
            html_url: `https://github.com/${this.owner}/${this.name}/compare/${p.basehead}`,
            permalink_url: `https://github.com/${this.owner}/${this.name}/compare/${p.basehead}`,
            diff_url: `https://github.com/x.diff`,
            patch_url: `https://github.com/x.patch`,
            base_commit: this.commitJson(this.commits.get(a)!),
            merge_base_commit: this.commitJson(this.commits.get(mb)!),
            status,
            ahead_by: ahead.length,
            behind_by: behind.length,
            total_commits: ahead.length,
            commits: ahead.map((c) => this.commitJson(this.commits.get(c)!)),
            files,
          },
        ];
      }
      case 'GET /repos/{owner}/{repo}/commits': {
        // Newest first from sha (default: main); with path, the commits that changed something under it
        // (a merge only when it differs there from every parent, as git's history simplification shows it).
        const tip = this.resolve(q.get('sha') ?? 'main');
        if (!tip) return notFound;
        const path = q.get('path')?.replace(/\/+$/, '');
        const under = (a: Map<string, string> | undefined, b: Map<string, string>) => {
          const keys = new Set([...(a?.keys() ?? []), ...b.keys()]);
          return [...keys].some((k) => (!path || k === path || k.startsWith(`${path}/`)) && a?.get(k) !== b.get(k));
        };
        const order: string[] = [];
        const seen = new Set<string>();
        const visit = (sha: string) => {
          const stack = [sha];
          while (stack.length) {
            const s = stack.pop()!;
            if (seen.has(s) || !this.commits.has(s)) continue;
            seen.add(s);
            order.push(s);
            stack.push(...[...this.commits.get(s)!.parents].reverse());
          }
        };
        visit(tip);
        const list = order.filter((sha) => {
          const c = this.commits.get(sha)!;
          if (!path) return true;
          if (c.parents.length === 0) return under(undefined, c.files);
          return c.parents.every((p) => under(this.commits.get(p)?.files, c.files));
        });
        return this.page(
          list.map((sha) => this.commitJson(this.commits.get(sha)!)),
          q,
          urlPath,
        );
      }
      case 'GET /repos/{owner}/{repo}/pulls/{pull_number}/commits': {
        const pr = this.pulls.get(Number(p.pull_number));
        if (!pr) return notFound;
        const base = this.ancestors(this.refs.get(`heads/${pr.base}`) ?? pr.baseSha);
        const list = [...this.ancestors(pr.headSha)]
          .filter((c) => !base.has(c))
          .reverse()
          .map((c) => this.commitJson(this.commits.get(c)!));
        // GitHub lists at most 250 commits of a pull request.
        return this.page(list.slice(0, 250), q, urlPath);
      }
      case 'GET /orgs/{org}/teams/{team_slug}/members': {
        const team = `${p.org}/${p.team_slug}`;
        if (!this.readableTeams.has(team)) return notFound;
        return this.page(
          [...(this.teams.get(team) ?? [])].sort().map((login) => user(this.base, login)),
          q,
          urlPath,
        );
      }
      case 'GET /repos/{owner}/{repo}/issues/{issue_number}/events':
        return this.page(this.issueEvents.get(Number(p.issue_number)) ?? [], q, urlPath);
      case 'GET /repos/{owner}/{repo}/issues/{issue_number}/comments':
        return this.page(this.comments.get(Number(p.issue_number)) ?? [], q, urlPath);
      case 'POST /repos/{owner}/{repo}/issues/{issue_number}/comments': {
        const n = Number(p.issue_number);
        if (!this.pulls.has(n)) return notFound;
        if (String(body.body ?? '').length > 65536)
          return [
            422,
            {
              message: 'Validation Failed',
              errors: [
                {
                  resource: 'IssueComment',
                  code: 'custom',
                  field: 'body',
                  message: 'body is too long (maximum is 65536 characters)',
                },
              ],
              documentation_url: 'https://docs.github.com/rest',
            },
          ];
        const id = newId();
        const c = {
          id,
          node_id: `IC_${id}`,
          url: `${api}/issues/comments/${id}`,
          html_url: `https://github.com/${this.owner}/${this.name}/pull/${n}#issuecomment-${id}`,
          issue_url: `${api}/issues/${n}`,
          body: body.body,
          user: user(this.base, this.actor, this.userToken ? 'User' : 'Bot'),
          created_at: '2026-11-26T00:00:00Z',
          updated_at: '2026-11-26T00:00:00Z',
          author_association: 'NONE',
        };
        this.comments.set(n, [...(this.comments.get(n) ?? []), c]);
        return [201, c];
      }
      case 'PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}': {
        for (const list of this.comments.values()) {
          const c = list.find((x) => x.id === Number(p.comment_id));
          if (c) {
            if (String(body.body ?? '').length > 65536)
              return [422, { message: 'Validation Failed', documentation_url: 'https://docs.github.com/rest' }];
            c.body = body.body;
            return [200, c];
          }
        }
        return notFound;
      }
      case 'POST /repos/{owner}/{repo}/statuses/{sha}': {
        if (!this.commits.has(p.sha!))
          return [
            422,
            { message: 'No commit found for SHA: ' + p.sha, documentation_url: 'https://docs.github.com/rest' },
          ];
        const id = newId();
        const s = {
          url: `${api}/statuses/${p.sha}`,
          avatar_url: null,
          id,
          node_id: `S_${id}`,
          state: body.state,
          description: body.description ?? null,
          target_url: body.target_url ?? null,
          context: body.context ?? 'default',
          created_at: '2026-11-26T00:00:00Z',
          updated_at: '2026-11-26T00:00:00Z',
          creator: user(this.base, this.actor, this.userToken ? 'User' : 'Bot'),
        };
        this.statuses.set(p.sha!, [...(this.statuses.get(p.sha!) ?? []), s]);
        return [201, s];
      }
      case 'GET /repos/{owner}/{repo}/commits/{ref}/status': {
        const sha = this.resolve(p.ref!);
        if (!sha) return notFound;
        const all = this.statuses.get(sha) ?? [];
        const latest = [...new Map(all.map((s) => [s.context as string, s])).values()].reverse();
        const state = latest.some((s) => s.state === 'failure' || s.state === 'error')
          ? 'failure'
          : latest.some((s) => s.state === 'pending') || latest.length === 0
            ? 'pending'
            : 'success';
        return [
          200,
          {
            state,
            sha,
            total_count: latest.length,
            statuses: latest.map(({ creator: _c, ...s }) => s),
            repository: repository(this.base, this.owner, this.name),
            commit_url: `${api}/commits/${sha}`,
            url: `${api}/commits/${sha}/status`,
          },
        ];
      }
      case 'GET /orgs/{org}/teams/{team_slug}/memberships/{username}': {
        const team = `${p.org}/${p.team_slug}`;
        if (!this.readableTeams.has(team) || !this.teams.get(team)?.has(p.username!)) return notFound;
        return [
          200,
          { url: `${this.base}/organizations/1/team/1/memberships/${p.username}`, role: 'member', state: 'active' },
        ];
      }
      case 'GET /orgs/{org}/teams/{team_slug}': {
        const team = `${p.org}/${p.team_slug}`;
        if (!this.readableTeams.has(team)) return notFound;
        const o = `${this.base}/orgs/${p.org}`;
        const org = {
          login: p.org,
          id: 1,
          node_id: 'O_1',
          url: o,
          repos_url: `${o}/repos`,
          events_url: `${o}/events`,
          hooks_url: `${o}/hooks`,
          issues_url: `${o}/issues`,
          members_url: `${o}/members{/member}`,
          public_members_url: `${o}/public_members{/member}`,
          avatar_url: 'https://avatars.example/o/1',
          description: null,
          html_url: `https://github.com/${p.org}`,
          has_organization_projects: true,
          has_repository_projects: true,
          public_repos: 1,
          public_gists: 0,
          followers: 0,
          following: 0,
          type: 'Organization',
          created_at: '2020-01-01T00:00:00Z',
          updated_at: '2020-01-01T00:00:00Z',
          archived_at: null,
        };
        return [
          200,
          {
            id: 1,
            node_id: 'T_1',
            url: `${this.base}/orgs/${p.org}/teams/${p.team_slug}`,
            html_url: `https://github.com/orgs/${p.org}/teams/${p.team_slug}`,
            name: p.team_slug,
            slug: p.team_slug,
            description: null,
            privacy: 'closed',
            notification_setting: 'notifications_enabled',
            permission: 'pull',
            members_url: `${this.base}/orgs/${p.org}/teams/${p.team_slug}/members{/member}`,
            repositories_url: `${this.base}/orgs/${p.org}/teams/${p.team_slug}/repos`,
            parent: null,
            members_count: this.teams.get(team)?.size ?? 0,
            repos_count: 1,
            created_at: '2020-01-01T00:00:00Z',
            updated_at: '2020-01-01T00:00:00Z',
            organization: org,
            type: 'enterprise',
          },
        ];
      }
      case 'GET /repos/{owner}/{repo}/git/ref/{ref}': {
        const sha = this.refs.get(p.ref!);
        if (!sha) return notFound;
        return [
          200,
          {
            ref: `refs/${p.ref}`,
            node_id: `R_${p.ref}`,
            url: `${api}/git/refs/${p.ref}`,
            object: { type: 'commit', sha, url: `${api}/git/commits/${sha}` },
          },
        ];
      }
      case 'GET /repos/{owner}/{repo}/git/commits/{commit_sha}': {
        const c = this.commits.get(p.commit_sha!);
        return c ? [200, this.gitCommitJson(c)] : notFound;
      }
      case 'POST /repos/{owner}/{repo}/git/trees': {
        const base = body.base_tree ? this.trees.get(String(body.base_tree)) : new Map<string, string>();
        if (!base) return [422, { message: 'Invalid tree info', documentation_url: 'https://docs.github.com/rest' }];
        const files = new Map(base);
        for (const e of body.tree as Array<{ path: string; content?: string; sha?: string | null }>) {
          if (e.sha === null) files.delete(e.path);
          else if (e.content !== undefined) files.set(e.path, e.content);
        }
        const sha = this.treeSha(files);
        this.trees.set(sha, files);
        return [
          201,
          {
            sha,
            url: `${api}/git/trees/${sha}`,
            truncated: false,
            tree: [...files].map(([path, c]) => ({
              path,
              mode: '100644',
              type: 'blob',
              sha: blobSha(c),
              size: Buffer.byteLength(c),
              url: `${api}/git/blobs/${blobSha(c)}`,
            })),
          },
        ];
      }
      case 'POST /repos/{owner}/{repo}/git/commits': {
        const files = this.trees.get(String(body.tree));
        if (!files)
          return [422, { message: 'Tree SHA does not exist', documentation_url: 'https://docs.github.com/rest' }];
        const parents = (body.parents as string[]) ?? [];
        const sha = createHash('sha1')
          .update(`${body.tree}\n${parents.join(',')}\n${body.message}\n${newId()}`)
          .digest('hex');
        const c: Commit = {
          sha,
          files: new Map(files),
          parents,
          message: String(body.message),
          author: 'github-actions[bot]',
          signed: true,
        };
        this.commits.set(sha, c);
        return [201, this.gitCommitJson(c)];
      }
      case 'PATCH /repos/{owner}/{repo}/git/refs/{ref}': {
        const current = this.refs.get(p.ref!);
        if (!current)
          return [422, { message: 'Reference does not exist', documentation_url: 'https://docs.github.com/rest' }];
        const next = String(body.sha);
        if (!this.commits.has(next))
          return [422, { message: 'Object does not exist', documentation_url: 'https://docs.github.com/rest' }];
        if (!body.force && !this.isAncestor(current, next)) {
          this.refusedUpdates++;
          return [
            422,
            {
              message: 'Update is not a fast forward',
              documentation_url: 'https://docs.github.com/rest/git/refs#update-a-reference',
            },
          ];
        }
        this.refs.set(p.ref!, next);
        return [
          200,
          {
            ref: `refs/${p.ref}`,
            node_id: `R_${p.ref}`,
            url: `${api}/git/refs/${p.ref}`,
            object: { type: 'commit', sha: next, url: `${api}/git/commits/${next}` },
          },
        ];
      }
      case 'GET /repos/{owner}/{repo}/commits/{ref}/statuses': {
        const sha = this.resolve(p.ref!);
        if (!sha) return notFound;
        return this.page([...(this.statuses.get(sha) ?? [])].reverse(), q, urlPath);
      }
      case 'GET /user':
        if (!this.userToken)
          return [
            403,
            {
              message: 'Resource not accessible by integration',
              documentation_url: 'https://docs.github.com/rest/users/users#get-the-authenticated-user',
            },
          ];
        return [
          200,
          {
            ...user(this.base, this.actor),
            user_view_type: 'public',
            name: null,
            company: null,
            blog: '',
            location: null,
            email: null,
            hireable: null,
            bio: null,
            public_repos: 0,
            public_gists: 0,
            followers: 0,
            following: 0,
            created_at: '2020-01-01T00:00:00Z',
            updated_at: '2020-01-01T00:00:00Z',
          },
        ];
      default: {
        const answer = protectionRoute(this.protection, this.base, this.owner, this.name, key, p, q);
        if (answer) return answer;
        this.violations.push({
          method,
          path: urlPath,
          where: 'route',
          errors: `the emulator does not implement ${key}`,
        });
        return [501 as number, { message: `not implemented by the emulator: ${key}` }];
      }
    }
  }

  private contentEntry(path: string, content: string | undefined, api: string): Json {
    const isFile = content !== undefined;
    const sha = isFile ? blobSha(content) : createHash('sha1').update(path).digest('hex');
    const name = path.split('/').pop()!;
    const u = uriPath(path);
    return {
      type: isFile ? 'file' : 'dir',
      size: isFile ? Buffer.byteLength(content) : 0,
      name,
      path,
      sha,
      url: `${api}/contents/${u}`,
      git_url: `${api}/git/${isFile ? 'blobs' : 'trees'}/${sha}`,
      html_url: `https://github.com/${this.owner}/${this.name}/blob/main/${u}`,
      download_url: isFile ? `https://raw.example/${u}` : null,
      _links: {
        self: `${api}/contents/${u}`,
        git: `${api}/git/blobs/${sha}`,
        html: `https://github.com/${this.owner}/${this.name}/blob/main/${u}`,
      },
    };
  }
}
