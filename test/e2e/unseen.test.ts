import { beforeEach, describe, expect, it } from 'vitest';
import { exampleUpgrade, openUpgradePull } from '../emulator/seed.js';
import { binaryContent, submoduleContent, symlinkContent, type GitHubEmulator } from '../emulator/server.js';
import { readable } from '../report/inert.js';
import { useEmulator } from './emulator-fixture.js';
import { runAction } from './run-action.js';

const env = useEmulator();
let emu: GitHubEmulator;
let api: string;
beforeEach(() => ({ emu, api } = env));

const ours = (sha: string) => (emu.statuses.get(sha) ?? []).filter((s) => s.context === 'upgrade-gate');
const opened = (n: number) => emu.pullEvent('pull_request_target', 'opened', n);

describe('what cannot be seen is never success', () => {
  it("a file list cut at GitHub's 3,000 files with no visible document is an error that says so", async () => {
    // Trees too large to list whole leave only GitHub's capped file list.
    emu.treeLimit = 1000;
    const doc = exampleUpgrade('regular');
    const files: Record<string, string> = {};
    for (let i = 0; i < 3000; i++) files[`assets/${String(i).padStart(4, '0')}.txt`] = `${i}\n`;
    const head = openUpgradePull(emu, { number: 7, files: { ...files, [doc.path]: doc.text } });
    const r = await runAction({
      apiUrl: api,
      event: 'pull_request_target',
      payload: opened(7),
      at: '2026-12-03 04:00:00',
    });
    expect(ours(head).map((s) => s.state)).toEqual(['error']);
    expect(String(ours(head)[0]!.description)).toMatch(/3,000 files/);
    expect(r.code).toBe(1);
  }, 120_000);

  it.each([
    ['a symbolic link out of the repository', () => symlinkContent('../../etc/passwd'), /symbolic link/],
    ['a symbolic link to another file', () => symlinkContent('docs/acceptance/billing-2.4.0.md'), /symbolic link/],
    ['a submodule', () => submoduleContent('https://github.com/acme/other.git'), /submodule/],
  ] as Array<[string, () => string, RegExp]>)(
    'a document path that reads back as %s is an error naming it',
    async (_name, content, why) => {
      const doc = exampleUpgrade('regular');
      const head = openUpgradePull(emu, {
        number: 7,
        files: { 'upgrades/2026-12-10-billing.yaml': content(), [doc.path]: doc.text },
      });
      const r = await runAction({
        apiUrl: api,
        event: 'pull_request_target',
        payload: opened(7),
        at: '2026-12-03 04:00:00',
      });
      expect(ours(head).map((s) => s.state)).toEqual(['error']);
      const body = readable(String(emu.comments.get(7)![0]!.body));
      expect(body).toContain('upgrades/2026-12-10-billing.yaml');
      expect(body).toMatch(why);
      expect(r.code).toBe(1);
    },
  );

  it('a document listed by the PR that answers 404 at the head is an error, not a dropped file', async () => {
    const doc = exampleUpgrade('regular');
    const head = openUpgradePull(emu, { number: 7, files: { [doc.path]: doc.text } });
    emu.faults.push({
      match: /^GET \/repos\/acme\/deploy\/contents\/upgrades/,
      status: 404,
      times: 99,
      message: 'Not Found',
    });
    const r = await runAction({
      apiUrl: api,
      event: 'pull_request_target',
      payload: opened(7),
      at: '2026-12-03 04:00:00',
    });
    expect(ours(head).map((s) => s.state)).toEqual(['error']);
    expect(String(ours(head)[0]!.description)).toContain(doc.path);
    expect(r.code).toBe(1);
  });
});

describe('one reader for documents: the Action reads bytes as the CLI does', () => {
  it('a 30 MiB document is refused by size, never parsed', async () => {
    const doc = exampleUpgrade('regular');
    const head = openUpgradePull(emu, {
      number: 7,
      files: { [doc.path]: `${doc.text}\n# ${'x'.repeat(30 * 1024 * 1024)}\n` },
    });
    const r = await runAction({
      apiUrl: api,
      event: 'pull_request_target',
      payload: opened(7),
      at: '2026-12-03 04:00:00',
    });
    expect(ours(head).map((s) => s.state)).toEqual(['failure']);
    expect(readable(String(emu.comments.get(7)![0]!.body))).toMatch(/yaml\.too-large.*1 MiB/);
    expect(emu.count(/^GET \/repos\/acme\/deploy\/git\/blobs/)).toBe(0);
    expect(r.code).toBe(1);
  }, 60_000);

  it('a GBK document is yaml.encoding, as the CLI says, never "Faster ����"', async () => {
    const doc = exampleUpgrade('regular');
    // "Faster invoice search" with a Chinese word in GBK bytes (更快 = B8 FC BF EC).
    const bytes = Buffer.concat([
      Buffer.from(doc.text.replace('title: Faster invoice search', 'title: Faster XX'), 'utf8'),
    ]);
    const at = bytes.indexOf('Faster XX');
    bytes[at + 7] = 0xb8;
    bytes[at + 8] = 0xfc;
    const head = openUpgradePull(emu, { number: 7, files: { [doc.path]: binaryContent(bytes) } });
    const r = await runAction({
      apiUrl: api,
      event: 'pull_request_target',
      payload: opened(7),
      at: '2026-12-03 04:00:00',
    });
    expect(ours(head).map((s) => s.state)).toEqual(['failure']);
    const body = readable(String(emu.comments.get(7)![0]!.body));
    expect(body).toMatch(/yaml\.encoding/);
    expect(body).not.toContain('\uFFFD');
    expect(r.code).toBe(1);
  });
});
