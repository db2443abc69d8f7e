import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exampleUpgrade, openUpgradePull } from '../emulator/seed.js';
import { ROOT } from '../helpers.js';
import { useEmulator } from './emulator-fixture.js';
import { runAction } from './run-action.js';

const s = useEmulator();

/** Runs the bundled CLI against the emulator (asynchronously: the emulator answers from this process). */
function cli(...args: string[]): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(ROOT, 'action/cli.js'), ...args], {
      env: {
        PATH: process.env.PATH,
        HOME: process.env.HOME,
        GITHUB_TOKEN: 'ghs_emulatortoken',
        GITHUB_API_URL: s.api,
        LANG: 'C',
      },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}

/** PR 7 merged on Thursday and archived by the Action (through the API, so GitHub signs the commit). */
async function archivedMerge(): Promise<string> {
  const doc = exampleUpgrade('regular');
  openUpgradePull(s.emu, { number: 7, base: s.main, files: { [doc.path]: doc.text }, title: 'Upgrade billing' });
  s.emu.merge(7, 'bob-ops', '2026-12-03T04:00:00Z');
  const r = await runAction({
    apiUrl: s.api,
    event: 'pull_request_target',
    payload: s.emu.pullEvent('pull_request_target', 'closed', 7),
    at: '2026-12-03 04:00:05',
  });
  expect(r.code).toBe(0);
  return [...s.emu.filesAt('main').keys()].find((p) => p.endsWith('-pr7.json'))!;
}

/** Someone with push access rewrites the record (here only merged_by) and pushes, naming the Action as author. */
function forge(path: string, author = 'github-actions[bot]'): string {
  const text = s.emu.filesAt('main').get(path)!.replace('"merged_by": "bob-ops"', '"merged_by": "mallory"');
  const sha = s.emu.commit(s.emu.refs.get('heads/main')!, { [path]: text }, 'Fix typo', author);
  s.emu.refs.set('heads/main', sha);
  return sha;
}

const archiveStatus = () =>
  (s.emu.statuses.get(s.emu.refs.get('heads/main')!) ?? []).filter((x) => x.context === 'upgrade-gate/archive').at(-1);

describe('verify --repo: the archive as GitHub knows it (bundled CLI, emulator)', () => {
  it('the commits the Action created through the API are signed: intact, exit 0', async () => {
    await archivedMerge();
    const r = await cli('verify', '--repo', 'acme/deploy');
    expect(r.stdout).toContain(
      '1 commit changed archive/ on main, each by github-actions[bot] and signed as GitHub verifies it: no tampering',
    );
    expect(r.status).toBe(0);
  });

  it('a pushed commit with the Action as author is unsigned: named with its commit, exit 1', async () => {
    const path = await archivedMerge();
    const forged = forge(path);
    const r = await cli('verify', '--repo', 'acme/deploy');
    expect(r.stdout).toContain(
      `commit ${forged.slice(0, 12)}: error github.unverified commit ${forged.slice(0, 12)} by github-actions[bot] changed the archive, but GitHub does not verify its signature (unsigned)`,
    );
    expect(r.stdout).toContain('1 commit changed archive/ on main outside the Action: the archive was tampered with');
    expect(r.status).toBe(1);
    const zh = await cli('verify', '--repo', 'acme/deploy', '--lang', 'zh-CN');
    expect(zh.stdout).toContain('GitHub 未验证其签名（unsigned）');
  });

  it('a signed commit by anyone but the writer is named too', async () => {
    const path = await archivedMerge();
    const forged = forge(path, 'mallory');
    s.emu.commits.get(forged)!.signed = true;
    const r = await cli('verify', '--repo', 'acme/deploy');
    expect(r.stdout).toContain(
      `error github.writer commit ${forged.slice(0, 12)} changed the archive as mallory, but only github-actions[bot] writes it (archive.writer)`,
    );
    expect(r.status).toBe(1);
    // --writer names another writer: then the Action's own commit is the stranger.
    const other = await cli('verify', '--repo', 'acme/deploy', '--writer', 'mallory');
    expect(other.stdout).toMatch(
      /error github\.writer commit [0-9a-f]{12} changed the archive as github-actions\[bot\]/,
    );
  });

  it('usage errors exit 2; an unknown repository fails closed', async () => {
    expect((await cli('verify', 'archive', '--repo', 'acme/deploy')).status).toBe(2);
    expect((await cli('verify', '--repo', 'acme')).status).toBe(2);
    const unknown = await cli('verify', '--repo', 'acme/nothing');
    expect(unknown.stderr).toContain('could not read acme/nothing');
    expect(unknown.status).toBe(1);
  });
});

describe('the scheduled run verifies the archive online', () => {
  it('intact: success on the base branch head; tampered: the job summary names the commit and the status fails', async () => {
    const path = await archivedMerge();
    const clean = await runAction({
      apiUrl: s.api,
      event: 'schedule',
      payload: { schedule: '17 16 * * 3' },
      at: '2026-12-03 16:17:00',
    });
    expect(clean.summary).toContain(
      '1 commit changed archive/ on main, each by github-actions[bot] and signed as GitHub verifies it',
    );
    expect(archiveStatus()).toMatchObject({ state: 'success' });
    const forged = forge(path);
    const r = await runAction({
      apiUrl: s.api,
      event: 'schedule',
      payload: { schedule: '17 16 * * 4' },
      at: '2026-12-04 16:17:00',
    });
    expect(r.summary).toContain(
      '## 1 commit changed archive/ on main outside the Action: the archive was tampered with',
    );
    expect(r.summary).toContain(`error github.unverified commit ${forged.slice(0, 12)}`);
    expect(archiveStatus()).toMatchObject({ state: 'failure' });
    expect(String(archiveStatus()!.description)).toContain(`Archive tampered: commit ${forged.slice(0, 12)}`);
    // The next run finds the same: no second status on the same head.
    await runAction({
      apiUrl: s.api,
      event: 'schedule',
      payload: { schedule: '17 16 * * 4' },
      at: '2026-12-04 17:17:00',
    });
    expect(
      (s.emu.statuses.get(s.emu.refs.get('heads/main')!) ?? []).filter((x) => x.context === 'upgrade-gate/archive'),
    ).toHaveLength(1);
  });
});
