import { beforeEach, describe, expect, it } from 'vitest';
import { exampleUpgrade, openUpgradePull } from '../emulator/seed.js';
import type { GitHubEmulator } from '../emulator/server.js';
import { readable } from '../report/inert.js';
import { useEmulator } from './emulator-fixture.js';
import { runAction } from './run-action.js';

const env = useEmulator();
let emu: GitHubEmulator;
let api: string;
beforeEach(() => ({ emu, api } = env));

const ours = (sha: string) =>
  (emu.statuses.get(sha) ?? []).filter((s) => s.context === 'upgrade-gate').map((s) => s.state);
const event = (action: string, n: number) => emu.pullEvent('pull_request_target', action, n);
const comment = (n: number) => readable(String(emu.comments.get(n)![0]!.body));
const doc = exampleUpgrade('regular');

/** The regular example merged on its Thursday and archived by the Action; returns the record's path. */
async function archiveExample(): Promise<string> {
  openUpgradePull(emu, { number: 7, files: { [doc.path]: doc.text } });
  emu.merge(7, 'bob-ops', '2026-12-03T04:00:00Z');
  await runAction({
    apiUrl: api,
    event: 'pull_request_target',
    payload: event('closed', 7),
    at: '2026-12-03 04:00:05',
  });
  const record = [...emu.filesAt('main').keys()].find((p) => /^archive\/2026\/12\/.*-pr7\.json$/.test(p));
  expect(record).toBeDefined();
  return record!;
}

describe('when GitHub lists the repository tree only in part', () => {
  it('deleting or editing an existing document is an error, never passed unseen; adding a new one still passes', async () => {
    await archiveExample();
    emu.treeLimit = 5; // a repository over GitHub's recursive-tree limit (100,000 entries or 7 MB)
    const deleted = openUpgradePull(emu, { number: 10, files: { [doc.path]: null }, approvedAt: null });
    let r = await runAction({
      apiUrl: api,
      event: 'pull_request_target',
      payload: event('opened', 10),
      at: '2026-12-10 04:00:00',
    });
    expect(ours(deleted)).toEqual(['error']);
    expect(comment(10)).toContain(
      `${doc.path} is changed or removed by this pull request, and whether an archive record names it cannot be checked`,
    );
    expect(r.code).toBe(1);
    const edited = openUpgradePull(emu, {
      number: 11,
      files: { [doc.path]: doc.text.replace('to: "2.4.0"', 'to: "2.4.1"') },
    });
    r = await runAction({
      apiUrl: api,
      event: 'pull_request_target',
      payload: event('opened', 11),
      at: '2026-12-10 04:00:00',
    });
    expect(ours(edited)).toEqual(['error']);
    expect(r.code).toBe(1);
    const fresh = exampleUpgrade('regular');
    const added = openUpgradePull(emu, {
      number: 12,
      files: {
        'upgrades/2026-12-17-billing-2.4.1.yaml': fresh.text
          .replaceAll('2026-12-03', '2026-12-17')
          .replace('UPG-2026-1203-01', 'UPG-2026-1217-01'),
      },
    });
    r = await runAction({
      apiUrl: api,
      event: 'pull_request_target',
      payload: event('opened', 12),
      at: '2026-12-17 04:00:00',
    });
    expect(ours(added)).not.toContain('error');
  }, 180_000);
});

describe('archived upgrades are immutable', () => {
  it('editing an archived document a week later fails, naming the record and asking for a new document with a new NO.', async () => {
    const record = await archiveExample();
    const edited = doc.text.replace('to: "2.4.0"', 'to: "2.4.1"');
    const head = openUpgradePull(emu, { number: 9, files: { [doc.path]: edited } });
    const r = await runAction({
      apiUrl: api,
      event: 'pull_request_target',
      payload: event('opened', 9),
      at: '2026-12-10 04:00:00',
    });
    expect(ours(head)).toEqual(['failure']);
    const body = comment(9);
    expect(body).toContain('document.archived');
    expect(body).toContain(record);
    expect(body).toMatch(/write a new document with a new NO\./);
    expect(r.code).toBe(1);
  }, 180_000);

  it('deleting one fails without any other document; merged anyway, the merge is recorded with the violation', async () => {
    await archiveExample();
    const head = openUpgradePull(emu, { number: 10, files: { [doc.path]: null }, approvedAt: null });
    const r = await runAction({
      apiUrl: api,
      event: 'pull_request_target',
      payload: event('opened', 10),
      at: '2026-12-10 04:00:00',
    });
    expect(ours(head)).toEqual(['failure']);
    expect(comment(10)).toContain('document.archived');
    expect(r.code).toBe(1);
    emu.merge(10, 'bob-ops', '2026-12-10T05:00:00Z');
    const merged = await runAction({
      apiUrl: api,
      event: 'pull_request_target',
      payload: event('closed', 10),
      at: '2026-12-10 05:00:05',
    });
    const file = [...emu.filesAt('main').keys()].find((p) => /-pr10\.json$/.test(p));
    expect(file).toBeDefined();
    const recorded = JSON.parse(emu.filesAt('main').get(file!)!) as {
      violations: Array<{ rule: string; file?: string }>;
    };
    expect(recorded.violations.map((v) => `${v.rule} ${v.file}`)).toContain(`document.archived ${doc.path}`);
    expect(merged.code).toBe(1);
  }, 180_000);

  it('renaming one out of upgrades/ fails; a new document that reuses its NO. fails on document.unique-id', async () => {
    const record = await archiveExample();
    const renamed = openUpgradePull(emu, {
      number: 11,
      files: { [doc.path]: null, 'docs/old/billing.yaml': doc.text },
      approvedAt: null,
    });
    await runAction({
      apiUrl: api,
      event: 'pull_request_target',
      payload: event('opened', 11),
      at: '2026-12-10 04:00:00',
    });
    expect(ours(renamed)).toEqual(['failure']);
    expect(comment(11)).toContain('document.archived');

    const copy = doc.text.replace('system: billing', 'system: billing-eu');
    const reused = openUpgradePull(emu, { number: 12, files: { 'upgrades/2026-12-17-billing-eu.yaml': copy } });
    await runAction({
      apiUrl: api,
      event: 'pull_request_target',
      payload: event('opened', 12),
      at: '2026-12-10 04:00:00',
    });
    expect(ours(reused)).toEqual(['failure']);
    const body = comment(12);
    expect(body).toContain('document.unique-id');
    expect(body).toContain(record);
  }, 180_000);
});
