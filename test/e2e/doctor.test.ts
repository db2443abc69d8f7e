import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers.js';
import { exampleUpgrade, openUpgradePull } from '../emulator/seed.js';
import { useEmulator } from './emulator-fixture.js';
import { runAction } from './run-action.js';

const s = useEmulator();

/** Runs the bundled CLI against the emulator (asynchronously: the emulator answers from this process). */
function doctor(...args: string[]): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(ROOT, 'action/cli.js'), 'doctor', ...args], {
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

const APP_ID = 987654;
const GOOD_CODEOWNERS = [
  '/upgrades/ @acme/rd-center-leads @acme/gm-office',
  '/.github/ @acme/gm-office',
  '/CODEOWNERS @acme/gm-office',
  '/archive/ @acme/gm-office',
  '',
].join('\n');
const APP_WORKFLOW = `name: upgrade-gate
on:
  pull_request_target:
  merge_group:
  schedule:
    - cron: '17 16 * * 3'
  issue_comment:
permissions:
  contents: read
jobs:
  gate:
    if: github.event_name != 'pull_request_review'
    runs-on: ubuntu-latest
    environment: upgrade-gate
    steps:
      - id: app
        uses: actions/create-github-app-token@v2
        with:
          app-id: \${{ vars.UPGRADE_GATE_APP_ID }}
          private-key: \${{ secrets.UPGRADE_GATE_APP_KEY }}
      - uses: acme/upgrade-gate@v1
        with:
          github-token: \${{ steps.app.outputs.token }}
`;

/** The recommended setup on main: a ruleset requiring the status from the App, code owner review, the App may bypass (to archive). */
function recommendedSetup(): void {
  const sha = s.emu.commit(
    s.main,
    { CODEOWNERS: GOOD_CODEOWNERS, '.github/workflows/upgrade-gate.yml': APP_WORKFLOW },
    'Recommended setup',
    'li-lei',
  );
  s.emu.refs.set('heads/main', sha);
  s.emu.protection.rulesets.push({
    id: 42,
    name: 'production upgrades',
    enforcement: 'active',
    include: ['~DEFAULT_BRANCH'],
    bypass: 'always',
    rules: [
      {
        type: 'required_status_checks',
        parameters: {
          strict_required_status_checks_policy: false,
          required_status_checks: [{ context: 'upgrade-gate', integration_id: APP_ID }],
        },
      },
      {
        type: 'pull_request',
        parameters: {
          dismiss_stale_reviews_on_push: true,
          require_code_owner_review: true,
          require_last_push_approval: false,
          required_approving_review_count: 2,
          required_review_thread_resolution: false,
        },
      },
    ],
  });
}

describe('upgrade-gate doctor (bundled CLI, emulator)', () => {
  it('the examples as they are: a missing required status and missing CODEOWNERS lines, each with its fix; exit 1', async () => {
    const r = await doctor('--repo', 'acme/deploy');
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain(
      'error status.required no ruleset or branch protection requires the status upgrade-gate on main',
    );
    expect(r.stdout).toMatch(
      /Fix: Settings → Rules → Rulesets → New branch ruleset targeting main: turn on "Require status checks to pass", add the check upgrade-gate and choose your upgrade-gate GitHub App/,
    );
    expect(r.stdout).toContain('error review.code-owners');
    expect(r.stdout).toContain(
      'ok codeowners.coverage the upgrade documents (upgrades/): owned by @acme/rd-center-leads @acme/gm-office',
    );
    expect(r.stdout).toContain('error codeowners.coverage no line of CODEOWNERS owns the archive (archive/)');
    expect(r.stdout).toContain('Fix: add this line to CODEOWNERS: /archive/ @acme/rd-center-leads @acme/gm-office');
    expect(r.stdout).toContain(
      'error codeowners.coverage no line of CODEOWNERS owns the workflows (.github/workflows/upgrade-gate.yml)',
    );
    expect(r.stdout).toContain(
      'warning workflow.token .github/workflows/upgrade-gate.yml runs upgrade-gate with GITHUB_TOKEN',
    );
    expect(r.stdout).toContain('ok workflow.permissions');
    expect(r.stdout).toContain('ok merge-queue no merge queue');
    expect(r.status).toBe(1);
  });

  it('the recommended setup passes every check; exit 0', async () => {
    recommendedSetup();
    const r = await doctor('--repo', 'acme/deploy');
    expect(r.stdout).toContain(
      `ok status.required the status upgrade-gate is required (ruleset "production upgrades"), from the app with id ${APP_ID}`,
    );
    expect(r.stdout).toContain(
      'ok workflow.token .github/workflows/upgrade-gate.yml runs upgrade-gate with a GitHub App token whose key is in the environment upgrade-gate',
    );
    expect(r.stdout).toContain(
      'ok archive.writable the archive can be written to main (this token may bypass "production upgrades")',
    );
    expect(r.stdout).not.toMatch(/^(error|warning) /m);
    expect(r.stdout).toContain('every check passed');
    expect(r.status).toBe(0);
  });

  it('a status required from GitHub Actions, with another workflow that may post statuses; classic protection unreadable', async () => {
    recommendedSetup();
    const rule = s.emu.protection.rulesets[0]!.rules[0] as {
      parameters: { required_status_checks: Array<{ integration_id?: number }> };
    };
    rule.parameters.required_status_checks[0]!.integration_id = 15368;
    const sha = s.emu.commit(
      s.emu.refs.get('heads/main')!,
      {
        '.github/workflows/lint.yml':
          'on: push\njobs:\n  lint:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo hi\n',
      },
      'lint',
      'bob-ops',
    );
    s.emu.refs.set('heads/main', sha);
    s.emu.protection.adminRead = false;
    const r = await doctor('--repo', 'acme/deploy');
    expect(r.stdout).toContain(
      'warning status.required the status upgrade-gate is required (ruleset "production upgrades") from GitHub Actions: any workflow in the repository can post it',
    );
    expect(r.stdout).toContain(
      'warning workflow.others other workflows can post statuses with GITHUB_TOKEN (.github/workflows/lint.yml)',
    );
    expect(r.stdout).toContain(
      'warning classic the classic branch protection of main could not be read with this token',
    );
    expect(r.status).toBe(1);
  });

  it('a status required from any source in classic protection is an error', async () => {
    recommendedSetup();
    s.emu.protection.rulesets[0]!.rules.shift();
    s.emu.protection.classic.set('main', {
      ...(await import('../emulator/protection.js')).classicProtection(s.api, 'acme', 'deploy', 'main', {
        contexts: ['upgrade-gate'],
      }),
    });
    const r = await doctor('--repo', 'acme/deploy');
    expect(r.stdout).toContain(
      'error status.required the status upgrade-gate is required (branch protection) from any source',
    );
    expect(r.status).toBe(1);
  });

  it('an archive no rule lets this token write, and a merge queue the workflow does not run in', async () => {
    recommendedSetup();
    s.emu.protection.rulesets[0]!.bypass = 'pull_requests_only';
    s.emu.protection.rulesets.push({
      id: 43,
      name: 'queue',
      enforcement: 'active',
      include: ['refs/heads/main'],
      rules: [
        {
          type: 'merge_queue',
          parameters: {
            check_response_timeout_minutes: 60,
            grouping_strategy: 'ALLGREEN',
            max_entries_to_build: 5,
            max_entries_to_merge: 5,
            merge_method: 'MERGE',
            min_entries_to_merge: 1,
            min_entries_to_merge_wait_minutes: 5,
          },
        },
      ],
    });
    // An evaluate-mode ruleset is not enforced: it must not count.
    s.emu.protection.rulesets.push({
      id: 44,
      name: 'trial',
      enforcement: 'evaluate',
      include: ['~ALL'],
      rules: [{ type: 'update' }],
    });
    const wf = APP_WORKFLOW.replace('  merge_group:\n', '');
    s.emu.refs.set(
      'heads/main',
      s.emu.commit(
        s.emu.refs.get('heads/main')!,
        { '.github/workflows/upgrade-gate.yml': wf },
        'no queue event',
        'li-lei',
      ),
    );
    const r = await doctor('--repo', 'acme/deploy');
    expect(r.stdout).toContain(
      'error archive.writable the archive cannot be written to main by this token: ruleset "production upgrades" (required_status_checks, pull_request); ruleset "queue" (merge_queue)',
    );
    expect(r.stdout).toContain(
      'Fix: add your upgrade-gate GitHub App to the bypass list of the ruleset that protects main',
    );
    expect(r.stdout).not.toContain('trial');
    expect(r.stdout).toContain(
      'error merge-queue a merge queue is on but .github/workflows/upgrade-gate.yml does not run on merge_group',
    );
    expect(r.status).toBe(1);
  });

  it('an archive on its own branch that no rule protects can be written', async () => {
    recommendedSetup();
    s.emu.protection.rulesets[0]!.bypass = 'never';
    const config = s.emu.filesAt('main').get('.github/upgrade-gate.yml')!;
    s.emu.refs.set(
      'heads/main',
      s.emu.commit(
        s.emu.refs.get('heads/main')!,
        { '.github/upgrade-gate.yml': config.replace('archive:\n', 'archive:\n  branch: upgrade-archive\n') },
        'archive branch',
        'li-lei',
      ),
    );
    const r = await doctor('--repo', 'acme/deploy');
    expect(r.stdout).toContain(
      'ok archive.writable the archive can be written to upgrade-archive (no rule stops a direct push)',
    );
  });

  it('speaks zh-CN', async () => {
    const r = await doctor('--repo', 'acme/deploy', '--lang', 'zh-CN');
    expect(r.stdout).toContain('error status.required main 上没有任何规则集或分支保护要求状态检查 upgrade-gate');
    expect(r.stdout).toContain('修复方法：在 CODEOWNERS 中加入这一行：/archive/ @acme/rd-center-leads @acme/gm-office');
    expect(r.status).toBe(1);
  });

  it('usage errors exit 2: no --repo, a malformed --repo, no token', async () => {
    expect((await doctor()).status).toBe(2);
    const bad = await doctor('--repo', 'acme');
    expect(bad.stderr).toContain('--repo must be OWNER/NAME');
    expect(bad.status).toBe(2);
    const noToken = await new Promise<number | null>((resolve) =>
      spawn(process.execPath, [join(ROOT, 'action/cli.js'), 'doctor', '--repo', 'acme/deploy'], {
        env: { PATH: process.env.PATH },
      }).on('close', resolve),
    );
    expect(noToken).toBe(2);
  });

  it('a repository GitHub does not know fails closed (exit 1), naming the call', async () => {
    const r = await doctor('--repo', 'acme/other');
    expect(r.stderr).toMatch(/could not read acme\/other: GET \/repos\/acme\/other answered HTTP 404/);
    expect(r.status).toBe(1);
  });
});

describe('doctor in every scheduled run', () => {
  it('the job summary has the setup section with each finding and its fix; the findings are warnings, not a failed job', async () => {
    const r = await runAction({
      apiUrl: s.api,
      event: 'schedule',
      payload: { schedule: '17 16 * * 3' },
      at: '2026-12-02 16:17:00',
    });
    expect(r.summary).toContain('## Setup of acme/deploy (branch main): upgrade-gate doctor');
    expect(r.summary).toContain(
      '- ❌ `status.required` no ruleset or branch protection requires the status upgrade-gate on main',
    );
    expect(r.summary).toContain('- ❌ `codeowners.coverage` no line of CODEOWNERS owns the archive (archive/)');
    expect(r.summary).toMatch(
      / {2}Fix: add this line to CODEOWNERS: \/archive\/ @acme\/rd-center-leads @acme\/gm-office/,
    );
    expect(r.stdout).toMatch(/::warning::upgrade-gate doctor: status.required: /);
    expect(r.code).toBe(0);
  });

  it('with the recommended setup the section says every check passed', async () => {
    recommendedSetup();
    const r = await runAction({
      apiUrl: s.api,
      event: 'schedule',
      payload: { schedule: '17 16 * * 3' },
      at: '2026-12-02 16:17:00',
    });
    expect(r.summary).toContain('The setup enforces upgrade-gate: every check passed.');
    expect(r.summary).not.toContain('❌');
  });
});

describe('the job summary names who published the status', () => {
  it('GitHub Actions (GITHUB_TOKEN): named, with the warning that any workflow can post the same status', async () => {
    const doc = exampleUpgrade('regular');
    openUpgradePull(s.emu, { number: 7, base: s.main, files: { [doc.path]: doc.text } });
    const r = await runAction({
      apiUrl: s.api,
      event: 'pull_request_target',
      payload: s.emu.pullEvent('pull_request_target', 'opened', 7),
      at: '2026-12-03 04:00:00',
    });
    expect(r.summary).toContain(
      '⚠️ The status upgrade-gate was published as github-actions\\[bot\\]. This is GitHub Actions: any workflow of the repository can post the same status.',
    );
    const zh = await runAction({
      apiUrl: s.api,
      event: 'pull_request_target',
      payload: s.emu.pullEvent('pull_request_target', 'opened', 7),
      at: '2026-12-03 04:00:00',
      inputs: { language: 'zh-CN' },
    });
    expect(zh.summary).toContain('状态检查 upgrade-gate 由 github-actions\\[bot\\] 发布。这是 GitHub Actions');
  });
});
