import { createRequire as __ugCreateRequire } from 'node:module';
const require = __ugCreateRequire(import.meta.url);
import {
  evaluate
} from "./chunk-QPBTXX6K.js";
import {
  loadUpgradeDocument,
  readableParts
} from "./chunk-2OJB6RFC.js";
import {
  CODEOWNERS_LOCATIONS
} from "./chunk-TDO4SUZZ.js";
import {
  archiveRules,
  evidencePaths,
  latestOpinions,
  loadPolicyConfig
} from "./chunk-3PS6JMFF.js";
import {
  MembershipResolver,
  package_default
} from "./chunk-OVC6O6F5.js";
import {
  commitFastForward
} from "./chunk-5TMA4SEA.js";
import {
  recordHash,
  renderRecordMarkdown,
  sha256,
  stickyOutcomeOf,
  withStickyOutcome
} from "./chunk-FATFIZL6.js";
import {
  COMMENT_MARKER,
  renderMarkdown
} from "./chunk-NKSVJ55L.js";
import {
  CHAIN_HEAD,
  parseChainHead,
  recordFiles,
  recordPath,
  yearIndexPath
} from "./chunk-Z47XF4TE.js";
import {
  ROLE_IDS,
  policyMonth
} from "./chunk-GWBVWBTR.js";
import {
  blobTree,
  changeAt,
  changeFiles,
  commentsOf,
  compareWithBase,
  treeChange
} from "./chunk-2Y2O4LIQ.js";
import {
  PR_FILES_CAP,
  answered,
  describeApiError,
  error,
  info,
  notice,
  once,
  policyRef,
  readFile,
  setFailed,
  setOutput,
  summary,
  warning
} from "./chunk-PNCP7LTX.js";
import {
  messages
} from "./chunk-ID7TIX33.js";
import "./chunk-UGWU7J7H.js";
import {
  require_picomatch
} from "./chunk-LKD4HO4Q.js";
import {
  __toESM
} from "./chunk-4V7XTYWN.js";

// src/archive/record.ts
function buildRecord(snapshot, verdict, ctx) {
  let pr = snapshot.pullRequest, violations = verdict.findings.filter((f) => f.severity === "error").map((f) => ({ rule: f.rule, message: f.message, ...f.file ? { file: f.file } : {}, ...f.line ? { line: f.line } : {} })), t = messages(verdict.language);
  for (let rule of archiveRules)
    for (let hit of rule.check({ outcome: verdict.outcome, forgedStatus: ctx.forgedStatus, t })) violations.push({ rule: hit.rule ?? rule.id, message: hit.message });
  let label = verdict.emergency?.label, record = {
    format: "upgrade-gate/archive-record/v1",
    sequence: (ctx.previous?.sequence ?? 0) + 1,
    // The verdict already read each document; its form carries what the record names.
    documents: snapshot.documents.map((d) => {
      let dv = verdict.documents.find((x) => x.path === d.path), form = dv?.form;
      return {
        path: d.path,
        text: d.text,
        id: form?.no ?? null,
        system: form?.system ?? null,
        environment: form?.environment ?? null,
        type: form?.type ?? null,
        version: form ? { from: form.version.from, to: form.version.to } : null,
        features: dv?.features ?? [],
        form: form ?? null
      };
    }),
    pull_request: {
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
    },
    approvals: verdict.roles.filter((r) => r.satisfied).map((r) => ({ role: r.role, title: r.title, login: r.approver, review_id: r.reviewId, commit_id: r.commitId, submitted_at: r.approvedAt })),
    labels: snapshot.labels.map((l) => ({ name: l.name, applied_by: l.appliedBy ?? null, applied_at: l.appliedAt ?? null })),
    emergency: verdict.emergency ? { label: label?.name ?? "", applied_by: label?.appliedBy ?? null, applied_at: label?.appliedAt ?? null, granted: verdict.emergency.granted } : null,
    evaluation: { at: verdict.evaluatedAt, outcome: verdict.outcome, summary: verdict.summary, findings: verdict.findings },
    violations,
    backfilled: ctx.backfilled,
    policy: {
      time_zone: verdict.window.zone,
      tzdata: ctx.tzdata ?? null,
      config_path: snapshot.config.path,
      config_sha256: snapshot.config.text === void 0 ? null : sha256(snapshot.config.text),
      codeowners_path: snapshot.codeowners.path ?? null,
      codeowners_sha256: snapshot.codeowners.text === void 0 ? null : sha256(snapshot.codeowners.text)
    },
    tool: { name: "upgrade-gate", version: ctx.toolVersion },
    previous_sha256: ctx.previous?.sha256 ?? null
  };
  return record.sha256 = recordHash(record), record;
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
    forgedStatus: opts.forgedStatus
  }), violations = record.violations.length;
  if (state.existing !== void 0) return { kind: "exists", path, violations };
  let files = recordFiles(record, path, chain, state.index, opts.folder, opts.zone, renderRecordMarkdown(record)), message = `archive: ${record.documents.map((d) => `${d.id ?? d.path}`).join(", ")} (PR #${record.pull_request.number})${violations ? ` \u2014 ${violations} violation(s)` : ""}`;
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
    if (await commitFastForward(octokit, repo, { branch: opts.branch, parentSha: headSha, baseTree: headCommit.tree.sha, files, message: plan.message, attempt, what: "archive" })) return { path, written: !0, attempts: attempt, violations: plan.violations };
  }
  throw new Error(`the archive commit lost the race with other merges ${MAX_ATTEMPTS} times: re-run this job or the scheduled backfill`);
}

// src/github/collect.ts
var import_picomatch = __toESM(require_picomatch(), 1);
async function collectPolicy(octokit, repo, base, configPath) {
  let text = await once(`file:${base}:${configPath}`, () => readFile(octokit, repo, configPath, base));
  return { config: { path: configPath, text }, parsed: loadPolicyConfig(text, configPath).config };
}
async function policyBase(octokit, repo, pr) {
  if (!pr.merged || !pr.merge_commit_sha) return policyRef(pr);
  let sha = pr.merge_commit_sha, { data } = await once(`commit:${sha}`, () => octokit.rest.git.getCommit({ ...repo, commit_sha: sha }));
  return data.parents[0]?.sha ?? pr.base.sha;
}
async function pullFiles(octokit, repo, pr, files, mergeBase) {
  if (files) return { files, truncated: !1 };
  let [before, after] = await Promise.all([blobTree(octokit, repo, mergeBase), blobTree(octokit, repo, pr.head.sha)]);
  if (before && after) return { files: changeFiles(before, treeChange(before, after)), truncated: !1 };
  let listed = await octokit.paginate(octokit.rest.pulls.listFiles, { ...repo, pull_number: pr.number, per_page: 100 });
  return { files: listed.map((f) => ({ path: f.filename, status: f.status === "removed" ? "removed" : f.status === "added" ? "added" : "modified", previous: f.previous_filename })), truncated: listed.length >= PR_FILES_CAP };
}
async function collectSnapshot(octokit, repo, pr, now, configPath, base) {
  let where = base ?? await policyBase(octokit, repo, pr), [policy, cmp] = await Promise.all([collectPolicy(octokit, repo, where, configPath), compareWithBase(octokit, repo, where, pr.head.sha)]), config = policy.parsed, isDocument = (0, import_picomatch.default)(config.documents, { dot: !1 }), { files, truncated } = await pullFiles(octokit, repo, pr, cmp.files, cmp.mergeBaseSha), changedFiles = files.flatMap((f) => f.previous ? [f.path, f.previous] : [f.path]), docPaths = files.filter((f) => f.status !== "removed" && isDocument(f.path)).map((f) => f.path), snapshot = {
    repository: `${repo.owner}/${repo.repo}`,
    pullRequest: {
      number: pr.number,
      title: pr.title,
      url: pr.html_url,
      author: pr.user?.login ?? "ghost",
      draft: pr.draft ?? !1,
      baseRef: pr.base.ref,
      baseSha: cmp.baseSha,
      headSha: pr.head.sha,
      merged: pr.merged ?? void 0,
      mergedAt: pr.merged_at ?? void 0,
      mergedBy: pr.merged_by?.login,
      mergeSha: pr.merge_commit_sha ?? void 0
    },
    now: now.toISOString(),
    labels: (pr.labels ?? []).map((l) => ({ name: l.name })),
    changedFiles,
    changedFilesTruncated: truncated,
    documents: [],
    evidence: {},
    config: policy.config,
    codeowners: {},
    reviews: [],
    changes: {},
    contributors: cmp.contributors,
    membership: {},
    emergenciesThisMonth: []
  };
  if (docPaths.length === 0) return snapshot;
  let label = snapshot.labels.find((l) => l.name === config.emergency.label), [baseFiles, texts, reviews, labelEvent] = await Promise.all([
    blobTree(octokit, repo, cmp.baseSha),
    Promise.all(docPaths.map((path) => readFile(octokit, repo, path, pr.head.sha))),
    octokit.paginate(octokit.rest.pulls.listReviews, { ...repo, pull_number: pr.number, per_page: 100 }),
    label ? whoLabelled(octokit, repo, pr.number, label.name) : void 0
  ]);
  docPaths.forEach((path, i) => {
    let text = texts[i];
    text !== void 0 && snapshot.documents.push({ path, text });
  }), label && labelEvent && Object.assign(label, labelEvent);
  let loaded = snapshot.documents.map((d) => loadUpgradeDocument(d.text, d.path)), parsed = loaded.map((l) => l.doc);
  snapshot.reviews = reviews.filter((r) => r.user && r.submitted_at).map((r) => ({ id: r.id, user: r.user.login, state: r.state, commitId: r.commit_id ?? "", submittedAt: r.submitted_at }));
  let opinions = [...latestOpinions(snapshot.reviews).values()], emergency = label !== void 0 || parsed.some((d) => d?.type === "emergency"), added = new Set(files.filter((f) => f.status !== "removed").map((f) => f.path)), removed = new Set(files.flatMap((f) => f.status === "removed" ? [f.path] : f.previous ? [f.previous] : [])), evidence = [...new Set(loaded.flatMap((l) => evidencePaths(readableParts(l) ?? {})))], [codeowners, exists, changes, membership, emergencies] = await Promise.all([
    codeownersAt(octokit, repo, cmp.baseSha, baseFiles),
    Promise.all(evidence.map(async (path) => added.has(path) || (baseFiles ? baseFiles.has(path) && !removed.has(path) : await readFile(octokit, repo, path, pr.head.sha) !== void 0))),
    approvedChanges(octokit, repo, pr, cmp, opinions),
    config.roles ? new MembershipResolver(octokit, config.roles).resolve(opinions.filter((r) => r.state === "APPROVED" || r.state === "CHANGES_REQUESTED").map((r) => r.user)) : Object.fromEntries(ROLE_IDS.map((r) => [r, { members: [] }])),
    emergency ? emergenciesThisMonth(octokit, repo, cmp.baseSha, config, now) : []
  ]);
  return codeowners && (snapshot.codeowners = codeowners), evidence.forEach((path, i) => snapshot.evidence[path] = exists[i]), snapshot.changes = changes, snapshot.membership = membership, snapshot.emergenciesThisMonth = emergencies, snapshot;
}
async function codeownersAt(octokit, repo, baseSha, baseFiles) {
  let locations = baseFiles ? CODEOWNERS_LOCATIONS.filter((l) => baseFiles.has(l)) : CODEOWNERS_LOCATIONS;
  for (let location of locations) {
    let text = await once(`file:${baseSha}:${location}`, () => readFile(octokit, repo, location, baseSha));
    if (text !== void 0) return { path: location, text };
  }
}
async function approvedChanges(octokit, repo, pr, cmp, opinions) {
  let approved = [...new Set(opinions.filter((r) => r.state === "APPROVED" && r.commitId !== pr.head.sha).map((r) => r.commitId))], out = {};
  if (approved.length === 0) return out;
  let shas = [pr.head.sha, ...approved], changes = await Promise.all(shas.map((sha) => changeAt(octokit, repo, cmp.baseSha, sha, sha === pr.head.sha ? cmp : void 0).catch((err) => {
    if (!answered(err, 404))
      throw err;
  })));
  return shas.forEach((sha, i) => {
    changes[i] && (out[sha] = changes[i]);
  }), out;
}
async function whoLabelled(octokit, repo, prNumber, name) {
  try {
    let applied = (await octokit.paginate(octokit.rest.issues.listEvents, { ...repo, issue_number: prNumber, per_page: 100 })).filter((e) => e.event === "labeled" && "label" in e && e.label?.name === name).pop();
    return applied ? { appliedBy: applied.actor?.login, appliedAt: applied.created_at } : void 0;
  } catch (err) {
    if (!answered(err, 403, 404)) throw err;
    return;
  }
}
async function emergenciesThisMonth(octokit, repo, baseSha, config, now) {
  let file = `${config.archive.folder}/${CHAIN_HEAD}`;
  return parseChainHead(await readFile(octokit, repo, file, config.archive.branch ?? baseSha), file)?.emergencies[policyMonth(now, config["time-zone"])] ?? [];
}

// src/report/status.ts
function statusState(v) {
  return v.outcome === "pass" ? "success" : v.outcome === "error" ? "error" : "failure";
}
function withoutCountdown(text) {
  return text.replace(/<sub>[^\n]*<\/sub>/g, "").replace(/\(in [^)]*\)/g, "").replace(/（还有[^）]*）/g, "");
}
function statusDescription(v) {
  let text = v.summary.replace(/\s+/g, " ").trim();
  return text.length <= 140 ? text : `${text.slice(0, 139)}\u2026`;
}

// src/report/annotations.ts
function toAnnotations(findings) {
  return [...findings].sort((a, b) => +!!b.line - +!!a.line).map((f) => ({ level: f.severity, message: f.message, properties: { title: `upgrade-gate ${f.rule}`, file: f.file, startLine: f.line, startColumn: f.column } }));
}

// src/github/publish.ts
async function publishStatus(octokit, t, state, description) {
  await octokit.rest.repos.createCommitStatus({ ...t.repo, sha: t.sha, state, context: t.context, description: description.slice(0, 140), target_url: t.runUrl });
}
async function currentStatus(octokit, t) {
  let { data } = await octokit.rest.repos.getCombinedStatusForRef({ ...t.repo, ref: t.sha, per_page: 100 }), s = data.statuses.find((x) => x.context === t.context);
  return s ? { state: s.state, description: s.description ?? "" } : void 0;
}
async function publishComment(octokit, t, verdict) {
  if (t.prNumber === void 0) return "skipped";
  let existing = (await commentsOf(octokit, t.repo, t.prNumber)).filter((c) => c.body?.includes(COMMENT_MARKER))[0], kept = stickyOutcomeOf(existing?.body), fresh = renderMarkdown(verdict, { runUrl: t.runUrl, archivePath: t.archivePath }), body = kept ? withStickyOutcome(fresh, kept) : fresh;
  return existing ? withoutCountdown(existing.body ?? "") === withoutCountdown(body) ? "unchanged" : (await octokit.rest.issues.updateComment({ ...t.repo, comment_id: existing.id, body }), "updated") : verdict.documents.length === 0 ? "skipped" : (await octokit.rest.issues.createComment({ ...t.repo, issue_number: t.prNumber, body }), "created");
}
async function publishRunReport(verdict, runUrl) {
  for (let a of toAnnotations(verdict.findings))
    (a.level === "error" ? error : a.level === "warning" ? warning : notice)(a.message, a.properties);
  if (!process.env.GITHUB_STEP_SUMMARY) {
    info("upgrade-gate: GITHUB_STEP_SUMMARY is not set; no job summary written");
    return;
  }
  await summary.addRaw(renderMarkdown(verdict, { marker: !1, runUrl }), !0).write();
}
function setOutputs(verdict, archivePath = "") {
  setOutput("verdict", verdict.outcome), setOutput("upgrade-type", verdict.upgradeType), setOutput("documents", JSON.stringify(verdict.documents.map((d) => d.path))), setOutput("next-flip", verdict.window.nextFlip ?? ""), setOutput("archive-path", archivePath);
}

// src/github/handlers.ts
async function snapshotOf(ctx, pr, at) {
  let snapshot = await collectSnapshot(ctx.octokit, ctx.repo, pr, at, ctx.configPath);
  return ctx.language ? { ...snapshot, language: ctx.language } : snapshot;
}
async function evaluatePullRequest(ctx, pr, phase, statusSha = pr.head.sha) {
  let target = { repo: ctx.repo, sha: statusSha, prNumber: pr.number, context: "upgrade-gate", runUrl: ctx.runUrl }, verdict, snapshot, at = phase === "merged" && pr.merged_at ? new Date(pr.merged_at) : ctx.now;
  try {
    snapshot = await snapshotOf(ctx, pr, at), verdict = evaluate(snapshot), target.context = verdict.statusContext;
  } catch (err) {
    let message = describeApiError(err);
    throw await publishStatus(ctx.octokit, target, "error", messages(ctx.language)["status.could-not-evaluate"]({ error: message })).catch((e) => warning(`upgrade-gate could not set the error status either: ${describeApiError(e)}`)), err;
  }
  if (info(messages(verdict.language)["job.verdict"]({ pr: pr.number, outcome: verdict.outcome, summary: verdict.summary })), phase === "merged" && snapshot.documents.length > 0) {
    let forged = await statusAtMerge(ctx, target, verdict), result = await archive(ctx, snapshot, verdict, !1, forged);
    ctx.archivePath = result.path, target.archivePath = result.path, result.violations > 0 && setFailed(messages(verdict.language)["job.breach"]({ pr: pr.number, count: result.violations, path: result.path }));
  }
  return await publishEverywhere(ctx, target, verdict), verdict;
}
async function statusAtMerge(ctx, target, verdict) {
  if (verdict.outcome === "pass") return;
  let { data } = await ctx.octokit.rest.repos.listCommitStatusesForRef({ ...ctx.repo, ref: target.sha, per_page: 100 }), ours = data.find((s) => s.context === verdict.statusContext);
  return ours?.state === "success" ? { state: ours.state, creator: ours.creator?.login } : void 0;
}
async function archive(ctx, snapshot, verdict, backfilled, forgedStatus) {
  let { config } = loadPolicyConfig(snapshot.config.text, snapshot.config.path), result = await archiveMerge(ctx.octokit, ctx.repo, snapshot, verdict, {
    folder: config.archive.folder,
    branch: config.archive.branch ?? snapshot.pullRequest.baseRef,
    zone: config["time-zone"],
    toolVersion: package_default.version,
    tzdata: process.versions.tz,
    backfilled,
    forgedStatus
  });
  return info(`upgrade-gate: archive ${result.written ? `written: ${result.path} (attempt ${result.attempts})` : `already holds ${result.path}: nothing written`}`), result;
}
async function backfillArchive(ctx) {
  let newest = /* @__PURE__ */ new Map(), newestRecord = async (branch) => {
    if (!newest.has(branch)) {
      let { config } = loadPolicyConfig(await readFile(ctx.octokit, ctx.repo, ctx.configPath, branch), ctx.configPath), chainText = await readFile(ctx.octokit, ctx.repo, `${config.archive.folder}/${CHAIN_HEAD}`, config.archive.branch ?? branch);
      newest.set(branch, parseChainHead(chainText, `${config.archive.folder}/${CHAIN_HEAD}`)?.merged_at ?? null);
    }
    return newest.get(branch);
  }, pages = 0;
  for await (let page of ctx.octokit.paginate.iterator(ctx.octokit.rest.pulls.list, { ...ctx.repo, state: "closed", sort: "updated", direction: "desc", per_page: 100 })) {
    let older = 0;
    for (let pr of page.data) {
      if (!pr.merged_at) continue;
      let since = await newestRecord(pr.base.ref);
      if (since && pr.merged_at < since) {
        older++;
        continue;
      }
      let snapshot = await snapshotOf(ctx, pr, new Date(pr.merged_at));
      if (snapshot.documents.length === 0) continue;
      let result = await archive(ctx, snapshot, evaluate(snapshot), !0);
      result.written && warning(`upgrade-gate: PR #${pr.number} had no archive record; backfilled ${result.path}`);
    }
    if (older > 0 && older === page.data.filter((p) => p.merged_at).length || ++pages >= 10) break;
  }
}
async function publishEverywhere(ctx, target, verdict) {
  try {
    await publishStatus(ctx.octokit, target, statusState(verdict), statusDescription(verdict));
  } catch (err) {
    if (answered(err, 403)) warning(`upgrade-gate could not set the commit status (${describeApiError(err)}): a read-only token (fork PRs under pull_request) cannot; use pull_request_target so the check can be required`);
    else throw err;
  }
  try {
    let c = await publishComment(ctx.octokit, target, verdict);
    info(`upgrade-gate: PR comment ${c}`);
  } catch (err) {
    if (answered(err, 403)) warning(`upgrade-gate could not write the PR comment (${describeApiError(err)}): the token lacks pull-requests: write; the job summary has the same report`);
    else throw err;
  }
  await publishRunReport(verdict, ctx.runUrl);
}
async function evaluateMergeGroup(ctx, payload) {
  let group = payload.merge_group;
  if (!group?.head_sha || !group.head_ref)
    return warning("upgrade-gate: the merge_group event has no head_sha or head_ref; nothing to evaluate"), [];
  let target = { repo: ctx.repo, sha: group.head_sha, context: "upgrade-gate", runUrl: ctx.runUrl }, numbers = [...group.head_ref.matchAll(/pr-(\d+)-/g)].map((m) => Number(m[1]));
  if (numbers.length === 0)
    throw await publishStatus(ctx.octokit, target, "error", `No pull request number in merge group ref ${group.head_ref}`), new Error(`no pull request number in merge group ref ${group.head_ref}`);
  let verdicts = [];
  try {
    for (let n of numbers) {
      let { data: pr } = await ctx.octokit.rest.pulls.get({ ...ctx.repo, pull_number: n }), verdict = evaluate(await snapshotOf(ctx, pr, ctx.now));
      info(`upgrade-gate: merge group, PR #${n}: ${verdict.outcome}: ${verdict.summary}`), verdicts.push(verdict);
    }
  } catch (err) {
    throw await publishStatus(ctx.octokit, target, "error", messages(ctx.language)["status.could-not-evaluate"]({ error: describeApiError(err) })).catch(() => {
    }), err;
  }
  let states = verdicts.map(statusState), state = states.includes("error") ? "error" : states.includes("failure") ? "failure" : "success", described = verdicts.map((v, i) => `#${numbers[i]}: ${statusDescription(v)}`).join(" | ");
  target.context = verdicts[0].statusContext, await publishStatus(ctx.octokit, target, state, described);
  for (let v of verdicts) await publishRunReport(v, ctx.runUrl);
  return verdicts;
}
async function reevaluateOpenPullRequests(ctx) {
  let prs = await ctx.octokit.paginate(ctx.octokit.rest.pulls.list, { ...ctx.repo, state: "open", per_page: 100 }), verdicts = [], failed = [];
  for (let pr of prs) {
    let target = { repo: ctx.repo, sha: pr.head.sha, prNumber: pr.number, context: "upgrade-gate", runUrl: ctx.runUrl };
    try {
      let snapshot = await snapshotOf(ctx, pr, ctx.now);
      if (snapshot.documents.length === 0) continue;
      let verdict = evaluate(snapshot);
      target.context = verdict.statusContext;
      let current = await currentStatus(ctx.octokit, target), state = statusState(verdict), description = statusDescription(verdict);
      current?.state === state && withoutCountdown(current.description) === withoutCountdown(description) ? info(`upgrade-gate: PR #${pr.number} unchanged (${state})`) : (await publishStatus(ctx.octokit, target, state, description), await publishComment(ctx.octokit, target, verdict), info(`upgrade-gate: PR #${pr.number} now ${state}: ${verdict.summary}`)), verdicts.push(verdict);
    } catch (err) {
      let message = describeApiError(err);
      failed.push(`PR #${pr.number}: ${message}`), await publishStatus(ctx.octokit, target, "error", messages(ctx.language)["status.could-not-reevaluate"]({ error: message })).catch((e) => warning(`upgrade-gate could not set the error status on PR #${pr.number} either: ${describeApiError(e)}`));
    }
  }
  if (failed.length) throw new Error(`re-evaluation failed for ${failed.join("; ")}`);
  return verdicts;
}
export {
  backfillArchive,
  evaluateMergeGroup,
  evaluatePullRequest,
  reevaluateOpenPullRequests,
  setOutputs
};
