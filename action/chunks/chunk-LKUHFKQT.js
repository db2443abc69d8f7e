import { createRequire as __ugCreateRequire } from 'node:module';
const require = __ugCreateRequire(import.meta.url);
import {
  documentRules,
  isSoftenable
} from "./chunk-VWNGU5P5.js";
import {
  decodeSource,
  parseYamlSource,
  schemaErrors,
  schemaFindings,
  tooLargeFinding
} from "./chunk-ST7BLUA2.js";
import {
  messages
} from "./chunk-MMRI2XNX.js";

// src/messages/finding.ts
function compareFindings(a, b) {
  return (a.file ?? "").localeCompare(b.file ?? "") || (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0) || a.rule.localeCompare(b.rule);
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
    t: messages(config.language),
    ...mergeAt ? { mergeAt } : {}
  };
  for (let rule of documentRules) {
    if (isOff(config, rule.id)) continue;
    let hits = loaded.doc ? rule.check({ ...base, doc: loaded.doc }) : loaded.partial ? checkPart(rule, base, loaded.partial) : [];
    for (let hit of hits) findings.push(hitToFinding(rule, hit, loaded));
  }
  return withConfiguredSeverity(config, findings).sort(compareFindings);
}
function checkPart(rule, base, partial) {
  let read = /* @__PURE__ */ new Set(), doc = new Proxy(partial.value, {
    get(target, key, receiver) {
      return typeof key == "string" && read.add(key), Reflect.get(target, key, receiver);
    },
    has(target, key) {
      return typeof key == "string" && read.add(key), Reflect.has(target, key);
    }
  }), hits;
  try {
    hits = rule.check({ ...base, doc });
  } catch {
    return [];
  }
  return [...read].some((k) => partial.broken.has(k)) ? [] : hits;
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
var upgrade_schema_default = {
  $schema: "https://json-schema.org/draft/2020-12/schema",
  $id: "https://upgrade-gate.dev/schemas/upgrade.schema.json",
  title: "Upgrade document (upgrade-gate/v1) \xB7 \u5347\u7EA7\u6587\u6863",
  description: `One production or gray upgrade of one system, as the upgrade management measures require it: what ships, when, who approves, how it was verified, backed up and announced.

\u4E00\u4E2A\u7CFB\u7EDF\u7684\u4E00\u6B21\u751F\u4EA7\u73AF\u5883\u6216\u7070\u5EA6\u73AF\u5883\u5347\u7EA7\uFF0C\u6309\u300A\u5347\u7EA7\u7BA1\u7406\u529E\u6CD5\u300B\u7684\u8981\u6C42\u5199\u660E\uFF1A\u5347\u7EA7\u4EC0\u4E48\u3001\u4EC0\u4E48\u65F6\u5019\u5347\u7EA7\u3001\u7531\u8C01\u5BA1\u6279\u3001\u5982\u4F55\u9A8C\u8BC1\u3001\u5907\u4EFD\u548C\u901A\u77E5\u3002`,
  type: "object",
  additionalProperties: !1,
  required: ["apiVersion", "kind", "id", "system", "environment", "type", "release", "window", "features", "verification", "people"],
  properties: {
    apiVersion: {
      title: "Format version \xB7 \u683C\u5F0F\u7248\u672C",
      description: `The document format version. Always upgrade-gate/v1.

\u6587\u6863\u683C\u5F0F\u7248\u672C\uFF0C\u56FA\u5B9A\u5199 upgrade-gate/v1\u3002`,
      const: "upgrade-gate/v1",
      examples: ["upgrade-gate/v1"]
    },
    kind: {
      title: "Kind \xB7 \u7C7B\u578B",
      description: `The kind of document. Always Upgrade.

\u6587\u6863\u7C7B\u578B\uFF0C\u56FA\u5B9A\u5199 Upgrade\u3002`,
      const: "Upgrade",
      examples: ["Upgrade"]
    },
    id: {
      title: "Approval form NO. \xB7 \u5BA1\u6279\u5355\u7F16\u53F7",
      description: `The number of the Production Environment Upgrade Approval Form (Attachment 1). Unique across all upgrades.

\u751F\u4EA7\u73AF\u5883\u5347\u7EA7\u5BA1\u6279\u5355\uFF08\u9644\u4EF6\u4E00\uFF09\u7684\u7F16\u53F7 NO.\uFF0C\u5728\u6240\u6709\u5347\u7EA7\u4E2D\u552F\u4E00\u3002`,
      type: "string",
      pattern: "^[A-Za-z0-9][A-Za-z0-9._-]{2,63}$",
      examples: ["UPG-2026-1126-01"]
    },
    system: {
      title: "System \xB7 \u7CFB\u7EDF",
      description: `The information system being upgraded, as a short name (letters, digits, dashes).

\u88AB\u5347\u7EA7\u7684\u4FE1\u606F\u7CFB\u7EDF\uFF0C\u5199\u7B80\u79F0\uFF08\u5C0F\u5199\u5B57\u6BCD\u3001\u6570\u5B57\u3001\u77ED\u6A2A\u7EBF\uFF09\u3002`,
      type: "string",
      pattern: "^[a-z0-9][a-z0-9-]{0,62}$",
      examples: ["billing"]
    },
    environment: {
      title: "Environment \xB7 \u73AF\u5883",
      description: `Where this upgrade runs: production, or the gray (pre-production) environment.

\u5347\u7EA7\u5728\u54EA\u91CC\u8FDB\u884C\uFF1Aproduction\uFF08\u751F\u4EA7\u73AF\u5883\uFF09\u6216 gray\uFF08\u7070\u5EA6\u73AF\u5883\uFF09\u3002`,
      enum: ["production", "gray"],
      examples: ["production"]
    },
    type: {
      title: "Upgrade type \xB7 \u5347\u7EA7\u7C7B\u578B",
      description: `regular (scheduled for the production window) or emergency (only for a wide system failure or a wide business stoppage).

regular\uFF08\u5E38\u89C4\u5347\u7EA7\uFF0C\u5728\u751F\u4EA7\u73AF\u5883\u5347\u7EA7\u7A97\u53E3\u8FDB\u884C\uFF09\u6216 emergency\uFF08\u7D27\u6025\u5347\u7EA7\uFF0C\u4EC5\u9650\u7CFB\u7EDF\u6545\u969C\u5F71\u54CD\u8F83\u5927\u6216\u4E1A\u52A1\u8F83\u5927\u8303\u56F4\u505C\u987F\u7684\u60C5\u5F62\uFF09\u3002`,
      enum: ["regular", "emergency"],
      examples: ["regular"]
    },
    release: {
      title: "Release \xB7 \u7248\u672C",
      description: `The version running now, the version this upgrade installs, and what ships.

\u5F53\u524D\u8FD0\u884C\u7684\u7248\u672C\u3001\u672C\u6B21\u5347\u7EA7\u5B89\u88C5\u7684\u7248\u672C\uFF0C\u4EE5\u53CA\u5347\u7EA7\u7684\u7A0B\u5E8F\u548C\u6570\u636E\u3002`,
      type: "object",
      additionalProperties: !1,
      required: ["from", "to"],
      properties: {
        from: {
          title: "Current version \xB7 \u5F53\u524D\u7248\u672C",
          description: `The version in production before the upgrade. Quote it so YAML keeps it a string.

\u5347\u7EA7\u524D\u751F\u4EA7\u73AF\u5883\u4E2D\u7684\u7248\u672C\u3002\u8BF7\u52A0\u5F15\u53F7\uFF0C\u8BA9 YAML \u628A\u5B83\u5F53\u4F5C\u6587\u5B57\u3002`,
          type: "string",
          minLength: 1,
          maxLength: 64,
          examples: ["2.3.1"]
        },
        to: {
          title: "New version \xB7 \u65B0\u7248\u672C",
          description: `The version the upgrade installs; newer than release.from. Quote it so YAML keeps it a string.

\u672C\u6B21\u5347\u7EA7\u5B89\u88C5\u7684\u7248\u672C\uFF0C\u5E94\u6BD4 release.from \u65B0\u3002\u8BF7\u52A0\u5F15\u53F7\uFF0C\u8BA9 YAML \u628A\u5B83\u5F53\u4F5C\u6587\u5B57\u3002`,
          type: "string",
          minLength: 1,
          maxLength: 64,
          examples: ["2.4.0"]
        },
        artifacts: {
          title: "Artifacts \xB7 \u5347\u7EA7\u5305",
          description: `The programs and data that ship: images, packages, migration scripts.

\u672C\u6B21\u5347\u7EA7\u7684\u7A0B\u5E8F\u548C\u6570\u636E\uFF1A\u955C\u50CF\u3001\u5B89\u88C5\u5305\u3001\u6570\u636E\u5E93\u8FC1\u79FB\u811A\u672C\u7B49\u3002`,
          type: "array",
          items: {
            title: "Artifact \xB7 \u5347\u7EA7\u5305",
            description: `One program or data package of the release.

\u672C\u6B21\u53D1\u5E03\u4E2D\u7684\u4E00\u4E2A\u7A0B\u5E8F\u6216\u6570\u636E\u5305\u3002`,
            type: "object",
            additionalProperties: !1,
            required: ["name"],
            properties: {
              name: { title: "Name \xB7 \u540D\u79F0", description: `What the artifact is called.

\u5347\u7EA7\u5305\u7684\u540D\u79F0\u3002`, type: "string", minLength: 1, examples: ["billing-api"] },
              ref: { title: "Reference \xB7 \u5F15\u7528", description: `Image reference, package coordinate or path in the repository.

\u955C\u50CF\u5730\u5740\u3001\u5B89\u88C5\u5305\u5750\u6807\u6216\u4ED3\u5E93\u4E2D\u7684\u8DEF\u5F84\u3002`, type: "string", minLength: 1, examples: ["registry.example.com/billing-api:2.4.0"] },
              digest: { title: "Digest \xB7 \u6458\u8981", description: `Content digest that pins the artifact.

\u9501\u5B9A\u5347\u7EA7\u5305\u5185\u5BB9\u7684\u6458\u8981\uFF08\u5982 sha256\uFF09\u3002`, type: "string", pattern: "^[a-z0-9]+:[A-Fa-f0-9]{32,}$", examples: ["sha256:9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"] }
            }
          }
        }
      }
    },
    window: {
      title: "Production window \xB7 \u5347\u7EA7\u65F6\u95F4",
      description: `When the upgrade is carried out. A time without an offset is read in the policy time zone.

\u6267\u884C\u5347\u7EA7\u7684\u65F6\u95F4\u6BB5\u3002\u4E0D\u5199\u65F6\u533A\u504F\u79FB\u7684\u65F6\u95F4\u6309\u7B56\u7565\u65F6\u533A\u7406\u89E3\u3002`,
      type: "object",
      additionalProperties: !1,
      required: ["start", "end"],
      properties: {
        start: {
          title: "Window start \xB7 \u5F00\u59CB\u65F6\u95F4",
          description: `When the upgrade starts, e.g. 2026-11-26T20:00 (policy time zone) or 2026-11-26T20:00+08:00.

\u5347\u7EA7\u5F00\u59CB\u7684\u65F6\u95F4\uFF0C\u5982 2026-11-26T20:00\uFF08\u7B56\u7565\u65F6\u533A\uFF09\u6216 2026-11-26T20:00+08:00\u3002`,
          type: "string",
          format: "local-date-time",
          examples: ["2026-11-26T20:00"]
        },
        end: {
          title: "Window end \xB7 \u7ED3\u675F\u65F6\u95F4",
          description: `When the upgrade must be finished, after window.start.

\u5347\u7EA7\u5FC5\u987B\u5B8C\u6210\u7684\u65F6\u95F4\uFF0C\u665A\u4E8E window.start\u3002`,
          type: "string",
          format: "local-date-time",
          examples: ["2026-11-26T22:00"]
        }
      }
    },
    features: {
      title: "Feature list (Attachment 2) \xB7 \u5347\u7EA7\u529F\u80FD\u6E05\u5355\uFF08\u9644\u4EF6\u4E8C\uFF09",
      description: `The Production Environment Upgrade Feature List: what changes for users.

\u751F\u4EA7\u73AF\u5883\u5347\u7EA7\u529F\u80FD\u6E05\u5355\uFF1A\u7528\u6237\u80FD\u611F\u53D7\u5230\u7684\u53D8\u5316\u3002`,
      type: "array",
      minItems: 1,
      items: {
        title: "Feature \xB7 \u529F\u80FD",
        description: `One change that ships with the upgrade.

\u672C\u6B21\u5347\u7EA7\u5E26\u6765\u7684\u4E00\u9879\u53D8\u5316\u3002`,
        type: "object",
        additionalProperties: !1,
        required: ["id", "title"],
        properties: {
          id: { title: "Feature id \xB7 \u529F\u80FD\u7F16\u53F7", description: `Ticket or feature number.

\u9700\u6C42\u5355\u53F7\u6216\u529F\u80FD\u7F16\u53F7\u3002`, type: "string", minLength: 1, examples: ["BILL-412"] },
          title: { title: "Title \xB7 \u6807\u9898", description: `One line that names the change.

\u4E00\u53E5\u8BDD\u8BF4\u660E\u8FD9\u9879\u53D8\u5316\u3002`, type: "string", minLength: 1, examples: ["Monthly invoices in PDF"] },
          description: { title: "Description \xB7 \u8BF4\u660E", description: `What users will notice.

\u7528\u6237\u4F1A\u6CE8\u610F\u5230\u4EC0\u4E48\u53D8\u5316\u3002`, type: "string", examples: ["Customers can download each monthly invoice as a PDF."] }
        }
      }
    },
    verification: {
      title: "Upgrade verification \xB7 \u5347\u7EA7\u9A8C\u8BC1",
      description: `The production upgrade verification test cases run after the upgrade.

\u5347\u7EA7\u540E\u6267\u884C\u7684\u751F\u4EA7\u73AF\u5883\u5347\u7EA7\u9A8C\u8BC1\u7528\u4F8B\u3002`,
      type: "object",
      additionalProperties: !1,
      required: ["cases"],
      properties: {
        cases: {
          title: "Verification cases \xB7 \u9A8C\u8BC1\u7528\u4F8B",
          description: `Each case: what to do and what must happen.

\u6BCF\u4E2A\u7528\u4F8B\u5199\u660E\u600E\u4E48\u505A\u3001\u5E94\u8BE5\u5F97\u5230\u4EC0\u4E48\u7ED3\u679C\u3002`,
          type: "array",
          minItems: 1,
          items: {
            title: "Verification case \xB7 \u9A8C\u8BC1\u7528\u4F8B",
            description: `One verification test case.

\u4E00\u4E2A\u9A8C\u8BC1\u7528\u4F8B\u3002`,
            type: "object",
            additionalProperties: !1,
            required: ["id", "steps", "expected"],
            properties: {
              id: { title: "Case id \xB7 \u7528\u4F8B\u7F16\u53F7", description: `Number of the case.

\u7528\u4F8B\u7684\u7F16\u53F7\u3002`, type: "string", minLength: 1, examples: ["V-1"] },
              steps: {
                title: "Steps \xB7 \u64CD\u4F5C\u6B65\u9AA4",
                description: `What the verifier does, as text or as a list of steps.

\u9A8C\u8BC1\u4EBA\u5458\u7684\u64CD\u4F5C\uFF0C\u5199\u6210\u4E00\u6BB5\u6587\u5B57\u6216\u4E00\u4E2A\u6B65\u9AA4\u5217\u8868\u3002`,
                oneOf: [
                  { type: "string", minLength: 1 },
                  { type: "array", minItems: 1, items: { type: "string", minLength: 1 } }
                ],
                examples: ["Open an invoice and download it as PDF"]
              },
              expected: { title: "Expected result \xB7 \u9884\u671F\u7ED3\u679C", description: `What must happen for the case to pass.

\u7528\u4F8B\u901A\u8FC7\u65F6\u5E94\u51FA\u73B0\u7684\u7ED3\u679C\u3002`, type: "string", minLength: 1, examples: ["The PDF opens and its total matches the screen"] }
            }
          }
        }
      }
    },
    acceptance: {
      title: "User acceptance \xB7 \u7528\u6237\u9A8C\u8BC1",
      description: `User verification passed before production (measures 3.1): who accepted, when, and the evidence file.

\u8FDB\u5165\u751F\u4EA7\u73AF\u5883\u524D\u7528\u6237\u9A8C\u8BC1\u5DF2\u901A\u8FC7\uFF08\u300A\u5347\u7EA7\u7BA1\u7406\u529E\u6CD5\u300B3.1\uFF09\uFF1A\u8C01\u9A8C\u8BC1\u3001\u4F55\u65F6\u9A8C\u8BC1\u3001\u8BC1\u660E\u6587\u4EF6\u3002`,
      type: "object",
      additionalProperties: !1,
      required: ["verified_by", "date", "evidence"],
      properties: {
        verified_by: { title: "Verified by \xB7 \u9A8C\u8BC1\u4EBA", description: `The user or stakeholder who accepted the release.

\u786E\u8BA4\u672C\u6B21\u53D1\u5E03\u7684\u7528\u6237\u6216\u4E1A\u52A1\u65B9\u3002`, type: "string", minLength: 1, examples: ["Wang Fang (finance)"] },
        date: { title: "Acceptance date \xB7 \u9A8C\u8BC1\u65E5\u671F", description: `The day the user accepted the release, e.g. 2026-11-23.

\u7528\u6237\u786E\u8BA4\u7684\u65E5\u671F\uFF0C\u5982 2026-11-23\u3002`, type: "string", format: "date", examples: ["2026-11-23"] },
        evidence: { title: "Evidence \xB7 \u8BC1\u660E\u6587\u4EF6", description: `Path of the signed acceptance record in the repository, relative to its root.

\u4ED3\u5E93\u4E2D\u5DF2\u7B7E\u5B57\u7684\u7528\u6237\u9A8C\u8BC1\u8BB0\u5F55\u7684\u8DEF\u5F84\uFF0C\u76F8\u5BF9\u4E8E\u4ED3\u5E93\u6839\u76EE\u5F55\u3002`, type: "string", minLength: 1, examples: ["docs/acceptance/billing-2.4.0.md"] }
      }
    },
    gray_test: {
      title: "Gray environment test \xB7 \u7070\u5EA6\u73AF\u5883\u5347\u7EA7\u6D4B\u8BD5",
      description: `The upgrade test in the gray (pre-production) environment, done before production, as a rule on Tuesday.

\u5728\u7070\u5EA6\u73AF\u5883\uFF08\u51C6\u4EA7\u54C1\u73AF\u5883\uFF09\u4E2D\u8FDB\u884C\u7684\u5347\u7EA7\u6D4B\u8BD5\uFF0C\u987B\u5728\u751F\u4EA7\u73AF\u5883\u5347\u7EA7\u524D\u5B8C\u6210\uFF0C\u539F\u5219\u4E0A\u5728\u5468\u4E8C\u8FDB\u884C\u3002`,
      type: "object",
      additionalProperties: !1,
      required: ["completed", "result", "report"],
      properties: {
        completed: { title: "Completed at \xB7 \u5B8C\u6210\u65F6\u95F4", description: `When the gray test finished, e.g. 2026-11-24T16:00.

\u7070\u5EA6\u73AF\u5883\u6D4B\u8BD5\u5B8C\u6210\u7684\u65F6\u95F4\uFF0C\u5982 2026-11-24T16:00\u3002`, type: "string", format: "local-date-time", examples: ["2026-11-24T16:00"] },
        result: { title: "Result \xB7 \u6D4B\u8BD5\u7ED3\u679C", description: `passed or failed.

passed\uFF08\u901A\u8FC7\uFF09\u6216 failed\uFF08\u672A\u901A\u8FC7\uFF09\u3002`, enum: ["passed", "failed"], examples: ["passed"] },
        report: { title: "Test report \xB7 \u6D4B\u8BD5\u62A5\u544A", description: `Path of the gray test report in the repository.

\u4ED3\u5E93\u4E2D\u7070\u5EA6\u73AF\u5883\u6D4B\u8BD5\u62A5\u544A\u7684\u8DEF\u5F84\u3002`, type: "string", minLength: 1, examples: ["docs/gray/billing-2.4.0.md"] }
      }
    },
    backup: {
      title: "Backup \xB7 \u5907\u4EFD",
      description: `How data, programs and configuration scripts are backed up before execution (measures 3.5, 4.5).

\u6267\u884C\u524D\u5982\u4F55\u5907\u4EFD\u6570\u636E\u3001\u7A0B\u5E8F\u548C\u914D\u7F6E\u811A\u672C\uFF08\u300A\u5347\u7EA7\u7BA1\u7406\u529E\u6CD5\u300B3.5\u30014.5\uFF09\u3002`,
      type: "object",
      additionalProperties: !1,
      properties: {
        data: { $ref: "#/$defs/backupItem", title: "Data backup \xB7 \u6570\u636E\u5907\u4EFD", description: `Backup of the system's data.

\u7CFB\u7EDF\u6570\u636E\u7684\u5907\u4EFD\u3002` },
        programs: { $ref: "#/$defs/backupItem", title: "Program backup \xB7 \u7A0B\u5E8F\u5907\u4EFD", description: `Backup of the programs running now.

\u5F53\u524D\u8FD0\u884C\u7A0B\u5E8F\u7684\u5907\u4EFD\u3002` },
        config: { $ref: "#/$defs/backupItem", title: "Configuration backup \xB7 \u914D\u7F6E\u5907\u4EFD", description: `Backup of configuration scripts.

\u914D\u7F6E\u811A\u672C\u7684\u5907\u4EFD\u3002` }
      }
    },
    rollback: {
      title: "Rollback \xB7 \u56DE\u9000\u65B9\u6848",
      description: `How the system is restored to the backup when verification fails.

\u9A8C\u8BC1\u4E0D\u901A\u8FC7\u65F6\u5982\u4F55\u6062\u590D\u81F3\u5347\u7EA7\u524D\u7684\u5907\u4EFD\u7248\u672C\u3002`,
      type: "object",
      additionalProperties: !1,
      required: ["plan"],
      properties: {
        plan: { title: "Rollback plan \xB7 \u56DE\u9000\u6B65\u9AA4", description: `The steps that restore the previous version.

\u6062\u590D\u5230\u4E0A\u4E00\u7248\u672C\u7684\u6B65\u9AA4\u3002`, type: "string", minLength: 1, examples: ["Re-deploy 2.3.1 with Argo CD and restore the database snapshot."] }
      }
    },
    people: {
      title: "People \xB7 \u4EBA\u5458",
      description: `GitHub logins of the people who prepare, run and supervise the upgrade.

\u51C6\u5907\u3001\u6267\u884C\u548C\u76D1\u7763\u672C\u6B21\u5347\u7EA7\u7684\u4EBA\u5458\u7684 GitHub \u8D26\u53F7\u3002`,
      type: "object",
      additionalProperties: !1,
      required: ["project_lead", "ops_lead", "executor", "supervisor"],
      properties: {
        project_lead: { $ref: "#/$defs/login", title: "Project lead \xB7 \u9879\u76EE\u8D1F\u8D23\u4EBA", description: `Prepares the upgrade materials.

\u51C6\u5907\u5347\u7EA7\u6750\u6599\u3002` },
        ops_lead: { $ref: "#/$defs/login", title: "Operations lead \xB7 \u8FD0\u7EF4\u8D1F\u8D23\u4EBA", description: `The system's operations lead who receives the approved upgrade.

\u63A5\u6536\u5BA1\u6279\u901A\u8FC7\u7684\u5347\u7EA7\u7684\u7CFB\u7EDF\u8FD0\u7EF4\u8D1F\u8D23\u4EBA\u3002` },
        executor: { $ref: "#/$defs/login", title: "Executor \xB7 \u6267\u884C\u4EBA", description: `Carries out the upgrade.

\u6267\u884C\u5347\u7EA7\u3002` },
        supervisor: { $ref: "#/$defs/login", title: "Supervisor \xB7 \u76D1\u7763\u4EBA", description: `Watches the execution; another person than the executor.

\u76D1\u7763\u6267\u884C\u8FC7\u7A0B\uFF0C\u4E0D\u80FD\u4E0E\u6267\u884C\u4EBA\u662F\u540C\u4E00\u4EBA\uFF08\u4E00\u4EBA\u6267\u884C\u4E00\u4EBA\u76D1\u7763\uFF09\u3002` }
      }
    },
    notification: {
      title: "Notification \xB7 \u5347\u7EA7\u901A\u77E5",
      description: `The all-staff upgrade notice, sent at least half a day before the window.

\u5168\u5458\u5347\u7EA7\u901A\u77E5\uFF0C\u81F3\u5C11\u63D0\u524D\u534A\u5929\u53D1\u51FA\u3002`,
      type: "object",
      additionalProperties: !1,
      required: ["announced_at", "channels"],
      properties: {
        announced_at: { title: "Announced at \xB7 \u901A\u77E5\u65F6\u95F4", description: `When the notice went out, e.g. 2026-11-25T09:00.

\u901A\u77E5\u53D1\u51FA\u7684\u65F6\u95F4\uFF0C\u5982 2026-11-25T09:00\u3002`, type: "string", format: "local-date-time", examples: ["2026-11-25T09:00"] },
        channels: {
          title: "Channels \xB7 \u901A\u77E5\u6E20\u9053",
          description: `Where the notice went: qq-group, wechat, email.

\u901A\u77E5\u53D1\u5230\u54EA\u91CC\uFF1Aqq-group\uFF08QQ \u7FA4\uFF09\u3001wechat\uFF08\u5FAE\u4FE1\u516C\u4F17\u53F7\uFF09\u3001email\uFF08\u90AE\u4EF6\uFF09\u3002`,
          type: "array",
          minItems: 1,
          uniqueItems: !0,
          items: { enum: ["qq-group", "wechat", "email"] },
          examples: [["qq-group", "wechat"]]
        }
      }
    },
    emergency: {
      title: "Emergency \xB7 \u7D27\u6025\u5347\u7EA7",
      description: `Required exactly when type is emergency: why the upgrade cannot wait for the window, and the phone confirmation and e-mail registration with the General Manager's Office.

type \u4E3A emergency \u65F6\u5FC5\u586B\uFF0C\u4E14\u53EA\u5728\u6B64\u65F6\u586B\u5199\uFF1A\u4E3A\u4EC0\u4E48\u4E0D\u80FD\u7B49\u5230\u5347\u7EA7\u7A97\u53E3\uFF0C\u4EE5\u53CA\u4E0E\u603B\u7ECF\u7406\u529E\u516C\u5BA4\u7684\u7535\u8BDD\u786E\u8BA4\u548C\u90AE\u4EF6\u4E34\u65F6\u5347\u7EA7\u767B\u8BB0\u3002`,
      type: "object",
      additionalProperties: !1,
      required: ["reason", "impact", "justification", "confirmation"],
      properties: {
        reason: { title: "Reason \xB7 \u7D27\u6025\u539F\u56E0", description: `system-failure (a fault stops use of the system, wide impact) or business-stoppage (the system can no longer support the business, wide stoppage).

system-failure\uFF08\u7CFB\u7EDF\u6545\u969C\u5F71\u54CD\u8BE5\u7CFB\u7EDF\u7684\u7EE7\u7EED\u4F7F\u7528\u4E14\u5F71\u54CD\u8303\u56F4\u8F83\u5927\uFF09\u6216 business-stoppage\uFF08\u7CFB\u7EDF\u529F\u80FD\u5DF2\u65E0\u6CD5\u6EE1\u8DB3\u4E1A\u52A1\u5F00\u5C55\u4E14\u4F1A\u9020\u6210\u8F83\u5927\u8303\u56F4\u7684\u4E1A\u52A1\u505C\u987F\uFF09\u3002`, type: "string", examples: ["system-failure"] },
        impact: { title: "Impact \xB7 \u5F71\u54CD\u8303\u56F4", description: `Who and what is affected, and how widely.

\u5F71\u54CD\u4E86\u8C01\u3001\u5F71\u54CD\u4E86\u4EC0\u4E48\u3001\u8303\u56F4\u591A\u5927\u3002`, type: "string", minLength: 1, examples: ["All invoices fail to generate for every customer since 09:12."] },
        justification: { title: "Justification \xB7 \u7406\u7531", description: `Why this cannot wait for the next production window, written out.

\u4E3A\u4EC0\u4E48\u4E0D\u80FD\u7B49\u5230\u4E0B\u4E00\u4E2A\u751F\u4EA7\u73AF\u5883\u5347\u7EA7\u7A97\u53E3\uFF0C\u8BF7\u5199\u6E05\u695A\u3002`, type: "string", examples: ["Month-end billing runs tonight; without the fix no customer can be invoiced."] },
        confirmation: {
          title: "Confirmation \xB7 \u786E\u8BA4",
          description: `The phone confirmation and the e-mail registration of the temporary upgrade with the General Manager's Office.

\u4E0E\u603B\u7ECF\u7406\u529E\u516C\u5BA4\u7684\u7535\u8BDD\u786E\u8BA4\u548C\u90AE\u4EF6\u4E34\u65F6\u5347\u7EA7\u767B\u8BB0\u3002`,
          type: "object",
          additionalProperties: !1,
          properties: {
            phone_confirmed_by: { title: "Confirmed by phone by \xB7 \u7535\u8BDD\u786E\u8BA4\u4EBA", description: `Who confirmed the emergency upgrade by phone.

\u8C01\u901A\u8FC7\u7535\u8BDD\u786E\u8BA4\u4E86\u8FD9\u6B21\u7D27\u6025\u5347\u7EA7\u3002`, type: "string", examples: ["Zhao Min (General Manager's Office)"] },
            confirmed_at: { title: "Confirmed at \xB7 \u786E\u8BA4\u65F6\u95F4", description: `When the phone confirmation happened.

\u7535\u8BDD\u786E\u8BA4\u7684\u65F6\u95F4\u3002`, type: "string", format: "local-date-time", examples: ["2026-11-25T10:05"] },
            email_registration: { title: "E-mail registration \xB7 \u90AE\u4EF6\u767B\u8BB0", description: `Reference of the registration e-mail to the General Manager's Office.

\u53D1\u7ED9\u603B\u7ECF\u7406\u529E\u516C\u5BA4\u7684\u4E34\u65F6\u5347\u7EA7\u767B\u8BB0\u90AE\u4EF6\u7684\u7F16\u53F7\u6216\u6807\u9898\u3002`, type: "string", examples: ["GMO-2026-117"] }
          }
        }
      }
    }
  },
  $defs: {
    backupItem: {
      type: "object",
      additionalProperties: !1,
      required: ["method", "location"],
      properties: {
        method: { title: "Method \xB7 \u5907\u4EFD\u65B9\u5F0F", description: `How the backup is made.

\u600E\u6837\u5907\u4EFD\u3002`, type: "string", minLength: 1, examples: ["pg_dump of the billing database"] },
        location: { title: "Location \xB7 \u5907\u4EFD\u4F4D\u7F6E", description: `Where the backup is kept.

\u5907\u4EFD\u5B58\u653E\u5728\u54EA\u91CC\u3002`, type: "string", minLength: 1, examples: ["s3://backups/billing/2026-11-26/"] }
      }
    },
    login: {
      type: "string",
      pattern: "^@?[A-Za-z0-9][A-Za-z0-9-]{0,38}$",
      examples: ["octocat"]
    }
  }
};

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
  let decoded = typeof input == "string" ? { text: input } : decodeSource(input, file, t);
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

export {
  compareFindings,
  isOff,
  withConfiguredSeverity,
  hitToFinding,
  checkDocument,
  earlierDocuments,
  readableParts,
  loadUpgradeDocument,
  tooLargeDocument
};
