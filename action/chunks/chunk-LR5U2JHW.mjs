import { createRequire as __ugCreateRequire } from 'node:module';
const require = __ugCreateRequire(import.meta.url);
import {
  didYouMean,
  localTimeProblem,
  mergeWindowMode,
  roleIds
} from "./chunk-2H6L6NG4.mjs";
import {
  messages
} from "./chunk-QPKTFHVX.mjs";
import {
  configuredTeams,
  holdsEntry,
  momentIn,
  nextAllowedDay,
  normalizeLogin,
  ownerKey,
  startOfDateInZone,
  toInstant,
  weekdayIn
} from "./chunk-LM64RRIG.mjs";

// src/policy/approvals.ts
var DEFAULT_TITLES = {
  "center-lead": { en: "R&D center lead", zh: "\u7814\u53D1\u4E2D\u5FC3\u8D1F\u8D23\u4EBA" },
  "general-office": { en: "General Manager's Office", zh: "\u603B\u7ECF\u7406\u529E\u516C\u5BA4" }
};
function roleTitle(roles, role) {
  let t = roles?.[role]?.title;
  return { en: t?.en ?? DEFAULT_TITLES[role]?.en ?? role, zh: t?.zh ?? DEFAULT_TITLES[role]?.zh ?? role };
}
function changedSinceApproval(changes, approved, head, exempt) {
  let a = changes[approved], h = changes[head];
  if (!(!a || !h))
    return [.../* @__PURE__ */ new Set([...Object.keys(a), ...Object.keys(h)])].filter((p) => !exempt(p) && a[p] !== h[p]).sort();
}
function latestOpinions(reviews) {
  let sorted = [...reviews].sort((a, b) => a.submittedAt.localeCompare(b.submittedAt) || a.id - b.id), latest = /* @__PURE__ */ new Map();
  for (let r of sorted)
    r.state === "COMMENTED" || r.state === "PENDING" || latest.set(normalizeLogin(r.user), r);
  return latest;
}
var short = (sha) => sha.slice(0, 7);
function analyzeApprovals(input) {
  let opinions = latestOpinions(input.reviews), screened = screenApprovals(input, opinions), states = [], duplicates = [];
  for (let document of input.documents)
    states.push(...documentRoles(input, document, opinions, screened.approvals, duplicates));
  return {
    roles: states,
    self: screened.self,
    contributors: screened.contributors,
    stale: screened.stale,
    duplicates,
    headSha: input.headSha
  };
}
function screenApprovals(input, opinions) {
  let author = normalizeLogin(input.author), contributing = new Set((input.contributors ?? []).map(normalizeLogin)), out = {
    approvals: [],
    self: [],
    contributors: [],
    stale: []
  };
  for (let [login, review] of opinions) {
    if (review.state !== "APPROVED") continue;
    let why;
    if (login === author)
      out.self.push(review), why = input.t["approval.not-counted-author"]();
    else if (input.mergedAt && review.submittedAt > input.mergedAt)
      why = input.t["approval.not-counted-after-merge"]({ at: review.submittedAt });
    else if (contributing.has(login) || input.contributors === void 0) {
      let unknown = input.contributors === void 0;
      out.contributors.push({ review, unknown }), why = input.t[unknown ? "approval.not-counted-contributors-unknown" : "approval.not-counted-committer"]();
    } else input.baseChangedAt && Date.parse(review.submittedAt) < Date.parse(input.baseChangedAt) ? (out.stale.push({ review, touched: void 0, baseChangedAt: input.baseChangedAt }), why = input.t["approval.not-counted-base-changed"]({ at: input.baseChangedAt })) : review.commitId !== input.headSha && (why = staleWhy(input, review, out.stale));
    out.approvals.push({ login, review, why });
  }
  return out;
}
function staleWhy(input, review, stale) {
  let touched = changedSinceApproval(input.changes, review.commitId, input.headSha, input.exempt)?.sort(
    (a, b) => +!input.documents.includes(a) - +!input.documents.includes(b)
  );
  if (!(touched !== void 0 && touched.length === 0))
    return stale.push({ review, touched }), input.t["approval.not-counted-stale"]({
      commit: short(review.commitId),
      changed: touched?.slice(0, 3).join(", "),
      more: touched && touched.length > 3 ? touched.length - 3 : 0
    });
}
function documentRoles(input, document, opinions, approvals, duplicates) {
  let ids = roleIds(input.roles), owners = input.ownersOf(document), entriesOf = new Map(
    ids.map((role) => {
      let ofRole = new Set(input.roles[role].owners.map(ownerKey));
      return [role, owners.filter((o) => ofRole.has(ownerKey(o)))];
    })
  ), via = (login, role) => entriesOf.get(role).find((e) => input.isMember(e, login)), docStates = ids.map((role) => {
    let entries = entriesOf.get(role);
    return {
      role,
      title: roleTitle(input.roles, role),
      owners: entries.length ? entries : input.roles[role].owners,
      document,
      satisfied: !1,
      notCounted: []
    };
  }), stateOf = (role) => docStates.find((s) => s.role === role);
  for (let [login, review] of opinions)
    if (review.state === "CHANGES_REQUESTED")
      for (let r of ids) via(login, r) && (stateOf(r).blockedBy ??= review.user);
  let valid = [];
  for (let a of approvals) {
    let held = ids.filter((r) => via(a.login, r));
    if (a.why) for (let r of held) stateOf(r).notCounted.push({ login: a.review.user, why: a.why });
    else held.length > 0 && valid.push({ review: a.review, roles: held, via: Object.fromEntries(held.map((r) => [r, via(a.login, r)])) });
  }
  for (let [role, entry] of assignRoles(ids, valid, input.allowSameApprover)) {
    let s = stateOf(role);
    s.blockedBy || Object.assign(s, {
      satisfied: !0,
      approver: entry.review.user,
      via: entry.via[role],
      approvedAt: entry.review.submittedAt,
      reviewId: entry.review.id,
      commitId: entry.review.commitId
    });
  }
  for (let s of docStates) {
    if (s.blockedBy || s.satisfied || input.allowSameApprover) continue;
    let other = valid.find((v) => v.roles.includes(s.role));
    other && !duplicates.some((d) => d.role === s.role && d.login === other.review.user) && duplicates.push({ role: s.role, login: other.review.user });
  }
  return docStates;
}
function assignRoles(ids, valid, allowSame) {
  let out = /* @__PURE__ */ new Map();
  if (allowSame) {
    for (let role of ids) {
      let c = valid.filter((v) => v.roles.includes(role)).sort((a, b) => a.review.submittedAt.localeCompare(b.review.submittedAt))[0];
      c && out.set(role, c);
    }
    return out;
  }
  let roleOf = /* @__PURE__ */ new Map(), augment = (role, seen) => {
    for (let c of valid) {
      if (!c.roles.includes(role) || seen.has(c)) continue;
      seen.add(c);
      let held = roleOf.get(c);
      if (held === void 0 || augment(held, seen))
        return roleOf.set(c, role), !0;
    }
    return !1;
  };
  for (let role of ids) augment(role, /* @__PURE__ */ new Set());
  for (let [c, role] of roleOf) out.set(role, c);
  return out;
}

// src/policy/rules/emergency.applier.ts
var emergencyApplier = {
  id: "emergency.applier",
  scope: "pull-request",
  severity: "error",
  softenable: !1,
  emergency: !0,
  clause: "4.3",
  check: ({ snapshot, config, roles, label, emergencyDocs, t }) => {
    if (!label || emergencyDocs.length === 0 || !roles) return [];
    let allowed = config.emergency["applied-by"], who = allowed.map((role) => ({
      title: roleTitle(roles, role),
      owners: roles[role]?.owners.join(", ") ?? "-"
    })), base = { label: label.name, roles: who };
    if (!label.appliedBy) return [{ message: t["emergency.applier-unknown"](base) }];
    let login = label.appliedBy;
    if (normalizeLogin(login) === normalizeLogin(snapshot.pullRequest.author))
      return [{ message: t["emergency.applier-author"]({ ...base, login }) }];
    let listed = configuredTeams(config), entries = allowed.flatMap((role) => roles[role]?.owners ?? []);
    if (entries.some((entry) => holdsEntry(entry, login, listed, snapshot.membership))) return [];
    let unreadable = entries.map(ownerKey).filter((key) => snapshot.membership[key]?.unreadable);
    return [{ message: t["emergency.applier"]({ ...base, login, unreadable: unreadable.join(", ") }) }];
  }
};
function appliedByFindings(config, source, file) {
  let known = Object.keys(config.roles ?? {}), written = source.value?.emergency?.["applied-by"];
  if (known.length === 0 || written === void 0) return [];
  let t = messages(config.language);
  return config.emergency["applied-by"].flatMap(
    (role, i) => known.includes(role) ? [] : [
      {
        rule: "config",
        severity: "error",
        file,
        ...source.locate(["emergency", "applied-by", i]),
        message: t["config.applied-by-role"]({ role, roles: known })
      }
    ]
  );
}

// src/policy/rules/evidence.exists.ts
function evidenceReferences(doc) {
  let refs = [];
  return doc.acceptance?.evidence && refs.push({ path: ["acceptance", "evidence"], value: doc.acceptance.evidence }), doc.gray_test?.report && refs.push({ path: ["gray_test", "report"], value: doc.gray_test.report }), refs;
}
function repoPathOf(reference) {
  return reference.replace(/^\.\//, "");
}
function evidencePaths(doc) {
  return evidenceReferences(doc).map((r) => repoPathOf(r.value));
}
function unsafeRepoPath(p) {
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(p)) return "link";
  if (p.startsWith("/") || /^[A-Za-z]:[\\/]/.test(p)) return "absolute";
  if (p.includes("\\")) return "backslash";
  if (p.split("/").some((seg) => seg === "..")) return "parent";
  if (p.includes("\0")) return "nul";
}
var evidenceExists = {
  id: "evidence.exists",
  scope: "document",
  severity: "error",
  softenable: !0,
  emergency: !1,
  clause: "3.4",
  check: ({ doc, exists, t }) => {
    let hits = [];
    for (let ref of evidenceReferences(doc)) {
      let field = ref.path.join("."), why = unsafeRepoPath(ref.value), normalized = repoPathOf(ref.value);
      why ? hits.push({ path: ref.path, message: t["evidence.path"]({ field, path: ref.value, why }) }) : exists(normalized) || hits.push({ path: ref.path, message: t["evidence.exists"]({ field, path: normalized }) });
    }
    return hits;
  }
};

// src/policy/window-text.ts
function windowReason(state, t) {
  switch (state.why) {
    case "freeze":
      return t["window.in-freeze"]({ date: state.date, day: state.day, zone: state.zone, freeze: state.freeze });
    case "outside-window":
      return t["window.outside"](state.window);
    case "inside-window":
      return t["window.inside"](state.window);
    case "windows-apart":
      return t["window.apart"](state.window);
    case "not-merge-day":
      return t["window.not-merge-day"]({ date: state.date, day: state.day, zone: state.zone });
    default:
      return t["window.merge-day"]({ date: state.date, day: state.day, zone: state.zone });
  }
}
function flipText(flip, t) {
  return flip ? t["window.flip"]({ flip }) : void 0;
}

// src/policy/rules/acceptance.required.ts
var acceptanceRequired = {
  id: "acceptance.required",
  scope: "document",
  severity: "error",
  softenable: !0,
  emergency: !1,
  clause: "3.1",
  check: ({ doc, config, t }) => {
    if (doc.environment !== "production") return [];
    if (!doc.acceptance) return [{ path: ["acceptance"], atKey: !0, message: t["acceptance.required"]() }];
    let zone = config["time-zone"], accepted = startOfDateInZone(doc.acceptance.date, zone), start = toInstant(doc.window.start, zone);
    return accepted && start && accepted > start ? [
      {
        path: ["acceptance", "date"],
        message: t["acceptance.after-window"]({ date: doc.acceptance.date, start: doc.window.start })
      }
    ] : [];
  }
};

// src/policy/rules/approval.distinct.ts
var approvalDistinct = {
  id: "approval.distinct",
  scope: "pull-request",
  severity: "error",
  softenable: !0,
  emergency: !1,
  clause: "4.3",
  check: ({ approvals, t }) => (approvals?.duplicates ?? []).map(({ role, login }) => {
    let title = approvals.roles.find((r) => r.role === role).title;
    return { message: t["approval.distinct"]({ login, role: title }) };
  })
};

// src/policy/rules/archive.protected.ts
var archiveProtected = {
  id: "archive.protected",
  scope: "pull-request",
  severity: "error",
  softenable: !1,
  emergency: !1,
  clause: "3.7",
  check: ({ snapshot, config, t }) => {
    let folder = `${config.archive.folder.replace(/\/+$/, "")}/`, touched = [...new Set(snapshot.changedFiles.filter((f) => f.startsWith(folder)))];
    if (touched.length === 0) return [];
    let shown = touched.slice(0, 5).join(", ") + (touched.length > 5 ? ` (+${touched.length - 5} more)` : "");
    return [{ message: t["archive.protected"]({ folder, files: shown }) }];
  }
};

// src/policy/rules/approval.role.ts
var approvalRole = {
  id: "approval.<role>",
  scope: "pull-request",
  severity: "error",
  softenable: !0,
  emergency: !1,
  clause: "4.3",
  check: ({ approvals, roles, config, t }) => {
    if (!approvals || !roles) return [];
    let hits = [];
    for (let s of approvals.roles) {
      let rule = `approval.${s.role}`;
      if (s.blockedBy)
        hits.push({ rule, file: s.document, message: t["approval.blocked"]({ login: s.blockedBy, role: s.title }) });
      else if (!s.satisfied) {
        let listed = configuredTeams(config), members = [
          ...new Set(s.owners.flatMap((o) => o.includes("/") ? listed.get(ownerKey(o)) ?? [] : [o]))
        ], note = "", examples = members.slice(0, 3).map((m) => `@${normalizeLogin(m)}`).join(", ");
        hits.push({
          rule,
          file: s.document,
          message: t["approval.missing"]({
            role: s.title,
            owners: s.owners.join(", "),
            examples,
            head: short(approvals.headSha),
            note
          })
        });
      }
    }
    return hits;
  }
};

// src/policy/rules/approval.self.ts
var approvalSelf = {
  id: "approval.self",
  scope: "pull-request",
  severity: "notice",
  softenable: !0,
  emergency: !1,
  clause: "4.3",
  check: ({ approvals, t }) => [
    ...(approvals?.self ?? []).map((review) => ({ message: t["approval.self"]({ login: review.user }) })),
    ...(approvals?.contributors ?? []).map(({ review, unknown }) => ({
      message: t[unknown ? "approval.contributors-unknown" : "approval.contributor"]({ login: review.user })
    }))
  ]
};

// src/policy/rules/approval.stale.ts
var approvalStale = {
  id: "approval.stale",
  scope: "pull-request",
  severity: "warning",
  softenable: !0,
  emergency: !1,
  clause: "4.3",
  check: ({ approvals, t }) => (approvals?.stale ?? []).map(({ review, touched, baseChangedAt }) => {
    if (baseChangedAt)
      return {
        message: t["approval.stale-base"]({ login: review.user, at: baseChangedAt, head: short(approvals.headSha) })
      };
    let changed = touched === void 0 ? "" : touched.slice(0, 5).join(", "), more = touched === void 0 ? 0 : Math.max(0, touched.length - 5);
    return {
      message: t["approval.stale"]({
        login: review.user,
        commit: short(review.commitId),
        changed,
        more,
        head: short(approvals.headSha)
      })
    };
  })
};

// src/policy/backup-section.ts
function backupSectionRule(part) {
  return {
    id: `backup.${part}`,
    scope: "document",
    severity: "error",
    softenable: !0,
    emergency: !1,
    clause: "3.5, 4.5",
    check: ({ doc, t }) => doc.backup?.[part] ? [] : [{ path: doc.backup ? ["backup"] : [], atKey: !0, message: t["backup.section"]({ part }) }]
  };
}

// src/policy/rules/backup.config.ts
var backupConfig = backupSectionRule("config");

// src/policy/rules/backup.data.ts
var backupData = backupSectionRule("data");

// src/policy/rules/backup.programs.ts
var backupPrograms = backupSectionRule("programs");

// src/policy/rules/backup.rollback.ts
var backupRollback = {
  id: "backup.rollback",
  scope: "document",
  severity: "error",
  softenable: !0,
  emergency: !1,
  clause: "4.6",
  check: ({ doc, t }) => doc.rollback?.plan?.trim() ? [] : [{ path: ["rollback"], atKey: !0, message: t["backup.rollback"]() }]
};

// src/policy/rules/codeowners.coverage.ts
function coverageHits(documents, codeowners, codeownersPath, roles, t) {
  let folderOf = (path) => path.includes("/") ? `/${path.slice(0, path.lastIndexOf("/") + 1)}` : `/${path}`, gaps = documents.map((path) => {
    let rule = codeowners?.ruleFor(path), owners = new Set(rule?.owners.map((o) => o.toLowerCase()) ?? []), missing = roleIds(roles).filter((role) => !roles[role].owners.some((o) => owners.has(o.toLowerCase())));
    return { path, rule, missing };
  }), lineOwners = /* @__PURE__ */ new Map();
  for (let g of gaps) {
    if (g.missing.length === 0) continue;
    let list = lineOwners.get(folderOf(g.path)) ?? [];
    for (let o of [...g.rule?.owners ?? [], ...g.missing.map((r) => roles[r].owners[0])])
      list.some((x) => x.toLowerCase() === o.toLowerCase()) || list.push(o);
    lineOwners.set(folderOf(g.path), list);
  }
  return gaps.filter((g) => g.missing.length > 0).map(({ path, rule, missing }) => {
    let fix = `${folderOf(path)} ${lineOwners.get(folderOf(path)).join(" ")}`, missingRoles = missing.map((r) => ({ title: roleTitle(roles, r), owners: roles[r].owners.join(", ") })), message = codeowners ? rule ? rule.owners.length === 0 ? t["codeowners.coverage-ownerless"]({ path, line: rule.line, roles: missingRoles, fix }) : t["codeowners.coverage"]({
      path,
      owners: rule.owners.join(" "),
      line: rule.line,
      roles: missingRoles,
      fix
    }) : t["codeowners.coverage-unmatched"]({ path, roles: missingRoles, fix }) : t["codeowners.coverage-none"]({ path, roles: missingRoles, fix });
    return { file: codeownersPath ?? "CODEOWNERS", line: rule?.line, column: rule ? 1 : void 0, message };
  });
}
var codeownersCoverage = {
  id: "codeowners.coverage",
  scope: "pull-request",
  severity: "error",
  softenable: !0,
  emergency: !1,
  clause: "4.3",
  check: ({ roles, docs, codeowners, snapshot, t }) => roles && docs.length > 0 ? coverageHits(
    docs.map((d) => d.file),
    codeowners,
    snapshot.codeowners.path,
    roles,
    t
  ) : []
};

// src/codeowners/problem-text.ts
function codeownersProblemText(e, t) {
  return t[`codeowners.${e.problem}`]({ token: e.token });
}

// src/policy/rules/codeowners.syntax.ts
var codeownersSyntax = {
  id: "codeowners.syntax",
  scope: "pull-request",
  severity: "warning",
  softenable: !0,
  emergency: !1,
  clause: null,
  check: ({ codeowners, snapshot, t }) => (codeowners?.errors ?? []).map((e) => ({
    file: snapshot.codeowners.path,
    line: e.line,
    column: e.column,
    message: codeownersProblemText(e, t)
  }))
};

// src/policy/rules/document.archived.ts
var documentArchived = {
  id: "document.archived",
  scope: "pull-request",
  severity: "error",
  softenable: !1,
  emergency: !1,
  clause: "3.7",
  check: ({ snapshot, loaded, t }) => {
    let changed = new Set(snapshot.changedFiles), hits = /* @__PURE__ */ new Map();
    for (let a of snapshot.history?.archived ?? []) {
      if (!changed.has(a.path) || hits.has(a.path)) continue;
      let inPr = loaded.some((l) => l.file === a.path && l.doc);
      hits.set(a.path, {
        file: a.path,
        ...inPr ? { path: ["id"] } : {},
        message: t["document.archived"]({ path: a.path, id: a.id ?? "\u2014", record: a.record })
      });
    }
    return [...hits.values()];
  }
};

// src/policy/rules/document.unique-id.ts
var documentUniqueId = {
  id: "document.unique-id",
  scope: "document",
  severity: "error",
  softenable: !0,
  emergency: !1,
  clause: null,
  check: ({ doc, earlier, t }) => {
    let other = earlier.get(doc.id);
    return other !== void 0 ? [{ path: ["id"], message: t["document.unique-id"]({ id: doc.id, other }) }] : [];
  }
};

// src/policy/rules/document.unreadable.ts
var documentUnreadable = {
  id: "document.unreadable",
  scope: "pull-request",
  severity: "error",
  softenable: !1,
  emergency: !1,
  clause: "3.4",
  check: ({ snapshot, t }) => (snapshot.unreadable ?? []).map((u) => ({
    file: u.path,
    message: t["document.unreadable"]({ path: u.path, kind: u.kind, target: u.target ?? "" })
  }))
};

// src/policy/rules/emergency.budget.ts
var emergencyBudget = {
  id: "emergency.budget",
  scope: "pull-request",
  severity: "error",
  softenable: !0,
  emergency: !1,
  clause: "3.2",
  check: ({ config, emergencyDocs, earlierEmergencies: earlier, month, t }) => {
    let budget = config.emergency["monthly-budget"];
    if (emergencyDocs.length === 0 || earlier.length < budget) return [];
    let list = earlier.map((e) => `${e.id} (PR #${e.pr}, ${e.mergedAt.slice(0, 10)})`).join(", ");
    return [
      {
        severity: config.emergency["budget-severity"],
        message: t["emergency.budget"]({ count: earlier.length, month, list, budget })
      }
    ];
  }
};

// src/policy/rules/emergency.confirmation.ts
var FIELDS = ["phone_confirmed_by", "confirmed_at", "email_registration"], emergencyConfirmation = {
  id: "emergency.confirmation",
  scope: "document",
  severity: "error",
  softenable: !0,
  emergency: !0,
  clause: "4.3",
  check: ({ doc, t }) => {
    let confirmation = doc.emergency?.confirmation;
    if (!doc.emergency || !confirmation) return [];
    let hits = [];
    for (let field of FIELDS)
      confirmation[field]?.trim() || hits.push({
        path: ["emergency", "confirmation", field],
        atKey: !0,
        message: t["emergency.confirmation"]({ missing: field })
      });
    return hits;
  }
};

// src/policy/rules/emergency.justification.ts
var PLACEHOLDER = /^(todo|tbd|n\/?a|none|urgent|asap|fix|hotfix|emergency|see (above|below|ticket)|-+|\.+|x+|待定|无|紧急)$/i, WIDE = /[\u1100-\u115F\u2E80-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6]/u, INVISIBLE = /[\p{Cf}\p{Cc}\p{Cs}\p{Co}\p{Cn}\p{M}\u115F\u1160\u3164\uFFA0\u2800]/gu, WORD = /[\p{L}\p{N}]/u;
function visibleText(text) {
  return text.replace(INVISIBLE, "").replace(/\s+/gu, " ").trim();
}
function weightedLength(text) {
  let n = 0;
  for (let ch of visibleText(text)) n += WORD.test(ch) ? WIDE.test(ch) ? 2 : 1 : ch === " " ? 1 : 0;
  return n;
}
var emergencyJustification = {
  id: "emergency.justification",
  scope: "document",
  severity: "error",
  softenable: !0,
  emergency: !0,
  clause: "3.2",
  check: ({ doc, config, t }) => {
    let text = doc.emergency?.justification;
    if (text === void 0) return [];
    let path = ["emergency", "justification"];
    if (PLACEHOLDER.test(visibleText(text))) return [{ path, message: t["emergency.justification-placeholder"]() }];
    let min = config.emergency["min-justification-length"], length = weightedLength(text);
    return length >= min ? [] : [{ path, message: t["emergency.justification"]({ length, min }) }];
  }
};

// src/policy/rules/emergency.label.ts
var emergencyLabel = {
  id: "emergency.label",
  scope: "pull-request",
  severity: "error",
  softenable: !0,
  emergency: !0,
  clause: "3.2",
  check: ({ config, label, emergencyDocs, regularDocs, t }) => {
    let name = config.emergency.label;
    return label && emergencyDocs.length === 0 ? [{ message: t["emergency.label-without-document"]({ label: name }) }] : !label && emergencyDocs.length > 0 ? emergencyDocs.map((file) => ({
      file,
      path: ["type"],
      message: t["emergency.document-without-label"]({ label: name })
    })) : label && regularDocs.length > 0 ? regularDocs.map((file) => ({
      file,
      path: ["type"],
      message: t["emergency.label-with-regular"]({ label: name })
    })) : [];
  }
};

// src/policy/rules/emergency.reason.ts
var EMERGENCY_REASONS = ["system-failure", "business-stoppage"];
function guessReason(reason) {
  return /故障/.test(reason) ? "system-failure" : /停顿|停止|停摆|中断|无法满足业务|无法开展/.test(reason) ? "business-stoppage" : didYouMean(reason, [...EMERGENCY_REASONS]);
}
var emergencyReason = {
  id: "emergency.reason",
  scope: "document",
  severity: "error",
  softenable: !0,
  emergency: !0,
  clause: "3.2",
  check: ({ doc, t }) => {
    let reason = doc.emergency?.reason;
    return reason === void 0 || EMERGENCY_REASONS.includes(reason) ? [] : [{ path: ["emergency", "reason"], message: t["emergency.reason"]({ reason, guess: guessReason(reason) }) }];
  }
};

// src/policy/rules/emergency.section.ts
var emergencySection = {
  id: "emergency.section",
  scope: "document",
  severity: "error",
  softenable: !0,
  emergency: !0,
  clause: "3.2, 4.3",
  check: ({ doc, t }) => doc.type === "emergency" && !doc.emergency ? [{ path: ["type"], message: t["emergency.section-missing"]() }] : doc.type !== "emergency" && doc.emergency ? [{ path: ["emergency"], atKey: !0, message: t["emergency.section-unexpected"]() }] : []
};

// src/policy/rules/gray-test.before-window.ts
var grayTestBeforeWindow = {
  id: "gray-test.before-window",
  scope: "document",
  severity: "error",
  softenable: !0,
  emergency: !1,
  clause: "3.3",
  check: ({ doc, config, t, mergeAt }) => {
    if (doc.environment !== "production") return [];
    let gray = doc.gray_test;
    if (!gray) return [{ path: ["gray_test"], atKey: !0, message: t["gray-test.missing"]() }];
    let hits = [];
    gray.result !== "passed" && hits.push({ path: ["gray_test", "result"], message: t["gray-test.failed"]() });
    let zone = config["time-zone"], completed = toInstant(gray.completed, zone), start = toInstant(doc.window.start, zone);
    return completed && start && completed >= start ? hits.push({
      path: ["gray_test", "completed"],
      message: t["gray-test.before-window"]({ completed: gray.completed, start: doc.window.start })
    }) : completed && mergeAt && completed > mergeAt && hits.push({
      path: ["gray_test", "completed"],
      message: t["gray-test.before-merge"]({ completed: gray.completed, merge: momentIn(mergeAt, zone) })
    }), hits;
  }
};

// src/policy/rules/gray-test.weekday.ts
var grayTestWeekday = {
  id: "gray-test.weekday",
  scope: "document",
  severity: "warning",
  softenable: !0,
  emergency: !1,
  clause: "3.3",
  check: ({ doc, config, t }) => {
    if (doc.environment !== "production" || doc.type === "emergency" || !doc.gray_test) return [];
    let zone = config["time-zone"], completed = toInstant(doc.gray_test.completed, zone);
    if (!completed) return [];
    let day = weekdayIn(completed, zone);
    return day === config["gray-test-day"] ? [] : [
      {
        path: ["gray_test", "completed"],
        message: t["gray-test.weekday"]({ completed: doc.gray_test.completed, day, expected: config["gray-test-day"] })
      }
    ];
  }
};

// src/policy/merge-closed.ts
function closedBy(ctx) {
  if (!(ctx.production.length === 0 || ctx.emergencyGranted || ctx.state.open))
    return ctx.state.why === "freeze" ? "window.freeze" : ctx.state.why === "outside-window" || ctx.state.why === "windows-apart" ? "merge.window" : "merge.weekday";
}
function closedHits(ctx, rule) {
  return closedBy(ctx) !== rule ? [] : [
    {
      message: ctx.t["merge.closed"]({
        reason: windowReason(ctx.state, ctx.t),
        flip: ctx.nextFlipText ?? "",
        over: mergeWindowMode(ctx.config) !== "off"
      })
    }
  ];
}

// src/policy/rules/merge.weekday.ts
var mergeWeekday = {
  id: "merge.weekday",
  scope: "merge",
  severity: "error",
  softenable: !0,
  emergency: !1,
  clause: "3.3",
  check: (ctx) => closedHits(ctx, "merge.weekday")
};

// src/policy/rules/merge.window.ts
var mergeWindow = {
  id: "merge.window",
  scope: "merge",
  severity: "error",
  softenable: !0,
  emergency: !1,
  clause: "3.3",
  check: (ctx) => closedHits(ctx, "merge.window")
};

// src/policy/rules/notice.lead-time.ts
var HOUR = 36e5, noticeLeadTime = {
  id: "notice.lead-time",
  scope: "document",
  severity: "error",
  softenable: !0,
  emergency: !1,
  clause: "4.4",
  check: ({ doc, config, t, mergeAt }) => {
    if (doc.environment !== "production") return [];
    let hours = config["notice-hours"];
    if (!doc.notification) return [{ path: ["notification"], atKey: !0, message: t["notice.missing"]({ hours }) }];
    let zone = config["time-zone"], announced = toInstant(doc.notification.announced_at, zone), start = toInstant(doc.window.start, zone);
    if (!announced || !start) return [];
    let announcedAt = doc.notification.announced_at;
    if (start.getTime() - announced.getTime() < hours * HOUR) {
      let latest = momentIn(new Date(start.getTime() - hours * HOUR), zone), severity = doc.type === "emergency" ? "warning" : void 0;
      return [
        {
          path: ["notification", "announced_at"],
          severity,
          message: t["notice.lead-time"]({ announced: announcedAt, start: doc.window.start, hours, latest })
        }
      ];
    }
    if (!mergeAt || doc.type === "emergency" || mergeAt >= start || mergeAt.getTime() - announced.getTime() >= hours * HOUR)
      return [];
    let earliest = momentIn(new Date(announced.getTime() + hours * HOUR), zone);
    return [
      {
        path: ["notification", "announced_at"],
        message: t["notice.before-merge"]({ announced: announcedAt, merge: momentIn(mergeAt, zone), hours, earliest })
      }
    ];
  }
};

// src/policy/rules/people.two-person.ts
var peopleTwoPerson = {
  id: "people.two-person",
  scope: "document",
  severity: "error",
  softenable: !0,
  emergency: !1,
  clause: "3.6",
  check: ({ doc, t }) => normalizeLogin(doc.people.executor) === normalizeLogin(doc.people.supervisor) ? [{ path: ["people", "supervisor"], message: t["people.two-person"]({ login: doc.people.executor }) }] : []
};

// src/policy/rules/policy.approval.ts
var policyApproval = {
  id: "policy.approval",
  scope: "pull-request",
  severity: "error",
  softenable: !1,
  emergency: !1,
  clause: null,
  check: ({ policyChange, snapshot, t }) => {
    if (!policyChange || policyChange.state?.satisfied) return [];
    let files = policyChange.files.slice(0, 5).join(", ") + (policyChange.files.length > 5 ? ` (+${policyChange.files.length - 5})` : ""), s = policyChange.state;
    return s ? s.blockedBy ? [{ message: t["policy.approval-blocked"]({ files, role: s.title, login: s.blockedBy }) }] : [
      {
        message: t["policy.approval-missing"]({
          files,
          role: s.title,
          owners: s.owners.join(", "),
          head: short(snapshot.pullRequest.headSha)
        })
      }
    ] : [
      { file: snapshot.config.path, message: t["policy.approval-no-role"]({ files, role: policyChange.owner }) }
    ];
  }
};

// src/policy/rules/pull-request.files.ts
var pullRequestFiles = {
  id: "pull-request.files",
  scope: "pull-request",
  severity: "error",
  softenable: !1,
  emergency: !1,
  clause: null,
  check: ({ snapshot, t }) => snapshot.changedFilesTruncated ? [{ message: t["pull-request.files"]() }] : []
};

// src/policy/rules/release.forward.ts
function parseVersion(v) {
  let m = /^[vV]?(\d+(?:\.\d+)*)(?:-([0-9A-Za-z.-]+))?(?:\+[0-9A-Za-z.-]+)?$/.exec(v.trim());
  if (m)
    return { parts: m[1].split(".").map(Number), pre: m[2] ?? "" };
}
function compareVersions(a, b) {
  let x = parseVersion(a), y = parseVersion(b);
  if (!(!x || !y)) {
    for (let i = 0; i < Math.max(x.parts.length, y.parts.length); i++) {
      let d = (x.parts[i] ?? 0) - (y.parts[i] ?? 0);
      if (d !== 0) return d;
    }
    return x.pre === y.pre ? 0 : x.pre ? y.pre ? x.pre.localeCompare(y.pre, "en", { numeric: !0 }) : -1 : 1;
  }
}
var releaseForward = {
  id: "release.forward",
  scope: "document",
  severity: "error",
  softenable: !0,
  emergency: !1,
  clause: null,
  check: ({ doc, t }) => {
    let { from, to } = doc.release, cmp = compareVersions(to, from);
    return (cmp === void 0 ? to.trim() === from.trim() : cmp <= 0) ? [{ path: ["release", "to"], message: t["release.forward"]({ from, to }) }] : [];
  }
};

// src/policy/rules/status.forged.ts
var statusForged = {
  id: "status.forged",
  scope: "archive",
  severity: "error",
  softenable: !1,
  emergency: !1,
  clause: "3.7",
  check: ({ forgedStatus, outcome, t }) => forgedStatus ? [{ message: t["status.forged"]({ state: forgedStatus.state, creator: forgedStatus.creator ?? "", outcome }) }] : []
};

// src/policy/rules/time.local.ts
var timeLocal = {
  id: "time.local",
  scope: "document",
  severity: "error",
  softenable: !1,
  emergency: !1,
  clause: null,
  check: ({ doc, config, t }) => {
    let times = [
      [["window", "start"], doc.window.start],
      [["window", "end"], doc.window.end],
      [["gray_test", "completed"], doc.gray_test?.completed],
      [["notification", "announced_at"], doc.notification?.announced_at],
      [["emergency", "confirmation", "confirmed_at"], doc.emergency?.confirmation?.confirmed_at]
    ], hits = [];
    for (let [path, text] of times) {
      let message = text === void 0 ? void 0 : localTimeProblem(t, path.join("."), text, config["time-zone"]);
      message && hits.push({ path, message });
    }
    return hits;
  }
};

// src/policy/rules/window.freeze.ts
var windowFreeze = {
  id: "window.freeze",
  scope: "merge",
  severity: "error",
  softenable: !0,
  emergency: !1,
  clause: "3.3",
  check: (ctx) => closedHits(ctx, "window.freeze")
};

// src/policy/rules/window.length.ts
var MAX_WINDOW_HOURS = 24, windowLength = {
  id: "window.length",
  scope: "document",
  severity: "error",
  softenable: !0,
  emergency: !1,
  clause: "3.3",
  check: ({ doc, config, t }) => {
    if (doc.environment !== "production" || doc.type !== "regular") return [];
    let zone = config["time-zone"], start = toInstant(doc.window.start, zone), end = toInstant(doc.window.end, zone);
    if (!start || !end || end <= start) return [];
    let hours = (end.getTime() - start.getTime()) / 36e5;
    return hours <= MAX_WINDOW_HOURS ? [] : [
      {
        path: ["window", "end"],
        message: t["window.length"]({
          start: doc.window.start,
          end: doc.window.end,
          hours: Math.round(hours * 10) / 10,
          max: MAX_WINDOW_HOURS
        })
      }
    ];
  }
};

// src/policy/rules/window.order.ts
var windowOrder = {
  id: "window.order",
  scope: "document",
  severity: "error",
  softenable: !0,
  emergency: !1,
  clause: null,
  check: ({ doc, config, t }) => {
    let zone = config["time-zone"], start = toInstant(doc.window.start, zone), end = toInstant(doc.window.end, zone);
    return !start || !end || end > start ? [] : [{ path: ["window", "end"], message: t["window.order"]({ start: doc.window.start, end: doc.window.end }) }];
  }
};

// src/policy/rules/window.weekday.ts
var windowWeekday = {
  id: "window.weekday",
  scope: "document",
  severity: "error",
  softenable: !0,
  emergency: !1,
  clause: "3.3",
  check: ({ doc, config, t }) => {
    if (doc.environment !== "production" || doc.type !== "regular") return [];
    let zone = config["time-zone"], start = toInstant(doc.window.start, zone);
    if (!start) return [];
    let day = weekdayIn(start, zone);
    return config["merge-days"].includes(day) ? [] : [
      {
        path: ["window", "start"],
        message: t["window.weekday"]({
          start: doc.window.start,
          day,
          zone,
          allowed: config["merge-days"],
          next: nextAllowedDay(start, zone, config["merge-days"])
        })
      }
    ];
  }
};

// src/policy/rules/index.ts
var RULES = [
  timeLocal,
  windowOrder,
  windowLength,
  windowWeekday,
  grayTestBeforeWindow,
  grayTestWeekday,
  noticeLeadTime,
  acceptanceRequired,
  backupData,
  backupPrograms,
  backupConfig,
  backupRollback,
  emergencySection,
  emergencyReason,
  emergencyJustification,
  emergencyConfirmation,
  evidenceExists,
  peopleTwoPerson,
  releaseForward,
  documentUniqueId,
  codeownersSyntax,
  pullRequestFiles,
  documentUnreadable,
  archiveProtected,
  documentArchived,
  policyApproval,
  emergencyLabel,
  emergencyApplier,
  emergencyBudget,
  codeownersCoverage,
  approvalSelf,
  approvalStale,
  approvalDistinct,
  approvalRole,
  mergeWeekday,
  windowFreeze,
  mergeWindow,
  statusForged
], fixed = (id, scope, clause) => ({
  id,
  scope,
  severity: "error",
  softenable: !1,
  emergency: !1,
  clause
}), READER_CHECKS = [
  fixed("schema", "document", "3.4"),
  ...[
    "yaml.syntax",
    "yaml.duplicate-key",
    "yaml.forbidden-key",
    "yaml.too-large",
    "yaml.too-deep",
    "yaml.alias-limit",
    "yaml.encoding",
    "yaml.full-width"
  ].map((id) => fixed(id, "document", null)),
  fixed("config", "pull-request", null),
  // The /upgrade-result command's reader (archive/outcome-command.ts).
  ...["outcome.command", "outcome.schema", "outcome.document", "outcome.verification", "outcome.time"].map(
    (id) => fixed(id, "archive", "4.6")
  )
], REGISTRY = [...RULES, ...READER_CHECKS], documentRules = RULES.filter((r) => r.scope === "document"), pullRequestRules = RULES.filter((r) => r.scope === "pull-request"), mergeRules = RULES.filter((r) => r.scope === "merge"), archiveRules = RULES.filter((r) => r.scope === "archive"), pattern = (id) => new RegExp(`^${id.replace(/[.]/g, "\\.").replace(/<[a-z]+>/g, "[a-z0-9][a-z0-9-]*")}$`), matchers = REGISTRY.map((info) => ({ info, re: pattern(info.id) })), infoById = /* @__PURE__ */ new Map();
function ruleInfo(id) {
  return infoById.has(id) || infoById.set(id, matchers.find((m) => m.re.test(id))?.info), infoById.get(id);
}
function isEmergencyRule(id) {
  return ruleInfo(id)?.emergency === !0;
}
function isSoftenable(id) {
  return ruleInfo(id)?.softenable === !0;
}
function configurableRuleIds(roles) {
  return REGISTRY.flatMap(
    (r) => r.id.includes("<role>") ? roles.map((role) => r.id.replace("<role>", role)) : [r.id]
  );
}
function suggestRuleId(id, known) {
  return didYouMean(id, known);
}

export {
  roleTitle,
  latestOpinions,
  analyzeApprovals,
  appliedByFindings,
  evidencePaths,
  unsafeRepoPath,
  windowReason,
  flipText,
  documentRules,
  pullRequestRules,
  mergeRules,
  archiveRules,
  isEmergencyRule,
  isSoftenable,
  configurableRuleIds,
  suggestRuleId
};
