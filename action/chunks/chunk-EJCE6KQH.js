import { createRequire as __ugCreateRequire } from 'node:module';
const require = __ugCreateRequire(import.meta.url);
import {
  documentRules,
  isSoftenable
} from "./chunk-DD4CU346.js";
import {
  decodeSource,
  parseYamlSource,
  schemaErrors,
  schemaFindings
} from "./chunk-33Z4YFGF.js";
import {
  messages
} from "./chunk-BAPEJJ6V.js";

// schemas/upgrade.schema.json
var upgrade_schema_default = {
  $schema: "https://json-schema.org/draft/2020-12/schema",
  $id: "https://upgrade-gate.dev/schemas/upgrade.schema.json",
  title: "Upgrade document (upgrade-gate/v1)",
  description: "One production or gray upgrade of one system, as the upgrade management measures require it: what ships, when, who approves, how it was verified, backed up and announced.",
  type: "object",
  additionalProperties: !1,
  required: ["apiVersion", "kind", "id", "system", "environment", "type", "release", "window", "features", "verification", "people"],
  properties: {
    apiVersion: {
      title: "Format version",
      description: "The document format version. Always upgrade-gate/v1.",
      const: "upgrade-gate/v1",
      examples: ["upgrade-gate/v1"]
    },
    kind: {
      title: "Kind",
      description: "The kind of document. Always Upgrade.",
      const: "Upgrade",
      examples: ["Upgrade"]
    },
    id: {
      title: "Approval form NO.",
      description: "The number of the Production Environment Upgrade Approval Form (Attachment 1). Unique across all upgrades.",
      type: "string",
      pattern: "^[A-Za-z0-9][A-Za-z0-9._-]{2,63}$",
      examples: ["UPG-2026-1126-01"]
    },
    system: {
      title: "System",
      description: "The information system being upgraded, as a short name (letters, digits, dashes).",
      type: "string",
      pattern: "^[a-z0-9][a-z0-9-]{0,62}$",
      examples: ["billing"]
    },
    environment: {
      title: "Environment",
      description: "Where this upgrade runs: production, or the gray (pre-production) environment.",
      enum: ["production", "gray"],
      examples: ["production"]
    },
    type: {
      title: "Upgrade type",
      description: "regular (scheduled for the production window) or emergency (only for a wide system failure or a wide business stoppage).",
      enum: ["regular", "emergency"],
      examples: ["regular"]
    },
    release: {
      title: "Release",
      description: "The version running now, the version this upgrade installs, and what ships.",
      type: "object",
      additionalProperties: !1,
      required: ["from", "to"],
      properties: {
        from: {
          title: "Current version",
          description: "The version in production before the upgrade. Quote it so YAML keeps it a string.",
          type: "string",
          minLength: 1,
          examples: ["2.3.1"]
        },
        to: {
          title: "New version",
          description: "The version the upgrade installs; newer than release.from. Quote it so YAML keeps it a string.",
          type: "string",
          minLength: 1,
          examples: ["2.4.0"]
        },
        artifacts: {
          title: "Artifacts",
          description: "The programs and data that ship: images, packages, migration scripts.",
          type: "array",
          items: {
            title: "Artifact",
            description: "One program or data package of the release.",
            type: "object",
            additionalProperties: !1,
            required: ["name"],
            properties: {
              name: { title: "Name", description: "What the artifact is called.", type: "string", minLength: 1, examples: ["billing-api"] },
              ref: { title: "Reference", description: "Image reference, package coordinate or path in the repository.", type: "string", minLength: 1, examples: ["registry.example.com/billing-api:2.4.0"] },
              digest: { title: "Digest", description: "Content digest that pins the artifact.", type: "string", pattern: "^[a-z0-9]+:[A-Fa-f0-9]{32,}$", examples: ["sha256:9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"] }
            }
          }
        }
      }
    },
    window: {
      title: "Production window",
      description: "When the upgrade is carried out. A time without an offset is read in the policy time zone.",
      type: "object",
      additionalProperties: !1,
      required: ["start", "end"],
      properties: {
        start: {
          title: "Window start",
          description: "When the upgrade starts, e.g. 2026-11-26T20:00 (policy time zone) or 2026-11-26T20:00+08:00.",
          type: "string",
          format: "local-date-time",
          examples: ["2026-11-26T20:00"]
        },
        end: {
          title: "Window end",
          description: "When the upgrade must be finished, after window.start.",
          type: "string",
          format: "local-date-time",
          examples: ["2026-11-26T22:00"]
        }
      }
    },
    features: {
      title: "Feature list (Attachment 2)",
      description: "The Production Environment Upgrade Feature List: what changes for users.",
      type: "array",
      minItems: 1,
      items: {
        title: "Feature",
        description: "One change that ships with the upgrade.",
        type: "object",
        additionalProperties: !1,
        required: ["id", "title"],
        properties: {
          id: { title: "Feature id", description: "Ticket or feature number.", type: "string", minLength: 1, examples: ["BILL-412"] },
          title: { title: "Title", description: "One line that names the change.", type: "string", minLength: 1, examples: ["Monthly invoices in PDF"] },
          description: { title: "Description", description: "What users will notice.", type: "string", examples: ["Customers can download each monthly invoice as a PDF."] }
        }
      }
    },
    verification: {
      title: "Upgrade verification",
      description: "The production upgrade verification test cases run after the upgrade.",
      type: "object",
      additionalProperties: !1,
      required: ["cases"],
      properties: {
        cases: {
          title: "Verification cases",
          description: "Each case: what to do and what must happen.",
          type: "array",
          minItems: 1,
          items: {
            title: "Verification case",
            description: "One verification test case.",
            type: "object",
            additionalProperties: !1,
            required: ["id", "steps", "expected"],
            properties: {
              id: { title: "Case id", description: "Number of the case.", type: "string", minLength: 1, examples: ["V-1"] },
              steps: {
                title: "Steps",
                description: "What the verifier does, as text or as a list of steps.",
                oneOf: [
                  { type: "string", minLength: 1 },
                  { type: "array", minItems: 1, items: { type: "string", minLength: 1 } }
                ],
                examples: ["Open an invoice and download it as PDF"]
              },
              expected: { title: "Expected result", description: "What must happen for the case to pass.", type: "string", minLength: 1, examples: ["The PDF opens and its total matches the screen"] }
            }
          }
        }
      }
    },
    acceptance: {
      title: "User acceptance",
      description: "User verification passed before production (seed 3.1): who accepted, when, and the evidence file.",
      type: "object",
      additionalProperties: !1,
      required: ["verified_by", "date", "evidence"],
      properties: {
        verified_by: { title: "Verified by", description: "The user or stakeholder who accepted the release.", type: "string", minLength: 1, examples: ["Wang Fang (finance)"] },
        date: { title: "Acceptance date", description: "The day the user accepted the release, e.g. 2026-11-23.", type: "string", format: "date", examples: ["2026-11-23"] },
        evidence: { title: "Evidence", description: "Path of the signed acceptance record in the repository, relative to its root.", type: "string", minLength: 1, examples: ["docs/acceptance/billing-2.4.0.md"] }
      }
    },
    gray_test: {
      title: "Gray environment test",
      description: "The upgrade test in the gray (pre-production) environment, done before production, as a rule on Tuesday.",
      type: "object",
      additionalProperties: !1,
      required: ["completed", "result", "report"],
      properties: {
        completed: { title: "Completed at", description: "When the gray test finished, e.g. 2026-11-24T16:00.", type: "string", format: "local-date-time", examples: ["2026-11-24T16:00"] },
        result: { title: "Result", description: "passed or failed.", enum: ["passed", "failed"], examples: ["passed"] },
        report: { title: "Test report", description: "Path of the gray test report in the repository.", type: "string", minLength: 1, examples: ["docs/gray/billing-2.4.0.md"] }
      }
    },
    backup: {
      title: "Backup",
      description: "How data, programs and configuration scripts are backed up before execution (seed 3.5, 4.5).",
      type: "object",
      additionalProperties: !1,
      properties: {
        data: { $ref: "#/$defs/backupItem", title: "Data backup", description: "Backup of the system's data." },
        programs: { $ref: "#/$defs/backupItem", title: "Program backup", description: "Backup of the programs running now." },
        config: { $ref: "#/$defs/backupItem", title: "Configuration backup", description: "Backup of configuration scripts." }
      }
    },
    rollback: {
      title: "Rollback",
      description: "How the system is restored to the backup when verification fails.",
      type: "object",
      additionalProperties: !1,
      required: ["plan"],
      properties: {
        plan: { title: "Rollback plan", description: "The steps that restore the previous version.", type: "string", minLength: 1, examples: ["Re-deploy 2.3.1 with Argo CD and restore the database snapshot."] }
      }
    },
    people: {
      title: "People",
      description: "GitHub logins of the people who prepare, run and supervise the upgrade.",
      type: "object",
      additionalProperties: !1,
      required: ["project_lead", "ops_lead", "executor", "supervisor"],
      properties: {
        project_lead: { $ref: "#/$defs/login", title: "Project lead", description: "Prepares the upgrade materials." },
        ops_lead: { $ref: "#/$defs/login", title: "Operations lead", description: "The system's operations lead who receives the approved upgrade." },
        executor: { $ref: "#/$defs/login", title: "Executor", description: "Carries out the upgrade." },
        supervisor: { $ref: "#/$defs/login", title: "Supervisor", description: "Watches the execution; another person than the executor." }
      }
    },
    notification: {
      title: "Notification",
      description: "The all-staff upgrade notice, sent at least half a day before the window.",
      type: "object",
      additionalProperties: !1,
      required: ["announced_at", "channels"],
      properties: {
        announced_at: { title: "Announced at", description: "When the notice went out, e.g. 2026-11-25T09:00.", type: "string", format: "local-date-time", examples: ["2026-11-25T09:00"] },
        channels: {
          title: "Channels",
          description: "Where the notice went: qq-group, wechat, email.",
          type: "array",
          minItems: 1,
          uniqueItems: !0,
          items: { enum: ["qq-group", "wechat", "email"] },
          examples: [["qq-group", "wechat"]]
        }
      }
    },
    emergency: {
      title: "Emergency",
      description: "Required exactly when type is emergency: why the upgrade cannot wait for the window, and the phone confirmation and e-mail registration with the General Manager's Office.",
      type: "object",
      additionalProperties: !1,
      required: ["reason", "impact", "justification", "confirmation"],
      properties: {
        reason: { title: "Reason", description: "system-failure (a fault stops use of the system, wide impact) or business-stoppage (the system can no longer support the business, wide stoppage).", type: "string", examples: ["system-failure"] },
        impact: { title: "Impact", description: "Who and what is affected, and how widely.", type: "string", minLength: 1, examples: ["All invoices fail to generate for every customer since 09:12."] },
        justification: { title: "Justification", description: "Why this cannot wait for the next production window, written out.", type: "string", examples: ["Month-end billing runs tonight; without the fix no customer can be invoiced."] },
        confirmation: {
          title: "Confirmation",
          description: "The phone confirmation and the e-mail registration of the temporary upgrade with the General Manager's Office.",
          type: "object",
          additionalProperties: !1,
          properties: {
            phone_confirmed_by: { title: "Confirmed by phone by", description: "Who confirmed the emergency upgrade by phone.", type: "string", examples: ["Zhao Min (General Manager's Office)"] },
            confirmed_at: { title: "Confirmed at", description: "When the phone confirmation happened.", type: "string", format: "local-date-time", examples: ["2026-11-25T10:05"] },
            email_registration: { title: "E-mail registration", description: "Reference of the registration e-mail to the General Manager's Office.", type: "string", examples: ["GMO-2026-117"] }
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
        method: { title: "Method", description: "How the backup is made.", type: "string", minLength: 1, examples: ["pg_dump of the billing database"] },
        location: { title: "Location", description: "Where the backup is kept.", type: "string", minLength: 1, examples: ["s3://backups/billing/2026-11-26/"] }
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
    else if (e.keyword === "additionalProperties") broken.add(e.params.additionalProperty);
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
    return findings.push({ rule: "schema", severity: "error", file, line: 1, column: 1, message: (t ?? messages())["document.empty"]() }), { file, source, findings };
  let errors = schemaErrors(upgrade_schema_default, source.value);
  if (findings.push(...schemaFindings(errors, source, file)), errors.length === 0) return { file, source, findings, doc: source.value };
  let broken = brokenSections(errors);
  if (!broken || typeof source.value != "object" || Array.isArray(source.value)) return { file, source, findings };
  let value = Object.fromEntries(Object.entries(source.value).filter(([k]) => !broken.has(k)));
  return { file, source, findings, partial: { value, broken } };
}
function emptySource() {
  return { value: void 0, findings: [], locate: () => ({ line: 1, column: 1 }), locateKey: () => ({ line: 1, column: 1 }) };
}

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
function checkDocument(loaded, config, exists, earlier = /* @__PURE__ */ new Map()) {
  let findings = [...loaded.findings], base = { source: loaded.source, file: loaded.file, config, exists, earlier, t: messages(config.language) };
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
function earlierDocuments(loaded) {
  let seen = /* @__PURE__ */ new Map();
  return loaded.map((l) => {
    let before = new Map(seen);
    return l.doc?.id !== void 0 && !seen.has(l.doc.id) && seen.set(l.doc.id, l.file), before;
  });
}

export {
  readableParts,
  loadUpgradeDocument,
  compareFindings,
  isOff,
  withConfiguredSeverity,
  hitToFinding,
  checkDocument,
  earlierDocuments
};
