// npm run demo: the main job on the examples, with no account and no network. A local GitHub API
// emulator is seeded from examples/; the bundled Action runs for sample upgrade PRs on a Wednesday
// and a Thursday (Asia/Shanghai) and for an emergency; the statuses and the PR comment are printed.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { projectRoot } from '../emulator/root.js';
import { CLOCK, runAction } from '../e2e/run-action.js';
import { exampleUpgrade, openUpgradePull, seedMain } from '../emulator/seed.js';
import { GitHubEmulator } from '../emulator/server.js';

const clock = CLOCK;
const emu = new GitHubEmulator('acme/deploy');
const api = await emu.start();
const main = seedMain(emu);
const line = (s = '') => process.stdout.write(`${s}\n`);

const regular = exampleUpgrade('regular');
const head = openUpgradePull(emu, { number: 7, base: main, files: { [regular.path]: regular.text }, title: 'Upgrade billing to 2.4.0' });

const emergency = exampleUpgrade('emergency');
const hotfix = openUpgradePull(emu, { number: 9, base: main, files: { [emergency.path]: emergency.text }, title: 'Emergency: orders 3.1.1', label: { name: 'emergency', by: 'bob-ops', at: '2026-11-25T02:00:00Z' }, approvedAt: ['2026-11-25T11:00:00Z', '2026-11-25T11:30:00Z'] });

const show = async (title: string, pr: number, sha: string, at: string, event: 'pull_request_target' | 'pull_request_review') => {
  const before = emu.count();
  const r = await runAction({ apiUrl: api, event, payload: emu.pullEvent(event, event === 'pull_request_review' ? 'submitted' : 'opened', pr), at, clock });
  const s = emu.statuses.get(sha)!.at(-1)!;
  line(`── ${title}`);
  line(`   at ${at} UTC · exit ${r.code} · ${emu.count() - before} REST calls · outputs: verdict=${r.outputs.verdict} upgrade-type=${r.outputs['upgrade-type']}`);
  line(`   status upgrade-gate on ${sha.slice(0, 7)}: ${s.state} — ${s.description}`);
  line();
};

line(`upgrade-gate demo · GitHub API emulator at ${api} (OpenAPI-validated) · clock: ${clock}`);
line();
await show('PR #7 regular upgrade, Wednesday 2026-12-02 20:00 Asia/Shanghai', 7, head, '2026-12-02 12:00:00', 'pull_request_target');
await show('PR #7 again, Thursday 2026-12-03 20:00 Asia/Shanghai', 7, head, '2026-12-03 12:00:00', 'pull_request_review');
await show('PR #9 emergency upgrade, Wednesday 2026-11-25 21:30 Asia/Shanghai, labelled emergency', 9, hotfix, '2026-11-25 13:30:00', 'pull_request_target');
line(`── The one sticky comment on PR #7 (updated in place: ${emu.comments.get(7)?.length} comment)`);
line();
line(String(emu.comments.get(7)![0]!.body));
line();
line('── PR #7 merges on Thursday 2026-12-03 20:05 Asia/Shanghai: the closed event archives it');
emu.merge(7, 'bob-ops', '2026-12-03T12:05:00Z');
const merged = await runAction({ apiUrl: api, event: 'pull_request_target', payload: emu.pullEvent('pull_request_target', 'closed', 7), at: '2026-12-03 12:05:10', clock });
line(`   exit ${merged.code} · archive-path=${merged.outputs['archive-path']}`);
line(`   files committed to main: ${[...emu.filesAt('main').keys()].filter((p) => p.startsWith('archive/')).join(', ')}`);
line();
line(String(emu.filesAt('main').get(merged.outputs['archive-path']!.replace(/\.json$/, '.md'))));
const dir = mkdtempSync(join(tmpdir(), 'upgrade-gate-demo-'));
emu.checkout('main', 'archive/', dir);
const cli = join(projectRoot(), 'action/cli.js');
const verify = () => spawnSync(process.execPath, [cli, 'verify', join(dir, 'archive')], { encoding: 'utf8' });
line(`── upgrade-gate verify on that archive: ${verify().stdout.trim()}`);
const recordFile = join(dir, merged.outputs['archive-path']!);
writeFileSync(recordFile, readFileSync(recordFile, 'utf8').replace('"merged_by": "bob-ops"', '"merged_by": "mallory"'));
const tampered = verify();
line(`── after changing merged_by in the record: exit ${tampered.status}: ${tampered.stdout.trim()}`);
await emu.stop();
if (emu.violations.length) {
  line(`OpenAPI violations: ${JSON.stringify(emu.violations, null, 2)}`);
  process.exitCode = 1;
}
