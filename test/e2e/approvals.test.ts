import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { projectRoot } from '../emulator/root.js';
import { exampleUpgrade } from '../emulator/seed.js';
import type { GitHubEmulator } from '../emulator/server.js';
import { readable } from '../report/inert.js';
import { useEmulator } from './emulator-fixture.js';
import { runAction } from './run-action.js';

// Reproductions of approvals that bound too little: to any member of any team of a role, to a
// merge-base diff, to documents only, to people who changed the PR, to approvals after the merge,
// and to the policy as it was when the PR was opened.

const env = useEmulator();
let emu: GitHubEmulator;
let main: string;
let api: string;
beforeEach(() => ({ emu, api, main } = env));

const THURSDAY = '2026-12-03 04:00:00';
const doc = exampleUpgrade('regular');
const ourStatuses = (sha: string) =>
  (emu.statuses.get(sha) ?? []).filter((s) => s.context === 'upgrade-gate').map((s) => s.state);
const comment = (n: number) => readable(String(emu.comments.get(n)?.[0]?.body ?? ''));
const event = (n: number, action = 'synchronize') => emu.pullEvent('pull_request_target', action, n);

/** Moves main forward with `changes` (a commit on the base branch after the PR was opened). */
function advanceMain(changes: Record<string, string | null>, message = 'main moves on'): string {
  const sha = emu.commit(emu.refs.get('heads/main'), changes, message, 'han-meimei');
  emu.refs.set('heads/main', sha);
  return sha;
}

/** Opens PR n from `base` with head `head` (a chain of commits the test built). */
function open(n: number, head: string, base = main) {
  emu.openPull({
    number: n,
    title: `upgrade #${n}`,
    author: 'alice-dev',
    base: 'main',
    baseSha: base,
    head: `upgrade/${n}`,
    headSha: head,
  });
}

function approveBoth(n: number, sha: string, at = ['2026-12-02T02:00:00Z', '2026-12-02T03:00:00Z']) {
  emu.review(n, 'li-lei', 'APPROVED', sha, at[0]!);
  emu.review(n, 'han-meimei', 'APPROVED', sha, at[1]!);
}

describe('an approval covers the exact change', () => {
  it('a reset to an ancestor of the approved commit voids the approvals', async () => {
    const unreviewed = emu.commit(
      main,
      { [doc.path]: doc.text.replace('Faster invoice search', 'Unreviewed search') },
      'draft',
      'alice-dev',
    );
    const approved = emu.commit(unreviewed, { [doc.path]: doc.text }, 'reviewed text', 'alice-dev');
    open(7, approved);
    approveBoth(7, approved);
    // The author resets the branch to the older commit: compare approved...head is empty from the merge base.
    emu.pulls.get(7)!.headSha = unreviewed;
    const r = await runAction({ apiUrl: api, event: 'pull_request_target', payload: event(7), at: THURSDAY });
    expect(ourStatuses(unreviewed)).toEqual(['failure']);
    expect(comment(7)).toMatch(/approval\.stale.*upgrades\/2026-12-03-billing-2\.4\.0\.yaml/);
    expect(r.code).toBe(1);
  });

  it('a push of 300 files that sort before upgrades/ does not hide the document change', async () => {
    const approved = emu.commit(main, { [doc.path]: doc.text }, 'billing', 'alice-dev');
    const noise = Object.fromEntries(
      Array.from({ length: 300 }, (_, i) => [`aaa/${String(i).padStart(3, '0')}.txt`, `${i}\n`]),
    );
    const head = emu.commit(
      approved,
      { ...noise, [doc.path]: doc.text.replace('to: "2.4.0"', 'to: "2.4.1"') },
      'noise',
      'alice-dev',
    );
    open(7, head);
    approveBoth(7, approved);
    const r = await runAction({ apiUrl: api, event: 'pull_request_target', payload: event(7), at: THURSDAY });
    expect(ourStatuses(head)).toEqual(['failure']);
    expect(comment(7)).toMatch(/approval\.stale.*upgrades\/2026-12-03-billing-2\.4\.0\.yaml/);
    expect(r.code).toBe(1);
  });

  it('editing deploy/billing/values.yaml after both approvals voids them', async () => {
    const approved = emu.commit(
      main,
      { [doc.path]: doc.text, 'deploy/billing/values.yaml': 'image: billing-api:2.4.0\n' },
      'billing',
      'alice-dev',
    );
    const head = emu.commit(
      approved,
      { 'deploy/billing/values.yaml': 'image: billing-api:9.9.9-unreviewed\n' },
      'bump',
      'alice-dev',
    );
    open(7, head);
    approveBoth(7, approved);
    const r = await runAction({ apiUrl: api, event: 'pull_request_target', payload: event(7), at: THURSDAY });
    expect(ourStatuses(head)).toEqual(['failure']);
    expect(comment(7)).toMatch(/approval\.stale.*deploy\/billing\/values\.yaml/);
    expect(r.code).toBe(1);
  });

  it('a merge from the base branch that leaves the PR diff alone keeps the approvals', async () => {
    const approved = emu.commit(main, { [doc.path]: doc.text }, 'billing', 'alice-dev');
    open(7, approved);
    approveBoth(7, approved);
    const moved = advanceMain({ 'docs/other.md': 'unrelated\n' });
    const merged = emu.commit(approved, { 'docs/other.md': 'unrelated\n' }, 'Merge main', 'alice-dev');
    emu.commits.get(merged)!.parents.push(moved);
    emu.pulls.get(7)!.headSha = merged;
    const r = await runAction({ apiUrl: api, event: 'pull_request_target', payload: event(7), at: THURSDAY });
    expect(ourStatuses(merged)).toEqual(['success']);
    expect(r.code).toBe(0);
  });
});

describe('an approval covers the base branch it saw', () => {
  it('moved from staging to main after both approvals: the unreviewed change staging held is now in it, and the approvals are void', async () => {
    // Someone with write access prepares staging = main + a change nobody reviews.
    const unreviewed = emu.commit(
      main,
      { 'deploy/billing/values.yaml': 'image: billing-api:9.9.9-unreviewed\n' },
      'x',
      'alice-dev',
    );
    emu.refs.set('heads/staging', unreviewed);
    const head = emu.commit(unreviewed, { [doc.path]: doc.text }, 'billing', 'alice-dev');
    emu.openPull({
      number: 7,
      title: 'upgrade #7',
      author: 'alice-dev',
      base: 'staging',
      baseSha: unreviewed,
      head: 'upgrade/7',
      headSha: head,
    });
    // Both leads approve the head while the PR's change is the document alone.
    approveBoth(7, head);
    emu.retarget(7, 'main', 'alice-dev', '2026-12-02T05:00:00Z');
    const r = await runAction({ apiUrl: api, event: 'pull_request_target', payload: event(7, 'edited'), at: THURSDAY });
    expect(ourStatuses(head)).toEqual(['failure']);
    expect(comment(7)).toMatch(/approval\.stale.*moved to another base branch at 2026-12-02T05:00:00Z/);
    expect(r.code).toBe(1);
    // Approvals given after the move count again.
    approveBoth(7, head, ['2026-12-02T06:00:00Z', '2026-12-02T07:00:00Z']);
    const again = await runAction({ apiUrl: api, event: 'pull_request_target', payload: event(7), at: THURSDAY });
    expect(ourStatuses(head)).toEqual(['failure', 'success']);
    expect(again.code).toBe(0);
  });
});

describe('people who changed the PR do not approve it', () => {
  it('a role member who pushed a commit to the PR approves it: not counted', async () => {
    const first = emu.commit(main, { [doc.path]: doc.text }, 'billing', 'alice-dev');
    const head = emu.commit(first, { 'docs/notes.md': 'notes\n' }, 'notes', 'li-lei');
    open(7, head);
    approveBoth(7, head);
    const r = await runAction({ apiUrl: api, event: 'pull_request_target', payload: event(7), at: THURSDAY });
    expect(ourStatuses(head)).toEqual(['failure']);
    expect(comment(7)).toMatch(/@li-lei: committed to the pull request/);
    expect(r.code).toBe(1);
  });
});

describe('only approvals before the merge count', () => {
  it('a backfilled record does not count approvals given after the merge', async () => {
    const head = emu.commit(main, { [doc.path]: doc.text }, 'billing', 'alice-dev');
    open(7, head);
    approveBoth(7, head, ['2026-12-03T06:00:00Z', '2026-12-03T06:05:00Z']);
    emu.merge(7, 'bob-ops', '2026-12-03T04:00:00Z');
    await runAction({ apiUrl: api, event: 'schedule', payload: { schedule: '1 16 * * 3' }, at: '2026-12-03 16:01:00' });
    const path = [...emu.filesAt('main').keys()].find(
      (p) => p.startsWith('archive/2026/12/') && p.endsWith('-pr7.json'),
    )!;
    const record = JSON.parse(emu.filesAt('main').get(path)!) as {
      approvals: unknown[];
      violations: Array<{ rule: string }>;
    };
    expect(record.approvals).toEqual([]);
    expect(record.violations.map((v) => v.rule)).toEqual(
      expect.arrayContaining(['approval.center-lead', 'approval.general-office']),
    );
  });
});

describe("today's policy: read at the base branch's current tip", () => {
  it('a freeze added on main after the PR opened applies', async () => {
    const head = emu.commit(main, { [doc.path]: doc.text }, 'billing', 'alice-dev');
    open(7, head);
    approveBoth(7, head);
    const cfg = emu.commits.get(main)!.files.get('.github/upgrade-gate.yml')!;
    advanceMain(
      {
        '.github/upgrade-gate.yml': cfg.replace(
          'freezes:\n',
          'freezes:\n  - name: Year-end audit\n    from: "2026-12-01"\n    to: "2026-12-05"\n',
        ),
      },
      'freeze',
    );
    const r = await runAction({
      apiUrl: api,
      event: 'pull_request_review',
      payload: emu.pullEvent('pull_request_review', 'submitted', 7),
      at: THURSDAY,
    });
    expect(ourStatuses(head)).toEqual(['failure']);
    expect(comment(7)).toContain('Year-end audit');
    expect(r.code).toBe(1);
  });

  it('two emergencies share the last slot of the month: the second fails, and its record carries emergency.budget', async () => {
    const cfg = emu.commits.get(main)!.files.get('.github/upgrade-gate.yml')!;
    const base = advanceMain(
      { '.github/upgrade-gate.yml': cfg.replace('monthly-budget: 2', 'monthly-budget: 1') },
      'one emergency a month',
    );
    const e = exampleUpgrade('emergency');
    const heads = [9, 10].map((n) => {
      const text = e.text.replace('id: UPG-2026-1125-E1', `id: UPG-2026-1125-E${n}`);
      const head = emu.commit(base, { [e.path.replace('.yaml', `-${n}.yaml`)]: text }, `emergency ${n}`, 'alice-dev');
      open(n, head, base);
      emu.label(n, 'emergency', 'han-meimei', '2026-11-25T02:00:00Z');
      emu.review(n, 'li-lei', 'APPROVED', head, '2026-11-25T11:00:00Z');
      emu.review(n, 'han-meimei', 'APPROVED', head, '2026-11-25T11:30:00Z');
      return head;
    });
    emu.merge(9, 'bob-ops', '2026-11-25T13:00:00Z');
    expect(
      (
        await runAction({
          apiUrl: api,
          event: 'pull_request_target',
          payload: emu.pullEvent('pull_request_target', 'closed', 9),
          at: '2026-11-25 13:00:05',
        })
      ).code,
    ).toBe(0);
    const second = await runAction({
      apiUrl: api,
      event: 'pull_request_target',
      payload: event(10, 'labeled'),
      at: '2026-11-25 13:30:00',
    });
    expect(ourStatuses(heads[1]!)).toEqual(['failure']);
    expect(comment(10)).toContain('emergency.budget');
    expect(second.code).toBe(1);
    emu.merge(10, 'bob-ops', '2026-11-25T13:40:00Z');
    await runAction({
      apiUrl: api,
      event: 'pull_request_target',
      payload: emu.pullEvent('pull_request_target', 'closed', 10),
      at: '2026-11-25 13:40:05',
    });
    const path = [...emu.filesAt('main').keys()].find((p) => p.endsWith('-pr10.json'))!;
    const record = JSON.parse(emu.filesAt('main').get(path)!) as { violations: Array<{ rule: string }> };
    expect(record.violations.map((v) => v.rule)).toContain('emergency.budget');
  });
});

const SIMULATE_CLI = join(projectRoot(), 'action/cli.js');

/**
 * `upgrade-gate simulate` on the same inputs as the Action: the PR head's files as the repository,
 * the same moment, author, committers and reviews. Offline no team can be read, so for teams the
 * Action read through the API, LOGIN:@org/team states the membership the API answered.
 */
function simulate(
  files: Map<string, string>,
  docs: string[],
  reviews: Array<[string, 'APPROVED' | 'CHANGES_REQUESTED']>,
  teamOf: (login: string) => string | undefined,
): {
  code: number | null;
  verdict: {
    outcome: string;
    roles: Array<{ role: string; document?: string; satisfied: boolean; approver?: string; via?: string }>;
  };
} {
  const dir = mkdtempSync(join(tmpdir(), 'ug-sim-'));
  for (const [path, text] of files) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  const opinion = ([login, state]: [string, string]) => [
    state === 'APPROVED' ? '--approved-by' : '--changes-requested-by',
    teamOf(login) ? `${login}:${teamOf(login)}` : login,
  ];
  const args = [
    SIMULATE_CLI,
    'simulate',
    ...docs,
    '--at',
    '2026-12-03T04:00:00Z',
    '--author',
    'alice-dev',
    '--committer',
    'alice-dev',
    '--format',
    'json',
    ...reviews.flatMap(opinion),
  ];
  const r = spawnSync(process.execPath, args, { cwd: dir, encoding: 'utf8' });
  return { code: r.status, verdict: JSON.parse(r.stdout) };
}

/** Who signed what, as the comment's approval forms show it: "document role: approver via entry". */
function signatures(
  roles: Array<{ role: string; document?: string; satisfied: boolean; approver?: string; via?: string }>,
): string[] {
  return roles
    .filter((r) => r.satisfied)
    .map((r) => `${r.document} ${r.role}: @${r.approver} via ${r.via}`)
    .sort();
}

const TEAMS: Record<string, string[]> = {
  'acme/finance-center-lead': ['wang-finance'],
  'acme/sales-center-lead': ['zhao-sales'],
  'acme/gm-office': ['han-meimei'],
};

describe.each([
  ['from the API', 'api'],
  ['from the configuration (GITHUB_TOKEN cannot read teams)', 'config'],
] as const)("roles bound to each document's code owners: team membership %s", (_name, source) => {
  const billing = 'upgrades/billing/2026-12-03-billing-2.4.0.yaml';
  const crm = 'upgrades/crm/2026-12-03-crm-5.0.0.yaml';
  const crmText = doc.text
    .replace('id: UPG-2026-1203-01', 'id: UPG-2026-1203-02')
    .replace('system: billing', 'system: crm');

  /** Two R&D centers: finance owns billing, sales owns the CRM; the GM office owns both. */
  function twoCenters(): void {
    let cfg = emu.commits
      .get(main)!
      .files.get('.github/upgrade-gate.yml')!
      .replace(
        /owners: \["@acme\/rd-center-leads"\]\n    members: \[li-lei\]/,
        'owners: ["@acme/finance-center-lead", "@acme/sales-center-lead"]',
      )
      .replace(/\n    members: \[han-meimei\]/, '');
    // With GITHUB_TOKEN the configuration lists each team's members; with a token that reads teams, nothing.
    if (source === 'config')
      cfg += `teams:\n${Object.entries(TEAMS)
        .map(([t, m]) => `  "@${t}": [${m.join(', ')}]\n`)
        .join('')}`;
    advanceMain(
      {
        '.github/upgrade-gate.yml': cfg,
        CODEOWNERS:
          '/upgrades/billing/ @acme/finance-center-lead @acme/gm-office\n/upgrades/crm/ @acme/sales-center-lead @acme/gm-office\n',
      },
      'two centers',
    );
    for (const [t, m] of Object.entries(TEAMS)) emu.teams.set(t, new Set(m));
    if (source === 'api') for (const t of emu.teams.keys()) emu.readableTeams.add(t);
  }

  function pr(
    n: number,
    files: Record<string, string>,
    reviews: Array<[string, 'APPROVED' | 'CHANGES_REQUESTED']>,
  ): string {
    const base = emu.refs.get('heads/main')!;
    const head = emu.commit(base, files, 'upgrade', 'alice-dev');
    open(n, head, base);
    reviews.forEach(([login, state], i) => emu.review(n, login, state, head, `2026-12-02T0${i + 1}:00:00Z`));
    return head;
  }

  /** The Action's verdict on PR 7, and simulate's on the same inputs: they must agree. */
  async function both(files: Record<string, string>, reviews: Array<[string, 'APPROVED' | 'CHANGES_REQUESTED']>) {
    twoCenters();
    const head = pr(7, files, reviews);
    const r = await runAction({ apiUrl: api, event: 'pull_request_target', payload: event(7), at: THURSDAY });
    const teamOf = (login: string) =>
      source === 'api' ? Object.entries(TEAMS).find(([, m]) => m.includes(login))?.[0] : undefined;
    const sim = simulate(emu.commits.get(head)!.files, Object.keys(files), reviews, (l) =>
      teamOf(l) ? `@${teamOf(l)}` : undefined,
    );
    expect(sim.code).toBe(r.code);
    return { head, r, sim };
  }

  it("the sales center's lead cannot sign a billing upgrade", async () => {
    const { head, r, sim } = await both({ [billing]: doc.text }, [
      ['zhao-sales', 'APPROVED'],
      ['han-meimei', 'APPROVED'],
    ]);
    expect(ourStatuses(head)).toEqual(['failure']);
    expect(comment(7)).toContain(
      'waiting for an approval from the R&D center lead: a member of @acme/finance-center-lead',
    );
    expect(sim.verdict.roles.find((x) => x.role === 'center-lead')).toMatchObject({
      satisfied: false,
      owners: ['@acme/finance-center-lead'],
    });
    expect(r.code).toBe(1);
  });

  it("the finance center's lead can, and the form names the entry signed through", async () => {
    const { head, r, sim } = await both({ [billing]: doc.text }, [
      ['wang-finance', 'APPROVED'],
      ['han-meimei', 'APPROVED'],
    ]);
    expect(ourStatuses(head)).toEqual(['success']);
    expect(comment(7)).toContain('✅ approved by @wang-finance via @acme/finance-center-lead');
    expect(comment(7)).toContain('✅ approved by @han-meimei via @acme/gm-office');
    expect(signatures(sim.verdict.roles)).toEqual([
      `${billing} center-lead: @wang-finance via @acme/finance-center-lead`,
      `${billing} general-office: @han-meimei via @acme/gm-office`,
    ]);
    // The Action's output says the same, per document and configured role.
    const outputs = JSON.parse(r.outputs.approvals!) as Array<{
      document: string;
      role: string;
      signed: boolean;
      approver: string;
      via: string;
    }>;
    expect(outputs.map((a) => `${a.document} ${a.role}: @${a.approver} via ${a.via}`).sort()).toEqual(
      signatures(sim.verdict.roles),
    );
    expect(r.code).toBe(0);
  });

  it('a billing and a CRM document need both centers', async () => {
    const { head, r } = await both({ [billing]: doc.text, [crm]: crmText }, [
      ['wang-finance', 'APPROVED'],
      ['han-meimei', 'APPROVED'],
    ]);
    expect(ourStatuses(head)).toEqual(['failure']);
    expect(comment(7)).toContain(
      'approval.center-lead upgrades/crm/2026-12-03-crm-5.0.0.yaml: waiting for an approval from the R&D center lead: a member of @acme/sales-center-lead',
    );
    expect(r.code).toBe(1);
  });

  it('a billing and a CRM document pass with both centers, one GM office signature covering both', async () => {
    const { head, r, sim } = await both({ [billing]: doc.text, [crm]: crmText }, [
      ['wang-finance', 'APPROVED'],
      ['zhao-sales', 'APPROVED'],
      ['han-meimei', 'APPROVED'],
    ]);
    expect(ourStatuses(head)).toEqual(['success']);
    expect(signatures(sim.verdict.roles)).toEqual([
      `${billing} center-lead: @wang-finance via @acme/finance-center-lead`,
      `${billing} general-office: @han-meimei via @acme/gm-office`,
      `${crm} center-lead: @zhao-sales via @acme/sales-center-lead`,
      `${crm} general-office: @han-meimei via @acme/gm-office`,
    ]);
    expect(r.code).toBe(0);
  });

  it("a sales lead's request for changes does not block a finance upgrade", async () => {
    const { head, r } = await both({ [billing]: doc.text }, [
      ['wang-finance', 'APPROVED'],
      ['han-meimei', 'APPROVED'],
      ['zhao-sales', 'CHANGES_REQUESTED'],
    ]);
    expect(ourStatuses(head)).toEqual(['success']);
    expect(r.code).toBe(0);
  });

  it('the archive record names, per document, who signed each role and through which entry', async () => {
    await both({ [billing]: doc.text, [crm]: crmText }, [
      ['wang-finance', 'APPROVED'],
      ['zhao-sales', 'APPROVED'],
      ['han-meimei', 'APPROVED'],
    ]);
    emu.merge(7, 'bob-ops', '2026-12-03T04:30:00Z');
    await runAction({
      apiUrl: api,
      event: 'pull_request_target',
      payload: emu.pullEvent('pull_request_target', 'closed', 7),
      at: '2026-12-03 04:30:05',
    });
    const path = [...emu.filesAt('main').keys()].find(
      (p) => p.startsWith('archive/2026/12/') && p.endsWith('-pr7.json'),
    )!;
    const record = JSON.parse(emu.filesAt('main').get(path)!) as {
      approvals: Array<{ document: string; role: string; login: string; via: string }>;
      violations: unknown[];
    };
    expect(record.approvals.map((a) => `${a.document} ${a.role}: @${a.login} via ${a.via}`).sort()).toEqual([
      `${billing} center-lead: @wang-finance via @acme/finance-center-lead`,
      `${billing} general-office: @han-meimei via @acme/gm-office`,
      `${crm} center-lead: @zhao-sales via @acme/sales-center-lead`,
      `${crm} general-office: @han-meimei via @acme/gm-office`,
    ]);
    expect(record.violations).toEqual([]);
  });

  it("the owning center lead's request for changes blocks it", async () => {
    const { head, r } = await both({ [billing]: doc.text }, [
      ['han-meimei', 'APPROVED'],
      ['wang-finance', 'CHANGES_REQUESTED'],
    ]);
    expect(ourStatuses(head)).toEqual(['failure']);
    expect(comment(7)).toContain('@wang-finance (R&D center lead) requested changes');
    expect(r.code).toBe(1);
  });
});

describe('a team that can be read neither way', () => {
  it('is a configuration error (status error) that says how to fix it', async () => {
    const cfg = emu.commits
      .get(main)!
      .files.get('.github/upgrade-gate.yml')!
      .replace(/\n    members: \[han-meimei\]/, '');
    advanceMain({ '.github/upgrade-gate.yml': cfg }, 'office from the team');
    emu.teams.set('acme/gm-office', new Set(['han-meimei']));
    const base = emu.refs.get('heads/main')!;
    const head = emu.commit(base, { [doc.path]: doc.text }, 'upgrade', 'alice-dev');
    open(7, head, base);
    approveBoth(7, head);
    const r = await runAction({ apiUrl: api, event: 'pull_request_target', payload: event(7), at: THURSDAY });
    expect(ourStatuses(head)).toEqual(['error']);
    expect(comment(7)).toContain('the token cannot read team @acme/gm-office (HTTP 404');
    expect(comment(7)).toContain('teams: { "@acme/gm-office": [login, ...] }');
    expect(r.code).toBe(1);
  });
});
