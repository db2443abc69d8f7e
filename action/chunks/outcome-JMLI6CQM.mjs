import { createRequire as __ugCreateRequire } from 'node:module';
const require = __ugCreateRequire(import.meta.url);
import {
  package_default,
  require_picomatch,
  rolesHeld
} from "./chunk-YJPR3Q7S.mjs";
import {
  commitOutcome,
  listFolder
} from "./chunk-NR6EON5I.mjs";
import "./chunk-577CYPMH.mjs";
import "./chunk-LJA4MUHO.mjs";
import {
  COMMENT_MARKER,
  ownComment
} from "./chunk-7HSA7SXW.mjs";
import {
  logLine
} from "./chunk-U5Y3DHM2.mjs";
import "./chunk-Y4HLE75Q.mjs";
import {
  didYouMean,
  loadConfig,
  localTimeProblem,
  parseYamlSource,
  schemaFindings
} from "./chunk-2H6L6NG4.mjs";
import {
  GateError,
  logMessages,
  messages,
  readFile,
  setOutput,
  warning
} from "./chunk-QPKTFHVX.mjs";
import "./chunk-F7L6RK3S.mjs";
import "./chunk-6PE6XYGR.mjs";
import {
  OUTCOME_REPLY_MARKER,
  buildOutcomeRecord,
  peopleOf,
  peopleRights,
  renderOutcomeReply,
  renderStickyOutcome,
  withStickyOutcome
} from "./chunk-MV6RXFAG.mjs";
import {
  dateIn,
  registerValidator,
  schemaErrors,
  schemaFormats,
  toInstant,
  ucs2length
} from "./chunk-LM64RRIG.mjs";
import {
  __toESM
} from "./chunk-Y25UFXLR.mjs";

// src/github/outcome.ts
var import_picomatch = __toESM(require_picomatch(), 1);

// schemas/outcome.schema.json
var schema = JSON.parse(`{"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://upgrade-gate.dev/schemas/outcome.schema.json","title":"Upgrade outcome (/upgrade-result) \xB7 \u5347\u7EA7\u7ED3\u679C","description":"The outcome of an executed upgrade (measures 4.6, 4.7), as a comment on the merged upgrade pull request: the first line is /upgrade-result succeeded, failed or restored, the lines after it are this YAML. Times are written as in upgrade documents: without an offset they are in the policy time zone.\\n\\n\u5DF2\u6267\u884C\u5347\u7EA7\u7684\u7ED3\u679C\uFF08\u300A\u5347\u7EA7\u7BA1\u7406\u529E\u6CD5\u300B4.6\u30014.7\uFF09\uFF0C\u4EE5\u8BC4\u8BBA\u5F62\u5F0F\u5199\u5728\u5DF2\u5408\u5E76\u7684\u5347\u7EA7 PR \u4E0A\uFF1A\u7B2C\u4E00\u884C\u4E3A /upgrade-result succeeded\u3001failed \u6216 restored\uFF0C\u4E4B\u540E\u5404\u884C\u4E3A\u6B64 YAML\u3002\u65F6\u95F4\u5199\u6CD5\u4E0E\u5347\u7EA7\u6587\u6863\u76F8\u540C\uFF1A\u4E0D\u5E26\u504F\u79FB\u65F6\u6309\u7B56\u7565\u65F6\u533A\u3002","type":"object","additionalProperties":false,"required":["outcome","completed_at","verification","notes"],"properties":{"outcome":{"title":"Outcome \xB7 \u5347\u7EA7\u7ED3\u679C","description":"Written on the first line: succeeded (every verification case passed), failed (a case failed), or restored (the backup was restored after a failure).\\n\\n\u5199\u5728\u7B2C\u4E00\u884C\uFF1Asucceeded\uFF08\u6240\u6709\u9A8C\u8BC1\u7528\u4F8B\u901A\u8FC7\uFF0C\u5347\u7EA7\u6210\u529F\uFF09\u3001failed\uFF08\u6709\u7528\u4F8B\u672A\u901A\u8FC7\uFF0C\u5347\u7EA7\u5931\u8D25\uFF09\u6216 restored\uFF08\u5931\u8D25\u540E\u5DF2\u6062\u590D\u81F3\u5347\u7EA7\u524D\u7684\u5907\u4EFD\u7248\u672C\uFF09\u3002","enum":["succeeded","failed","restored"],"examples":["succeeded"]},"document":{"title":"Approval form NO. \xB7 \u751F\u4EA7\u73AF\u5883\u5347\u7EA7\u5BA1\u6279\u5355\u7F16\u53F7\u3002","description":"Which upgrade document of the pull request this outcome is for, by its id; needed only when the pull request has several.\\n\\n\u8BE5\u7ED3\u679C\u5BF9\u5E94 PR \u4E2D\u54EA\u4E00\u4EFD\u5347\u7EA7\u6587\u6863\uFF08\u6309\u7F16\u53F7\uFF09\uFF1B\u53EA\u6709 PR \u4E2D\u6709\u591A\u4EFD\u6587\u6863\u65F6\u624D\u9700\u8981\u586B\u5199\u3002","type":"string","pattern":"^[A-Za-z0-9][A-Za-z0-9._-]{2,63}$","examples":["UPG-2026-1203-01"]},"completed_at":{"title":"Completed at \xB7 \u5B8C\u6210\u65F6\u95F4","description":"When the upgrade and its verification were finished, e.g. 2026-12-03T21:40 (policy time zone unless an offset is written).\\n\\n\u5347\u7EA7\u53CA\u9A8C\u8BC1\u5B8C\u6210\u7684\u65F6\u95F4\uFF0C\u4F8B\u5982 2026-12-03T21:40\uFF08\u4E0D\u5199\u504F\u79FB\u65F6\u6309\u7B56\u7565\u65F6\u533A\uFF09\u3002","type":"string","format":"local-date-time","examples":["2026-12-03T21:40"]},"verification":{"title":"Verification results \xB7 \u9A8C\u8BC1\u7ED3\u679C","description":"Every verification case of the upgrade document by its id, each passed or failed.\\n\\n\u5347\u7EA7\u6587\u6863\u4E2D\u7684\u6BCF\u4E2A\u9A8C\u8BC1\u7528\u4F8B\uFF08\u6309\u7F16\u53F7\uFF09\uFF0C\u5404\u5199 passed\uFF08\u901A\u8FC7\uFF09\u6216 failed\uFF08\u672A\u901A\u8FC7\uFF09\u3002","type":"object","minProperties":1,"propertyNames":{"minLength":1,"maxLength":64},"additionalProperties":{"title":"Case result \xB7 \u7528\u4F8B\u7ED3\u679C","description":"passed or failed.\\n\\npassed\uFF08\u901A\u8FC7\uFF09\u6216 failed\uFF08\u672A\u901A\u8FC7\uFF09\u3002","enum":["passed","failed"],"examples":["passed"]},"examples":[{"V-1":"passed","V-2":"passed"}]},"notes":{"title":"Notes \xB7 \u8BF4\u660E","description":"What was done after the execution: the system started, routine checks, the verification cases run.\\n\\n\u6267\u884C\u540E\u505A\u4E86\u4EC0\u4E48\uFF1A\u7CFB\u7EDF\u542F\u52A8\u3001\u5E38\u89C4\u68C0\u67E5\u3001\u8FD0\u884C\u9A8C\u8BC1\u7528\u4F8B\u3002","type":"string","minLength":1,"maxLength":4000,"examples":["started, routine checks and the verification cases passed"]},"notified_at":{"title":"Completion notice sent at \xB7 \u5B8C\u6210\u901A\u77E5\u53D1\u51FA\u65F6\u95F4","description":"When all staff and stakeholders were told the upgrade is complete (measures 4.7), e.g. 2026-12-03T21:50.\\n\\n\u5411\u5168\u5458\u53CA\u76F8\u5173\u4EBA\u5458\u53D1\u51FA\u5347\u7EA7\u5B8C\u6210\u901A\u77E5\u7684\u65F6\u95F4\uFF08\u300A\u5347\u7EA7\u7BA1\u7406\u529E\u6CD5\u300B4.7\uFF09\uFF0C\u4F8B\u5982 2026-12-03T21:50\u3002","type":"string","format":"local-date-time","examples":["2026-12-03T21:50"]},"cause":{"title":"Cause \xB7 \u5931\u8D25\u539F\u56E0","description":"Why the upgrade failed, as the ops lead and project lead found it (needed for failed).\\n\\n\u8FD0\u7EF4\u8D1F\u8D23\u4EBA\u548C\u9879\u76EE\u8D1F\u8D23\u4EBA\u67E5\u660E\u7684\u5347\u7EA7\u5931\u8D25\u539F\u56E0\uFF08failed \u65F6\u5FC5\u586B\uFF09\u3002","type":"string","minLength":1,"maxLength":4000,"examples":["migration 0042 timed out on the invoices table"]},"backup_restored":{"title":"Backup restored \xB7 \u6062\u590D\u7684\u5907\u4EFD","description":"Which backup was restored, as named in the document's backup section (needed for restored).\\n\\n\u6062\u590D\u7684\u662F\u54EA\u4E2A\u5907\u4EFD\uFF0C\u6309\u6587\u6863 backup \u90E8\u5206\u4E2D\u7684\u540D\u79F0\uFF08restored \u65F6\u5FC5\u586B\uFF09\u3002","type":"string","minLength":1,"maxLength":1000,"examples":["s3://acme-backups/billing/2026-12-03/db/ and image billing-api:2.3.1"]}},"allOf":[{"if":{"required":["outcome"],"properties":{"outcome":{"const":"failed"}}},"then":{"required":["cause"],"properties":{"cause":{"description":"Why the upgrade failed, as the ops lead and project lead found it.\\n\\n\u8FD0\u7EF4\u8D1F\u8D23\u4EBA\u548C\u9879\u76EE\u8D1F\u8D23\u4EBA\u67E5\u660E\u7684\u5347\u7EA7\u5931\u8D25\u539F\u56E0\u3002","examples":["migration 0042 timed out on the invoices table"]}}}},{"if":{"required":["outcome"],"properties":{"outcome":{"const":"restored"}}},"then":{"required":["backup_restored"],"properties":{"backup_restored":{"description":"Which backup was restored, as named in the document's backup section.\\n\\n\u6062\u590D\u7684\u662F\u54EA\u4E2A\u5907\u4EFD\uFF0C\u6309\u6587\u6863 backup \u90E8\u5206\u4E2D\u7684\u540D\u79F0\u3002","examples":["s3://acme-backups/billing/2026-12-03/db/"]}}}}]}`);
registerValidator(schema.$id, () => {
  let module = { exports: {} };
  module.exports = validate0, module.exports.default = validate0;
  let schema0 = { $schema: "https://json-schema.org/draft/2020-12/schema", $id: "https://upgrade-gate.dev/schemas/outcome.schema.json", title: "Upgrade outcome (/upgrade-result) \xB7 \u5347\u7EA7\u7ED3\u679C", description: `The outcome of an executed upgrade (measures 4.6, 4.7), as a comment on the merged upgrade pull request: the first line is /upgrade-result succeeded, failed or restored, the lines after it are this YAML. Times are written as in upgrade documents: without an offset they are in the policy time zone.

\u5DF2\u6267\u884C\u5347\u7EA7\u7684\u7ED3\u679C\uFF08\u300A\u5347\u7EA7\u7BA1\u7406\u529E\u6CD5\u300B4.6\u30014.7\uFF09\uFF0C\u4EE5\u8BC4\u8BBA\u5F62\u5F0F\u5199\u5728\u5DF2\u5408\u5E76\u7684\u5347\u7EA7 PR \u4E0A\uFF1A\u7B2C\u4E00\u884C\u4E3A /upgrade-result succeeded\u3001failed \u6216 restored\uFF0C\u4E4B\u540E\u5404\u884C\u4E3A\u6B64 YAML\u3002\u65F6\u95F4\u5199\u6CD5\u4E0E\u5347\u7EA7\u6587\u6863\u76F8\u540C\uFF1A\u4E0D\u5E26\u504F\u79FB\u65F6\u6309\u7B56\u7565\u65F6\u533A\u3002`, type: "object", additionalProperties: !1, required: ["outcome", "completed_at", "verification", "notes"], properties: { outcome: { title: "Outcome \xB7 \u5347\u7EA7\u7ED3\u679C", description: `Written on the first line: succeeded (every verification case passed), failed (a case failed), or restored (the backup was restored after a failure).

\u5199\u5728\u7B2C\u4E00\u884C\uFF1Asucceeded\uFF08\u6240\u6709\u9A8C\u8BC1\u7528\u4F8B\u901A\u8FC7\uFF0C\u5347\u7EA7\u6210\u529F\uFF09\u3001failed\uFF08\u6709\u7528\u4F8B\u672A\u901A\u8FC7\uFF0C\u5347\u7EA7\u5931\u8D25\uFF09\u6216 restored\uFF08\u5931\u8D25\u540E\u5DF2\u6062\u590D\u81F3\u5347\u7EA7\u524D\u7684\u5907\u4EFD\u7248\u672C\uFF09\u3002`, enum: ["succeeded", "failed", "restored"], examples: ["succeeded"] }, document: { title: "Approval form NO. \xB7 \u751F\u4EA7\u73AF\u5883\u5347\u7EA7\u5BA1\u6279\u5355\u7F16\u53F7\u3002", description: `Which upgrade document of the pull request this outcome is for, by its id; needed only when the pull request has several.

\u8BE5\u7ED3\u679C\u5BF9\u5E94 PR \u4E2D\u54EA\u4E00\u4EFD\u5347\u7EA7\u6587\u6863\uFF08\u6309\u7F16\u53F7\uFF09\uFF1B\u53EA\u6709 PR \u4E2D\u6709\u591A\u4EFD\u6587\u6863\u65F6\u624D\u9700\u8981\u586B\u5199\u3002`, type: "string", pattern: "^[A-Za-z0-9][A-Za-z0-9._-]{2,63}$", examples: ["UPG-2026-1203-01"] }, completed_at: { title: "Completed at \xB7 \u5B8C\u6210\u65F6\u95F4", description: `When the upgrade and its verification were finished, e.g. 2026-12-03T21:40 (policy time zone unless an offset is written).

\u5347\u7EA7\u53CA\u9A8C\u8BC1\u5B8C\u6210\u7684\u65F6\u95F4\uFF0C\u4F8B\u5982 2026-12-03T21:40\uFF08\u4E0D\u5199\u504F\u79FB\u65F6\u6309\u7B56\u7565\u65F6\u533A\uFF09\u3002`, type: "string", format: "local-date-time", examples: ["2026-12-03T21:40"] }, verification: { title: "Verification results \xB7 \u9A8C\u8BC1\u7ED3\u679C", description: `Every verification case of the upgrade document by its id, each passed or failed.

\u5347\u7EA7\u6587\u6863\u4E2D\u7684\u6BCF\u4E2A\u9A8C\u8BC1\u7528\u4F8B\uFF08\u6309\u7F16\u53F7\uFF09\uFF0C\u5404\u5199 passed\uFF08\u901A\u8FC7\uFF09\u6216 failed\uFF08\u672A\u901A\u8FC7\uFF09\u3002`, type: "object", minProperties: 1, propertyNames: { minLength: 1, maxLength: 64 }, additionalProperties: { title: "Case result \xB7 \u7528\u4F8B\u7ED3\u679C", description: `passed or failed.

passed\uFF08\u901A\u8FC7\uFF09\u6216 failed\uFF08\u672A\u901A\u8FC7\uFF09\u3002`, enum: ["passed", "failed"], examples: ["passed"] }, examples: [{ "V-1": "passed", "V-2": "passed" }] }, notes: { title: "Notes \xB7 \u8BF4\u660E", description: `What was done after the execution: the system started, routine checks, the verification cases run.

\u6267\u884C\u540E\u505A\u4E86\u4EC0\u4E48\uFF1A\u7CFB\u7EDF\u542F\u52A8\u3001\u5E38\u89C4\u68C0\u67E5\u3001\u8FD0\u884C\u9A8C\u8BC1\u7528\u4F8B\u3002`, type: "string", minLength: 1, maxLength: 4e3, examples: ["started, routine checks and the verification cases passed"] }, notified_at: { title: "Completion notice sent at \xB7 \u5B8C\u6210\u901A\u77E5\u53D1\u51FA\u65F6\u95F4", description: `When all staff and stakeholders were told the upgrade is complete (measures 4.7), e.g. 2026-12-03T21:50.

\u5411\u5168\u5458\u53CA\u76F8\u5173\u4EBA\u5458\u53D1\u51FA\u5347\u7EA7\u5B8C\u6210\u901A\u77E5\u7684\u65F6\u95F4\uFF08\u300A\u5347\u7EA7\u7BA1\u7406\u529E\u6CD5\u300B4.7\uFF09\uFF0C\u4F8B\u5982 2026-12-03T21:50\u3002`, type: "string", format: "local-date-time", examples: ["2026-12-03T21:50"] }, cause: { title: "Cause \xB7 \u5931\u8D25\u539F\u56E0", description: `Why the upgrade failed, as the ops lead and project lead found it (needed for failed).

\u8FD0\u7EF4\u8D1F\u8D23\u4EBA\u548C\u9879\u76EE\u8D1F\u8D23\u4EBA\u67E5\u660E\u7684\u5347\u7EA7\u5931\u8D25\u539F\u56E0\uFF08failed \u65F6\u5FC5\u586B\uFF09\u3002`, type: "string", minLength: 1, maxLength: 4e3, examples: ["migration 0042 timed out on the invoices table"] }, backup_restored: { title: "Backup restored \xB7 \u6062\u590D\u7684\u5907\u4EFD", description: `Which backup was restored, as named in the document's backup section (needed for restored).

\u6062\u590D\u7684\u662F\u54EA\u4E2A\u5907\u4EFD\uFF0C\u6309\u6587\u6863 backup \u90E8\u5206\u4E2D\u7684\u540D\u79F0\uFF08restored \u65F6\u5FC5\u586B\uFF09\u3002`, type: "string", minLength: 1, maxLength: 1e3, examples: ["s3://acme-backups/billing/2026-12-03/db/ and image billing-api:2.3.1"] } }, allOf: [{ if: { required: ["outcome"], properties: { outcome: { const: "failed" } } }, then: { required: ["cause"], properties: { cause: { description: `Why the upgrade failed, as the ops lead and project lead found it.

\u8FD0\u7EF4\u8D1F\u8D23\u4EBA\u548C\u9879\u76EE\u8D1F\u8D23\u4EBA\u67E5\u660E\u7684\u5347\u7EA7\u5931\u8D25\u539F\u56E0\u3002`, examples: ["migration 0042 timed out on the invoices table"] } } } }, { if: { required: ["outcome"], properties: { outcome: { const: "restored" } } }, then: { required: ["backup_restored"], properties: { backup_restored: { description: `Which backup was restored, as named in the document's backup section.

\u6062\u590D\u7684\u662F\u54EA\u4E2A\u5907\u4EFD\uFF0C\u6309\u6587\u6863 backup \u90E8\u5206\u4E2D\u7684\u540D\u79F0\u3002`, examples: ["s3://acme-backups/billing/2026-12-03/db/"] } } } }] }, pattern0 = new RegExp("^[A-Za-z0-9][A-Za-z0-9._-]{2,63}$", "u"), formats0 = schemaFormats["local-date-time"], func0 = ucs2length;
  function validate0(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
    let vErrors = null, errors = 0, evaluated0 = validate0.evaluated;
    evaluated0.dynamicProps && (evaluated0.props = void 0), evaluated0.dynamicItems && (evaluated0.items = void 0);
    let _errs2 = errors, valid1 = !0, _errs3 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.outcome === void 0 && (missing0 = "outcome")) {
        let err0 = {};
        vErrors === null ? vErrors = [err0] : vErrors.push(err0), errors++;
      } else if (data.outcome !== void 0 && data.outcome !== "failed") {
        let err1 = {};
        vErrors === null ? vErrors = [err1] : vErrors.push(err1), errors++;
      }
    }
    var _valid0 = _errs3 === errors;
    if (errors = _errs2, vErrors !== null && (_errs2 ? vErrors.length = _errs2 : vErrors = null), _valid0) {
      let _errs5 = errors;
      if (data && typeof data == "object" && !Array.isArray(data) && data.cause === void 0) {
        let err2 = { instancePath, schemaPath: "#/allOf/0/then/required", keyword: "required", params: { missingProperty: "cause" }, message: "must have required property 'cause'", schema: schema0.allOf[0].then.required, parentSchema: schema0.allOf[0].then, data };
        vErrors === null ? vErrors = [err2] : vErrors.push(err2), errors++;
      }
      var _valid0 = _errs5 === errors;
      if (valid1 = _valid0, valid1) {
        var props0 = {};
        props0.cause = !0, props0.outcome = !0;
      }
    }
    if (!valid1) {
      let err3 = { instancePath, schemaPath: "#/allOf/0/if", keyword: "if", params: { failingKeyword: "then" }, message: 'must match "then" schema', schema: schema0.allOf[0].if, parentSchema: schema0.allOf[0], data };
      vErrors === null ? vErrors = [err3] : vErrors.push(err3), errors++;
    }
    let _errs7 = errors, valid3 = !0, _errs8 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing1;
      if (data.outcome === void 0 && (missing1 = "outcome")) {
        let err4 = {};
        vErrors === null ? vErrors = [err4] : vErrors.push(err4), errors++;
      } else if (data.outcome !== void 0 && data.outcome !== "restored") {
        let err5 = {};
        vErrors === null ? vErrors = [err5] : vErrors.push(err5), errors++;
      }
    }
    var _valid1 = _errs8 === errors;
    if (errors = _errs7, vErrors !== null && (_errs7 ? vErrors.length = _errs7 : vErrors = null), _valid1) {
      let _errs10 = errors;
      if (data && typeof data == "object" && !Array.isArray(data) && data.backup_restored === void 0) {
        let err6 = { instancePath, schemaPath: "#/allOf/1/then/required", keyword: "required", params: { missingProperty: "backup_restored" }, message: "must have required property 'backup_restored'", schema: schema0.allOf[1].then.required, parentSchema: schema0.allOf[1].then, data };
        vErrors === null ? vErrors = [err6] : vErrors.push(err6), errors++;
      }
      var _valid1 = _errs10 === errors;
      if (valid3 = _valid1, valid3) {
        var props1 = {};
        props1.backup_restored = !0, props1.outcome = !0;
      }
    }
    if (!valid3) {
      let err7 = { instancePath, schemaPath: "#/allOf/1/if", keyword: "if", params: { failingKeyword: "then" }, message: 'must match "then" schema', schema: schema0.allOf[1].if, parentSchema: schema0.allOf[1], data };
      vErrors === null ? vErrors = [err7] : vErrors.push(err7), errors++;
    }
    if (props0 !== !0 && props1 !== void 0 && (props1 === !0 ? props0 = !0 : (props0 = props0 || {}, Object.assign(props0, props1))), data && typeof data == "object" && !Array.isArray(data)) {
      if (data.outcome === void 0) {
        let err8 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "outcome" }, message: "must have required property 'outcome'", schema: schema0.required, parentSchema: schema0, data };
        vErrors === null ? vErrors = [err8] : vErrors.push(err8), errors++;
      }
      if (data.completed_at === void 0) {
        let err9 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "completed_at" }, message: "must have required property 'completed_at'", schema: schema0.required, parentSchema: schema0, data };
        vErrors === null ? vErrors = [err9] : vErrors.push(err9), errors++;
      }
      if (data.verification === void 0) {
        let err10 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "verification" }, message: "must have required property 'verification'", schema: schema0.required, parentSchema: schema0, data };
        vErrors === null ? vErrors = [err10] : vErrors.push(err10), errors++;
      }
      if (data.notes === void 0) {
        let err11 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "notes" }, message: "must have required property 'notes'", schema: schema0.required, parentSchema: schema0, data };
        vErrors === null ? vErrors = [err11] : vErrors.push(err11), errors++;
      }
      for (let key0 in data)
        if (!(key0 === "outcome" || key0 === "document" || key0 === "completed_at" || key0 === "verification" || key0 === "notes" || key0 === "notified_at" || key0 === "cause" || key0 === "backup_restored")) {
          let err12 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema0, data };
          vErrors === null ? vErrors = [err12] : vErrors.push(err12), errors++;
        }
      if (data.outcome !== void 0) {
        let data2 = data.outcome;
        if (!(data2 === "succeeded" || data2 === "failed" || data2 === "restored")) {
          let err13 = { instancePath: instancePath + "/outcome", schemaPath: "#/properties/outcome/enum", keyword: "enum", params: { allowedValues: schema0.properties.outcome.enum }, message: "must be equal to one of the allowed values", schema: schema0.properties.outcome.enum, parentSchema: schema0.properties.outcome, data: data2 };
          vErrors === null ? vErrors = [err13] : vErrors.push(err13), errors++;
        }
      }
      if (data.document !== void 0) {
        let data3 = data.document;
        if (typeof data3 == "string") {
          if (!pattern0.test(data3)) {
            let err14 = { instancePath: instancePath + "/document", schemaPath: "#/properties/document/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9._-]{2,63}$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9._-]{2,63}$"', schema: "^[A-Za-z0-9][A-Za-z0-9._-]{2,63}$", parentSchema: schema0.properties.document, data: data3 };
            vErrors === null ? vErrors = [err14] : vErrors.push(err14), errors++;
          }
        } else {
          let err15 = { instancePath: instancePath + "/document", schemaPath: "#/properties/document/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema0.properties.document.type, parentSchema: schema0.properties.document, data: data3 };
          vErrors === null ? vErrors = [err15] : vErrors.push(err15), errors++;
        }
      }
      if (data.completed_at !== void 0) {
        let data4 = data.completed_at;
        if (typeof data4 == "string") {
          if (!formats0.validate(data4)) {
            let err16 = { instancePath: instancePath + "/completed_at", schemaPath: "#/properties/completed_at/format", keyword: "format", params: { format: "local-date-time" }, message: 'must match format "local-date-time"', schema: "local-date-time", parentSchema: schema0.properties.completed_at, data: data4 };
            vErrors === null ? vErrors = [err16] : vErrors.push(err16), errors++;
          }
        } else {
          let err17 = { instancePath: instancePath + "/completed_at", schemaPath: "#/properties/completed_at/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema0.properties.completed_at.type, parentSchema: schema0.properties.completed_at, data: data4 };
          vErrors === null ? vErrors = [err17] : vErrors.push(err17), errors++;
        }
      }
      if (data.verification !== void 0) {
        let data5 = data.verification;
        if (data5 && typeof data5 == "object" && !Array.isArray(data5)) {
          if (Object.keys(data5).length < 1) {
            let err18 = { instancePath: instancePath + "/verification", schemaPath: "#/properties/verification/minProperties", keyword: "minProperties", params: { limit: 1 }, message: "must NOT have fewer than 1 properties", schema: 1, parentSchema: schema0.properties.verification, data: data5 };
            vErrors === null ? vErrors = [err18] : vErrors.push(err18), errors++;
          }
          for (let key1 in data5) {
            let _errs19 = errors;
            if (typeof key1 == "string") {
              if (func0(key1) > 64) {
                let err19 = { instancePath: instancePath + "/verification", schemaPath: "#/properties/verification/propertyNames/maxLength", keyword: "maxLength", params: { limit: 64 }, message: "must NOT have more than 64 characters", schema: 64, parentSchema: schema0.properties.verification.propertyNames, data: key1, propertyName: key1 };
                vErrors === null ? vErrors = [err19] : vErrors.push(err19), errors++;
              }
              if (func0(key1) < 1) {
                let err20 = { instancePath: instancePath + "/verification", schemaPath: "#/properties/verification/propertyNames/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema0.properties.verification.propertyNames, data: key1, propertyName: key1 };
                vErrors === null ? vErrors = [err20] : vErrors.push(err20), errors++;
              }
            }
            var valid6 = _errs19 === errors;
            if (!valid6) {
              let err21 = { instancePath: instancePath + "/verification", schemaPath: "#/properties/verification/propertyNames", keyword: "propertyNames", params: { propertyName: key1 }, message: "property name must be valid", schema: schema0.properties.verification.propertyNames, parentSchema: schema0.properties.verification, data: data5 };
              vErrors === null ? vErrors = [err21] : vErrors.push(err21), errors++;
            }
          }
          for (let key2 in data5) {
            let data6 = data5[key2];
            if (!(data6 === "passed" || data6 === "failed")) {
              let err22 = { instancePath: instancePath + "/verification/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/verification/additionalProperties/enum", keyword: "enum", params: { allowedValues: schema0.properties.verification.additionalProperties.enum }, message: "must be equal to one of the allowed values", schema: schema0.properties.verification.additionalProperties.enum, parentSchema: schema0.properties.verification.additionalProperties, data: data6 };
              vErrors === null ? vErrors = [err22] : vErrors.push(err22), errors++;
            }
          }
        } else {
          let err23 = { instancePath: instancePath + "/verification", schemaPath: "#/properties/verification/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema0.properties.verification.type, parentSchema: schema0.properties.verification, data: data5 };
          vErrors === null ? vErrors = [err23] : vErrors.push(err23), errors++;
        }
      }
      if (data.notes !== void 0) {
        let data7 = data.notes;
        if (typeof data7 == "string") {
          if (func0(data7) > 4e3) {
            let err24 = { instancePath: instancePath + "/notes", schemaPath: "#/properties/notes/maxLength", keyword: "maxLength", params: { limit: 4e3 }, message: "must NOT have more than 4000 characters", schema: 4e3, parentSchema: schema0.properties.notes, data: data7 };
            vErrors === null ? vErrors = [err24] : vErrors.push(err24), errors++;
          }
          if (func0(data7) < 1) {
            let err25 = { instancePath: instancePath + "/notes", schemaPath: "#/properties/notes/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema0.properties.notes, data: data7 };
            vErrors === null ? vErrors = [err25] : vErrors.push(err25), errors++;
          }
        } else {
          let err26 = { instancePath: instancePath + "/notes", schemaPath: "#/properties/notes/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema0.properties.notes.type, parentSchema: schema0.properties.notes, data: data7 };
          vErrors === null ? vErrors = [err26] : vErrors.push(err26), errors++;
        }
      }
      if (data.notified_at !== void 0) {
        let data8 = data.notified_at;
        if (typeof data8 == "string") {
          if (!formats0.validate(data8)) {
            let err27 = { instancePath: instancePath + "/notified_at", schemaPath: "#/properties/notified_at/format", keyword: "format", params: { format: "local-date-time" }, message: 'must match format "local-date-time"', schema: "local-date-time", parentSchema: schema0.properties.notified_at, data: data8 };
            vErrors === null ? vErrors = [err27] : vErrors.push(err27), errors++;
          }
        } else {
          let err28 = { instancePath: instancePath + "/notified_at", schemaPath: "#/properties/notified_at/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema0.properties.notified_at.type, parentSchema: schema0.properties.notified_at, data: data8 };
          vErrors === null ? vErrors = [err28] : vErrors.push(err28), errors++;
        }
      }
      if (data.cause !== void 0) {
        let data9 = data.cause;
        if (typeof data9 == "string") {
          if (func0(data9) > 4e3) {
            let err29 = { instancePath: instancePath + "/cause", schemaPath: "#/properties/cause/maxLength", keyword: "maxLength", params: { limit: 4e3 }, message: "must NOT have more than 4000 characters", schema: 4e3, parentSchema: schema0.properties.cause, data: data9 };
            vErrors === null ? vErrors = [err29] : vErrors.push(err29), errors++;
          }
          if (func0(data9) < 1) {
            let err30 = { instancePath: instancePath + "/cause", schemaPath: "#/properties/cause/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema0.properties.cause, data: data9 };
            vErrors === null ? vErrors = [err30] : vErrors.push(err30), errors++;
          }
        } else {
          let err31 = { instancePath: instancePath + "/cause", schemaPath: "#/properties/cause/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema0.properties.cause.type, parentSchema: schema0.properties.cause, data: data9 };
          vErrors === null ? vErrors = [err31] : vErrors.push(err31), errors++;
        }
      }
      if (data.backup_restored !== void 0) {
        let data10 = data.backup_restored;
        if (typeof data10 == "string") {
          if (func0(data10) > 1e3) {
            let err32 = { instancePath: instancePath + "/backup_restored", schemaPath: "#/properties/backup_restored/maxLength", keyword: "maxLength", params: { limit: 1e3 }, message: "must NOT have more than 1000 characters", schema: 1e3, parentSchema: schema0.properties.backup_restored, data: data10 };
            vErrors === null ? vErrors = [err32] : vErrors.push(err32), errors++;
          }
          if (func0(data10) < 1) {
            let err33 = { instancePath: instancePath + "/backup_restored", schemaPath: "#/properties/backup_restored/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema0.properties.backup_restored, data: data10 };
            vErrors === null ? vErrors = [err33] : vErrors.push(err33), errors++;
          }
        } else {
          let err34 = { instancePath: instancePath + "/backup_restored", schemaPath: "#/properties/backup_restored/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema0.properties.backup_restored.type, parentSchema: schema0.properties.backup_restored, data: data10 };
          vErrors === null ? vErrors = [err34] : vErrors.push(err34), errors++;
        }
      }
    } else {
      let err35 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema0.type, parentSchema: schema0, data };
      vErrors === null ? vErrors = [err35] : vErrors.push(err35), errors++;
    }
    return validate0.errors = vErrors, errors === 0;
  }
  return validate0.evaluated = { props: !0, dynamicProps: !1, dynamicItems: !1 }, module.exports;
});
var outcome_schema_default = schema;

// src/archive/outcome-command.ts
var OUTCOMES = ["succeeded", "failed", "restored"], COMMAND_LINE = /^\s*\/upgrade-result(?![\w-])/i;
function isOutcomeCommand(body) {
  if (!body) return !1;
  let first = body.replace(/\r\n?/g, `
`).split(`
`).find((l) => l.trim() !== "");
  return first !== void 0 && COMMAND_LINE.test(first);
}
function parseOutcomeCommand(body, ctx) {
  if (!isOutcomeCommand(body)) return { command: !1 };
  let file = ctx.file ?? "comment", lines = body.replace(/\r\n?/g, `
`).split(`
`), first = lines.findIndex((l) => l.trim() !== ""), findings = [], state = {
    catalog: messages(ctx.language),
    findings,
    at: (pos, rule, message) => findings.push({ rule, severity: "error", file, ...pos, message }),
    rootPos: { line: first + 1, column: 1 }
  }, outcome = readCommandLine(lines[first], first + 1, state), checked = checkYaml(lines, first, file, outcome, state);
  if (!checked || !outcome) return { command: !0, findings };
  let { command, source } = checked, doc = pickDocument(command, ctx.documents, source, state);
  if (!doc) return { command: !0, findings };
  checkVerification(command, outcome, doc, source, state);
  let times = checkTimes(command, doc, ctx, source, state);
  return !times || findings.length ? { command: !0, findings } : { command: !0, findings, accepted: { command, document: doc.id, completedAt: times.completed.toISOString(), ...times.notified ? { notifiedAt: times.notified.toISOString() } : {} } };
}
function readCommandLine(head, line, { at, catalog }) {
  let m = /^(\s*)(\S+)\s*(\S*)\s*(.*)$/.exec(head), word = m[3], wordColumn = head.indexOf(word, m[1].length + m[2].length) + 1, outcome;
  return word ? OUTCOMES.includes(word.toLowerCase()) ? outcome = word.toLowerCase() : at({ line, column: wordColumn }, "outcome.command", catalog["outcome.unknown"]({ word, guess: didYouMean(word, OUTCOMES) ?? "" })) : at({ line, column: head.length + 1 }, "outcome.command", catalog["outcome.command"]({ found: head.trim() })), m[4] && at({ line, column: head.indexOf(m[4], wordColumn + word.length - 1) + 1 }, "outcome.command", catalog["outcome.extra"]({ extra: m[4] })), outcome;
}
function checkYaml(lines, first, file, outcome, state) {
  let { at, catalog, findings, rootPos } = state, yamlText = lines.map((l, i) => i <= first || /^\s*(```|~~~)/.test(l) ? "" : l).join(`
`), source = parseYamlSource(yamlText, file);
  if (source.findings.length) {
    findings.push(...source.findings.map((f) => ({ ...f, rule: f.rule === "schema" ? "outcome.schema" : f.rule })));
    return;
  }
  if (source.value === null || source.value === void 0) {
    at(rootPos, "outcome.schema", catalog["outcome.empty"]());
    return;
  }
  let value = source.value, isMap = value && typeof value == "object" && !Array.isArray(value);
  if (isMap && "outcome" in value) {
    at(source.locateKey(["outcome"]), "outcome.schema", catalog["outcome.in-yaml"]());
    return;
  }
  let data = isMap ? { outcome: outcome ?? "succeeded", ...value } : value, placed = { ...source, locate: (p) => p.length ? source.locate(p) : rootPos, locateKey: (p) => p.length ? source.locateKey(p) : rootPos };
  return findings.push(...schemaFindings(schemaErrors(outcome_schema_default, data), placed, file, "outcome.schema", "outcome", catalog)), findings.length ? void 0 : { command: data, source };
}
function pickDocument(command, docs, source, { at, catalog, rootPos }) {
  let ids = docs.map((d) => d.id);
  if (command.document !== void 0) {
    let doc = docs.find((d) => d.id === command.document);
    return doc || at(source.locate(["document"]), "outcome.document", catalog["outcome.document-unknown"]({ id: command.document, ids: ids.join(", "), guess: didYouMean(command.document, ids) ?? "" })), doc;
  }
  if (docs.length === 1) return docs[0];
  at(rootPos, "outcome.document", catalog["outcome.document-required"]({ ids: ids.join(", ") }));
}
function checkVerification(command, outcome, doc, source, { at, catalog }) {
  let given = Object.keys(command.verification), missing = doc.cases.filter((c) => !given.includes(c));
  if (missing.length) {
    let example = missing.map((c) => `"${c}: passed"`).join(", ");
    at(source.locateKey(["verification"]), "outcome.verification", catalog["outcome.case-missing"]({ missing: missing.join(", "), example }));
  }
  for (let id of given.filter((c) => !doc.cases.includes(c)))
    at(source.locateKey(["verification", id]), "outcome.verification", catalog["outcome.case-unknown"]({ id, cases: doc.cases.join(", "), guess: didYouMean(id, missing) ?? "" }));
  if (outcome === "succeeded")
    for (let [id, result] of Object.entries(command.verification)) result === "failed" && at(source.locate(["verification", id]), "outcome.verification", catalog["outcome.succeeded-failed-case"]({ id }));
}
function checkTimes(command, doc, ctx, source, { at, catalog }) {
  let unclear = !1;
  for (let field of ["completed_at", "notified_at"]) {
    let text = command[field], problem = text === void 0 ? void 0 : localTimeProblem(catalog, field, text, ctx.zone);
    problem && at(source.locate([field]), "time.local", problem), unclear ||= !!problem;
  }
  if (unclear) return;
  let completed = toInstant(command.completed_at, ctx.zone), notified = command.notified_at === void 0 ? void 0 : toInstant(command.notified_at, ctx.zone), now = new Date(ctx.now), start = doc.windowStart ? toInstant(doc.windowStart, ctx.zone) : void 0;
  return start && completed < start && at(source.locate(["completed_at"]), "outcome.time", catalog["outcome.before-window"]({ completed: command.completed_at, start: doc.windowStart })), completed > now && at(source.locate(["completed_at"]), "outcome.time", catalog["outcome.future"]({ field: "completed_at", value: command.completed_at, now: ctx.now })), notified && notified > now && at(source.locate(["notified_at"]), "outcome.time", catalog["outcome.future"]({ field: "notified_at", value: command.notified_at, now: ctx.now })), notified && notified < completed && at(source.locate(["notified_at"]), "outcome.time", catalog["outcome.notified-before-completed"]({ notified: command.notified_at, completed: command.completed_at })), { completed, ...notified ? { notified } : {} };
}
function outcomeFactsOf(doc) {
  let v = doc.value && typeof doc.value == "object" ? doc.value : {}, cases = Array.isArray(v.verification?.cases) ? v.verification.cases.map((c) => c && typeof c.id == "string" ? c.id : void 0).filter((c) => !!c) : [];
  return { id: doc.id ?? (typeof v.id == "string" ? v.id : "?"), cases, ...typeof v.window?.start == "string" ? { windowStart: v.window.start } : {} };
}

// src/github/outcome.ts
async function handleIssueComment(ctx, event) {
  let payload = event, cmd = commandComment(ctx, payload);
  if (!cmd) return "ignored";
  let pr = await mergedPullRequest(ctx, payload, cmd);
  if (!pr) return "refused";
  let archive = await outcomeArchive(ctx, pr.base.ref), upgradeFile = await findUpgradeRecord(
    ctx,
    archive.folder,
    archive.branch,
    archive.zone,
    pr.number,
    pr.merged_at
  );
  if (!upgradeFile)
    return await replyNoRecord(ctx, cmd, pr.number, archive), "refused";
  let upgradeText = await readFile(ctx.octokit, ctx.repo, `${archive.folder}/${upgradeFile}`, archive.branch), docs = JSON.parse(upgradeText ?? "{}").documents.map((d) => ({ id: d.id, value: parseYamlSource(d.text, d.path).value })), rights = [
    ...peopleRights(
      cmd.author,
      docs.map((d) => d.value)
    ),
    ...await roleRights(ctx, archive.config, cmd.author)
  ];
  if (rights.length === 0)
    return await replyNotAllowed(
      cmd,
      docs.map((d) => d.value),
      archive
    ), warning(logMessages(archive.config.language)["outcome.refused"]({ login: cmd.author, pr: pr.number })), "refused";
  let parsed = parseOutcomeCommand(cmd.body, {
    zone: archive.zone,
    documents: docs.map(outcomeFactsOf),
    now: cmd.comment.updated_at,
    file: "comment",
    language: archive.config.language
  });
  return parsed.command ? parsed.accepted ? recordOutcome(ctx, cmd, pr.number, archive, { upgradeFile, accepted: parsed.accepted, rights }) : (await cmd.reply(
    renderOutcomeReply(
      archive.catalog,
      archive.catalog["outcome.reply-findings"]({ count: parsed.findings.length }),
      parsed.findings,
      cmd.comment.html_url,
      archive.catalog["outcome.example"]()
    )
  ), warning(
    logMessages(archive.config.language)["outcome.invalid"]({ pr: pr.number, count: parsed.findings.length })
  ), "invalid") : "ignored";
}
function commandComment(ctx, payload) {
  let { action, issue, comment } = payload;
  if (!comment || !issue || !["created", "edited"].includes(action ?? "") || !isOutcomeCommand(comment.body)) {
    logLine(logMessages(ctx.language)["outcome.not-command"]());
    return;
  }
  if (!issue.pull_request) {
    logLine(logMessages(ctx.language)["outcome.on-issue"]({ number: issue.number }));
    return;
  }
  if (comment.user?.type !== "Bot")
    return {
      number: issue.number,
      comment,
      author: comment.user?.login ?? "ghost",
      body: comment.body ?? "",
      reply: (text) => upsertReply(ctx, issue.number, text)
    };
}
async function mergedPullRequest(ctx, payload, cmd) {
  let catalog = messages(ctx.language), refuse = async (text) => {
    await cmd.reply(renderOutcomeReply(catalog, text, [], cmd.comment.html_url));
  };
  if (payload.action === "edited" && payload.sender && payload.sender.login.toLowerCase() !== cmd.author.toLowerCase())
    return refuse(catalog["outcome.edited-by-other"]({ login: payload.sender.login, author: cmd.author }));
  if (!payload.issue?.pull_request?.merged_at) return refuse(catalog["outcome.not-merged"]());
  let { data: pr } = await ctx.octokit.rest.pulls.get({ ...ctx.repo, pull_number: cmd.number });
  return pr.merged_at ? pr : refuse(catalog["outcome.not-merged"]());
}
async function outcomeArchive(ctx, baseRef) {
  let loaded = loadConfig(
    await readFile(ctx.octokit, ctx.repo, ctx.configPath, baseRef),
    ctx.configPath,
    ctx.language
  ), broken = loaded.findings.filter((f) => f.severity === "error");
  if (broken.length)
    throw new GateError(
      (t) => t["outcome.config-invalid"]({
        path: ctx.configPath,
        branch: baseRef,
        problems: broken.map((f) => `${f.line}:${f.column} ${f.message}`).join("; ")
      })
    );
  let config = loaded.config;
  return {
    config,
    catalog: messages(config.language),
    folder: config.archive.folder,
    branch: config.archive.branch ?? baseRef,
    zone: config["time-zone"]
  };
}
async function replyNoRecord(ctx, cmd, number, { config, catalog, folder }) {
  let files = await ctx.octokit.paginate(ctx.octokit.rest.pulls.listFiles, {
    ...ctx.repo,
    pull_number: number,
    per_page: 100
  }), isDocument = (0, import_picomatch.default)(config.documents, { dot: !1 }), upgrade = files.some((f) => f.status !== "removed" && isDocument(f.filename));
  await cmd.reply(
    renderOutcomeReply(
      catalog,
      upgrade ? catalog["outcome.no-record"]({ folder }) : catalog["outcome.not-upgrade"](),
      [],
      cmd.comment.html_url
    )
  );
}
async function replyNotAllowed(cmd, documents, { config, catalog }) {
  let roles = Object.entries(config.roles ?? {}).map(
    ([id, r]) => `${(config.language === "zh-CN" ? r.title?.zh : r.title?.en) ?? id} (${(r.members?.length ? r.members.map((m) => `@${m.replace(/^@/, "")}`) : r.owners).join(", ")})`
  ).join(", ");
  await cmd.reply(
    renderOutcomeReply(
      catalog,
      catalog["outcome.not-allowed"]({
        login: cmd.author,
        people: peopleOf(documents).map((p) => `@${p}`).join(", "),
        roles
      }),
      [],
      cmd.comment.html_url
    )
  );
}
async function recordOutcome(ctx, cmd, number, archive, what) {
  let { folder, branch, zone, catalog } = archive, { upgradeFile, accepted, rights } = what, { comment, body, author } = cmd, result = await commitOutcome(ctx.octokit, ctx.repo, {
    folder,
    branch,
    upgradeFile,
    comment: { id: comment.id, body },
    catalog,
    build: (previous, current) => buildOutcomeRecord(
      { file: upgradeFile, record: current },
      accepted,
      {
        id: comment.id,
        url: comment.html_url,
        createdAt: comment.created_at,
        updatedAt: comment.updated_at,
        body,
        author
      },
      { previous, recordedAs: rights, recordedAt: ctx.now.toISOString(), zone, toolVersion: package_default.version }
    )
  });
  return result.written ? (logLine(
    logMessages(archive.config.language)["outcome.recorded"]({
      outcome: accepted.command.outcome,
      pr: number,
      login: author,
      path: result.path,
      attempts: result.attempts
    })
  ), setOutput("archive-path", result.path), await showOutcome(
    ctx,
    number,
    renderStickyOutcome({ outcomes: result.outcomes }),
    renderOutcomeReply(
      catalog,
      catalog["outcome.recorded"]({ outcome: accepted.command.outcome, path: result.path, login: author }),
      [],
      comment.html_url
    )
  ), "recorded") : (logLine(logMessages(archive.config.language)["outcome.duplicate"]({ path: result.path })), "duplicate");
}
async function findUpgradeRecord(ctx, folder, branch, zone, number, mergedAt) {
  let date = dateIn(new Date(mergedAt), zone), dir = `${date.slice(0, 4)}/${date.slice(5, 7)}`, name = (await listFolder(ctx.octokit, ctx.repo, `${folder}/${dir}`, branch)).find(
    (n) => n.endsWith(`-pr${number}.json`)
  );
  return name ? `${dir}/${name}` : void 0;
}
async function roleRights(ctx, config, login) {
  return config.roles ? (await rolesHeld(ctx.octokit, config, login)).map((role) => `role:${role}`) : [];
}
async function upsertReply(ctx, number, text) {
  let comments = await ctx.octokit.paginate(ctx.octokit.rest.issues.listComments, {
    ...ctx.repo,
    issue_number: number,
    per_page: 100
  }), mine = await ownComment(ctx.octokit, comments, OUTCOME_REPLY_MARKER);
  mine ? mine.body !== text && await ctx.octokit.rest.issues.updateComment({ ...ctx.repo, comment_id: mine.id, body: text }) : await ctx.octokit.rest.issues.createComment({ ...ctx.repo, issue_number: number, body: text });
}
async function showOutcome(ctx, number, part, replyText) {
  let comments = await ctx.octokit.paginate(ctx.octokit.rest.issues.listComments, {
    ...ctx.repo,
    issue_number: number,
    per_page: 100
  }), sticky = await ownComment(ctx.octokit, comments, COMMENT_MARKER);
  if (sticky) {
    let next = withStickyOutcome(sticky.body ?? "", part);
    next !== sticky.body && await ctx.octokit.rest.issues.updateComment({ ...ctx.repo, comment_id: sticky.id, body: next });
  }
  let reply = await ownComment(ctx.octokit, comments, OUTCOME_REPLY_MARKER);
  reply && reply.body !== replyText && await ctx.octokit.rest.issues.updateComment({ ...ctx.repo, comment_id: reply.id, body: replyText });
}
export {
  handleIssueComment
};
