import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { nextChainHead, recordFiles, recordPath, yearIndexPath, type ChainHead } from '../../src/archive/layout.js';
import { buildRecord, type Pin } from '../../src/archive/record.js';
import { renderRecordMarkdown } from '../../src/archive/render.js';
import { evaluate } from '../../src/policy/evaluate.js';
import { appendOutcome, examplePins } from '../archive-fixture.js';
import { ROOT } from '../helpers.js';
import { REGULAR_PATH, snapshot } from '../policy/snapshot-fixture.js';

const CLI = join(ROOT, 'action/cli.js');
const BOT = { name: 'github-actions[bot]', email: '41898282+github-actions[bot]@users.noreply.github.com' };
const GITHUB = { name: 'GitHub', email: 'noreply@github.com' };
const MALLORY = { name: 'mallory', email: 'mallory@example.com' };
const EVIDENCE = ['docs/acceptance/billing-2.4.0.md', 'docs/gray/billing-2.4.0.md'];

function commit(dir: string, message: string, author: { name: string; email: string }, committer = author): string {
  const env = { ...process.env, GIT_AUTHOR_NAME: author.name, GIT_AUTHOR_EMAIL: author.email, GIT_COMMITTER_NAME: committer.name, GIT_COMMITTER_EMAIL: committer.email };
  execFileSync('git', ['add', '-A'], { cwd: dir, env });
  execFileSync('git', ['commit', '-q', '--allow-empty', '-m', message], { cwd: dir, env });
  return execFileSync('git', ['rev-parse', 'HEAD'], { cwd: dir, encoding: 'utf8' }).trim();
}

const SNAPSHOTS: Array<ReturnType<typeof snapshot>> = [];

/** The archive's files for `count` merges, each record pinned to a real merge commit of the clone. */
function archiveFiles(merges: string[], mergedBy: (i: number) => string, pins?: (i: number) => Pin[]): Map<string, string> {
  const files = new Map<string, string>();
  let chain: ChainHead | undefined;
  merges.forEach((sha, i) => {
    // One snapshot per merge (the fixture's review ids are random): rebuilding the archive changes only what a test changes.
    const snap = structuredClone(SNAPSHOTS[i] ??= snapshot());
    snap.pullRequest = { ...snap.pullRequest, number: 1000 + i, mergedAt: new Date(Date.UTC(2026, 0, 1 + i)).toISOString(), mergedBy: mergedBy(i), mergeSha: sha };
    const record = buildRecord(snap, evaluate(snap), { previous: chain ? { sequence: chain.sequence, sha256: chain.sha256 } : undefined, toolVersion: '0.1.0', tzdata: '2025b', backfilled: false, evidence: { [REGULAR_PATH]: pins?.(i) ?? examplePins(EVIDENCE) } });
    const path = recordPath('archive', record, 'Asia/Shanghai');
    for (const f of recordFiles(record, path, chain, files.get(yearIndexPath(path)), 'archive', 'Asia/Shanghai', renderRecordMarkdown(record))) files.set(f.path, f.content);
    chain = nextChainHead(chain, record, path, 'Asia/Shanghai');
  });
  return files;
}

const write = (dir: string, files: Map<string, string>) => {
  for (const [p, c] of files) {
    mkdirSync(dirname(join(dir, p)), { recursive: true });
    writeFileSync(join(dir, p), c);
  }
};

/** A clone in which 4 upgrade PRs merged and the Action archived each one, as GitHub records its commits. */
function clone(pins?: (i: number) => Pin[]): { dir: string; merges: string[] } {
  const dir = mkdtempSync(join(tmpdir(), 'ug-git-'));
  execFileSync('git', ['init', '-q', '-b', 'main'], { cwd: dir });
  cpSync(join(ROOT, 'examples/docs'), join(dir, 'docs'), { recursive: true });
  commit(dir, 'evidence', { name: 'alice-dev', email: 'alice@example.com' });
  const merges: string[] = [];
  for (let i = 0; i < 4; i++) {
    mkdirSync(join(dir, 'upgrades'), { recursive: true });
    writeFileSync(join(dir, REGULAR_PATH), snapshot().documents[0]!.text);
    merges.push(commit(dir, `Merge pull request #${1000 + i}`, { name: 'bob-ops', email: 'bob@example.com' }));
    write(dir, archiveFiles(merges, () => 'bob-ops', pins));
    commit(dir, `archive: PR #${1000 + i}`, BOT, GITHUB);
  }
  return { dir, merges };
}

const verify = (dir: string, ...args: string[]) => spawnSync(process.execPath, [CLI, 'verify', join(dir, 'archive'), ...args], { encoding: 'utf8' });

describe('verify in a Git clone checks who wrote the archive', () => {
  it('an archive written only by the Action verifies, pins included', () => {
    const { dir } = clone();
    const r = verify(dir);
    expect(r.stdout.trim()).toBe('4 records verified: the archive is intact');
    expect(r.status).toBe(0);
  });

  it('an edit with every hash, Markdown, index and chain head recomputed, committed by someone else, fails and names the commit', () => {
    const { dir, merges } = clone();
    write(dir, archiveFiles(merges, (i) => (i === 1 ? 'mallory' : 'bob-ops')));
    const forged = commit(dir, 'fix typo', MALLORY);
    const file = verify(join(dir, '..', dir.split('/').pop()!));
    expect(file.stdout).toContain(`error git.writer commit ${forged.slice(0, 12)} by mallory <mallory@example.com> changed the archive`);
    expect(file.stdout).toMatch(new RegExp(`2026/01/[^ ]+-pr1001\\.json: error git\\.record-changed was changed by commit ${forged.slice(0, 12)}`));
    // Without Git the forgery is consistent: that is why verify reads the history.
    const copy = mkdtempSync(join(tmpdir(), 'ug-nogit-'));
    cpSync(join(dir, 'archive'), join(copy, 'archive'), { recursive: true });
    expect(verify(copy).status).toBe(0);
    expect(file.status).toBe(1);
  });

  it('report checks the history as verify does: a forgery committed with every hash recomputed is never listed', () => {
    const { dir, merges } = clone();
    const report = () => spawnSync(process.execPath, [CLI, 'report', join(dir, 'archive'), '--format', 'csv'], { encoding: 'utf8' });
    let r = report();
    expect(r.status).toBe(0);
    expect(r.stdout.trim().split('\n')).toHaveLength(5);
    write(dir, archiveFiles(merges, (i) => (i === 1 ? 'mallory' : 'bob-ops')));
    const forged = commit(dir, 'fix typo', MALLORY);
    // The files alone are intact: only the history shows the forgery.
    const copy = mkdtempSync(join(tmpdir(), 'ug-files-'));
    cpSync(join(dir, 'archive'), join(copy, 'archive'), { recursive: true });
    expect(verify(copy).status).toBe(0);
    r = report();
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('upgrade-gate report: the archive fails verification');
    expect(r.stderr).toContain(`error git.writer commit ${forged.slice(0, 12)} by mallory`);
    // Another writer named on the command line is checked as verify checks it.
    rmSync(dir, { recursive: true });
    const again = clone();
    r = spawnSync(process.execPath, [CLI, 'report', join(again.dir, 'archive'), '--writer', 'acme-upgrade-gate[bot]'], { encoding: 'utf8' });
    expect(r.stderr).toContain('only acme-upgrade-gate[bot] writes it');
    expect(r.status).toBe(1);
  });

  it("the same forgery under the Action's name still fails: records are added once and never changed", () => {
    const { dir, merges } = clone();
    write(dir, archiveFiles(merges, (i) => (i === 1 ? 'mallory' : 'bob-ops')));
    const forged = commit(dir, 'archive: fix', BOT, GITHUB);
    const r = verify(dir);
    expect(r.stdout).toContain(`error git.record-changed was changed by commit ${forged.slice(0, 12)}`);
    expect(r.status).toBe(1);
  });

  it("an outcome the Action commits adds its section to the upgrade's Markdown, and the archive still verifies", () => {
    const { dir } = clone();
    const upgrade = JSON.parse(readFileSync(join(dir, 'archive/chain-head.json'), 'utf8')).path as string;
    appendOutcome(dir, upgrade, '/upgrade-result succeeded\ncompleted_at: 2026-12-03T21:40\nverification: { V-1: passed, V-2: passed }\nnotes: started, routine checks and both cases passed', 'carol-ops', 1);
    const outcome = commit(dir, 'archive: outcome of PR #1003', BOT, GITHUB);
    const log = execFileSync('git', ['show', '--name-status', '--format=', outcome], { cwd: dir, encoding: 'utf8' });
    expect(log).toMatch(/^M\tarchive\/\d{4}\/\d{2}\/[^\n]+-pr1003\.md$/m);
    let r = verify(dir);
    expect(r.stdout.trim()).toBe('5 records verified: the archive is intact');
    expect(r.status).toBe(0);
    // The Markdown stays a view of the records: anyone's edit of it still fails, and a deletion is named.
    const md = join(dir, upgrade.replace(/\.json$/, '.md'));
    writeFileSync(md, readFileSync(md, 'utf8').replace('succeeded', 'failed'));
    commit(dir, 'wording', BOT, GITHUB);
    r = verify(dir);
    expect(r.stdout).toContain('error markdown.edited');
    expect(r.status).toBe(1);
    rmSync(md);
    const deletion = commit(dir, 'archive: tidy', BOT, GITHUB);
    r = verify(dir);
    expect(r.stdout).toContain(`error git.deleted`);
    expect(r.stdout).toContain(deletion.slice(0, 12));
    expect(r.status).toBe(1);
  });

  it('an emptied archive fails in a clone, naming the commit that emptied it', () => {
    const { dir } = clone();
    rmSync(join(dir, 'archive'), { recursive: true });
    mkdirSync(join(dir, 'archive'));
    writeFileSync(join(dir, 'archive/.keep'), '');
    const emptied = commit(dir, 'clean up', MALLORY);
    const r = verify(dir);
    expect(r.stdout).toContain(`error git.writer commit ${emptied.slice(0, 12)} by mallory`);
    expect(r.stdout).toContain(`error git.record-changed was deleted by commit ${emptied.slice(0, 12)}`);
    expect(r.status).toBe(1);
  });

  it('uncommitted edits, and another writer configured, are named', () => {
    const { dir } = clone();
    writeFileSync(join(dir, 'archive/2026/README.md'), `${readFileSync(join(dir, 'archive/2026/README.md'), 'utf8')}\n`);
    let r = verify(dir);
    expect(r.stdout).toContain('2026/README.md: error git.uncommitted');
    execFileSync('git', ['checkout', '-q', '--', 'archive'], { cwd: dir });
    r = verify(dir, '--writer', 'acme-upgrade-gate[bot]');
    expect(r.stdout).toContain('only acme-upgrade-gate[bot] writes it');
    expect(r.status).toBe(1);
  });

  it('evidence that changes after the merge still verifies; a pin that never matched the merge fails', () => {
    const { dir } = clone();
    writeFileSync(join(dir, EVIDENCE[0]!), 'rewritten after the merge\n');
    commit(dir, 'update report', { name: 'alice-dev', email: 'alice@example.com' });
    expect(verify(dir).status).toBe(0);
    const bad = clone((i) => (i === 2 ? [{ path: EVIDENCE[0]!, blob_sha: 'e'.repeat(40), sha256: 'e'.repeat(64) }] : examplePins(EVIDENCE)));
    const r = verify(bad.dir);
    expect(r.stdout).toContain(`error git.pin pins ${EVIDENCE[0]} as blob ${'e'.repeat(40)}, but at commit ${bad.merges[2]!.slice(0, 12)} Git has`);
    expect(r.status).toBe(1);
  });
  it('a pin of a file the merge never had is named in Chinese with --lang zh-CN, and in English without', () => {
    const bad = clone((i) => (i === 1 ? [{ path: 'docs/gone.md', blob_sha: 'e'.repeat(40), sha256: 'e'.repeat(64) }] : examplePins(EVIDENCE)));
    const zh = verify(bad.dir, '--lang', 'zh-CN');
    expect(zh.stdout).toContain(`error git.pin 记录的 docs/gone.md 的 blob 为 ${'e'.repeat(40)}，但在提交 ${bad.merges[1]!.slice(0, 12)} 中 Git 里没有这个文件（或该提交不在本克隆中）：归档记录与实际合并的内容不符`);
    expect(zh.stdout).not.toMatch(/no such file|nothing|the commit is not/);
    expect(verify(bad.dir).stdout).toContain(`error git.pin pins docs/gone.md as blob ${'e'.repeat(40)}, but at commit ${bad.merges[1]!.slice(0, 12)} Git has no such file (or the commit is not in this clone)`);
  });
});
