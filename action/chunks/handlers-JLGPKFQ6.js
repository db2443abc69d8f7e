import { createRequire as __ugCreateRequire } from 'node:module';
const require = __ugCreateRequire(import.meta.url);
import {
  evaluate,
  prepare
} from "./chunk-LJWCTHZ6.js";
import {
  loadUpgradeDocument,
  readableParts
} from "./chunk-X76K2NOF.js";
import {
  CODEOWNERS_LOCATIONS
} from "./chunk-AOMKIC6X.js";
import {
  loadPolicyConfig
} from "./chunk-ZIFKLKNB.js";
import {
  package_default,
  readTeams
} from "./chunk-OIZEZUZK.js";
import {
  require_picomatch
} from "./chunk-LKD4HO4Q.js";
import {
  currentStatus,
  publishComment,
  publishRunReport,
  publishStatus,
  setOutputs,
  statusDescription,
  statusState,
  withoutCountdown
} from "./chunk-WEW3N3VQ.js";
import "./chunk-BULIYUWY.js";
import {
  blobTree,
  changeAt,
  changeFiles,
  compareWithBase,
  pathsAtTip,
  treeChange
} from "./chunk-XWNMUSCH.js";
import {
  info,
  setFailed,
  summary,
  warning
} from "./chunk-WK2HLJSS.js";
import {
  doctorMessages
} from "./chunk-YZLEBFLX.js";
import {
  evidencePaths,
  latestOpinions,
  unsafeRepoPath
} from "./chunk-AV2TIPO3.js";
import {
  CHAIN_HEAD,
  parseChainHead
} from "./chunk-WWOVIEBA.js";
import {
  MAX_DOCUMENT_BYTES
} from "./chunk-AEOB34VQ.js";
import {
  gitBlobSha,
  isOutcomeFile,
  sha256
} from "./chunk-UYMDZKTY.js";
import {
  policyMonth
} from "./chunk-6XT5Q5FX.js";
import {
  PR_FILES_CAP,
  once,
  policyRef,
  readDocument,
  readFile
} from "./chunk-TEUUHO3A.js";
import {
  messages
} from "./chunk-TG3VTIA3.js";
import {
  answered,
  describeApiError
} from "./chunk-OUDF4HK7.js";
import {
  GateError,
  logMessages
} from "./chunk-YYGYZQWV.js";
import "./chunk-UGWU7J7H.js";
import {
  __toESM
} from "./chunk-4V7XTYWN.js";

// src/github/collect.ts
var import_picomatch = __toESM(require_picomatch(), 1);

// src/github/history.ts
import { createHash } from "node:crypto";
function gitBlobSha2(text) {
  let bytes = Buffer.from(text, "utf8");
  return createHash("sha1").update(`blob ${bytes.length}\0`).update(bytes).digest("hex");
}
function readBlob(octokit, repo, sha) {
  return once(
    `blob:${sha}`,
    async () => Buffer.from((await octokit.rest.git.getBlob({ ...repo, file_sha: sha })).data.content, "base64")
  );
}
function isRecordFile(path, folder) {
  return path.startsWith(`${folder}/`) && /\/\d{4}\/\d{2}\/[^/]+\.json$/.test(path) && !isOutcomeFile(path);
}
async function readHistory(octokit, repo, baseFiles, archiveFiles, folder, isDocument) {
  let records = [...archiveFiles].filter(([path]) => isRecordFile(path, folder)), read = await Promise.all(
    records.map(async ([path, sha]) => ({ path, record: parseRecord(await readBlob(octokit, repo, sha), path) }))
  ), archived = [], recorded = /* @__PURE__ */ new Set();
  for (let { path, record } of read)
    for (let d of record)
      archived.push({ path: d.path, id: d.id, record: path }), recorded.add(`${d.path}\0${gitBlobSha2(d.text)}`);
  let unknown = [...baseFiles].filter(([path, sha]) => isDocument(path) && !recorded.has(`${path}\0${sha}`)), readIds = await Promise.all(
    unknown.map(
      async ([path, sha]) => [path, readableParts(loadUpgradeDocument(await readBlob(octokit, repo, sha), path))?.id]
    )
  ), ids = new Map([
    ...archived.filter((a) => a.id).map((a) => [a.path, a.id]),
    ...readIds
  ]), base = [...baseFiles.keys()].filter(isDocument).flatMap((path) => {
    let id = ids.get(path);
    return typeof id == "string" ? [{ path, id }] : [];
  });
  return { archived, base };
}
function parseRecord(bytes, file) {
  let value;
  try {
    value = JSON.parse(bytes.toString("utf8"));
  } catch (err) {
    let detail = err.message;
    throw new GateError((t) => t["archive.unreadable-json"]({ file, detail }));
  }
  let record = value;
  return typeof record?.format != "string" || !record.format.startsWith("upgrade-gate/archive-record/") || !Array.isArray(record.documents) ? [] : record.documents.filter((d) => typeof d?.path == "string").map((d) => ({
    path: d.path,
    id: typeof d.id == "string" ? d.id : null,
    text: typeof d.text == "string" ? d.text : ""
  }));
}

// src/github/collect.ts
async function collectPolicy(octokit, repo, base, configPath, language) {
  return once(`policy:${base}:${configPath}:${language ?? ""}`, async () => {
    let text = await once(`file:${base}:${configPath}`, () => readFile(octokit, repo, configPath, base)), loaded = loadPolicyConfig(text, configPath, language);
    return {
      config: { path: configPath, text },
      parsed: loaded.config,
      loaded,
      usable: !loaded.findings.some((f) => f.severity === "error")
    };
  });
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
  let listed = await octokit.paginate(octokit.rest.pulls.listFiles, {
    ...repo,
    pull_number: pr.number,
    per_page: 100
  });
  return { files: listed.map((f) => ({
    path: f.filename,
    status: f.status === "removed" ? "removed" : f.status === "added" ? "added" : "modified",
    previous: f.previous_filename
  })), truncated: listed.length >= PR_FILES_CAP };
}
function emptySnapshot(repo, pr, baseSha, contributors, now, config, changedFiles, truncated, language) {
  return {
    ...language ? { language } : {},
    repository: `${repo.owner}/${repo.repo}`,
    pullRequest: {
      number: pr.number,
      title: pr.title,
      url: pr.html_url,
      author: pr.user?.login ?? "ghost",
      draft: pr.draft ?? !1,
      baseRef: pr.base.ref,
      baseSha,
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
    config,
    codeowners: {},
    reviews: [],
    changes: {},
    contributors,
    membership: {},
    emergenciesThisMonth: []
  };
}
async function collectSnapshot(octokit, repo, pr, now, configPath, opts = {}) {
  let where = opts.base ?? await policyBase(octokit, repo, pr), [policy, cmp] = await Promise.all([
    collectPolicy(octokit, repo, where, configPath, opts.language),
    compareWithBase(octokit, repo, where, pr.head.sha)
  ]), config = policy.parsed, isDocument = (0, import_picomatch.default)(config.documents, { dot: !1 }), { files, truncated } = await pullFiles(octokit, repo, pr, cmp.files, cmp.mergeBaseSha), changedFiles = files.flatMap((f) => f.previous ? [f.path, f.previous] : [f.path]), docPaths = files.filter((f) => f.status !== "removed" && isDocument(f.path)).map((f) => f.path), snapshot = emptySnapshot(
    repo,
    pr,
    cmp.baseSha,
    cmp.contributors,
    now,
    policy.config,
    changedFiles,
    truncated,
    opts.language
  ), pull = { octokit, repo, pr, now, cmp, config, loaded: policy.loaded, files, isDocument, snapshot }, touchesDocuments = files.some(
    (f) => isDocument(f.path) || f.previous !== void 0 && isDocument(f.previous)
  ), early = prepare(snapshot, policy.loaded), touchesPolicy = early.facts.policyFiles.length > 0;
  return !touchesDocuments && !touchesPolicy ? { snapshot, prepared: early } : docPaths.length === 0 ? (await Promise.all([
    touchesDocuments && (async () => snapshot.history = await readRepositoryHistory(
      octokit,
      repo,
      config,
      await blobTree(octokit, repo, cmp.baseSha),
      isDocument
    ))(),
    touchesPolicy && policyApprovalFacts(octokit, repo, pr, cmp, early.facts, snapshot)
  ]), { snapshot, prepared: early }) : { snapshot, prepared: await documentRounds(pull, docPaths) };
}
async function documentRounds(c, docPaths) {
  let { octokit, repo, pr, snapshot } = c, earlyLabels = snapshot.labels.some((l) => l.name === c.config.emergency.label) ? labelsAt(octokit, repo, pr.number, c.now) : void 0;
  earlyLabels?.catch(() => {
  });
  let [baseFiles, reads, reviews] = await Promise.all([
    blobTree(octokit, repo, c.cmp.baseSha),
    Promise.all(docPaths.map((path) => readDocument(octokit, repo, path, pr.head.sha, MAX_DOCUMENT_BYTES))),
    octokit.paginate(octokit.rest.pulls.listReviews, { ...repo, pull_number: pr.number, per_page: 100 })
  ]);
  addDocuments(snapshot, docPaths, reads);
  let prepared = prepare(snapshot, c.loaded);
  snapshot.reviews = snapshotReviews(reviews);
  let labels = earlyLabels ?? (prepared.facts.emergency ? labelsAt(octokit, repo, pr.number, c.now) : Promise.resolve(void 0));
  return await lastRound(c, prepared, baseFiles, labels), prepared;
}
function addDocuments(snapshot, docPaths, reads) {
  docPaths.forEach((path, i) => {
    let r = reads[i];
    "unreadable" in r ? (snapshot.unreadable ??= []).push({ path, kind: r.unreadable, target: r.target }) : "size" in r ? snapshot.documents.push({ path, text: "", size: r.size }) : snapshot.documents.push({ path, text: new TextDecoder("utf-8").decode(r.bytes), bytes: r.bytes });
  });
}
async function lastRound(c, prepared, baseFiles, labels) {
  let { octokit, repo, pr, snapshot, config } = c, { evidence, emergency } = prepared.facts, opinions = [...latestOpinions(snapshot.reviews).values()], applier = labels.then((l) => l?.find((x) => x.name === config.emergency.label)?.appliedBy);
  applier.catch(() => {
  });
  let added = new Set(c.files.filter((f) => f.status !== "removed").map((f) => f.path)), removed = new Set(c.files.flatMap((f) => f.status === "removed" ? [f.path] : f.previous ? [f.previous] : [])), existsAtHead = async (path) => added.has(path) || (baseFiles ? baseFiles.has(path) && !removed.has(path) : await readFile(octokit, repo, path, pr.head.sha) !== void 0), [codeowners, exists, changes, membership, emergencies, history, replayed] = await Promise.all([
    codeownersAt(octokit, repo, c.cmp.baseSha, baseFiles),
    Promise.all(evidence.map(existsAtHead)),
    approvedChanges(octokit, repo, pr, c.cmp, opinions),
    roleTeams(octokit, prepared.facts, opinions, emergency ? applier : void 0),
    emergency ? emergenciesThisMonth(octokit, repo, c.cmp.baseSha, config, c.now) : [],
    readRepositoryHistory(octokit, repo, config, baseFiles, c.isDocument),
    labels
  ]);
  replayed && (snapshot.labels = replayed), codeowners && (snapshot.codeowners = codeowners), evidence.forEach((path, i) => snapshot.evidence[path] = exists[i]), Object.assign(snapshot, { changes, membership, emergenciesThisMonth: emergencies, history });
}
function snapshotReviews(reviews) {
  return reviews.filter((r) => r.user && r.submitted_at).map((r) => ({
    id: r.id,
    user: r.user.login,
    state: r.state,
    commitId: r.commit_id ?? "",
    submittedAt: r.submitted_at
  }));
}
async function policyApprovalFacts(octokit, repo, pr, cmp, facts, snapshot) {
  snapshot.reviews = snapshotReviews(
    await octokit.paginate(octokit.rest.pulls.listReviews, { ...repo, pull_number: pr.number, per_page: 100 })
  );
  let opinions = [...latestOpinions(snapshot.reviews).values()], [changes, membership] = await Promise.all([
    approvedChanges(octokit, repo, pr, cmp, opinions),
    roleTeams(octokit, facts, opinions)
  ]);
  snapshot.changes = changes, snapshot.membership = membership;
}
async function readRepositoryHistory(octokit, repo, config, baseFiles, isDocument) {
  let archiveFiles = config.archive.branch ? await blobTree(octokit, repo, config.archive.branch) : baseFiles;
  if (!(!baseFiles || !archiveFiles))
    return readHistory(octokit, repo, baseFiles, archiveFiles, config.archive.folder.replace(/\/+$/, ""), isDocument);
}
async function roleTeams(octokit, facts, opinions, applier) {
  let people = opinions.filter((r) => r.state === "APPROVED" || r.state === "CHANGES_REQUESTED").map((r) => r.user);
  if (people.length === 0 && !applier) return {};
  let teams = people.length > 0 ? facts.teams : facts.applierTeams;
  if (teams.length === 0) return {};
  let who = applier ? applier.then((a) => a ? [...people, a] : people) : people;
  return who instanceof Promise && who.catch(() => {
  }), readTeams(octokit, teams, who);
}
async function codeownersAt(octokit, repo, baseSha, baseFiles) {
  let locations = baseFiles ? CODEOWNERS_LOCATIONS.filter((l) => baseFiles.has(l)) : CODEOWNERS_LOCATIONS;
  for (let location of locations) {
    let text = await once(`file:${baseSha}:${location}`, () => readFile(octokit, repo, location, baseSha));
    if (text !== void 0) return { path: location, text };
  }
}
async function approvedChanges(octokit, repo, pr, cmp, opinions) {
  let approved = [
    ...new Set(opinions.filter((r) => r.state === "APPROVED" && r.commitId !== pr.head.sha).map((r) => r.commitId))
  ], out = {};
  if (approved.length === 0) return out;
  let shas = [pr.head.sha, ...approved], changes = await Promise.all(
    shas.map(
      (sha) => changeAt(octokit, repo, cmp.baseSha, sha, sha === pr.head.sha ? cmp : void 0).catch((err) => {
        if (!answered(err, 404))
          throw err;
      })
    )
  );
  return shas.forEach((sha, i) => {
    changes[i] && (out[sha] = changes[i]);
  }), out;
}
async function labelsAt(octokit, repo, issue, at) {
  let events = await octokit.paginate(octokit.rest.issues.listEvents, { ...repo, issue_number: issue, per_page: 100 }).catch((err) => {
    if (!answered(err, 403, 404))
      throw err;
  });
  if (!events) return;
  let current = /* @__PURE__ */ new Map();
  for (let e of events)
    new Date(e.created_at) > at || !("label" in e) || !e.label?.name || (e.event === "labeled" ? current.set(e.label.name, { name: e.label.name, appliedBy: e.actor?.login, appliedAt: e.created_at }) : e.event === "unlabeled" && current.delete(e.label.name));
  return [...current.values()];
}
async function emergenciesThisMonth(octokit, repo, baseSha, config, now) {
  let file = `${config.archive.folder}/${CHAIN_HEAD}`;
  return parseChainHead(await readFile(octokit, repo, file, config.archive.branch ?? baseSha), file)?.emergencies[policyMonth(now, config["time-zone"])] ?? [];
}

// src/github/evidence-pins.ts
async function readBlob2(octokit, repo, path, ref) {
  try {
    let { data } = await octokit.rest.repos.getContent({ ...repo, path, ref });
    if (Array.isArray(data) || data.type !== "file") return;
    let content = "content" in data && data.content ? data.content : (await octokit.rest.git.getBlob({ ...repo, file_sha: data.sha })).data.content;
    return { sha: data.sha, bytes: Buffer.from(content, "base64") };
  } catch (err) {
    if (answered(err, 404)) return;
    throw err;
  }
}
async function pinEvidence(octokit, repo, snapshot) {
  let ref = snapshot.pullRequest.mergeSha ?? snapshot.pullRequest.headSha, out = {}, cache = /* @__PURE__ */ new Map();
  for (let d of snapshot.documents) {
    let doc = loadUpgradeDocument(d.text, d.path).doc, paths = [...new Set(doc ? evidencePaths(doc) : [])].filter((p) => unsafeRepoPath(p) === void 0);
    out[d.path] = await Promise.all(
      paths.map((path) => {
        let pin = cache.get(path);
        return pin || (pin = readBlob2(octokit, repo, path, ref).then((blob) => {
          if (!blob) return { path, blob_sha: null, sha256: null };
          if (gitBlobSha(blob.bytes) !== blob.sha)
            throw new GateError((t) => t["evidence.blob-mismatch"]({ path, commit: ref.slice(0, 7) }));
          return { path, blob_sha: blob.sha, sha256: sha256(blob.bytes) };
        }), cache.set(path, pin)), pin;
      })
    );
  }
  return out;
}

// src/github/identity.ts
var ACTIONS_LOGIN = "github-actions[bot]";
async function summarizeIdentity(t, language) {
  if (!t.identity) return;
  let m = doctorMessages(language), actions = t.identity === ACTIONS_LOGIN, line = [
    m["identity.posted"]({ context: t.context, login: t.identity }),
    ...actions ? [m["identity.actions"]()] : []
  ].join(language === "zh-CN" ? "" : " ");
  process.env.GITHUB_STEP_SUMMARY && await summary.addRaw(`
${actions ? "\u26A0\uFE0F" : "\u{1F50F}"} ${line.replace(/[\\`*_[\]<>|#!~]/g, (c) => `\\${c}`)}
`, !0).write();
}

// src/github/handlers.ts
function runLanguage(ctx) {
  return ctx.language ?? ctx.policyLanguage;
}
var preparedOf = /* @__PURE__ */ new WeakMap();
async function snapshotOf(ctx, pr, at) {
  let { snapshot, prepared } = await collectSnapshot(ctx.octokit, ctx.repo, pr, at, ctx.configPath, {
    language: ctx.language
  });
  return preparedOf.set(snapshot, prepared), snapshot;
}
function judge(snapshot) {
  return evaluate(snapshot, preparedOf.get(snapshot));
}
async function statusContext(ctx, pr) {
  let policy = await collectPolicy(
    ctx.octokit,
    ctx.repo,
    await policyBase(ctx.octokit, ctx.repo, pr),
    ctx.configPath,
    ctx.language
  );
  return ctx.policyLanguage ??= policy.parsed.language, policy.usable ? policy.parsed["status-context"] : ctx.inputContext;
}
var RECORDED_ALWAYS = /* @__PURE__ */ new Set(["archive.protected", "document.archived"]);
async function evaluatePullRequest(ctx, pr, phase, statusSha = pr.head.sha) {
  let target = {
    repo: ctx.repo,
    sha: statusSha,
    prNumber: pr.number,
    context: ctx.inputContext,
    runUrl: ctx.runUrl
  }, verdict, snapshot, at = phase === "merged" && pr.merged_at ? new Date(pr.merged_at) : ctx.now;
  try {
    target.context = await statusContext(ctx, pr), snapshot = await snapshotOf(ctx, pr, at), verdict = judge(snapshot);
  } catch (err) {
    let language = runLanguage(ctx), message = describeApiError(err, language);
    throw await publishStatus(
      ctx.octokit,
      target,
      "error",
      messages(language)["status.could-not-evaluate"]({ error: message })
    ).catch(
      (e) => warning(logMessages(language)["status.error-not-set"]({ error: describeApiError(e, language) }))
    ), err;
  }
  if (info(
    messages(verdict.language)["job.verdict"]({ pr: pr.number, outcome: verdict.outcome, summary: verdict.summary })
  ), phase === "merged" && (snapshot.documents.length > 0 || verdict.policyChange || verdict.findings.some((f) => f.severity === "error" && RECORDED_ALWAYS.has(f.rule)))) {
    let forged = await statusAtMerge(ctx, target, verdict), result = await archive(ctx, snapshot, verdict, !1, forged);
    ctx.archivePath = result.path, target.archivePath = result.path, result.violations > 0 && setFailed(
      messages(verdict.language)["job.breach"]({ pr: pr.number, count: result.violations, path: result.path })
    );
  }
  return await publishEverywhere(ctx, target, verdict), verdict;
}
async function statusAtMerge(ctx, target, verdict) {
  if (verdict.outcome === "pass") return;
  let { data } = await ctx.octokit.rest.repos.listCommitStatusesForRef({
    ...ctx.repo,
    ref: target.sha,
    per_page: 100
  }), ours = data.find((s) => s.context === target.context);
  return ours?.state === "success" ? { state: ours.state, creator: ours.creator?.login } : void 0;
}
async function archive(ctx, snapshot, verdict, backfilled, forgedStatus) {
  let { config } = loadPolicyConfig(snapshot.config.text, snapshot.config.path), evidence = await pinEvidence(ctx.octokit, ctx.repo, snapshot), { archiveMerge } = await import("./archive-writer-MHMWGAHM.js"), result = await archiveMerge(ctx.octokit, ctx.repo, snapshot, verdict, {
    folder: config.archive.folder,
    branch: config.archive.branch ?? snapshot.pullRequest.baseRef,
    zone: config["time-zone"],
    toolVersion: package_default.version,
    tzdata: process.versions.tz,
    backfilled,
    forgedStatus,
    evidence
  }), log = logMessages(verdict.language);
  return info(
    result.written ? log["archive.written"]({ path: result.path, attempts: result.attempts }) : log["archive.exists"]({ path: result.path })
  ), result;
}
async function backfillArchive(ctx) {
  let bases = /* @__PURE__ */ new Map(), baseOf = (branch) => {
    let p = bases.get(branch);
    return p || (p = (async () => {
      let { config } = loadPolicyConfig(
        await readFile(ctx.octokit, ctx.repo, ctx.configPath, branch),
        ctx.configPath
      ), since = new Date(ctx.now.getTime() - config.archive["backfill-days"] * 864e5).toISOString(), files = await pathsAtTip(ctx.octokit, ctx.repo, config.archive.branch ?? branch), folder = `${config.archive.folder}/`, recorded = files ? new Set(
        [...files].flatMap(
          (f) => f.startsWith(folder) ? [...f.slice(folder.length).matchAll(/^\d{4}\/\d{2}\/[^/]+-pr(\d+)\.json$/g)].map(
            (m) => Number(m[1])
          ) : []
        )
      ) : void 0;
      return { since, recorded };
    })(), bases.set(branch, p)), p;
  }, missing = [], pages = 0;
  for await (let page of ctx.octokit.paginate.iterator(ctx.octokit.rest.pulls.list, {
    ...ctx.repo,
    state: "closed",
    sort: "updated",
    direction: "desc",
    per_page: 100
  })) {
    let oldest = "";
    for (let pr of page.data) {
      if ((!oldest || pr.updated_at < oldest) && (oldest = pr.updated_at), !pr.merged_at) continue;
      let base = await baseOf(pr.base.ref);
      pr.merged_at < base.since || base.recorded?.has(pr.number) || missing.push(pr);
    }
    let since = (await Promise.all([...bases.values()])).map((b) => b.since).sort()[0];
    if (!page.data.length || since && oldest < since || ++pages >= 50) break;
  }
  missing.sort((a, b) => a.merged_at < b.merged_at ? -1 : a.merged_at > b.merged_at ? 1 : a.number - b.number);
  for (let pr of missing) {
    let snapshot = await snapshotOf(ctx, pr, new Date(pr.merged_at));
    if (snapshot.documents.length === 0) continue;
    let verdict = judge(snapshot), result = await archive(ctx, snapshot, verdict, !0);
    result.written && warning(logMessages(verdict.language)["archive.backfilled"]({ pr: pr.number, path: result.path }));
  }
}
async function publishEverywhere(ctx, target, verdict) {
  let log = logMessages(verdict.language);
  try {
    await publishStatus(ctx.octokit, target, statusState(verdict), statusDescription(verdict));
  } catch (err) {
    if (answered(err, 403)) warning(log["status.forbidden"]({ error: describeApiError(err, verdict.language) }));
    else throw err;
  }
  try {
    let c = await publishComment(ctx.octokit, target, verdict);
    info(log["comment.done"]({ what: c }));
  } catch (err) {
    if (answered(err, 403)) warning(log["comment.forbidden"]({ error: describeApiError(err, verdict.language) }));
    else throw err;
  }
  await publishRunReport(verdict, ctx.runUrl), await summarizeIdentity(target, verdict.language);
}
async function evaluateMergeGroup(ctx, payload) {
  let group = payload.merge_group;
  if (!group?.head_sha || !group.head_ref)
    return warning(logMessages(runLanguage(ctx))["merge-group.no-head"]()), [];
  let target = { repo: ctx.repo, sha: group.head_sha, context: ctx.inputContext, runUrl: ctx.runUrl }, numbers = [...group.head_ref.matchAll(/pr-(\d+)-/g)].map((m) => Number(m[1]));
  if (numbers.length === 0) {
    let ref = group.head_ref;
    throw await publishStatus(ctx.octokit, target, "error", logMessages(runLanguage(ctx))["merge-group.no-pr"]({ ref })), new GateError((t) => t["merge-group.no-pr"]({ ref }));
  }
  let verdicts = [];
  try {
    for (let n of numbers) {
      let { data: pr } = await ctx.octokit.rest.pulls.get({ ...ctx.repo, pull_number: n });
      target.context = await statusContext(ctx, pr);
      let verdict = judge(await snapshotOf(ctx, pr, ctx.now));
      info(
        logMessages(verdict.language)["merge-group.verdict"]({
          pr: n,
          outcome: verdict.outcome,
          summary: verdict.summary
        })
      ), verdicts.push(verdict);
    }
  } catch (err) {
    throw await publishStatus(
      ctx.octokit,
      target,
      "error",
      messages(runLanguage(ctx))["status.could-not-evaluate"]({ error: describeApiError(err, runLanguage(ctx)) })
    ).catch(() => {
    }), err;
  }
  let states = verdicts.map(statusState), state = states.includes("error") ? "error" : states.includes("failure") ? "failure" : "success", described = verdicts.map((v, i) => `#${numbers[i]}: ${statusDescription(v)}`).join(" | ");
  await publishStatus(ctx.octokit, target, state, described);
  for (let v of verdicts) await publishRunReport(v, ctx.runUrl);
  return await summarizeIdentity(target, verdicts[0].language), verdicts;
}
async function reevaluateOpenPullRequests(ctx) {
  let prs = await ctx.octokit.paginate(ctx.octokit.rest.pulls.list, { ...ctx.repo, state: "open", per_page: 100 }), verdicts = [], failed = [];
  for (let pr of prs) {
    let target = {
      repo: ctx.repo,
      sha: pr.head.sha,
      prNumber: pr.number,
      context: ctx.inputContext,
      runUrl: ctx.runUrl
    };
    try {
      target.context = await statusContext(ctx, pr);
      let snapshot = await snapshotOf(ctx, pr, ctx.now);
      if (snapshot.documents.length === 0) continue;
      let verdict = judge(snapshot), current = await currentStatus(ctx.octokit, target), state = statusState(verdict), description = statusDescription(verdict);
      current?.state === state && withoutCountdown(current.description) === withoutCountdown(description) ? info(logMessages(verdict.language)["reevaluate.unchanged"]({ pr: pr.number, state })) : (await publishStatus(ctx.octokit, target, state, description), await publishComment(ctx.octokit, target, verdict), info(
        logMessages(verdict.language)["reevaluate.changed"]({ pr: pr.number, state, summary: verdict.summary })
      )), verdicts.push(verdict);
    } catch (err) {
      let language = runLanguage(ctx), message = describeApiError(err, language);
      failed.push(`PR #${pr.number}: ${message}`), await publishStatus(
        ctx.octokit,
        target,
        "error",
        messages(language)["status.could-not-reevaluate"]({ error: message })
      ).catch(
        (e) => warning(
          logMessages(language)["status.error-not-set-pr"]({ pr: pr.number, error: describeApiError(e, language) })
        )
      );
    }
  }
  if (failed.length) throw new GateError((t) => t["reevaluate.failed"]({ list: failed.join("; ") }));
  return verdicts;
}
export {
  backfillArchive,
  evaluateMergeGroup,
  evaluatePullRequest,
  reevaluateOpenPullRequests,
  runLanguage,
  setOutputs
};
