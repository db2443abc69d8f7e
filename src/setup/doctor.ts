import type { components } from '@octokit/openapi-types';
import { compileCodeowners } from '../codeowners/owners.js';
import { doctorMessages, type DoctorCatalog } from '../messages/doctor-catalog.js';
import type { Language } from '../messages/language.js';
import type { PolicyConfig } from '../policy/config.js';
import type { WorkflowFacts } from './workflow.js';

/** An active rule of a branch as GET /repos/{owner}/{repo}/rules/branches/{branch} lists it. */
export type BranchRule = components['schemas']['repository-rule-detailed'];
/** Classic branch protection as GET /repos/{owner}/{repo}/branches/{branch}/protection returns it. */
export type ClassicProtection = components['schemas']['branch-protection'];

/** What the rules of one branch say, as this token can read them. */
export interface BranchFacts {
  name: string;
  /** Active rules; 'unreadable' when the token may not list them. */
  rules: BranchRule[] | 'unreadable';
  /** Ruleset id → its name and whether this token may bypass it (GET /repos/{owner}/{repo}/rulesets/{id}). */
  rulesets: Map<number, { name: string; canBypass?: string }>;
  /** Classic protection: 'none' (404), 'unreadable' (no administration: read). */
  classic: ClassicProtection | 'none' | 'unreadable';
}

/** Everything doctor reads about a repository, at the base branch's tip. */
export interface SetupFacts {
  repo: string;
  base: BranchFacts;
  /** The archive branch when it is not the base branch. */
  archive?: BranchFacts;
  config: PolicyConfig;
  configPath: string;
  configValid: boolean;
  codeowners?: { path: string; text: string };
  workflows: WorkflowFacts[];
  /** The workflow file running this check (GITHUB_WORKFLOW_REF), when run in the Action. */
  runningWorkflow?: string;
}

/** One line of the doctor's report: a check that passed (level ok) or a finding with its fix. */
export interface SetupCheck {
  id: string;
  level: 'ok' | 'error' | 'warning';
  message: string;
  fix?: string;
}

/** The GitHub Actions app's id: a status required from it can be posted by any workflow. */
export const GITHUB_ACTIONS_APP_ID = 15368;

const ruleOf = <T extends BranchRule['type']>(rules: BranchRule[], type: T) =>
  rules.filter((r): r is Extract<BranchRule, { type: T }> => r.type === type);

function via(b: BranchFacts, r: { ruleset_id?: number }): string {
  return `ruleset "${(r.ruleset_id !== undefined && b.rulesets.get(r.ruleset_id)?.name) || r.ruleset_id || '?'}"`;
}

/** A rule that requires the gate's status: the app it must come from (undefined: anyone) and where it is set. */
interface StatusSource {
  app: number | undefined;
  via: string;
}

/** Every ruleset rule and classic protection setting that requires the status `context` on the branch. */
function statusSources(b: BranchFacts, context: string): StatusSource[] {
  const sources: StatusSource[] = [];
  if (b.rules !== 'unreadable') {
    for (const r of ruleOf(b.rules, 'required_status_checks')) {
      for (const c of r.parameters?.required_status_checks ?? [])
        if (c.context === context) sources.push({ app: c.integration_id ?? undefined, via: via(b, r) });
    }
  }
  if (typeof b.classic === 'object') {
    const rsc = b.classic.required_status_checks;
    for (const c of rsc?.checks ?? [])
      if (c.context === context) sources.push({ app: c.app_id ?? undefined, via: 'branch protection' });
    if (!rsc?.checks?.some((c) => c.context === context) && rsc?.contexts?.includes(context))
      sources.push({ app: undefined, via: 'branch protection' });
  }
  return sources;
}

/** Whether the branch requires the gate's status, and from a source nobody else can post as. */
function statusChecks(b: BranchFacts, context: string, t: DoctorCatalog): SetupCheck[] {
  const sources = statusSources(b, context);
  if (sources.length === 0)
    return [
      {
        id: 'status.required',
        level: 'error',
        message: t['status.not-required']({ context, branch: b.name }),
        fix: t['status.not-required.fix']({ context, branch: b.name }),
      },
    ];
  // Several rules may require it: the weakest source decides who can satisfy it.
  const open = sources.find((s) => s.app === undefined);
  if (open)
    return [
      {
        id: 'status.required',
        level: 'error',
        message: t['status.any-source']({ context, via: open.via }),
        fix: t['status.any-source.fix']({ context }),
      },
    ];
  const actions = sources.find((s) => s.app === GITHUB_ACTIONS_APP_ID);
  if (actions)
    return [
      {
        id: 'status.required',
        level: 'warning',
        message: t['status.actions-source']({ context, via: actions.via }),
        fix: t['status.actions-source.fix']({ context }),
      },
    ];
  return [
    {
      id: 'status.required',
      level: 'ok',
      message: t['status.required']({
        context,
        app: String(sources[0]!.app),
        via: sources.map((s) => s.via).join(', '),
      }),
    },
  ];
}

function codeOwnerReview(b: BranchFacts, t: DoctorCatalog): SetupCheck {
  const viaRule =
    b.rules === 'unreadable'
      ? undefined
      : ruleOf(b.rules, 'pull_request').find((r) => r.parameters?.require_code_owner_review);
  if (viaRule)
    return { id: 'review.code-owners', level: 'ok', message: t['review.code-owners']({ via: via(b, viaRule) }) };
  if (typeof b.classic === 'object' && b.classic.required_pull_request_reviews?.require_code_owner_reviews)
    return { id: 'review.code-owners', level: 'ok', message: t['review.code-owners']({ via: 'branch protection' }) };
  return {
    id: 'review.code-owners',
    level: 'error',
    message: t['review.no-code-owners']({ branch: b.name }),
    fix: t['review.no-code-owners.fix'](),
  };
}

/** The folder part of a glob before its first wildcard: upgrades/**\/*.yaml → upgrades/. */
function staticPrefix(glob: string): string {
  const segments = glob.replace(/^\.?\//, '').split('/');
  const fixed: string[] = [];
  for (const s of segments.slice(0, -1)) {
    if (/[*?[\]{}!]/.test(s)) break;
    fixed.push(s);
  }
  return fixed.length ? `${fixed.join('/')}/` : '';
}

function codeownersChecks(f: SetupFacts, t: DoctorCatalog): SetupCheck[] {
  const owners = [...new Set(Object.values(f.config.roles ?? {}).flatMap((r) => r.owners))];
  const ownerText = owners.length ? owners.join(' ') : '@your-org/release-owners';
  const docs = staticPrefix(f.config.documents);
  const archive = `${f.config.archive.folder.replace(/\/+$/, '')}/`;
  const targets: Array<{ what: string; shown: string; sample: string; line: string }> = [
    {
      what: t['what.documents'](),
      shown: docs || f.config.documents,
      sample: `${docs}doctor-check.yaml`,
      line: `/${docs} ${ownerText}`,
    },
    { what: t['what.config'](), shown: f.configPath, sample: f.configPath, line: `/${f.configPath} ${ownerText}` },
    {
      what: t['what.workflows'](),
      shown: '.github/workflows/',
      sample: f.workflows[0]?.path ?? '.github/workflows/upgrade-gate.yml',
      line: `/.github/workflows/ ${ownerText}`,
    },
    {
      what: t['what.archive'](),
      shown: archive,
      sample: `${archive}2026/01/doctor-check.json`,
      line: `/${archive} ${ownerText}`,
    },
  ];
  if (!f.codeowners) {
    return [
      {
        id: 'codeowners.file',
        level: 'error',
        message: t['codeowners.missing']({ branch: f.base.name }),
        fix: t['codeowners.missing.fix']({ lines: targets.map((x) => x.line).join(' · ') }),
      },
    ];
  }
  const file = f.codeowners.path;
  const compiled = compileCodeowners(f.codeowners.text);
  const out: SetupCheck[] = [{ id: 'codeowners.file', level: 'ok', message: t['codeowners.found']({ path: file }) }];
  if (compiled.errors.length) {
    out.push({
      id: 'codeowners.invalid',
      level: 'warning',
      message: t['codeowners.invalid']({
        path: file,
        lines: compiled.errors
          .map((e) => e.line)
          .slice(0, 10)
          .join(', '),
      }),
      fix: t['codeowners.invalid.fix']({ path: file }),
    });
  }
  for (const x of targets) {
    // Every workflow file counts, not only the first: a line for one file leaves the others open.
    const perFile = x.what === t['what.workflows']() && f.workflows.length > 0;
    const samples = perFile ? f.workflows.map((w) => w.path) : [x.sample];
    const uncovered = samples.filter((s) => compiled.ownersOf(s).length === 0);
    if (uncovered.length === 0)
      out.push({
        id: 'codeowners.coverage',
        level: 'ok',
        message: t['codeowners.covered']({
          what: x.what,
          path: x.shown,
          owners: compiled.ownersOf(samples[0]!).join(' '),
        }),
      });
    else
      out.push({
        id: 'codeowners.coverage',
        level: 'error',
        message: t['codeowners.uncovered']({ what: x.what, path: perFile ? uncovered.join(', ') : x.shown, file }),
        fix: t['codeowners.uncovered.fix']({ file, line: x.line }),
      });
  }
  return out;
}

// Rules that stop a direct push (the archive's commit is one) unless the pusher may bypass them.
const BLOCKING = new Set([
  'pull_request',
  'required_status_checks',
  'update',
  'required_deployments',
  'merge_queue',
  'commit_author_email_pattern',
  'committer_email_pattern',
  'commit_message_pattern',
]);

/** Whether the archive writer can push its commit to the archive branch. */
function archiveCheck(f: SetupFacts, t: DoctorCatalog): SetupCheck {
  const b = f.archive ?? f.base;
  if (b.rules === 'unreadable')
    return {
      id: 'archive.writable',
      level: 'warning',
      message: t['rules.unreadable']({ branch: b.name }),
      fix: t['rules.unreadable.fix'](),
    };
  const { reasons, bypassed } = rulesetBlocks(b, b.rules);
  if (typeof b.classic === 'object') reasons.push(...classicBlocks(b.classic, f.config.archive.writer));
  if (reasons.length)
    return {
      id: 'archive.writable',
      level: 'error',
      message: t['archive.blocked']({ branch: b.name, rules: reasons.join('; ') }),
      fix: t['archive.blocked.fix']({ branch: b.name }),
    };
  return {
    id: 'archive.writable',
    level: 'ok',
    message: t['archive.writable']({
      branch: b.name,
      how: bypassed.size ? t['archive.bypass']({ rulesets: [...bypassed].join(', ') }) : t['archive.no-rules'](),
    }),
  };
}

/** The rulesets that stop the archive's direct push (with the blocking rule types), and those this token bypasses. */
function rulesetBlocks(b: BranchFacts, rules: BranchRule[]): { reasons: string[]; bypassed: Set<string> } {
  const blockedBy = new Map<string, string[]>();
  const bypassed = new Set<string>();
  for (const r of rules) {
    if (!BLOCKING.has(r.type)) continue;
    const rs = r.ruleset_id !== undefined ? b.rulesets.get(r.ruleset_id) : undefined;
    const name = rs?.name ?? String(r.ruleset_id ?? '?');
    if (rs?.canBypass === 'always' || rs?.canBypass === 'exempt') {
      bypassed.add(`"${name}"`);
      continue;
    }
    blockedBy.set(name, [...(blockedBy.get(name) ?? []), r.type]);
  }
  return { reasons: [...blockedBy].map(([name, types]) => `ruleset "${name}" (${types.join(', ')})`), bypassed };
}

/** The classic protection settings that stop the archive writer's direct push (it is not among their allowed apps or users). */
function classicBlocks(c: ClassicProtection, writer: string): string[] {
  const app = writer.replace(/\[bot\]$/, '');
  const allowed = (list?: Array<{ login?: string; slug?: string | null } | null> | null) =>
    !!list?.some((x) => !!x && (x.login === writer || x.login === app || x.slug === app));
  const reasons: string[] = [];
  if (
    c.required_pull_request_reviews &&
    !allowed(c.required_pull_request_reviews.bypass_pull_request_allowances?.apps) &&
    !allowed(c.required_pull_request_reviews.bypass_pull_request_allowances?.users)
  )
    reasons.push('branch protection (pull request reviews)');
  if (c.restrictions && !allowed(c.restrictions.apps) && !allowed(c.restrictions.users))
    reasons.push('branch protection (who can push)');
  return reasons;
}

const REQUIRED_EVENTS = ['pull_request_target', 'pull_request_review', 'schedule', 'issue_comment'] as const;

/** The gate's workflow (events, token, permissions) and the other workflows that could post its status. */
function workflowChecks(f: SetupFacts, statusFromActionsOrAnyone: boolean, t: DoctorCatalog): SetupCheck[] {
  const gate = f.workflows.find((w) => w.path === f.runningWorkflow) ?? f.workflows.find((w) => w.runsGate);
  const queue = f.base.rules !== 'unreadable' && ruleOf(f.base.rules, 'merge_queue').length > 0;
  if (!gate) {
    return [
      {
        id: 'workflow.found',
        level: 'error',
        message: t['workflow.missing']({ branch: f.base.name }),
        fix: t['workflow.missing.fix'](),
      },
      { id: 'merge-queue', level: 'ok', message: queue ? t['merge-queue.on']() : t['merge-queue.off']() },
    ];
  }
  const out: SetupCheck[] = [
    { id: 'workflow.found', level: 'ok', message: t['workflow.found']({ workflow: gate.path }) },
  ];
  out.push(...eventChecks(gate, queue, t));
  out.push(...tokenChecks(gate, t));
  const others = f.workflows.filter((x) => x !== gate && x.canPostStatus).map((x) => x.path);
  if (statusFromActionsOrAnyone && others.length)
    out.push({
      id: 'workflow.others',
      level: 'warning',
      message: t['workflow.others-can-post']({ workflows: others.join(', ') }),
      fix: t['workflow.others-can-post.fix'](),
    });
  else if (statusFromActionsOrAnyone)
    out.push({ id: 'workflow.others', level: 'ok', message: t['workflow.none-can-post']() });
  return out;
}

/** The events the gate's workflow listens to: every one the gate needs, pull_request_target rather than pull_request, merge_group under a merge queue. */
function eventChecks(gate: WorkflowFacts, queue: boolean, t: DoctorCatalog): SetupCheck[] {
  const w = gate.path;
  const events = gate.events ?? [];
  const out: SetupCheck[] = [
    {
      id: 'workflow.events',
      level: 'ok',
      message: t['workflow.events']({ workflow: w, events: events.join(', ') || '—' }),
    },
  ];
  for (const event of REQUIRED_EVENTS) {
    if (events.includes(event) || (event === 'pull_request_target' && events.includes('pull_request'))) continue;
    // With an App key in an environment, review events (run from the PR's merge ref) cannot get the key.
    if (event === 'pull_request_review' && gate.appToken) continue;
    out.push({
      id: 'workflow.events',
      level: event === 'issue_comment' ? 'warning' : 'error',
      message: t['workflow.event-missing']({ workflow: w, event, why: t[`why.${event}`]() }),
      fix: t['workflow.event-missing.fix']({ workflow: w, event }),
    });
  }
  if (events.includes('pull_request') && !events.includes('pull_request_target'))
    out.push({
      id: 'workflow.events',
      level: 'warning',
      message: t['workflow.pull-request']({ workflow: w }),
      fix: t['workflow.pull-request.fix']({ workflow: w }),
    });
  if (queue && !events.includes('merge_group'))
    out.push({
      id: 'merge-queue',
      level: 'error',
      message: t['merge-queue.no-event']({ workflow: w }),
      fix: t['merge-queue.no-event.fix']({ workflow: w }),
    });
  else out.push({ id: 'merge-queue', level: 'ok', message: queue ? t['merge-queue.on']() : t['merge-queue.off']() });
  return out;
}

/** The token the gate's workflow runs with: an App key guarded by an environment, or GITHUB_TOKEN with the write permissions the gate needs. */
function tokenChecks(gate: WorkflowFacts, t: DoctorCatalog): SetupCheck[] {
  const w = gate.path;
  if (gate.appToken) {
    if (gate.environment)
      return [
        {
          id: 'workflow.token',
          level: 'ok',
          message: t['workflow.app-token']({ workflow: w, environment: gate.environment }),
        },
      ];
    return [
      {
        id: 'workflow.token',
        level: 'warning',
        message: t['workflow.key-unguarded']({ workflow: w }),
        fix: t['workflow.key-unguarded.fix']({ workflow: w }),
      },
    ];
  }
  return [
    {
      id: 'workflow.token',
      level: 'warning',
      message: t['workflow.actions-token']({ workflow: w }),
      fix: t['workflow.actions-token.fix'](),
    },
    permissionsCheck(gate, t),
  ];
}

// With GITHUB_TOKEN, the token must be allowed to write what the gate writes.
function permissionsCheck(gate: WorkflowFacts, t: DoctorCatalog): SetupCheck {
  const w = gate.path;
  const p = gate.permissions;
  const needed = ['statuses', 'pull-requests', 'contents'];
  const missing =
    p === 'write-all' || p === undefined ? [] : p === 'read-all' ? needed : needed.filter((k) => p[k] !== 'write');
  if (missing.length)
    return {
      id: 'workflow.permissions',
      level: 'error',
      message: t['workflow.permission-missing']({ workflow: w, missing: missing.map((k) => `${k}: write`).join(', ') }),
      fix: t['workflow.permission-missing.fix']({ workflow: w, missing: missing.map((k) => `${k}: write`).join(', ') }),
    };
  return {
    id: 'workflow.permissions',
    level: 'ok',
    message: t['workflow.permissions']({
      workflow: w,
      permissions:
        typeof p === 'object'
          ? Object.entries(p)
              .map(([k, v]) => `${k}: ${v}`)
              .join(', ')
          : (p ?? 'the repository default'),
    }),
  };
}

/**
 * The doctor's checks of a repository's setup, each passed or a finding with its fix: the required
 * status and its source, code owner review, CODEOWNERS coverage, whether the archive can be written,
 * merge queue, and the workflow's events, permissions and token.
 */
export function checkSetup(f: SetupFacts, language: Language = 'en'): SetupCheck[] {
  const t = doctorMessages(language);
  const out: SetupCheck[] = [];
  if (!f.configValid)
    out.push({
      id: 'config',
      level: 'error',
      message: t['config.invalid']({ path: f.configPath }),
      fix: t['config.invalid.fix']({ path: f.configPath }),
    });
  if (f.base.rules === 'unreadable')
    out.push({
      id: 'rules',
      level: 'error',
      message: t['rules.unreadable']({ branch: f.base.name }),
      fix: t['rules.unreadable.fix'](),
    });
  if (f.base.classic === 'unreadable')
    out.push({
      id: 'classic',
      level: 'warning',
      message: t['classic.unreadable']({ branch: f.base.name }),
      fix: t['classic.unreadable.fix'](),
    });
  const status = statusChecks(f.base, f.config['status-context'], t);
  out.push(...status);
  out.push(codeOwnerReview(f.base, t));
  out.push(...codeownersChecks(f, t));
  out.push(archiveCheck(f, t));
  out.push(
    ...workflowChecks(
      f,
      status.some((s) => s.level !== 'ok'),
      t,
    ),
  );
  return out;
}

/** The checks as a Markdown section (the job summary). */
export function renderSetupMarkdown(
  checks: SetupCheck[],
  repo: string,
  branch: string,
  language: Language = 'en',
): string {
  const t = doctorMessages(language);
  const icon = { ok: '✅', warning: '⚠️', error: '❌' } as const;
  const findings = checks.filter((c) => c.level !== 'ok').length;
  const lines = [
    `## ${t.title({ repo, branch })}`,
    '',
    findings ? t.findings({ count: findings }) : t['all-good'](),
    '',
  ];
  for (const c of checks) {
    lines.push(`- ${icon[c.level]} \`${c.id}\` ${escapeInline(c.message)}`);
    if (c.fix) lines.push(`  ${t.fix()}${escapeInline(c.fix)}`);
  }
  return `${lines.join('\n')}\n`;
}

/** The checks as plain lines (the CLI): LEVEL ID MESSAGE, then the fix indented. */
export function renderSetupText(checks: SetupCheck[], language: Language = 'en'): string[] {
  const t = doctorMessages(language);
  return checks.flatMap((c) => [`${c.level} ${c.id} ${c.message}`, ...(c.fix ? [`  ${t.fix()}${c.fix}`] : [])]);
}

// Names in messages come from the repository (workflow files, ruleset names): inert in Markdown.
function escapeInline(s: string): string {
  return s.replace(/[\\`*_[\]<>|#!~]/g, (c) => `\\${c}`).replace(/[\r\n]+/g, ' ');
}
