import picomatch from 'picomatch';
import { compileCodeowners } from '../codeowners/owners.js';
import type { LoadedDocument } from '../document/load-document.js';
import { compareFindings, type Finding } from '../messages/finding.js';
import { messages } from '../messages/index.js';
import { toInstant } from '../time/local-time.js';
import { policyMonth } from '../time/calendar.js';
import {
  flipFacts,
  nextFlip,
  startOfLocalDay,
  stateAt,
  type CalendarPolicy,
  type DayState,
} from '../time/policy-calendar.js';
import type { Catalog } from '../messages/index.js';
import { flipText, windowReason } from './window-text.js';
import { analyzeApprovals, roleTitle } from './approvals.js';
import { mergeWindowMode, requireRoles, roleIds, type PolicyConfig, type RolesConfig } from './config.js';
import { checkDocument, earlierDocuments, hitToFinding } from './document-rules.js';
import { prepare, type Prepared } from './prepare.js';
import { policyChange } from './policy-change.js';
import { configuredTeams, holdsEntry, ownerKey } from './login.js';
import type { PullRequestContext, Rule } from './rule.js';
import { isEmergencyRule, mergeRules, pullRequestRules } from './rules/index.js';
import { isOff, withConfiguredSeverity } from './severity.js';
import type { PullRequestSnapshot } from './snapshot.js';
import type { ApprovalForm, DocumentVerdict, RoleState, SignOff, Verdict, WindowState } from './verdict.js';

/**
 * The whole policy: snapshot in, verdict out. Pure: no I/O, no clock. `prepared` is the shell's
 * parse of this snapshot's configuration and documents (prepare), so nothing is parsed twice.
 */
export function evaluate(snapshot: PullRequestSnapshot, prepared?: Prepared): Verdict {
  const now = new Date(snapshot.now);
  const ready = preparedFor(snapshot, prepared);
  const { config, findings: configFindings } = ready.config;
  const findings: Finding[] = [...configFindings];
  const rolesOrError = requireRoles(config, snapshot.config.path);
  const roles: RolesConfig | undefined = 'roles' in rolesOrError ? rolesOrError.roles : undefined;
  // A broken configuration is replaced by the defaults, which have no roles: saying so would name a
  // consequence, not the mistake, so the roles finding speaks only when the configuration is valid.
  if ('finding' in rolesOrError && !configFindings.some((f) => f.severity === 'error'))
    findings.push(rolesOrError.finding);

  const ctx = pullRequestContext(snapshot, config, roles, ready);
  const before = earlierDocuments(ctx.loaded, knownIds(snapshot));
  // Document findings come back with their configured severities already applied.
  findings.push(
    ...ctx.loaded.flatMap((l, i) => checkDocument(l, config, (p) => snapshot.evidence[p] === true, before[i], now)),
  );
  findings.push(...runRules(pullRequestRules, ctx, config));
  // A team the token cannot read is a setup problem, not a missing signature: say so as configuration,
  // even when another entry signed the role (the unread team's request for changes would go unseen).
  // Only teams on the documents' own CODEOWNERS lines matter: the shell reads every role team at once.
  const docEntries = ctx.approvals ? ctx.docs.flatMap((d) => ctx.codeowners?.ownersOf(d.file) ?? []).map(ownerKey) : [];
  const unreadable = new Set(docEntries.filter((o) => snapshot.membership[o]?.unreadable));
  for (const team of unreadable)
    findings.push({
      rule: 'config',
      severity: 'error',
      file: snapshot.config.path,
      message: ctx.t['config.team-unreadable']({ team, status: snapshot.membership[team]!.unreadable! }),
    });

  // The bypass of the day rule holds only when every half of the emergency process is in order.
  const emergencyRuleBroken = findings.some((f) => f.severity === 'error' && isEmergencyRule(f.rule));
  const emergencyRequested = !!ctx.label || ctx.emergencyDocs.length > 0;
  const emergencyGranted =
    emergencyRequested &&
    !!ctx.label &&
    ctx.emergencyDocs.length > 0 &&
    ctx.regularDocs.length === 0 &&
    !emergencyRuleBroken;

  const t = messages(config.language);
  const { window, state } = windowState(now, config, ctx.production, emergencyGranted, t);
  findings.push(
    ...runRules(mergeRules, { ...ctx, state, nextFlipText: window.nextFlipText, emergencyGranted }, config),
  );
  findings.sort(compareFindings);

  const roleStates = ctx.approvals?.roles ?? [];
  const errors = findings.filter((f) => f.severity === 'error');
  const outcome = outcomeOf(snapshot.documents.length, findings, !!roles);
  const documents = ctx.loaded.map((l) => documentVerdict(l, roleStates, roles, outcome));
  return {
    outcome,
    summary: errors.some((f) => UNSEEN.has(f.rule))
      ? t['summary.unseen']({
          what: errors
            .filter((f) => UNSEEN.has(f.rule))
            .map((f) => f.message)
            .join('; '),
        })
      : summarize(outcome, snapshot.documents.length, errors, roleStates, window, state, t, ctx.policyChange?.state),
    findings,
    documents,
    roles: roleStates,
    window,
    emergency: emergencyRequested
      ? {
          requested: true,
          granted: emergencyGranted,
          label: ctx.label,
          earlierThisMonth: ctx.earlierEmergencies.length,
        }
      : undefined,
    upgradeType: ctx.docs.length === 0 ? 'none' : ctx.emergencyDocs.length > 0 ? 'emergency' : 'regular',
    evaluatedAt: snapshot.now,
    statusContext: config['status-context'],
    language: config.language,
    ...(ctx.policyChange
      ? {
          policyChange: { files: ctx.policyChange.files, owner: ctx.policyChange.owner, state: ctx.policyChange.state },
        }
      : {}),
  };
}

/** The shell's parse when it was made for this snapshot's language and documents, else a fresh one. */
function preparedFor(snapshot: PullRequestSnapshot, prepared: Prepared | undefined): Prepared {
  const fits =
    prepared !== undefined &&
    prepared.language === snapshot.language &&
    prepared.documents.length === snapshot.documents.length;
  return fits ? prepared : prepare(snapshot);
}

/**
 * NO.s already taken: by every document an archive record names, and by the base branch's other
 * documents (one the PR changes, renames or removes no longer holds its NO. there).
 */
function knownIds(snapshot: PullRequestSnapshot): Array<{ id: string; path: string; where: string }> {
  const history = snapshot.history;
  if (!history) return [];
  const changed = new Set(snapshot.changedFiles);
  return [
    ...history.archived.flatMap((a) => (a.id ? [{ id: a.id, path: a.path, where: a.record }] : [])),
    ...history.base.filter((b) => !changed.has(b.path)).map((b) => ({ id: b.id, path: b.path, where: b.path })),
  ];
}

/** Rules that say part of the PR could not be seen: never success, whatever else holds. */
const UNSEEN = new Set(['pull-request.files', 'document.unreadable']);
/** Rules that hold for every PR, with or without an upgrade document. */
const EVERY_PR = new Set(['archive.protected', 'document.archived', 'policy.approval']);

/** A PR without upgrade documents is not this policy's business, even when the policy is broken; one the Action could not fully see is an error. */
function outcomeOf(documents: number, findings: Finding[], rolesConfigured: boolean): Verdict['outcome'] {
  if (findings.some((f) => UNSEEN.has(f.rule))) return 'error';
  if (documents === 0) return findings.some((f) => f.severity === 'error' && EVERY_PR.has(f.rule)) ? 'fail' : 'pass';
  if (!rolesConfigured || findings.some((f) => f.rule === 'config' && f.severity === 'error')) return 'error';
  return findings.some((f) => f.severity === 'error') ? 'fail' : 'pass';
}

/** Every fact the pull-request and merge rules read, derived once from the snapshot. */
function pullRequestContext(
  snapshot: PullRequestSnapshot,
  config: PolicyConfig,
  roles: RolesConfig | undefined,
  prepared: Prepared,
): PullRequestContext {
  const zone = config['time-zone'];
  const loaded = prepared.documents;
  const t = messages(config.language);
  const isMember = memberCheck(config, snapshot);
  const codeowners = snapshot.codeowners.text !== undefined ? compileCodeowners(snapshot.codeowners.text) : undefined;
  const docs = loaded.filter((l) => l.doc);
  const month = policyMonth(new Date(snapshot.now), zone);
  const approvals =
    roles && docs.length > 0
      ? analyzeApprovals({
          reviews: snapshot.reviews,
          author: snapshot.pullRequest.author,
          headSha: snapshot.pullRequest.headSha,
          changes: snapshot.changes,
          exempt: config['stale-exempt'].length ? picomatch(config['stale-exempt'], { dot: true }) : () => false,
          contributors: snapshot.contributors,
          mergedAt: snapshot.pullRequest.mergedAt,
          baseChangedAt: snapshot.baseChangedAt,
          documents: docs.map((d) => d.file),
          roles,
          ownersOf: (path) => codeowners?.ownersOf(path) ?? [],
          isMember,
          allowSameApprover: config['allow-same-approver-for-roles'],
          t,
        })
      : undefined;
  return {
    snapshot,
    config,
    t,
    roles,
    codeowners,
    loaded,
    docs,
    production: docs.filter((l) => l.doc!.environment === 'production'),
    emergencyDocs: docs.filter((l) => l.doc!.type === 'emergency').map((l) => l.file),
    regularDocs: docs.filter((l) => l.doc!.type !== 'emergency').map((l) => l.file),
    label: snapshot.labels.find((l) => l.name === config.emergency.label),
    month,
    // The budget counts calendar months in the policy zone: 00:30 on the 1st in Shanghai is already the new month.
    earlierEmergencies: snapshot.emergenciesThisMonth.filter(
      (e) => e.pr !== snapshot.pullRequest.number && policyMonth(new Date(e.mergedAt), zone) === month,
    ),
    approvals,
    policyChange: policyChange({ snapshot, files: prepared.facts.policyFiles, config, roles, isMember, t }),
  };
}

/** Whether a login is an owner entry: the user it names, or a member of its team as the configuration lists or the shell found. */
function memberCheck(config: PolicyConfig, snapshot: PullRequestSnapshot): (entry: string, login: string) => boolean {
  const listed = configuredTeams(config);
  return (entry, login) => holdsEntry(entry, login, listed, snapshot.membership);
}

/** Runs rules of one scope, skipping those switched off, and applies the configured severities. */
function runRules<C extends PullRequestContext>(
  rules: ReadonlyArray<Rule<C>>,
  ctx: C,
  config: PolicyConfig,
): Finding[] {
  const out: Finding[] = [];
  for (const rule of rules) {
    if (isOff(config, rule.id)) continue;
    for (const hit of rule.check(ctx))
      out.push(hitToFinding(rule, hit, hit.file ? ctx.loaded.find((l) => l.file === hit.file) : undefined));
  }
  return withConfiguredSeverity(config, out);
}

/** The calendar that applies to these documents: days and freezes, plus their common window unless `merge-window: off`. */
function calendarFor(config: PolicyConfig, production: LoadedDocument[]): CalendarPolicy {
  const zone = config['time-zone'];
  let window: CalendarPolicy['window'];
  const mode = mergeWindowMode(config);
  if (mode !== 'off' && production.length > 0) {
    const spans = production.flatMap((d) => {
      const start = toInstant(d.doc!.window.start, zone);
      const end = toInstant(d.doc!.window.end, zone);
      return start && end ? [{ start, end }] : [];
    });
    if (spans.length > 0) {
      // One merge instant inside every document's span: the latest opening, the earliest close.
      const opens = spans.map((x) => (mode === 'day' ? startOfLocalDay(x.start, zone) : x.start).getTime());
      window = {
        start: new Date(Math.max(...opens)),
        end: new Date(Math.min(...spans.map((x) => x.end.getTime()))),
        declaredStart: new Date(Math.max(...spans.map((x) => x.start.getTime()))),
      };
    }
  }
  return { zone, mergeDays: config['merge-days'], freezes: config.freezes, window };
}

/** The window as the verdict shows it, and the calendar state the merge rules read. */
function windowState(
  now: Date,
  config: PolicyConfig,
  production: LoadedDocument[],
  emergencyGranted: boolean,
  t: Catalog,
): { window: WindowState; state: DayState; reason: string } {
  const policy = calendarFor(config, production);
  const state = stateAt(now, policy);
  const flip = nextFlip(now, policy);
  const reason = windowReason(state, t);
  const window: WindowState = {
    open: state.open || emergencyGranted || production.length === 0,
    reason: emergencyGranted && !state.open ? t['window.emergency-allows']({ reason }) : reason,
    zone: policy.zone,
    nextFlip: flip?.toISOString(),
    nextFlipText: flipText(flip ? flipFacts(now, flip, !state.open, policy.zone) : undefined, t),
    emergencyBypass: emergencyGranted,
  };
  return { window, state, reason };
}

function documentVerdict(
  l: LoadedDocument,
  roles: RoleState[],
  config: RolesConfig | undefined,
  outcome: Verdict['outcome'],
): DocumentVerdict {
  const doc = l.doc;
  if (!doc) return { path: l.file, features: [] };
  const form: ApprovalForm = {
    no: doc.id,
    system: doc.system,
    environment: doc.environment,
    version: { from: doc.release.from, to: doc.release.to },
    type: doc.type,
    window: { start: doc.window.start, end: doc.window.end },
    projectLead: doc.people.project_lead,
    opsLead: doc.people.ops_lead,
    executor: doc.people.executor,
    supervisor: doc.people.supervisor,
    approvals: roleIds(config).map((role) => {
      const s = roles.find((r) => r.role === role && r.document === l.file);
      return { role, title: roleTitle(config, role), approver: s?.approver, via: s?.via, at: s?.approvedAt };
    }),
    verification: {
      cases: doc.verification?.cases.length ?? 0,
      acceptedBy: doc.acceptance?.verified_by,
      acceptedOn: doc.acceptance?.date,
      grayTest: doc.gray_test ? `${doc.gray_test.result} ${doc.gray_test.completed}` : undefined,
    },
    result: outcome === 'pass' ? 'approved' : 'not approved',
  };
  const features = (doc.features ?? []).map((f) => ({ id: f.id, title: f.title, description: f.description }));
  return {
    path: l.file,
    id: doc.id,
    type: doc.type,
    environment: doc.environment,
    form,
    features,
    signs: doc.environment === 'production' ? signOff(doc) : undefined,
  };
}

/** The one-line summary of the verdict (the status description and the comment's first line). */
function summarize(
  outcome: Verdict['outcome'],
  documents: number,
  errors: Finding[],
  roles: RoleState[],
  window: WindowState,
  state: DayState,
  t: Catalog,
  policyOwner?: RoleState,
): string {
  if (documents === 0) return summarizeWithoutDocuments(outcome, errors, t, policyOwner);
  if (outcome === 'error')
    return t['summary.config-error']({
      message: errors.find((e) => e.rule === 'config')?.message ?? errors[0]?.message ?? '',
    });
  if (outcome === 'pass') {
    // One person signing a role for several documents is named once.
    const signed = [
      ...new Map(
        roles
          .filter((r) => r.satisfied)
          .map((r) => [
            `${r.role} ${r.approver} ${r.via}`,
            t['summary.signed']({ role: r.title, login: r.approver ?? '', via: r.via ?? '' }),
          ]),
      ).values(),
    ];
    return t['summary.ready']({
      signed: t['summary.list']({ items: signed }),
      how: window.emergencyBypass ? 'emergency' : window.open ? 'open' : 'relaxed',
    });
  }
  const missing = [
    ...new Set(
      [...roles, ...(policyOwner ? [policyOwner] : [])]
        .filter((r) => !r.satisfied)
        .map((r) => t['role.title']({ role: r.title })),
    ),
  ];
  // The window is named whenever it decides anything: closed, or open on the merge day itself.
  const windowPart = !window.open
    ? t['summary.window-closed']({ flip: window.nextFlipText ?? '' })
    : !window.emergencyBypass && state.open
      ? t['summary.window-open']({ day: state.day })
      : '';
  return t['summary.fail']({
    problems: errors.length,
    missing: t['summary.list']({ items: missing }),
    window: windowPart,
  });
}

/** The summary of a PR with no upgrade document: its first problem, the policy owner's approval, or nothing to check. */
function summarizeWithoutDocuments(
  outcome: Verdict['outcome'],
  errors: Finding[],
  t: Catalog,
  policyOwner?: RoleState,
): string {
  if (outcome === 'fail') return t['summary.problems']({ problems: errors.length, first: errors[0]!.message });
  if (policyOwner?.satisfied)
    return t['summary.policy-approved']({ role: policyOwner.title, login: policyOwner.approver ?? '' });
  return t['summary.none']();
}

/** What the approvers of a production upgrade sign, read from the document as written. */
function signOff(doc: NonNullable<LoadedDocument['doc']>): SignOff {
  const part = (p: { method: string; location: string } | undefined) =>
    p ? { method: p.method, location: p.location } : undefined;
  const e = doc.emergency;
  return {
    backup: { data: part(doc.backup?.data), programs: part(doc.backup?.programs), config: part(doc.backup?.config) },
    rollback: doc.rollback?.plan,
    notice: doc.notification
      ? { announcedAt: doc.notification.announced_at, channels: [...(doc.notification.channels ?? [])] }
      : undefined,
    grayTest: doc.gray_test
      ? { completed: doc.gray_test.completed, result: doc.gray_test.result, report: doc.gray_test.report }
      : undefined,
    emergency:
      doc.type === 'emergency' && e
        ? {
            reason: e.reason,
            impact: e.impact,
            justification: e.justification,
            phoneConfirmedBy: e.confirmation?.phone_confirmed_by,
            confirmedAt: e.confirmation?.confirmed_at,
            emailRegistration: e.confirmation?.email_registration,
          }
        : undefined,
  };
}
