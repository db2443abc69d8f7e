import type { Catalog } from '../messages/index.js';
import { normalizeLogin } from './login.js';
import type { RoleId, RolesConfig } from './config.js';
import { ROLE_IDS } from './config.js';
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
  roles: RolesConfig;
  membership: PullRequestSnapshot['membership'];
  allowSameApprover: boolean;
  /** The message catalog in the policy's language (for why an approval did not count). */
  t: Catalog;
}

const DEFAULT_TITLES: Record<RoleId, { en: string; zh: string }> = {
  'center-lead': { en: 'R&D center lead', zh: '研发中心负责人' },
  'general-office': { en: "General Manager's Office", zh: '总经理办公室' },
};

/** The title of a role, from config or the measures' names. */
export function roleTitle(roles: RolesConfig | undefined, role: RoleId): { en: string; zh: string } {
  const t = roles?.[role]?.title;
  return { en: t?.en ?? DEFAULT_TITLES[role].en, zh: t?.zh ?? DEFAULT_TITLES[role].zh };
}

/**
 * The files in which the PR's change at the approved commit and at the head differ (a file changed in
 * one and not the other, or with another blob); undefined when either change is unknown.
 */
export function changedSinceApproval(changes: PullRequestSnapshot['changes'], approved: string, head: string, exempt: (path: string) => boolean): string[] | undefined {
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
 * Measures 4.3: the R&D center lead and the General Manager's Office each approve the current
 * upgrade, two different people, neither of them the author. The rules approval.<role>,
 * approval.stale, approval.self and approval.distinct report what this finds.
 */
export function analyzeApprovals(input: ApprovalInput): ApprovalAnalysis {
  const author = normalizeLogin(input.author);
  const contributing = new Set((input.contributors ?? []).map(normalizeLogin));
  const opinions = latestOpinions(input.reviews);
  const holds = (login: string, role: RoleId) => (input.membership[role]?.members ?? []).some((m) => normalizeLogin(m) === normalizeLogin(login));

  const states: RoleState[] = ROLE_IDS.map((role) => ({ role, title: roleTitle(input.roles, role), owners: input.roles[role].owners, satisfied: false, notCounted: [] }));
  const stateOf = (role: RoleId) => states.find((s) => s.role === role)!;
  const self: SnapshotReview[] = [];
  const contributors: ApprovalAnalysis['contributors'] = [];
  const stale: StaleApproval[] = [];

  // Approvals that still count, with the roles each approver holds.
  const valid: Array<{ review: SnapshotReview; roles: RoleId[] }> = [];
  for (const [login, review] of opinions) {
    const roles = ROLE_IDS.filter((r) => holds(login, r));
    if (review.state === 'CHANGES_REQUESTED') {
      for (const r of roles) stateOf(r).blockedBy = review.user;
      continue;
    }
    if (review.state !== 'APPROVED') continue;
    if (login === author) {
      self.push(review);
      for (const r of roles) stateOf(r).notCounted.push({ login: review.user, why: input.t['approval.not-counted-author']() });
      continue;
    }
    const notCounted = (why: string) => {
      for (const r of roles) stateOf(r).notCounted.push({ login: review.user, why });
    };
    if (input.mergedAt && review.submittedAt > input.mergedAt) {
      notCounted(input.t['approval.not-counted-after-merge']({ at: review.submittedAt }));
      continue;
    }
    // People who changed the PR review their own work: like the author, they never count.
    if (contributing.has(login) || input.contributors === undefined) {
      const unknown = input.contributors === undefined;
      contributors.push({ review, unknown });
      notCounted(input.t[unknown ? 'approval.not-counted-contributors-unknown' : 'approval.not-counted-committer']());
      continue;
    }
    if (review.commitId !== input.headSha) {
      const touched = changedSinceApproval(input.changes, review.commitId, input.headSha, input.exempt)?.sort((a, b) => Number(!input.documents.includes(a)) - Number(!input.documents.includes(b)));
      if (touched === undefined || touched.length > 0) {
        stale.push({ review, touched });
        notCounted(input.t['approval.not-counted-stale']({ commit: short(review.commitId), changed: touched?.slice(0, 3).join(', '), more: touched && touched.length > 3 ? touched.length - 3 : 0 }));
        continue;
      }
    }
    if (roles.length > 0) valid.push({ review, roles });
  }

  // Assign approvers to roles: each person signs for one role unless configured otherwise.
  const assignment = assignRoles(valid, input.allowSameApprover);
  for (const [role, entry] of assignment) {
    const s = stateOf(role);
    if (s.blockedBy) continue;
    Object.assign(s, { satisfied: true, approver: entry.review.user, approvedAt: entry.review.submittedAt, reviewId: entry.review.id, commitId: entry.review.commitId });
  }

  const duplicates: ApprovalAnalysis['duplicates'] = [];
  for (const s of states) {
    const role = s.role as RoleId;
    if (s.blockedBy || s.satisfied || input.allowSameApprover) continue;
    const other = valid.find((v) => v.roles.includes(role));
    if (other) duplicates.push({ role, login: other.review.user });
  }
  return { roles: states, self, contributors, stale, duplicates, headSha: input.headSha };
}

type Candidate = { review: SnapshotReview; roles: RoleId[] };

/** A role → approver assignment that satisfies as many roles as possible (roles are few: brute force). */
function assignRoles(valid: Candidate[], allowSame: boolean): Map<RoleId, Candidate> {
  if (allowSame) {
    const out = new Map<RoleId, Candidate>();
    for (const role of ROLE_IDS) {
      const c = valid.filter((v) => v.roles.includes(role)).sort((a, b) => a.review.submittedAt.localeCompare(b.review.submittedAt))[0];
      if (c) out.set(role, c);
    }
    return out;
  }
  let best = new Map<RoleId, Candidate>();
  const walk = (i: number, used: Set<string>, acc: Map<RoleId, Candidate>) => {
    if (acc.size > best.size) best = new Map(acc);
    if (i >= ROLE_IDS.length) return;
    const role = ROLE_IDS[i]!;
    for (const c of valid) {
      const who = normalizeLogin(c.review.user);
      if (!c.roles.includes(role) || used.has(who)) continue;
      used.add(who);
      acc.set(role, c);
      walk(i + 1, used, acc);
      acc.delete(role);
      used.delete(who);
    }
    walk(i + 1, used, acc);
  };
  walk(0, new Set(), new Map());
  return best;
}
