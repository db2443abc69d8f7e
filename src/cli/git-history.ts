import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gitBlobSha } from '../archive/canonical.js';
import { checkHistory, type ArchiveCommit } from '../archive/history.js';
import { archiveProblem, type ArchiveProblem, type StoredRecord } from '../archive/verify.js';

// A folder may come from anyone: git runs with no hooks, no fsmonitor, no pager and no prompt, and
// only commands that never run filters or touch the index (log, ls-tree, cat-file).
const SAFE = ['-c', 'core.fsmonitor=false', '-c', 'core.hooksPath=/dev/null', '-c', 'core.pager=cat', '--no-pager'];

function git(cwd: string, args: string[], input?: string): string | undefined {
  const r = spawnSync('git', [...SAFE, ...args], {
    cwd,
    input,
    encoding: 'utf8',
    maxBuffer: 1 << 30,
    env: { ...process.env, GIT_TERMINAL_PROMPT: '0', GIT_OPTIONAL_LOCKS: '0' },
  });
  return r.status === 0 ? r.stdout : undefined;
}

/** Parses `git log -z --name-status --format=%x01%H%x00%P%x00%an%x00%ae%x00%cn%x00%ce`, paths made relative to the folder. */
export function parseGitLog(out: string, prefix: string): ArchiveCommit[] {
  const commits: ArchiveCommit[] = [];
  for (const chunk of out.split('\x01').slice(1)) {
    const t = chunk.split('\0');
    const [sha, parents, an, ae, cn, ce] = t;
    const rest = t
      .slice(6)
      .map((x) => x.replace(/^\n+/, ''))
      .filter((x) => x !== '');
    const changes: ArchiveCommit['changes'] = [];
    for (let i = 0; i + 1 < rest.length; i += 2)
      changes.push({
        status: rest[i]!,
        path: rest[i + 1]!.startsWith(prefix) ? rest[i + 1]!.slice(prefix.length) : rest[i + 1]!,
      });
    commits.push({
      sha: sha!,
      parents: parents ? parents.split(' ') : [],
      author: { name: an!, email: ae! },
      committer: { name: cn!, email: ce! },
      changes,
    });
  }
  return commits;
}

/**
 * The archive checked against Git, when the folder is in a clone: who wrote every commit that touched
 * it, that records were added once and never changed, that the files are the committed ones, and
 * that each record's pinned documents and evidence are the blobs Git has at the merge. Undefined
 * when the folder is not in a Git clone.
 */
export function verifyAgainstGit(
  dir: string,
  files: string[],
  records: StoredRecord[],
  writer: string,
): ArchiveProblem[] | undefined {
  const info = git(dir, ['rev-parse', '--show-toplevel', '--show-prefix', '--is-shallow-repository']);
  if (info === undefined) return undefined;
  const [top, prefix = '', shallow] = info.split('\n');
  if (!top || git(top, ['rev-parse', '--verify', '-q', 'HEAD']) === undefined) return undefined;
  const clone: Clone = { top, prefix, spec: prefix ? `:(literal)${prefix}` : '.' };
  const problems: ArchiveProblem[] = [];
  if (shallow === 'true') problems.push(archiveProblem('.', 'git.shallow'));
  const log =
    git(top, [
      'log',
      '--reverse',
      '--full-history',
      '--no-renames',
      '--cc',
      '-z',
      '--name-status',
      '--format=%x01%H%x00%P%x00%an%x00%ae%x00%cn%x00%ce',
      'HEAD',
      '--',
      clone.spec,
    ]) ?? '';
  problems.push(...checkHistory(parseGitLog(log, prefix), writer));
  problems.push(...uncommittedFiles(clone, dir, files));
  problems.push(...pinProblems(top, records));
  return problems;
}

/** The clone the archive folder is in: its top folder, the folder's prefix in it and the pathspec that names the folder. */
interface Clone {
  top: string;
  prefix: string;
  spec: string;
}

/** The files on disk against the commit checked out, by blob id (git status would run filters and fsmonitor). */
function uncommittedFiles({ top, prefix, spec }: Clone, dir: string, files: string[]): ArchiveProblem[] {
  const problems: ArchiveProblem[] = [];
  const tree = new Map<string, string>();
  for (const line of (git(top, ['ls-tree', '-r', '-z', '--full-tree', 'HEAD', '--', spec]) ?? '').split('\0')) {
    const m = /^\d+ blob ([0-9a-f]+)\t(.*)$/s.exec(line);
    if (m) tree.set(m[2]!.slice(prefix.length), m[1]!);
  }
  const onDisk = new Set(files);
  for (const f of files) {
    const committed = tree.get(f);
    const bytes = readIfPresent(join(dir, f));
    if (committed === undefined || !bytes || gitBlobSha(bytes) !== committed)
      problems.push(archiveProblem(f, 'git.uncommitted'));
  }
  for (const f of tree.keys()) if (!onDisk.has(f)) problems.push(archiveProblem(f, 'git.uncommitted'));
  return problems;
}

/** A file's bytes, or undefined when it cannot be read. */
function readIfPresent(path: string): Buffer | undefined {
  try {
    return readFileSync(path);
  } catch {
    return undefined;
  }
}

/** One pinned blob to look up: the record it is in, the path at the record's commit and the blob id the record pins. */
interface PinQuery {
  file: string;
  what: string;
  commit: string;
  pinned: string | null;
  path: string;
}

/** Pinned blobs: one cat-file process for every record's document and evidence. */
function pinProblems(top: string, records: StoredRecord[]): ArchiveProblem[] {
  const problems: ArchiveProblem[] = [];
  const queries = pinQueries(records);
  const checkable = queries.filter((q) => !/[\0-\x1f]/.test(q.path));
  const answers = (
    git(top, ['cat-file', '--batch-check=%(objectname)'], checkable.map((q) => `${q.commit}:${q.path}\n`).join('')) ??
    ''
  ).split('\n');
  checkable.forEach((q, i) => {
    const a = answers[i] ?? '';
    const found = /^[0-9a-f]{40,64}$/.test(a) ? a : null;
    if (found !== q.pinned)
      problems.push(
        archiveProblem(q.file, 'git.pin', {
          what: q.what,
          commit: q.commit.slice(0, 12),
          pinned: q.pinned,
          found,
          unaskable: false,
        }),
      );
  });
  for (const q of queries)
    if (!checkable.includes(q))
      problems.push(
        archiveProblem(q.file, 'git.pin', {
          what: JSON.stringify(q.path).slice(0, 80),
          commit: q.commit.slice(0, 12),
          pinned: q.pinned,
          found: null,
          unaskable: true,
        }),
      );
  return problems;
}

/** Records of the formats that pin their documents and evidence by Git blob: 2 and 3 (format 1 pinned nothing). */
const pins = (
  record: StoredRecord['record'],
): record is Extract<StoredRecord['record'], { format: `${string}/v2` | `${string}/v3` }> =>
  record.format === 'upgrade-gate/archive-record/v2' || record.format === 'upgrade-gate/archive-record/v3';

/** Every document and evidence blob the records of formats 2 and 3 pin, with the commit it is pinned at. */
function pinQueries(records: StoredRecord[]): PinQuery[] {
  const queries: PinQuery[] = [];
  for (const { file, record } of records) {
    if (!pins(record)) continue;
    const commit = record.pull_request.merge_sha ?? record.pull_request.head_sha;
    for (const d of record.documents) {
      queries.push({ file, what: d.path, commit, pinned: d.blob_sha, path: d.path });
      for (const e of d.evidence) queries.push({ file, what: e.path, commit, pinned: e.blob_sha, path: e.path });
    }
  }
  return queries;
}
