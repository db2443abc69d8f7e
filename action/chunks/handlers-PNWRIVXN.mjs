import { createRequire as __ugCreateRequire } from 'node:module';
const require = __ugCreateRequire(import.meta.url);
import {
  package_default,
  readTeams,
  require_picomatch
} from "./chunk-YJPR3Q7S.mjs";
import {
  CODEOWNERS_LOCATIONS,
  compileCodeowners,
  doctorMessages
} from "./chunk-XJMES2ES.mjs";
import {
  currentStatus,
  publishComment,
  publishRunReport,
  publishStatus,
  setOutputs,
  statusDescription,
  statusState,
  withoutCountdown
} from "./chunk-7HSA7SXW.mjs";
import {
  blobTree,
  changeAt,
  changeFiles,
  compareWithBase,
  logLine,
  pathsAtTip,
  treeChange
} from "./chunk-U5Y3DHM2.mjs";
import {
  CHAIN_HEAD,
  parseChainHead
} from "./chunk-Y4HLE75Q.mjs";
import {
  loadPolicyConfig
} from "./chunk-L3N46SKV.mjs";
import {
  analyzeApprovals,
  documentRules,
  evidencePaths,
  flipText,
  isEmergencyRule,
  isSoftenable,
  latestOpinions,
  mergeRules,
  pullRequestRules,
  roleTitle,
  unsafeRepoPath,
  windowReason
} from "./chunk-LR5U2JHW.mjs";
import {
  MAX_DOCUMENT_BYTES,
  decodeSource,
  mergeWindowMode,
  parseYamlSource,
  requireRoles,
  require_equal,
  roleIds,
  schemaFindings,
  tooLargeFinding
} from "./chunk-2H6L6NG4.mjs";
import {
  GateError,
  PR_FILES_CAP,
  answered,
  describeApiError,
  logMessages,
  messages,
  once,
  policyRef,
  readDocument,
  readFile,
  setFailed,
  summary,
  warning
} from "./chunk-QPKTFHVX.mjs";
import "./chunk-F7L6RK3S.mjs";
import {
  gitBlobSha,
  isOutcomeFile,
  sha256
} from "./chunk-MV6RXFAG.mjs";
import {
  TZDate,
  configuredTeams,
  dateIn,
  holdsEntry,
  momentIn,
  ownerKey,
  policyMonth,
  readDateOrTime,
  registerValidator,
  schemaErrors,
  schemaFormats,
  toInstant,
  ucs2length,
  weekdayIn
} from "./chunk-LM64RRIG.mjs";
import {
  __toESM
} from "./chunk-Y25UFXLR.mjs";

// src/policy/evaluate.ts
var import_picomatch2 = __toESM(require_picomatch(), 1);

// src/messages/finding.ts
function compareFindings(a, b) {
  return (a.file ?? "").localeCompare(b.file ?? "") || (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0) || a.rule.localeCompare(b.rule);
}

// src/time/policy-calendar.ts
function inFreeze(instant, freeze, zone) {
  let from = readDateOrTime(freeze.from, zone, !1), to = readDateOrTime(freeze.to, zone, !0);
  return "instant" in from && "instant" in to && from.instant <= instant && instant < to.instant;
}
function startOfLocalDay(instant, zone) {
  let d = new TZDate(instant.getTime(), zone);
  return new Date(new TZDate(d.getFullYear(), d.getMonth(), d.getDate(), 0, 0, 0, zone).getTime());
}
function stateAt(instant, policy) {
  let { zone } = policy, freeze = policy.freezes.find((f) => inFreeze(instant, f, zone)), here = { date: dateIn(instant, zone), day: weekdayIn(instant, zone), zone };
  if (freeze)
    return { ...here, open: !1, why: "freeze", freeze: { name: freeze.name, from: freeze.from, to: freeze.to } };
  let w = policy.window;
  if (!w)
    return policy.mergeDays.includes(here.day) ? { ...here, open: !0, why: "merge-day" } : { ...here, open: !1, why: "not-merge-day" };
  let window = { at: momentIn(instant, zone), start: momentIn(w.start, zone), end: momentIn(w.end, zone) };
  if (w.start >= w.end) return { ...here, open: !1, why: "windows-apart", window };
  if (instant < w.start || instant >= w.end)
    return policy.mergeDays.includes(here.day) ? { ...here, open: !1, why: "outside-window", window } : { ...here, open: !1, why: "not-merge-day" };
  let starts = { date: dateIn(w.declaredStart, zone), day: weekdayIn(w.declaredStart, zone), zone };
  return policy.mergeDays.includes(starts.day) ? { ...here, open: !0, why: "inside-window", window } : { ...starts, open: !1, why: "not-merge-day" };
}
function nextFlip(now, policy) {
  let current = stateAt(now, policy).open, local = new TZDate(now.getTime(), policy.zone), candidates = [];
  for (let i = 1; i <= 400; i++)
    candidates.push(
      new TZDate(local.getFullYear(), local.getMonth(), local.getDate() + i, 0, 0, 0, policy.zone).getTime()
    );
  policy.window && candidates.push(policy.window.start.getTime(), policy.window.end.getTime()), candidates.sort((a, b) => a - b);
  for (let t of candidates)
    if (!(t <= now.getTime()) && stateAt(new Date(t), policy).open !== current)
      return new Date(t);
}
function flipFacts(now, flip, opens, zone) {
  return {
    opens,
    at: momentIn(flip, zone),
    zone,
    minutes: Math.max(0, Math.round((flip.getTime() - now.getTime()) / 6e4))
  };
}

// src/policy/severity.ts
function isOff(config, rule) {
  return isSoftenable(rule) && config.rules[rule] === "off";
}
function withConfiguredSeverity(config, findings) {
  return findings.flatMap((f) => {
    let configured = isSoftenable(f.rule) ? config.rules[f.rule] : void 0;
    return configured === "off" ? [] : configured ? [{ ...f, severity: configured }] : [f];
  });
}

// src/policy/document-rules.ts
function hitToFinding(rule, hit, loaded) {
  let pos = hit.path && loaded ? hit.atKey ? loaded.source.locateKey(hit.path) : loaded.source.locate(hit.path) : { line: hit.line, column: hit.column }, finding = { rule: hit.rule ?? rule.id, severity: hit.severity ?? rule.severity, message: hit.message }, file = hit.file ?? loaded?.file;
  return file !== void 0 && (finding.file = file), pos.line !== void 0 && Object.assign(finding, pos), finding;
}
function checkDocument(loaded, config, exists, earlier = /* @__PURE__ */ new Map(), mergeAt) {
  let findings = [...loaded.findings], base = {
    source: loaded.source,
    file: loaded.file,
    config,
    exists,
    earlier,
    t: messages(config.language)
  };
  mergeAt && (base.mergeAt = mergeAt);
  let context = loaded.doc ? { ...base, doc: loaded.doc } : void 0, onPart = !context && loaded.partial ? partialRules(base, loaded.partial) : void 0;
  for (let rule of documentRules) {
    if (isOff(config, rule.id)) continue;
    let hits = context ? rule.check(context) : onPart ? onPart(rule) : [];
    for (let hit of hits) findings.push(hitToFinding(rule, hit, loaded));
  }
  return withConfiguredSeverity(config, findings).sort(compareFindings);
}
function partialRules(base, partial) {
  let readBroken = !1, note = (key) => {
    typeof key == "string" && partial.broken.has(key) && (readBroken = !0);
  }, doc = new Proxy(partial.value, {
    get(target, key, receiver) {
      return note(key), Reflect.get(target, key, receiver);
    },
    has(target, key) {
      return note(key), Reflect.has(target, key);
    }
  }), context = { ...base, doc };
  return (rule) => {
    readBroken = !1;
    let hits;
    try {
      hits = rule.check(context);
    } catch {
      return [];
    }
    return readBroken ? [] : hits;
  };
}
function earlierDocuments(loaded, known = []) {
  let seen = /* @__PURE__ */ new Map();
  return loaded.map((l) => {
    let before = /* @__PURE__ */ new Map();
    for (let k of known) k.path !== l.file && !before.has(k.id) && before.set(k.id, k.where);
    for (let [id, file] of seen) before.has(id) || before.set(id, file);
    return l.doc?.id !== void 0 && !seen.has(l.doc.id) && seen.set(l.doc.id, l.file), before;
  });
}

// schemas/upgrade.schema.json
var schema = JSON.parse(`{"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://upgrade-gate.dev/schemas/upgrade.schema.json","title":"Upgrade document (upgrade-gate/v1) \xB7 \u5347\u7EA7\u6587\u6863","description":"One production or gray upgrade of one system, as the upgrade management measures require it: what ships, when, who approves, how it was verified, backed up and announced.\\n\\n\u4E00\u4E2A\u7CFB\u7EDF\u7684\u4E00\u6B21\u751F\u4EA7\u73AF\u5883\u6216\u7070\u5EA6\u73AF\u5883\u5347\u7EA7\uFF0C\u6309\u300A\u5347\u7EA7\u7BA1\u7406\u529E\u6CD5\u300B\u7684\u8981\u6C42\u5199\u660E\uFF1A\u5347\u7EA7\u4EC0\u4E48\u3001\u4EC0\u4E48\u65F6\u5019\u5347\u7EA7\u3001\u7531\u8C01\u5BA1\u6279\u3001\u5982\u4F55\u9A8C\u8BC1\u3001\u5907\u4EFD\u548C\u901A\u77E5\u3002","type":"object","additionalProperties":false,"required":["apiVersion","kind","id","system","environment","type","release","window","features","verification","people"],"properties":{"apiVersion":{"title":"Format version \xB7 \u683C\u5F0F\u7248\u672C","description":"The document format version. Always upgrade-gate/v1.\\n\\n\u6587\u6863\u683C\u5F0F\u7248\u672C\uFF0C\u56FA\u5B9A\u5199 upgrade-gate/v1\u3002","const":"upgrade-gate/v1","examples":["upgrade-gate/v1"]},"kind":{"title":"Kind \xB7 \u7C7B\u578B","description":"The kind of document. Always Upgrade.\\n\\n\u6587\u6863\u7C7B\u578B\uFF0C\u56FA\u5B9A\u5199 Upgrade\u3002","const":"Upgrade","examples":["Upgrade"]},"id":{"title":"Approval form NO. \xB7 \u5BA1\u6279\u5355\u7F16\u53F7","description":"The number of the Production Environment Upgrade Approval Form (Attachment 1). Unique across all upgrades.\\n\\n\u751F\u4EA7\u73AF\u5883\u5347\u7EA7\u5BA1\u6279\u5355\uFF08\u9644\u4EF6\u4E00\uFF09\u7684\u7F16\u53F7 NO.\uFF0C\u5728\u6240\u6709\u5347\u7EA7\u4E2D\u552F\u4E00\u3002","type":"string","pattern":"^[A-Za-z0-9][A-Za-z0-9._-]{2,63}$","examples":["UPG-2026-1126-01"]},"system":{"title":"System \xB7 \u7CFB\u7EDF","description":"The information system being upgraded, as a short name (letters, digits, dashes).\\n\\n\u88AB\u5347\u7EA7\u7684\u4FE1\u606F\u7CFB\u7EDF\uFF0C\u5199\u7B80\u79F0\uFF08\u5C0F\u5199\u5B57\u6BCD\u3001\u6570\u5B57\u3001\u77ED\u6A2A\u7EBF\uFF09\u3002","type":"string","pattern":"^[a-z0-9][a-z0-9-]{0,62}$","examples":["billing"]},"environment":{"title":"Environment \xB7 \u73AF\u5883","description":"Where this upgrade runs: production, or the gray (pre-production) environment.\\n\\n\u5347\u7EA7\u5728\u54EA\u91CC\u8FDB\u884C\uFF1Aproduction\uFF08\u751F\u4EA7\u73AF\u5883\uFF09\u6216 gray\uFF08\u7070\u5EA6\u73AF\u5883\uFF09\u3002","enum":["production","gray"],"examples":["production"]},"type":{"title":"Upgrade type \xB7 \u5347\u7EA7\u7C7B\u578B","description":"regular (scheduled for the production window) or emergency (only for a wide system failure or a wide business stoppage).\\n\\nregular\uFF08\u5E38\u89C4\u5347\u7EA7\uFF0C\u5728\u751F\u4EA7\u73AF\u5883\u5347\u7EA7\u7A97\u53E3\u8FDB\u884C\uFF09\u6216 emergency\uFF08\u7D27\u6025\u5347\u7EA7\uFF0C\u4EC5\u9650\u7CFB\u7EDF\u6545\u969C\u5F71\u54CD\u8F83\u5927\u6216\u4E1A\u52A1\u8F83\u5927\u8303\u56F4\u505C\u987F\u7684\u60C5\u5F62\uFF09\u3002","enum":["regular","emergency"],"examples":["regular"]},"release":{"title":"Release \xB7 \u7248\u672C","description":"The version running now, the version this upgrade installs, and what ships.\\n\\n\u5F53\u524D\u8FD0\u884C\u7684\u7248\u672C\u3001\u672C\u6B21\u5347\u7EA7\u5B89\u88C5\u7684\u7248\u672C\uFF0C\u4EE5\u53CA\u5347\u7EA7\u7684\u7A0B\u5E8F\u548C\u6570\u636E\u3002","type":"object","additionalProperties":false,"required":["from","to"],"properties":{"from":{"title":"Current version \xB7 \u5F53\u524D\u7248\u672C","description":"The version in production before the upgrade. Quote it so YAML keeps it a string.\\n\\n\u5347\u7EA7\u524D\u751F\u4EA7\u73AF\u5883\u4E2D\u7684\u7248\u672C\u3002\u8BF7\u52A0\u5F15\u53F7\uFF0C\u8BA9 YAML \u628A\u5B83\u5F53\u4F5C\u6587\u5B57\u3002","type":"string","minLength":1,"maxLength":64,"examples":["2.3.1"]},"to":{"title":"New version \xB7 \u65B0\u7248\u672C","description":"The version the upgrade installs; newer than release.from. Quote it so YAML keeps it a string.\\n\\n\u672C\u6B21\u5347\u7EA7\u5B89\u88C5\u7684\u7248\u672C\uFF0C\u5E94\u6BD4 release.from \u65B0\u3002\u8BF7\u52A0\u5F15\u53F7\uFF0C\u8BA9 YAML \u628A\u5B83\u5F53\u4F5C\u6587\u5B57\u3002","type":"string","minLength":1,"maxLength":64,"examples":["2.4.0"]},"artifacts":{"title":"Artifacts \xB7 \u5347\u7EA7\u5305","description":"The programs and data that ship: images, packages, migration scripts.\\n\\n\u672C\u6B21\u5347\u7EA7\u7684\u7A0B\u5E8F\u548C\u6570\u636E\uFF1A\u955C\u50CF\u3001\u5B89\u88C5\u5305\u3001\u6570\u636E\u5E93\u8FC1\u79FB\u811A\u672C\u7B49\u3002","type":"array","items":{"title":"Artifact \xB7 \u5347\u7EA7\u5305","description":"One program or data package of the release.\\n\\n\u672C\u6B21\u53D1\u5E03\u4E2D\u7684\u4E00\u4E2A\u7A0B\u5E8F\u6216\u6570\u636E\u5305\u3002","type":"object","additionalProperties":false,"required":["name"],"properties":{"name":{"title":"Name \xB7 \u540D\u79F0","description":"What the artifact is called.\\n\\n\u5347\u7EA7\u5305\u7684\u540D\u79F0\u3002","type":"string","minLength":1,"examples":["billing-api"]},"ref":{"title":"Reference \xB7 \u5F15\u7528","description":"Image reference, package coordinate or path in the repository.\\n\\n\u955C\u50CF\u5730\u5740\u3001\u5B89\u88C5\u5305\u5750\u6807\u6216\u4ED3\u5E93\u4E2D\u7684\u8DEF\u5F84\u3002","type":"string","minLength":1,"examples":["registry.example.com/billing-api:2.4.0"]},"digest":{"title":"Digest \xB7 \u6458\u8981","description":"Content digest that pins the artifact.\\n\\n\u9501\u5B9A\u5347\u7EA7\u5305\u5185\u5BB9\u7684\u6458\u8981\uFF08\u5982 sha256\uFF09\u3002","type":"string","pattern":"^[a-z0-9]+:[A-Fa-f0-9]{32,}$","examples":["sha256:9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"]}}}}}},"window":{"title":"Production window \xB7 \u5347\u7EA7\u65F6\u95F4","description":"When the upgrade is carried out. A time without an offset is read in the policy time zone.\\n\\n\u6267\u884C\u5347\u7EA7\u7684\u65F6\u95F4\u6BB5\u3002\u4E0D\u5199\u65F6\u533A\u504F\u79FB\u7684\u65F6\u95F4\u6309\u7B56\u7565\u65F6\u533A\u7406\u89E3\u3002","type":"object","additionalProperties":false,"required":["start","end"],"properties":{"start":{"title":"Window start \xB7 \u5F00\u59CB\u65F6\u95F4","description":"When the upgrade starts, e.g. 2026-11-26T20:00 (policy time zone) or 2026-11-26T20:00+08:00.\\n\\n\u5347\u7EA7\u5F00\u59CB\u7684\u65F6\u95F4\uFF0C\u5982 2026-11-26T20:00\uFF08\u7B56\u7565\u65F6\u533A\uFF09\u6216 2026-11-26T20:00+08:00\u3002","type":"string","format":"local-date-time","examples":["2026-11-26T20:00"]},"end":{"title":"Window end \xB7 \u7ED3\u675F\u65F6\u95F4","description":"When the upgrade must be finished, after window.start.\\n\\n\u5347\u7EA7\u5FC5\u987B\u5B8C\u6210\u7684\u65F6\u95F4\uFF0C\u665A\u4E8E window.start\u3002","type":"string","format":"local-date-time","examples":["2026-11-26T22:00"]}}},"features":{"title":"Feature list (Attachment 2) \xB7 \u5347\u7EA7\u529F\u80FD\u6E05\u5355\uFF08\u9644\u4EF6\u4E8C\uFF09","description":"The Production Environment Upgrade Feature List: what changes for users.\\n\\n\u751F\u4EA7\u73AF\u5883\u5347\u7EA7\u529F\u80FD\u6E05\u5355\uFF1A\u7528\u6237\u80FD\u611F\u53D7\u5230\u7684\u53D8\u5316\u3002","type":"array","minItems":1,"items":{"title":"Feature \xB7 \u529F\u80FD","description":"One change that ships with the upgrade.\\n\\n\u672C\u6B21\u5347\u7EA7\u5E26\u6765\u7684\u4E00\u9879\u53D8\u5316\u3002","type":"object","additionalProperties":false,"required":["id","title"],"properties":{"id":{"title":"Feature id \xB7 \u529F\u80FD\u7F16\u53F7","description":"Ticket or feature number.\\n\\n\u9700\u6C42\u5355\u53F7\u6216\u529F\u80FD\u7F16\u53F7\u3002","type":"string","minLength":1,"examples":["BILL-412"]},"title":{"title":"Title \xB7 \u6807\u9898","description":"One line that names the change.\\n\\n\u4E00\u53E5\u8BDD\u8BF4\u660E\u8FD9\u9879\u53D8\u5316\u3002","type":"string","minLength":1,"examples":["Monthly invoices in PDF"]},"description":{"title":"Description \xB7 \u8BF4\u660E","description":"What users will notice.\\n\\n\u7528\u6237\u4F1A\u6CE8\u610F\u5230\u4EC0\u4E48\u53D8\u5316\u3002","type":"string","examples":["Customers can download each monthly invoice as a PDF."]}}}},"verification":{"title":"Upgrade verification \xB7 \u5347\u7EA7\u9A8C\u8BC1","description":"The production upgrade verification test cases run after the upgrade.\\n\\n\u5347\u7EA7\u540E\u6267\u884C\u7684\u751F\u4EA7\u73AF\u5883\u5347\u7EA7\u9A8C\u8BC1\u7528\u4F8B\u3002","type":"object","additionalProperties":false,"required":["cases"],"properties":{"cases":{"title":"Verification cases \xB7 \u9A8C\u8BC1\u7528\u4F8B","description":"Each case: what to do and what must happen.\\n\\n\u6BCF\u4E2A\u7528\u4F8B\u5199\u660E\u600E\u4E48\u505A\u3001\u5E94\u8BE5\u5F97\u5230\u4EC0\u4E48\u7ED3\u679C\u3002","type":"array","minItems":1,"items":{"title":"Verification case \xB7 \u9A8C\u8BC1\u7528\u4F8B","description":"One verification test case.\\n\\n\u4E00\u4E2A\u9A8C\u8BC1\u7528\u4F8B\u3002","type":"object","additionalProperties":false,"required":["id","steps","expected"],"properties":{"id":{"title":"Case id \xB7 \u7528\u4F8B\u7F16\u53F7","description":"Number of the case.\\n\\n\u7528\u4F8B\u7684\u7F16\u53F7\u3002","type":"string","minLength":1,"examples":["V-1"]},"steps":{"title":"Steps \xB7 \u64CD\u4F5C\u6B65\u9AA4","description":"What the verifier does, as text or as a list of steps.\\n\\n\u9A8C\u8BC1\u4EBA\u5458\u7684\u64CD\u4F5C\uFF0C\u5199\u6210\u4E00\u6BB5\u6587\u5B57\u6216\u4E00\u4E2A\u6B65\u9AA4\u5217\u8868\u3002","oneOf":[{"type":"string","minLength":1},{"type":"array","minItems":1,"items":{"type":"string","minLength":1}}],"examples":["Open an invoice and download it as PDF"]},"expected":{"title":"Expected result \xB7 \u9884\u671F\u7ED3\u679C","description":"What must happen for the case to pass.\\n\\n\u7528\u4F8B\u901A\u8FC7\u65F6\u5E94\u51FA\u73B0\u7684\u7ED3\u679C\u3002","type":"string","minLength":1,"examples":["The PDF opens and its total matches the screen"]}}}}}},"acceptance":{"title":"User acceptance \xB7 \u7528\u6237\u9A8C\u8BC1","description":"User verification passed before production (measures 3.1): who accepted, when, and the evidence file.\\n\\n\u8FDB\u5165\u751F\u4EA7\u73AF\u5883\u524D\u7528\u6237\u9A8C\u8BC1\u5DF2\u901A\u8FC7\uFF08\u300A\u5347\u7EA7\u7BA1\u7406\u529E\u6CD5\u300B3.1\uFF09\uFF1A\u8C01\u9A8C\u8BC1\u3001\u4F55\u65F6\u9A8C\u8BC1\u3001\u8BC1\u660E\u6587\u4EF6\u3002","type":"object","additionalProperties":false,"required":["verified_by","date","evidence"],"properties":{"verified_by":{"title":"Verified by \xB7 \u9A8C\u8BC1\u4EBA","description":"The user or stakeholder who accepted the release.\\n\\n\u786E\u8BA4\u672C\u6B21\u53D1\u5E03\u7684\u7528\u6237\u6216\u4E1A\u52A1\u65B9\u3002","type":"string","minLength":1,"examples":["Wang Fang (finance)"]},"date":{"title":"Acceptance date \xB7 \u9A8C\u8BC1\u65E5\u671F","description":"The day the user accepted the release, e.g. 2026-11-23.\\n\\n\u7528\u6237\u786E\u8BA4\u7684\u65E5\u671F\uFF0C\u5982 2026-11-23\u3002","type":"string","format":"date","examples":["2026-11-23"]},"evidence":{"title":"Evidence \xB7 \u8BC1\u660E\u6587\u4EF6","description":"Path of the signed acceptance record in the repository, relative to its root.\\n\\n\u4ED3\u5E93\u4E2D\u5DF2\u7B7E\u5B57\u7684\u7528\u6237\u9A8C\u8BC1\u8BB0\u5F55\u7684\u8DEF\u5F84\uFF0C\u76F8\u5BF9\u4E8E\u4ED3\u5E93\u6839\u76EE\u5F55\u3002","type":"string","minLength":1,"examples":["docs/acceptance/billing-2.4.0.md"]}}},"gray_test":{"title":"Gray environment test \xB7 \u7070\u5EA6\u73AF\u5883\u5347\u7EA7\u6D4B\u8BD5","description":"The upgrade test in the gray (pre-production) environment, done before production, as a rule on Tuesday.\\n\\n\u5728\u7070\u5EA6\u73AF\u5883\uFF08\u51C6\u4EA7\u54C1\u73AF\u5883\uFF09\u4E2D\u8FDB\u884C\u7684\u5347\u7EA7\u6D4B\u8BD5\uFF0C\u987B\u5728\u751F\u4EA7\u73AF\u5883\u5347\u7EA7\u524D\u5B8C\u6210\uFF0C\u539F\u5219\u4E0A\u5728\u5468\u4E8C\u8FDB\u884C\u3002","type":"object","additionalProperties":false,"required":["completed","result","report"],"properties":{"completed":{"title":"Completed at \xB7 \u5B8C\u6210\u65F6\u95F4","description":"When the gray test finished, e.g. 2026-11-24T16:00.\\n\\n\u7070\u5EA6\u73AF\u5883\u6D4B\u8BD5\u5B8C\u6210\u7684\u65F6\u95F4\uFF0C\u5982 2026-11-24T16:00\u3002","type":"string","format":"local-date-time","examples":["2026-11-24T16:00"]},"result":{"title":"Result \xB7 \u6D4B\u8BD5\u7ED3\u679C","description":"passed or failed.\\n\\npassed\uFF08\u901A\u8FC7\uFF09\u6216 failed\uFF08\u672A\u901A\u8FC7\uFF09\u3002","enum":["passed","failed"],"examples":["passed"]},"report":{"title":"Test report \xB7 \u6D4B\u8BD5\u62A5\u544A","description":"Path of the gray test report in the repository.\\n\\n\u4ED3\u5E93\u4E2D\u7070\u5EA6\u73AF\u5883\u6D4B\u8BD5\u62A5\u544A\u7684\u8DEF\u5F84\u3002","type":"string","minLength":1,"examples":["docs/gray/billing-2.4.0.md"]}}},"backup":{"title":"Backup \xB7 \u5907\u4EFD","description":"How data, programs and configuration scripts are backed up before execution (measures 3.5, 4.5).\\n\\n\u6267\u884C\u524D\u5982\u4F55\u5907\u4EFD\u6570\u636E\u3001\u7A0B\u5E8F\u548C\u914D\u7F6E\u811A\u672C\uFF08\u300A\u5347\u7EA7\u7BA1\u7406\u529E\u6CD5\u300B3.5\u30014.5\uFF09\u3002","type":"object","additionalProperties":false,"properties":{"data":{"$ref":"#/$defs/backupItem","title":"Data backup \xB7 \u6570\u636E\u5907\u4EFD","description":"Backup of the system's data.\\n\\n\u7CFB\u7EDF\u6570\u636E\u7684\u5907\u4EFD\u3002"},"programs":{"$ref":"#/$defs/backupItem","title":"Program backup \xB7 \u7A0B\u5E8F\u5907\u4EFD","description":"Backup of the programs running now.\\n\\n\u5F53\u524D\u8FD0\u884C\u7A0B\u5E8F\u7684\u5907\u4EFD\u3002"},"config":{"$ref":"#/$defs/backupItem","title":"Configuration backup \xB7 \u914D\u7F6E\u5907\u4EFD","description":"Backup of configuration scripts.\\n\\n\u914D\u7F6E\u811A\u672C\u7684\u5907\u4EFD\u3002"}}},"rollback":{"title":"Rollback \xB7 \u56DE\u9000\u65B9\u6848","description":"How the system is restored to the backup when verification fails.\\n\\n\u9A8C\u8BC1\u4E0D\u901A\u8FC7\u65F6\u5982\u4F55\u6062\u590D\u81F3\u5347\u7EA7\u524D\u7684\u5907\u4EFD\u7248\u672C\u3002","type":"object","additionalProperties":false,"required":["plan"],"properties":{"plan":{"title":"Rollback plan \xB7 \u56DE\u9000\u6B65\u9AA4","description":"The steps that restore the previous version.\\n\\n\u6062\u590D\u5230\u4E0A\u4E00\u7248\u672C\u7684\u6B65\u9AA4\u3002","type":"string","minLength":1,"examples":["Re-deploy 2.3.1 with Argo CD and restore the database snapshot."]}}},"people":{"title":"People \xB7 \u4EBA\u5458","description":"GitHub logins of the people who prepare, run and supervise the upgrade.\\n\\n\u51C6\u5907\u3001\u6267\u884C\u548C\u76D1\u7763\u672C\u6B21\u5347\u7EA7\u7684\u4EBA\u5458\u7684 GitHub \u8D26\u53F7\u3002","type":"object","additionalProperties":false,"required":["project_lead","ops_lead","executor","supervisor"],"properties":{"project_lead":{"$ref":"#/$defs/login","title":"Project lead \xB7 \u9879\u76EE\u8D1F\u8D23\u4EBA","description":"Prepares the upgrade materials.\\n\\n\u51C6\u5907\u5347\u7EA7\u6750\u6599\u3002"},"ops_lead":{"$ref":"#/$defs/login","title":"Operations lead \xB7 \u8FD0\u7EF4\u8D1F\u8D23\u4EBA","description":"The system's operations lead who receives the approved upgrade.\\n\\n\u63A5\u6536\u5BA1\u6279\u901A\u8FC7\u7684\u5347\u7EA7\u7684\u7CFB\u7EDF\u8FD0\u7EF4\u8D1F\u8D23\u4EBA\u3002"},"executor":{"$ref":"#/$defs/login","title":"Executor \xB7 \u6267\u884C\u4EBA","description":"Carries out the upgrade.\\n\\n\u6267\u884C\u5347\u7EA7\u3002"},"supervisor":{"$ref":"#/$defs/login","title":"Supervisor \xB7 \u76D1\u7763\u4EBA","description":"Watches the execution; another person than the executor.\\n\\n\u76D1\u7763\u6267\u884C\u8FC7\u7A0B\uFF0C\u4E0D\u80FD\u4E0E\u6267\u884C\u4EBA\u662F\u540C\u4E00\u4EBA\uFF08\u4E00\u4EBA\u6267\u884C\u4E00\u4EBA\u76D1\u7763\uFF09\u3002"}}},"notification":{"title":"Notification \xB7 \u5347\u7EA7\u901A\u77E5","description":"The all-staff upgrade notice, sent at least half a day before the window.\\n\\n\u5168\u5458\u5347\u7EA7\u901A\u77E5\uFF0C\u81F3\u5C11\u63D0\u524D\u534A\u5929\u53D1\u51FA\u3002","type":"object","additionalProperties":false,"required":["announced_at","channels"],"properties":{"announced_at":{"title":"Announced at \xB7 \u901A\u77E5\u65F6\u95F4","description":"When the notice went out, e.g. 2026-11-25T09:00.\\n\\n\u901A\u77E5\u53D1\u51FA\u7684\u65F6\u95F4\uFF0C\u5982 2026-11-25T09:00\u3002","type":"string","format":"local-date-time","examples":["2026-11-25T09:00"]},"channels":{"title":"Channels \xB7 \u901A\u77E5\u6E20\u9053","description":"Where the notice went: qq-group, wechat, email.\\n\\n\u901A\u77E5\u53D1\u5230\u54EA\u91CC\uFF1Aqq-group\uFF08QQ \u7FA4\uFF09\u3001wechat\uFF08\u5FAE\u4FE1\u516C\u4F17\u53F7\uFF09\u3001email\uFF08\u90AE\u4EF6\uFF09\u3002","type":"array","minItems":1,"uniqueItems":true,"items":{"description":"qq-group, wechat or email.\\n\\nqq-group\uFF08QQ \u7FA4\uFF09\u3001wechat\uFF08\u5FAE\u4FE1\u516C\u4F17\u53F7\uFF09\u6216 email\uFF08\u90AE\u4EF6\uFF09\u3002","enum":["qq-group","wechat","email"]},"examples":[["qq-group","wechat"]]}}},"emergency":{"title":"Emergency \xB7 \u7D27\u6025\u5347\u7EA7","description":"Required exactly when type is emergency: why the upgrade cannot wait for the window, and the phone confirmation and e-mail registration with the General Manager's Office.\\n\\ntype \u4E3A emergency \u65F6\u5FC5\u586B\uFF0C\u4E14\u53EA\u5728\u6B64\u65F6\u586B\u5199\uFF1A\u4E3A\u4EC0\u4E48\u4E0D\u80FD\u7B49\u5230\u5347\u7EA7\u7A97\u53E3\uFF0C\u4EE5\u53CA\u4E0E\u603B\u7ECF\u7406\u529E\u516C\u5BA4\u7684\u7535\u8BDD\u786E\u8BA4\u548C\u90AE\u4EF6\u4E34\u65F6\u5347\u7EA7\u767B\u8BB0\u3002","type":"object","additionalProperties":false,"required":["reason","impact","justification","confirmation"],"properties":{"reason":{"title":"Reason \xB7 \u7D27\u6025\u539F\u56E0","description":"system-failure (a fault stops use of the system, wide impact) or business-stoppage (the system can no longer support the business, wide stoppage).\\n\\nsystem-failure\uFF08\u7CFB\u7EDF\u6545\u969C\u5F71\u54CD\u8BE5\u7CFB\u7EDF\u7684\u7EE7\u7EED\u4F7F\u7528\u4E14\u5F71\u54CD\u8303\u56F4\u8F83\u5927\uFF09\u6216 business-stoppage\uFF08\u7CFB\u7EDF\u529F\u80FD\u5DF2\u65E0\u6CD5\u6EE1\u8DB3\u4E1A\u52A1\u5F00\u5C55\u4E14\u4F1A\u9020\u6210\u8F83\u5927\u8303\u56F4\u7684\u4E1A\u52A1\u505C\u987F\uFF09\u3002","type":"string","examples":["system-failure"]},"impact":{"title":"Impact \xB7 \u5F71\u54CD\u8303\u56F4","description":"Who and what is affected, and how widely.\\n\\n\u5F71\u54CD\u4E86\u8C01\u3001\u5F71\u54CD\u4E86\u4EC0\u4E48\u3001\u8303\u56F4\u591A\u5927\u3002","type":"string","minLength":1,"examples":["All invoices fail to generate for every customer since 09:12."]},"justification":{"title":"Justification \xB7 \u7406\u7531","description":"Why this cannot wait for the next production window, written out.\\n\\n\u4E3A\u4EC0\u4E48\u4E0D\u80FD\u7B49\u5230\u4E0B\u4E00\u4E2A\u751F\u4EA7\u73AF\u5883\u5347\u7EA7\u7A97\u53E3\uFF0C\u8BF7\u5199\u6E05\u695A\u3002","type":"string","examples":["Month-end billing runs tonight; without the fix no customer can be invoiced."]},"confirmation":{"title":"Confirmation \xB7 \u786E\u8BA4","description":"The phone confirmation and the e-mail registration of the temporary upgrade with the General Manager's Office.\\n\\n\u4E0E\u603B\u7ECF\u7406\u529E\u516C\u5BA4\u7684\u7535\u8BDD\u786E\u8BA4\u548C\u90AE\u4EF6\u4E34\u65F6\u5347\u7EA7\u767B\u8BB0\u3002","type":"object","additionalProperties":false,"properties":{"phone_confirmed_by":{"title":"Confirmed by phone by \xB7 \u7535\u8BDD\u786E\u8BA4\u4EBA","description":"Who confirmed the emergency upgrade by phone.\\n\\n\u8C01\u901A\u8FC7\u7535\u8BDD\u786E\u8BA4\u4E86\u8FD9\u6B21\u7D27\u6025\u5347\u7EA7\u3002","type":"string","examples":["Zhao Min (General Manager's Office)"]},"confirmed_at":{"title":"Confirmed at \xB7 \u786E\u8BA4\u65F6\u95F4","description":"When the phone confirmation happened.\\n\\n\u7535\u8BDD\u786E\u8BA4\u7684\u65F6\u95F4\u3002","type":"string","format":"local-date-time","examples":["2026-11-25T10:05"]},"email_registration":{"title":"E-mail registration \xB7 \u90AE\u4EF6\u767B\u8BB0","description":"Reference of the registration e-mail to the General Manager's Office.\\n\\n\u53D1\u7ED9\u603B\u7ECF\u7406\u529E\u516C\u5BA4\u7684\u4E34\u65F6\u5347\u7EA7\u767B\u8BB0\u90AE\u4EF6\u7684\u7F16\u53F7\u6216\u6807\u9898\u3002","type":"string","examples":["GMO-2026-117"]}}}}}},"$defs":{"backupItem":{"type":"object","additionalProperties":false,"required":["method","location"],"properties":{"method":{"title":"Method \xB7 \u5907\u4EFD\u65B9\u5F0F","description":"How the backup is made.\\n\\n\u600E\u6837\u5907\u4EFD\u3002","type":"string","minLength":1,"examples":["pg_dump of the billing database"]},"location":{"title":"Location \xB7 \u5907\u4EFD\u4F4D\u7F6E","description":"Where the backup is kept.\\n\\n\u5907\u4EFD\u5B58\u653E\u5728\u54EA\u91CC\u3002","type":"string","minLength":1,"examples":["s3://backups/billing/2026-11-26/"]}}},"login":{"type":"string","pattern":"^@?[A-Za-z0-9][A-Za-z0-9-]{0,38}$","examples":["octocat"]}}}`);
registerValidator(schema.$id, () => {
  let module = { exports: {} };
  module.exports = validate0, module.exports.default = validate0;
  let schema0 = { $schema: "https://json-schema.org/draft/2020-12/schema", $id: "https://upgrade-gate.dev/schemas/upgrade.schema.json", title: "Upgrade document (upgrade-gate/v1) \xB7 \u5347\u7EA7\u6587\u6863", description: `One production or gray upgrade of one system, as the upgrade management measures require it: what ships, when, who approves, how it was verified, backed up and announced.

\u4E00\u4E2A\u7CFB\u7EDF\u7684\u4E00\u6B21\u751F\u4EA7\u73AF\u5883\u6216\u7070\u5EA6\u73AF\u5883\u5347\u7EA7\uFF0C\u6309\u300A\u5347\u7EA7\u7BA1\u7406\u529E\u6CD5\u300B\u7684\u8981\u6C42\u5199\u660E\uFF1A\u5347\u7EA7\u4EC0\u4E48\u3001\u4EC0\u4E48\u65F6\u5019\u5347\u7EA7\u3001\u7531\u8C01\u5BA1\u6279\u3001\u5982\u4F55\u9A8C\u8BC1\u3001\u5907\u4EFD\u548C\u901A\u77E5\u3002`, type: "object", additionalProperties: !1, required: ["apiVersion", "kind", "id", "system", "environment", "type", "release", "window", "features", "verification", "people"], properties: { apiVersion: { title: "Format version \xB7 \u683C\u5F0F\u7248\u672C", description: `The document format version. Always upgrade-gate/v1.

\u6587\u6863\u683C\u5F0F\u7248\u672C\uFF0C\u56FA\u5B9A\u5199 upgrade-gate/v1\u3002`, const: "upgrade-gate/v1", examples: ["upgrade-gate/v1"] }, kind: { title: "Kind \xB7 \u7C7B\u578B", description: `The kind of document. Always Upgrade.

\u6587\u6863\u7C7B\u578B\uFF0C\u56FA\u5B9A\u5199 Upgrade\u3002`, const: "Upgrade", examples: ["Upgrade"] }, id: { title: "Approval form NO. \xB7 \u5BA1\u6279\u5355\u7F16\u53F7", description: `The number of the Production Environment Upgrade Approval Form (Attachment 1). Unique across all upgrades.

\u751F\u4EA7\u73AF\u5883\u5347\u7EA7\u5BA1\u6279\u5355\uFF08\u9644\u4EF6\u4E00\uFF09\u7684\u7F16\u53F7 NO.\uFF0C\u5728\u6240\u6709\u5347\u7EA7\u4E2D\u552F\u4E00\u3002`, type: "string", pattern: "^[A-Za-z0-9][A-Za-z0-9._-]{2,63}$", examples: ["UPG-2026-1126-01"] }, system: { title: "System \xB7 \u7CFB\u7EDF", description: `The information system being upgraded, as a short name (letters, digits, dashes).

\u88AB\u5347\u7EA7\u7684\u4FE1\u606F\u7CFB\u7EDF\uFF0C\u5199\u7B80\u79F0\uFF08\u5C0F\u5199\u5B57\u6BCD\u3001\u6570\u5B57\u3001\u77ED\u6A2A\u7EBF\uFF09\u3002`, type: "string", pattern: "^[a-z0-9][a-z0-9-]{0,62}$", examples: ["billing"] }, environment: { title: "Environment \xB7 \u73AF\u5883", description: `Where this upgrade runs: production, or the gray (pre-production) environment.

\u5347\u7EA7\u5728\u54EA\u91CC\u8FDB\u884C\uFF1Aproduction\uFF08\u751F\u4EA7\u73AF\u5883\uFF09\u6216 gray\uFF08\u7070\u5EA6\u73AF\u5883\uFF09\u3002`, enum: ["production", "gray"], examples: ["production"] }, type: { title: "Upgrade type \xB7 \u5347\u7EA7\u7C7B\u578B", description: `regular (scheduled for the production window) or emergency (only for a wide system failure or a wide business stoppage).

regular\uFF08\u5E38\u89C4\u5347\u7EA7\uFF0C\u5728\u751F\u4EA7\u73AF\u5883\u5347\u7EA7\u7A97\u53E3\u8FDB\u884C\uFF09\u6216 emergency\uFF08\u7D27\u6025\u5347\u7EA7\uFF0C\u4EC5\u9650\u7CFB\u7EDF\u6545\u969C\u5F71\u54CD\u8F83\u5927\u6216\u4E1A\u52A1\u8F83\u5927\u8303\u56F4\u505C\u987F\u7684\u60C5\u5F62\uFF09\u3002`, enum: ["regular", "emergency"], examples: ["regular"] }, release: { title: "Release \xB7 \u7248\u672C", description: `The version running now, the version this upgrade installs, and what ships.

\u5F53\u524D\u8FD0\u884C\u7684\u7248\u672C\u3001\u672C\u6B21\u5347\u7EA7\u5B89\u88C5\u7684\u7248\u672C\uFF0C\u4EE5\u53CA\u5347\u7EA7\u7684\u7A0B\u5E8F\u548C\u6570\u636E\u3002`, type: "object", additionalProperties: !1, required: ["from", "to"], properties: { from: { title: "Current version \xB7 \u5F53\u524D\u7248\u672C", description: `The version in production before the upgrade. Quote it so YAML keeps it a string.

\u5347\u7EA7\u524D\u751F\u4EA7\u73AF\u5883\u4E2D\u7684\u7248\u672C\u3002\u8BF7\u52A0\u5F15\u53F7\uFF0C\u8BA9 YAML \u628A\u5B83\u5F53\u4F5C\u6587\u5B57\u3002`, type: "string", minLength: 1, maxLength: 64, examples: ["2.3.1"] }, to: { title: "New version \xB7 \u65B0\u7248\u672C", description: `The version the upgrade installs; newer than release.from. Quote it so YAML keeps it a string.

\u672C\u6B21\u5347\u7EA7\u5B89\u88C5\u7684\u7248\u672C\uFF0C\u5E94\u6BD4 release.from \u65B0\u3002\u8BF7\u52A0\u5F15\u53F7\uFF0C\u8BA9 YAML \u628A\u5B83\u5F53\u4F5C\u6587\u5B57\u3002`, type: "string", minLength: 1, maxLength: 64, examples: ["2.4.0"] }, artifacts: { title: "Artifacts \xB7 \u5347\u7EA7\u5305", description: `The programs and data that ship: images, packages, migration scripts.

\u672C\u6B21\u5347\u7EA7\u7684\u7A0B\u5E8F\u548C\u6570\u636E\uFF1A\u955C\u50CF\u3001\u5B89\u88C5\u5305\u3001\u6570\u636E\u5E93\u8FC1\u79FB\u811A\u672C\u7B49\u3002`, type: "array", items: { title: "Artifact \xB7 \u5347\u7EA7\u5305", description: `One program or data package of the release.

\u672C\u6B21\u53D1\u5E03\u4E2D\u7684\u4E00\u4E2A\u7A0B\u5E8F\u6216\u6570\u636E\u5305\u3002`, type: "object", additionalProperties: !1, required: ["name"], properties: { name: { title: "Name \xB7 \u540D\u79F0", description: `What the artifact is called.

\u5347\u7EA7\u5305\u7684\u540D\u79F0\u3002`, type: "string", minLength: 1, examples: ["billing-api"] }, ref: { title: "Reference \xB7 \u5F15\u7528", description: `Image reference, package coordinate or path in the repository.

\u955C\u50CF\u5730\u5740\u3001\u5B89\u88C5\u5305\u5750\u6807\u6216\u4ED3\u5E93\u4E2D\u7684\u8DEF\u5F84\u3002`, type: "string", minLength: 1, examples: ["registry.example.com/billing-api:2.4.0"] }, digest: { title: "Digest \xB7 \u6458\u8981", description: `Content digest that pins the artifact.

\u9501\u5B9A\u5347\u7EA7\u5305\u5185\u5BB9\u7684\u6458\u8981\uFF08\u5982 sha256\uFF09\u3002`, type: "string", pattern: "^[a-z0-9]+:[A-Fa-f0-9]{32,}$", examples: ["sha256:9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"] } } } } } }, window: { title: "Production window \xB7 \u5347\u7EA7\u65F6\u95F4", description: `When the upgrade is carried out. A time without an offset is read in the policy time zone.

\u6267\u884C\u5347\u7EA7\u7684\u65F6\u95F4\u6BB5\u3002\u4E0D\u5199\u65F6\u533A\u504F\u79FB\u7684\u65F6\u95F4\u6309\u7B56\u7565\u65F6\u533A\u7406\u89E3\u3002`, type: "object", additionalProperties: !1, required: ["start", "end"], properties: { start: { title: "Window start \xB7 \u5F00\u59CB\u65F6\u95F4", description: `When the upgrade starts, e.g. 2026-11-26T20:00 (policy time zone) or 2026-11-26T20:00+08:00.

\u5347\u7EA7\u5F00\u59CB\u7684\u65F6\u95F4\uFF0C\u5982 2026-11-26T20:00\uFF08\u7B56\u7565\u65F6\u533A\uFF09\u6216 2026-11-26T20:00+08:00\u3002`, type: "string", format: "local-date-time", examples: ["2026-11-26T20:00"] }, end: { title: "Window end \xB7 \u7ED3\u675F\u65F6\u95F4", description: `When the upgrade must be finished, after window.start.

\u5347\u7EA7\u5FC5\u987B\u5B8C\u6210\u7684\u65F6\u95F4\uFF0C\u665A\u4E8E window.start\u3002`, type: "string", format: "local-date-time", examples: ["2026-11-26T22:00"] } } }, features: { title: "Feature list (Attachment 2) \xB7 \u5347\u7EA7\u529F\u80FD\u6E05\u5355\uFF08\u9644\u4EF6\u4E8C\uFF09", description: `The Production Environment Upgrade Feature List: what changes for users.

\u751F\u4EA7\u73AF\u5883\u5347\u7EA7\u529F\u80FD\u6E05\u5355\uFF1A\u7528\u6237\u80FD\u611F\u53D7\u5230\u7684\u53D8\u5316\u3002`, type: "array", minItems: 1, items: { title: "Feature \xB7 \u529F\u80FD", description: `One change that ships with the upgrade.

\u672C\u6B21\u5347\u7EA7\u5E26\u6765\u7684\u4E00\u9879\u53D8\u5316\u3002`, type: "object", additionalProperties: !1, required: ["id", "title"], properties: { id: { title: "Feature id \xB7 \u529F\u80FD\u7F16\u53F7", description: `Ticket or feature number.

\u9700\u6C42\u5355\u53F7\u6216\u529F\u80FD\u7F16\u53F7\u3002`, type: "string", minLength: 1, examples: ["BILL-412"] }, title: { title: "Title \xB7 \u6807\u9898", description: `One line that names the change.

\u4E00\u53E5\u8BDD\u8BF4\u660E\u8FD9\u9879\u53D8\u5316\u3002`, type: "string", minLength: 1, examples: ["Monthly invoices in PDF"] }, description: { title: "Description \xB7 \u8BF4\u660E", description: `What users will notice.

\u7528\u6237\u4F1A\u6CE8\u610F\u5230\u4EC0\u4E48\u53D8\u5316\u3002`, type: "string", examples: ["Customers can download each monthly invoice as a PDF."] } } } }, verification: { title: "Upgrade verification \xB7 \u5347\u7EA7\u9A8C\u8BC1", description: `The production upgrade verification test cases run after the upgrade.

\u5347\u7EA7\u540E\u6267\u884C\u7684\u751F\u4EA7\u73AF\u5883\u5347\u7EA7\u9A8C\u8BC1\u7528\u4F8B\u3002`, type: "object", additionalProperties: !1, required: ["cases"], properties: { cases: { title: "Verification cases \xB7 \u9A8C\u8BC1\u7528\u4F8B", description: `Each case: what to do and what must happen.

\u6BCF\u4E2A\u7528\u4F8B\u5199\u660E\u600E\u4E48\u505A\u3001\u5E94\u8BE5\u5F97\u5230\u4EC0\u4E48\u7ED3\u679C\u3002`, type: "array", minItems: 1, items: { title: "Verification case \xB7 \u9A8C\u8BC1\u7528\u4F8B", description: `One verification test case.

\u4E00\u4E2A\u9A8C\u8BC1\u7528\u4F8B\u3002`, type: "object", additionalProperties: !1, required: ["id", "steps", "expected"], properties: { id: { title: "Case id \xB7 \u7528\u4F8B\u7F16\u53F7", description: `Number of the case.

\u7528\u4F8B\u7684\u7F16\u53F7\u3002`, type: "string", minLength: 1, examples: ["V-1"] }, steps: { title: "Steps \xB7 \u64CD\u4F5C\u6B65\u9AA4", description: `What the verifier does, as text or as a list of steps.

\u9A8C\u8BC1\u4EBA\u5458\u7684\u64CD\u4F5C\uFF0C\u5199\u6210\u4E00\u6BB5\u6587\u5B57\u6216\u4E00\u4E2A\u6B65\u9AA4\u5217\u8868\u3002`, oneOf: [{ type: "string", minLength: 1 }, { type: "array", minItems: 1, items: { type: "string", minLength: 1 } }], examples: ["Open an invoice and download it as PDF"] }, expected: { title: "Expected result \xB7 \u9884\u671F\u7ED3\u679C", description: `What must happen for the case to pass.

\u7528\u4F8B\u901A\u8FC7\u65F6\u5E94\u51FA\u73B0\u7684\u7ED3\u679C\u3002`, type: "string", minLength: 1, examples: ["The PDF opens and its total matches the screen"] } } } } } }, acceptance: { title: "User acceptance \xB7 \u7528\u6237\u9A8C\u8BC1", description: `User verification passed before production (measures 3.1): who accepted, when, and the evidence file.

\u8FDB\u5165\u751F\u4EA7\u73AF\u5883\u524D\u7528\u6237\u9A8C\u8BC1\u5DF2\u901A\u8FC7\uFF08\u300A\u5347\u7EA7\u7BA1\u7406\u529E\u6CD5\u300B3.1\uFF09\uFF1A\u8C01\u9A8C\u8BC1\u3001\u4F55\u65F6\u9A8C\u8BC1\u3001\u8BC1\u660E\u6587\u4EF6\u3002`, type: "object", additionalProperties: !1, required: ["verified_by", "date", "evidence"], properties: { verified_by: { title: "Verified by \xB7 \u9A8C\u8BC1\u4EBA", description: `The user or stakeholder who accepted the release.

\u786E\u8BA4\u672C\u6B21\u53D1\u5E03\u7684\u7528\u6237\u6216\u4E1A\u52A1\u65B9\u3002`, type: "string", minLength: 1, examples: ["Wang Fang (finance)"] }, date: { title: "Acceptance date \xB7 \u9A8C\u8BC1\u65E5\u671F", description: `The day the user accepted the release, e.g. 2026-11-23.

\u7528\u6237\u786E\u8BA4\u7684\u65E5\u671F\uFF0C\u5982 2026-11-23\u3002`, type: "string", format: "date", examples: ["2026-11-23"] }, evidence: { title: "Evidence \xB7 \u8BC1\u660E\u6587\u4EF6", description: `Path of the signed acceptance record in the repository, relative to its root.

\u4ED3\u5E93\u4E2D\u5DF2\u7B7E\u5B57\u7684\u7528\u6237\u9A8C\u8BC1\u8BB0\u5F55\u7684\u8DEF\u5F84\uFF0C\u76F8\u5BF9\u4E8E\u4ED3\u5E93\u6839\u76EE\u5F55\u3002`, type: "string", minLength: 1, examples: ["docs/acceptance/billing-2.4.0.md"] } } }, gray_test: { title: "Gray environment test \xB7 \u7070\u5EA6\u73AF\u5883\u5347\u7EA7\u6D4B\u8BD5", description: `The upgrade test in the gray (pre-production) environment, done before production, as a rule on Tuesday.

\u5728\u7070\u5EA6\u73AF\u5883\uFF08\u51C6\u4EA7\u54C1\u73AF\u5883\uFF09\u4E2D\u8FDB\u884C\u7684\u5347\u7EA7\u6D4B\u8BD5\uFF0C\u987B\u5728\u751F\u4EA7\u73AF\u5883\u5347\u7EA7\u524D\u5B8C\u6210\uFF0C\u539F\u5219\u4E0A\u5728\u5468\u4E8C\u8FDB\u884C\u3002`, type: "object", additionalProperties: !1, required: ["completed", "result", "report"], properties: { completed: { title: "Completed at \xB7 \u5B8C\u6210\u65F6\u95F4", description: `When the gray test finished, e.g. 2026-11-24T16:00.

\u7070\u5EA6\u73AF\u5883\u6D4B\u8BD5\u5B8C\u6210\u7684\u65F6\u95F4\uFF0C\u5982 2026-11-24T16:00\u3002`, type: "string", format: "local-date-time", examples: ["2026-11-24T16:00"] }, result: { title: "Result \xB7 \u6D4B\u8BD5\u7ED3\u679C", description: `passed or failed.

passed\uFF08\u901A\u8FC7\uFF09\u6216 failed\uFF08\u672A\u901A\u8FC7\uFF09\u3002`, enum: ["passed", "failed"], examples: ["passed"] }, report: { title: "Test report \xB7 \u6D4B\u8BD5\u62A5\u544A", description: `Path of the gray test report in the repository.

\u4ED3\u5E93\u4E2D\u7070\u5EA6\u73AF\u5883\u6D4B\u8BD5\u62A5\u544A\u7684\u8DEF\u5F84\u3002`, type: "string", minLength: 1, examples: ["docs/gray/billing-2.4.0.md"] } } }, backup: { title: "Backup \xB7 \u5907\u4EFD", description: `How data, programs and configuration scripts are backed up before execution (measures 3.5, 4.5).

\u6267\u884C\u524D\u5982\u4F55\u5907\u4EFD\u6570\u636E\u3001\u7A0B\u5E8F\u548C\u914D\u7F6E\u811A\u672C\uFF08\u300A\u5347\u7EA7\u7BA1\u7406\u529E\u6CD5\u300B3.5\u30014.5\uFF09\u3002`, type: "object", additionalProperties: !1, properties: { data: { $ref: "#/$defs/backupItem", title: "Data backup \xB7 \u6570\u636E\u5907\u4EFD", description: `Backup of the system's data.

\u7CFB\u7EDF\u6570\u636E\u7684\u5907\u4EFD\u3002` }, programs: { $ref: "#/$defs/backupItem", title: "Program backup \xB7 \u7A0B\u5E8F\u5907\u4EFD", description: `Backup of the programs running now.

\u5F53\u524D\u8FD0\u884C\u7A0B\u5E8F\u7684\u5907\u4EFD\u3002` }, config: { $ref: "#/$defs/backupItem", title: "Configuration backup \xB7 \u914D\u7F6E\u5907\u4EFD", description: `Backup of configuration scripts.

\u914D\u7F6E\u811A\u672C\u7684\u5907\u4EFD\u3002` } } }, rollback: { title: "Rollback \xB7 \u56DE\u9000\u65B9\u6848", description: `How the system is restored to the backup when verification fails.

\u9A8C\u8BC1\u4E0D\u901A\u8FC7\u65F6\u5982\u4F55\u6062\u590D\u81F3\u5347\u7EA7\u524D\u7684\u5907\u4EFD\u7248\u672C\u3002`, type: "object", additionalProperties: !1, required: ["plan"], properties: { plan: { title: "Rollback plan \xB7 \u56DE\u9000\u6B65\u9AA4", description: `The steps that restore the previous version.

\u6062\u590D\u5230\u4E0A\u4E00\u7248\u672C\u7684\u6B65\u9AA4\u3002`, type: "string", minLength: 1, examples: ["Re-deploy 2.3.1 with Argo CD and restore the database snapshot."] } } }, people: { title: "People \xB7 \u4EBA\u5458", description: `GitHub logins of the people who prepare, run and supervise the upgrade.

\u51C6\u5907\u3001\u6267\u884C\u548C\u76D1\u7763\u672C\u6B21\u5347\u7EA7\u7684\u4EBA\u5458\u7684 GitHub \u8D26\u53F7\u3002`, type: "object", additionalProperties: !1, required: ["project_lead", "ops_lead", "executor", "supervisor"], properties: { project_lead: { $ref: "#/$defs/login", title: "Project lead \xB7 \u9879\u76EE\u8D1F\u8D23\u4EBA", description: `Prepares the upgrade materials.

\u51C6\u5907\u5347\u7EA7\u6750\u6599\u3002` }, ops_lead: { $ref: "#/$defs/login", title: "Operations lead \xB7 \u8FD0\u7EF4\u8D1F\u8D23\u4EBA", description: `The system's operations lead who receives the approved upgrade.

\u63A5\u6536\u5BA1\u6279\u901A\u8FC7\u7684\u5347\u7EA7\u7684\u7CFB\u7EDF\u8FD0\u7EF4\u8D1F\u8D23\u4EBA\u3002` }, executor: { $ref: "#/$defs/login", title: "Executor \xB7 \u6267\u884C\u4EBA", description: `Carries out the upgrade.

\u6267\u884C\u5347\u7EA7\u3002` }, supervisor: { $ref: "#/$defs/login", title: "Supervisor \xB7 \u76D1\u7763\u4EBA", description: `Watches the execution; another person than the executor.

\u76D1\u7763\u6267\u884C\u8FC7\u7A0B\uFF0C\u4E0D\u80FD\u4E0E\u6267\u884C\u4EBA\u662F\u540C\u4E00\u4EBA\uFF08\u4E00\u4EBA\u6267\u884C\u4E00\u4EBA\u76D1\u7763\uFF09\u3002` } } }, notification: { title: "Notification \xB7 \u5347\u7EA7\u901A\u77E5", description: `The all-staff upgrade notice, sent at least half a day before the window.

\u5168\u5458\u5347\u7EA7\u901A\u77E5\uFF0C\u81F3\u5C11\u63D0\u524D\u534A\u5929\u53D1\u51FA\u3002`, type: "object", additionalProperties: !1, required: ["announced_at", "channels"], properties: { announced_at: { title: "Announced at \xB7 \u901A\u77E5\u65F6\u95F4", description: `When the notice went out, e.g. 2026-11-25T09:00.

\u901A\u77E5\u53D1\u51FA\u7684\u65F6\u95F4\uFF0C\u5982 2026-11-25T09:00\u3002`, type: "string", format: "local-date-time", examples: ["2026-11-25T09:00"] }, channels: { title: "Channels \xB7 \u901A\u77E5\u6E20\u9053", description: `Where the notice went: qq-group, wechat, email.

\u901A\u77E5\u53D1\u5230\u54EA\u91CC\uFF1Aqq-group\uFF08QQ \u7FA4\uFF09\u3001wechat\uFF08\u5FAE\u4FE1\u516C\u4F17\u53F7\uFF09\u3001email\uFF08\u90AE\u4EF6\uFF09\u3002`, type: "array", minItems: 1, uniqueItems: !0, items: { description: `qq-group, wechat or email.

qq-group\uFF08QQ \u7FA4\uFF09\u3001wechat\uFF08\u5FAE\u4FE1\u516C\u4F17\u53F7\uFF09\u6216 email\uFF08\u90AE\u4EF6\uFF09\u3002`, enum: ["qq-group", "wechat", "email"] }, examples: [["qq-group", "wechat"]] } } }, emergency: { title: "Emergency \xB7 \u7D27\u6025\u5347\u7EA7", description: `Required exactly when type is emergency: why the upgrade cannot wait for the window, and the phone confirmation and e-mail registration with the General Manager's Office.

type \u4E3A emergency \u65F6\u5FC5\u586B\uFF0C\u4E14\u53EA\u5728\u6B64\u65F6\u586B\u5199\uFF1A\u4E3A\u4EC0\u4E48\u4E0D\u80FD\u7B49\u5230\u5347\u7EA7\u7A97\u53E3\uFF0C\u4EE5\u53CA\u4E0E\u603B\u7ECF\u7406\u529E\u516C\u5BA4\u7684\u7535\u8BDD\u786E\u8BA4\u548C\u90AE\u4EF6\u4E34\u65F6\u5347\u7EA7\u767B\u8BB0\u3002`, type: "object", additionalProperties: !1, required: ["reason", "impact", "justification", "confirmation"], properties: { reason: { title: "Reason \xB7 \u7D27\u6025\u539F\u56E0", description: `system-failure (a fault stops use of the system, wide impact) or business-stoppage (the system can no longer support the business, wide stoppage).

system-failure\uFF08\u7CFB\u7EDF\u6545\u969C\u5F71\u54CD\u8BE5\u7CFB\u7EDF\u7684\u7EE7\u7EED\u4F7F\u7528\u4E14\u5F71\u54CD\u8303\u56F4\u8F83\u5927\uFF09\u6216 business-stoppage\uFF08\u7CFB\u7EDF\u529F\u80FD\u5DF2\u65E0\u6CD5\u6EE1\u8DB3\u4E1A\u52A1\u5F00\u5C55\u4E14\u4F1A\u9020\u6210\u8F83\u5927\u8303\u56F4\u7684\u4E1A\u52A1\u505C\u987F\uFF09\u3002`, type: "string", examples: ["system-failure"] }, impact: { title: "Impact \xB7 \u5F71\u54CD\u8303\u56F4", description: `Who and what is affected, and how widely.

\u5F71\u54CD\u4E86\u8C01\u3001\u5F71\u54CD\u4E86\u4EC0\u4E48\u3001\u8303\u56F4\u591A\u5927\u3002`, type: "string", minLength: 1, examples: ["All invoices fail to generate for every customer since 09:12."] }, justification: { title: "Justification \xB7 \u7406\u7531", description: `Why this cannot wait for the next production window, written out.

\u4E3A\u4EC0\u4E48\u4E0D\u80FD\u7B49\u5230\u4E0B\u4E00\u4E2A\u751F\u4EA7\u73AF\u5883\u5347\u7EA7\u7A97\u53E3\uFF0C\u8BF7\u5199\u6E05\u695A\u3002`, type: "string", examples: ["Month-end billing runs tonight; without the fix no customer can be invoiced."] }, confirmation: { title: "Confirmation \xB7 \u786E\u8BA4", description: `The phone confirmation and the e-mail registration of the temporary upgrade with the General Manager's Office.

\u4E0E\u603B\u7ECF\u7406\u529E\u516C\u5BA4\u7684\u7535\u8BDD\u786E\u8BA4\u548C\u90AE\u4EF6\u4E34\u65F6\u5347\u7EA7\u767B\u8BB0\u3002`, type: "object", additionalProperties: !1, properties: { phone_confirmed_by: { title: "Confirmed by phone by \xB7 \u7535\u8BDD\u786E\u8BA4\u4EBA", description: `Who confirmed the emergency upgrade by phone.

\u8C01\u901A\u8FC7\u7535\u8BDD\u786E\u8BA4\u4E86\u8FD9\u6B21\u7D27\u6025\u5347\u7EA7\u3002`, type: "string", examples: ["Zhao Min (General Manager's Office)"] }, confirmed_at: { title: "Confirmed at \xB7 \u786E\u8BA4\u65F6\u95F4", description: `When the phone confirmation happened.

\u7535\u8BDD\u786E\u8BA4\u7684\u65F6\u95F4\u3002`, type: "string", format: "local-date-time", examples: ["2026-11-25T10:05"] }, email_registration: { title: "E-mail registration \xB7 \u90AE\u4EF6\u767B\u8BB0", description: `Reference of the registration e-mail to the General Manager's Office.

\u53D1\u7ED9\u603B\u7ECF\u7406\u529E\u516C\u5BA4\u7684\u4E34\u65F6\u5347\u7EA7\u767B\u8BB0\u90AE\u4EF6\u7684\u7F16\u53F7\u6216\u6807\u9898\u3002`, type: "string", examples: ["GMO-2026-117"] } } } } } }, $defs: { backupItem: { type: "object", additionalProperties: !1, required: ["method", "location"], properties: { method: { title: "Method \xB7 \u5907\u4EFD\u65B9\u5F0F", description: `How the backup is made.

\u600E\u6837\u5907\u4EFD\u3002`, type: "string", minLength: 1, examples: ["pg_dump of the billing database"] }, location: { title: "Location \xB7 \u5907\u4EFD\u4F4D\u7F6E", description: `Where the backup is kept.

\u5907\u4EFD\u5B58\u653E\u5728\u54EA\u91CC\u3002`, type: "string", minLength: 1, examples: ["s3://backups/billing/2026-11-26/"] } } }, login: { type: "string", pattern: "^@?[A-Za-z0-9][A-Za-z0-9-]{0,38}$", examples: ["octocat"] } } }, schema1 = { type: "object", additionalProperties: !1, required: ["method", "location"], properties: { method: { title: "Method \xB7 \u5907\u4EFD\u65B9\u5F0F", description: `How the backup is made.

\u600E\u6837\u5907\u4EFD\u3002`, type: "string", minLength: 1, examples: ["pg_dump of the billing database"] }, location: { title: "Location \xB7 \u5907\u4EFD\u4F4D\u7F6E", description: `Where the backup is kept.

\u5907\u4EFD\u5B58\u653E\u5728\u54EA\u91CC\u3002`, type: "string", minLength: 1, examples: ["s3://backups/billing/2026-11-26/"] } } }, schema4 = { type: "string", pattern: "^@?[A-Za-z0-9][A-Za-z0-9-]{0,38}$", examples: ["octocat"] }, func0 = Object.prototype.hasOwnProperty, func1 = ucs2length, func23 = require_equal().default, pattern0 = new RegExp("^[A-Za-z0-9][A-Za-z0-9._-]{2,63}$", "u"), pattern1 = new RegExp("^[a-z0-9][a-z0-9-]{0,62}$", "u"), pattern2 = new RegExp("^[a-z0-9]+:[A-Fa-f0-9]{32,}$", "u"), pattern3 = new RegExp("^@?[A-Za-z0-9][A-Za-z0-9-]{0,38}$", "u"), formats0 = schemaFormats["local-date-time"], formats4 = schemaFormats.date;
  function validate0(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
    let vErrors = null, errors = 0, evaluated0 = validate0.evaluated;
    if (evaluated0.dynamicProps && (evaluated0.props = void 0), evaluated0.dynamicItems && (evaluated0.items = void 0), data && typeof data == "object" && !Array.isArray(data)) {
      if (data.apiVersion === void 0) {
        let err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "apiVersion" }, message: "must have required property 'apiVersion'", schema: schema0.required, parentSchema: schema0, data };
        vErrors === null ? vErrors = [err0] : vErrors.push(err0), errors++;
      }
      if (data.kind === void 0) {
        let err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "kind" }, message: "must have required property 'kind'", schema: schema0.required, parentSchema: schema0, data };
        vErrors === null ? vErrors = [err1] : vErrors.push(err1), errors++;
      }
      if (data.id === void 0) {
        let err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'", schema: schema0.required, parentSchema: schema0, data };
        vErrors === null ? vErrors = [err2] : vErrors.push(err2), errors++;
      }
      if (data.system === void 0) {
        let err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "system" }, message: "must have required property 'system'", schema: schema0.required, parentSchema: schema0, data };
        vErrors === null ? vErrors = [err3] : vErrors.push(err3), errors++;
      }
      if (data.environment === void 0) {
        let err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "environment" }, message: "must have required property 'environment'", schema: schema0.required, parentSchema: schema0, data };
        vErrors === null ? vErrors = [err4] : vErrors.push(err4), errors++;
      }
      if (data.type === void 0) {
        let err5 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "type" }, message: "must have required property 'type'", schema: schema0.required, parentSchema: schema0, data };
        vErrors === null ? vErrors = [err5] : vErrors.push(err5), errors++;
      }
      if (data.release === void 0) {
        let err6 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "release" }, message: "must have required property 'release'", schema: schema0.required, parentSchema: schema0, data };
        vErrors === null ? vErrors = [err6] : vErrors.push(err6), errors++;
      }
      if (data.window === void 0) {
        let err7 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "window" }, message: "must have required property 'window'", schema: schema0.required, parentSchema: schema0, data };
        vErrors === null ? vErrors = [err7] : vErrors.push(err7), errors++;
      }
      if (data.features === void 0) {
        let err8 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "features" }, message: "must have required property 'features'", schema: schema0.required, parentSchema: schema0, data };
        vErrors === null ? vErrors = [err8] : vErrors.push(err8), errors++;
      }
      if (data.verification === void 0) {
        let err9 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "verification" }, message: "must have required property 'verification'", schema: schema0.required, parentSchema: schema0, data };
        vErrors === null ? vErrors = [err9] : vErrors.push(err9), errors++;
      }
      if (data.people === void 0) {
        let err10 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "people" }, message: "must have required property 'people'", schema: schema0.required, parentSchema: schema0, data };
        vErrors === null ? vErrors = [err10] : vErrors.push(err10), errors++;
      }
      for (let key0 in data)
        if (!func0.call(schema0.properties, key0)) {
          let err11 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema0, data };
          vErrors === null ? vErrors = [err11] : vErrors.push(err11), errors++;
        }
      if (data.apiVersion !== void 0) {
        let data0 = data.apiVersion;
        if (data0 !== "upgrade-gate/v1") {
          let err12 = { instancePath: instancePath + "/apiVersion", schemaPath: "#/properties/apiVersion/const", keyword: "const", params: { allowedValue: "upgrade-gate/v1" }, message: "must be equal to constant", schema: "upgrade-gate/v1", parentSchema: schema0.properties.apiVersion, data: data0 };
          vErrors === null ? vErrors = [err12] : vErrors.push(err12), errors++;
        }
      }
      if (data.kind !== void 0) {
        let data1 = data.kind;
        if (data1 !== "Upgrade") {
          let err13 = { instancePath: instancePath + "/kind", schemaPath: "#/properties/kind/const", keyword: "const", params: { allowedValue: "Upgrade" }, message: "must be equal to constant", schema: "Upgrade", parentSchema: schema0.properties.kind, data: data1 };
          vErrors === null ? vErrors = [err13] : vErrors.push(err13), errors++;
        }
      }
      if (data.id !== void 0) {
        let data2 = data.id;
        if (typeof data2 == "string") {
          if (!pattern0.test(data2)) {
            let err14 = { instancePath: instancePath + "/id", schemaPath: "#/properties/id/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9._-]{2,63}$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9._-]{2,63}$"', schema: "^[A-Za-z0-9][A-Za-z0-9._-]{2,63}$", parentSchema: schema0.properties.id, data: data2 };
            vErrors === null ? vErrors = [err14] : vErrors.push(err14), errors++;
          }
        } else {
          let err15 = { instancePath: instancePath + "/id", schemaPath: "#/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema0.properties.id.type, parentSchema: schema0.properties.id, data: data2 };
          vErrors === null ? vErrors = [err15] : vErrors.push(err15), errors++;
        }
      }
      if (data.system !== void 0) {
        let data3 = data.system;
        if (typeof data3 == "string") {
          if (!pattern1.test(data3)) {
            let err16 = { instancePath: instancePath + "/system", schemaPath: "#/properties/system/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9][a-z0-9-]{0,62}$" }, message: 'must match pattern "^[a-z0-9][a-z0-9-]{0,62}$"', schema: "^[a-z0-9][a-z0-9-]{0,62}$", parentSchema: schema0.properties.system, data: data3 };
            vErrors === null ? vErrors = [err16] : vErrors.push(err16), errors++;
          }
        } else {
          let err17 = { instancePath: instancePath + "/system", schemaPath: "#/properties/system/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema0.properties.system.type, parentSchema: schema0.properties.system, data: data3 };
          vErrors === null ? vErrors = [err17] : vErrors.push(err17), errors++;
        }
      }
      if (data.environment !== void 0) {
        let data4 = data.environment;
        if (!(data4 === "production" || data4 === "gray")) {
          let err18 = { instancePath: instancePath + "/environment", schemaPath: "#/properties/environment/enum", keyword: "enum", params: { allowedValues: schema0.properties.environment.enum }, message: "must be equal to one of the allowed values", schema: schema0.properties.environment.enum, parentSchema: schema0.properties.environment, data: data4 };
          vErrors === null ? vErrors = [err18] : vErrors.push(err18), errors++;
        }
      }
      if (data.type !== void 0) {
        let data5 = data.type;
        if (!(data5 === "regular" || data5 === "emergency")) {
          let err19 = { instancePath: instancePath + "/type", schemaPath: "#/properties/type/enum", keyword: "enum", params: { allowedValues: schema0.properties.type.enum }, message: "must be equal to one of the allowed values", schema: schema0.properties.type.enum, parentSchema: schema0.properties.type, data: data5 };
          vErrors === null ? vErrors = [err19] : vErrors.push(err19), errors++;
        }
      }
      if (data.release !== void 0) {
        let data6 = data.release;
        if (data6 && typeof data6 == "object" && !Array.isArray(data6)) {
          if (data6.from === void 0) {
            let err20 = { instancePath: instancePath + "/release", schemaPath: "#/properties/release/required", keyword: "required", params: { missingProperty: "from" }, message: "must have required property 'from'", schema: schema0.properties.release.required, parentSchema: schema0.properties.release, data: data6 };
            vErrors === null ? vErrors = [err20] : vErrors.push(err20), errors++;
          }
          if (data6.to === void 0) {
            let err21 = { instancePath: instancePath + "/release", schemaPath: "#/properties/release/required", keyword: "required", params: { missingProperty: "to" }, message: "must have required property 'to'", schema: schema0.properties.release.required, parentSchema: schema0.properties.release, data: data6 };
            vErrors === null ? vErrors = [err21] : vErrors.push(err21), errors++;
          }
          for (let key1 in data6)
            if (!(key1 === "from" || key1 === "to" || key1 === "artifacts")) {
              let err22 = { instancePath: instancePath + "/release", schemaPath: "#/properties/release/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema0.properties.release, data: data6 };
              vErrors === null ? vErrors = [err22] : vErrors.push(err22), errors++;
            }
          if (data6.from !== void 0) {
            let data7 = data6.from;
            if (typeof data7 == "string") {
              if (func1(data7) > 64) {
                let err23 = { instancePath: instancePath + "/release/from", schemaPath: "#/properties/release/properties/from/maxLength", keyword: "maxLength", params: { limit: 64 }, message: "must NOT have more than 64 characters", schema: 64, parentSchema: schema0.properties.release.properties.from, data: data7 };
                vErrors === null ? vErrors = [err23] : vErrors.push(err23), errors++;
              }
              if (func1(data7) < 1) {
                let err24 = { instancePath: instancePath + "/release/from", schemaPath: "#/properties/release/properties/from/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema0.properties.release.properties.from, data: data7 };
                vErrors === null ? vErrors = [err24] : vErrors.push(err24), errors++;
              }
            } else {
              let err25 = { instancePath: instancePath + "/release/from", schemaPath: "#/properties/release/properties/from/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema0.properties.release.properties.from.type, parentSchema: schema0.properties.release.properties.from, data: data7 };
              vErrors === null ? vErrors = [err25] : vErrors.push(err25), errors++;
            }
          }
          if (data6.to !== void 0) {
            let data8 = data6.to;
            if (typeof data8 == "string") {
              if (func1(data8) > 64) {
                let err26 = { instancePath: instancePath + "/release/to", schemaPath: "#/properties/release/properties/to/maxLength", keyword: "maxLength", params: { limit: 64 }, message: "must NOT have more than 64 characters", schema: 64, parentSchema: schema0.properties.release.properties.to, data: data8 };
                vErrors === null ? vErrors = [err26] : vErrors.push(err26), errors++;
              }
              if (func1(data8) < 1) {
                let err27 = { instancePath: instancePath + "/release/to", schemaPath: "#/properties/release/properties/to/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema0.properties.release.properties.to, data: data8 };
                vErrors === null ? vErrors = [err27] : vErrors.push(err27), errors++;
              }
            } else {
              let err28 = { instancePath: instancePath + "/release/to", schemaPath: "#/properties/release/properties/to/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema0.properties.release.properties.to.type, parentSchema: schema0.properties.release.properties.to, data: data8 };
              vErrors === null ? vErrors = [err28] : vErrors.push(err28), errors++;
            }
          }
          if (data6.artifacts !== void 0) {
            let data9 = data6.artifacts;
            if (Array.isArray(data9)) {
              let len0 = data9.length;
              for (let i0 = 0; i0 < len0; i0++) {
                let data10 = data9[i0];
                if (data10 && typeof data10 == "object" && !Array.isArray(data10)) {
                  if (data10.name === void 0) {
                    let err29 = { instancePath: instancePath + "/release/artifacts/" + i0, schemaPath: "#/properties/release/properties/artifacts/items/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema0.properties.release.properties.artifacts.items.required, parentSchema: schema0.properties.release.properties.artifacts.items, data: data10 };
                    vErrors === null ? vErrors = [err29] : vErrors.push(err29), errors++;
                  }
                  for (let key2 in data10)
                    if (!(key2 === "name" || key2 === "ref" || key2 === "digest")) {
                      let err30 = { instancePath: instancePath + "/release/artifacts/" + i0, schemaPath: "#/properties/release/properties/artifacts/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema0.properties.release.properties.artifacts.items, data: data10 };
                      vErrors === null ? vErrors = [err30] : vErrors.push(err30), errors++;
                    }
                  if (data10.name !== void 0) {
                    let data11 = data10.name;
                    if (typeof data11 == "string") {
                      if (func1(data11) < 1) {
                        let err31 = { instancePath: instancePath + "/release/artifacts/" + i0 + "/name", schemaPath: "#/properties/release/properties/artifacts/items/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema0.properties.release.properties.artifacts.items.properties.name, data: data11 };
                        vErrors === null ? vErrors = [err31] : vErrors.push(err31), errors++;
                      }
                    } else {
                      let err32 = { instancePath: instancePath + "/release/artifacts/" + i0 + "/name", schemaPath: "#/properties/release/properties/artifacts/items/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema0.properties.release.properties.artifacts.items.properties.name.type, parentSchema: schema0.properties.release.properties.artifacts.items.properties.name, data: data11 };
                      vErrors === null ? vErrors = [err32] : vErrors.push(err32), errors++;
                    }
                  }
                  if (data10.ref !== void 0) {
                    let data12 = data10.ref;
                    if (typeof data12 == "string") {
                      if (func1(data12) < 1) {
                        let err33 = { instancePath: instancePath + "/release/artifacts/" + i0 + "/ref", schemaPath: "#/properties/release/properties/artifacts/items/properties/ref/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema0.properties.release.properties.artifacts.items.properties.ref, data: data12 };
                        vErrors === null ? vErrors = [err33] : vErrors.push(err33), errors++;
                      }
                    } else {
                      let err34 = { instancePath: instancePath + "/release/artifacts/" + i0 + "/ref", schemaPath: "#/properties/release/properties/artifacts/items/properties/ref/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema0.properties.release.properties.artifacts.items.properties.ref.type, parentSchema: schema0.properties.release.properties.artifacts.items.properties.ref, data: data12 };
                      vErrors === null ? vErrors = [err34] : vErrors.push(err34), errors++;
                    }
                  }
                  if (data10.digest !== void 0) {
                    let data13 = data10.digest;
                    if (typeof data13 == "string") {
                      if (!pattern2.test(data13)) {
                        let err35 = { instancePath: instancePath + "/release/artifacts/" + i0 + "/digest", schemaPath: "#/properties/release/properties/artifacts/items/properties/digest/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]+:[A-Fa-f0-9]{32,}$" }, message: 'must match pattern "^[a-z0-9]+:[A-Fa-f0-9]{32,}$"', schema: "^[a-z0-9]+:[A-Fa-f0-9]{32,}$", parentSchema: schema0.properties.release.properties.artifacts.items.properties.digest, data: data13 };
                        vErrors === null ? vErrors = [err35] : vErrors.push(err35), errors++;
                      }
                    } else {
                      let err36 = { instancePath: instancePath + "/release/artifacts/" + i0 + "/digest", schemaPath: "#/properties/release/properties/artifacts/items/properties/digest/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema0.properties.release.properties.artifacts.items.properties.digest.type, parentSchema: schema0.properties.release.properties.artifacts.items.properties.digest, data: data13 };
                      vErrors === null ? vErrors = [err36] : vErrors.push(err36), errors++;
                    }
                  }
                } else {
                  let err37 = { instancePath: instancePath + "/release/artifacts/" + i0, schemaPath: "#/properties/release/properties/artifacts/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema0.properties.release.properties.artifacts.items.type, parentSchema: schema0.properties.release.properties.artifacts.items, data: data10 };
                  vErrors === null ? vErrors = [err37] : vErrors.push(err37), errors++;
                }
              }
            } else {
              let err38 = { instancePath: instancePath + "/release/artifacts", schemaPath: "#/properties/release/properties/artifacts/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema0.properties.release.properties.artifacts.type, parentSchema: schema0.properties.release.properties.artifacts, data: data9 };
              vErrors === null ? vErrors = [err38] : vErrors.push(err38), errors++;
            }
          }
        } else {
          let err39 = { instancePath: instancePath + "/release", schemaPath: "#/properties/release/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema0.properties.release.type, parentSchema: schema0.properties.release, data: data6 };
          vErrors === null ? vErrors = [err39] : vErrors.push(err39), errors++;
        }
      }
      if (data.window !== void 0) {
        let data14 = data.window;
        if (data14 && typeof data14 == "object" && !Array.isArray(data14)) {
          if (data14.start === void 0) {
            let err40 = { instancePath: instancePath + "/window", schemaPath: "#/properties/window/required", keyword: "required", params: { missingProperty: "start" }, message: "must have required property 'start'", schema: schema0.properties.window.required, parentSchema: schema0.properties.window, data: data14 };
            vErrors === null ? vErrors = [err40] : vErrors.push(err40), errors++;
          }
          if (data14.end === void 0) {
            let err41 = { instancePath: instancePath + "/window", schemaPath: "#/properties/window/required", keyword: "required", params: { missingProperty: "end" }, message: "must have required property 'end'", schema: schema0.properties.window.required, parentSchema: schema0.properties.window, data: data14 };
            vErrors === null ? vErrors = [err41] : vErrors.push(err41), errors++;
          }
          for (let key3 in data14)
            if (!(key3 === "start" || key3 === "end")) {
              let err42 = { instancePath: instancePath + "/window", schemaPath: "#/properties/window/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema0.properties.window, data: data14 };
              vErrors === null ? vErrors = [err42] : vErrors.push(err42), errors++;
            }
          if (data14.start !== void 0) {
            let data15 = data14.start;
            if (typeof data15 == "string") {
              if (!formats0.validate(data15)) {
                let err43 = { instancePath: instancePath + "/window/start", schemaPath: "#/properties/window/properties/start/format", keyword: "format", params: { format: "local-date-time" }, message: 'must match format "local-date-time"', schema: "local-date-time", parentSchema: schema0.properties.window.properties.start, data: data15 };
                vErrors === null ? vErrors = [err43] : vErrors.push(err43), errors++;
              }
            } else {
              let err44 = { instancePath: instancePath + "/window/start", schemaPath: "#/properties/window/properties/start/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema0.properties.window.properties.start.type, parentSchema: schema0.properties.window.properties.start, data: data15 };
              vErrors === null ? vErrors = [err44] : vErrors.push(err44), errors++;
            }
          }
          if (data14.end !== void 0) {
            let data16 = data14.end;
            if (typeof data16 == "string") {
              if (!formats0.validate(data16)) {
                let err45 = { instancePath: instancePath + "/window/end", schemaPath: "#/properties/window/properties/end/format", keyword: "format", params: { format: "local-date-time" }, message: 'must match format "local-date-time"', schema: "local-date-time", parentSchema: schema0.properties.window.properties.end, data: data16 };
                vErrors === null ? vErrors = [err45] : vErrors.push(err45), errors++;
              }
            } else {
              let err46 = { instancePath: instancePath + "/window/end", schemaPath: "#/properties/window/properties/end/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema0.properties.window.properties.end.type, parentSchema: schema0.properties.window.properties.end, data: data16 };
              vErrors === null ? vErrors = [err46] : vErrors.push(err46), errors++;
            }
          }
        } else {
          let err47 = { instancePath: instancePath + "/window", schemaPath: "#/properties/window/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema0.properties.window.type, parentSchema: schema0.properties.window, data: data14 };
          vErrors === null ? vErrors = [err47] : vErrors.push(err47), errors++;
        }
      }
      if (data.features !== void 0) {
        let data17 = data.features;
        if (Array.isArray(data17)) {
          if (data17.length < 1) {
            let err48 = { instancePath: instancePath + "/features", schemaPath: "#/properties/features/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema0.properties.features, data: data17 };
            vErrors === null ? vErrors = [err48] : vErrors.push(err48), errors++;
          }
          let len1 = data17.length;
          for (let i1 = 0; i1 < len1; i1++) {
            let data18 = data17[i1];
            if (data18 && typeof data18 == "object" && !Array.isArray(data18)) {
              if (data18.id === void 0) {
                let err49 = { instancePath: instancePath + "/features/" + i1, schemaPath: "#/properties/features/items/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'", schema: schema0.properties.features.items.required, parentSchema: schema0.properties.features.items, data: data18 };
                vErrors === null ? vErrors = [err49] : vErrors.push(err49), errors++;
              }
              if (data18.title === void 0) {
                let err50 = { instancePath: instancePath + "/features/" + i1, schemaPath: "#/properties/features/items/required", keyword: "required", params: { missingProperty: "title" }, message: "must have required property 'title'", schema: schema0.properties.features.items.required, parentSchema: schema0.properties.features.items, data: data18 };
                vErrors === null ? vErrors = [err50] : vErrors.push(err50), errors++;
              }
              for (let key4 in data18)
                if (!(key4 === "id" || key4 === "title" || key4 === "description")) {
                  let err51 = { instancePath: instancePath + "/features/" + i1, schemaPath: "#/properties/features/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema0.properties.features.items, data: data18 };
                  vErrors === null ? vErrors = [err51] : vErrors.push(err51), errors++;
                }
              if (data18.id !== void 0) {
                let data19 = data18.id;
                if (typeof data19 == "string") {
                  if (func1(data19) < 1) {
                    let err52 = { instancePath: instancePath + "/features/" + i1 + "/id", schemaPath: "#/properties/features/items/properties/id/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema0.properties.features.items.properties.id, data: data19 };
                    vErrors === null ? vErrors = [err52] : vErrors.push(err52), errors++;
                  }
                } else {
                  let err53 = { instancePath: instancePath + "/features/" + i1 + "/id", schemaPath: "#/properties/features/items/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema0.properties.features.items.properties.id.type, parentSchema: schema0.properties.features.items.properties.id, data: data19 };
                  vErrors === null ? vErrors = [err53] : vErrors.push(err53), errors++;
                }
              }
              if (data18.title !== void 0) {
                let data20 = data18.title;
                if (typeof data20 == "string") {
                  if (func1(data20) < 1) {
                    let err54 = { instancePath: instancePath + "/features/" + i1 + "/title", schemaPath: "#/properties/features/items/properties/title/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema0.properties.features.items.properties.title, data: data20 };
                    vErrors === null ? vErrors = [err54] : vErrors.push(err54), errors++;
                  }
                } else {
                  let err55 = { instancePath: instancePath + "/features/" + i1 + "/title", schemaPath: "#/properties/features/items/properties/title/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema0.properties.features.items.properties.title.type, parentSchema: schema0.properties.features.items.properties.title, data: data20 };
                  vErrors === null ? vErrors = [err55] : vErrors.push(err55), errors++;
                }
              }
              if (data18.description !== void 0) {
                let data21 = data18.description;
                if (typeof data21 != "string") {
                  let err56 = { instancePath: instancePath + "/features/" + i1 + "/description", schemaPath: "#/properties/features/items/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema0.properties.features.items.properties.description.type, parentSchema: schema0.properties.features.items.properties.description, data: data21 };
                  vErrors === null ? vErrors = [err56] : vErrors.push(err56), errors++;
                }
              }
            } else {
              let err57 = { instancePath: instancePath + "/features/" + i1, schemaPath: "#/properties/features/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema0.properties.features.items.type, parentSchema: schema0.properties.features.items, data: data18 };
              vErrors === null ? vErrors = [err57] : vErrors.push(err57), errors++;
            }
          }
        } else {
          let err58 = { instancePath: instancePath + "/features", schemaPath: "#/properties/features/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema0.properties.features.type, parentSchema: schema0.properties.features, data: data17 };
          vErrors === null ? vErrors = [err58] : vErrors.push(err58), errors++;
        }
      }
      if (data.verification !== void 0) {
        let data22 = data.verification;
        if (data22 && typeof data22 == "object" && !Array.isArray(data22)) {
          if (data22.cases === void 0) {
            let err59 = { instancePath: instancePath + "/verification", schemaPath: "#/properties/verification/required", keyword: "required", params: { missingProperty: "cases" }, message: "must have required property 'cases'", schema: schema0.properties.verification.required, parentSchema: schema0.properties.verification, data: data22 };
            vErrors === null ? vErrors = [err59] : vErrors.push(err59), errors++;
          }
          for (let key5 in data22)
            if (key5 !== "cases") {
              let err60 = { instancePath: instancePath + "/verification", schemaPath: "#/properties/verification/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key5 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema0.properties.verification, data: data22 };
              vErrors === null ? vErrors = [err60] : vErrors.push(err60), errors++;
            }
          if (data22.cases !== void 0) {
            let data23 = data22.cases;
            if (Array.isArray(data23)) {
              if (data23.length < 1) {
                let err61 = { instancePath: instancePath + "/verification/cases", schemaPath: "#/properties/verification/properties/cases/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema0.properties.verification.properties.cases, data: data23 };
                vErrors === null ? vErrors = [err61] : vErrors.push(err61), errors++;
              }
              let len2 = data23.length;
              for (let i2 = 0; i2 < len2; i2++) {
                let data24 = data23[i2];
                if (data24 && typeof data24 == "object" && !Array.isArray(data24)) {
                  if (data24.id === void 0) {
                    let err62 = { instancePath: instancePath + "/verification/cases/" + i2, schemaPath: "#/properties/verification/properties/cases/items/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'", schema: schema0.properties.verification.properties.cases.items.required, parentSchema: schema0.properties.verification.properties.cases.items, data: data24 };
                    vErrors === null ? vErrors = [err62] : vErrors.push(err62), errors++;
                  }
                  if (data24.steps === void 0) {
                    let err63 = { instancePath: instancePath + "/verification/cases/" + i2, schemaPath: "#/properties/verification/properties/cases/items/required", keyword: "required", params: { missingProperty: "steps" }, message: "must have required property 'steps'", schema: schema0.properties.verification.properties.cases.items.required, parentSchema: schema0.properties.verification.properties.cases.items, data: data24 };
                    vErrors === null ? vErrors = [err63] : vErrors.push(err63), errors++;
                  }
                  if (data24.expected === void 0) {
                    let err64 = { instancePath: instancePath + "/verification/cases/" + i2, schemaPath: "#/properties/verification/properties/cases/items/required", keyword: "required", params: { missingProperty: "expected" }, message: "must have required property 'expected'", schema: schema0.properties.verification.properties.cases.items.required, parentSchema: schema0.properties.verification.properties.cases.items, data: data24 };
                    vErrors === null ? vErrors = [err64] : vErrors.push(err64), errors++;
                  }
                  for (let key6 in data24)
                    if (!(key6 === "id" || key6 === "steps" || key6 === "expected")) {
                      let err65 = { instancePath: instancePath + "/verification/cases/" + i2, schemaPath: "#/properties/verification/properties/cases/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key6 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema0.properties.verification.properties.cases.items, data: data24 };
                      vErrors === null ? vErrors = [err65] : vErrors.push(err65), errors++;
                    }
                  if (data24.id !== void 0) {
                    let data25 = data24.id;
                    if (typeof data25 == "string") {
                      if (func1(data25) < 1) {
                        let err66 = { instancePath: instancePath + "/verification/cases/" + i2 + "/id", schemaPath: "#/properties/verification/properties/cases/items/properties/id/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema0.properties.verification.properties.cases.items.properties.id, data: data25 };
                        vErrors === null ? vErrors = [err66] : vErrors.push(err66), errors++;
                      }
                    } else {
                      let err67 = { instancePath: instancePath + "/verification/cases/" + i2 + "/id", schemaPath: "#/properties/verification/properties/cases/items/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema0.properties.verification.properties.cases.items.properties.id.type, parentSchema: schema0.properties.verification.properties.cases.items.properties.id, data: data25 };
                      vErrors === null ? vErrors = [err67] : vErrors.push(err67), errors++;
                    }
                  }
                  if (data24.steps !== void 0) {
                    let data26 = data24.steps, _errs57 = errors, valid13 = !1, passing0 = null, _errs58 = errors;
                    if (typeof data26 == "string") {
                      if (func1(data26) < 1) {
                        let err68 = { instancePath: instancePath + "/verification/cases/" + i2 + "/steps", schemaPath: "#/properties/verification/properties/cases/items/properties/steps/oneOf/0/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema0.properties.verification.properties.cases.items.properties.steps.oneOf[0], data: data26 };
                        vErrors === null ? vErrors = [err68] : vErrors.push(err68), errors++;
                      }
                    } else {
                      let err69 = { instancePath: instancePath + "/verification/cases/" + i2 + "/steps", schemaPath: "#/properties/verification/properties/cases/items/properties/steps/oneOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema0.properties.verification.properties.cases.items.properties.steps.oneOf[0].type, parentSchema: schema0.properties.verification.properties.cases.items.properties.steps.oneOf[0], data: data26 };
                      vErrors === null ? vErrors = [err69] : vErrors.push(err69), errors++;
                    }
                    var _valid0 = _errs58 === errors;
                    _valid0 && (valid13 = !0, passing0 = 0);
                    let _errs60 = errors;
                    if (Array.isArray(data26)) {
                      if (data26.length < 1) {
                        let err70 = { instancePath: instancePath + "/verification/cases/" + i2 + "/steps", schemaPath: "#/properties/verification/properties/cases/items/properties/steps/oneOf/1/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema0.properties.verification.properties.cases.items.properties.steps.oneOf[1], data: data26 };
                        vErrors === null ? vErrors = [err70] : vErrors.push(err70), errors++;
                      }
                      let len3 = data26.length;
                      for (let i3 = 0; i3 < len3; i3++) {
                        let data27 = data26[i3];
                        if (typeof data27 == "string") {
                          if (func1(data27) < 1) {
                            let err71 = { instancePath: instancePath + "/verification/cases/" + i2 + "/steps/" + i3, schemaPath: "#/properties/verification/properties/cases/items/properties/steps/oneOf/1/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema0.properties.verification.properties.cases.items.properties.steps.oneOf[1].items, data: data27 };
                            vErrors === null ? vErrors = [err71] : vErrors.push(err71), errors++;
                          }
                        } else {
                          let err72 = { instancePath: instancePath + "/verification/cases/" + i2 + "/steps/" + i3, schemaPath: "#/properties/verification/properties/cases/items/properties/steps/oneOf/1/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema0.properties.verification.properties.cases.items.properties.steps.oneOf[1].items.type, parentSchema: schema0.properties.verification.properties.cases.items.properties.steps.oneOf[1].items, data: data27 };
                          vErrors === null ? vErrors = [err72] : vErrors.push(err72), errors++;
                        }
                      }
                    } else {
                      let err73 = { instancePath: instancePath + "/verification/cases/" + i2 + "/steps", schemaPath: "#/properties/verification/properties/cases/items/properties/steps/oneOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema0.properties.verification.properties.cases.items.properties.steps.oneOf[1].type, parentSchema: schema0.properties.verification.properties.cases.items.properties.steps.oneOf[1], data: data26 };
                      vErrors === null ? vErrors = [err73] : vErrors.push(err73), errors++;
                    }
                    var _valid0 = _errs60 === errors;
                    if (_valid0 && valid13 ? (valid13 = !1, passing0 = [passing0, 1]) : _valid0 && (valid13 = !0, passing0 = 1), valid13)
                      errors = _errs57, vErrors !== null && (_errs57 ? vErrors.length = _errs57 : vErrors = null);
                    else {
                      let err74 = { instancePath: instancePath + "/verification/cases/" + i2 + "/steps", schemaPath: "#/properties/verification/properties/cases/items/properties/steps/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf", schema: schema0.properties.verification.properties.cases.items.properties.steps.oneOf, parentSchema: schema0.properties.verification.properties.cases.items.properties.steps, data: data26 };
                      vErrors === null ? vErrors = [err74] : vErrors.push(err74), errors++;
                    }
                  }
                  if (data24.expected !== void 0) {
                    let data28 = data24.expected;
                    if (typeof data28 == "string") {
                      if (func1(data28) < 1) {
                        let err75 = { instancePath: instancePath + "/verification/cases/" + i2 + "/expected", schemaPath: "#/properties/verification/properties/cases/items/properties/expected/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema0.properties.verification.properties.cases.items.properties.expected, data: data28 };
                        vErrors === null ? vErrors = [err75] : vErrors.push(err75), errors++;
                      }
                    } else {
                      let err76 = { instancePath: instancePath + "/verification/cases/" + i2 + "/expected", schemaPath: "#/properties/verification/properties/cases/items/properties/expected/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema0.properties.verification.properties.cases.items.properties.expected.type, parentSchema: schema0.properties.verification.properties.cases.items.properties.expected, data: data28 };
                      vErrors === null ? vErrors = [err76] : vErrors.push(err76), errors++;
                    }
                  }
                } else {
                  let err77 = { instancePath: instancePath + "/verification/cases/" + i2, schemaPath: "#/properties/verification/properties/cases/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema0.properties.verification.properties.cases.items.type, parentSchema: schema0.properties.verification.properties.cases.items, data: data24 };
                  vErrors === null ? vErrors = [err77] : vErrors.push(err77), errors++;
                }
              }
            } else {
              let err78 = { instancePath: instancePath + "/verification/cases", schemaPath: "#/properties/verification/properties/cases/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema0.properties.verification.properties.cases.type, parentSchema: schema0.properties.verification.properties.cases, data: data23 };
              vErrors === null ? vErrors = [err78] : vErrors.push(err78), errors++;
            }
          }
        } else {
          let err79 = { instancePath: instancePath + "/verification", schemaPath: "#/properties/verification/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema0.properties.verification.type, parentSchema: schema0.properties.verification, data: data22 };
          vErrors === null ? vErrors = [err79] : vErrors.push(err79), errors++;
        }
      }
      if (data.acceptance !== void 0) {
        let data29 = data.acceptance;
        if (data29 && typeof data29 == "object" && !Array.isArray(data29)) {
          if (data29.verified_by === void 0) {
            let err80 = { instancePath: instancePath + "/acceptance", schemaPath: "#/properties/acceptance/required", keyword: "required", params: { missingProperty: "verified_by" }, message: "must have required property 'verified_by'", schema: schema0.properties.acceptance.required, parentSchema: schema0.properties.acceptance, data: data29 };
            vErrors === null ? vErrors = [err80] : vErrors.push(err80), errors++;
          }
          if (data29.date === void 0) {
            let err81 = { instancePath: instancePath + "/acceptance", schemaPath: "#/properties/acceptance/required", keyword: "required", params: { missingProperty: "date" }, message: "must have required property 'date'", schema: schema0.properties.acceptance.required, parentSchema: schema0.properties.acceptance, data: data29 };
            vErrors === null ? vErrors = [err81] : vErrors.push(err81), errors++;
          }
          if (data29.evidence === void 0) {
            let err82 = { instancePath: instancePath + "/acceptance", schemaPath: "#/properties/acceptance/required", keyword: "required", params: { missingProperty: "evidence" }, message: "must have required property 'evidence'", schema: schema0.properties.acceptance.required, parentSchema: schema0.properties.acceptance, data: data29 };
            vErrors === null ? vErrors = [err82] : vErrors.push(err82), errors++;
          }
          for (let key7 in data29)
            if (!(key7 === "verified_by" || key7 === "date" || key7 === "evidence")) {
              let err83 = { instancePath: instancePath + "/acceptance", schemaPath: "#/properties/acceptance/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key7 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema0.properties.acceptance, data: data29 };
              vErrors === null ? vErrors = [err83] : vErrors.push(err83), errors++;
            }
          if (data29.verified_by !== void 0) {
            let data30 = data29.verified_by;
            if (typeof data30 == "string") {
              if (func1(data30) < 1) {
                let err84 = { instancePath: instancePath + "/acceptance/verified_by", schemaPath: "#/properties/acceptance/properties/verified_by/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema0.properties.acceptance.properties.verified_by, data: data30 };
                vErrors === null ? vErrors = [err84] : vErrors.push(err84), errors++;
              }
            } else {
              let err85 = { instancePath: instancePath + "/acceptance/verified_by", schemaPath: "#/properties/acceptance/properties/verified_by/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema0.properties.acceptance.properties.verified_by.type, parentSchema: schema0.properties.acceptance.properties.verified_by, data: data30 };
              vErrors === null ? vErrors = [err85] : vErrors.push(err85), errors++;
            }
          }
          if (data29.date !== void 0) {
            let data31 = data29.date;
            if (typeof data31 == "string") {
              if (!formats4.validate(data31)) {
                let err86 = { instancePath: instancePath + "/acceptance/date", schemaPath: "#/properties/acceptance/properties/date/format", keyword: "format", params: { format: "date" }, message: 'must match format "date"', schema: "date", parentSchema: schema0.properties.acceptance.properties.date, data: data31 };
                vErrors === null ? vErrors = [err86] : vErrors.push(err86), errors++;
              }
            } else {
              let err87 = { instancePath: instancePath + "/acceptance/date", schemaPath: "#/properties/acceptance/properties/date/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema0.properties.acceptance.properties.date.type, parentSchema: schema0.properties.acceptance.properties.date, data: data31 };
              vErrors === null ? vErrors = [err87] : vErrors.push(err87), errors++;
            }
          }
          if (data29.evidence !== void 0) {
            let data32 = data29.evidence;
            if (typeof data32 == "string") {
              if (func1(data32) < 1) {
                let err88 = { instancePath: instancePath + "/acceptance/evidence", schemaPath: "#/properties/acceptance/properties/evidence/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema0.properties.acceptance.properties.evidence, data: data32 };
                vErrors === null ? vErrors = [err88] : vErrors.push(err88), errors++;
              }
            } else {
              let err89 = { instancePath: instancePath + "/acceptance/evidence", schemaPath: "#/properties/acceptance/properties/evidence/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema0.properties.acceptance.properties.evidence.type, parentSchema: schema0.properties.acceptance.properties.evidence, data: data32 };
              vErrors === null ? vErrors = [err89] : vErrors.push(err89), errors++;
            }
          }
        } else {
          let err90 = { instancePath: instancePath + "/acceptance", schemaPath: "#/properties/acceptance/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema0.properties.acceptance.type, parentSchema: schema0.properties.acceptance, data: data29 };
          vErrors === null ? vErrors = [err90] : vErrors.push(err90), errors++;
        }
      }
      if (data.gray_test !== void 0) {
        let data33 = data.gray_test;
        if (data33 && typeof data33 == "object" && !Array.isArray(data33)) {
          if (data33.completed === void 0) {
            let err91 = { instancePath: instancePath + "/gray_test", schemaPath: "#/properties/gray_test/required", keyword: "required", params: { missingProperty: "completed" }, message: "must have required property 'completed'", schema: schema0.properties.gray_test.required, parentSchema: schema0.properties.gray_test, data: data33 };
            vErrors === null ? vErrors = [err91] : vErrors.push(err91), errors++;
          }
          if (data33.result === void 0) {
            let err92 = { instancePath: instancePath + "/gray_test", schemaPath: "#/properties/gray_test/required", keyword: "required", params: { missingProperty: "result" }, message: "must have required property 'result'", schema: schema0.properties.gray_test.required, parentSchema: schema0.properties.gray_test, data: data33 };
            vErrors === null ? vErrors = [err92] : vErrors.push(err92), errors++;
          }
          if (data33.report === void 0) {
            let err93 = { instancePath: instancePath + "/gray_test", schemaPath: "#/properties/gray_test/required", keyword: "required", params: { missingProperty: "report" }, message: "must have required property 'report'", schema: schema0.properties.gray_test.required, parentSchema: schema0.properties.gray_test, data: data33 };
            vErrors === null ? vErrors = [err93] : vErrors.push(err93), errors++;
          }
          for (let key8 in data33)
            if (!(key8 === "completed" || key8 === "result" || key8 === "report")) {
              let err94 = { instancePath: instancePath + "/gray_test", schemaPath: "#/properties/gray_test/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key8 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema0.properties.gray_test, data: data33 };
              vErrors === null ? vErrors = [err94] : vErrors.push(err94), errors++;
            }
          if (data33.completed !== void 0) {
            let data34 = data33.completed;
            if (typeof data34 == "string") {
              if (!formats0.validate(data34)) {
                let err95 = { instancePath: instancePath + "/gray_test/completed", schemaPath: "#/properties/gray_test/properties/completed/format", keyword: "format", params: { format: "local-date-time" }, message: 'must match format "local-date-time"', schema: "local-date-time", parentSchema: schema0.properties.gray_test.properties.completed, data: data34 };
                vErrors === null ? vErrors = [err95] : vErrors.push(err95), errors++;
              }
            } else {
              let err96 = { instancePath: instancePath + "/gray_test/completed", schemaPath: "#/properties/gray_test/properties/completed/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema0.properties.gray_test.properties.completed.type, parentSchema: schema0.properties.gray_test.properties.completed, data: data34 };
              vErrors === null ? vErrors = [err96] : vErrors.push(err96), errors++;
            }
          }
          if (data33.result !== void 0) {
            let data35 = data33.result;
            if (!(data35 === "passed" || data35 === "failed")) {
              let err97 = { instancePath: instancePath + "/gray_test/result", schemaPath: "#/properties/gray_test/properties/result/enum", keyword: "enum", params: { allowedValues: schema0.properties.gray_test.properties.result.enum }, message: "must be equal to one of the allowed values", schema: schema0.properties.gray_test.properties.result.enum, parentSchema: schema0.properties.gray_test.properties.result, data: data35 };
              vErrors === null ? vErrors = [err97] : vErrors.push(err97), errors++;
            }
          }
          if (data33.report !== void 0) {
            let data36 = data33.report;
            if (typeof data36 == "string") {
              if (func1(data36) < 1) {
                let err98 = { instancePath: instancePath + "/gray_test/report", schemaPath: "#/properties/gray_test/properties/report/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema0.properties.gray_test.properties.report, data: data36 };
                vErrors === null ? vErrors = [err98] : vErrors.push(err98), errors++;
              }
            } else {
              let err99 = { instancePath: instancePath + "/gray_test/report", schemaPath: "#/properties/gray_test/properties/report/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema0.properties.gray_test.properties.report.type, parentSchema: schema0.properties.gray_test.properties.report, data: data36 };
              vErrors === null ? vErrors = [err99] : vErrors.push(err99), errors++;
            }
          }
        } else {
          let err100 = { instancePath: instancePath + "/gray_test", schemaPath: "#/properties/gray_test/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema0.properties.gray_test.type, parentSchema: schema0.properties.gray_test, data: data33 };
          vErrors === null ? vErrors = [err100] : vErrors.push(err100), errors++;
        }
      }
      if (data.backup !== void 0) {
        let data37 = data.backup;
        if (data37 && typeof data37 == "object" && !Array.isArray(data37)) {
          for (let key9 in data37)
            if (!(key9 === "data" || key9 === "programs" || key9 === "config")) {
              let err101 = { instancePath: instancePath + "/backup", schemaPath: "#/properties/backup/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key9 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema0.properties.backup, data: data37 };
              vErrors === null ? vErrors = [err101] : vErrors.push(err101), errors++;
            }
          if (data37.data !== void 0) {
            let data38 = data37.data;
            if (data38 && typeof data38 == "object" && !Array.isArray(data38)) {
              if (data38.method === void 0) {
                let err102 = { instancePath: instancePath + "/backup/data", schemaPath: "#/$defs/backupItem/required", keyword: "required", params: { missingProperty: "method" }, message: "must have required property 'method'", schema: schema1.required, parentSchema: schema1, data: data38 };
                vErrors === null ? vErrors = [err102] : vErrors.push(err102), errors++;
              }
              if (data38.location === void 0) {
                let err103 = { instancePath: instancePath + "/backup/data", schemaPath: "#/$defs/backupItem/required", keyword: "required", params: { missingProperty: "location" }, message: "must have required property 'location'", schema: schema1.required, parentSchema: schema1, data: data38 };
                vErrors === null ? vErrors = [err103] : vErrors.push(err103), errors++;
              }
              for (let key10 in data38)
                if (!(key10 === "method" || key10 === "location")) {
                  let err104 = { instancePath: instancePath + "/backup/data", schemaPath: "#/$defs/backupItem/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key10 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema1, data: data38 };
                  vErrors === null ? vErrors = [err104] : vErrors.push(err104), errors++;
                }
              if (data38.method !== void 0) {
                let data39 = data38.method;
                if (typeof data39 == "string") {
                  if (func1(data39) < 1) {
                    let err105 = { instancePath: instancePath + "/backup/data/method", schemaPath: "#/$defs/backupItem/properties/method/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema1.properties.method, data: data39 };
                    vErrors === null ? vErrors = [err105] : vErrors.push(err105), errors++;
                  }
                } else {
                  let err106 = { instancePath: instancePath + "/backup/data/method", schemaPath: "#/$defs/backupItem/properties/method/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema1.properties.method.type, parentSchema: schema1.properties.method, data: data39 };
                  vErrors === null ? vErrors = [err106] : vErrors.push(err106), errors++;
                }
              }
              if (data38.location !== void 0) {
                let data40 = data38.location;
                if (typeof data40 == "string") {
                  if (func1(data40) < 1) {
                    let err107 = { instancePath: instancePath + "/backup/data/location", schemaPath: "#/$defs/backupItem/properties/location/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema1.properties.location, data: data40 };
                    vErrors === null ? vErrors = [err107] : vErrors.push(err107), errors++;
                  }
                } else {
                  let err108 = { instancePath: instancePath + "/backup/data/location", schemaPath: "#/$defs/backupItem/properties/location/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema1.properties.location.type, parentSchema: schema1.properties.location, data: data40 };
                  vErrors === null ? vErrors = [err108] : vErrors.push(err108), errors++;
                }
              }
            } else {
              let err109 = { instancePath: instancePath + "/backup/data", schemaPath: "#/$defs/backupItem/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema1.type, parentSchema: schema1, data: data38 };
              vErrors === null ? vErrors = [err109] : vErrors.push(err109), errors++;
            }
          }
          if (data37.programs !== void 0) {
            let data41 = data37.programs;
            if (data41 && typeof data41 == "object" && !Array.isArray(data41)) {
              if (data41.method === void 0) {
                let err110 = { instancePath: instancePath + "/backup/programs", schemaPath: "#/$defs/backupItem/required", keyword: "required", params: { missingProperty: "method" }, message: "must have required property 'method'", schema: schema1.required, parentSchema: schema1, data: data41 };
                vErrors === null ? vErrors = [err110] : vErrors.push(err110), errors++;
              }
              if (data41.location === void 0) {
                let err111 = { instancePath: instancePath + "/backup/programs", schemaPath: "#/$defs/backupItem/required", keyword: "required", params: { missingProperty: "location" }, message: "must have required property 'location'", schema: schema1.required, parentSchema: schema1, data: data41 };
                vErrors === null ? vErrors = [err111] : vErrors.push(err111), errors++;
              }
              for (let key11 in data41)
                if (!(key11 === "method" || key11 === "location")) {
                  let err112 = { instancePath: instancePath + "/backup/programs", schemaPath: "#/$defs/backupItem/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key11 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema1, data: data41 };
                  vErrors === null ? vErrors = [err112] : vErrors.push(err112), errors++;
                }
              if (data41.method !== void 0) {
                let data42 = data41.method;
                if (typeof data42 == "string") {
                  if (func1(data42) < 1) {
                    let err113 = { instancePath: instancePath + "/backup/programs/method", schemaPath: "#/$defs/backupItem/properties/method/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema1.properties.method, data: data42 };
                    vErrors === null ? vErrors = [err113] : vErrors.push(err113), errors++;
                  }
                } else {
                  let err114 = { instancePath: instancePath + "/backup/programs/method", schemaPath: "#/$defs/backupItem/properties/method/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema1.properties.method.type, parentSchema: schema1.properties.method, data: data42 };
                  vErrors === null ? vErrors = [err114] : vErrors.push(err114), errors++;
                }
              }
              if (data41.location !== void 0) {
                let data43 = data41.location;
                if (typeof data43 == "string") {
                  if (func1(data43) < 1) {
                    let err115 = { instancePath: instancePath + "/backup/programs/location", schemaPath: "#/$defs/backupItem/properties/location/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema1.properties.location, data: data43 };
                    vErrors === null ? vErrors = [err115] : vErrors.push(err115), errors++;
                  }
                } else {
                  let err116 = { instancePath: instancePath + "/backup/programs/location", schemaPath: "#/$defs/backupItem/properties/location/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema1.properties.location.type, parentSchema: schema1.properties.location, data: data43 };
                  vErrors === null ? vErrors = [err116] : vErrors.push(err116), errors++;
                }
              }
            } else {
              let err117 = { instancePath: instancePath + "/backup/programs", schemaPath: "#/$defs/backupItem/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema1.type, parentSchema: schema1, data: data41 };
              vErrors === null ? vErrors = [err117] : vErrors.push(err117), errors++;
            }
          }
          if (data37.config !== void 0) {
            let data44 = data37.config;
            if (data44 && typeof data44 == "object" && !Array.isArray(data44)) {
              if (data44.method === void 0) {
                let err118 = { instancePath: instancePath + "/backup/config", schemaPath: "#/$defs/backupItem/required", keyword: "required", params: { missingProperty: "method" }, message: "must have required property 'method'", schema: schema1.required, parentSchema: schema1, data: data44 };
                vErrors === null ? vErrors = [err118] : vErrors.push(err118), errors++;
              }
              if (data44.location === void 0) {
                let err119 = { instancePath: instancePath + "/backup/config", schemaPath: "#/$defs/backupItem/required", keyword: "required", params: { missingProperty: "location" }, message: "must have required property 'location'", schema: schema1.required, parentSchema: schema1, data: data44 };
                vErrors === null ? vErrors = [err119] : vErrors.push(err119), errors++;
              }
              for (let key12 in data44)
                if (!(key12 === "method" || key12 === "location")) {
                  let err120 = { instancePath: instancePath + "/backup/config", schemaPath: "#/$defs/backupItem/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key12 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema1, data: data44 };
                  vErrors === null ? vErrors = [err120] : vErrors.push(err120), errors++;
                }
              if (data44.method !== void 0) {
                let data45 = data44.method;
                if (typeof data45 == "string") {
                  if (func1(data45) < 1) {
                    let err121 = { instancePath: instancePath + "/backup/config/method", schemaPath: "#/$defs/backupItem/properties/method/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema1.properties.method, data: data45 };
                    vErrors === null ? vErrors = [err121] : vErrors.push(err121), errors++;
                  }
                } else {
                  let err122 = { instancePath: instancePath + "/backup/config/method", schemaPath: "#/$defs/backupItem/properties/method/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema1.properties.method.type, parentSchema: schema1.properties.method, data: data45 };
                  vErrors === null ? vErrors = [err122] : vErrors.push(err122), errors++;
                }
              }
              if (data44.location !== void 0) {
                let data46 = data44.location;
                if (typeof data46 == "string") {
                  if (func1(data46) < 1) {
                    let err123 = { instancePath: instancePath + "/backup/config/location", schemaPath: "#/$defs/backupItem/properties/location/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema1.properties.location, data: data46 };
                    vErrors === null ? vErrors = [err123] : vErrors.push(err123), errors++;
                  }
                } else {
                  let err124 = { instancePath: instancePath + "/backup/config/location", schemaPath: "#/$defs/backupItem/properties/location/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema1.properties.location.type, parentSchema: schema1.properties.location, data: data46 };
                  vErrors === null ? vErrors = [err124] : vErrors.push(err124), errors++;
                }
              }
            } else {
              let err125 = { instancePath: instancePath + "/backup/config", schemaPath: "#/$defs/backupItem/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema1.type, parentSchema: schema1, data: data44 };
              vErrors === null ? vErrors = [err125] : vErrors.push(err125), errors++;
            }
          }
        } else {
          let err126 = { instancePath: instancePath + "/backup", schemaPath: "#/properties/backup/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema0.properties.backup.type, parentSchema: schema0.properties.backup, data: data37 };
          vErrors === null ? vErrors = [err126] : vErrors.push(err126), errors++;
        }
      }
      if (data.rollback !== void 0) {
        let data47 = data.rollback;
        if (data47 && typeof data47 == "object" && !Array.isArray(data47)) {
          if (data47.plan === void 0) {
            let err127 = { instancePath: instancePath + "/rollback", schemaPath: "#/properties/rollback/required", keyword: "required", params: { missingProperty: "plan" }, message: "must have required property 'plan'", schema: schema0.properties.rollback.required, parentSchema: schema0.properties.rollback, data: data47 };
            vErrors === null ? vErrors = [err127] : vErrors.push(err127), errors++;
          }
          for (let key13 in data47)
            if (key13 !== "plan") {
              let err128 = { instancePath: instancePath + "/rollback", schemaPath: "#/properties/rollback/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key13 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema0.properties.rollback, data: data47 };
              vErrors === null ? vErrors = [err128] : vErrors.push(err128), errors++;
            }
          if (data47.plan !== void 0) {
            let data48 = data47.plan;
            if (typeof data48 == "string") {
              if (func1(data48) < 1) {
                let err129 = { instancePath: instancePath + "/rollback/plan", schemaPath: "#/properties/rollback/properties/plan/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema0.properties.rollback.properties.plan, data: data48 };
                vErrors === null ? vErrors = [err129] : vErrors.push(err129), errors++;
              }
            } else {
              let err130 = { instancePath: instancePath + "/rollback/plan", schemaPath: "#/properties/rollback/properties/plan/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema0.properties.rollback.properties.plan.type, parentSchema: schema0.properties.rollback.properties.plan, data: data48 };
              vErrors === null ? vErrors = [err130] : vErrors.push(err130), errors++;
            }
          }
        } else {
          let err131 = { instancePath: instancePath + "/rollback", schemaPath: "#/properties/rollback/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema0.properties.rollback.type, parentSchema: schema0.properties.rollback, data: data47 };
          vErrors === null ? vErrors = [err131] : vErrors.push(err131), errors++;
        }
      }
      if (data.people !== void 0) {
        let data49 = data.people;
        if (data49 && typeof data49 == "object" && !Array.isArray(data49)) {
          if (data49.project_lead === void 0) {
            let err132 = { instancePath: instancePath + "/people", schemaPath: "#/properties/people/required", keyword: "required", params: { missingProperty: "project_lead" }, message: "must have required property 'project_lead'", schema: schema0.properties.people.required, parentSchema: schema0.properties.people, data: data49 };
            vErrors === null ? vErrors = [err132] : vErrors.push(err132), errors++;
          }
          if (data49.ops_lead === void 0) {
            let err133 = { instancePath: instancePath + "/people", schemaPath: "#/properties/people/required", keyword: "required", params: { missingProperty: "ops_lead" }, message: "must have required property 'ops_lead'", schema: schema0.properties.people.required, parentSchema: schema0.properties.people, data: data49 };
            vErrors === null ? vErrors = [err133] : vErrors.push(err133), errors++;
          }
          if (data49.executor === void 0) {
            let err134 = { instancePath: instancePath + "/people", schemaPath: "#/properties/people/required", keyword: "required", params: { missingProperty: "executor" }, message: "must have required property 'executor'", schema: schema0.properties.people.required, parentSchema: schema0.properties.people, data: data49 };
            vErrors === null ? vErrors = [err134] : vErrors.push(err134), errors++;
          }
          if (data49.supervisor === void 0) {
            let err135 = { instancePath: instancePath + "/people", schemaPath: "#/properties/people/required", keyword: "required", params: { missingProperty: "supervisor" }, message: "must have required property 'supervisor'", schema: schema0.properties.people.required, parentSchema: schema0.properties.people, data: data49 };
            vErrors === null ? vErrors = [err135] : vErrors.push(err135), errors++;
          }
          for (let key14 in data49)
            if (!(key14 === "project_lead" || key14 === "ops_lead" || key14 === "executor" || key14 === "supervisor")) {
              let err136 = { instancePath: instancePath + "/people", schemaPath: "#/properties/people/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key14 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema0.properties.people, data: data49 };
              vErrors === null ? vErrors = [err136] : vErrors.push(err136), errors++;
            }
          if (data49.project_lead !== void 0) {
            let data50 = data49.project_lead;
            if (typeof data50 == "string") {
              if (!pattern3.test(data50)) {
                let err137 = { instancePath: instancePath + "/people/project_lead", schemaPath: "#/$defs/login/pattern", keyword: "pattern", params: { pattern: "^@?[A-Za-z0-9][A-Za-z0-9-]{0,38}$" }, message: 'must match pattern "^@?[A-Za-z0-9][A-Za-z0-9-]{0,38}$"', schema: "^@?[A-Za-z0-9][A-Za-z0-9-]{0,38}$", parentSchema: schema4, data: data50 };
                vErrors === null ? vErrors = [err137] : vErrors.push(err137), errors++;
              }
            } else {
              let err138 = { instancePath: instancePath + "/people/project_lead", schemaPath: "#/$defs/login/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema4.type, parentSchema: schema4, data: data50 };
              vErrors === null ? vErrors = [err138] : vErrors.push(err138), errors++;
            }
          }
          if (data49.ops_lead !== void 0) {
            let data51 = data49.ops_lead;
            if (typeof data51 == "string") {
              if (!pattern3.test(data51)) {
                let err139 = { instancePath: instancePath + "/people/ops_lead", schemaPath: "#/$defs/login/pattern", keyword: "pattern", params: { pattern: "^@?[A-Za-z0-9][A-Za-z0-9-]{0,38}$" }, message: 'must match pattern "^@?[A-Za-z0-9][A-Za-z0-9-]{0,38}$"', schema: "^@?[A-Za-z0-9][A-Za-z0-9-]{0,38}$", parentSchema: schema4, data: data51 };
                vErrors === null ? vErrors = [err139] : vErrors.push(err139), errors++;
              }
            } else {
              let err140 = { instancePath: instancePath + "/people/ops_lead", schemaPath: "#/$defs/login/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema4.type, parentSchema: schema4, data: data51 };
              vErrors === null ? vErrors = [err140] : vErrors.push(err140), errors++;
            }
          }
          if (data49.executor !== void 0) {
            let data52 = data49.executor;
            if (typeof data52 == "string") {
              if (!pattern3.test(data52)) {
                let err141 = { instancePath: instancePath + "/people/executor", schemaPath: "#/$defs/login/pattern", keyword: "pattern", params: { pattern: "^@?[A-Za-z0-9][A-Za-z0-9-]{0,38}$" }, message: 'must match pattern "^@?[A-Za-z0-9][A-Za-z0-9-]{0,38}$"', schema: "^@?[A-Za-z0-9][A-Za-z0-9-]{0,38}$", parentSchema: schema4, data: data52 };
                vErrors === null ? vErrors = [err141] : vErrors.push(err141), errors++;
              }
            } else {
              let err142 = { instancePath: instancePath + "/people/executor", schemaPath: "#/$defs/login/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema4.type, parentSchema: schema4, data: data52 };
              vErrors === null ? vErrors = [err142] : vErrors.push(err142), errors++;
            }
          }
          if (data49.supervisor !== void 0) {
            let data53 = data49.supervisor;
            if (typeof data53 == "string") {
              if (!pattern3.test(data53)) {
                let err143 = { instancePath: instancePath + "/people/supervisor", schemaPath: "#/$defs/login/pattern", keyword: "pattern", params: { pattern: "^@?[A-Za-z0-9][A-Za-z0-9-]{0,38}$" }, message: 'must match pattern "^@?[A-Za-z0-9][A-Za-z0-9-]{0,38}$"', schema: "^@?[A-Za-z0-9][A-Za-z0-9-]{0,38}$", parentSchema: schema4, data: data53 };
                vErrors === null ? vErrors = [err143] : vErrors.push(err143), errors++;
              }
            } else {
              let err144 = { instancePath: instancePath + "/people/supervisor", schemaPath: "#/$defs/login/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema4.type, parentSchema: schema4, data: data53 };
              vErrors === null ? vErrors = [err144] : vErrors.push(err144), errors++;
            }
          }
        } else {
          let err145 = { instancePath: instancePath + "/people", schemaPath: "#/properties/people/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema0.properties.people.type, parentSchema: schema0.properties.people, data: data49 };
          vErrors === null ? vErrors = [err145] : vErrors.push(err145), errors++;
        }
      }
      if (data.notification !== void 0) {
        let data54 = data.notification;
        if (data54 && typeof data54 == "object" && !Array.isArray(data54)) {
          if (data54.announced_at === void 0) {
            let err146 = { instancePath: instancePath + "/notification", schemaPath: "#/properties/notification/required", keyword: "required", params: { missingProperty: "announced_at" }, message: "must have required property 'announced_at'", schema: schema0.properties.notification.required, parentSchema: schema0.properties.notification, data: data54 };
            vErrors === null ? vErrors = [err146] : vErrors.push(err146), errors++;
          }
          if (data54.channels === void 0) {
            let err147 = { instancePath: instancePath + "/notification", schemaPath: "#/properties/notification/required", keyword: "required", params: { missingProperty: "channels" }, message: "must have required property 'channels'", schema: schema0.properties.notification.required, parentSchema: schema0.properties.notification, data: data54 };
            vErrors === null ? vErrors = [err147] : vErrors.push(err147), errors++;
          }
          for (let key15 in data54)
            if (!(key15 === "announced_at" || key15 === "channels")) {
              let err148 = { instancePath: instancePath + "/notification", schemaPath: "#/properties/notification/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key15 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema0.properties.notification, data: data54 };
              vErrors === null ? vErrors = [err148] : vErrors.push(err148), errors++;
            }
          if (data54.announced_at !== void 0) {
            let data55 = data54.announced_at;
            if (typeof data55 == "string") {
              if (!formats0.validate(data55)) {
                let err149 = { instancePath: instancePath + "/notification/announced_at", schemaPath: "#/properties/notification/properties/announced_at/format", keyword: "format", params: { format: "local-date-time" }, message: 'must match format "local-date-time"', schema: "local-date-time", parentSchema: schema0.properties.notification.properties.announced_at, data: data55 };
                vErrors === null ? vErrors = [err149] : vErrors.push(err149), errors++;
              }
            } else {
              let err150 = { instancePath: instancePath + "/notification/announced_at", schemaPath: "#/properties/notification/properties/announced_at/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema0.properties.notification.properties.announced_at.type, parentSchema: schema0.properties.notification.properties.announced_at, data: data55 };
              vErrors === null ? vErrors = [err150] : vErrors.push(err150), errors++;
            }
          }
          if (data54.channels !== void 0) {
            let data56 = data54.channels;
            if (Array.isArray(data56)) {
              if (data56.length < 1) {
                let err151 = { instancePath: instancePath + "/notification/channels", schemaPath: "#/properties/notification/properties/channels/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema0.properties.notification.properties.channels, data: data56 };
                vErrors === null ? vErrors = [err151] : vErrors.push(err151), errors++;
              }
              let len4 = data56.length;
              for (let i4 = 0; i4 < len4; i4++) {
                let data57 = data56[i4];
                if (!(data57 === "qq-group" || data57 === "wechat" || data57 === "email")) {
                  let err152 = { instancePath: instancePath + "/notification/channels/" + i4, schemaPath: "#/properties/notification/properties/channels/items/enum", keyword: "enum", params: { allowedValues: schema0.properties.notification.properties.channels.items.enum }, message: "must be equal to one of the allowed values", schema: schema0.properties.notification.properties.channels.items.enum, parentSchema: schema0.properties.notification.properties.channels.items, data: data57 };
                  vErrors === null ? vErrors = [err152] : vErrors.push(err152), errors++;
                }
              }
              let i5 = data56.length, j0;
              if (i5 > 1) {
                outer0: for (; i5--; )
                  for (j0 = i5; j0--; )
                    if (func23(data56[i5], data56[j0])) {
                      let err153 = { instancePath: instancePath + "/notification/channels", schemaPath: "#/properties/notification/properties/channels/uniqueItems", keyword: "uniqueItems", params: { i: i5, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i5 + " are identical)", schema: !0, parentSchema: schema0.properties.notification.properties.channels, data: data56 };
                      vErrors === null ? vErrors = [err153] : vErrors.push(err153), errors++;
                      break outer0;
                    }
              }
            } else {
              let err154 = { instancePath: instancePath + "/notification/channels", schemaPath: "#/properties/notification/properties/channels/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema0.properties.notification.properties.channels.type, parentSchema: schema0.properties.notification.properties.channels, data: data56 };
              vErrors === null ? vErrors = [err154] : vErrors.push(err154), errors++;
            }
          }
        } else {
          let err155 = { instancePath: instancePath + "/notification", schemaPath: "#/properties/notification/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema0.properties.notification.type, parentSchema: schema0.properties.notification, data: data54 };
          vErrors === null ? vErrors = [err155] : vErrors.push(err155), errors++;
        }
      }
      if (data.emergency !== void 0) {
        let data58 = data.emergency;
        if (data58 && typeof data58 == "object" && !Array.isArray(data58)) {
          if (data58.reason === void 0) {
            let err156 = { instancePath: instancePath + "/emergency", schemaPath: "#/properties/emergency/required", keyword: "required", params: { missingProperty: "reason" }, message: "must have required property 'reason'", schema: schema0.properties.emergency.required, parentSchema: schema0.properties.emergency, data: data58 };
            vErrors === null ? vErrors = [err156] : vErrors.push(err156), errors++;
          }
          if (data58.impact === void 0) {
            let err157 = { instancePath: instancePath + "/emergency", schemaPath: "#/properties/emergency/required", keyword: "required", params: { missingProperty: "impact" }, message: "must have required property 'impact'", schema: schema0.properties.emergency.required, parentSchema: schema0.properties.emergency, data: data58 };
            vErrors === null ? vErrors = [err157] : vErrors.push(err157), errors++;
          }
          if (data58.justification === void 0) {
            let err158 = { instancePath: instancePath + "/emergency", schemaPath: "#/properties/emergency/required", keyword: "required", params: { missingProperty: "justification" }, message: "must have required property 'justification'", schema: schema0.properties.emergency.required, parentSchema: schema0.properties.emergency, data: data58 };
            vErrors === null ? vErrors = [err158] : vErrors.push(err158), errors++;
          }
          if (data58.confirmation === void 0) {
            let err159 = { instancePath: instancePath + "/emergency", schemaPath: "#/properties/emergency/required", keyword: "required", params: { missingProperty: "confirmation" }, message: "must have required property 'confirmation'", schema: schema0.properties.emergency.required, parentSchema: schema0.properties.emergency, data: data58 };
            vErrors === null ? vErrors = [err159] : vErrors.push(err159), errors++;
          }
          for (let key16 in data58)
            if (!(key16 === "reason" || key16 === "impact" || key16 === "justification" || key16 === "confirmation")) {
              let err160 = { instancePath: instancePath + "/emergency", schemaPath: "#/properties/emergency/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key16 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema0.properties.emergency, data: data58 };
              vErrors === null ? vErrors = [err160] : vErrors.push(err160), errors++;
            }
          if (data58.reason !== void 0) {
            let data59 = data58.reason;
            if (typeof data59 != "string") {
              let err161 = { instancePath: instancePath + "/emergency/reason", schemaPath: "#/properties/emergency/properties/reason/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema0.properties.emergency.properties.reason.type, parentSchema: schema0.properties.emergency.properties.reason, data: data59 };
              vErrors === null ? vErrors = [err161] : vErrors.push(err161), errors++;
            }
          }
          if (data58.impact !== void 0) {
            let data60 = data58.impact;
            if (typeof data60 == "string") {
              if (func1(data60) < 1) {
                let err162 = { instancePath: instancePath + "/emergency/impact", schemaPath: "#/properties/emergency/properties/impact/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema0.properties.emergency.properties.impact, data: data60 };
                vErrors === null ? vErrors = [err162] : vErrors.push(err162), errors++;
              }
            } else {
              let err163 = { instancePath: instancePath + "/emergency/impact", schemaPath: "#/properties/emergency/properties/impact/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema0.properties.emergency.properties.impact.type, parentSchema: schema0.properties.emergency.properties.impact, data: data60 };
              vErrors === null ? vErrors = [err163] : vErrors.push(err163), errors++;
            }
          }
          if (data58.justification !== void 0) {
            let data61 = data58.justification;
            if (typeof data61 != "string") {
              let err164 = { instancePath: instancePath + "/emergency/justification", schemaPath: "#/properties/emergency/properties/justification/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema0.properties.emergency.properties.justification.type, parentSchema: schema0.properties.emergency.properties.justification, data: data61 };
              vErrors === null ? vErrors = [err164] : vErrors.push(err164), errors++;
            }
          }
          if (data58.confirmation !== void 0) {
            let data62 = data58.confirmation;
            if (data62 && typeof data62 == "object" && !Array.isArray(data62)) {
              for (let key17 in data62)
                if (!(key17 === "phone_confirmed_by" || key17 === "confirmed_at" || key17 === "email_registration")) {
                  let err165 = { instancePath: instancePath + "/emergency/confirmation", schemaPath: "#/properties/emergency/properties/confirmation/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key17 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema0.properties.emergency.properties.confirmation, data: data62 };
                  vErrors === null ? vErrors = [err165] : vErrors.push(err165), errors++;
                }
              if (data62.phone_confirmed_by !== void 0) {
                let data63 = data62.phone_confirmed_by;
                if (typeof data63 != "string") {
                  let err166 = { instancePath: instancePath + "/emergency/confirmation/phone_confirmed_by", schemaPath: "#/properties/emergency/properties/confirmation/properties/phone_confirmed_by/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema0.properties.emergency.properties.confirmation.properties.phone_confirmed_by.type, parentSchema: schema0.properties.emergency.properties.confirmation.properties.phone_confirmed_by, data: data63 };
                  vErrors === null ? vErrors = [err166] : vErrors.push(err166), errors++;
                }
              }
              if (data62.confirmed_at !== void 0) {
                let data64 = data62.confirmed_at;
                if (typeof data64 == "string") {
                  if (!formats0.validate(data64)) {
                    let err167 = { instancePath: instancePath + "/emergency/confirmation/confirmed_at", schemaPath: "#/properties/emergency/properties/confirmation/properties/confirmed_at/format", keyword: "format", params: { format: "local-date-time" }, message: 'must match format "local-date-time"', schema: "local-date-time", parentSchema: schema0.properties.emergency.properties.confirmation.properties.confirmed_at, data: data64 };
                    vErrors === null ? vErrors = [err167] : vErrors.push(err167), errors++;
                  }
                } else {
                  let err168 = { instancePath: instancePath + "/emergency/confirmation/confirmed_at", schemaPath: "#/properties/emergency/properties/confirmation/properties/confirmed_at/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema0.properties.emergency.properties.confirmation.properties.confirmed_at.type, parentSchema: schema0.properties.emergency.properties.confirmation.properties.confirmed_at, data: data64 };
                  vErrors === null ? vErrors = [err168] : vErrors.push(err168), errors++;
                }
              }
              if (data62.email_registration !== void 0) {
                let data65 = data62.email_registration;
                if (typeof data65 != "string") {
                  let err169 = { instancePath: instancePath + "/emergency/confirmation/email_registration", schemaPath: "#/properties/emergency/properties/confirmation/properties/email_registration/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema0.properties.emergency.properties.confirmation.properties.email_registration.type, parentSchema: schema0.properties.emergency.properties.confirmation.properties.email_registration, data: data65 };
                  vErrors === null ? vErrors = [err169] : vErrors.push(err169), errors++;
                }
              }
            } else {
              let err170 = { instancePath: instancePath + "/emergency/confirmation", schemaPath: "#/properties/emergency/properties/confirmation/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema0.properties.emergency.properties.confirmation.type, parentSchema: schema0.properties.emergency.properties.confirmation, data: data62 };
              vErrors === null ? vErrors = [err170] : vErrors.push(err170), errors++;
            }
          }
        } else {
          let err171 = { instancePath: instancePath + "/emergency", schemaPath: "#/properties/emergency/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema0.properties.emergency.type, parentSchema: schema0.properties.emergency, data: data58 };
          vErrors === null ? vErrors = [err171] : vErrors.push(err171), errors++;
        }
      }
    } else {
      let err172 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema0.type, parentSchema: schema0, data };
      vErrors === null ? vErrors = [err172] : vErrors.push(err172), errors++;
    }
    return validate0.errors = vErrors, errors === 0;
  }
  return validate0.evaluated = { props: !0, dynamicProps: !1, dynamicItems: !1 }, module.exports;
});
var upgrade_schema_default = schema;

// src/document/load-document.ts
function brokenSections(errors) {
  let broken = /* @__PURE__ */ new Set();
  for (let e of errors) {
    let seg = e.instancePath.split("/")[1];
    if (seg !== void 0) broken.add(seg.replace(/~1/g, "/").replace(/~0/g, "~"));
    else if (e.keyword === "required") broken.add(e.params.missingProperty);
    else if (e.keyword === "additionalProperties")
      broken.add(e.params.additionalProperty);
    else if (e.keyword === "type") return;
  }
  return broken;
}
function readableParts(loaded) {
  return loaded.doc ?? loaded.partial?.value;
}
function loadUpgradeDocument(input, file, t) {
  let decoded = typeof input == "string" ? { text: input } : decodeSource(input, file, t, { refuseNul: !1 });
  if (decoded.text === void 0)
    return { file, source: emptySource(), findings: [decoded.finding] };
  let source = parseYamlSource(decoded.text, file, t), findings = [...source.findings];
  if (findings.some((f) => f.severity === "error")) return { file, source, findings };
  if (source.value === null || source.value === void 0)
    return findings.push({
      rule: "schema",
      severity: "error",
      file,
      line: 1,
      column: 1,
      message: (t ?? messages())["document.empty"]()
    }), { file, source, findings };
  let errors = schemaErrors(upgrade_schema_default, source.value);
  if (findings.push(...schemaFindings(errors, source, file, "schema", "document", t)), errors.length === 0) return { file, source, findings, doc: source.value };
  let broken = brokenSections(errors);
  if (!broken || typeof source.value != "object" || Array.isArray(source.value)) return { file, source, findings };
  let value = Object.fromEntries(
    Object.entries(source.value).filter(([k]) => !broken.has(k))
  );
  return { file, source, findings, partial: { value, broken } };
}
function tooLargeDocument(size, file, t) {
  return { file, source: emptySource(), findings: [tooLargeFinding(size, file, t)] };
}
function emptySource() {
  return {
    value: void 0,
    findings: [],
    locate: () => ({ line: 1, column: 1 }),
    locateKey: () => ({ line: 1, column: 1 })
  };
}

// src/policy/policy-change.ts
var import_picomatch = __toESM(require_picomatch(), 1);
var BUILT_IN = [...CODEOWNERS_LOCATIONS, ".github/workflows/**"];
function policyFileMatcher(config, configPath) {
  return (0, import_picomatch.default)([configPath, ...BUILT_IN, ...config["policy-files"]], { dot: !0 });
}
function touchedPolicyFiles(changedFiles, config, configPath) {
  let isPolicy = policyFileMatcher(config, configPath);
  return [...new Set(changedFiles.filter(isPolicy))].sort();
}
function policyChange({
  snapshot,
  files,
  config,
  roles,
  isMember,
  t
}) {
  if (files.length === 0) return;
  let owner = config["policy-owner"], role = roles?.[owner];
  if (!role) return { files, owner, state: void 0 };
  let state = analyzeApprovals({
    reviews: snapshot.reviews,
    author: snapshot.pullRequest.author,
    headSha: snapshot.pullRequest.headSha,
    changes: snapshot.changes,
    // Nothing is exempt: an approval of a policy change covers every file of the PR as it then stood.
    exempt: () => !1,
    contributors: snapshot.contributors,
    mergedAt: snapshot.pullRequest.mergedAt,
    baseChangedAt: snapshot.baseChangedAt,
    documents: files.slice(0, 1),
    roles: { [owner]: role },
    ownersOf: () => role.owners,
    isMember,
    allowSameApprover: !0,
    t
  }).roles[0];
  return { files, owner, state: state ? { ...state, document: void 0 } : void 0 };
}

// src/policy/prepare.ts
function prepare(input, config = loadPolicyConfig(input.config.text, input.config.path, input.language)) {
  let policy = config.config, t = messages(policy.language), documents = input.documents.map(
    (d) => d.size !== void 0 ? tooLargeDocument(d.size, d.path, t) : loadUpgradeDocument(d.bytes ?? d.text, d.path, t)
  ), listed = configuredTeams(policy), unlisted = (roles2) => [...new Set(roles2.flatMap((r) => r.owners.map(ownerKey)))].filter((o) => o.includes("/") && !listed.has(o)), roles = policy.roles ?? {};
  return {
    language: input.language,
    config,
    documents,
    facts: {
      evidence: [...new Set(documents.flatMap((l) => evidencePaths(readableParts(l) ?? {})))],
      emergency: input.labels.some((l) => l.name === policy.emergency.label) || documents.some((l) => l.doc?.type === "emergency"),
      teams: unlisted(Object.values(roles)),
      applierTeams: unlisted(policy.emergency["applied-by"].flatMap((id) => roles[id] ?? [])),
      policyFiles: input.config.text === void 0 ? [] : touchedPolicyFiles(input.changedFiles, policy, input.config.path)
    }
  };
}

// src/policy/evaluate.ts
function evaluate(snapshot, prepared) {
  let now = new Date(snapshot.now), ready = preparedFor(snapshot, prepared), { config, findings: configFindings } = ready.config, findings = [...configFindings], rolesOrError = requireRoles(config, snapshot.config.path), roles = "roles" in rolesOrError ? rolesOrError.roles : void 0;
  "finding" in rolesOrError && !configFindings.some((f) => f.severity === "error") && findings.push(rolesOrError.finding);
  let ctx = pullRequestContext(snapshot, config, roles, ready), before = earlierDocuments(ctx.loaded, knownIds(snapshot));
  findings.push(
    ...ctx.loaded.flatMap((l, i) => checkDocument(l, config, (p) => snapshot.evidence[p] === !0, before[i], now))
  ), findings.push(...runRules(pullRequestRules, ctx, config));
  let docEntries = ctx.approvals ? ctx.docs.flatMap((d) => ctx.codeowners?.ownersOf(d.file) ?? []).map(ownerKey) : [], unreadable = new Set(docEntries.filter((o) => snapshot.membership[o]?.unreadable));
  for (let team of unreadable)
    findings.push({
      rule: "config",
      severity: "error",
      file: snapshot.config.path,
      message: ctx.t["config.team-unreadable"]({ team, status: snapshot.membership[team].unreadable })
    });
  let emergencyRuleBroken = findings.some((f) => f.severity === "error" && isEmergencyRule(f.rule)), emergencyRequested = !!ctx.label || ctx.emergencyDocs.length > 0, emergencyGranted = emergencyRequested && !!ctx.label && ctx.emergencyDocs.length > 0 && ctx.regularDocs.length === 0 && !emergencyRuleBroken, t = messages(config.language), { window, state } = windowState(now, config, ctx.production, emergencyGranted, t);
  findings.push(
    ...runRules(mergeRules, { ...ctx, state, nextFlipText: window.nextFlipText, emergencyGranted }, config)
  ), findings.sort(compareFindings);
  let roleStates = ctx.approvals?.roles ?? [], errors = findings.filter((f) => f.severity === "error"), outcome = outcomeOf(snapshot.documents.length, findings, !!roles), documents = ctx.loaded.map((l) => documentVerdict(l, roleStates, roles, outcome));
  return {
    outcome,
    summary: errors.some((f) => UNSEEN.has(f.rule)) ? t["summary.unseen"]({
      what: errors.filter((f) => UNSEEN.has(f.rule)).map((f) => f.message).join("; ")
    }) : summarize(outcome, snapshot.documents.length, errors, roleStates, window, state, t, ctx.policyChange?.state),
    findings,
    documents,
    roles: roleStates,
    window,
    emergency: emergencyRequested ? {
      requested: !0,
      granted: emergencyGranted,
      label: ctx.label,
      earlierThisMonth: ctx.earlierEmergencies.length
    } : void 0,
    upgradeType: ctx.docs.length === 0 ? "none" : ctx.emergencyDocs.length > 0 ? "emergency" : "regular",
    evaluatedAt: snapshot.now,
    statusContext: config["status-context"],
    language: config.language,
    ...ctx.policyChange ? {
      policyChange: { files: ctx.policyChange.files, owner: ctx.policyChange.owner, state: ctx.policyChange.state }
    } : {}
  };
}
function preparedFor(snapshot, prepared) {
  return prepared !== void 0 && prepared.language === snapshot.language && prepared.documents.length === snapshot.documents.length ? prepared : prepare(snapshot);
}
function knownIds(snapshot) {
  let history = snapshot.history;
  if (!history) return [];
  let changed = new Set(snapshot.changedFiles);
  return [
    ...history.archived.flatMap((a) => a.id ? [{ id: a.id, path: a.path, where: a.record }] : []),
    ...history.base.filter((b) => !changed.has(b.path)).map((b) => ({ id: b.id, path: b.path, where: b.path }))
  ];
}
var UNSEEN = /* @__PURE__ */ new Set(["pull-request.files", "document.unreadable"]), EVERY_PR = /* @__PURE__ */ new Set(["archive.protected", "document.archived", "policy.approval"]);
function outcomeOf(documents, findings, rolesConfigured) {
  return findings.some((f) => UNSEEN.has(f.rule)) ? "error" : documents === 0 ? findings.some((f) => f.severity === "error" && EVERY_PR.has(f.rule)) ? "fail" : "pass" : !rolesConfigured || findings.some((f) => f.rule === "config" && f.severity === "error") ? "error" : findings.some((f) => f.severity === "error") ? "fail" : "pass";
}
function pullRequestContext(snapshot, config, roles, prepared) {
  let zone = config["time-zone"], loaded = prepared.documents, t = messages(config.language), isMember = memberCheck(config, snapshot), codeowners = snapshot.codeowners.text !== void 0 ? compileCodeowners(snapshot.codeowners.text) : void 0, docs = loaded.filter((l) => l.doc), month = policyMonth(new Date(snapshot.now), zone), approvals = roles && docs.length > 0 ? analyzeApprovals({
    reviews: snapshot.reviews,
    author: snapshot.pullRequest.author,
    headSha: snapshot.pullRequest.headSha,
    changes: snapshot.changes,
    exempt: config["stale-exempt"].length ? (0, import_picomatch2.default)(config["stale-exempt"], { dot: !0 }) : () => !1,
    contributors: snapshot.contributors,
    mergedAt: snapshot.pullRequest.mergedAt,
    baseChangedAt: snapshot.baseChangedAt,
    documents: docs.map((d) => d.file),
    roles,
    ownersOf: (path) => codeowners?.ownersOf(path) ?? [],
    isMember,
    allowSameApprover: config["allow-same-approver-for-roles"],
    t
  }) : void 0;
  return {
    snapshot,
    config,
    t,
    roles,
    codeowners,
    loaded,
    docs,
    production: docs.filter((l) => l.doc.environment === "production"),
    emergencyDocs: docs.filter((l) => l.doc.type === "emergency").map((l) => l.file),
    regularDocs: docs.filter((l) => l.doc.type !== "emergency").map((l) => l.file),
    label: snapshot.labels.find((l) => l.name === config.emergency.label),
    month,
    // The budget counts calendar months in the policy zone: 00:30 on the 1st in Shanghai is already the new month.
    earlierEmergencies: snapshot.emergenciesThisMonth.filter(
      (e) => e.pr !== snapshot.pullRequest.number && policyMonth(new Date(e.mergedAt), zone) === month
    ),
    approvals,
    policyChange: policyChange({ snapshot, files: prepared.facts.policyFiles, config, roles, isMember, t })
  };
}
function memberCheck(config, snapshot) {
  let listed = configuredTeams(config);
  return (entry, login) => holdsEntry(entry, login, listed, snapshot.membership);
}
function runRules(rules, ctx, config) {
  let out = [];
  for (let rule of rules)
    if (!isOff(config, rule.id))
      for (let hit of rule.check(ctx))
        out.push(hitToFinding(rule, hit, hit.file ? ctx.loaded.find((l) => l.file === hit.file) : void 0));
  return withConfiguredSeverity(config, out);
}
function calendarFor(config, production) {
  let zone = config["time-zone"], window, mode = mergeWindowMode(config);
  if (mode !== "off" && production.length > 0) {
    let spans = production.flatMap((d) => {
      let start = toInstant(d.doc.window.start, zone), end = toInstant(d.doc.window.end, zone);
      return start && end ? [{ start, end }] : [];
    });
    if (spans.length > 0) {
      let opens = spans.map((x) => (mode === "day" ? startOfLocalDay(x.start, zone) : x.start).getTime());
      window = {
        start: new Date(Math.max(...opens)),
        end: new Date(Math.min(...spans.map((x) => x.end.getTime()))),
        declaredStart: new Date(Math.max(...spans.map((x) => x.start.getTime())))
      };
    }
  }
  return { zone, mergeDays: config["merge-days"], freezes: config.freezes, window };
}
function windowState(now, config, production, emergencyGranted, t) {
  let policy = calendarFor(config, production), state = stateAt(now, policy), flip = nextFlip(now, policy), reason = windowReason(state, t);
  return { window: {
    open: state.open || emergencyGranted || production.length === 0,
    reason: emergencyGranted && !state.open ? t["window.emergency-allows"]({ reason }) : reason,
    zone: policy.zone,
    nextFlip: flip?.toISOString(),
    nextFlipText: flipText(flip ? flipFacts(now, flip, !state.open, policy.zone) : void 0, t),
    emergencyBypass: emergencyGranted
  }, state, reason };
}
function documentVerdict(l, roles, config, outcome) {
  let doc = l.doc;
  if (!doc) return { path: l.file, features: [] };
  let form = {
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
      let s = roles.find((r) => r.role === role && r.document === l.file);
      return { role, title: roleTitle(config, role), approver: s?.approver, via: s?.via, at: s?.approvedAt };
    }),
    verification: {
      cases: doc.verification?.cases.length ?? 0,
      acceptedBy: doc.acceptance?.verified_by,
      acceptedOn: doc.acceptance?.date,
      grayTest: doc.gray_test ? `${doc.gray_test.result} ${doc.gray_test.completed}` : void 0
    },
    result: outcome === "pass" ? "approved" : "not approved"
  }, features = (doc.features ?? []).map((f) => ({ id: f.id, title: f.title, description: f.description }));
  return {
    path: l.file,
    id: doc.id,
    type: doc.type,
    environment: doc.environment,
    form,
    features,
    signs: doc.environment === "production" ? signOff(doc) : void 0
  };
}
function summarize(outcome, documents, errors, roles, window, state, t, policyOwner) {
  if (documents === 0) return summarizeWithoutDocuments(outcome, errors, t, policyOwner);
  if (outcome === "error")
    return t["summary.config-error"]({
      message: errors.find((e) => e.rule === "config")?.message ?? errors[0]?.message ?? ""
    });
  if (outcome === "pass") {
    let signed = [
      ...new Map(
        roles.filter((r) => r.satisfied).map((r) => [
          `${r.role} ${r.approver} ${r.via}`,
          t["summary.signed"]({ role: r.title, login: r.approver ?? "", via: r.via ?? "" })
        ])
      ).values()
    ];
    return t["summary.ready"]({
      signed: t["summary.list"]({ items: signed }),
      how: window.emergencyBypass ? "emergency" : window.open ? "open" : "relaxed"
    });
  }
  let missing = [
    ...new Set(
      [...roles, ...policyOwner ? [policyOwner] : []].filter((r) => !r.satisfied).map((r) => t["role.title"]({ role: r.title }))
    )
  ], windowPart = window.open ? !window.emergencyBypass && state.open ? t["summary.window-open"]({ day: state.day }) : "" : t["summary.window-closed"]({ flip: window.nextFlipText ?? "" });
  return t["summary.fail"]({
    problems: errors.length,
    missing: t["summary.list"]({ items: missing }),
    window: windowPart
  });
}
function summarizeWithoutDocuments(outcome, errors, t, policyOwner) {
  return outcome === "fail" ? t["summary.problems"]({ problems: errors.length, first: errors[0].message }) : policyOwner?.satisfied ? t["summary.policy-approved"]({ role: policyOwner.title, login: policyOwner.approver ?? "" }) : t["summary.none"]();
}
function signOff(doc) {
  let part = (p) => p ? { method: p.method, location: p.location } : void 0, e = doc.emergency;
  return {
    backup: { data: part(doc.backup?.data), programs: part(doc.backup?.programs), config: part(doc.backup?.config) },
    rollback: doc.rollback?.plan,
    notice: doc.notification ? { announcedAt: doc.notification.announced_at, channels: [...doc.notification.channels ?? []] } : void 0,
    grayTest: doc.gray_test ? { completed: doc.gray_test.completed, result: doc.gray_test.result, report: doc.gray_test.report } : void 0,
    emergency: doc.type === "emergency" && e ? {
      reason: e.reason,
      impact: e.impact,
      justification: e.justification,
      phoneConfirmedBy: e.confirmation?.phone_confirmed_by,
      confirmedAt: e.confirmation?.confirmed_at,
      emailRegistration: e.confirmation?.email_registration
    } : void 0
  };
}

// src/github/collect.ts
var import_picomatch3 = __toESM(require_picomatch(), 1);

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
  ]), config = policy.parsed, isDocument = (0, import_picomatch3.default)(config.documents, { dot: !1 }), { files, truncated } = await pullFiles(octokit, repo, pr, cmp.files, cmp.mergeBaseSha), changedFiles = files.flatMap((f) => f.previous ? [f.path, f.previous] : [f.path]), docPaths = files.filter((f) => f.status !== "removed" && isDocument(f.path)).map((f) => f.path), snapshot = emptySnapshot(
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
  if (!touchesDocuments && !touchesPolicy) return { snapshot, prepared: early };
  if (docPaths.length === 0)
    return await Promise.all([
      touchesDocuments && (async () => snapshot.history = await readRepositoryHistory(
        octokit,
        repo,
        config,
        await blobTree(octokit, repo, cmp.baseSha),
        isDocument
      ))(),
      touchesPolicy && policyApprovalFacts(octokit, repo, pr, cmp, early.facts, snapshot)
    ]), refuseUnlisted(snapshot, files, isDocument), { snapshot, prepared: early };
  let prepared = await documentRounds(pull, docPaths);
  return refuseUnlisted(snapshot, files, isDocument), { snapshot, prepared };
}
function refuseUnlisted(snapshot, files, isDocument) {
  if (snapshot.history) return;
  let touched = files.flatMap((f) => [
    ...f.status !== "added" && isDocument(f.path) ? [f.path] : [],
    ...f.previous !== void 0 && isDocument(f.previous) ? [f.previous] : []
  ]);
  for (let path of new Set(touched)) (snapshot.unreadable ??= []).push({ path, kind: "unlisted" });
}
async function documentRounds(c, docPaths) {
  let { octokit, repo, pr, snapshot } = c, earlyEvents = snapshot.labels.some((l) => l.name === c.config.emergency.label) ? issueEventsAt(octokit, repo, pr.number, c.now) : void 0;
  earlyEvents?.catch(() => {
  });
  let [baseFiles, reads, reviews] = await Promise.all([
    blobTree(octokit, repo, c.cmp.baseSha),
    Promise.all(docPaths.map((path) => readDocument(octokit, repo, path, pr.head.sha, MAX_DOCUMENT_BYTES))),
    octokit.paginate(octokit.rest.pulls.listReviews, { ...repo, pull_number: pr.number, per_page: 100 })
  ]);
  addDocuments(snapshot, docPaths, reads);
  let prepared = prepare(snapshot, c.loaded);
  snapshot.reviews = snapshotReviews(reviews);
  let approved = snapshot.reviews.some((r) => r.state === "APPROVED"), events = earlyEvents ?? (prepared.facts.emergency || approved ? issueEventsAt(octokit, repo, pr.number, c.now) : Promise.resolve(void 0));
  return await lastRound(c, prepared, baseFiles, events), prepared;
}
function addDocuments(snapshot, docPaths, reads) {
  docPaths.forEach((path, i) => {
    let r = reads[i];
    "unreadable" in r ? (snapshot.unreadable ??= []).push({ path, kind: r.unreadable, target: r.target }) : "size" in r ? snapshot.documents.push({ path, text: "", size: r.size }) : snapshot.documents.push({ path, text: new TextDecoder("utf-8").decode(r.bytes), bytes: r.bytes });
  });
}
async function lastRound(c, prepared, baseFiles, events) {
  let { octokit, repo, pr, snapshot, config } = c, labels = events.then((e) => e?.labels), { evidence, emergency } = prepared.facts, opinions = [...latestOpinions(snapshot.reviews).values()], applier = labels.then((l) => l?.find((x) => x.name === config.emergency.label)?.appliedBy);
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
  replayed && (snapshot.labels = replayed);
  let baseChangedAt = (await events)?.baseChangedAt;
  baseChangedAt && (snapshot.baseChangedAt = baseChangedAt), codeowners && (snapshot.codeowners = codeowners), evidence.forEach((path, i) => snapshot.evidence[path] = exists[i]), Object.assign(snapshot, { changes, membership, emergenciesThisMonth: emergencies, history });
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
async function issueEventsAt(octokit, repo, issue, at) {
  let events = await octokit.paginate(octokit.rest.issues.listEvents, { ...repo, issue_number: issue, per_page: 100 }).catch((err) => {
    if (!answered(err, 403, 404))
      throw err;
  });
  if (!events) return;
  let current = /* @__PURE__ */ new Map(), baseChangedAt;
  for (let e of events)
    new Date(e.created_at) > at || (e.event === "base_ref_changed" && (!baseChangedAt || e.created_at > baseChangedAt) && (baseChangedAt = e.created_at), !(!("label" in e) || !e.label?.name) && (e.event === "labeled" ? current.set(e.label.name, { name: e.label.name, appliedBy: e.actor?.login, appliedAt: e.created_at }) : e.event === "unlabeled" && current.delete(e.label.name)));
  return { labels: [...current.values()], ...baseChangedAt ? { baseChangedAt } : {} };
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
  if (logLine(
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
  let { config } = loadPolicyConfig(snapshot.config.text, snapshot.config.path), evidence = await pinEvidence(ctx.octokit, ctx.repo, snapshot), { archiveMerge } = await import("./archive-writer-CYELJU2W.mjs"), result = await archiveMerge(ctx.octokit, ctx.repo, snapshot, verdict, {
    folder: config.archive.folder,
    branch: config.archive.branch ?? snapshot.pullRequest.baseRef,
    zone: config["time-zone"],
    toolVersion: package_default.version,
    tzdata: process.versions.tz,
    backfilled,
    forgedStatus,
    evidence
  }), log = logMessages(verdict.language);
  return logLine(
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
    logLine(log["comment.done"]({ what: c }));
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
      logLine(
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
      current?.state === state && withoutCountdown(current.description) === withoutCountdown(description) ? logLine(logMessages(verdict.language)["reevaluate.unchanged"]({ pr: pr.number, state })) : (await publishStatus(ctx.octokit, target, state, description), await publishComment(ctx.octokit, target, verdict), logLine(
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
