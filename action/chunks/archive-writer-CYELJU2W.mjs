import { createRequire as __ugCreateRequire } from 'node:module';
const require = __ugCreateRequire(import.meta.url);
import {
  archiveCommitMessage,
  commitFastForward,
  renderRecordMarkdown
} from "./chunk-577CYPMH.mjs";
import {
  recordFiles,
  recordPath,
  yearIndexPath
} from "./chunk-LJA4MUHO.mjs";
import {
  CHAIN_HEAD,
  parseChainHead
} from "./chunk-Y4HLE75Q.mjs";
import {
  archiveRules
} from "./chunk-LR5U2JHW.mjs";
import "./chunk-2H6L6NG4.mjs";
import {
  GateError,
  messages,
  readFile
} from "./chunk-QPKTFHVX.mjs";
import "./chunk-F7L6RK3S.mjs";
import {
  CURRENT_FORMAT
} from "./chunk-6PE6XYGR.mjs";
import {
  gitBlobSha,
  sha256
} from "./chunk-MV6RXFAG.mjs";
import "./chunk-LM64RRIG.mjs";
import "./chunk-Y25UFXLR.mjs";

// src/archive/record.ts
function buildRecord(snapshot, verdict, ctx) {
  let label = verdict.emergency?.label, record = {
    format: CURRENT_FORMAT.id,
    sequence: (ctx.previous?.sequence ?? 0) + 1,
    documents: recordDocuments(snapshot, verdict, ctx),
    pull_request: recordPullRequest(snapshot),
    // The policy owner's signature of a policy change is the one approval without a document.
    approvals: [...verdict.roles, ...verdict.policyChange?.state ? [verdict.policyChange.state] : []].filter((r) => r.satisfied).map((r) => ({ role: r.role, title: r.title, login: r.approver, ...r.via ? { via: r.via } : {}, ...r.document ? { document: r.document } : {}, review_id: r.reviewId, commit_id: r.commitId, submitted_at: r.approvedAt })),
    labels: snapshot.labels.map((l) => ({ name: l.name, applied_by: l.appliedBy ?? null, applied_at: l.appliedAt ?? null })),
    emergency: verdict.emergency ? { label: label?.name ?? "", applied_by: label?.appliedBy ?? null, applied_at: label?.appliedAt ?? null, granted: verdict.emergency.granted } : null,
    evaluation: { at: verdict.evaluatedAt, outcome: verdict.outcome, summary: verdict.summary, findings: verdict.findings },
    violations: recordViolations(verdict, ctx),
    ...verdict.policyChange ? { policy_change: { files: verdict.policyChange.files, owner: verdict.policyChange.owner, approved: verdict.policyChange.state?.satisfied === !0 } } : {},
    backfilled: ctx.backfilled,
    policy: recordPolicy(snapshot, verdict, ctx),
    tool: { name: "upgrade-gate", version: ctx.toolVersion },
    previous_sha256: ctx.previous?.sha256 ?? null
  };
  return record.sha256 = CURRENT_FORMAT.hash(record), record;
}
function recordViolations(verdict, ctx) {
  let violations = verdict.findings.filter((f) => f.severity === "error").map((f) => ({ rule: f.rule, message: f.message, ...f.file ? { file: f.file } : {}, ...f.line ? { line: f.line } : {} })), t = messages(verdict.language);
  for (let rule of archiveRules)
    for (let hit of rule.check({ outcome: verdict.outcome, forgedStatus: ctx.forgedStatus, t })) violations.push({ rule: hit.rule ?? rule.id, message: hit.message });
  return violations;
}
function recordDocuments(snapshot, verdict, ctx) {
  return snapshot.documents.map((d) => {
    let dv = verdict.documents.find((x) => x.path === d.path), form = dv?.form;
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
      form: form ?? null
    };
  });
}
function recordPullRequest(snapshot) {
  let pr = snapshot.pullRequest;
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
    merged_by: pr.mergedBy ?? null
  };
}
function recordPolicy(snapshot, verdict, ctx) {
  return {
    time_zone: verdict.window.zone,
    tzdata: ctx.tzdata ?? null,
    config_path: snapshot.config.path,
    config_sha256: snapshot.config.text === void 0 ? null : sha256(snapshot.config.text),
    codeowners_path: snapshot.codeowners.path ?? null,
    codeowners_sha256: snapshot.codeowners.text === void 0 ? null : sha256(snapshot.codeowners.text)
  };
}

// src/archive/plan.ts
function archiveTargets(snapshot, verdict, opts) {
  let draft = buildRecord(snapshot, verdict, { previous: void 0, toolVersion: opts.toolVersion, tzdata: opts.tzdata, backfilled: opts.backfilled }), path = recordPath(opts.folder, draft, opts.zone);
  return { path, indexPath: yearIndexPath(path) };
}
function planArchive(snapshot, verdict, opts, path, state) {
  let { chain } = state, record = buildRecord(snapshot, verdict, {
    previous: chain ? { sequence: chain.sequence, sha256: chain.sha256 } : void 0,
    toolVersion: opts.toolVersion,
    tzdata: opts.tzdata,
    backfilled: opts.backfilled,
    forgedStatus: opts.forgedStatus,
    evidence: opts.evidence
  }), violations = record.violations.length;
  if (state.existing !== void 0 && !snapshot.changedFiles.includes(path)) return { kind: "exists", path, violations };
  let files = recordFiles(record, path, chain, state.index, opts.folder, opts.zone, renderRecordMarkdown(record)), message = archiveCommitMessage(messages(verdict.language), record, path);
  return { kind: "write", path, violations, files, message };
}

// src/github/archive-writer.ts
var MAX_ATTEMPTS = 30;
async function archiveMerge(octokit, repo, snapshot, verdict, opts) {
  let { path, indexPath } = archiveTargets(snapshot, verdict, opts);
  for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
    let { data: ref } = await octokit.rest.git.getRef({ ...repo, ref: `heads/${opts.branch}` }), headSha = ref.object.sha, [chainText, existing, index, { data: headCommit }] = await Promise.all([
      readFile(octokit, repo, `${opts.folder}/${CHAIN_HEAD}`, headSha),
      readFile(octokit, repo, path, headSha),
      readFile(octokit, repo, indexPath, headSha),
      octokit.rest.git.getCommit({ ...repo, commit_sha: headSha })
    ]), chain = parseChainHead(chainText, `${opts.folder}/${CHAIN_HEAD}`), plan = planArchive(snapshot, verdict, opts, path, { chain, existing, index });
    if (plan.kind === "exists") return { path, written: !1, attempts: attempt, violations: plan.violations };
    let files = plan.files.map((f) => ({ path: f.path, content: f.content }));
    if (await commitFastForward(octokit, repo, {
      branch: opts.branch,
      parentSha: headSha,
      baseTree: headCommit.tree.sha,
      files,
      message: plan.message,
      attempt,
      what: "archive"
    })) return { path, written: !0, attempts: attempt, violations: plan.violations };
  }
  throw new GateError((t) => t["archive.race"]({ attempts: MAX_ATTEMPTS }));
}
export {
  archiveMerge
};
