import type { Catalog } from '../messages/index.js';
import { normalizeLogin, ownerKey } from './login.js';
import { roleIds, type RoleId, type RolesConfig } from './config.js';
import type { PullRequestSnapshot, SnapshotReview } from './snapshot.js';
import type { RoleState } from './verdict.js';

/** What the approval rules read from the snapshot and the policy. */
export interface ApprovalInput {
  reviews: SnapshotReview[];
  author: string;
  headSha: string;
  changes: PullRequestSnapshot['changes'];
  /** Paths the configuration exempts: their change after an approval leaves it standing. */
  exempt: (path: string) => boolean;
  /** People who authored or committed the PR's commits; undefined when unknown. */
  contributors: string[] | undefined;
  /** The upgrade documents, named first when an approval went stale. */
  documents: string[];
  /** When the PR merged: later approvals are shown, never counted. */
  mergedAt?: string;
  /** When the PR's base branch was last changed: earlier approvals saw another change. */
  baseChangedAt?: string;
  roles: RolesConfig;
  /** The owner entries of a path in the base branch's CODEOWNERS (the last matching rule). */
  ownersOf: (path: string) => string[];
  /** Whether a login is an owner entry: the user it names, or an active member of the team it names. */
  isMember: (entry: string, login: string) => boolean;
  allowSameApprover: boolean;
  /** The message catalog in the policy's language (for why an approval did not count). */
  t: Catalog;
}

const DEFAULT_TITLES: Record<string, { en: string; zh: string }> = {
  'center-lead': { en: 'R&D center lead', zh: '研发中心负责人' },
  'general-office': { en: "General Manager's Office", zh: '总经理办公室' },
};

/** The title of a role, from config or the measures' names (the id when neither has one; the configuration check asks for it). */
export function roleTitle(roles: RolesConfig | undefined, role: RoleId): { en: string; zh: string } {
  const t = roles?.[role]?.title;
  return { en: t?.en ?? DEFAULT_TITLES[role]?.en ?? role, zh: t?.zh ?? DEFAULT_TITLES[role]?.zh ?? role };
}

/**
 * The files in which the PR's change at the approved commit and at the head differ (a file changed in
 * one and not the other, or with another blob); undefined when either change is unknown.
 */
export function changedSinceApproval(
  changes: PullRequestSnapshot['changes'],
  approved: string,
  head: string,
  exempt: (path: string) => boolean,
): string[] | undefined {
  const a = changes[approved];
  const h = changes[head];
  if (!a || !h) return undefined;
  return [...new Set([...Object.keys(a), ...Object.keys(h)])].filter((p) => !exempt(p) && a[p] !== h[p]).sort();
}

/**
 * Each reviewer's standing opinion: their latest review that is not COMMENTED or PENDING
 * (a comment never withdraws an approval; a dismissal does).
 */
export function latestOpinions(reviews: SnapshotReview[]): Map<string, SnapshotReview> {
  const sorted = [...reviews].sort((a, b) => a.submittedAt.localeCompare(b.submittedAt) || a.id - b.id);
  const latest = new Map<string, SnapshotReview>();
  for (const r of sorted) {
    if (r.state === 'COMMENTED' || r.state === 'PENDING') continue;
    latest.set(normalizeLogin(r.user), r);
  }
  return latest;
}

/** An approval set aside because the PR's change is no longer the one approved (or could not be compared). */
export interface StaleApproval {
  review: SnapshotReview;
  /** The files whose change differs (documents first), or undefined when the changes could not be read. */
  touched: string[] | undefined;
  /** Set when the approval went stale because the PR was moved to another base branch after it. */
  baseChangedAt?: string;
}

/** The approvals as they stand: each role's state, and every approval that was set aside and why. */
export interface ApprovalAnalysis {
  roles: RoleState[];
  /** Approvals by the PR author. */
  self: SnapshotReview[];
  /** Approvals by people who authored or committed the PR's commits (unknown: they could not all be listed). */
  contributors: Array<{ review: SnapshotReview; unknown: boolean }>;
  stale: StaleApproval[];
  /** Roles left unsigned only because their approver already signs another role: role → that approver. */
  duplicates: Array<{ role: RoleId; login: string }>;
  headSha: string;
}

/** The first seven characters of a commit id, as GitHub shows it. */
export const short = (sha: string) => sha.slice(0, 7);

/**
 * Measures 4.3: for each upgrade document, the R&D center lead and the General Manager's Office that
 * own it (base-branch CODEOWNERS) each approve the current upgrade, two different people, none of
 * them the author or a committer of the PR. The rules approval.<role>,
 * approval.stale, approval.self and approval.distinct report what this finds.
 */
export function analyzeApprovals(input: ApprovalInput): ApprovalAnalysis {
  const opinions = latestOpinions(input.reviews);
  const screened = screenApprovals(input, opinions);
  // Each document is signed by its own code owners: for a role, through an owner entry of that
  // document's CODEOWNERS rule that belongs to the role.
  const states: RoleState[] = [];
  const duplicates: ApprovalAnalysis['duplicates'] = [];
  for (const document of input.documents)
    states.push(...documentRoles(input, document, opinions, screened.approvals, duplicates));
  return {
    roles: states,
    self: screened.self,
    contributors: screened.contributors,
    stale: screened.stale,
    duplicates,
    headSha: input.headSha,
  };
}

/** An approval as screened: `why` says why it cannot count (undefined: it can). */
type ScreenedApproval = { login: string; review: SnapshotReview; why?: string };

/**
 * Every standing approval, with why it cannot count when it cannot: by the author, after the merge,
 * by a contributor (or contributors unknown), or stale. Whether an approval can count at all does not
 * depend on the document: decided once.
 */
function screenApprovals(
  input: ApprovalInput,
  opinions: Map<string, SnapshotReview>,
): Pick<ApprovalAnalysis, 'self' | 'contributors' | 'stale'> & { approvals: ScreenedApproval[] } {
  const author = normalizeLogin(input.author);
  const contributing = new Set((input.contributors ?? []).map(normalizeLogin));
  const out = {
    approvals: [] as ScreenedApproval[],
    self: [] as SnapshotReview[],
    contributors: [] as ApprovalAnalysis['contributors'],
    stale: [] as StaleApproval[],
  };
  for (const [login, review] of opinions) {
    if (review.state !== 'APPROVED') continue;
    let why: string | undefined;
    if (login === author) {
      out.self.push(review);
      why = input.t['approval.not-counted-author']();
    } else if (input.mergedAt && review.submittedAt > input.mergedAt) {
      why = input.t['approval.not-counted-after-merge']({ at: review.submittedAt });
    } else if (contributing.has(login) || input.contributors === undefined) {
      // People who changed the PR review their own work: like the author, they never count.
      const unknown = input.contributors === undefined;
      out.contributors.push({ review, unknown });
      why = input.t[unknown ? 'approval.not-counted-contributors-unknown' : 'approval.not-counted-committer']();
    } else if (input.baseChangedAt && Date.parse(review.submittedAt) < Date.parse(input.baseChangedAt)) {
      // Moved to another base, the PR's change is another one, even at the same head commit.
      out.stale.push({ review, touched: undefined, baseChangedAt: input.baseChangedAt });
      why = input.t['approval.not-counted-base-changed']({ at: input.baseChangedAt });
    } else if (review.commitId !== input.headSha) {
      why = staleWhy(input, review, out.stale);
    }
    out.approvals.push({ login, review, why });
  }
  return out;
}

/** Why an approval of an earlier commit no longer counts (recorded in `stale`), or undefined when the change it approved is the current one. */
function staleWhy(input: ApprovalInput, review: SnapshotReview, stale: StaleApproval[]): string | undefined {
  const touched = changedSinceApproval(input.changes, review.commitId, input.headSha, input.exempt)?.sort(
    (a, b) => Number(!input.documents.includes(a)) - Number(!input.documents.includes(b)),
  );
  if (touched !== undefined && touched.length === 0) return undefined;
  stale.push({ review, touched });
  return input.t['approval.not-counted-stale']({
    commit: short(review.commitId),
    changed: touched?.slice(0, 3).join(', '),
    more: touched && touched.length > 3 ? touched.length - 3 : 0,
  });
}

/**
 * The state of each role for one document: blocked by a request for changes from someone who holds
 * it, signed by an approver through the document's CODEOWNERS entries of the role, or open (with the
 * approvals that did not count, and in `duplicates` an approver who already signs another role).
 */
function documentRoles(
  input: ApprovalInput,
  document: string,
  opinions: Map<string, SnapshotReview>,
  approvals: ScreenedApproval[],
  duplicates: ApprovalAnalysis['duplicates'],
): RoleState[] {
  const ids = roleIds(input.roles);
  const owners = input.ownersOf(document);
  const entriesOf = new Map(
    ids.map((role) => {
      const ofRole = new Set(input.roles[role]!.owners.map(ownerKey));
      return [role, owners.filter((o) => ofRole.has(ownerKey(o)))];
    }),
  );
  const via = (login: string, role: RoleId) => entriesOf.get(role)!.find((e) => input.isMember(e, login));
  const docStates: RoleState[] = ids.map((role) => {
    const entries = entriesOf.get(role)!;
    return {
      role,
      title: roleTitle(input.roles, role),
      owners: entries.length ? entries : input.roles[role]!.owners,
      document,
      satisfied: false,
      notCounted: [],
    };
  });
  const stateOf = (role: RoleId) => docStates.find((s) => s.role === role)!;
  // A request for changes blocks only the roles its author holds for this document.
  for (const [login, review] of opinions) {
    if (review.state !== 'CHANGES_REQUESTED') continue;
    for (const r of ids) if (via(login, r)) stateOf(r).blockedBy ??= review.user;
  }
  const valid: Candidate[] = [];
  for (const a of approvals) {
    const held = ids.filter((r) => via(a.login, r));
    if (a.why) for (const r of held) stateOf(r).notCounted.push({ login: a.review.user, why: a.why });
    else if (held.length > 0)
      valid.push({ review: a.review, roles: held, via: Object.fromEntries(held.map((r) => [r, via(a.login, r)!])) });
  }
  // Assign approvers to roles: each person signs for one role of a document unless configured otherwise.
  for (const [role, entry] of assignRoles(ids, valid, input.allowSameApprover)) {
    const s = stateOf(role);
    if (s.blockedBy) continue;
    Object.assign(s, {
      satisfied: true,
      approver: entry.review.user,
      via: entry.via[role],
      approvedAt: entry.review.submittedAt,
      reviewId: entry.review.id,
      commitId: entry.review.commitId,
    });
  }
  for (const s of docStates) {
    if (s.blockedBy || s.satisfied || input.allowSameApprover) continue;
    const other = valid.find((v) => v.roles.includes(s.role));
    if (other && !duplicates.some((d) => d.role === s.role && d.login === other.review.user))
      duplicates.push({ role: s.role, login: other.review.user });
  }
  return docStates;
}

type Candidate = { review: SnapshotReview; roles: RoleId[]; via: Record<string, string> };

/**
 * A role → approver assignment that signs as many roles as possible. With one person per role it is
 * a maximum bipartite matching (augmenting paths), so any number of roles stays polynomial; roles
 * and approvers are tried in order, so the earliest listed role and approval win ties.
 */
function assignRoles(ids: RoleId[], valid: Candidate[], allowSame: boolean): Map<RoleId, Candidate> {
  const out = new Map<RoleId, Candidate>();
  if (allowSame) {
    for (const role of ids) {
      const c = valid
        .filter((v) => v.roles.includes(role))
        .sort((a, b) => a.review.submittedAt.localeCompare(b.review.submittedAt))[0];
      if (c) out.set(role, c);
    }
    return out;
  }
  const roleOf = new Map<Candidate, RoleId>();
  const augment = (role: RoleId, seen: Set<Candidate>): boolean => {
    for (const c of valid) {
      if (!c.roles.includes(role) || seen.has(c)) continue;
      seen.add(c);
      const held = roleOf.get(c);
      if (held === undefined || augment(held, seen)) {
        roleOf.set(c, role);
        return true;
      }
    }
    return false;
  };
  for (const role of ids) augment(role, new Set());
  for (const [c, role] of roleOf) out.set(role, c);
  return out;
}
