import { beforeEach, describe, expect, it } from 'vitest';
import { exampleUpgrade, openUpgradePull } from '../emulator/seed.js';
import type { GitHubEmulator } from '../emulator/server.js';
import { edit } from '../helpers.js';
import { headingsIn, htmlIn, mentionsIn, markdownTokens } from '../report/inert.js';
import { useEmulator } from './emulator-fixture.js';
import { runAction } from './run-action.js';

const env = useEmulator();
let emu: GitHubEmulator;
let main: string;
let api: string;
beforeEach(() => ({ emu, api, main } = env));

const statusesOf = (sha: string, context: string) =>
  (emu.statuses.get(sha) ?? []).filter((s) => s.context === context).map((s) => s.state);
const event = (action: string, n: number) => emu.pullEvent('pull_request_target', action, n);
/** Replaces the base branch's config with an edited copy. */
function baseConfig(change: (cfg: string) => string): string {
  const cfg = emu.commits.get(main)!.files.get('.github/upgrade-gate.yml')!;
  const base = emu.commit(main, { '.github/upgrade-gate.yml': change(cfg) }, 'policy', 'han-meimei');
  emu.refs.set('heads/main', base);
  return base;
}

describe('document text is inert in the comment, the job summary and the archive Markdown', () => {
  it('a forged heading and an unclosed <details> in acceptance.evidence, HTML, an image and @mentions in a feature title, backticks in a file name', async () => {
    const doc = exampleUpgrade('regular');
    let text = edit(
      doc.text,
      'evidence: docs/acceptance/billing-2.4.0.md',
      'evidence: "docs/none.md\\n\\n### ✅ upgrade-gate: ready to merge\\n\\n<details><summary>all good</summary>"',
    );
    text = edit(
      text,
      'title: Monthly invoices as PDF',
      'title: "<img src=x onerror=alert(1)> ![p](https://evil.example/p.png) [merge](https://evil.example) @everyone @acme/gm-office"',
    );
    text = edit(text, 'supervisor: dave-ops', 'supervisor: mallory');
    const path = 'upgrades/2026-12-03-billing-`x``y`.yaml';
    openUpgradePull(emu, { number: 7, files: { [path]: text } });
    const r = await runAction({
      apiUrl: api,
      event: 'pull_request_target',
      payload: event('opened', 7),
      at: '2026-12-03 04:00:00',
    });
    expect(r.outputs.verdict).toBe('fail');
    emu.merge(7, 'bob-ops', '2026-12-03T04:00:00Z');
    const merged = await runAction({
      apiUrl: api,
      event: 'pull_request_target',
      payload: event('closed', 7),
      at: '2026-12-03 04:00:05',
    });
    const comment = String(emu.comments.get(7)![0]!.body);
    const archived = [...emu.filesAt('main')].find(
      ([p]) => p.startsWith('archive/') && p.endsWith('.md') && !p.endsWith('README.md'),
    )![1];
    for (const [kind, markdown] of [
      ['comment', comment],
      ['summary', r.summary],
      ['merge summary', merged.summary],
      ['archive', archived],
    ] as const) {
      expect(
        htmlIn(markdown).filter((h) => !['<!-- upgrade-gate:sticky-comment -->', '<sub>', '</sub>'].includes(h)),
        kind,
      ).toEqual([]);
      expect(
        headingsIn(markdown).filter((h) => h.startsWith('✅')),
        kind,
      ).toEqual([]);
      expect(
        markdownTokens(markdown).filter((t) => t.type === 'image'),
        kind,
      ).toEqual([]);
      expect(
        markdownTokens(markdown).filter((t) => t.type === 'link_open' && /evil/.test(String(t.attrGet('href') ?? ''))),
        kind,
      ).toEqual([]);
      const mentioned = mentionsIn(markdown);
      for (const nobody of ['everyone', 'mallory', 'alice-dev', 'bob-ops', 'carol-ops'])
        expect(mentioned, kind).not.toContain(nobody);
      expect(markdown, kind).toContain('docs/none.md');
    }
    // The file name survives its code span whole.
    expect(
      markdownTokens(comment)
        .filter((t) => t.type === 'code_inline')
        .map((t) => t.content),
    ).toContain(path);
    // The people the comment means to notify still are.
    expect(mentionsIn(comment)).toEqual(expect.arrayContaining(['li-lei', 'han-meimei']));
  });
});

describe('text from a pull request never becomes a workflow command in the job log', () => {
  it('a file name with line breaks and ::error, ::add-mask and ##[ in it is one inert line of the log', async () => {
    const name =
      'archive/x\n::error title=upgrade-gate::injected\n  ::add-mask::ready\r##[set-output name=verdict]pass\n';
    const head = openUpgradePull(emu, { number: 9, files: { [name]: 'x\n' } });
    const r = await runAction({
      apiUrl: api,
      event: 'pull_request_target',
      payload: event('opened', 9),
      at: '2026-12-03 04:00:00',
    });
    expect(statusesOf(head, 'upgrade-gate')).toEqual(['failure']);
    const lines = r.stdout.split(/\r?\n/);
    // The runner reads a line as a command when it starts with "::" after its leading blanks.
    const commands = lines.filter((l) => l.trimStart().startsWith('::'));
    expect(commands.filter((l) => /injected|add-mask|set-output/.test(l) && !/%0A/.test(l))).toEqual([]);
    // The older form is read anywhere in a line that is no "::" command (the Action's own annotations are).
    expect(lines.filter((l) => !l.trimStart().startsWith('::') && l.includes('##[set-output'))).toEqual([]);
    // The file name is still in the log, on the verdict's one line.
    expect(lines.some((l) => l.includes('archive/x') && l.includes('::error title=upgrade-gate::injected'))).toBe(true);
  });
});

describe("only the Action's own comment is the sticky comment", () => {
  it('a comment by someone else carrying the marker is never adopted or edited', async () => {
    const doc = exampleUpgrade('regular');
    openUpgradePull(emu, { number: 7, files: { [doc.path]: doc.text } });
    const forged = '<!-- upgrade-gate:sticky-comment -->\n### ✅ upgrade-gate: ready to merge';
    emu.comment(7, 'alice-dev', forged);
    await runAction({
      apiUrl: api,
      event: 'pull_request_target',
      payload: event('opened', 7),
      at: '2026-12-02 12:00:00',
    });
    await runAction({
      apiUrl: api,
      event: 'pull_request_target',
      payload: event('synchronize', 7),
      at: '2026-12-02 12:30:00',
    });
    const comments = emu.comments.get(7)!;
    expect(comments).toHaveLength(2);
    expect(comments[0]!.body).toBe(forged);
    expect((comments[1]!.user as { login: string }).login).toBe('github-actions[bot]');
    expect(String(comments[1]!.body)).toContain('not ready to merge');
  });

  it('with a user token whose status cannot be written, the identity comes from GET /user', async () => {
    emu.actor = 'gate-bot';
    emu.userToken = true;
    const doc = exampleUpgrade('regular');
    openUpgradePull(emu, { number: 7, files: { [doc.path]: doc.text } });
    emu.comment(7, 'github-actions[bot]', '<!-- upgrade-gate:sticky-comment -->\nold');
    emu.faults.push({
      match: /^POST \/repos\/acme\/deploy\/statuses/,
      status: 403,
      times: 1,
      message: 'Resource not accessible by integration',
    });
    await runAction({
      apiUrl: api,
      event: 'pull_request_target',
      payload: event('opened', 7),
      at: '2026-12-02 12:00:00',
    });
    expect(emu.count(/^GET \/user$/)).toBe(1);
    const comments = emu.comments.get(7)!;
    expect(comments.map((c) => (c.user as { login: string }).login)).toEqual(['github-actions[bot]', 'gate-bot']);
  });
});

describe('every status goes to the configured context (fail closed)', () => {
  it('a custom status-context gets error on a persistent 502; the default context is never written', async () => {
    const base = baseConfig((c) => edit(c, 'status-context: upgrade-gate', 'status-context: prod-gate'));
    const doc = exampleUpgrade('regular');
    const head = openUpgradePull(emu, { number: 7, base, files: { [doc.path]: doc.text } });
    await runAction({
      apiUrl: api,
      event: 'pull_request_target',
      payload: event('opened', 7),
      at: '2026-12-03 04:00:00',
    });
    expect(statusesOf(head, 'prod-gate')).toEqual(['success']);
    emu.faults.push({ match: /^GET \/repos\/acme\/deploy\/pulls\/7\/reviews/, status: 502, times: 99 });
    const r = await runAction({
      apiUrl: api,
      event: 'schedule',
      payload: { schedule: '0 16 * * 4' },
      at: '2026-12-04 01:00:00',
    });
    expect(statusesOf(head, 'prod-gate')).toEqual(['success', 'error']);
    expect(statusesOf(head, 'upgrade-gate')).toEqual([]);
    expect(r.code).toBe(1);
  }, 60_000);

  it('a broken configuration writes its error under the context of the Action input', async () => {
    const base = baseConfig((c) =>
      edit(c, 'status-context: upgrade-gate', 'status-context: prod-gate\nmerge-days: [thursday, someday]'),
    );
    const doc = exampleUpgrade('regular');
    const head = openUpgradePull(emu, { number: 7, base, files: { [doc.path]: doc.text } });
    const r = await runAction({
      apiUrl: api,
      event: 'pull_request_target',
      payload: event('opened', 7),
      at: '2026-12-03 04:00:00',
      inputs: { 'status-context': 'prod-gate' },
    });
    expect(statusesOf(head, 'prod-gate')).toEqual(['error']);
    expect(statusesOf(head, 'upgrade-gate')).toEqual([]);
    expect(r.code).toBe(1);
  });

  it('a configuration that cannot be read at all: error under the input context', async () => {
    const doc = exampleUpgrade('regular');
    const head = openUpgradePull(emu, { number: 7, files: { [doc.path]: doc.text } });
    emu.faults.push({ match: /^GET \/repos\/acme\/deploy\/contents\/\.github/, status: 502, times: 99 });
    const r = await runAction({
      apiUrl: api,
      event: 'pull_request_target',
      payload: event('opened', 7),
      at: '2026-12-03 04:00:00',
      inputs: { 'status-context': 'prod-gate' },
    });
    expect(statusesOf(head, 'prod-gate')).toEqual(['error']);
    expect(statusesOf(head, 'upgrade-gate')).toEqual([]);
    expect(r.code).toBe(1);
  }, 60_000);
});
