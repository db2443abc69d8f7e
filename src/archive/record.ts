import { messages } from '../messages/index.js';
import type { PullRequestSnapshot } from '../policy/snapshot.js';
import type { Verdict } from '../policy/verdict.js';
import { archiveRules } from '../policy/rules/index.js';
import { gitBlobSha, sha256 } from './canonical.js';
import { CURRENT_FORMAT } from './formats.js';
import type { ArchiveRecordV3 } from './format-v3.js';
import type { Pin } from './record.types.js';

/** A record as new records are written (the current format, 3). */
export type ArchiveRecord = ArchiveRecordV3;
/** A file pinned by path, Git blob id and sha256. */
export type { Pin };

/** What the builder needs besides the snapshot and verdict: the chain so far and facts about the runtime. */
export interface RecordContext {
  previous: { sequence: number; sha256: string } | undefined;
  toolVersion: string;
  tzdata: string | undefined;
  backfilled: boolean;
  /** Set when the upgrade-gate status at the merged head said success although the merge-time evaluation did not pass. */
  forgedStatus?: { state: string; creator?: string };
  /** Document path → its evidence files as merged (read by the shell at the merge commit). */
  evidence?: Record<string, Pin[]>;
}

/** Builds the record of a merged upgrade PR (pure): what merged, who approved, what the policy said at merge time. */
export function buildRecord(snapshot: PullRequestSnapshot, verdict: Verdict, ctx: RecordContext): ArchiveRecord {
  const label = verdict.emergency?.label;
  const record: Omit<ArchiveRecord, 'sha256'> & { sha256?: string } = {
    format: CURRENT_FORMAT.id as ArchiveRecord['format'],
    sequence: (ctx.previous?.sequence ?? 0) + 1,
    documents: recordDocuments(snapshot, verdict, ctx),
    pull_request: recordPullRequest(snapshot),
    // The policy owner's signature of a policy change is the one approval without a document.
    approvals: [...verdict.roles, ...(verdict.policyChange?.state ? [verdict.policyChange.state] : [])].filter((r) => r.satisfied).map((r) => ({ role: r.role, title: r.title, login: r.approver!, ...(r.via ? { via: r.via } : {}), ...(r.document ? { document: r.document } : {}), review_id: r.reviewId!, commit_id: r.commitId!, submitted_at: r.approvedAt! })),
    labels: snapshot.labels.map((l) => ({ name: l.name, applied_by: l.appliedBy ?? null, applied_at: l.appliedAt ?? null })),
    emergency: verdict.emergency ? { label: label?.name ?? '', applied_by: label?.appliedBy ?? null, applied_at: label?.appliedAt ?? null, granted: verdict.emergency.granted } : null,
    evaluation: { at: verdict.evaluatedAt, outcome: verdict.outcome, summary: verdict.summary, findings: verdict.findings },
    violations: recordViolations(verdict, ctx),
    ...(verdict.policyChange ? { policy_change: { files: verdict.policyChange.files, owner: verdict.policyChange.owner, approved: verdict.policyChange.state?.satisfied === true } } : {}),
    backfilled: ctx.backfilled,
    policy: recordPolicy(snapshot, verdict, ctx),
    tool: { name: 'upgrade-gate', version: ctx.toolVersion },
    previous_sha256: ctx.previous?.sha256 ?? null,
  };
  record.sha256 = CURRENT_FORMAT.hash(record as Record<string, unknown>);
  return record as ArchiveRecord;
}

/** The errors of the merge-time evaluation, then what the archive rules find (a forged status, a merge that did not pass). */
function recordViolations(verdict: Verdict, ctx: RecordContext): ArchiveRecord['violations'] {
  const violations: ArchiveRecord['violations'] = verdict.findings.filter((f) => f.severity === 'error').map((f) => ({ rule: f.rule, message: f.message, ...(f.file ? { file: f.file } : {}), ...(f.line ? { line: f.line } : {}) }));
  const t = messages(verdict.language);
  for (const rule of archiveRules) {
    for (const hit of rule.check({ outcome: verdict.outcome, forgedStatus: ctx.forgedStatus, t })) violations.push({ rule: hit.rule ?? rule.id, message: hit.message });
  }
  return violations;
}

/** Each merged document pinned by its text and hashes, with its evidence and what its form names. */
function recordDocuments(snapshot: PullRequestSnapshot, verdict: Verdict, ctx: RecordContext): ArchiveRecord['documents'] {
  // The verdict already read each document; its form carries what the record names.
  return snapshot.documents.map((d) => {
    const dv = verdict.documents.find((x) => x.path === d.path);
    const form = dv?.form;
    return {
      path: d.path,
      text: d.text,
      blob_sha: gitBlobSha(d.text),
      sha256: sha256(d.text),
      evidence: ctx.evidence?.[d.path] ?? [],
      id: form?.no ?? null,
      system: form?.system ?? null,
      environment: form?.environment ?? null,
      type: form?.type ?? null,
      version: form ? { from: form.version.from, to: form.version.to } : null,
      features: dv?.features ?? [],
      form: (form as unknown as Record<string, unknown>) ?? null,
    };
  });
}

/** The pull request as merged; a merge time the snapshot lacks is the evaluation's `now`. */
function recordPullRequest(snapshot: PullRequestSnapshot): ArchiveRecord['pull_request'] {
  const pr = snapshot.pullRequest;
  return {
    number: pr.number,
    title: pr.title,
    url: pr.url ?? null,
    author: pr.author,
    base_ref: pr.baseRef,
    base_sha: pr.baseSha,
    head_sha: pr.headSha,
    merge_sha: pr.mergeSha ?? null,
    merged_at: pr.mergedAt ?? snapshot.now,
    merged_by: pr.mergedBy ?? null,
  };
}

/** The policy the merge was judged by: its zone and tzdata, and the configuration and CODEOWNERS by path and sha256. */
function recordPolicy(snapshot: PullRequestSnapshot, verdict: Verdict, ctx: RecordContext): ArchiveRecord['policy'] {
  return {
    time_zone: verdict.window.zone,
    tzdata: ctx.tzdata ?? null,
    config_path: snapshot.config.path,
    config_sha256: snapshot.config.text === undefined ? null : sha256(snapshot.config.text),
    codeowners_path: snapshot.codeowners.path ?? null,
    codeowners_sha256: snapshot.codeowners.text === undefined ? null : sha256(snapshot.codeowners.text),
  };
}
