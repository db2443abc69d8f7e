import { createRequire as __ugCreateRequire } from 'node:module';
const require = __ugCreateRequire(import.meta.url);
import {
  hashV1,
  indexHeadV1,
  indexRowV1,
  inert,
  jcs,
  markdownV1,
  mdLogin,
  mdText,
  recordPathV1,
  renderOutcomeSection,
  sha256
} from "./chunk-MV6RXFAG.mjs";
import {
  dateIn,
  registerValidator,
  ucs2length,
  wallClock
} from "./chunk-LM64RRIG.mjs";

// schemas/archive-record-v1.schema.json
var schema = JSON.parse(`{"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://upgrade-gate.dev/schemas/archive-record-v1.schema.json","title":"Archive record (upgrade-gate/archive-record/v1) \xB7 \u5347\u7EA7\u6863\u6848\u8BB0\u5F55\uFF08\u7B2C\u4E00\u7248\u683C\u5F0F\uFF09","description":"Format version 1, frozen: records written before format 2 keep verifying against this. What auditors read for one merged upgrade pull request: the documents as merged, who approved, the evaluation at merge time, any rule the merge broke, and a hash chain that shows nothing was edited, removed or reordered.\\n\\n\u7B2C 1 \u7248\u683C\u5F0F\uFF0C\u5DF2\u51BB\u7ED3\uFF1A\u7B2C 2 \u7248\u4E4B\u524D\u5199\u5165\u7684\u8BB0\u5F55\u4ECD\u6309\u5B83\u6821\u9A8C\u3002\u5BA1\u8BA1\u65F6\u67E5\u9605\u7684\u4E00\u6761\u8BB0\u5F55\uFF0C\u5BF9\u5E94\u4E00\u4E2A\u5DF2\u5408\u5E76\u7684\u5347\u7EA7 PR\uFF1A\u5408\u5E76\u65F6\u7684\u5347\u7EA7\u6587\u6863\u3001\u5BA1\u6279\u4EBA\u3001\u5408\u5E76\u65F6\u7684\u68C0\u67E5\u7ED3\u679C\u3001\u5408\u5E76\u8FDD\u53CD\u7684\u89C4\u5219\uFF0C\u4EE5\u53CA\u8BC1\u660E\u8BB0\u5F55\u672A\u88AB\u4FEE\u6539\u3001\u5220\u9664\u6216\u8C03\u6362\u987A\u5E8F\u7684\u54C8\u5E0C\u94FE\u3002","type":"object","additionalProperties":false,"required":["format","sequence","documents","pull_request","approvals","labels","emergency","evaluation","violations","backfilled","policy","tool","previous_sha256","sha256"],"properties":{"format":{"description":"Record format version.\\n\\n\u8BB0\u5F55\u7684\u683C\u5F0F\u7248\u672C\u3002","const":"upgrade-gate/archive-record/v1"},"sequence":{"description":"Position in the archive's hash chain, starting at 1.\\n\\n\u5728\u5347\u7EA7\u6863\u6848\u54C8\u5E0C\u94FE\u4E2D\u7684\u5E8F\u53F7\uFF0C\u4ECE 1 \u5F00\u59CB\u3002","type":"integer","minimum":1},"documents":{"description":"The upgrade documents as merged.\\n\\n\u5408\u5E76\u65F6\u7684\u5347\u7EA7\u6587\u6863\u3002","type":"array","items":{"type":"object","additionalProperties":false,"required":["path","text","id","system","environment","type","version"],"properties":{"path":{"description":"Path in the repository.\\n\\n\u4ED3\u5E93\u4E2D\u7684\u8DEF\u5F84\u3002","type":"string"},"text":{"description":"The document's YAML exactly as merged.\\n\\n\u5408\u5E76\u65F6\u7684\u6587\u6863 YAML \u539F\u6587\uFF0C\u4E00\u5B57\u4E0D\u6539\u3002","type":"string"},"id":{"description":"Approval form NO.\\n\\n\u751F\u4EA7\u73AF\u5883\u5347\u7EA7\u5BA1\u6279\u5355\u7F16\u53F7\u3002","type":["string","null"]},"system":{"description":"System upgraded.\\n\\n\u5347\u7EA7\u7684\u7CFB\u7EDF\u3002","type":["string","null"]},"environment":{"description":"production or gray.\\n\\nproduction\uFF08\u751F\u4EA7\u73AF\u5883\uFF09\u6216 gray\uFF08\u7070\u5EA6\u73AF\u5883\uFF09\u3002","type":["string","null"]},"type":{"description":"regular or emergency.\\n\\nregular\uFF08\u5E38\u89C4\u5347\u7EA7\uFF09\u6216 emergency\uFF08\u7D27\u6025\u5347\u7EA7\uFF09\u3002","type":["string","null"]},"version":{"description":"Release from and to.\\n\\n\u5347\u7EA7\u524D\u540E\u7684\u7248\u672C\u3002","type":["object","null"],"additionalProperties":false,"required":["from","to"],"properties":{"from":{"description":"Version before.\\n\\n\u5347\u7EA7\u524D\u7684\u7248\u672C\u3002","type":"string"},"to":{"description":"Version after.\\n\\n\u5347\u7EA7\u540E\u7684\u7248\u672C\u3002","type":"string"}}},"features":{"description":"Attachment 2, the feature list.\\n\\n\u9644\u4EF6\u4E8C\uFF0C\u751F\u4EA7\u73AF\u5883\u5347\u7EA7\u529F\u80FD\u6E05\u5355\u3002","type":"array","items":{"type":"object"}},"form":{"description":"Attachment 1, the approval form, as rendered at merge.\\n\\n\u9644\u4EF6\u4E00\uFF0C\u5408\u5E76\u65F6\u751F\u6210\u7684\u751F\u4EA7\u73AF\u5883\u5347\u7EA7\u5BA1\u6279\u5355\u3002","type":["object","null"]}}}},"pull_request":{"description":"The merged pull request.\\n\\n\u5DF2\u5408\u5E76\u7684 PR\u3002","type":"object","additionalProperties":false,"required":["number","title","url","author","base_ref","base_sha","head_sha","merge_sha","merged_at","merged_by"],"properties":{"number":{"description":"PR number.\\n\\nPR \u7F16\u53F7\u3002","type":"integer"},"title":{"description":"PR title.\\n\\nPR \u6807\u9898\u3002","type":"string"},"url":{"description":"PR web address.\\n\\nPR \u7F51\u5740\u3002","type":["string","null"]},"author":{"description":"Who opened it.\\n\\n\u521B\u5EFA\u4EBA\u3002","type":"string"},"base_ref":{"description":"Target branch.\\n\\n\u76EE\u6807\u5206\u652F\u3002","type":"string"},"base_sha":{"description":"Base commit evaluated against.\\n\\n\u68C0\u67E5\u65F6\u6240\u5BF9\u7167\u7684\u57FA\u7840\u63D0\u4EA4\u3002","type":"string"},"head_sha":{"description":"Head commit merged.\\n\\n\u5408\u5E76\u7684\u6700\u65B0\u63D0\u4EA4\u3002","type":"string"},"merge_sha":{"description":"The merge commit.\\n\\n\u5408\u5E76\u63D0\u4EA4\u3002","type":["string","null"]},"merged_at":{"description":"When it merged (ISO).\\n\\n\u5408\u5E76\u65F6\u95F4\uFF08ISO 8601\uFF09\u3002","type":"string"},"merged_by":{"description":"Who merged it.\\n\\n\u5408\u5E76\u4EBA\u3002","type":["string","null"]}}},"approvals":{"description":"The approvals that counted, one per role.\\n\\n\u8BA1\u5165\u7684\u5BA1\u6279\uFF0C\u6BCF\u4E2A\u89D2\u8272\u4E00\u6761\u3002","type":"array","items":{"type":"object","additionalProperties":false,"required":["role","title","login","review_id","commit_id","submitted_at"],"properties":{"role":{"description":"Role id.\\n\\n\u89D2\u8272\u7F16\u53F7\u3002","type":"string"},"title":{"description":"Role title in English and Chinese.\\n\\n\u89D2\u8272\u7684\u4E2D\u82F1\u6587\u540D\u79F0\u3002","type":"object"},"login":{"description":"Approver.\\n\\n\u5BA1\u6279\u4EBA\u3002","type":"string"},"review_id":{"description":"GitHub review id.\\n\\nGitHub \u5BA1\u67E5\uFF08review\uFF09\u7F16\u53F7\u3002","type":"integer"},"commit_id":{"description":"Commit the approver reviewed.\\n\\n\u5BA1\u6279\u4EBA\u5BA1\u67E5\u7684\u63D0\u4EA4\u3002","type":"string"},"submitted_at":{"description":"When (ISO).\\n\\n\u65F6\u95F4\uFF08ISO 8601\uFF09\u3002","type":"string"}}}},"labels":{"description":"Labels at merge, with who applied each when known.\\n\\n\u5408\u5E76\u65F6\u7684\u6807\u7B7E\uFF0C\u5DF2\u77E5\u65F6\u6CE8\u660E\u6DFB\u52A0\u4EBA\u3002","type":"array","items":{"type":"object","required":["name"],"properties":{"name":{"description":"Label.\\n\\n\u6807\u7B7E\u3002","type":"string"}}}},"emergency":{"description":"The emergency bypass, when requested: who applied the label and when, and whether it was granted.\\n\\n\u7533\u8BF7\u7D27\u6025\u5347\u7EA7\u65F6\u7684\u8BB0\u5F55\uFF1A\u8C01\u5728\u4F55\u65F6\u6DFB\u52A0\u4E86\u6807\u7B7E\uFF0C\u4EE5\u53CA\u662F\u5426\u51C6\u4E88\u3002","type":["object","null"],"required":["label","granted"],"properties":{"label":{"description":"Label name.\\n\\n\u6807\u7B7E\u540D\u79F0\u3002","type":"string"},"applied_by":{"description":"Who applied it.\\n\\n\u6DFB\u52A0\u4EBA\u3002","type":["string","null"]},"applied_at":{"description":"When.\\n\\n\u65F6\u95F4\u3002","type":["string","null"]},"granted":{"description":"Whether the day rule was waived.\\n\\n\u662F\u5426\u514D\u9664\u4E86\u5347\u7EA7\u65E5\u9650\u5236\u3002","type":"boolean"}}},"evaluation":{"description":"The evaluation at merge time.\\n\\n\u5408\u5E76\u65F6\u7684\u68C0\u67E5\u7ED3\u679C\u3002","type":"object","required":["at","outcome","summary","findings"],"properties":{"at":{"description":"The moment evaluated (the merge time).\\n\\n\u68C0\u67E5\u6240\u4F9D\u636E\u7684\u65F6\u523B\uFF08\u5408\u5E76\u65F6\u95F4\uFF09\u3002","type":"string"},"outcome":{"description":"pass, fail or error.\\n\\npass\uFF08\u901A\u8FC7\uFF09\u3001fail\uFF08\u4E0D\u901A\u8FC7\uFF09\u6216 error\uFF08\u51FA\u9519\uFF09\u3002","enum":["pass","fail","error"]},"summary":{"description":"One line.\\n\\n\u4E00\u884C\u6458\u8981\u3002","type":"string"},"findings":{"description":"Every finding.\\n\\n\u5168\u90E8\u68C0\u67E5\u95EE\u9898\u3002","type":"array"}}},"violations":{"description":"Rules the merge broke (empty for a clean merge). A non-empty list is a policy violation.\\n\\n\u5408\u5E76\u8FDD\u53CD\u7684\u89C4\u5219\uFF08\u5408\u89C4\u5408\u5E76\u65F6\u4E3A\u7A7A\uFF09\u3002\u4E0D\u4E3A\u7A7A\u5373\u4E3A\u8FDD\u89C4\u3002","type":"array","items":{"type":"object","required":["rule","message"],"properties":{"rule":{"description":"Rule id.\\n\\n\u89C4\u5219\u7F16\u53F7\u3002","type":"string"},"message":{"description":"What was broken.\\n\\n\u8FDD\u53CD\u7684\u5185\u5BB9\u3002","type":"string"}}}},"backfilled":{"description":"True when written later by a scheduled run because the merge-time run left no record.\\n\\n\u5408\u5E76\u65F6\u7684\u8FD0\u884C\u6CA1\u6709\u7559\u4E0B\u8BB0\u5F55\u3001\u7531\u4E4B\u540E\u7684\u5B9A\u65F6\u8FD0\u884C\u8865\u5199\u65F6\u4E3A true\u3002","type":"boolean"},"policy":{"description":"The policy that applied: time zone, time-zone database, and digests of the base branch's config and CODEOWNERS.\\n\\n\u9002\u7528\u7684\u7B56\u7565\uFF1A\u65F6\u533A\u3001\u65F6\u533A\u6570\u636E\u5E93\u7248\u672C\uFF0C\u4EE5\u53CA\u57FA\u7840\u5206\u652F\u4E0A\u914D\u7F6E\u548C CODEOWNERS \u7684\u6458\u8981\u3002","type":"object","additionalProperties":false,"required":["time_zone","tzdata","config_path","config_sha256","codeowners_path","codeowners_sha256"],"properties":{"time_zone":{"description":"Policy time zone.\\n\\n\u7B56\u7565\u65F6\u533A\u3002","type":"string"},"tzdata":{"description":"Time-zone database version of the runtime.\\n\\n\u8FD0\u884C\u73AF\u5883\u7684\u65F6\u533A\u6570\u636E\u5E93\u7248\u672C\u3002","type":["string","null"]},"config_path":{"description":"Config file path.\\n\\n\u914D\u7F6E\u6587\u4EF6\u8DEF\u5F84\u3002","type":"string"},"config_sha256":{"description":"sha256 of the config text (null: absent, defaults used).\\n\\n\u914D\u7F6E\u6587\u672C\u7684 sha256\uFF08null \u8868\u793A\u6CA1\u6709\u914D\u7F6E\u6587\u4EF6\uFF0C\u4F7F\u7528\u9ED8\u8BA4\u503C\uFF09\u3002","type":["string","null"]},"codeowners_path":{"description":"CODEOWNERS path.\\n\\nCODEOWNERS \u8DEF\u5F84\u3002","type":["string","null"]},"codeowners_sha256":{"description":"sha256 of CODEOWNERS.\\n\\nCODEOWNERS \u7684 sha256\u3002","type":["string","null"]}}},"tool":{"description":"The upgrade-gate that wrote the record.\\n\\n\u5199\u5165\u8FD9\u6761\u8BB0\u5F55\u7684 upgrade-gate\u3002","type":"object","additionalProperties":false,"required":["name","version"],"properties":{"name":{"description":"Tool name.\\n\\n\u5DE5\u5177\u540D\u79F0\u3002","const":"upgrade-gate"},"version":{"description":"Tool version.\\n\\n\u5DE5\u5177\u7248\u672C\u3002","type":"string"}}},"previous_sha256":{"description":"sha256 of the previous record (null for the first).\\n\\n\u4E0A\u4E00\u6761\u8BB0\u5F55\u7684 sha256\uFF08\u7B2C\u4E00\u6761\u4E3A null\uFF09\u3002","type":["string","null"],"pattern":"^[0-9a-f]{64}$"},"sha256":{"description":"sha256 of this record's canonical JSON without this field.\\n\\n\u672C\u8BB0\u5F55\u53BB\u6389\u6B64\u5B57\u6BB5\u540E\u7684\u89C4\u8303 JSON \u7684 sha256\u3002","type":"string","pattern":"^[0-9a-f]{64}$"}}}`);
registerValidator(schema.$id, () => {
  let module = { exports: {} };
  module.exports = validate0, module.exports.default = validate0;
  let schema0 = { $schema: "https://json-schema.org/draft/2020-12/schema", $id: "https://upgrade-gate.dev/schemas/archive-record-v1.schema.json", title: "Archive record (upgrade-gate/archive-record/v1) \xB7 \u5347\u7EA7\u6863\u6848\u8BB0\u5F55\uFF08\u7B2C\u4E00\u7248\u683C\u5F0F\uFF09", description: `Format version 1, frozen: records written before format 2 keep verifying against this. What auditors read for one merged upgrade pull request: the documents as merged, who approved, the evaluation at merge time, any rule the merge broke, and a hash chain that shows nothing was edited, removed or reordered.

\u7B2C 1 \u7248\u683C\u5F0F\uFF0C\u5DF2\u51BB\u7ED3\uFF1A\u7B2C 2 \u7248\u4E4B\u524D\u5199\u5165\u7684\u8BB0\u5F55\u4ECD\u6309\u5B83\u6821\u9A8C\u3002\u5BA1\u8BA1\u65F6\u67E5\u9605\u7684\u4E00\u6761\u8BB0\u5F55\uFF0C\u5BF9\u5E94\u4E00\u4E2A\u5DF2\u5408\u5E76\u7684\u5347\u7EA7 PR\uFF1A\u5408\u5E76\u65F6\u7684\u5347\u7EA7\u6587\u6863\u3001\u5BA1\u6279\u4EBA\u3001\u5408\u5E76\u65F6\u7684\u68C0\u67E5\u7ED3\u679C\u3001\u5408\u5E76\u8FDD\u53CD\u7684\u89C4\u5219\uFF0C\u4EE5\u53CA\u8BC1\u660E\u8BB0\u5F55\u672A\u88AB\u4FEE\u6539\u3001\u5220\u9664\u6216\u8C03\u6362\u987A\u5E8F\u7684\u54C8\u5E0C\u94FE\u3002`, type: "object", additionalProperties: !1, required: ["format", "sequence", "documents", "pull_request", "approvals", "labels", "emergency", "evaluation", "violations", "backfilled", "policy", "tool", "previous_sha256", "sha256"], properties: { format: { description: `Record format version.

\u8BB0\u5F55\u7684\u683C\u5F0F\u7248\u672C\u3002`, const: "upgrade-gate/archive-record/v1" }, sequence: { description: `Position in the archive's hash chain, starting at 1.

\u5728\u5347\u7EA7\u6863\u6848\u54C8\u5E0C\u94FE\u4E2D\u7684\u5E8F\u53F7\uFF0C\u4ECE 1 \u5F00\u59CB\u3002`, type: "integer", minimum: 1 }, documents: { description: `The upgrade documents as merged.

\u5408\u5E76\u65F6\u7684\u5347\u7EA7\u6587\u6863\u3002`, type: "array", items: { type: "object", additionalProperties: !1, required: ["path", "text", "id", "system", "environment", "type", "version"], properties: { path: { description: `Path in the repository.

\u4ED3\u5E93\u4E2D\u7684\u8DEF\u5F84\u3002`, type: "string" }, text: { description: `The document's YAML exactly as merged.

\u5408\u5E76\u65F6\u7684\u6587\u6863 YAML \u539F\u6587\uFF0C\u4E00\u5B57\u4E0D\u6539\u3002`, type: "string" }, id: { description: `Approval form NO.

\u751F\u4EA7\u73AF\u5883\u5347\u7EA7\u5BA1\u6279\u5355\u7F16\u53F7\u3002`, type: ["string", "null"] }, system: { description: `System upgraded.

\u5347\u7EA7\u7684\u7CFB\u7EDF\u3002`, type: ["string", "null"] }, environment: { description: `production or gray.

production\uFF08\u751F\u4EA7\u73AF\u5883\uFF09\u6216 gray\uFF08\u7070\u5EA6\u73AF\u5883\uFF09\u3002`, type: ["string", "null"] }, type: { description: `regular or emergency.

regular\uFF08\u5E38\u89C4\u5347\u7EA7\uFF09\u6216 emergency\uFF08\u7D27\u6025\u5347\u7EA7\uFF09\u3002`, type: ["string", "null"] }, version: { description: `Release from and to.

\u5347\u7EA7\u524D\u540E\u7684\u7248\u672C\u3002`, type: ["object", "null"], additionalProperties: !1, required: ["from", "to"], properties: { from: { description: `Version before.

\u5347\u7EA7\u524D\u7684\u7248\u672C\u3002`, type: "string" }, to: { description: `Version after.

\u5347\u7EA7\u540E\u7684\u7248\u672C\u3002`, type: "string" } } }, features: { description: `Attachment 2, the feature list.

\u9644\u4EF6\u4E8C\uFF0C\u751F\u4EA7\u73AF\u5883\u5347\u7EA7\u529F\u80FD\u6E05\u5355\u3002`, type: "array", items: { type: "object" } }, form: { description: `Attachment 1, the approval form, as rendered at merge.

\u9644\u4EF6\u4E00\uFF0C\u5408\u5E76\u65F6\u751F\u6210\u7684\u751F\u4EA7\u73AF\u5883\u5347\u7EA7\u5BA1\u6279\u5355\u3002`, type: ["object", "null"] } } } }, pull_request: { description: `The merged pull request.

\u5DF2\u5408\u5E76\u7684 PR\u3002`, type: "object", additionalProperties: !1, required: ["number", "title", "url", "author", "base_ref", "base_sha", "head_sha", "merge_sha", "merged_at", "merged_by"], properties: { number: { description: `PR number.

PR \u7F16\u53F7\u3002`, type: "integer" }, title: { description: `PR title.

PR \u6807\u9898\u3002`, type: "string" }, url: { description: `PR web address.

PR \u7F51\u5740\u3002`, type: ["string", "null"] }, author: { description: `Who opened it.

\u521B\u5EFA\u4EBA\u3002`, type: "string" }, base_ref: { description: `Target branch.

\u76EE\u6807\u5206\u652F\u3002`, type: "string" }, base_sha: { description: `Base commit evaluated against.

\u68C0\u67E5\u65F6\u6240\u5BF9\u7167\u7684\u57FA\u7840\u63D0\u4EA4\u3002`, type: "string" }, head_sha: { description: `Head commit merged.

\u5408\u5E76\u7684\u6700\u65B0\u63D0\u4EA4\u3002`, type: "string" }, merge_sha: { description: `The merge commit.

\u5408\u5E76\u63D0\u4EA4\u3002`, type: ["string", "null"] }, merged_at: { description: `When it merged (ISO).

\u5408\u5E76\u65F6\u95F4\uFF08ISO 8601\uFF09\u3002`, type: "string" }, merged_by: { description: `Who merged it.

\u5408\u5E76\u4EBA\u3002`, type: ["string", "null"] } } }, approvals: { description: `The approvals that counted, one per role.

\u8BA1\u5165\u7684\u5BA1\u6279\uFF0C\u6BCF\u4E2A\u89D2\u8272\u4E00\u6761\u3002`, type: "array", items: { type: "object", additionalProperties: !1, required: ["role", "title", "login", "review_id", "commit_id", "submitted_at"], properties: { role: { description: `Role id.

\u89D2\u8272\u7F16\u53F7\u3002`, type: "string" }, title: { description: `Role title in English and Chinese.

\u89D2\u8272\u7684\u4E2D\u82F1\u6587\u540D\u79F0\u3002`, type: "object" }, login: { description: `Approver.

\u5BA1\u6279\u4EBA\u3002`, type: "string" }, review_id: { description: `GitHub review id.

GitHub \u5BA1\u67E5\uFF08review\uFF09\u7F16\u53F7\u3002`, type: "integer" }, commit_id: { description: `Commit the approver reviewed.

\u5BA1\u6279\u4EBA\u5BA1\u67E5\u7684\u63D0\u4EA4\u3002`, type: "string" }, submitted_at: { description: `When (ISO).

\u65F6\u95F4\uFF08ISO 8601\uFF09\u3002`, type: "string" } } } }, labels: { description: `Labels at merge, with who applied each when known.

\u5408\u5E76\u65F6\u7684\u6807\u7B7E\uFF0C\u5DF2\u77E5\u65F6\u6CE8\u660E\u6DFB\u52A0\u4EBA\u3002`, type: "array", items: { type: "object", required: ["name"], properties: { name: { description: `Label.

\u6807\u7B7E\u3002`, type: "string" } } } }, emergency: { description: `The emergency bypass, when requested: who applied the label and when, and whether it was granted.

\u7533\u8BF7\u7D27\u6025\u5347\u7EA7\u65F6\u7684\u8BB0\u5F55\uFF1A\u8C01\u5728\u4F55\u65F6\u6DFB\u52A0\u4E86\u6807\u7B7E\uFF0C\u4EE5\u53CA\u662F\u5426\u51C6\u4E88\u3002`, type: ["object", "null"], required: ["label", "granted"], properties: { label: { description: `Label name.

\u6807\u7B7E\u540D\u79F0\u3002`, type: "string" }, applied_by: { description: `Who applied it.

\u6DFB\u52A0\u4EBA\u3002`, type: ["string", "null"] }, applied_at: { description: `When.

\u65F6\u95F4\u3002`, type: ["string", "null"] }, granted: { description: `Whether the day rule was waived.

\u662F\u5426\u514D\u9664\u4E86\u5347\u7EA7\u65E5\u9650\u5236\u3002`, type: "boolean" } } }, evaluation: { description: `The evaluation at merge time.

\u5408\u5E76\u65F6\u7684\u68C0\u67E5\u7ED3\u679C\u3002`, type: "object", required: ["at", "outcome", "summary", "findings"], properties: { at: { description: `The moment evaluated (the merge time).

\u68C0\u67E5\u6240\u4F9D\u636E\u7684\u65F6\u523B\uFF08\u5408\u5E76\u65F6\u95F4\uFF09\u3002`, type: "string" }, outcome: { description: `pass, fail or error.

pass\uFF08\u901A\u8FC7\uFF09\u3001fail\uFF08\u4E0D\u901A\u8FC7\uFF09\u6216 error\uFF08\u51FA\u9519\uFF09\u3002`, enum: ["pass", "fail", "error"] }, summary: { description: `One line.

\u4E00\u884C\u6458\u8981\u3002`, type: "string" }, findings: { description: `Every finding.

\u5168\u90E8\u68C0\u67E5\u95EE\u9898\u3002`, type: "array" } } }, violations: { description: `Rules the merge broke (empty for a clean merge). A non-empty list is a policy violation.

\u5408\u5E76\u8FDD\u53CD\u7684\u89C4\u5219\uFF08\u5408\u89C4\u5408\u5E76\u65F6\u4E3A\u7A7A\uFF09\u3002\u4E0D\u4E3A\u7A7A\u5373\u4E3A\u8FDD\u89C4\u3002`, type: "array", items: { type: "object", required: ["rule", "message"], properties: { rule: { description: `Rule id.

\u89C4\u5219\u7F16\u53F7\u3002`, type: "string" }, message: { description: `What was broken.

\u8FDD\u53CD\u7684\u5185\u5BB9\u3002`, type: "string" } } } }, backfilled: { description: `True when written later by a scheduled run because the merge-time run left no record.

\u5408\u5E76\u65F6\u7684\u8FD0\u884C\u6CA1\u6709\u7559\u4E0B\u8BB0\u5F55\u3001\u7531\u4E4B\u540E\u7684\u5B9A\u65F6\u8FD0\u884C\u8865\u5199\u65F6\u4E3A true\u3002`, type: "boolean" }, policy: { description: `The policy that applied: time zone, time-zone database, and digests of the base branch's config and CODEOWNERS.

\u9002\u7528\u7684\u7B56\u7565\uFF1A\u65F6\u533A\u3001\u65F6\u533A\u6570\u636E\u5E93\u7248\u672C\uFF0C\u4EE5\u53CA\u57FA\u7840\u5206\u652F\u4E0A\u914D\u7F6E\u548C CODEOWNERS \u7684\u6458\u8981\u3002`, type: "object", additionalProperties: !1, required: ["time_zone", "tzdata", "config_path", "config_sha256", "codeowners_path", "codeowners_sha256"], properties: { time_zone: { description: `Policy time zone.

\u7B56\u7565\u65F6\u533A\u3002`, type: "string" }, tzdata: { description: `Time-zone database version of the runtime.

\u8FD0\u884C\u73AF\u5883\u7684\u65F6\u533A\u6570\u636E\u5E93\u7248\u672C\u3002`, type: ["string", "null"] }, config_path: { description: `Config file path.

\u914D\u7F6E\u6587\u4EF6\u8DEF\u5F84\u3002`, type: "string" }, config_sha256: { description: `sha256 of the config text (null: absent, defaults used).

\u914D\u7F6E\u6587\u672C\u7684 sha256\uFF08null \u8868\u793A\u6CA1\u6709\u914D\u7F6E\u6587\u4EF6\uFF0C\u4F7F\u7528\u9ED8\u8BA4\u503C\uFF09\u3002`, type: ["string", "null"] }, codeowners_path: { description: `CODEOWNERS path.

CODEOWNERS \u8DEF\u5F84\u3002`, type: ["string", "null"] }, codeowners_sha256: { description: `sha256 of CODEOWNERS.

CODEOWNERS \u7684 sha256\u3002`, type: ["string", "null"] } } }, tool: { description: `The upgrade-gate that wrote the record.

\u5199\u5165\u8FD9\u6761\u8BB0\u5F55\u7684 upgrade-gate\u3002`, type: "object", additionalProperties: !1, required: ["name", "version"], properties: { name: { description: `Tool name.

\u5DE5\u5177\u540D\u79F0\u3002`, const: "upgrade-gate" }, version: { description: `Tool version.

\u5DE5\u5177\u7248\u672C\u3002`, type: "string" } } }, previous_sha256: { description: `sha256 of the previous record (null for the first).

\u4E0A\u4E00\u6761\u8BB0\u5F55\u7684 sha256\uFF08\u7B2C\u4E00\u6761\u4E3A null\uFF09\u3002`, type: ["string", "null"], pattern: "^[0-9a-f]{64}$" }, sha256: { description: `sha256 of this record's canonical JSON without this field.

\u672C\u8BB0\u5F55\u53BB\u6389\u6B64\u5B57\u6BB5\u540E\u7684\u89C4\u8303 JSON \u7684 sha256\u3002`, type: "string", pattern: "^[0-9a-f]{64}$" } } }, func0 = Object.prototype.hasOwnProperty, pattern0 = new RegExp("^[0-9a-f]{64}$", "u");
  function validate0(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
    let vErrors = null, errors = 0, evaluated0 = validate0.evaluated;
    if (evaluated0.dynamicProps && (evaluated0.props = void 0), evaluated0.dynamicItems && (evaluated0.items = void 0), data && typeof data == "object" && !Array.isArray(data)) {
      if (data.format === void 0) {
        let err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "format" }, message: "must have required property 'format'", schema: schema0.required, parentSchema: schema0, data };
        vErrors === null ? vErrors = [err0] : vErrors.push(err0), errors++;
      }
      if (data.sequence === void 0) {
        let err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "sequence" }, message: "must have required property 'sequence'", schema: schema0.required, parentSchema: schema0, data };
        vErrors === null ? vErrors = [err1] : vErrors.push(err1), errors++;
      }
      if (data.documents === void 0) {
        let err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "documents" }, message: "must have required property 'documents'", schema: schema0.required, parentSchema: schema0, data };
        vErrors === null ? vErrors = [err2] : vErrors.push(err2), errors++;
      }
      if (data.pull_request === void 0) {
        let err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "pull_request" }, message: "must have required property 'pull_request'", schema: schema0.required, parentSchema: schema0, data };
        vErrors === null ? vErrors = [err3] : vErrors.push(err3), errors++;
      }
      if (data.approvals === void 0) {
        let err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "approvals" }, message: "must have required property 'approvals'", schema: schema0.required, parentSchema: schema0, data };
        vErrors === null ? vErrors = [err4] : vErrors.push(err4), errors++;
      }
      if (data.labels === void 0) {
        let err5 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "labels" }, message: "must have required property 'labels'", schema: schema0.required, parentSchema: schema0, data };
        vErrors === null ? vErrors = [err5] : vErrors.push(err5), errors++;
      }
      if (data.emergency === void 0) {
        let err6 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "emergency" }, message: "must have required property 'emergency'", schema: schema0.required, parentSchema: schema0, data };
        vErrors === null ? vErrors = [err6] : vErrors.push(err6), errors++;
      }
      if (data.evaluation === void 0) {
        let err7 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "evaluation" }, message: "must have required property 'evaluation'", schema: schema0.required, parentSchema: schema0, data };
        vErrors === null ? vErrors = [err7] : vErrors.push(err7), errors++;
      }
      if (data.violations === void 0) {
        let err8 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "violations" }, message: "must have required property 'violations'", schema: schema0.required, parentSchema: schema0, data };
        vErrors === null ? vErrors = [err8] : vErrors.push(err8), errors++;
      }
      if (data.backfilled === void 0) {
        let err9 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "backfilled" }, message: "must have required property 'backfilled'", schema: schema0.required, parentSchema: schema0, data };
        vErrors === null ? vErrors = [err9] : vErrors.push(err9), errors++;
      }
      if (data.policy === void 0) {
        let err10 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "policy" }, message: "must have required property 'policy'", schema: schema0.required, parentSchema: schema0, data };
        vErrors === null ? vErrors = [err10] : vErrors.push(err10), errors++;
      }
      if (data.tool === void 0) {
        let err11 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "tool" }, message: "must have required property 'tool'", schema: schema0.required, parentSchema: schema0, data };
        vErrors === null ? vErrors = [err11] : vErrors.push(err11), errors++;
      }
      if (data.previous_sha256 === void 0) {
        let err12 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "previous_sha256" }, message: "must have required property 'previous_sha256'", schema: schema0.required, parentSchema: schema0, data };
        vErrors === null ? vErrors = [err12] : vErrors.push(err12), errors++;
      }
      if (data.sha256 === void 0) {
        let err13 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "sha256" }, message: "must have required property 'sha256'", schema: schema0.required, parentSchema: schema0, data };
        vErrors === null ? vErrors = [err13] : vErrors.push(err13), errors++;
      }
      for (let key0 in data)
        if (!func0.call(schema0.properties, key0)) {
          let err14 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema0, data };
          vErrors === null ? vErrors = [err14] : vErrors.push(err14), errors++;
        }
      if (data.format !== void 0) {
        let data0 = data.format;
        if (data0 !== "upgrade-gate/archive-record/v1") {
          let err15 = { instancePath: instancePath + "/format", schemaPath: "#/properties/format/const", keyword: "const", params: { allowedValue: "upgrade-gate/archive-record/v1" }, message: "must be equal to constant", schema: "upgrade-gate/archive-record/v1", parentSchema: schema0.properties.format, data: data0 };
          vErrors === null ? vErrors = [err15] : vErrors.push(err15), errors++;
        }
      }
      if (data.sequence !== void 0) {
        let data1 = data.sequence;
        if (!(typeof data1 == "number" && !(data1 % 1) && !isNaN(data1) && isFinite(data1))) {
          let err16 = { instancePath: instancePath + "/sequence", schemaPath: "#/properties/sequence/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema0.properties.sequence.type, parentSchema: schema0.properties.sequence, data: data1 };
          vErrors === null ? vErrors = [err16] : vErrors.push(err16), errors++;
        }
        if (typeof data1 == "number" && isFinite(data1) && (data1 < 1 || isNaN(data1))) {
          let err17 = { instancePath: instancePath + "/sequence", schemaPath: "#/properties/sequence/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema0.properties.sequence, data: data1 };
          vErrors === null ? vErrors = [err17] : vErrors.push(err17), errors++;
        }
      }
      if (data.documents !== void 0) {
        let data2 = data.documents;
        if (Array.isArray(data2)) {
          let len0 = data2.length;
          for (let i0 = 0; i0 < len0; i0++) {
            let data3 = data2[i0];
            if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
              if (data3.path === void 0) {
                let err18 = { instancePath: instancePath + "/documents/" + i0, schemaPath: "#/properties/documents/items/required", keyword: "required", params: { missingProperty: "path" }, message: "must have required property 'path'", schema: schema0.properties.documents.items.required, parentSchema: schema0.properties.documents.items, data: data3 };
                vErrors === null ? vErrors = [err18] : vErrors.push(err18), errors++;
              }
              if (data3.text === void 0) {
                let err19 = { instancePath: instancePath + "/documents/" + i0, schemaPath: "#/properties/documents/items/required", keyword: "required", params: { missingProperty: "text" }, message: "must have required property 'text'", schema: schema0.properties.documents.items.required, parentSchema: schema0.properties.documents.items, data: data3 };
                vErrors === null ? vErrors = [err19] : vErrors.push(err19), errors++;
              }
              if (data3.id === void 0) {
                let err20 = { instancePath: instancePath + "/documents/" + i0, schemaPath: "#/properties/documents/items/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'", schema: schema0.properties.documents.items.required, parentSchema: schema0.properties.documents.items, data: data3 };
                vErrors === null ? vErrors = [err20] : vErrors.push(err20), errors++;
              }
              if (data3.system === void 0) {
                let err21 = { instancePath: instancePath + "/documents/" + i0, schemaPath: "#/properties/documents/items/required", keyword: "required", params: { missingProperty: "system" }, message: "must have required property 'system'", schema: schema0.properties.documents.items.required, parentSchema: schema0.properties.documents.items, data: data3 };
                vErrors === null ? vErrors = [err21] : vErrors.push(err21), errors++;
              }
              if (data3.environment === void 0) {
                let err22 = { instancePath: instancePath + "/documents/" + i0, schemaPath: "#/properties/documents/items/required", keyword: "required", params: { missingProperty: "environment" }, message: "must have required property 'environment'", schema: schema0.properties.documents.items.required, parentSchema: schema0.properties.documents.items, data: data3 };
                vErrors === null ? vErrors = [err22] : vErrors.push(err22), errors++;
              }
              if (data3.type === void 0) {
                let err23 = { instancePath: instancePath + "/documents/" + i0, schemaPath: "#/properties/documents/items/required", keyword: "required", params: { missingProperty: "type" }, message: "must have required property 'type'", schema: schema0.properties.documents.items.required, parentSchema: schema0.properties.documents.items, data: data3 };
                vErrors === null ? vErrors = [err23] : vErrors.push(err23), errors++;
              }
              if (data3.version === void 0) {
                let err24 = { instancePath: instancePath + "/documents/" + i0, schemaPath: "#/properties/documents/items/required", keyword: "required", params: { missingProperty: "version" }, message: "must have required property 'version'", schema: schema0.properties.documents.items.required, parentSchema: schema0.properties.documents.items, data: data3 };
                vErrors === null ? vErrors = [err24] : vErrors.push(err24), errors++;
              }
              for (let key1 in data3)
                if (!func0.call(schema0.properties.documents.items.properties, key1)) {
                  let err25 = { instancePath: instancePath + "/documents/" + i0, schemaPath: "#/properties/documents/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema0.properties.documents.items, data: data3 };
                  vErrors === null ? vErrors = [err25] : vErrors.push(err25), errors++;
                }
              if (data3.path !== void 0) {
                let data4 = data3.path;
                if (typeof data4 != "string") {
                  let err26 = { instancePath: instancePath + "/documents/" + i0 + "/path", schemaPath: "#/properties/documents/items/properties/path/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema0.properties.documents.items.properties.path.type, parentSchema: schema0.properties.documents.items.properties.path, data: data4 };
                  vErrors === null ? vErrors = [err26] : vErrors.push(err26), errors++;
                }
              }
              if (data3.text !== void 0) {
                let data5 = data3.text;
                if (typeof data5 != "string") {
                  let err27 = { instancePath: instancePath + "/documents/" + i0 + "/text", schemaPath: "#/properties/documents/items/properties/text/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema0.properties.documents.items.properties.text.type, parentSchema: schema0.properties.documents.items.properties.text, data: data5 };
                  vErrors === null ? vErrors = [err27] : vErrors.push(err27), errors++;
                }
              }
              if (data3.id !== void 0) {
                let data6 = data3.id;
                if (typeof data6 != "string" && data6 !== null) {
                  let err28 = { instancePath: instancePath + "/documents/" + i0 + "/id", schemaPath: "#/properties/documents/items/properties/id/type", keyword: "type", params: { type: schema0.properties.documents.items.properties.id.type }, message: "must be string,null", schema: schema0.properties.documents.items.properties.id.type, parentSchema: schema0.properties.documents.items.properties.id, data: data6 };
                  vErrors === null ? vErrors = [err28] : vErrors.push(err28), errors++;
                }
              }
              if (data3.system !== void 0) {
                let data7 = data3.system;
                if (typeof data7 != "string" && data7 !== null) {
                  let err29 = { instancePath: instancePath + "/documents/" + i0 + "/system", schemaPath: "#/properties/documents/items/properties/system/type", keyword: "type", params: { type: schema0.properties.documents.items.properties.system.type }, message: "must be string,null", schema: schema0.properties.documents.items.properties.system.type, parentSchema: schema0.properties.documents.items.properties.system, data: data7 };
                  vErrors === null ? vErrors = [err29] : vErrors.push(err29), errors++;
                }
              }
              if (data3.environment !== void 0) {
                let data8 = data3.environment;
                if (typeof data8 != "string" && data8 !== null) {
                  let err30 = { instancePath: instancePath + "/documents/" + i0 + "/environment", schemaPath: "#/properties/documents/items/properties/environment/type", keyword: "type", params: { type: schema0.properties.documents.items.properties.environment.type }, message: "must be string,null", schema: schema0.properties.documents.items.properties.environment.type, parentSchema: schema0.properties.documents.items.properties.environment, data: data8 };
                  vErrors === null ? vErrors = [err30] : vErrors.push(err30), errors++;
                }
              }
              if (data3.type !== void 0) {
                let data9 = data3.type;
                if (typeof data9 != "string" && data9 !== null) {
                  let err31 = { instancePath: instancePath + "/documents/" + i0 + "/type", schemaPath: "#/properties/documents/items/properties/type/type", keyword: "type", params: { type: schema0.properties.documents.items.properties.type.type }, message: "must be string,null", schema: schema0.properties.documents.items.properties.type.type, parentSchema: schema0.properties.documents.items.properties.type, data: data9 };
                  vErrors === null ? vErrors = [err31] : vErrors.push(err31), errors++;
                }
              }
              if (data3.version !== void 0) {
                let data10 = data3.version;
                if (!(data10 && typeof data10 == "object" && !Array.isArray(data10)) && data10 !== null) {
                  let err32 = { instancePath: instancePath + "/documents/" + i0 + "/version", schemaPath: "#/properties/documents/items/properties/version/type", keyword: "type", params: { type: schema0.properties.documents.items.properties.version.type }, message: "must be object,null", schema: schema0.properties.documents.items.properties.version.type, parentSchema: schema0.properties.documents.items.properties.version, data: data10 };
                  vErrors === null ? vErrors = [err32] : vErrors.push(err32), errors++;
                }
                if (data10 && typeof data10 == "object" && !Array.isArray(data10)) {
                  if (data10.from === void 0) {
                    let err33 = { instancePath: instancePath + "/documents/" + i0 + "/version", schemaPath: "#/properties/documents/items/properties/version/required", keyword: "required", params: { missingProperty: "from" }, message: "must have required property 'from'", schema: schema0.properties.documents.items.properties.version.required, parentSchema: schema0.properties.documents.items.properties.version, data: data10 };
                    vErrors === null ? vErrors = [err33] : vErrors.push(err33), errors++;
                  }
                  if (data10.to === void 0) {
                    let err34 = { instancePath: instancePath + "/documents/" + i0 + "/version", schemaPath: "#/properties/documents/items/properties/version/required", keyword: "required", params: { missingProperty: "to" }, message: "must have required property 'to'", schema: schema0.properties.documents.items.properties.version.required, parentSchema: schema0.properties.documents.items.properties.version, data: data10 };
                    vErrors === null ? vErrors = [err34] : vErrors.push(err34), errors++;
                  }
                  for (let key2 in data10)
                    if (!(key2 === "from" || key2 === "to")) {
                      let err35 = { instancePath: instancePath + "/documents/" + i0 + "/version", schemaPath: "#/properties/documents/items/properties/version/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema0.properties.documents.items.properties.version, data: data10 };
                      vErrors === null ? vErrors = [err35] : vErrors.push(err35), errors++;
                    }
                  if (data10.from !== void 0) {
                    let data11 = data10.from;
                    if (typeof data11 != "string") {
                      let err36 = { instancePath: instancePath + "/documents/" + i0 + "/version/from", schemaPath: "#/properties/documents/items/properties/version/properties/from/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema0.properties.documents.items.properties.version.properties.from.type, parentSchema: schema0.properties.documents.items.properties.version.properties.from, data: data11 };
                      vErrors === null ? vErrors = [err36] : vErrors.push(err36), errors++;
                    }
                  }
                  if (data10.to !== void 0) {
                    let data12 = data10.to;
                    if (typeof data12 != "string") {
                      let err37 = { instancePath: instancePath + "/documents/" + i0 + "/version/to", schemaPath: "#/properties/documents/items/properties/version/properties/to/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema0.properties.documents.items.properties.version.properties.to.type, parentSchema: schema0.properties.documents.items.properties.version.properties.to, data: data12 };
                      vErrors === null ? vErrors = [err37] : vErrors.push(err37), errors++;
                    }
                  }
                }
              }
              if (data3.features !== void 0) {
                let data13 = data3.features;
                if (Array.isArray(data13)) {
                  let len1 = data13.length;
                  for (let i1 = 0; i1 < len1; i1++) {
                    let data14 = data13[i1];
                    if (!(data14 && typeof data14 == "object" && !Array.isArray(data14))) {
                      let err38 = { instancePath: instancePath + "/documents/" + i0 + "/features/" + i1, schemaPath: "#/properties/documents/items/properties/features/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema0.properties.documents.items.properties.features.items.type, parentSchema: schema0.properties.documents.items.properties.features.items, data: data14 };
                      vErrors === null ? vErrors = [err38] : vErrors.push(err38), errors++;
                    }
                  }
                } else {
                  let err39 = { instancePath: instancePath + "/documents/" + i0 + "/features", schemaPath: "#/properties/documents/items/properties/features/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema0.properties.documents.items.properties.features.type, parentSchema: schema0.properties.documents.items.properties.features, data: data13 };
                  vErrors === null ? vErrors = [err39] : vErrors.push(err39), errors++;
                }
              }
              if (data3.form !== void 0) {
                let data15 = data3.form;
                if (!(data15 && typeof data15 == "object" && !Array.isArray(data15)) && data15 !== null) {
                  let err40 = { instancePath: instancePath + "/documents/" + i0 + "/form", schemaPath: "#/properties/documents/items/properties/form/type", keyword: "type", params: { type: schema0.properties.documents.items.properties.form.type }, message: "must be object,null", schema: schema0.properties.documents.items.properties.form.type, parentSchema: schema0.properties.documents.items.properties.form, data: data15 };
                  vErrors === null ? vErrors = [err40] : vErrors.push(err40), errors++;
                }
              }
            } else {
              let err41 = { instancePath: instancePath + "/documents/" + i0, schemaPath: "#/properties/documents/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema0.properties.documents.items.type, parentSchema: schema0.properties.documents.items, data: data3 };
              vErrors === null ? vErrors = [err41] : vErrors.push(err41), errors++;
            }
          }
        } else {
          let err42 = { instancePath: instancePath + "/documents", schemaPath: "#/properties/documents/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema0.properties.documents.type, parentSchema: schema0.properties.documents, data: data2 };
          vErrors === null ? vErrors = [err42] : vErrors.push(err42), errors++;
        }
      }
      if (data.pull_request !== void 0) {
        let data16 = data.pull_request;
        if (data16 && typeof data16 == "object" && !Array.isArray(data16)) {
          if (data16.number === void 0) {
            let err43 = { instancePath: instancePath + "/pull_request", schemaPath: "#/properties/pull_request/required", keyword: "required", params: { missingProperty: "number" }, message: "must have required property 'number'", schema: schema0.properties.pull_request.required, parentSchema: schema0.properties.pull_request, data: data16 };
            vErrors === null ? vErrors = [err43] : vErrors.push(err43), errors++;
          }
          if (data16.title === void 0) {
            let err44 = { instancePath: instancePath + "/pull_request", schemaPath: "#/properties/pull_request/required", keyword: "required", params: { missingProperty: "title" }, message: "must have required property 'title'", schema: schema0.properties.pull_request.required, parentSchema: schema0.properties.pull_request, data: data16 };
            vErrors === null ? vErrors = [err44] : vErrors.push(err44), errors++;
          }
          if (data16.url === void 0) {
            let err45 = { instancePath: instancePath + "/pull_request", schemaPath: "#/properties/pull_request/required", keyword: "required", params: { missingProperty: "url" }, message: "must have required property 'url'", schema: schema0.properties.pull_request.required, parentSchema: schema0.properties.pull_request, data: data16 };
            vErrors === null ? vErrors = [err45] : vErrors.push(err45), errors++;
          }
          if (data16.author === void 0) {
            let err46 = { instancePath: instancePath + "/pull_request", schemaPath: "#/properties/pull_request/required", keyword: "required", params: { missingProperty: "author" }, message: "must have required property 'author'", schema: schema0.properties.pull_request.required, parentSchema: schema0.properties.pull_request, data: data16 };
            vErrors === null ? vErrors = [err46] : vErrors.push(err46), errors++;
          }
          if (data16.base_ref === void 0) {
            let err47 = { instancePath: instancePath + "/pull_request", schemaPath: "#/properties/pull_request/required", keyword: "required", params: { missingProperty: "base_ref" }, message: "must have required property 'base_ref'", schema: schema0.properties.pull_request.required, parentSchema: schema0.properties.pull_request, data: data16 };
            vErrors === null ? vErrors = [err47] : vErrors.push(err47), errors++;
          }
          if (data16.base_sha === void 0) {
            let err48 = { instancePath: instancePath + "/pull_request", schemaPath: "#/properties/pull_request/required", keyword: "required", params: { missingProperty: "base_sha" }, message: "must have required property 'base_sha'", schema: schema0.properties.pull_request.required, parentSchema: schema0.properties.pull_request, data: data16 };
            vErrors === null ? vErrors = [err48] : vErrors.push(err48), errors++;
          }
          if (data16.head_sha === void 0) {
            let err49 = { instancePath: instancePath + "/pull_request", schemaPath: "#/properties/pull_request/required", keyword: "required", params: { missingProperty: "head_sha" }, message: "must have required property 'head_sha'", schema: schema0.properties.pull_request.required, parentSchema: schema0.properties.pull_request, data: data16 };
            vErrors === null ? vErrors = [err49] : vErrors.push(err49), errors++;
          }
          if (data16.merge_sha === void 0) {
            let err50 = { instancePath: instancePath + "/pull_request", schemaPath: "#/properties/pull_request/required", keyword: "required", params: { missingProperty: "merge_sha" }, message: "must have required property 'merge_sha'", schema: schema0.properties.pull_request.required, parentSchema: schema0.properties.pull_request, data: data16 };
            vErrors === null ? vErrors = [err50] : vErrors.push(err50), errors++;
          }
          if (data16.merged_at === void 0) {
            let err51 = { instancePath: instancePath + "/pull_request", schemaPath: "#/properties/pull_request/required", keyword: "required", params: { missingProperty: "merged_at" }, message: "must have required property 'merged_at'", schema: schema0.properties.pull_request.required, parentSchema: schema0.properties.pull_request, data: data16 };
            vErrors === null ? vErrors = [err51] : vErrors.push(err51), errors++;
          }
          if (data16.merged_by === void 0) {
            let err52 = { instancePath: instancePath + "/pull_request", schemaPath: "#/properties/pull_request/required", keyword: "required", params: { missingProperty: "merged_by" }, message: "must have required property 'merged_by'", schema: schema0.properties.pull_request.required, parentSchema: schema0.properties.pull_request, data: data16 };
            vErrors === null ? vErrors = [err52] : vErrors.push(err52), errors++;
          }
          for (let key3 in data16)
            if (!func0.call(schema0.properties.pull_request.properties, key3)) {
              let err53 = { instancePath: instancePath + "/pull_request", schemaPath: "#/properties/pull_request/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema0.properties.pull_request, data: data16 };
              vErrors === null ? vErrors = [err53] : vErrors.push(err53), errors++;
            }
          if (data16.number !== void 0) {
            let data17 = data16.number;
            if (!(typeof data17 == "number" && !(data17 % 1) && !isNaN(data17) && isFinite(data17))) {
              let err54 = { instancePath: instancePath + "/pull_request/number", schemaPath: "#/properties/pull_request/properties/number/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema0.properties.pull_request.properties.number.type, parentSchema: schema0.properties.pull_request.properties.number, data: data17 };
              vErrors === null ? vErrors = [err54] : vErrors.push(err54), errors++;
            }
          }
          if (data16.title !== void 0) {
            let data18 = data16.title;
            if (typeof data18 != "string") {
              let err55 = { instancePath: instancePath + "/pull_request/title", schemaPath: "#/properties/pull_request/properties/title/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema0.properties.pull_request.properties.title.type, parentSchema: schema0.properties.pull_request.properties.title, data: data18 };
              vErrors === null ? vErrors = [err55] : vErrors.push(err55), errors++;
            }
          }
          if (data16.url !== void 0) {
            let data19 = data16.url;
            if (typeof data19 != "string" && data19 !== null) {
              let err56 = { instancePath: instancePath + "/pull_request/url", schemaPath: "#/properties/pull_request/properties/url/type", keyword: "type", params: { type: schema0.properties.pull_request.properties.url.type }, message: "must be string,null", schema: schema0.properties.pull_request.properties.url.type, parentSchema: schema0.properties.pull_request.properties.url, data: data19 };
              vErrors === null ? vErrors = [err56] : vErrors.push(err56), errors++;
            }
          }
          if (data16.author !== void 0) {
            let data20 = data16.author;
            if (typeof data20 != "string") {
              let err57 = { instancePath: instancePath + "/pull_request/author", schemaPath: "#/properties/pull_request/properties/author/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema0.properties.pull_request.properties.author.type, parentSchema: schema0.properties.pull_request.properties.author, data: data20 };
              vErrors === null ? vErrors = [err57] : vErrors.push(err57), errors++;
            }
          }
          if (data16.base_ref !== void 0) {
            let data21 = data16.base_ref;
            if (typeof data21 != "string") {
              let err58 = { instancePath: instancePath + "/pull_request/base_ref", schemaPath: "#/properties/pull_request/properties/base_ref/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema0.properties.pull_request.properties.base_ref.type, parentSchema: schema0.properties.pull_request.properties.base_ref, data: data21 };
              vErrors === null ? vErrors = [err58] : vErrors.push(err58), errors++;
            }
          }
          if (data16.base_sha !== void 0) {
            let data22 = data16.base_sha;
            if (typeof data22 != "string") {
              let err59 = { instancePath: instancePath + "/pull_request/base_sha", schemaPath: "#/properties/pull_request/properties/base_sha/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema0.properties.pull_request.properties.base_sha.type, parentSchema: schema0.properties.pull_request.properties.base_sha, data: data22 };
              vErrors === null ? vErrors = [err59] : vErrors.push(err59), errors++;
            }
          }
          if (data16.head_sha !== void 0) {
            let data23 = data16.head_sha;
            if (typeof data23 != "string") {
              let err60 = { instancePath: instancePath + "/pull_request/head_sha", schemaPath: "#/properties/pull_request/properties/head_sha/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema0.properties.pull_request.properties.head_sha.type, parentSchema: schema0.properties.pull_request.properties.head_sha, data: data23 };
              vErrors === null ? vErrors = [err60] : vErrors.push(err60), errors++;
            }
          }
          if (data16.merge_sha !== void 0) {
            let data24 = data16.merge_sha;
            if (typeof data24 != "string" && data24 !== null) {
              let err61 = { instancePath: instancePath + "/pull_request/merge_sha", schemaPath: "#/properties/pull_request/properties/merge_sha/type", keyword: "type", params: { type: schema0.properties.pull_request.properties.merge_sha.type }, message: "must be string,null", schema: schema0.properties.pull_request.properties.merge_sha.type, parentSchema: schema0.properties.pull_request.properties.merge_sha, data: data24 };
              vErrors === null ? vErrors = [err61] : vErrors.push(err61), errors++;
            }
          }
          if (data16.merged_at !== void 0) {
            let data25 = data16.merged_at;
            if (typeof data25 != "string") {
              let err62 = { instancePath: instancePath + "/pull_request/merged_at", schemaPath: "#/properties/pull_request/properties/merged_at/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema0.properties.pull_request.properties.merged_at.type, parentSchema: schema0.properties.pull_request.properties.merged_at, data: data25 };
              vErrors === null ? vErrors = [err62] : vErrors.push(err62), errors++;
            }
          }
          if (data16.merged_by !== void 0) {
            let data26 = data16.merged_by;
            if (typeof data26 != "string" && data26 !== null) {
              let err63 = { instancePath: instancePath + "/pull_request/merged_by", schemaPath: "#/properties/pull_request/properties/merged_by/type", keyword: "type", params: { type: schema0.properties.pull_request.properties.merged_by.type }, message: "must be string,null", schema: schema0.properties.pull_request.properties.merged_by.type, parentSchema: schema0.properties.pull_request.properties.merged_by, data: data26 };
              vErrors === null ? vErrors = [err63] : vErrors.push(err63), errors++;
            }
          }
        } else {
          let err64 = { instancePath: instancePath + "/pull_request", schemaPath: "#/properties/pull_request/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema0.properties.pull_request.type, parentSchema: schema0.properties.pull_request, data: data16 };
          vErrors === null ? vErrors = [err64] : vErrors.push(err64), errors++;
        }
      }
      if (data.approvals !== void 0) {
        let data27 = data.approvals;
        if (Array.isArray(data27)) {
          let len2 = data27.length;
          for (let i2 = 0; i2 < len2; i2++) {
            let data28 = data27[i2];
            if (data28 && typeof data28 == "object" && !Array.isArray(data28)) {
              if (data28.role === void 0) {
                let err65 = { instancePath: instancePath + "/approvals/" + i2, schemaPath: "#/properties/approvals/items/required", keyword: "required", params: { missingProperty: "role" }, message: "must have required property 'role'", schema: schema0.properties.approvals.items.required, parentSchema: schema0.properties.approvals.items, data: data28 };
                vErrors === null ? vErrors = [err65] : vErrors.push(err65), errors++;
              }
              if (data28.title === void 0) {
                let err66 = { instancePath: instancePath + "/approvals/" + i2, schemaPath: "#/properties/approvals/items/required", keyword: "required", params: { missingProperty: "title" }, message: "must have required property 'title'", schema: schema0.properties.approvals.items.required, parentSchema: schema0.properties.approvals.items, data: data28 };
                vErrors === null ? vErrors = [err66] : vErrors.push(err66), errors++;
              }
              if (data28.login === void 0) {
                let err67 = { instancePath: instancePath + "/approvals/" + i2, schemaPath: "#/properties/approvals/items/required", keyword: "required", params: { missingProperty: "login" }, message: "must have required property 'login'", schema: schema0.properties.approvals.items.required, parentSchema: schema0.properties.approvals.items, data: data28 };
                vErrors === null ? vErrors = [err67] : vErrors.push(err67), errors++;
              }
              if (data28.review_id === void 0) {
                let err68 = { instancePath: instancePath + "/approvals/" + i2, schemaPath: "#/properties/approvals/items/required", keyword: "required", params: { missingProperty: "review_id" }, message: "must have required property 'review_id'", schema: schema0.properties.approvals.items.required, parentSchema: schema0.properties.approvals.items, data: data28 };
                vErrors === null ? vErrors = [err68] : vErrors.push(err68), errors++;
              }
              if (data28.commit_id === void 0) {
                let err69 = { instancePath: instancePath + "/approvals/" + i2, schemaPath: "#/properties/approvals/items/required", keyword: "required", params: { missingProperty: "commit_id" }, message: "must have required property 'commit_id'", schema: schema0.properties.approvals.items.required, parentSchema: schema0.properties.approvals.items, data: data28 };
                vErrors === null ? vErrors = [err69] : vErrors.push(err69), errors++;
              }
              if (data28.submitted_at === void 0) {
                let err70 = { instancePath: instancePath + "/approvals/" + i2, schemaPath: "#/properties/approvals/items/required", keyword: "required", params: { missingProperty: "submitted_at" }, message: "must have required property 'submitted_at'", schema: schema0.properties.approvals.items.required, parentSchema: schema0.properties.approvals.items, data: data28 };
                vErrors === null ? vErrors = [err70] : vErrors.push(err70), errors++;
              }
              for (let key4 in data28)
                if (!(key4 === "role" || key4 === "title" || key4 === "login" || key4 === "review_id" || key4 === "commit_id" || key4 === "submitted_at")) {
                  let err71 = { instancePath: instancePath + "/approvals/" + i2, schemaPath: "#/properties/approvals/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema0.properties.approvals.items, data: data28 };
                  vErrors === null ? vErrors = [err71] : vErrors.push(err71), errors++;
                }
              if (data28.role !== void 0) {
                let data29 = data28.role;
                if (typeof data29 != "string") {
                  let err72 = { instancePath: instancePath + "/approvals/" + i2 + "/role", schemaPath: "#/properties/approvals/items/properties/role/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema0.properties.approvals.items.properties.role.type, parentSchema: schema0.properties.approvals.items.properties.role, data: data29 };
                  vErrors === null ? vErrors = [err72] : vErrors.push(err72), errors++;
                }
              }
              if (data28.title !== void 0) {
                let data30 = data28.title;
                if (!(data30 && typeof data30 == "object" && !Array.isArray(data30))) {
                  let err73 = { instancePath: instancePath + "/approvals/" + i2 + "/title", schemaPath: "#/properties/approvals/items/properties/title/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema0.properties.approvals.items.properties.title.type, parentSchema: schema0.properties.approvals.items.properties.title, data: data30 };
                  vErrors === null ? vErrors = [err73] : vErrors.push(err73), errors++;
                }
              }
              if (data28.login !== void 0) {
                let data31 = data28.login;
                if (typeof data31 != "string") {
                  let err74 = { instancePath: instancePath + "/approvals/" + i2 + "/login", schemaPath: "#/properties/approvals/items/properties/login/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema0.properties.approvals.items.properties.login.type, parentSchema: schema0.properties.approvals.items.properties.login, data: data31 };
                  vErrors === null ? vErrors = [err74] : vErrors.push(err74), errors++;
                }
              }
              if (data28.review_id !== void 0) {
                let data32 = data28.review_id;
                if (!(typeof data32 == "number" && !(data32 % 1) && !isNaN(data32) && isFinite(data32))) {
                  let err75 = { instancePath: instancePath + "/approvals/" + i2 + "/review_id", schemaPath: "#/properties/approvals/items/properties/review_id/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema0.properties.approvals.items.properties.review_id.type, parentSchema: schema0.properties.approvals.items.properties.review_id, data: data32 };
                  vErrors === null ? vErrors = [err75] : vErrors.push(err75), errors++;
                }
              }
              if (data28.commit_id !== void 0) {
                let data33 = data28.commit_id;
                if (typeof data33 != "string") {
                  let err76 = { instancePath: instancePath + "/approvals/" + i2 + "/commit_id", schemaPath: "#/properties/approvals/items/properties/commit_id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema0.properties.approvals.items.properties.commit_id.type, parentSchema: schema0.properties.approvals.items.properties.commit_id, data: data33 };
                  vErrors === null ? vErrors = [err76] : vErrors.push(err76), errors++;
                }
              }
              if (data28.submitted_at !== void 0) {
                let data34 = data28.submitted_at;
                if (typeof data34 != "string") {
                  let err77 = { instancePath: instancePath + "/approvals/" + i2 + "/submitted_at", schemaPath: "#/properties/approvals/items/properties/submitted_at/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema0.properties.approvals.items.properties.submitted_at.type, parentSchema: schema0.properties.approvals.items.properties.submitted_at, data: data34 };
                  vErrors === null ? vErrors = [err77] : vErrors.push(err77), errors++;
                }
              }
            } else {
              let err78 = { instancePath: instancePath + "/approvals/" + i2, schemaPath: "#/properties/approvals/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema0.properties.approvals.items.type, parentSchema: schema0.properties.approvals.items, data: data28 };
              vErrors === null ? vErrors = [err78] : vErrors.push(err78), errors++;
            }
          }
        } else {
          let err79 = { instancePath: instancePath + "/approvals", schemaPath: "#/properties/approvals/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema0.properties.approvals.type, parentSchema: schema0.properties.approvals, data: data27 };
          vErrors === null ? vErrors = [err79] : vErrors.push(err79), errors++;
        }
      }
      if (data.labels !== void 0) {
        let data35 = data.labels;
        if (Array.isArray(data35)) {
          let len3 = data35.length;
          for (let i3 = 0; i3 < len3; i3++) {
            let data36 = data35[i3];
            if (data36 && typeof data36 == "object" && !Array.isArray(data36)) {
              if (data36.name === void 0) {
                let err80 = { instancePath: instancePath + "/labels/" + i3, schemaPath: "#/properties/labels/items/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema0.properties.labels.items.required, parentSchema: schema0.properties.labels.items, data: data36 };
                vErrors === null ? vErrors = [err80] : vErrors.push(err80), errors++;
              }
              if (data36.name !== void 0) {
                let data37 = data36.name;
                if (typeof data37 != "string") {
                  let err81 = { instancePath: instancePath + "/labels/" + i3 + "/name", schemaPath: "#/properties/labels/items/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema0.properties.labels.items.properties.name.type, parentSchema: schema0.properties.labels.items.properties.name, data: data37 };
                  vErrors === null ? vErrors = [err81] : vErrors.push(err81), errors++;
                }
              }
            } else {
              let err82 = { instancePath: instancePath + "/labels/" + i3, schemaPath: "#/properties/labels/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema0.properties.labels.items.type, parentSchema: schema0.properties.labels.items, data: data36 };
              vErrors === null ? vErrors = [err82] : vErrors.push(err82), errors++;
            }
          }
        } else {
          let err83 = { instancePath: instancePath + "/labels", schemaPath: "#/properties/labels/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema0.properties.labels.type, parentSchema: schema0.properties.labels, data: data35 };
          vErrors === null ? vErrors = [err83] : vErrors.push(err83), errors++;
        }
      }
      if (data.emergency !== void 0) {
        let data38 = data.emergency;
        if (!(data38 && typeof data38 == "object" && !Array.isArray(data38)) && data38 !== null) {
          let err84 = { instancePath: instancePath + "/emergency", schemaPath: "#/properties/emergency/type", keyword: "type", params: { type: schema0.properties.emergency.type }, message: "must be object,null", schema: schema0.properties.emergency.type, parentSchema: schema0.properties.emergency, data: data38 };
          vErrors === null ? vErrors = [err84] : vErrors.push(err84), errors++;
        }
        if (data38 && typeof data38 == "object" && !Array.isArray(data38)) {
          if (data38.label === void 0) {
            let err85 = { instancePath: instancePath + "/emergency", schemaPath: "#/properties/emergency/required", keyword: "required", params: { missingProperty: "label" }, message: "must have required property 'label'", schema: schema0.properties.emergency.required, parentSchema: schema0.properties.emergency, data: data38 };
            vErrors === null ? vErrors = [err85] : vErrors.push(err85), errors++;
          }
          if (data38.granted === void 0) {
            let err86 = { instancePath: instancePath + "/emergency", schemaPath: "#/properties/emergency/required", keyword: "required", params: { missingProperty: "granted" }, message: "must have required property 'granted'", schema: schema0.properties.emergency.required, parentSchema: schema0.properties.emergency, data: data38 };
            vErrors === null ? vErrors = [err86] : vErrors.push(err86), errors++;
          }
          if (data38.label !== void 0) {
            let data39 = data38.label;
            if (typeof data39 != "string") {
              let err87 = { instancePath: instancePath + "/emergency/label", schemaPath: "#/properties/emergency/properties/label/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema0.properties.emergency.properties.label.type, parentSchema: schema0.properties.emergency.properties.label, data: data39 };
              vErrors === null ? vErrors = [err87] : vErrors.push(err87), errors++;
            }
          }
          if (data38.applied_by !== void 0) {
            let data40 = data38.applied_by;
            if (typeof data40 != "string" && data40 !== null) {
              let err88 = { instancePath: instancePath + "/emergency/applied_by", schemaPath: "#/properties/emergency/properties/applied_by/type", keyword: "type", params: { type: schema0.properties.emergency.properties.applied_by.type }, message: "must be string,null", schema: schema0.properties.emergency.properties.applied_by.type, parentSchema: schema0.properties.emergency.properties.applied_by, data: data40 };
              vErrors === null ? vErrors = [err88] : vErrors.push(err88), errors++;
            }
          }
          if (data38.applied_at !== void 0) {
            let data41 = data38.applied_at;
            if (typeof data41 != "string" && data41 !== null) {
              let err89 = { instancePath: instancePath + "/emergency/applied_at", schemaPath: "#/properties/emergency/properties/applied_at/type", keyword: "type", params: { type: schema0.properties.emergency.properties.applied_at.type }, message: "must be string,null", schema: schema0.properties.emergency.properties.applied_at.type, parentSchema: schema0.properties.emergency.properties.applied_at, data: data41 };
              vErrors === null ? vErrors = [err89] : vErrors.push(err89), errors++;
            }
          }
          if (data38.granted !== void 0) {
            let data42 = data38.granted;
            if (typeof data42 != "boolean") {
              let err90 = { instancePath: instancePath + "/emergency/granted", schemaPath: "#/properties/emergency/properties/granted/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema0.properties.emergency.properties.granted.type, parentSchema: schema0.properties.emergency.properties.granted, data: data42 };
              vErrors === null ? vErrors = [err90] : vErrors.push(err90), errors++;
            }
          }
        }
      }
      if (data.evaluation !== void 0) {
        let data43 = data.evaluation;
        if (data43 && typeof data43 == "object" && !Array.isArray(data43)) {
          if (data43.at === void 0) {
            let err91 = { instancePath: instancePath + "/evaluation", schemaPath: "#/properties/evaluation/required", keyword: "required", params: { missingProperty: "at" }, message: "must have required property 'at'", schema: schema0.properties.evaluation.required, parentSchema: schema0.properties.evaluation, data: data43 };
            vErrors === null ? vErrors = [err91] : vErrors.push(err91), errors++;
          }
          if (data43.outcome === void 0) {
            let err92 = { instancePath: instancePath + "/evaluation", schemaPath: "#/properties/evaluation/required", keyword: "required", params: { missingProperty: "outcome" }, message: "must have required property 'outcome'", schema: schema0.properties.evaluation.required, parentSchema: schema0.properties.evaluation, data: data43 };
            vErrors === null ? vErrors = [err92] : vErrors.push(err92), errors++;
          }
          if (data43.summary === void 0) {
            let err93 = { instancePath: instancePath + "/evaluation", schemaPath: "#/properties/evaluation/required", keyword: "required", params: { missingProperty: "summary" }, message: "must have required property 'summary'", schema: schema0.properties.evaluation.required, parentSchema: schema0.properties.evaluation, data: data43 };
            vErrors === null ? vErrors = [err93] : vErrors.push(err93), errors++;
          }
          if (data43.findings === void 0) {
            let err94 = { instancePath: instancePath + "/evaluation", schemaPath: "#/properties/evaluation/required", keyword: "required", params: { missingProperty: "findings" }, message: "must have required property 'findings'", schema: schema0.properties.evaluation.required, parentSchema: schema0.properties.evaluation, data: data43 };
            vErrors === null ? vErrors = [err94] : vErrors.push(err94), errors++;
          }
          if (data43.at !== void 0) {
            let data44 = data43.at;
            if (typeof data44 != "string") {
              let err95 = { instancePath: instancePath + "/evaluation/at", schemaPath: "#/properties/evaluation/properties/at/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema0.properties.evaluation.properties.at.type, parentSchema: schema0.properties.evaluation.properties.at, data: data44 };
              vErrors === null ? vErrors = [err95] : vErrors.push(err95), errors++;
            }
          }
          if (data43.outcome !== void 0) {
            let data45 = data43.outcome;
            if (!(data45 === "pass" || data45 === "fail" || data45 === "error")) {
              let err96 = { instancePath: instancePath + "/evaluation/outcome", schemaPath: "#/properties/evaluation/properties/outcome/enum", keyword: "enum", params: { allowedValues: schema0.properties.evaluation.properties.outcome.enum }, message: "must be equal to one of the allowed values", schema: schema0.properties.evaluation.properties.outcome.enum, parentSchema: schema0.properties.evaluation.properties.outcome, data: data45 };
              vErrors === null ? vErrors = [err96] : vErrors.push(err96), errors++;
            }
          }
          if (data43.summary !== void 0) {
            let data46 = data43.summary;
            if (typeof data46 != "string") {
              let err97 = { instancePath: instancePath + "/evaluation/summary", schemaPath: "#/properties/evaluation/properties/summary/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema0.properties.evaluation.properties.summary.type, parentSchema: schema0.properties.evaluation.properties.summary, data: data46 };
              vErrors === null ? vErrors = [err97] : vErrors.push(err97), errors++;
            }
          }
          if (data43.findings !== void 0) {
            let data47 = data43.findings;
            if (!Array.isArray(data47)) {
              let err98 = { instancePath: instancePath + "/evaluation/findings", schemaPath: "#/properties/evaluation/properties/findings/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema0.properties.evaluation.properties.findings.type, parentSchema: schema0.properties.evaluation.properties.findings, data: data47 };
              vErrors === null ? vErrors = [err98] : vErrors.push(err98), errors++;
            }
          }
        } else {
          let err99 = { instancePath: instancePath + "/evaluation", schemaPath: "#/properties/evaluation/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema0.properties.evaluation.type, parentSchema: schema0.properties.evaluation, data: data43 };
          vErrors === null ? vErrors = [err99] : vErrors.push(err99), errors++;
        }
      }
      if (data.violations !== void 0) {
        let data48 = data.violations;
        if (Array.isArray(data48)) {
          let len4 = data48.length;
          for (let i4 = 0; i4 < len4; i4++) {
            let data49 = data48[i4];
            if (data49 && typeof data49 == "object" && !Array.isArray(data49)) {
              if (data49.rule === void 0) {
                let err100 = { instancePath: instancePath + "/violations/" + i4, schemaPath: "#/properties/violations/items/required", keyword: "required", params: { missingProperty: "rule" }, message: "must have required property 'rule'", schema: schema0.properties.violations.items.required, parentSchema: schema0.properties.violations.items, data: data49 };
                vErrors === null ? vErrors = [err100] : vErrors.push(err100), errors++;
              }
              if (data49.message === void 0) {
                let err101 = { instancePath: instancePath + "/violations/" + i4, schemaPath: "#/properties/violations/items/required", keyword: "required", params: { missingProperty: "message" }, message: "must have required property 'message'", schema: schema0.properties.violations.items.required, parentSchema: schema0.properties.violations.items, data: data49 };
                vErrors === null ? vErrors = [err101] : vErrors.push(err101), errors++;
              }
              if (data49.rule !== void 0) {
                let data50 = data49.rule;
                if (typeof data50 != "string") {
                  let err102 = { instancePath: instancePath + "/violations/" + i4 + "/rule", schemaPath: "#/properties/violations/items/properties/rule/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema0.properties.violations.items.properties.rule.type, parentSchema: schema0.properties.violations.items.properties.rule, data: data50 };
                  vErrors === null ? vErrors = [err102] : vErrors.push(err102), errors++;
                }
              }
              if (data49.message !== void 0) {
                let data51 = data49.message;
                if (typeof data51 != "string") {
                  let err103 = { instancePath: instancePath + "/violations/" + i4 + "/message", schemaPath: "#/properties/violations/items/properties/message/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema0.properties.violations.items.properties.message.type, parentSchema: schema0.properties.violations.items.properties.message, data: data51 };
                  vErrors === null ? vErrors = [err103] : vErrors.push(err103), errors++;
                }
              }
            } else {
              let err104 = { instancePath: instancePath + "/violations/" + i4, schemaPath: "#/properties/violations/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema0.properties.violations.items.type, parentSchema: schema0.properties.violations.items, data: data49 };
              vErrors === null ? vErrors = [err104] : vErrors.push(err104), errors++;
            }
          }
        } else {
          let err105 = { instancePath: instancePath + "/violations", schemaPath: "#/properties/violations/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema0.properties.violations.type, parentSchema: schema0.properties.violations, data: data48 };
          vErrors === null ? vErrors = [err105] : vErrors.push(err105), errors++;
        }
      }
      if (data.backfilled !== void 0) {
        let data52 = data.backfilled;
        if (typeof data52 != "boolean") {
          let err106 = { instancePath: instancePath + "/backfilled", schemaPath: "#/properties/backfilled/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema0.properties.backfilled.type, parentSchema: schema0.properties.backfilled, data: data52 };
          vErrors === null ? vErrors = [err106] : vErrors.push(err106), errors++;
        }
      }
      if (data.policy !== void 0) {
        let data53 = data.policy;
        if (data53 && typeof data53 == "object" && !Array.isArray(data53)) {
          if (data53.time_zone === void 0) {
            let err107 = { instancePath: instancePath + "/policy", schemaPath: "#/properties/policy/required", keyword: "required", params: { missingProperty: "time_zone" }, message: "must have required property 'time_zone'", schema: schema0.properties.policy.required, parentSchema: schema0.properties.policy, data: data53 };
            vErrors === null ? vErrors = [err107] : vErrors.push(err107), errors++;
          }
          if (data53.tzdata === void 0) {
            let err108 = { instancePath: instancePath + "/policy", schemaPath: "#/properties/policy/required", keyword: "required", params: { missingProperty: "tzdata" }, message: "must have required property 'tzdata'", schema: schema0.properties.policy.required, parentSchema: schema0.properties.policy, data: data53 };
            vErrors === null ? vErrors = [err108] : vErrors.push(err108), errors++;
          }
          if (data53.config_path === void 0) {
            let err109 = { instancePath: instancePath + "/policy", schemaPath: "#/properties/policy/required", keyword: "required", params: { missingProperty: "config_path" }, message: "must have required property 'config_path'", schema: schema0.properties.policy.required, parentSchema: schema0.properties.policy, data: data53 };
            vErrors === null ? vErrors = [err109] : vErrors.push(err109), errors++;
          }
          if (data53.config_sha256 === void 0) {
            let err110 = { instancePath: instancePath + "/policy", schemaPath: "#/properties/policy/required", keyword: "required", params: { missingProperty: "config_sha256" }, message: "must have required property 'config_sha256'", schema: schema0.properties.policy.required, parentSchema: schema0.properties.policy, data: data53 };
            vErrors === null ? vErrors = [err110] : vErrors.push(err110), errors++;
          }
          if (data53.codeowners_path === void 0) {
            let err111 = { instancePath: instancePath + "/policy", schemaPath: "#/properties/policy/required", keyword: "required", params: { missingProperty: "codeowners_path" }, message: "must have required property 'codeowners_path'", schema: schema0.properties.policy.required, parentSchema: schema0.properties.policy, data: data53 };
            vErrors === null ? vErrors = [err111] : vErrors.push(err111), errors++;
          }
          if (data53.codeowners_sha256 === void 0) {
            let err112 = { instancePath: instancePath + "/policy", schemaPath: "#/properties/policy/required", keyword: "required", params: { missingProperty: "codeowners_sha256" }, message: "must have required property 'codeowners_sha256'", schema: schema0.properties.policy.required, parentSchema: schema0.properties.policy, data: data53 };
            vErrors === null ? vErrors = [err112] : vErrors.push(err112), errors++;
          }
          for (let key5 in data53)
            if (!(key5 === "time_zone" || key5 === "tzdata" || key5 === "config_path" || key5 === "config_sha256" || key5 === "codeowners_path" || key5 === "codeowners_sha256")) {
              let err113 = { instancePath: instancePath + "/policy", schemaPath: "#/properties/policy/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key5 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema0.properties.policy, data: data53 };
              vErrors === null ? vErrors = [err113] : vErrors.push(err113), errors++;
            }
          if (data53.time_zone !== void 0) {
            let data54 = data53.time_zone;
            if (typeof data54 != "string") {
              let err114 = { instancePath: instancePath + "/policy/time_zone", schemaPath: "#/properties/policy/properties/time_zone/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema0.properties.policy.properties.time_zone.type, parentSchema: schema0.properties.policy.properties.time_zone, data: data54 };
              vErrors === null ? vErrors = [err114] : vErrors.push(err114), errors++;
            }
          }
          if (data53.tzdata !== void 0) {
            let data55 = data53.tzdata;
            if (typeof data55 != "string" && data55 !== null) {
              let err115 = { instancePath: instancePath + "/policy/tzdata", schemaPath: "#/properties/policy/properties/tzdata/type", keyword: "type", params: { type: schema0.properties.policy.properties.tzdata.type }, message: "must be string,null", schema: schema0.properties.policy.properties.tzdata.type, parentSchema: schema0.properties.policy.properties.tzdata, data: data55 };
              vErrors === null ? vErrors = [err115] : vErrors.push(err115), errors++;
            }
          }
          if (data53.config_path !== void 0) {
            let data56 = data53.config_path;
            if (typeof data56 != "string") {
              let err116 = { instancePath: instancePath + "/policy/config_path", schemaPath: "#/properties/policy/properties/config_path/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema0.properties.policy.properties.config_path.type, parentSchema: schema0.properties.policy.properties.config_path, data: data56 };
              vErrors === null ? vErrors = [err116] : vErrors.push(err116), errors++;
            }
          }
          if (data53.config_sha256 !== void 0) {
            let data57 = data53.config_sha256;
            if (typeof data57 != "string" && data57 !== null) {
              let err117 = { instancePath: instancePath + "/policy/config_sha256", schemaPath: "#/properties/policy/properties/config_sha256/type", keyword: "type", params: { type: schema0.properties.policy.properties.config_sha256.type }, message: "must be string,null", schema: schema0.properties.policy.properties.config_sha256.type, parentSchema: schema0.properties.policy.properties.config_sha256, data: data57 };
              vErrors === null ? vErrors = [err117] : vErrors.push(err117), errors++;
            }
          }
          if (data53.codeowners_path !== void 0) {
            let data58 = data53.codeowners_path;
            if (typeof data58 != "string" && data58 !== null) {
              let err118 = { instancePath: instancePath + "/policy/codeowners_path", schemaPath: "#/properties/policy/properties/codeowners_path/type", keyword: "type", params: { type: schema0.properties.policy.properties.codeowners_path.type }, message: "must be string,null", schema: schema0.properties.policy.properties.codeowners_path.type, parentSchema: schema0.properties.policy.properties.codeowners_path, data: data58 };
              vErrors === null ? vErrors = [err118] : vErrors.push(err118), errors++;
            }
          }
          if (data53.codeowners_sha256 !== void 0) {
            let data59 = data53.codeowners_sha256;
            if (typeof data59 != "string" && data59 !== null) {
              let err119 = { instancePath: instancePath + "/policy/codeowners_sha256", schemaPath: "#/properties/policy/properties/codeowners_sha256/type", keyword: "type", params: { type: schema0.properties.policy.properties.codeowners_sha256.type }, message: "must be string,null", schema: schema0.properties.policy.properties.codeowners_sha256.type, parentSchema: schema0.properties.policy.properties.codeowners_sha256, data: data59 };
              vErrors === null ? vErrors = [err119] : vErrors.push(err119), errors++;
            }
          }
        } else {
          let err120 = { instancePath: instancePath + "/policy", schemaPath: "#/properties/policy/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema0.properties.policy.type, parentSchema: schema0.properties.policy, data: data53 };
          vErrors === null ? vErrors = [err120] : vErrors.push(err120), errors++;
        }
      }
      if (data.tool !== void 0) {
        let data60 = data.tool;
        if (data60 && typeof data60 == "object" && !Array.isArray(data60)) {
          if (data60.name === void 0) {
            let err121 = { instancePath: instancePath + "/tool", schemaPath: "#/properties/tool/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema0.properties.tool.required, parentSchema: schema0.properties.tool, data: data60 };
            vErrors === null ? vErrors = [err121] : vErrors.push(err121), errors++;
          }
          if (data60.version === void 0) {
            let err122 = { instancePath: instancePath + "/tool", schemaPath: "#/properties/tool/required", keyword: "required", params: { missingProperty: "version" }, message: "must have required property 'version'", schema: schema0.properties.tool.required, parentSchema: schema0.properties.tool, data: data60 };
            vErrors === null ? vErrors = [err122] : vErrors.push(err122), errors++;
          }
          for (let key6 in data60)
            if (!(key6 === "name" || key6 === "version")) {
              let err123 = { instancePath: instancePath + "/tool", schemaPath: "#/properties/tool/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key6 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema0.properties.tool, data: data60 };
              vErrors === null ? vErrors = [err123] : vErrors.push(err123), errors++;
            }
          if (data60.name !== void 0) {
            let data61 = data60.name;
            if (data61 !== "upgrade-gate") {
              let err124 = { instancePath: instancePath + "/tool/name", schemaPath: "#/properties/tool/properties/name/const", keyword: "const", params: { allowedValue: "upgrade-gate" }, message: "must be equal to constant", schema: "upgrade-gate", parentSchema: schema0.properties.tool.properties.name, data: data61 };
              vErrors === null ? vErrors = [err124] : vErrors.push(err124), errors++;
            }
          }
          if (data60.version !== void 0) {
            let data62 = data60.version;
            if (typeof data62 != "string") {
              let err125 = { instancePath: instancePath + "/tool/version", schemaPath: "#/properties/tool/properties/version/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema0.properties.tool.properties.version.type, parentSchema: schema0.properties.tool.properties.version, data: data62 };
              vErrors === null ? vErrors = [err125] : vErrors.push(err125), errors++;
            }
          }
        } else {
          let err126 = { instancePath: instancePath + "/tool", schemaPath: "#/properties/tool/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema0.properties.tool.type, parentSchema: schema0.properties.tool, data: data60 };
          vErrors === null ? vErrors = [err126] : vErrors.push(err126), errors++;
        }
      }
      if (data.previous_sha256 !== void 0) {
        let data63 = data.previous_sha256;
        if (typeof data63 != "string" && data63 !== null) {
          let err127 = { instancePath: instancePath + "/previous_sha256", schemaPath: "#/properties/previous_sha256/type", keyword: "type", params: { type: schema0.properties.previous_sha256.type }, message: "must be string,null", schema: schema0.properties.previous_sha256.type, parentSchema: schema0.properties.previous_sha256, data: data63 };
          vErrors === null ? vErrors = [err127] : vErrors.push(err127), errors++;
        }
        if (typeof data63 == "string" && !pattern0.test(data63)) {
          let err128 = { instancePath: instancePath + "/previous_sha256", schemaPath: "#/properties/previous_sha256/pattern", keyword: "pattern", params: { pattern: "^[0-9a-f]{64}$" }, message: 'must match pattern "^[0-9a-f]{64}$"', schema: "^[0-9a-f]{64}$", parentSchema: schema0.properties.previous_sha256, data: data63 };
          vErrors === null ? vErrors = [err128] : vErrors.push(err128), errors++;
        }
      }
      if (data.sha256 !== void 0) {
        let data64 = data.sha256;
        if (typeof data64 == "string") {
          if (!pattern0.test(data64)) {
            let err129 = { instancePath: instancePath + "/sha256", schemaPath: "#/properties/sha256/pattern", keyword: "pattern", params: { pattern: "^[0-9a-f]{64}$" }, message: 'must match pattern "^[0-9a-f]{64}$"', schema: "^[0-9a-f]{64}$", parentSchema: schema0.properties.sha256, data: data64 };
            vErrors === null ? vErrors = [err129] : vErrors.push(err129), errors++;
          }
        } else {
          let err130 = { instancePath: instancePath + "/sha256", schemaPath: "#/properties/sha256/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema0.properties.sha256.type, parentSchema: schema0.properties.sha256, data: data64 };
          vErrors === null ? vErrors = [err130] : vErrors.push(err130), errors++;
        }
      }
    } else {
      let err131 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema0.type, parentSchema: schema0, data };
      vErrors === null ? vErrors = [err131] : vErrors.push(err131), errors++;
    }
    return validate0.errors = vErrors, errors === 0;
  }
  return validate0.evaluated = { props: !0, dynamicProps: !1, dynamicItems: !1 }, module.exports;
});
var archive_record_v1_schema_default = schema;

// schemas/archive-record-v2.schema.json
var schema2 = JSON.parse(`{"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://upgrade-gate.dev/schemas/archive-record-v2.schema.json","title":"Archive record (upgrade-gate/archive-record/v2) \xB7 \u5347\u7EA7\u6863\u6848\u8BB0\u5F55\uFF08\u7B2C\u4E8C\u7248\u683C\u5F0F\uFF09","description":"What auditors read for one merged upgrade pull request: the documents as merged with the Git blob and sha256 of each and of every evidence file they reference, who approved, the evaluation at merge time, any rule the merge broke, and a hash chain (sha256 over the RFC 8785 canonical JSON) that shows nothing was edited, removed or reordered. Format version 2, frozen: records written before format 3 keep verifying against this; format 1 records keep their own schema (archive-record-v1.schema.json).\\n\\n\u5BA1\u8BA1\u65F6\u67E5\u9605\u7684\u4E00\u6761\u8BB0\u5F55\uFF0C\u5BF9\u5E94\u4E00\u4E2A\u5DF2\u5408\u5E76\u7684\u5347\u7EA7 PR\uFF1A\u5408\u5E76\u65F6\u7684\u5347\u7EA7\u6587\u6863\u53CA\u5176 Git blob \u548C sha256\uFF0C\u6587\u6863\u5F15\u7528\u7684\u6BCF\u4E2A\u4F50\u8BC1\u6750\u6599\u7684 blob \u548C sha256\uFF0C\u5BA1\u6279\u4EBA\uFF0C\u5408\u5E76\u65F6\u7684\u68C0\u67E5\u7ED3\u679C\uFF0C\u5408\u5E76\u8FDD\u53CD\u7684\u89C4\u5219\uFF0C\u4EE5\u53CA\u8BC1\u660E\u8BB0\u5F55\u672A\u88AB\u4FEE\u6539\u3001\u5220\u9664\u6216\u8C03\u6362\u987A\u5E8F\u7684\u54C8\u5E0C\u94FE\uFF08\u5BF9 RFC 8785 \u89C4\u8303 JSON \u8BA1\u7B97 sha256\uFF09\u3002\u7B2C 2 \u7248\u683C\u5F0F\uFF0C\u5DF2\u51BB\u7ED3\uFF1A\u7B2C 3 \u7248\u4E4B\u524D\u5199\u5165\u7684\u8BB0\u5F55\u4ECD\u6309\u5B83\u6821\u9A8C\uFF1B\u7B2C 1 \u7248\u8BB0\u5F55\u4F7F\u7528\u5404\u81EA\u7684 Schema\uFF08archive-record-v1.schema.json\uFF09\u3002","type":"object","additionalProperties":false,"required":["format","sequence","documents","pull_request","approvals","labels","emergency","evaluation","violations","backfilled","policy","tool","previous_sha256","sha256"],"$defs":{"sha256":{"description":"Lower-case hex sha256.\\n\\n\u5C0F\u5199\u5341\u516D\u8FDB\u5236\u7684 sha256\u3002","type":"string","pattern":"^[0-9a-f]{64}$"},"gitSha":{"description":"Lower-case hex Git object id (SHA-1 or SHA-256 repositories).\\n\\n\u5C0F\u5199\u5341\u516D\u8FDB\u5236\u7684 Git \u5BF9\u8C61\u7F16\u53F7\uFF08SHA-1 \u6216 SHA-256 \u4ED3\u5E93\uFF09\u3002","type":"string","pattern":"^([0-9a-f]{40}|[0-9a-f]{64})$"},"instant":{"description":"A UTC instant (RFC 3339, Z).\\n\\nUTC \u65F6\u523B\uFF08RFC 3339\uFF0C\u4EE5 Z \u7ED3\u5C3E\uFF09\u3002","type":"string","pattern":"^\\\\d{4}-\\\\d{2}-\\\\d{2}T\\\\d{2}:\\\\d{2}:\\\\d{2}(\\\\.\\\\d{1,9})?Z$"},"login":{"description":"A GitHub login.\\n\\nGitHub \u7528\u6237\u540D\u3002","type":"string","minLength":1,"maxLength":100},"pin":{"description":"A file pinned by content: its path, Git blob id and sha256 at the merge (null: absent at the merge).\\n\\n\u6309\u5185\u5BB9\u56FA\u5B9A\u7684\u6587\u4EF6\uFF1A\u5408\u5E76\u65F6\u7684\u8DEF\u5F84\u3001Git blob \u7F16\u53F7\u548C sha256\uFF08null \u8868\u793A\u5408\u5E76\u65F6\u4E0D\u5B58\u5728\uFF09\u3002","type":"object","additionalProperties":false,"required":["path","blob_sha","sha256"],"properties":{"path":{"description":"Path in the repository.\\n\\n\u4ED3\u5E93\u4E2D\u7684\u8DEF\u5F84\u3002","type":"string","minLength":1,"maxLength":1024},"blob_sha":{"description":"Git blob id of the file as merged (null: the file did not exist).\\n\\n\u5408\u5E76\u65F6\u8BE5\u6587\u4EF6\u7684 Git blob \u7F16\u53F7\uFF08null \u8868\u793A\u6587\u4EF6\u4E0D\u5B58\u5728\uFF09\u3002","anyOf":[{"$ref":"#/$defs/gitSha"},{"type":"null"}]},"sha256":{"description":"sha256 of the file's bytes as merged (null: the file did not exist).\\n\\n\u5408\u5E76\u65F6\u8BE5\u6587\u4EF6\u5185\u5BB9\u7684 sha256\uFF08null \u8868\u793A\u6587\u4EF6\u4E0D\u5B58\u5728\uFF09\u3002","anyOf":[{"$ref":"#/$defs/sha256"},{"type":"null"}]}}}},"properties":{"format":{"description":"Record format version.\\n\\n\u8BB0\u5F55\u7684\u683C\u5F0F\u7248\u672C\u3002","const":"upgrade-gate/archive-record/v2"},"sequence":{"description":"Position in the archive's hash chain, starting at 1.\\n\\n\u5728\u5347\u7EA7\u6863\u6848\u54C8\u5E0C\u94FE\u4E2D\u7684\u5E8F\u53F7\uFF0C\u4ECE 1 \u5F00\u59CB\u3002","type":"integer","minimum":1,"maximum":1000000000},"documents":{"description":"The upgrade documents as merged.\\n\\n\u5408\u5E76\u65F6\u7684\u5347\u7EA7\u6587\u6863\u3002","type":"array","maxItems":100,"items":{"type":"object","additionalProperties":false,"required":["path","text","blob_sha","sha256","evidence","id","system","environment","type","version","features","form"],"properties":{"path":{"description":"Path in the repository.\\n\\n\u4ED3\u5E93\u4E2D\u7684\u8DEF\u5F84\u3002","type":"string","minLength":1,"maxLength":1024},"text":{"description":"The document's YAML exactly as merged.\\n\\n\u5408\u5E76\u65F6\u7684\u6587\u6863 YAML \u539F\u6587\uFF0C\u4E00\u5B57\u4E0D\u6539\u3002","type":"string","maxLength":1048576},"blob_sha":{"description":"Git blob id of the document's text.\\n\\n\u6587\u6863\u6587\u672C\u7684 Git blob \u7F16\u53F7\u3002","$ref":"#/$defs/gitSha"},"sha256":{"description":"sha256 of the document's text (UTF-8).\\n\\n\u6587\u6863\u6587\u672C\uFF08UTF-8\uFF09\u7684 sha256\u3002","$ref":"#/$defs/sha256"},"evidence":{"description":"Every evidence file the document references (acceptance, gray-test report), pinned as merged.\\n\\n\u6587\u6863\u5F15\u7528\u7684\u6BCF\u4E2A\u4F50\u8BC1\u6750\u6599\uFF08\u7528\u6237\u9A8C\u8BC1\u3001\u7070\u5EA6\u6D4B\u8BD5\u62A5\u544A\uFF09\uFF0C\u6309\u5408\u5E76\u65F6\u7684\u5185\u5BB9\u56FA\u5B9A\u3002","type":"array","maxItems":100,"items":{"$ref":"#/$defs/pin"}},"id":{"description":"Approval form NO.\\n\\n\u751F\u4EA7\u73AF\u5883\u5347\u7EA7\u5BA1\u6279\u5355\u7F16\u53F7\u3002","type":["string","null"],"maxLength":200},"system":{"description":"System upgraded.\\n\\n\u5347\u7EA7\u7684\u7CFB\u7EDF\u3002","type":["string","null"],"maxLength":200},"environment":{"description":"production or gray.\\n\\nproduction\uFF08\u751F\u4EA7\u73AF\u5883\uFF09\u6216 gray\uFF08\u7070\u5EA6\u73AF\u5883\uFF09\u3002","type":["string","null"],"maxLength":50},"type":{"description":"regular or emergency.\\n\\nregular\uFF08\u5E38\u89C4\u5347\u7EA7\uFF09\u6216 emergency\uFF08\u7D27\u6025\u5347\u7EA7\uFF09\u3002","type":["string","null"],"maxLength":50},"version":{"description":"Release from and to.\\n\\n\u5347\u7EA7\u524D\u540E\u7684\u7248\u672C\u3002","type":["object","null"],"additionalProperties":false,"required":["from","to"],"properties":{"from":{"description":"Version before.\\n\\n\u5347\u7EA7\u524D\u7684\u7248\u672C\u3002","type":"string","maxLength":200},"to":{"description":"Version after.\\n\\n\u5347\u7EA7\u540E\u7684\u7248\u672C\u3002","type":"string","maxLength":200}}},"features":{"description":"Attachment 2, the feature list.\\n\\n\u9644\u4EF6\u4E8C\uFF0C\u751F\u4EA7\u73AF\u5883\u5347\u7EA7\u529F\u80FD\u6E05\u5355\u3002","type":"array","maxItems":10000,"items":{"type":"object"}},"form":{"description":"Attachment 1, the approval form, as rendered at merge.\\n\\n\u9644\u4EF6\u4E00\uFF0C\u5408\u5E76\u65F6\u751F\u6210\u7684\u751F\u4EA7\u73AF\u5883\u5347\u7EA7\u5BA1\u6279\u5355\u3002","type":["object","null"]}}}},"pull_request":{"description":"The merged pull request.\\n\\n\u5DF2\u5408\u5E76\u7684 PR\u3002","type":"object","additionalProperties":false,"required":["number","title","url","author","base_ref","base_sha","head_sha","merge_sha","merged_at","merged_by"],"properties":{"number":{"description":"PR number.\\n\\nPR \u7F16\u53F7\u3002","type":"integer","minimum":1},"title":{"description":"PR title.\\n\\nPR \u6807\u9898\u3002","type":"string","maxLength":1024},"url":{"description":"PR web address.\\n\\nPR \u7F51\u5740\u3002","type":["string","null"],"maxLength":2048},"author":{"description":"Who opened it.\\n\\n\u521B\u5EFA\u4EBA\u3002","$ref":"#/$defs/login"},"base_ref":{"description":"Target branch.\\n\\n\u76EE\u6807\u5206\u652F\u3002","type":"string","maxLength":255},"base_sha":{"description":"Base commit evaluated against.\\n\\n\u68C0\u67E5\u65F6\u6240\u5BF9\u7167\u7684\u57FA\u7840\u63D0\u4EA4\u3002","$ref":"#/$defs/gitSha"},"head_sha":{"description":"Head commit merged.\\n\\n\u5408\u5E76\u7684\u6700\u65B0\u63D0\u4EA4\u3002","$ref":"#/$defs/gitSha"},"merge_sha":{"description":"The merge commit.\\n\\n\u5408\u5E76\u63D0\u4EA4\u3002","anyOf":[{"$ref":"#/$defs/gitSha"},{"type":"null"}]},"merged_at":{"description":"When it merged (UTC instant).\\n\\n\u5408\u5E76\u65F6\u95F4\uFF08UTC \u65F6\u523B\uFF09\u3002","$ref":"#/$defs/instant"},"merged_by":{"description":"Who merged it.\\n\\n\u5408\u5E76\u4EBA\u3002","anyOf":[{"$ref":"#/$defs/login"},{"type":"null"}]}}},"approvals":{"description":"The approvals that counted, one per document and role.\\n\\n\u8BA1\u5165\u7684\u5BA1\u6279\uFF0C\u6BCF\u4EFD\u6587\u6863\u7684\u6BCF\u4E2A\u89D2\u8272\u4E00\u6761\u3002","type":"array","maxItems":100,"items":{"type":"object","additionalProperties":false,"required":["role","title","login","review_id","commit_id","submitted_at"],"properties":{"role":{"description":"Role id.\\n\\n\u89D2\u8272\u7F16\u53F7\u3002","type":"string","maxLength":100},"title":{"description":"Role title in English and Chinese.\\n\\n\u89D2\u8272\u7684\u4E2D\u82F1\u6587\u540D\u79F0\u3002","type":"object"},"login":{"description":"Approver.\\n\\n\u5BA1\u6279\u4EBA\u3002","$ref":"#/$defs/login"},"via":{"description":"The CODEOWNERS entry of the document through which the approver signed (@org/team or @user).\\n\\n\u5BA1\u6279\u4EBA\u636E\u4EE5\u7B7E\u6279\u7684\u8BE5\u6587\u6863 CODEOWNERS \u6240\u6709\u8005\uFF08@\u7EC4\u7EC7/\u56E2\u961F \u6216 @\u7528\u6237\u540D\uFF09\u3002","type":"string","maxLength":200},"document":{"description":"The upgrade document this signature is for.\\n\\n\u8FD9\u6B21\u7B7E\u6279\u6240\u9488\u5BF9\u7684\u5347\u7EA7\u6587\u6863\u3002","type":"string","maxLength":1000},"review_id":{"description":"GitHub review id.\\n\\nGitHub \u5BA1\u67E5\uFF08review\uFF09\u7F16\u53F7\u3002","type":"integer"},"commit_id":{"description":"Commit the approver reviewed.\\n\\n\u5BA1\u6279\u4EBA\u5BA1\u67E5\u7684\u63D0\u4EA4\u3002","type":"string","maxLength":64},"submitted_at":{"description":"When (UTC instant).\\n\\n\u65F6\u95F4\uFF08UTC \u65F6\u523B\uFF09\u3002","$ref":"#/$defs/instant"}}}},"labels":{"description":"Labels at merge, with who applied each when known.\\n\\n\u5408\u5E76\u65F6\u7684\u6807\u7B7E\uFF0C\u5DF2\u77E5\u65F6\u6CE8\u660E\u6DFB\u52A0\u4EBA\u3002","type":"array","maxItems":100,"items":{"type":"object","required":["name"],"properties":{"name":{"description":"Label.\\n\\n\u6807\u7B7E\u3002","type":"string","maxLength":100}}}},"emergency":{"description":"The emergency bypass, when requested: who applied the label and when, and whether it was granted.\\n\\n\u7533\u8BF7\u7D27\u6025\u5347\u7EA7\u65F6\u7684\u8BB0\u5F55\uFF1A\u8C01\u5728\u4F55\u65F6\u6DFB\u52A0\u4E86\u6807\u7B7E\uFF0C\u4EE5\u53CA\u662F\u5426\u51C6\u4E88\u3002","type":["object","null"],"required":["label","granted"],"properties":{"label":{"description":"Label name.\\n\\n\u6807\u7B7E\u540D\u79F0\u3002","type":"string","maxLength":100},"applied_by":{"description":"Who applied it.\\n\\n\u6DFB\u52A0\u4EBA\u3002","type":["string","null"],"maxLength":100},"applied_at":{"description":"When (UTC instant).\\n\\n\u65F6\u95F4\uFF08UTC \u65F6\u523B\uFF09\u3002","type":["string","null"],"maxLength":40},"granted":{"description":"Whether the day rule was waived.\\n\\n\u662F\u5426\u514D\u9664\u4E86\u5347\u7EA7\u65E5\u9650\u5236\u3002","type":"boolean"}}},"evaluation":{"description":"The evaluation at merge time.\\n\\n\u5408\u5E76\u65F6\u7684\u68C0\u67E5\u7ED3\u679C\u3002","type":"object","required":["at","outcome","summary","findings"],"properties":{"at":{"description":"The moment evaluated (the merge time, UTC).\\n\\n\u68C0\u67E5\u6240\u4F9D\u636E\u7684\u65F6\u523B\uFF08\u5408\u5E76\u65F6\u95F4\uFF0CUTC\uFF09\u3002","$ref":"#/$defs/instant"},"outcome":{"description":"pass, fail or error.\\n\\npass\uFF08\u901A\u8FC7\uFF09\u3001fail\uFF08\u4E0D\u901A\u8FC7\uFF09\u6216 error\uFF08\u51FA\u9519\uFF09\u3002","enum":["pass","fail","error"]},"summary":{"description":"One line.\\n\\n\u4E00\u884C\u6458\u8981\u3002","type":"string","maxLength":10000},"findings":{"description":"Every finding.\\n\\n\u5168\u90E8\u68C0\u67E5\u95EE\u9898\u3002","type":"array","maxItems":10000}}},"violations":{"description":"Rules the merge broke (empty for a clean merge). A non-empty list is a policy violation.\\n\\n\u5408\u5E76\u8FDD\u53CD\u7684\u89C4\u5219\uFF08\u5408\u89C4\u5408\u5E76\u65F6\u4E3A\u7A7A\uFF09\u3002\u4E0D\u4E3A\u7A7A\u5373\u4E3A\u8FDD\u89C4\u3002","type":"array","maxItems":10000,"items":{"type":"object","required":["rule","message"],"properties":{"rule":{"description":"Rule id.\\n\\n\u89C4\u5219\u7F16\u53F7\u3002","type":"string","maxLength":100},"message":{"description":"What was broken.\\n\\n\u8FDD\u53CD\u7684\u5185\u5BB9\u3002","type":"string","maxLength":10000}}}},"policy_change":{"description":"Present when the merged PR changed policy files (the configuration, CODEOWNERS, workflows, the configured policy-files): which, the role that owns the policy, and whether that role approved the exact change before the merge (its approval is among approvals, without a document).\\n\\n\u5408\u5E76\u7684 PR \u4FEE\u6539\u4E86\u7B56\u7565\u6587\u4EF6\uFF08\u914D\u7F6E\u3001CODEOWNERS\u3001\u5DE5\u4F5C\u6D41\u6216\u914D\u7F6E\u7684 policy-files\uFF09\u65F6\u624D\u6709\uFF1A\u6539\u4E86\u54EA\u4E9B\u6587\u4EF6\u3001\u7B56\u7565\u7684\u8D1F\u8D23\u89D2\u8272\uFF0C\u4EE5\u53CA\u8BE5\u89D2\u8272\u662F\u5426\u5728\u5408\u5E76\u524D\u6279\u51C6\u4E86\u8FD9\u4E00\u786E\u5207\u53D8\u66F4\uFF08\u5176\u5BA1\u6279\u5217\u5728 approvals \u4E2D\uFF0C\u4E0D\u5BF9\u5E94\u6587\u6863\uFF09\u3002","type":"object","additionalProperties":false,"required":["files","owner","approved"],"properties":{"files":{"description":"The policy files the PR changed.\\n\\nPR \u4FEE\u6539\u7684\u7B56\u7565\u6587\u4EF6\u3002","type":"array","maxItems":1000,"items":{"type":"string","maxLength":1000}},"owner":{"description":"The policy-owner role id.\\n\\n\u7B56\u7565\u8D1F\u8D23\u89D2\u8272\u7684\u7F16\u53F7\u3002","type":"string","maxLength":100},"approved":{"description":"Whether the policy owner's approval counted.\\n\\n\u7B56\u7565\u8D1F\u8D23\u4EBA\u7684\u5BA1\u6279\u662F\u5426\u8BA1\u5165\u3002","type":"boolean"}}},"backfilled":{"description":"True when written later by a scheduled run because the merge-time run left no record.\\n\\n\u5408\u5E76\u65F6\u7684\u8FD0\u884C\u6CA1\u6709\u7559\u4E0B\u8BB0\u5F55\u3001\u7531\u4E4B\u540E\u7684\u5B9A\u65F6\u8FD0\u884C\u8865\u5199\u65F6\u4E3A true\u3002","type":"boolean"},"policy":{"description":"The policy that applied: time zone, time-zone database, and digests of the base branch's config and CODEOWNERS.\\n\\n\u9002\u7528\u7684\u7B56\u7565\uFF1A\u65F6\u533A\u3001\u65F6\u533A\u6570\u636E\u5E93\u7248\u672C\uFF0C\u4EE5\u53CA\u57FA\u7840\u5206\u652F\u4E0A\u914D\u7F6E\u548C CODEOWNERS \u7684\u6458\u8981\u3002","type":"object","additionalProperties":false,"required":["time_zone","tzdata","config_path","config_sha256","codeowners_path","codeowners_sha256"],"properties":{"time_zone":{"description":"Policy time zone (IANA name).\\n\\n\u7B56\u7565\u65F6\u533A\uFF08IANA \u540D\u79F0\uFF09\u3002","type":"string","minLength":1,"maxLength":64},"tzdata":{"description":"Time-zone database version of the runtime.\\n\\n\u8FD0\u884C\u73AF\u5883\u7684\u65F6\u533A\u6570\u636E\u5E93\u7248\u672C\u3002","type":["string","null"],"maxLength":32},"config_path":{"description":"Config file path.\\n\\n\u914D\u7F6E\u6587\u4EF6\u8DEF\u5F84\u3002","type":"string","maxLength":1024},"config_sha256":{"description":"sha256 of the config text (null: absent, defaults used).\\n\\n\u914D\u7F6E\u6587\u672C\u7684 sha256\uFF08null \u8868\u793A\u6CA1\u6709\u914D\u7F6E\u6587\u4EF6\uFF0C\u4F7F\u7528\u9ED8\u8BA4\u503C\uFF09\u3002","anyOf":[{"$ref":"#/$defs/sha256"},{"type":"null"}]},"codeowners_path":{"description":"CODEOWNERS path.\\n\\nCODEOWNERS \u8DEF\u5F84\u3002","type":["string","null"],"maxLength":1024},"codeowners_sha256":{"description":"sha256 of CODEOWNERS.\\n\\nCODEOWNERS \u7684 sha256\u3002","anyOf":[{"$ref":"#/$defs/sha256"},{"type":"null"}]}}},"tool":{"description":"The upgrade-gate that wrote the record.\\n\\n\u5199\u5165\u8FD9\u6761\u8BB0\u5F55\u7684 upgrade-gate\u3002","type":"object","additionalProperties":false,"required":["name","version"],"properties":{"name":{"description":"Tool name.\\n\\n\u5DE5\u5177\u540D\u79F0\u3002","const":"upgrade-gate"},"version":{"description":"Tool version.\\n\\n\u5DE5\u5177\u7248\u672C\u3002","type":"string","maxLength":64}}},"previous_sha256":{"description":"sha256 of the previous record (null for the first).\\n\\n\u4E0A\u4E00\u6761\u8BB0\u5F55\u7684 sha256\uFF08\u7B2C\u4E00\u6761\u4E3A null\uFF09\u3002","anyOf":[{"$ref":"#/$defs/sha256"},{"type":"null"}]},"sha256":{"description":"sha256 of the RFC 8785 canonical JSON of this record without this field.\\n\\n\u672C\u8BB0\u5F55\u53BB\u6389\u6B64\u5B57\u6BB5\u540E\u6309 RFC 8785 \u89C4\u8303\u5316\u7684 JSON \u7684 sha256\u3002","$ref":"#/$defs/sha256"}}}`);
registerValidator(schema2.$id, () => {
  let module = { exports: {} };
  module.exports = validate0, module.exports.default = validate0;
  let schema0 = { $schema: "https://json-schema.org/draft/2020-12/schema", $id: "https://upgrade-gate.dev/schemas/archive-record-v2.schema.json", title: "Archive record (upgrade-gate/archive-record/v2) \xB7 \u5347\u7EA7\u6863\u6848\u8BB0\u5F55\uFF08\u7B2C\u4E8C\u7248\u683C\u5F0F\uFF09", description: `What auditors read for one merged upgrade pull request: the documents as merged with the Git blob and sha256 of each and of every evidence file they reference, who approved, the evaluation at merge time, any rule the merge broke, and a hash chain (sha256 over the RFC 8785 canonical JSON) that shows nothing was edited, removed or reordered. Format version 2, frozen: records written before format 3 keep verifying against this; format 1 records keep their own schema (archive-record-v1.schema.json).

\u5BA1\u8BA1\u65F6\u67E5\u9605\u7684\u4E00\u6761\u8BB0\u5F55\uFF0C\u5BF9\u5E94\u4E00\u4E2A\u5DF2\u5408\u5E76\u7684\u5347\u7EA7 PR\uFF1A\u5408\u5E76\u65F6\u7684\u5347\u7EA7\u6587\u6863\u53CA\u5176 Git blob \u548C sha256\uFF0C\u6587\u6863\u5F15\u7528\u7684\u6BCF\u4E2A\u4F50\u8BC1\u6750\u6599\u7684 blob \u548C sha256\uFF0C\u5BA1\u6279\u4EBA\uFF0C\u5408\u5E76\u65F6\u7684\u68C0\u67E5\u7ED3\u679C\uFF0C\u5408\u5E76\u8FDD\u53CD\u7684\u89C4\u5219\uFF0C\u4EE5\u53CA\u8BC1\u660E\u8BB0\u5F55\u672A\u88AB\u4FEE\u6539\u3001\u5220\u9664\u6216\u8C03\u6362\u987A\u5E8F\u7684\u54C8\u5E0C\u94FE\uFF08\u5BF9 RFC 8785 \u89C4\u8303 JSON \u8BA1\u7B97 sha256\uFF09\u3002\u7B2C 2 \u7248\u683C\u5F0F\uFF0C\u5DF2\u51BB\u7ED3\uFF1A\u7B2C 3 \u7248\u4E4B\u524D\u5199\u5165\u7684\u8BB0\u5F55\u4ECD\u6309\u5B83\u6821\u9A8C\uFF1B\u7B2C 1 \u7248\u8BB0\u5F55\u4F7F\u7528\u5404\u81EA\u7684 Schema\uFF08archive-record-v1.schema.json\uFF09\u3002`, type: "object", additionalProperties: !1, required: ["format", "sequence", "documents", "pull_request", "approvals", "labels", "emergency", "evaluation", "violations", "backfilled", "policy", "tool", "previous_sha256", "sha256"], $defs: { sha256: { description: `Lower-case hex sha256.

\u5C0F\u5199\u5341\u516D\u8FDB\u5236\u7684 sha256\u3002`, type: "string", pattern: "^[0-9a-f]{64}$" }, gitSha: { description: `Lower-case hex Git object id (SHA-1 or SHA-256 repositories).

\u5C0F\u5199\u5341\u516D\u8FDB\u5236\u7684 Git \u5BF9\u8C61\u7F16\u53F7\uFF08SHA-1 \u6216 SHA-256 \u4ED3\u5E93\uFF09\u3002`, type: "string", pattern: "^([0-9a-f]{40}|[0-9a-f]{64})$" }, instant: { description: `A UTC instant (RFC 3339, Z).

UTC \u65F6\u523B\uFF08RFC 3339\uFF0C\u4EE5 Z \u7ED3\u5C3E\uFF09\u3002`, type: "string", pattern: "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,9})?Z$" }, login: { description: `A GitHub login.

GitHub \u7528\u6237\u540D\u3002`, type: "string", minLength: 1, maxLength: 100 }, pin: { description: `A file pinned by content: its path, Git blob id and sha256 at the merge (null: absent at the merge).

\u6309\u5185\u5BB9\u56FA\u5B9A\u7684\u6587\u4EF6\uFF1A\u5408\u5E76\u65F6\u7684\u8DEF\u5F84\u3001Git blob \u7F16\u53F7\u548C sha256\uFF08null \u8868\u793A\u5408\u5E76\u65F6\u4E0D\u5B58\u5728\uFF09\u3002`, type: "object", additionalProperties: !1, required: ["path", "blob_sha", "sha256"], properties: { path: { description: `Path in the repository.

\u4ED3\u5E93\u4E2D\u7684\u8DEF\u5F84\u3002`, type: "string", minLength: 1, maxLength: 1024 }, blob_sha: { description: `Git blob id of the file as merged (null: the file did not exist).

\u5408\u5E76\u65F6\u8BE5\u6587\u4EF6\u7684 Git blob \u7F16\u53F7\uFF08null \u8868\u793A\u6587\u4EF6\u4E0D\u5B58\u5728\uFF09\u3002`, anyOf: [{ $ref: "#/$defs/gitSha" }, { type: "null" }] }, sha256: { description: `sha256 of the file's bytes as merged (null: the file did not exist).

\u5408\u5E76\u65F6\u8BE5\u6587\u4EF6\u5185\u5BB9\u7684 sha256\uFF08null \u8868\u793A\u6587\u4EF6\u4E0D\u5B58\u5728\uFF09\u3002`, anyOf: [{ $ref: "#/$defs/sha256" }, { type: "null" }] } } } }, properties: { format: { description: `Record format version.

\u8BB0\u5F55\u7684\u683C\u5F0F\u7248\u672C\u3002`, const: "upgrade-gate/archive-record/v2" }, sequence: { description: `Position in the archive's hash chain, starting at 1.

\u5728\u5347\u7EA7\u6863\u6848\u54C8\u5E0C\u94FE\u4E2D\u7684\u5E8F\u53F7\uFF0C\u4ECE 1 \u5F00\u59CB\u3002`, type: "integer", minimum: 1, maximum: 1e9 }, documents: { description: `The upgrade documents as merged.

\u5408\u5E76\u65F6\u7684\u5347\u7EA7\u6587\u6863\u3002`, type: "array", maxItems: 100, items: { type: "object", additionalProperties: !1, required: ["path", "text", "blob_sha", "sha256", "evidence", "id", "system", "environment", "type", "version", "features", "form"], properties: { path: { description: `Path in the repository.

\u4ED3\u5E93\u4E2D\u7684\u8DEF\u5F84\u3002`, type: "string", minLength: 1, maxLength: 1024 }, text: { description: `The document's YAML exactly as merged.

\u5408\u5E76\u65F6\u7684\u6587\u6863 YAML \u539F\u6587\uFF0C\u4E00\u5B57\u4E0D\u6539\u3002`, type: "string", maxLength: 1048576 }, blob_sha: { description: `Git blob id of the document's text.

\u6587\u6863\u6587\u672C\u7684 Git blob \u7F16\u53F7\u3002`, $ref: "#/$defs/gitSha" }, sha256: { description: `sha256 of the document's text (UTF-8).

\u6587\u6863\u6587\u672C\uFF08UTF-8\uFF09\u7684 sha256\u3002`, $ref: "#/$defs/sha256" }, evidence: { description: `Every evidence file the document references (acceptance, gray-test report), pinned as merged.

\u6587\u6863\u5F15\u7528\u7684\u6BCF\u4E2A\u4F50\u8BC1\u6750\u6599\uFF08\u7528\u6237\u9A8C\u8BC1\u3001\u7070\u5EA6\u6D4B\u8BD5\u62A5\u544A\uFF09\uFF0C\u6309\u5408\u5E76\u65F6\u7684\u5185\u5BB9\u56FA\u5B9A\u3002`, type: "array", maxItems: 100, items: { $ref: "#/$defs/pin" } }, id: { description: `Approval form NO.

\u751F\u4EA7\u73AF\u5883\u5347\u7EA7\u5BA1\u6279\u5355\u7F16\u53F7\u3002`, type: ["string", "null"], maxLength: 200 }, system: { description: `System upgraded.

\u5347\u7EA7\u7684\u7CFB\u7EDF\u3002`, type: ["string", "null"], maxLength: 200 }, environment: { description: `production or gray.

production\uFF08\u751F\u4EA7\u73AF\u5883\uFF09\u6216 gray\uFF08\u7070\u5EA6\u73AF\u5883\uFF09\u3002`, type: ["string", "null"], maxLength: 50 }, type: { description: `regular or emergency.

regular\uFF08\u5E38\u89C4\u5347\u7EA7\uFF09\u6216 emergency\uFF08\u7D27\u6025\u5347\u7EA7\uFF09\u3002`, type: ["string", "null"], maxLength: 50 }, version: { description: `Release from and to.

\u5347\u7EA7\u524D\u540E\u7684\u7248\u672C\u3002`, type: ["object", "null"], additionalProperties: !1, required: ["from", "to"], properties: { from: { description: `Version before.

\u5347\u7EA7\u524D\u7684\u7248\u672C\u3002`, type: "string", maxLength: 200 }, to: { description: `Version after.

\u5347\u7EA7\u540E\u7684\u7248\u672C\u3002`, type: "string", maxLength: 200 } } }, features: { description: `Attachment 2, the feature list.

\u9644\u4EF6\u4E8C\uFF0C\u751F\u4EA7\u73AF\u5883\u5347\u7EA7\u529F\u80FD\u6E05\u5355\u3002`, type: "array", maxItems: 1e4, items: { type: "object" } }, form: { description: `Attachment 1, the approval form, as rendered at merge.

\u9644\u4EF6\u4E00\uFF0C\u5408\u5E76\u65F6\u751F\u6210\u7684\u751F\u4EA7\u73AF\u5883\u5347\u7EA7\u5BA1\u6279\u5355\u3002`, type: ["object", "null"] } } } }, pull_request: { description: `The merged pull request.

\u5DF2\u5408\u5E76\u7684 PR\u3002`, type: "object", additionalProperties: !1, required: ["number", "title", "url", "author", "base_ref", "base_sha", "head_sha", "merge_sha", "merged_at", "merged_by"], properties: { number: { description: `PR number.

PR \u7F16\u53F7\u3002`, type: "integer", minimum: 1 }, title: { description: `PR title.

PR \u6807\u9898\u3002`, type: "string", maxLength: 1024 }, url: { description: `PR web address.

PR \u7F51\u5740\u3002`, type: ["string", "null"], maxLength: 2048 }, author: { description: `Who opened it.

\u521B\u5EFA\u4EBA\u3002`, $ref: "#/$defs/login" }, base_ref: { description: `Target branch.

\u76EE\u6807\u5206\u652F\u3002`, type: "string", maxLength: 255 }, base_sha: { description: `Base commit evaluated against.

\u68C0\u67E5\u65F6\u6240\u5BF9\u7167\u7684\u57FA\u7840\u63D0\u4EA4\u3002`, $ref: "#/$defs/gitSha" }, head_sha: { description: `Head commit merged.

\u5408\u5E76\u7684\u6700\u65B0\u63D0\u4EA4\u3002`, $ref: "#/$defs/gitSha" }, merge_sha: { description: `The merge commit.

\u5408\u5E76\u63D0\u4EA4\u3002`, anyOf: [{ $ref: "#/$defs/gitSha" }, { type: "null" }] }, merged_at: { description: `When it merged (UTC instant).

\u5408\u5E76\u65F6\u95F4\uFF08UTC \u65F6\u523B\uFF09\u3002`, $ref: "#/$defs/instant" }, merged_by: { description: `Who merged it.

\u5408\u5E76\u4EBA\u3002`, anyOf: [{ $ref: "#/$defs/login" }, { type: "null" }] } } }, approvals: { description: `The approvals that counted, one per document and role.

\u8BA1\u5165\u7684\u5BA1\u6279\uFF0C\u6BCF\u4EFD\u6587\u6863\u7684\u6BCF\u4E2A\u89D2\u8272\u4E00\u6761\u3002`, type: "array", maxItems: 100, items: { type: "object", additionalProperties: !1, required: ["role", "title", "login", "review_id", "commit_id", "submitted_at"], properties: { role: { description: `Role id.

\u89D2\u8272\u7F16\u53F7\u3002`, type: "string", maxLength: 100 }, title: { description: `Role title in English and Chinese.

\u89D2\u8272\u7684\u4E2D\u82F1\u6587\u540D\u79F0\u3002`, type: "object" }, login: { description: `Approver.

\u5BA1\u6279\u4EBA\u3002`, $ref: "#/$defs/login" }, via: { description: `The CODEOWNERS entry of the document through which the approver signed (@org/team or @user).

\u5BA1\u6279\u4EBA\u636E\u4EE5\u7B7E\u6279\u7684\u8BE5\u6587\u6863 CODEOWNERS \u6240\u6709\u8005\uFF08@\u7EC4\u7EC7/\u56E2\u961F \u6216 @\u7528\u6237\u540D\uFF09\u3002`, type: "string", maxLength: 200 }, document: { description: `The upgrade document this signature is for.

\u8FD9\u6B21\u7B7E\u6279\u6240\u9488\u5BF9\u7684\u5347\u7EA7\u6587\u6863\u3002`, type: "string", maxLength: 1e3 }, review_id: { description: `GitHub review id.

GitHub \u5BA1\u67E5\uFF08review\uFF09\u7F16\u53F7\u3002`, type: "integer" }, commit_id: { description: `Commit the approver reviewed.

\u5BA1\u6279\u4EBA\u5BA1\u67E5\u7684\u63D0\u4EA4\u3002`, type: "string", maxLength: 64 }, submitted_at: { description: `When (UTC instant).

\u65F6\u95F4\uFF08UTC \u65F6\u523B\uFF09\u3002`, $ref: "#/$defs/instant" } } } }, labels: { description: `Labels at merge, with who applied each when known.

\u5408\u5E76\u65F6\u7684\u6807\u7B7E\uFF0C\u5DF2\u77E5\u65F6\u6CE8\u660E\u6DFB\u52A0\u4EBA\u3002`, type: "array", maxItems: 100, items: { type: "object", required: ["name"], properties: { name: { description: `Label.

\u6807\u7B7E\u3002`, type: "string", maxLength: 100 } } } }, emergency: { description: `The emergency bypass, when requested: who applied the label and when, and whether it was granted.

\u7533\u8BF7\u7D27\u6025\u5347\u7EA7\u65F6\u7684\u8BB0\u5F55\uFF1A\u8C01\u5728\u4F55\u65F6\u6DFB\u52A0\u4E86\u6807\u7B7E\uFF0C\u4EE5\u53CA\u662F\u5426\u51C6\u4E88\u3002`, type: ["object", "null"], required: ["label", "granted"], properties: { label: { description: `Label name.

\u6807\u7B7E\u540D\u79F0\u3002`, type: "string", maxLength: 100 }, applied_by: { description: `Who applied it.

\u6DFB\u52A0\u4EBA\u3002`, type: ["string", "null"], maxLength: 100 }, applied_at: { description: `When (UTC instant).

\u65F6\u95F4\uFF08UTC \u65F6\u523B\uFF09\u3002`, type: ["string", "null"], maxLength: 40 }, granted: { description: `Whether the day rule was waived.

\u662F\u5426\u514D\u9664\u4E86\u5347\u7EA7\u65E5\u9650\u5236\u3002`, type: "boolean" } } }, evaluation: { description: `The evaluation at merge time.

\u5408\u5E76\u65F6\u7684\u68C0\u67E5\u7ED3\u679C\u3002`, type: "object", required: ["at", "outcome", "summary", "findings"], properties: { at: { description: `The moment evaluated (the merge time, UTC).

\u68C0\u67E5\u6240\u4F9D\u636E\u7684\u65F6\u523B\uFF08\u5408\u5E76\u65F6\u95F4\uFF0CUTC\uFF09\u3002`, $ref: "#/$defs/instant" }, outcome: { description: `pass, fail or error.

pass\uFF08\u901A\u8FC7\uFF09\u3001fail\uFF08\u4E0D\u901A\u8FC7\uFF09\u6216 error\uFF08\u51FA\u9519\uFF09\u3002`, enum: ["pass", "fail", "error"] }, summary: { description: `One line.

\u4E00\u884C\u6458\u8981\u3002`, type: "string", maxLength: 1e4 }, findings: { description: `Every finding.

\u5168\u90E8\u68C0\u67E5\u95EE\u9898\u3002`, type: "array", maxItems: 1e4 } } }, violations: { description: `Rules the merge broke (empty for a clean merge). A non-empty list is a policy violation.

\u5408\u5E76\u8FDD\u53CD\u7684\u89C4\u5219\uFF08\u5408\u89C4\u5408\u5E76\u65F6\u4E3A\u7A7A\uFF09\u3002\u4E0D\u4E3A\u7A7A\u5373\u4E3A\u8FDD\u89C4\u3002`, type: "array", maxItems: 1e4, items: { type: "object", required: ["rule", "message"], properties: { rule: { description: `Rule id.

\u89C4\u5219\u7F16\u53F7\u3002`, type: "string", maxLength: 100 }, message: { description: `What was broken.

\u8FDD\u53CD\u7684\u5185\u5BB9\u3002`, type: "string", maxLength: 1e4 } } } }, policy_change: { description: `Present when the merged PR changed policy files (the configuration, CODEOWNERS, workflows, the configured policy-files): which, the role that owns the policy, and whether that role approved the exact change before the merge (its approval is among approvals, without a document).

\u5408\u5E76\u7684 PR \u4FEE\u6539\u4E86\u7B56\u7565\u6587\u4EF6\uFF08\u914D\u7F6E\u3001CODEOWNERS\u3001\u5DE5\u4F5C\u6D41\u6216\u914D\u7F6E\u7684 policy-files\uFF09\u65F6\u624D\u6709\uFF1A\u6539\u4E86\u54EA\u4E9B\u6587\u4EF6\u3001\u7B56\u7565\u7684\u8D1F\u8D23\u89D2\u8272\uFF0C\u4EE5\u53CA\u8BE5\u89D2\u8272\u662F\u5426\u5728\u5408\u5E76\u524D\u6279\u51C6\u4E86\u8FD9\u4E00\u786E\u5207\u53D8\u66F4\uFF08\u5176\u5BA1\u6279\u5217\u5728 approvals \u4E2D\uFF0C\u4E0D\u5BF9\u5E94\u6587\u6863\uFF09\u3002`, type: "object", additionalProperties: !1, required: ["files", "owner", "approved"], properties: { files: { description: `The policy files the PR changed.

PR \u4FEE\u6539\u7684\u7B56\u7565\u6587\u4EF6\u3002`, type: "array", maxItems: 1e3, items: { type: "string", maxLength: 1e3 } }, owner: { description: `The policy-owner role id.

\u7B56\u7565\u8D1F\u8D23\u89D2\u8272\u7684\u7F16\u53F7\u3002`, type: "string", maxLength: 100 }, approved: { description: `Whether the policy owner's approval counted.

\u7B56\u7565\u8D1F\u8D23\u4EBA\u7684\u5BA1\u6279\u662F\u5426\u8BA1\u5165\u3002`, type: "boolean" } } }, backfilled: { description: `True when written later by a scheduled run because the merge-time run left no record.

\u5408\u5E76\u65F6\u7684\u8FD0\u884C\u6CA1\u6709\u7559\u4E0B\u8BB0\u5F55\u3001\u7531\u4E4B\u540E\u7684\u5B9A\u65F6\u8FD0\u884C\u8865\u5199\u65F6\u4E3A true\u3002`, type: "boolean" }, policy: { description: `The policy that applied: time zone, time-zone database, and digests of the base branch's config and CODEOWNERS.

\u9002\u7528\u7684\u7B56\u7565\uFF1A\u65F6\u533A\u3001\u65F6\u533A\u6570\u636E\u5E93\u7248\u672C\uFF0C\u4EE5\u53CA\u57FA\u7840\u5206\u652F\u4E0A\u914D\u7F6E\u548C CODEOWNERS \u7684\u6458\u8981\u3002`, type: "object", additionalProperties: !1, required: ["time_zone", "tzdata", "config_path", "config_sha256", "codeowners_path", "codeowners_sha256"], properties: { time_zone: { description: `Policy time zone (IANA name).

\u7B56\u7565\u65F6\u533A\uFF08IANA \u540D\u79F0\uFF09\u3002`, type: "string", minLength: 1, maxLength: 64 }, tzdata: { description: `Time-zone database version of the runtime.

\u8FD0\u884C\u73AF\u5883\u7684\u65F6\u533A\u6570\u636E\u5E93\u7248\u672C\u3002`, type: ["string", "null"], maxLength: 32 }, config_path: { description: `Config file path.

\u914D\u7F6E\u6587\u4EF6\u8DEF\u5F84\u3002`, type: "string", maxLength: 1024 }, config_sha256: { description: `sha256 of the config text (null: absent, defaults used).

\u914D\u7F6E\u6587\u672C\u7684 sha256\uFF08null \u8868\u793A\u6CA1\u6709\u914D\u7F6E\u6587\u4EF6\uFF0C\u4F7F\u7528\u9ED8\u8BA4\u503C\uFF09\u3002`, anyOf: [{ $ref: "#/$defs/sha256" }, { type: "null" }] }, codeowners_path: { description: `CODEOWNERS path.

CODEOWNERS \u8DEF\u5F84\u3002`, type: ["string", "null"], maxLength: 1024 }, codeowners_sha256: { description: `sha256 of CODEOWNERS.

CODEOWNERS \u7684 sha256\u3002`, anyOf: [{ $ref: "#/$defs/sha256" }, { type: "null" }] } } }, tool: { description: `The upgrade-gate that wrote the record.

\u5199\u5165\u8FD9\u6761\u8BB0\u5F55\u7684 upgrade-gate\u3002`, type: "object", additionalProperties: !1, required: ["name", "version"], properties: { name: { description: `Tool name.

\u5DE5\u5177\u540D\u79F0\u3002`, const: "upgrade-gate" }, version: { description: `Tool version.

\u5DE5\u5177\u7248\u672C\u3002`, type: "string", maxLength: 64 } } }, previous_sha256: { description: `sha256 of the previous record (null for the first).

\u4E0A\u4E00\u6761\u8BB0\u5F55\u7684 sha256\uFF08\u7B2C\u4E00\u6761\u4E3A null\uFF09\u3002`, anyOf: [{ $ref: "#/$defs/sha256" }, { type: "null" }] }, sha256: { description: `sha256 of the RFC 8785 canonical JSON of this record without this field.

\u672C\u8BB0\u5F55\u53BB\u6389\u6B64\u5B57\u6BB5\u540E\u6309 RFC 8785 \u89C4\u8303\u5316\u7684 JSON \u7684 sha256\u3002`, $ref: "#/$defs/sha256" } } }, schema1 = { description: `Lower-case hex Git object id (SHA-1 or SHA-256 repositories).

\u5C0F\u5199\u5341\u516D\u8FDB\u5236\u7684 Git \u5BF9\u8C61\u7F16\u53F7\uFF08SHA-1 \u6216 SHA-256 \u4ED3\u5E93\uFF09\u3002`, type: "string", pattern: "^([0-9a-f]{40}|[0-9a-f]{64})$" }, schema22 = { description: `Lower-case hex sha256.

\u5C0F\u5199\u5341\u516D\u8FDB\u5236\u7684 sha256\u3002`, type: "string", pattern: "^[0-9a-f]{64}$" }, schema6 = { description: `A GitHub login.

GitHub \u7528\u6237\u540D\u3002`, type: "string", minLength: 1, maxLength: 100 }, schema10 = { description: `A UTC instant (RFC 3339, Z).

UTC \u65F6\u523B\uFF08RFC 3339\uFF0C\u4EE5 Z \u7ED3\u5C3E\uFF09\u3002`, type: "string", pattern: "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,9})?Z$" }, func0 = Object.prototype.hasOwnProperty, func2 = ucs2length, pattern0 = new RegExp("^([0-9a-f]{40}|[0-9a-f]{64})$", "u"), pattern1 = new RegExp("^[0-9a-f]{64}$", "u"), pattern7 = new RegExp("^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,9})?Z$", "u"), schema32 = { description: `A file pinned by content: its path, Git blob id and sha256 at the merge (null: absent at the merge).

\u6309\u5185\u5BB9\u56FA\u5B9A\u7684\u6587\u4EF6\uFF1A\u5408\u5E76\u65F6\u7684\u8DEF\u5F84\u3001Git blob \u7F16\u53F7\u548C sha256\uFF08null \u8868\u793A\u5408\u5E76\u65F6\u4E0D\u5B58\u5728\uFF09\u3002`, type: "object", additionalProperties: !1, required: ["path", "blob_sha", "sha256"], properties: { path: { description: `Path in the repository.

\u4ED3\u5E93\u4E2D\u7684\u8DEF\u5F84\u3002`, type: "string", minLength: 1, maxLength: 1024 }, blob_sha: { description: `Git blob id of the file as merged (null: the file did not exist).

\u5408\u5E76\u65F6\u8BE5\u6587\u4EF6\u7684 Git blob \u7F16\u53F7\uFF08null \u8868\u793A\u6587\u4EF6\u4E0D\u5B58\u5728\uFF09\u3002`, anyOf: [{ $ref: "#/$defs/gitSha" }, { type: "null" }] }, sha256: { description: `sha256 of the file's bytes as merged (null: the file did not exist).

\u5408\u5E76\u65F6\u8BE5\u6587\u4EF6\u5185\u5BB9\u7684 sha256\uFF08null \u8868\u793A\u6587\u4EF6\u4E0D\u5B58\u5728\uFF09\u3002`, anyOf: [{ $ref: "#/$defs/sha256" }, { type: "null" }] } } };
  function validate1(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
    let vErrors = null, errors = 0, evaluated0 = validate1.evaluated;
    if (evaluated0.dynamicProps && (evaluated0.props = void 0), evaluated0.dynamicItems && (evaluated0.items = void 0), data && typeof data == "object" && !Array.isArray(data)) {
      if (data.path === void 0) {
        let err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "path" }, message: "must have required property 'path'", schema: schema32.required, parentSchema: schema32, data };
        vErrors === null ? vErrors = [err0] : vErrors.push(err0), errors++;
      }
      if (data.blob_sha === void 0) {
        let err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "blob_sha" }, message: "must have required property 'blob_sha'", schema: schema32.required, parentSchema: schema32, data };
        vErrors === null ? vErrors = [err1] : vErrors.push(err1), errors++;
      }
      if (data.sha256 === void 0) {
        let err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "sha256" }, message: "must have required property 'sha256'", schema: schema32.required, parentSchema: schema32, data };
        vErrors === null ? vErrors = [err2] : vErrors.push(err2), errors++;
      }
      for (let key0 in data)
        if (!(key0 === "path" || key0 === "blob_sha" || key0 === "sha256")) {
          let err3 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema32, data };
          vErrors === null ? vErrors = [err3] : vErrors.push(err3), errors++;
        }
      if (data.path !== void 0) {
        let data0 = data.path;
        if (typeof data0 == "string") {
          if (func2(data0) > 1024) {
            let err4 = { instancePath: instancePath + "/path", schemaPath: "#/properties/path/maxLength", keyword: "maxLength", params: { limit: 1024 }, message: "must NOT have more than 1024 characters", schema: 1024, parentSchema: schema32.properties.path, data: data0 };
            vErrors === null ? vErrors = [err4] : vErrors.push(err4), errors++;
          }
          if (func2(data0) < 1) {
            let err5 = { instancePath: instancePath + "/path", schemaPath: "#/properties/path/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema32.properties.path, data: data0 };
            vErrors === null ? vErrors = [err5] : vErrors.push(err5), errors++;
          }
        } else {
          let err6 = { instancePath: instancePath + "/path", schemaPath: "#/properties/path/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema32.properties.path.type, parentSchema: schema32.properties.path, data: data0 };
          vErrors === null ? vErrors = [err6] : vErrors.push(err6), errors++;
        }
      }
      if (data.blob_sha !== void 0) {
        let data1 = data.blob_sha, _errs5 = errors, valid1 = !1, _errs6 = errors;
        if (typeof data1 == "string") {
          if (!pattern0.test(data1)) {
            let err7 = { instancePath: instancePath + "/blob_sha", schemaPath: "#/$defs/gitSha/pattern", keyword: "pattern", params: { pattern: "^([0-9a-f]{40}|[0-9a-f]{64})$" }, message: 'must match pattern "^([0-9a-f]{40}|[0-9a-f]{64})$"', schema: "^([0-9a-f]{40}|[0-9a-f]{64})$", parentSchema: schema1, data: data1 };
            vErrors === null ? vErrors = [err7] : vErrors.push(err7), errors++;
          }
        } else {
          let err8 = { instancePath: instancePath + "/blob_sha", schemaPath: "#/$defs/gitSha/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema1.type, parentSchema: schema1, data: data1 };
          vErrors === null ? vErrors = [err8] : vErrors.push(err8), errors++;
        }
        var _valid0 = _errs6 === errors;
        valid1 = valid1 || _valid0;
        let _errs9 = errors;
        if (data1 !== null) {
          let err9 = { instancePath: instancePath + "/blob_sha", schemaPath: "#/properties/blob_sha/anyOf/1/type", keyword: "type", params: { type: "null" }, message: "must be null", schema: schema32.properties.blob_sha.anyOf[1].type, parentSchema: schema32.properties.blob_sha.anyOf[1], data: data1 };
          vErrors === null ? vErrors = [err9] : vErrors.push(err9), errors++;
        }
        var _valid0 = _errs9 === errors;
        if (valid1 = valid1 || _valid0, valid1)
          errors = _errs5, vErrors !== null && (_errs5 ? vErrors.length = _errs5 : vErrors = null);
        else {
          let err10 = { instancePath: instancePath + "/blob_sha", schemaPath: "#/properties/blob_sha/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema32.properties.blob_sha.anyOf, parentSchema: schema32.properties.blob_sha, data: data1 };
          vErrors === null ? vErrors = [err10] : vErrors.push(err10), errors++;
        }
      }
      if (data.sha256 !== void 0) {
        let data2 = data.sha256, _errs12 = errors, valid3 = !1, _errs13 = errors;
        if (typeof data2 == "string") {
          if (!pattern1.test(data2)) {
            let err11 = { instancePath: instancePath + "/sha256", schemaPath: "#/$defs/sha256/pattern", keyword: "pattern", params: { pattern: "^[0-9a-f]{64}$" }, message: 'must match pattern "^[0-9a-f]{64}$"', schema: "^[0-9a-f]{64}$", parentSchema: schema22, data: data2 };
            vErrors === null ? vErrors = [err11] : vErrors.push(err11), errors++;
          }
        } else {
          let err12 = { instancePath: instancePath + "/sha256", schemaPath: "#/$defs/sha256/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema22.type, parentSchema: schema22, data: data2 };
          vErrors === null ? vErrors = [err12] : vErrors.push(err12), errors++;
        }
        var _valid1 = _errs13 === errors;
        valid3 = valid3 || _valid1;
        let _errs16 = errors;
        if (data2 !== null) {
          let err13 = { instancePath: instancePath + "/sha256", schemaPath: "#/properties/sha256/anyOf/1/type", keyword: "type", params: { type: "null" }, message: "must be null", schema: schema32.properties.sha256.anyOf[1].type, parentSchema: schema32.properties.sha256.anyOf[1], data: data2 };
          vErrors === null ? vErrors = [err13] : vErrors.push(err13), errors++;
        }
        var _valid1 = _errs16 === errors;
        if (valid3 = valid3 || _valid1, valid3)
          errors = _errs12, vErrors !== null && (_errs12 ? vErrors.length = _errs12 : vErrors = null);
        else {
          let err14 = { instancePath: instancePath + "/sha256", schemaPath: "#/properties/sha256/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema32.properties.sha256.anyOf, parentSchema: schema32.properties.sha256, data: data2 };
          vErrors === null ? vErrors = [err14] : vErrors.push(err14), errors++;
        }
      }
    } else {
      let err15 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema32.type, parentSchema: schema32, data };
      vErrors === null ? vErrors = [err15] : vErrors.push(err15), errors++;
    }
    return validate1.errors = vErrors, errors === 0;
  }
  validate1.evaluated = { props: !0, dynamicProps: !1, dynamicItems: !1 };
  function validate0(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
    let vErrors = null, errors = 0, evaluated0 = validate0.evaluated;
    if (evaluated0.dynamicProps && (evaluated0.props = void 0), evaluated0.dynamicItems && (evaluated0.items = void 0), data && typeof data == "object" && !Array.isArray(data)) {
      if (data.format === void 0) {
        let err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "format" }, message: "must have required property 'format'", schema: schema0.required, parentSchema: schema0, data };
        vErrors === null ? vErrors = [err0] : vErrors.push(err0), errors++;
      }
      if (data.sequence === void 0) {
        let err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "sequence" }, message: "must have required property 'sequence'", schema: schema0.required, parentSchema: schema0, data };
        vErrors === null ? vErrors = [err1] : vErrors.push(err1), errors++;
      }
      if (data.documents === void 0) {
        let err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "documents" }, message: "must have required property 'documents'", schema: schema0.required, parentSchema: schema0, data };
        vErrors === null ? vErrors = [err2] : vErrors.push(err2), errors++;
      }
      if (data.pull_request === void 0) {
        let err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "pull_request" }, message: "must have required property 'pull_request'", schema: schema0.required, parentSchema: schema0, data };
        vErrors === null ? vErrors = [err3] : vErrors.push(err3), errors++;
      }
      if (data.approvals === void 0) {
        let err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "approvals" }, message: "must have required property 'approvals'", schema: schema0.required, parentSchema: schema0, data };
        vErrors === null ? vErrors = [err4] : vErrors.push(err4), errors++;
      }
      if (data.labels === void 0) {
        let err5 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "labels" }, message: "must have required property 'labels'", schema: schema0.required, parentSchema: schema0, data };
        vErrors === null ? vErrors = [err5] : vErrors.push(err5), errors++;
      }
      if (data.emergency === void 0) {
        let err6 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "emergency" }, message: "must have required property 'emergency'", schema: schema0.required, parentSchema: schema0, data };
        vErrors === null ? vErrors = [err6] : vErrors.push(err6), errors++;
      }
      if (data.evaluation === void 0) {
        let err7 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "evaluation" }, message: "must have required property 'evaluation'", schema: schema0.required, parentSchema: schema0, data };
        vErrors === null ? vErrors = [err7] : vErrors.push(err7), errors++;
      }
      if (data.violations === void 0) {
        let err8 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "violations" }, message: "must have required property 'violations'", schema: schema0.required, parentSchema: schema0, data };
        vErrors === null ? vErrors = [err8] : vErrors.push(err8), errors++;
      }
      if (data.backfilled === void 0) {
        let err9 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "backfilled" }, message: "must have required property 'backfilled'", schema: schema0.required, parentSchema: schema0, data };
        vErrors === null ? vErrors = [err9] : vErrors.push(err9), errors++;
      }
      if (data.policy === void 0) {
        let err10 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "policy" }, message: "must have required property 'policy'", schema: schema0.required, parentSchema: schema0, data };
        vErrors === null ? vErrors = [err10] : vErrors.push(err10), errors++;
      }
      if (data.tool === void 0) {
        let err11 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "tool" }, message: "must have required property 'tool'", schema: schema0.required, parentSchema: schema0, data };
        vErrors === null ? vErrors = [err11] : vErrors.push(err11), errors++;
      }
      if (data.previous_sha256 === void 0) {
        let err12 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "previous_sha256" }, message: "must have required property 'previous_sha256'", schema: schema0.required, parentSchema: schema0, data };
        vErrors === null ? vErrors = [err12] : vErrors.push(err12), errors++;
      }
      if (data.sha256 === void 0) {
        let err13 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "sha256" }, message: "must have required property 'sha256'", schema: schema0.required, parentSchema: schema0, data };
        vErrors === null ? vErrors = [err13] : vErrors.push(err13), errors++;
      }
      for (let key0 in data)
        if (!func0.call(schema0.properties, key0)) {
          let err14 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema0, data };
          vErrors === null ? vErrors = [err14] : vErrors.push(err14), errors++;
        }
      if (data.format !== void 0) {
        let data0 = data.format;
        if (data0 !== "upgrade-gate/archive-record/v2") {
          let err15 = { instancePath: instancePath + "/format", schemaPath: "#/properties/format/const", keyword: "const", params: { allowedValue: "upgrade-gate/archive-record/v2" }, message: "must be equal to constant", schema: "upgrade-gate/archive-record/v2", parentSchema: schema0.properties.format, data: data0 };
          vErrors === null ? vErrors = [err15] : vErrors.push(err15), errors++;
        }
      }
      if (data.sequence !== void 0) {
        let data1 = data.sequence;
        if (!(typeof data1 == "number" && !(data1 % 1) && !isNaN(data1) && isFinite(data1))) {
          let err16 = { instancePath: instancePath + "/sequence", schemaPath: "#/properties/sequence/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema0.properties.sequence.type, parentSchema: schema0.properties.sequence, data: data1 };
          vErrors === null ? vErrors = [err16] : vErrors.push(err16), errors++;
        }
        if (typeof data1 == "number" && isFinite(data1)) {
          if (data1 > 1e9 || isNaN(data1)) {
            let err17 = { instancePath: instancePath + "/sequence", schemaPath: "#/properties/sequence/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1e9 }, message: "must be <= 1000000000", schema: 1e9, parentSchema: schema0.properties.sequence, data: data1 };
            vErrors === null ? vErrors = [err17] : vErrors.push(err17), errors++;
          }
          if (data1 < 1 || isNaN(data1)) {
            let err18 = { instancePath: instancePath + "/sequence", schemaPath: "#/properties/sequence/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema0.properties.sequence, data: data1 };
            vErrors === null ? vErrors = [err18] : vErrors.push(err18), errors++;
          }
        }
      }
      if (data.documents !== void 0) {
        let data2 = data.documents;
        if (Array.isArray(data2)) {
          if (data2.length > 100) {
            let err19 = { instancePath: instancePath + "/documents", schemaPath: "#/properties/documents/maxItems", keyword: "maxItems", params: { limit: 100 }, message: "must NOT have more than 100 items", schema: 100, parentSchema: schema0.properties.documents, data: data2 };
            vErrors === null ? vErrors = [err19] : vErrors.push(err19), errors++;
          }
          let len0 = data2.length;
          for (let i0 = 0; i0 < len0; i0++) {
            let data3 = data2[i0];
            if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
              if (data3.path === void 0) {
                let err20 = { instancePath: instancePath + "/documents/" + i0, schemaPath: "#/properties/documents/items/required", keyword: "required", params: { missingProperty: "path" }, message: "must have required property 'path'", schema: schema0.properties.documents.items.required, parentSchema: schema0.properties.documents.items, data: data3 };
                vErrors === null ? vErrors = [err20] : vErrors.push(err20), errors++;
              }
              if (data3.text === void 0) {
                let err21 = { instancePath: instancePath + "/documents/" + i0, schemaPath: "#/properties/documents/items/required", keyword: "required", params: { missingProperty: "text" }, message: "must have required property 'text'", schema: schema0.properties.documents.items.required, parentSchema: schema0.properties.documents.items, data: data3 };
                vErrors === null ? vErrors = [err21] : vErrors.push(err21), errors++;
              }
              if (data3.blob_sha === void 0) {
                let err22 = { instancePath: instancePath + "/documents/" + i0, schemaPath: "#/properties/documents/items/required", keyword: "required", params: { missingProperty: "blob_sha" }, message: "must have required property 'blob_sha'", schema: schema0.properties.documents.items.required, parentSchema: schema0.properties.documents.items, data: data3 };
                vErrors === null ? vErrors = [err22] : vErrors.push(err22), errors++;
              }
              if (data3.sha256 === void 0) {
                let err23 = { instancePath: instancePath + "/documents/" + i0, schemaPath: "#/properties/documents/items/required", keyword: "required", params: { missingProperty: "sha256" }, message: "must have required property 'sha256'", schema: schema0.properties.documents.items.required, parentSchema: schema0.properties.documents.items, data: data3 };
                vErrors === null ? vErrors = [err23] : vErrors.push(err23), errors++;
              }
              if (data3.evidence === void 0) {
                let err24 = { instancePath: instancePath + "/documents/" + i0, schemaPath: "#/properties/documents/items/required", keyword: "required", params: { missingProperty: "evidence" }, message: "must have required property 'evidence'", schema: schema0.properties.documents.items.required, parentSchema: schema0.properties.documents.items, data: data3 };
                vErrors === null ? vErrors = [err24] : vErrors.push(err24), errors++;
              }
              if (data3.id === void 0) {
                let err25 = { instancePath: instancePath + "/documents/" + i0, schemaPath: "#/properties/documents/items/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'", schema: schema0.properties.documents.items.required, parentSchema: schema0.properties.documents.items, data: data3 };
                vErrors === null ? vErrors = [err25] : vErrors.push(err25), errors++;
              }
              if (data3.system === void 0) {
                let err26 = { instancePath: instancePath + "/documents/" + i0, schemaPath: "#/properties/documents/items/required", keyword: "required", params: { missingProperty: "system" }, message: "must have required property 'system'", schema: schema0.properties.documents.items.required, parentSchema: schema0.properties.documents.items, data: data3 };
                vErrors === null ? vErrors = [err26] : vErrors.push(err26), errors++;
              }
              if (data3.environment === void 0) {
                let err27 = { instancePath: instancePath + "/documents/" + i0, schemaPath: "#/properties/documents/items/required", keyword: "required", params: { missingProperty: "environment" }, message: "must have required property 'environment'", schema: schema0.properties.documents.items.required, parentSchema: schema0.properties.documents.items, data: data3 };
                vErrors === null ? vErrors = [err27] : vErrors.push(err27), errors++;
              }
              if (data3.type === void 0) {
                let err28 = { instancePath: instancePath + "/documents/" + i0, schemaPath: "#/properties/documents/items/required", keyword: "required", params: { missingProperty: "type" }, message: "must have required property 'type'", schema: schema0.properties.documents.items.required, parentSchema: schema0.properties.documents.items, data: data3 };
                vErrors === null ? vErrors = [err28] : vErrors.push(err28), errors++;
              }
              if (data3.version === void 0) {
                let err29 = { instancePath: instancePath + "/documents/" + i0, schemaPath: "#/properties/documents/items/required", keyword: "required", params: { missingProperty: "version" }, message: "must have required property 'version'", schema: schema0.properties.documents.items.required, parentSchema: schema0.properties.documents.items, data: data3 };
                vErrors === null ? vErrors = [err29] : vErrors.push(err29), errors++;
              }
              if (data3.features === void 0) {
                let err30 = { instancePath: instancePath + "/documents/" + i0, schemaPath: "#/properties/documents/items/required", keyword: "required", params: { missingProperty: "features" }, message: "must have required property 'features'", schema: schema0.properties.documents.items.required, parentSchema: schema0.properties.documents.items, data: data3 };
                vErrors === null ? vErrors = [err30] : vErrors.push(err30), errors++;
              }
              if (data3.form === void 0) {
                let err31 = { instancePath: instancePath + "/documents/" + i0, schemaPath: "#/properties/documents/items/required", keyword: "required", params: { missingProperty: "form" }, message: "must have required property 'form'", schema: schema0.properties.documents.items.required, parentSchema: schema0.properties.documents.items, data: data3 };
                vErrors === null ? vErrors = [err31] : vErrors.push(err31), errors++;
              }
              for (let key1 in data3)
                if (!func0.call(schema0.properties.documents.items.properties, key1)) {
                  let err32 = { instancePath: instancePath + "/documents/" + i0, schemaPath: "#/properties/documents/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema0.properties.documents.items, data: data3 };
                  vErrors === null ? vErrors = [err32] : vErrors.push(err32), errors++;
                }
              if (data3.path !== void 0) {
                let data4 = data3.path;
                if (typeof data4 == "string") {
                  if (func2(data4) > 1024) {
                    let err33 = { instancePath: instancePath + "/documents/" + i0 + "/path", schemaPath: "#/properties/documents/items/properties/path/maxLength", keyword: "maxLength", params: { limit: 1024 }, message: "must NOT have more than 1024 characters", schema: 1024, parentSchema: schema0.properties.documents.items.properties.path, data: data4 };
                    vErrors === null ? vErrors = [err33] : vErrors.push(err33), errors++;
                  }
                  if (func2(data4) < 1) {
                    let err34 = { instancePath: instancePath + "/documents/" + i0 + "/path", schemaPath: "#/properties/documents/items/properties/path/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema0.properties.documents.items.properties.path, data: data4 };
                    vErrors === null ? vErrors = [err34] : vErrors.push(err34), errors++;
                  }
                } else {
                  let err35 = { instancePath: instancePath + "/documents/" + i0 + "/path", schemaPath: "#/properties/documents/items/properties/path/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema0.properties.documents.items.properties.path.type, parentSchema: schema0.properties.documents.items.properties.path, data: data4 };
                  vErrors === null ? vErrors = [err35] : vErrors.push(err35), errors++;
                }
              }
              if (data3.text !== void 0) {
                let data5 = data3.text;
                if (typeof data5 == "string") {
                  if (func2(data5) > 1048576) {
                    let err36 = { instancePath: instancePath + "/documents/" + i0 + "/text", schemaPath: "#/properties/documents/items/properties/text/maxLength", keyword: "maxLength", params: { limit: 1048576 }, message: "must NOT have more than 1048576 characters", schema: 1048576, parentSchema: schema0.properties.documents.items.properties.text, data: data5 };
                    vErrors === null ? vErrors = [err36] : vErrors.push(err36), errors++;
                  }
                } else {
                  let err37 = { instancePath: instancePath + "/documents/" + i0 + "/text", schemaPath: "#/properties/documents/items/properties/text/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema0.properties.documents.items.properties.text.type, parentSchema: schema0.properties.documents.items.properties.text, data: data5 };
                  vErrors === null ? vErrors = [err37] : vErrors.push(err37), errors++;
                }
              }
              if (data3.blob_sha !== void 0) {
                let data6 = data3.blob_sha;
                if (typeof data6 == "string") {
                  if (!pattern0.test(data6)) {
                    let err38 = { instancePath: instancePath + "/documents/" + i0 + "/blob_sha", schemaPath: "#/$defs/gitSha/pattern", keyword: "pattern", params: { pattern: "^([0-9a-f]{40}|[0-9a-f]{64})$" }, message: 'must match pattern "^([0-9a-f]{40}|[0-9a-f]{64})$"', schema: "^([0-9a-f]{40}|[0-9a-f]{64})$", parentSchema: schema1, data: data6 };
                    vErrors === null ? vErrors = [err38] : vErrors.push(err38), errors++;
                  }
                } else {
                  let err39 = { instancePath: instancePath + "/documents/" + i0 + "/blob_sha", schemaPath: "#/$defs/gitSha/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema1.type, parentSchema: schema1, data: data6 };
                  vErrors === null ? vErrors = [err39] : vErrors.push(err39), errors++;
                }
              }
              if (data3.sha256 !== void 0) {
                let data7 = data3.sha256;
                if (typeof data7 == "string") {
                  if (!pattern1.test(data7)) {
                    let err40 = { instancePath: instancePath + "/documents/" + i0 + "/sha256", schemaPath: "#/$defs/sha256/pattern", keyword: "pattern", params: { pattern: "^[0-9a-f]{64}$" }, message: 'must match pattern "^[0-9a-f]{64}$"', schema: "^[0-9a-f]{64}$", parentSchema: schema22, data: data7 };
                    vErrors === null ? vErrors = [err40] : vErrors.push(err40), errors++;
                  }
                } else {
                  let err41 = { instancePath: instancePath + "/documents/" + i0 + "/sha256", schemaPath: "#/$defs/sha256/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema22.type, parentSchema: schema22, data: data7 };
                  vErrors === null ? vErrors = [err41] : vErrors.push(err41), errors++;
                }
              }
              if (data3.evidence !== void 0) {
                let data8 = data3.evidence;
                if (Array.isArray(data8)) {
                  if (data8.length > 100) {
                    let err42 = { instancePath: instancePath + "/documents/" + i0 + "/evidence", schemaPath: "#/properties/documents/items/properties/evidence/maxItems", keyword: "maxItems", params: { limit: 100 }, message: "must NOT have more than 100 items", schema: 100, parentSchema: schema0.properties.documents.items.properties.evidence, data: data8 };
                    vErrors === null ? vErrors = [err42] : vErrors.push(err42), errors++;
                  }
                  let len1 = data8.length;
                  for (let i1 = 0; i1 < len1; i1++)
                    validate1(data8[i1], { instancePath: instancePath + "/documents/" + i0 + "/evidence/" + i1, parentData: data8, parentDataProperty: i1, rootData, dynamicAnchors }) || (vErrors = vErrors === null ? validate1.errors : vErrors.concat(validate1.errors), errors = vErrors.length);
                } else {
                  let err43 = { instancePath: instancePath + "/documents/" + i0 + "/evidence", schemaPath: "#/properties/documents/items/properties/evidence/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema0.properties.documents.items.properties.evidence.type, parentSchema: schema0.properties.documents.items.properties.evidence, data: data8 };
                  vErrors === null ? vErrors = [err43] : vErrors.push(err43), errors++;
                }
              }
              if (data3.id !== void 0) {
                let data10 = data3.id;
                if (typeof data10 != "string" && data10 !== null) {
                  let err44 = { instancePath: instancePath + "/documents/" + i0 + "/id", schemaPath: "#/properties/documents/items/properties/id/type", keyword: "type", params: { type: schema0.properties.documents.items.properties.id.type }, message: "must be string,null", schema: schema0.properties.documents.items.properties.id.type, parentSchema: schema0.properties.documents.items.properties.id, data: data10 };
                  vErrors === null ? vErrors = [err44] : vErrors.push(err44), errors++;
                }
                if (typeof data10 == "string" && func2(data10) > 200) {
                  let err45 = { instancePath: instancePath + "/documents/" + i0 + "/id", schemaPath: "#/properties/documents/items/properties/id/maxLength", keyword: "maxLength", params: { limit: 200 }, message: "must NOT have more than 200 characters", schema: 200, parentSchema: schema0.properties.documents.items.properties.id, data: data10 };
                  vErrors === null ? vErrors = [err45] : vErrors.push(err45), errors++;
                }
              }
              if (data3.system !== void 0) {
                let data11 = data3.system;
                if (typeof data11 != "string" && data11 !== null) {
                  let err46 = { instancePath: instancePath + "/documents/" + i0 + "/system", schemaPath: "#/properties/documents/items/properties/system/type", keyword: "type", params: { type: schema0.properties.documents.items.properties.system.type }, message: "must be string,null", schema: schema0.properties.documents.items.properties.system.type, parentSchema: schema0.properties.documents.items.properties.system, data: data11 };
                  vErrors === null ? vErrors = [err46] : vErrors.push(err46), errors++;
                }
                if (typeof data11 == "string" && func2(data11) > 200) {
                  let err47 = { instancePath: instancePath + "/documents/" + i0 + "/system", schemaPath: "#/properties/documents/items/properties/system/maxLength", keyword: "maxLength", params: { limit: 200 }, message: "must NOT have more than 200 characters", schema: 200, parentSchema: schema0.properties.documents.items.properties.system, data: data11 };
                  vErrors === null ? vErrors = [err47] : vErrors.push(err47), errors++;
                }
              }
              if (data3.environment !== void 0) {
                let data12 = data3.environment;
                if (typeof data12 != "string" && data12 !== null) {
                  let err48 = { instancePath: instancePath + "/documents/" + i0 + "/environment", schemaPath: "#/properties/documents/items/properties/environment/type", keyword: "type", params: { type: schema0.properties.documents.items.properties.environment.type }, message: "must be string,null", schema: schema0.properties.documents.items.properties.environment.type, parentSchema: schema0.properties.documents.items.properties.environment, data: data12 };
                  vErrors === null ? vErrors = [err48] : vErrors.push(err48), errors++;
                }
                if (typeof data12 == "string" && func2(data12) > 50) {
                  let err49 = { instancePath: instancePath + "/documents/" + i0 + "/environment", schemaPath: "#/properties/documents/items/properties/environment/maxLength", keyword: "maxLength", params: { limit: 50 }, message: "must NOT have more than 50 characters", schema: 50, parentSchema: schema0.properties.documents.items.properties.environment, data: data12 };
                  vErrors === null ? vErrors = [err49] : vErrors.push(err49), errors++;
                }
              }
              if (data3.type !== void 0) {
                let data13 = data3.type;
                if (typeof data13 != "string" && data13 !== null) {
                  let err50 = { instancePath: instancePath + "/documents/" + i0 + "/type", schemaPath: "#/properties/documents/items/properties/type/type", keyword: "type", params: { type: schema0.properties.documents.items.properties.type.type }, message: "must be string,null", schema: schema0.properties.documents.items.properties.type.type, parentSchema: schema0.properties.documents.items.properties.type, data: data13 };
                  vErrors === null ? vErrors = [err50] : vErrors.push(err50), errors++;
                }
                if (typeof data13 == "string" && func2(data13) > 50) {
                  let err51 = { instancePath: instancePath + "/documents/" + i0 + "/type", schemaPath: "#/properties/documents/items/properties/type/maxLength", keyword: "maxLength", params: { limit: 50 }, message: "must NOT have more than 50 characters", schema: 50, parentSchema: schema0.properties.documents.items.properties.type, data: data13 };
                  vErrors === null ? vErrors = [err51] : vErrors.push(err51), errors++;
                }
              }
              if (data3.version !== void 0) {
                let data14 = data3.version;
                if (!(data14 && typeof data14 == "object" && !Array.isArray(data14)) && data14 !== null) {
                  let err52 = { instancePath: instancePath + "/documents/" + i0 + "/version", schemaPath: "#/properties/documents/items/properties/version/type", keyword: "type", params: { type: schema0.properties.documents.items.properties.version.type }, message: "must be object,null", schema: schema0.properties.documents.items.properties.version.type, parentSchema: schema0.properties.documents.items.properties.version, data: data14 };
                  vErrors === null ? vErrors = [err52] : vErrors.push(err52), errors++;
                }
                if (data14 && typeof data14 == "object" && !Array.isArray(data14)) {
                  if (data14.from === void 0) {
                    let err53 = { instancePath: instancePath + "/documents/" + i0 + "/version", schemaPath: "#/properties/documents/items/properties/version/required", keyword: "required", params: { missingProperty: "from" }, message: "must have required property 'from'", schema: schema0.properties.documents.items.properties.version.required, parentSchema: schema0.properties.documents.items.properties.version, data: data14 };
                    vErrors === null ? vErrors = [err53] : vErrors.push(err53), errors++;
                  }
                  if (data14.to === void 0) {
                    let err54 = { instancePath: instancePath + "/documents/" + i0 + "/version", schemaPath: "#/properties/documents/items/properties/version/required", keyword: "required", params: { missingProperty: "to" }, message: "must have required property 'to'", schema: schema0.properties.documents.items.properties.version.required, parentSchema: schema0.properties.documents.items.properties.version, data: data14 };
                    vErrors === null ? vErrors = [err54] : vErrors.push(err54), errors++;
                  }
                  for (let key2 in data14)
                    if (!(key2 === "from" || key2 === "to")) {
                      let err55 = { instancePath: instancePath + "/documents/" + i0 + "/version", schemaPath: "#/properties/documents/items/properties/version/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema0.properties.documents.items.properties.version, data: data14 };
                      vErrors === null ? vErrors = [err55] : vErrors.push(err55), errors++;
                    }
                  if (data14.from !== void 0) {
                    let data15 = data14.from;
                    if (typeof data15 == "string") {
                      if (func2(data15) > 200) {
                        let err56 = { instancePath: instancePath + "/documents/" + i0 + "/version/from", schemaPath: "#/properties/documents/items/properties/version/properties/from/maxLength", keyword: "maxLength", params: { limit: 200 }, message: "must NOT have more than 200 characters", schema: 200, parentSchema: schema0.properties.documents.items.properties.version.properties.from, data: data15 };
                        vErrors === null ? vErrors = [err56] : vErrors.push(err56), errors++;
                      }
                    } else {
                      let err57 = { instancePath: instancePath + "/documents/" + i0 + "/version/from", schemaPath: "#/properties/documents/items/properties/version/properties/from/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema0.properties.documents.items.properties.version.properties.from.type, parentSchema: schema0.properties.documents.items.properties.version.properties.from, data: data15 };
                      vErrors === null ? vErrors = [err57] : vErrors.push(err57), errors++;
                    }
                  }
                  if (data14.to !== void 0) {
                    let data16 = data14.to;
                    if (typeof data16 == "string") {
                      if (func2(data16) > 200) {
                        let err58 = { instancePath: instancePath + "/documents/" + i0 + "/version/to", schemaPath: "#/properties/documents/items/properties/version/properties/to/maxLength", keyword: "maxLength", params: { limit: 200 }, message: "must NOT have more than 200 characters", schema: 200, parentSchema: schema0.properties.documents.items.properties.version.properties.to, data: data16 };
                        vErrors === null ? vErrors = [err58] : vErrors.push(err58), errors++;
                      }
                    } else {
                      let err59 = { instancePath: instancePath + "/documents/" + i0 + "/version/to", schemaPath: "#/properties/documents/items/properties/version/properties/to/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema0.properties.documents.items.properties.version.properties.to.type, parentSchema: schema0.properties.documents.items.properties.version.properties.to, data: data16 };
                      vErrors === null ? vErrors = [err59] : vErrors.push(err59), errors++;
                    }
                  }
                }
              }
              if (data3.features !== void 0) {
                let data17 = data3.features;
                if (Array.isArray(data17)) {
                  if (data17.length > 1e4) {
                    let err60 = { instancePath: instancePath + "/documents/" + i0 + "/features", schemaPath: "#/properties/documents/items/properties/features/maxItems", keyword: "maxItems", params: { limit: 1e4 }, message: "must NOT have more than 10000 items", schema: 1e4, parentSchema: schema0.properties.documents.items.properties.features, data: data17 };
                    vErrors === null ? vErrors = [err60] : vErrors.push(err60), errors++;
                  }
                  let len2 = data17.length;
                  for (let i2 = 0; i2 < len2; i2++) {
                    let data18 = data17[i2];
                    if (!(data18 && typeof data18 == "object" && !Array.isArray(data18))) {
                      let err61 = { instancePath: instancePath + "/documents/" + i0 + "/features/" + i2, schemaPath: "#/properties/documents/items/properties/features/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema0.properties.documents.items.properties.features.items.type, parentSchema: schema0.properties.documents.items.properties.features.items, data: data18 };
                      vErrors === null ? vErrors = [err61] : vErrors.push(err61), errors++;
                    }
                  }
                } else {
                  let err62 = { instancePath: instancePath + "/documents/" + i0 + "/features", schemaPath: "#/properties/documents/items/properties/features/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema0.properties.documents.items.properties.features.type, parentSchema: schema0.properties.documents.items.properties.features, data: data17 };
                  vErrors === null ? vErrors = [err62] : vErrors.push(err62), errors++;
                }
              }
              if (data3.form !== void 0) {
                let data19 = data3.form;
                if (!(data19 && typeof data19 == "object" && !Array.isArray(data19)) && data19 !== null) {
                  let err63 = { instancePath: instancePath + "/documents/" + i0 + "/form", schemaPath: "#/properties/documents/items/properties/form/type", keyword: "type", params: { type: schema0.properties.documents.items.properties.form.type }, message: "must be object,null", schema: schema0.properties.documents.items.properties.form.type, parentSchema: schema0.properties.documents.items.properties.form, data: data19 };
                  vErrors === null ? vErrors = [err63] : vErrors.push(err63), errors++;
                }
              }
            } else {
              let err64 = { instancePath: instancePath + "/documents/" + i0, schemaPath: "#/properties/documents/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema0.properties.documents.items.type, parentSchema: schema0.properties.documents.items, data: data3 };
              vErrors === null ? vErrors = [err64] : vErrors.push(err64), errors++;
            }
          }
        } else {
          let err65 = { instancePath: instancePath + "/documents", schemaPath: "#/properties/documents/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema0.properties.documents.type, parentSchema: schema0.properties.documents, data: data2 };
          vErrors === null ? vErrors = [err65] : vErrors.push(err65), errors++;
        }
      }
      if (data.pull_request !== void 0) {
        let data20 = data.pull_request;
        if (data20 && typeof data20 == "object" && !Array.isArray(data20)) {
          if (data20.number === void 0) {
            let err66 = { instancePath: instancePath + "/pull_request", schemaPath: "#/properties/pull_request/required", keyword: "required", params: { missingProperty: "number" }, message: "must have required property 'number'", schema: schema0.properties.pull_request.required, parentSchema: schema0.properties.pull_request, data: data20 };
            vErrors === null ? vErrors = [err66] : vErrors.push(err66), errors++;
          }
          if (data20.title === void 0) {
            let err67 = { instancePath: instancePath + "/pull_request", schemaPath: "#/properties/pull_request/required", keyword: "required", params: { missingProperty: "title" }, message: "must have required property 'title'", schema: schema0.properties.pull_request.required, parentSchema: schema0.properties.pull_request, data: data20 };
            vErrors === null ? vErrors = [err67] : vErrors.push(err67), errors++;
          }
          if (data20.url === void 0) {
            let err68 = { instancePath: instancePath + "/pull_request", schemaPath: "#/properties/pull_request/required", keyword: "required", params: { missingProperty: "url" }, message: "must have required property 'url'", schema: schema0.properties.pull_request.required, parentSchema: schema0.properties.pull_request, data: data20 };
            vErrors === null ? vErrors = [err68] : vErrors.push(err68), errors++;
          }
          if (data20.author === void 0) {
            let err69 = { instancePath: instancePath + "/pull_request", schemaPath: "#/properties/pull_request/required", keyword: "required", params: { missingProperty: "author" }, message: "must have required property 'author'", schema: schema0.properties.pull_request.required, parentSchema: schema0.properties.pull_request, data: data20 };
            vErrors === null ? vErrors = [err69] : vErrors.push(err69), errors++;
          }
          if (data20.base_ref === void 0) {
            let err70 = { instancePath: instancePath + "/pull_request", schemaPath: "#/properties/pull_request/required", keyword: "required", params: { missingProperty: "base_ref" }, message: "must have required property 'base_ref'", schema: schema0.properties.pull_request.required, parentSchema: schema0.properties.pull_request, data: data20 };
            vErrors === null ? vErrors = [err70] : vErrors.push(err70), errors++;
          }
          if (data20.base_sha === void 0) {
            let err71 = { instancePath: instancePath + "/pull_request", schemaPath: "#/properties/pull_request/required", keyword: "required", params: { missingProperty: "base_sha" }, message: "must have required property 'base_sha'", schema: schema0.properties.pull_request.required, parentSchema: schema0.properties.pull_request, data: data20 };
            vErrors === null ? vErrors = [err71] : vErrors.push(err71), errors++;
          }
          if (data20.head_sha === void 0) {
            let err72 = { instancePath: instancePath + "/pull_request", schemaPath: "#/properties/pull_request/required", keyword: "required", params: { missingProperty: "head_sha" }, message: "must have required property 'head_sha'", schema: schema0.properties.pull_request.required, parentSchema: schema0.properties.pull_request, data: data20 };
            vErrors === null ? vErrors = [err72] : vErrors.push(err72), errors++;
          }
          if (data20.merge_sha === void 0) {
            let err73 = { instancePath: instancePath + "/pull_request", schemaPath: "#/properties/pull_request/required", keyword: "required", params: { missingProperty: "merge_sha" }, message: "must have required property 'merge_sha'", schema: schema0.properties.pull_request.required, parentSchema: schema0.properties.pull_request, data: data20 };
            vErrors === null ? vErrors = [err73] : vErrors.push(err73), errors++;
          }
          if (data20.merged_at === void 0) {
            let err74 = { instancePath: instancePath + "/pull_request", schemaPath: "#/properties/pull_request/required", keyword: "required", params: { missingProperty: "merged_at" }, message: "must have required property 'merged_at'", schema: schema0.properties.pull_request.required, parentSchema: schema0.properties.pull_request, data: data20 };
            vErrors === null ? vErrors = [err74] : vErrors.push(err74), errors++;
          }
          if (data20.merged_by === void 0) {
            let err75 = { instancePath: instancePath + "/pull_request", schemaPath: "#/properties/pull_request/required", keyword: "required", params: { missingProperty: "merged_by" }, message: "must have required property 'merged_by'", schema: schema0.properties.pull_request.required, parentSchema: schema0.properties.pull_request, data: data20 };
            vErrors === null ? vErrors = [err75] : vErrors.push(err75), errors++;
          }
          for (let key3 in data20)
            if (!func0.call(schema0.properties.pull_request.properties, key3)) {
              let err76 = { instancePath: instancePath + "/pull_request", schemaPath: "#/properties/pull_request/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema0.properties.pull_request, data: data20 };
              vErrors === null ? vErrors = [err76] : vErrors.push(err76), errors++;
            }
          if (data20.number !== void 0) {
            let data21 = data20.number;
            if (!(typeof data21 == "number" && !(data21 % 1) && !isNaN(data21) && isFinite(data21))) {
              let err77 = { instancePath: instancePath + "/pull_request/number", schemaPath: "#/properties/pull_request/properties/number/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema0.properties.pull_request.properties.number.type, parentSchema: schema0.properties.pull_request.properties.number, data: data21 };
              vErrors === null ? vErrors = [err77] : vErrors.push(err77), errors++;
            }
            if (typeof data21 == "number" && isFinite(data21) && (data21 < 1 || isNaN(data21))) {
              let err78 = { instancePath: instancePath + "/pull_request/number", schemaPath: "#/properties/pull_request/properties/number/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema0.properties.pull_request.properties.number, data: data21 };
              vErrors === null ? vErrors = [err78] : vErrors.push(err78), errors++;
            }
          }
          if (data20.title !== void 0) {
            let data22 = data20.title;
            if (typeof data22 == "string") {
              if (func2(data22) > 1024) {
                let err79 = { instancePath: instancePath + "/pull_request/title", schemaPath: "#/properties/pull_request/properties/title/maxLength", keyword: "maxLength", params: { limit: 1024 }, message: "must NOT have more than 1024 characters", schema: 1024, parentSchema: schema0.properties.pull_request.properties.title, data: data22 };
                vErrors === null ? vErrors = [err79] : vErrors.push(err79), errors++;
              }
            } else {
              let err80 = { instancePath: instancePath + "/pull_request/title", schemaPath: "#/properties/pull_request/properties/title/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema0.properties.pull_request.properties.title.type, parentSchema: schema0.properties.pull_request.properties.title, data: data22 };
              vErrors === null ? vErrors = [err80] : vErrors.push(err80), errors++;
            }
          }
          if (data20.url !== void 0) {
            let data23 = data20.url;
            if (typeof data23 != "string" && data23 !== null) {
              let err81 = { instancePath: instancePath + "/pull_request/url", schemaPath: "#/properties/pull_request/properties/url/type", keyword: "type", params: { type: schema0.properties.pull_request.properties.url.type }, message: "must be string,null", schema: schema0.properties.pull_request.properties.url.type, parentSchema: schema0.properties.pull_request.properties.url, data: data23 };
              vErrors === null ? vErrors = [err81] : vErrors.push(err81), errors++;
            }
            if (typeof data23 == "string" && func2(data23) > 2048) {
              let err82 = { instancePath: instancePath + "/pull_request/url", schemaPath: "#/properties/pull_request/properties/url/maxLength", keyword: "maxLength", params: { limit: 2048 }, message: "must NOT have more than 2048 characters", schema: 2048, parentSchema: schema0.properties.pull_request.properties.url, data: data23 };
              vErrors === null ? vErrors = [err82] : vErrors.push(err82), errors++;
            }
          }
          if (data20.author !== void 0) {
            let data24 = data20.author;
            if (typeof data24 == "string") {
              if (func2(data24) > 100) {
                let err83 = { instancePath: instancePath + "/pull_request/author", schemaPath: "#/$defs/login/maxLength", keyword: "maxLength", params: { limit: 100 }, message: "must NOT have more than 100 characters", schema: 100, parentSchema: schema6, data: data24 };
                vErrors === null ? vErrors = [err83] : vErrors.push(err83), errors++;
              }
              if (func2(data24) < 1) {
                let err84 = { instancePath: instancePath + "/pull_request/author", schemaPath: "#/$defs/login/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema6, data: data24 };
                vErrors === null ? vErrors = [err84] : vErrors.push(err84), errors++;
              }
            } else {
              let err85 = { instancePath: instancePath + "/pull_request/author", schemaPath: "#/$defs/login/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema6.type, parentSchema: schema6, data: data24 };
              vErrors === null ? vErrors = [err85] : vErrors.push(err85), errors++;
            }
          }
          if (data20.base_ref !== void 0) {
            let data25 = data20.base_ref;
            if (typeof data25 == "string") {
              if (func2(data25) > 255) {
                let err86 = { instancePath: instancePath + "/pull_request/base_ref", schemaPath: "#/properties/pull_request/properties/base_ref/maxLength", keyword: "maxLength", params: { limit: 255 }, message: "must NOT have more than 255 characters", schema: 255, parentSchema: schema0.properties.pull_request.properties.base_ref, data: data25 };
                vErrors === null ? vErrors = [err86] : vErrors.push(err86), errors++;
              }
            } else {
              let err87 = { instancePath: instancePath + "/pull_request/base_ref", schemaPath: "#/properties/pull_request/properties/base_ref/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema0.properties.pull_request.properties.base_ref.type, parentSchema: schema0.properties.pull_request.properties.base_ref, data: data25 };
              vErrors === null ? vErrors = [err87] : vErrors.push(err87), errors++;
            }
          }
          if (data20.base_sha !== void 0) {
            let data26 = data20.base_sha;
            if (typeof data26 == "string") {
              if (!pattern0.test(data26)) {
                let err88 = { instancePath: instancePath + "/pull_request/base_sha", schemaPath: "#/$defs/gitSha/pattern", keyword: "pattern", params: { pattern: "^([0-9a-f]{40}|[0-9a-f]{64})$" }, message: 'must match pattern "^([0-9a-f]{40}|[0-9a-f]{64})$"', schema: "^([0-9a-f]{40}|[0-9a-f]{64})$", parentSchema: schema1, data: data26 };
                vErrors === null ? vErrors = [err88] : vErrors.push(err88), errors++;
              }
            } else {
              let err89 = { instancePath: instancePath + "/pull_request/base_sha", schemaPath: "#/$defs/gitSha/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema1.type, parentSchema: schema1, data: data26 };
              vErrors === null ? vErrors = [err89] : vErrors.push(err89), errors++;
            }
          }
          if (data20.head_sha !== void 0) {
            let data27 = data20.head_sha;
            if (typeof data27 == "string") {
              if (!pattern0.test(data27)) {
                let err90 = { instancePath: instancePath + "/pull_request/head_sha", schemaPath: "#/$defs/gitSha/pattern", keyword: "pattern", params: { pattern: "^([0-9a-f]{40}|[0-9a-f]{64})$" }, message: 'must match pattern "^([0-9a-f]{40}|[0-9a-f]{64})$"', schema: "^([0-9a-f]{40}|[0-9a-f]{64})$", parentSchema: schema1, data: data27 };
                vErrors === null ? vErrors = [err90] : vErrors.push(err90), errors++;
              }
            } else {
              let err91 = { instancePath: instancePath + "/pull_request/head_sha", schemaPath: "#/$defs/gitSha/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema1.type, parentSchema: schema1, data: data27 };
              vErrors === null ? vErrors = [err91] : vErrors.push(err91), errors++;
            }
          }
          if (data20.merge_sha !== void 0) {
            let data28 = data20.merge_sha, _errs65 = errors, valid15 = !1, _errs66 = errors;
            if (typeof data28 == "string") {
              if (!pattern0.test(data28)) {
                let err92 = { instancePath: instancePath + "/pull_request/merge_sha", schemaPath: "#/$defs/gitSha/pattern", keyword: "pattern", params: { pattern: "^([0-9a-f]{40}|[0-9a-f]{64})$" }, message: 'must match pattern "^([0-9a-f]{40}|[0-9a-f]{64})$"', schema: "^([0-9a-f]{40}|[0-9a-f]{64})$", parentSchema: schema1, data: data28 };
                vErrors === null ? vErrors = [err92] : vErrors.push(err92), errors++;
              }
            } else {
              let err93 = { instancePath: instancePath + "/pull_request/merge_sha", schemaPath: "#/$defs/gitSha/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema1.type, parentSchema: schema1, data: data28 };
              vErrors === null ? vErrors = [err93] : vErrors.push(err93), errors++;
            }
            var _valid0 = _errs66 === errors;
            valid15 = valid15 || _valid0;
            let _errs69 = errors;
            if (data28 !== null) {
              let err94 = { instancePath: instancePath + "/pull_request/merge_sha", schemaPath: "#/properties/pull_request/properties/merge_sha/anyOf/1/type", keyword: "type", params: { type: "null" }, message: "must be null", schema: schema0.properties.pull_request.properties.merge_sha.anyOf[1].type, parentSchema: schema0.properties.pull_request.properties.merge_sha.anyOf[1], data: data28 };
              vErrors === null ? vErrors = [err94] : vErrors.push(err94), errors++;
            }
            var _valid0 = _errs69 === errors;
            if (valid15 = valid15 || _valid0, valid15)
              errors = _errs65, vErrors !== null && (_errs65 ? vErrors.length = _errs65 : vErrors = null);
            else {
              let err95 = { instancePath: instancePath + "/pull_request/merge_sha", schemaPath: "#/properties/pull_request/properties/merge_sha/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema0.properties.pull_request.properties.merge_sha.anyOf, parentSchema: schema0.properties.pull_request.properties.merge_sha, data: data28 };
              vErrors === null ? vErrors = [err95] : vErrors.push(err95), errors++;
            }
          }
          if (data20.merged_at !== void 0) {
            let data29 = data20.merged_at;
            if (typeof data29 == "string") {
              if (!pattern7.test(data29)) {
                let err96 = { instancePath: instancePath + "/pull_request/merged_at", schemaPath: "#/$defs/instant/pattern", keyword: "pattern", params: { pattern: "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,9})?Z$" }, message: 'must match pattern "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,9})?Z$"', schema: "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,9})?Z$", parentSchema: schema10, data: data29 };
                vErrors === null ? vErrors = [err96] : vErrors.push(err96), errors++;
              }
            } else {
              let err97 = { instancePath: instancePath + "/pull_request/merged_at", schemaPath: "#/$defs/instant/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema10.type, parentSchema: schema10, data: data29 };
              vErrors === null ? vErrors = [err97] : vErrors.push(err97), errors++;
            }
          }
          if (data20.merged_by !== void 0) {
            let data30 = data20.merged_by, _errs75 = errors, valid18 = !1, _errs76 = errors;
            if (typeof data30 == "string") {
              if (func2(data30) > 100) {
                let err98 = { instancePath: instancePath + "/pull_request/merged_by", schemaPath: "#/$defs/login/maxLength", keyword: "maxLength", params: { limit: 100 }, message: "must NOT have more than 100 characters", schema: 100, parentSchema: schema6, data: data30 };
                vErrors === null ? vErrors = [err98] : vErrors.push(err98), errors++;
              }
              if (func2(data30) < 1) {
                let err99 = { instancePath: instancePath + "/pull_request/merged_by", schemaPath: "#/$defs/login/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema6, data: data30 };
                vErrors === null ? vErrors = [err99] : vErrors.push(err99), errors++;
              }
            } else {
              let err100 = { instancePath: instancePath + "/pull_request/merged_by", schemaPath: "#/$defs/login/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema6.type, parentSchema: schema6, data: data30 };
              vErrors === null ? vErrors = [err100] : vErrors.push(err100), errors++;
            }
            var _valid1 = _errs76 === errors;
            valid18 = valid18 || _valid1;
            let _errs79 = errors;
            if (data30 !== null) {
              let err101 = { instancePath: instancePath + "/pull_request/merged_by", schemaPath: "#/properties/pull_request/properties/merged_by/anyOf/1/type", keyword: "type", params: { type: "null" }, message: "must be null", schema: schema0.properties.pull_request.properties.merged_by.anyOf[1].type, parentSchema: schema0.properties.pull_request.properties.merged_by.anyOf[1], data: data30 };
              vErrors === null ? vErrors = [err101] : vErrors.push(err101), errors++;
            }
            var _valid1 = _errs79 === errors;
            if (valid18 = valid18 || _valid1, valid18)
              errors = _errs75, vErrors !== null && (_errs75 ? vErrors.length = _errs75 : vErrors = null);
            else {
              let err102 = { instancePath: instancePath + "/pull_request/merged_by", schemaPath: "#/properties/pull_request/properties/merged_by/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema0.properties.pull_request.properties.merged_by.anyOf, parentSchema: schema0.properties.pull_request.properties.merged_by, data: data30 };
              vErrors === null ? vErrors = [err102] : vErrors.push(err102), errors++;
            }
          }
        } else {
          let err103 = { instancePath: instancePath + "/pull_request", schemaPath: "#/properties/pull_request/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema0.properties.pull_request.type, parentSchema: schema0.properties.pull_request, data: data20 };
          vErrors === null ? vErrors = [err103] : vErrors.push(err103), errors++;
        }
      }
      if (data.approvals !== void 0) {
        let data31 = data.approvals;
        if (Array.isArray(data31)) {
          if (data31.length > 100) {
            let err104 = { instancePath: instancePath + "/approvals", schemaPath: "#/properties/approvals/maxItems", keyword: "maxItems", params: { limit: 100 }, message: "must NOT have more than 100 items", schema: 100, parentSchema: schema0.properties.approvals, data: data31 };
            vErrors === null ? vErrors = [err104] : vErrors.push(err104), errors++;
          }
          let len3 = data31.length;
          for (let i3 = 0; i3 < len3; i3++) {
            let data32 = data31[i3];
            if (data32 && typeof data32 == "object" && !Array.isArray(data32)) {
              if (data32.role === void 0) {
                let err105 = { instancePath: instancePath + "/approvals/" + i3, schemaPath: "#/properties/approvals/items/required", keyword: "required", params: { missingProperty: "role" }, message: "must have required property 'role'", schema: schema0.properties.approvals.items.required, parentSchema: schema0.properties.approvals.items, data: data32 };
                vErrors === null ? vErrors = [err105] : vErrors.push(err105), errors++;
              }
              if (data32.title === void 0) {
                let err106 = { instancePath: instancePath + "/approvals/" + i3, schemaPath: "#/properties/approvals/items/required", keyword: "required", params: { missingProperty: "title" }, message: "must have required property 'title'", schema: schema0.properties.approvals.items.required, parentSchema: schema0.properties.approvals.items, data: data32 };
                vErrors === null ? vErrors = [err106] : vErrors.push(err106), errors++;
              }
              if (data32.login === void 0) {
                let err107 = { instancePath: instancePath + "/approvals/" + i3, schemaPath: "#/properties/approvals/items/required", keyword: "required", params: { missingProperty: "login" }, message: "must have required property 'login'", schema: schema0.properties.approvals.items.required, parentSchema: schema0.properties.approvals.items, data: data32 };
                vErrors === null ? vErrors = [err107] : vErrors.push(err107), errors++;
              }
              if (data32.review_id === void 0) {
                let err108 = { instancePath: instancePath + "/approvals/" + i3, schemaPath: "#/properties/approvals/items/required", keyword: "required", params: { missingProperty: "review_id" }, message: "must have required property 'review_id'", schema: schema0.properties.approvals.items.required, parentSchema: schema0.properties.approvals.items, data: data32 };
                vErrors === null ? vErrors = [err108] : vErrors.push(err108), errors++;
              }
              if (data32.commit_id === void 0) {
                let err109 = { instancePath: instancePath + "/approvals/" + i3, schemaPath: "#/properties/approvals/items/required", keyword: "required", params: { missingProperty: "commit_id" }, message: "must have required property 'commit_id'", schema: schema0.properties.approvals.items.required, parentSchema: schema0.properties.approvals.items, data: data32 };
                vErrors === null ? vErrors = [err109] : vErrors.push(err109), errors++;
              }
              if (data32.submitted_at === void 0) {
                let err110 = { instancePath: instancePath + "/approvals/" + i3, schemaPath: "#/properties/approvals/items/required", keyword: "required", params: { missingProperty: "submitted_at" }, message: "must have required property 'submitted_at'", schema: schema0.properties.approvals.items.required, parentSchema: schema0.properties.approvals.items, data: data32 };
                vErrors === null ? vErrors = [err110] : vErrors.push(err110), errors++;
              }
              for (let key4 in data32)
                if (!(key4 === "role" || key4 === "title" || key4 === "login" || key4 === "via" || key4 === "document" || key4 === "review_id" || key4 === "commit_id" || key4 === "submitted_at")) {
                  let err111 = { instancePath: instancePath + "/approvals/" + i3, schemaPath: "#/properties/approvals/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema0.properties.approvals.items, data: data32 };
                  vErrors === null ? vErrors = [err111] : vErrors.push(err111), errors++;
                }
              if (data32.role !== void 0) {
                let data33 = data32.role;
                if (typeof data33 == "string") {
                  if (func2(data33) > 100) {
                    let err112 = { instancePath: instancePath + "/approvals/" + i3 + "/role", schemaPath: "#/properties/approvals/items/properties/role/maxLength", keyword: "maxLength", params: { limit: 100 }, message: "must NOT have more than 100 characters", schema: 100, parentSchema: schema0.properties.approvals.items.properties.role, data: data33 };
                    vErrors === null ? vErrors = [err112] : vErrors.push(err112), errors++;
                  }
                } else {
                  let err113 = { instancePath: instancePath + "/approvals/" + i3 + "/role", schemaPath: "#/properties/approvals/items/properties/role/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema0.properties.approvals.items.properties.role.type, parentSchema: schema0.properties.approvals.items.properties.role, data: data33 };
                  vErrors === null ? vErrors = [err113] : vErrors.push(err113), errors++;
                }
              }
              if (data32.title !== void 0) {
                let data34 = data32.title;
                if (!(data34 && typeof data34 == "object" && !Array.isArray(data34))) {
                  let err114 = { instancePath: instancePath + "/approvals/" + i3 + "/title", schemaPath: "#/properties/approvals/items/properties/title/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema0.properties.approvals.items.properties.title.type, parentSchema: schema0.properties.approvals.items.properties.title, data: data34 };
                  vErrors === null ? vErrors = [err114] : vErrors.push(err114), errors++;
                }
              }
              if (data32.login !== void 0) {
                let data35 = data32.login;
                if (typeof data35 == "string") {
                  if (func2(data35) > 100) {
                    let err115 = { instancePath: instancePath + "/approvals/" + i3 + "/login", schemaPath: "#/$defs/login/maxLength", keyword: "maxLength", params: { limit: 100 }, message: "must NOT have more than 100 characters", schema: 100, parentSchema: schema6, data: data35 };
                    vErrors === null ? vErrors = [err115] : vErrors.push(err115), errors++;
                  }
                  if (func2(data35) < 1) {
                    let err116 = { instancePath: instancePath + "/approvals/" + i3 + "/login", schemaPath: "#/$defs/login/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema6, data: data35 };
                    vErrors === null ? vErrors = [err116] : vErrors.push(err116), errors++;
                  }
                } else {
                  let err117 = { instancePath: instancePath + "/approvals/" + i3 + "/login", schemaPath: "#/$defs/login/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema6.type, parentSchema: schema6, data: data35 };
                  vErrors === null ? vErrors = [err117] : vErrors.push(err117), errors++;
                }
              }
              if (data32.via !== void 0) {
                let data36 = data32.via;
                if (typeof data36 == "string") {
                  if (func2(data36) > 200) {
                    let err118 = { instancePath: instancePath + "/approvals/" + i3 + "/via", schemaPath: "#/properties/approvals/items/properties/via/maxLength", keyword: "maxLength", params: { limit: 200 }, message: "must NOT have more than 200 characters", schema: 200, parentSchema: schema0.properties.approvals.items.properties.via, data: data36 };
                    vErrors === null ? vErrors = [err118] : vErrors.push(err118), errors++;
                  }
                } else {
                  let err119 = { instancePath: instancePath + "/approvals/" + i3 + "/via", schemaPath: "#/properties/approvals/items/properties/via/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema0.properties.approvals.items.properties.via.type, parentSchema: schema0.properties.approvals.items.properties.via, data: data36 };
                  vErrors === null ? vErrors = [err119] : vErrors.push(err119), errors++;
                }
              }
              if (data32.document !== void 0) {
                let data37 = data32.document;
                if (typeof data37 == "string") {
                  if (func2(data37) > 1e3) {
                    let err120 = { instancePath: instancePath + "/approvals/" + i3 + "/document", schemaPath: "#/properties/approvals/items/properties/document/maxLength", keyword: "maxLength", params: { limit: 1e3 }, message: "must NOT have more than 1000 characters", schema: 1e3, parentSchema: schema0.properties.approvals.items.properties.document, data: data37 };
                    vErrors === null ? vErrors = [err120] : vErrors.push(err120), errors++;
                  }
                } else {
                  let err121 = { instancePath: instancePath + "/approvals/" + i3 + "/document", schemaPath: "#/properties/approvals/items/properties/document/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema0.properties.approvals.items.properties.document.type, parentSchema: schema0.properties.approvals.items.properties.document, data: data37 };
                  vErrors === null ? vErrors = [err121] : vErrors.push(err121), errors++;
                }
              }
              if (data32.review_id !== void 0) {
                let data38 = data32.review_id;
                if (!(typeof data38 == "number" && !(data38 % 1) && !isNaN(data38) && isFinite(data38))) {
                  let err122 = { instancePath: instancePath + "/approvals/" + i3 + "/review_id", schemaPath: "#/properties/approvals/items/properties/review_id/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema0.properties.approvals.items.properties.review_id.type, parentSchema: schema0.properties.approvals.items.properties.review_id, data: data38 };
                  vErrors === null ? vErrors = [err122] : vErrors.push(err122), errors++;
                }
              }
              if (data32.commit_id !== void 0) {
                let data39 = data32.commit_id;
                if (typeof data39 == "string") {
                  if (func2(data39) > 64) {
                    let err123 = { instancePath: instancePath + "/approvals/" + i3 + "/commit_id", schemaPath: "#/properties/approvals/items/properties/commit_id/maxLength", keyword: "maxLength", params: { limit: 64 }, message: "must NOT have more than 64 characters", schema: 64, parentSchema: schema0.properties.approvals.items.properties.commit_id, data: data39 };
                    vErrors === null ? vErrors = [err123] : vErrors.push(err123), errors++;
                  }
                } else {
                  let err124 = { instancePath: instancePath + "/approvals/" + i3 + "/commit_id", schemaPath: "#/properties/approvals/items/properties/commit_id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema0.properties.approvals.items.properties.commit_id.type, parentSchema: schema0.properties.approvals.items.properties.commit_id, data: data39 };
                  vErrors === null ? vErrors = [err124] : vErrors.push(err124), errors++;
                }
              }
              if (data32.submitted_at !== void 0) {
                let data40 = data32.submitted_at;
                if (typeof data40 == "string") {
                  if (!pattern7.test(data40)) {
                    let err125 = { instancePath: instancePath + "/approvals/" + i3 + "/submitted_at", schemaPath: "#/$defs/instant/pattern", keyword: "pattern", params: { pattern: "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,9})?Z$" }, message: 'must match pattern "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,9})?Z$"', schema: "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,9})?Z$", parentSchema: schema10, data: data40 };
                    vErrors === null ? vErrors = [err125] : vErrors.push(err125), errors++;
                  }
                } else {
                  let err126 = { instancePath: instancePath + "/approvals/" + i3 + "/submitted_at", schemaPath: "#/$defs/instant/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema10.type, parentSchema: schema10, data: data40 };
                  vErrors === null ? vErrors = [err126] : vErrors.push(err126), errors++;
                }
              }
            } else {
              let err127 = { instancePath: instancePath + "/approvals/" + i3, schemaPath: "#/properties/approvals/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema0.properties.approvals.items.type, parentSchema: schema0.properties.approvals.items, data: data32 };
              vErrors === null ? vErrors = [err127] : vErrors.push(err127), errors++;
            }
          }
        } else {
          let err128 = { instancePath: instancePath + "/approvals", schemaPath: "#/properties/approvals/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema0.properties.approvals.type, parentSchema: schema0.properties.approvals, data: data31 };
          vErrors === null ? vErrors = [err128] : vErrors.push(err128), errors++;
        }
      }
      if (data.labels !== void 0) {
        let data41 = data.labels;
        if (Array.isArray(data41)) {
          if (data41.length > 100) {
            let err129 = { instancePath: instancePath + "/labels", schemaPath: "#/properties/labels/maxItems", keyword: "maxItems", params: { limit: 100 }, message: "must NOT have more than 100 items", schema: 100, parentSchema: schema0.properties.labels, data: data41 };
            vErrors === null ? vErrors = [err129] : vErrors.push(err129), errors++;
          }
          let len4 = data41.length;
          for (let i4 = 0; i4 < len4; i4++) {
            let data42 = data41[i4];
            if (data42 && typeof data42 == "object" && !Array.isArray(data42)) {
              if (data42.name === void 0) {
                let err130 = { instancePath: instancePath + "/labels/" + i4, schemaPath: "#/properties/labels/items/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema0.properties.labels.items.required, parentSchema: schema0.properties.labels.items, data: data42 };
                vErrors === null ? vErrors = [err130] : vErrors.push(err130), errors++;
              }
              if (data42.name !== void 0) {
                let data43 = data42.name;
                if (typeof data43 == "string") {
                  if (func2(data43) > 100) {
                    let err131 = { instancePath: instancePath + "/labels/" + i4 + "/name", schemaPath: "#/properties/labels/items/properties/name/maxLength", keyword: "maxLength", params: { limit: 100 }, message: "must NOT have more than 100 characters", schema: 100, parentSchema: schema0.properties.labels.items.properties.name, data: data43 };
                    vErrors === null ? vErrors = [err131] : vErrors.push(err131), errors++;
                  }
                } else {
                  let err132 = { instancePath: instancePath + "/labels/" + i4 + "/name", schemaPath: "#/properties/labels/items/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema0.properties.labels.items.properties.name.type, parentSchema: schema0.properties.labels.items.properties.name, data: data43 };
                  vErrors === null ? vErrors = [err132] : vErrors.push(err132), errors++;
                }
              }
            } else {
              let err133 = { instancePath: instancePath + "/labels/" + i4, schemaPath: "#/properties/labels/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema0.properties.labels.items.type, parentSchema: schema0.properties.labels.items, data: data42 };
              vErrors === null ? vErrors = [err133] : vErrors.push(err133), errors++;
            }
          }
        } else {
          let err134 = { instancePath: instancePath + "/labels", schemaPath: "#/properties/labels/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema0.properties.labels.type, parentSchema: schema0.properties.labels, data: data41 };
          vErrors === null ? vErrors = [err134] : vErrors.push(err134), errors++;
        }
      }
      if (data.emergency !== void 0) {
        let data44 = data.emergency;
        if (!(data44 && typeof data44 == "object" && !Array.isArray(data44)) && data44 !== null) {
          let err135 = { instancePath: instancePath + "/emergency", schemaPath: "#/properties/emergency/type", keyword: "type", params: { type: schema0.properties.emergency.type }, message: "must be object,null", schema: schema0.properties.emergency.type, parentSchema: schema0.properties.emergency, data: data44 };
          vErrors === null ? vErrors = [err135] : vErrors.push(err135), errors++;
        }
        if (data44 && typeof data44 == "object" && !Array.isArray(data44)) {
          if (data44.label === void 0) {
            let err136 = { instancePath: instancePath + "/emergency", schemaPath: "#/properties/emergency/required", keyword: "required", params: { missingProperty: "label" }, message: "must have required property 'label'", schema: schema0.properties.emergency.required, parentSchema: schema0.properties.emergency, data: data44 };
            vErrors === null ? vErrors = [err136] : vErrors.push(err136), errors++;
          }
          if (data44.granted === void 0) {
            let err137 = { instancePath: instancePath + "/emergency", schemaPath: "#/properties/emergency/required", keyword: "required", params: { missingProperty: "granted" }, message: "must have required property 'granted'", schema: schema0.properties.emergency.required, parentSchema: schema0.properties.emergency, data: data44 };
            vErrors === null ? vErrors = [err137] : vErrors.push(err137), errors++;
          }
          if (data44.label !== void 0) {
            let data45 = data44.label;
            if (typeof data45 == "string") {
              if (func2(data45) > 100) {
                let err138 = { instancePath: instancePath + "/emergency/label", schemaPath: "#/properties/emergency/properties/label/maxLength", keyword: "maxLength", params: { limit: 100 }, message: "must NOT have more than 100 characters", schema: 100, parentSchema: schema0.properties.emergency.properties.label, data: data45 };
                vErrors === null ? vErrors = [err138] : vErrors.push(err138), errors++;
              }
            } else {
              let err139 = { instancePath: instancePath + "/emergency/label", schemaPath: "#/properties/emergency/properties/label/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema0.properties.emergency.properties.label.type, parentSchema: schema0.properties.emergency.properties.label, data: data45 };
              vErrors === null ? vErrors = [err139] : vErrors.push(err139), errors++;
            }
          }
          if (data44.applied_by !== void 0) {
            let data46 = data44.applied_by;
            if (typeof data46 != "string" && data46 !== null) {
              let err140 = { instancePath: instancePath + "/emergency/applied_by", schemaPath: "#/properties/emergency/properties/applied_by/type", keyword: "type", params: { type: schema0.properties.emergency.properties.applied_by.type }, message: "must be string,null", schema: schema0.properties.emergency.properties.applied_by.type, parentSchema: schema0.properties.emergency.properties.applied_by, data: data46 };
              vErrors === null ? vErrors = [err140] : vErrors.push(err140), errors++;
            }
            if (typeof data46 == "string" && func2(data46) > 100) {
              let err141 = { instancePath: instancePath + "/emergency/applied_by", schemaPath: "#/properties/emergency/properties/applied_by/maxLength", keyword: "maxLength", params: { limit: 100 }, message: "must NOT have more than 100 characters", schema: 100, parentSchema: schema0.properties.emergency.properties.applied_by, data: data46 };
              vErrors === null ? vErrors = [err141] : vErrors.push(err141), errors++;
            }
          }
          if (data44.applied_at !== void 0) {
            let data47 = data44.applied_at;
            if (typeof data47 != "string" && data47 !== null) {
              let err142 = { instancePath: instancePath + "/emergency/applied_at", schemaPath: "#/properties/emergency/properties/applied_at/type", keyword: "type", params: { type: schema0.properties.emergency.properties.applied_at.type }, message: "must be string,null", schema: schema0.properties.emergency.properties.applied_at.type, parentSchema: schema0.properties.emergency.properties.applied_at, data: data47 };
              vErrors === null ? vErrors = [err142] : vErrors.push(err142), errors++;
            }
            if (typeof data47 == "string" && func2(data47) > 40) {
              let err143 = { instancePath: instancePath + "/emergency/applied_at", schemaPath: "#/properties/emergency/properties/applied_at/maxLength", keyword: "maxLength", params: { limit: 40 }, message: "must NOT have more than 40 characters", schema: 40, parentSchema: schema0.properties.emergency.properties.applied_at, data: data47 };
              vErrors === null ? vErrors = [err143] : vErrors.push(err143), errors++;
            }
          }
          if (data44.granted !== void 0) {
            let data48 = data44.granted;
            if (typeof data48 != "boolean") {
              let err144 = { instancePath: instancePath + "/emergency/granted", schemaPath: "#/properties/emergency/properties/granted/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema0.properties.emergency.properties.granted.type, parentSchema: schema0.properties.emergency.properties.granted, data: data48 };
              vErrors === null ? vErrors = [err144] : vErrors.push(err144), errors++;
            }
          }
        }
      }
      if (data.evaluation !== void 0) {
        let data49 = data.evaluation;
        if (data49 && typeof data49 == "object" && !Array.isArray(data49)) {
          if (data49.at === void 0) {
            let err145 = { instancePath: instancePath + "/evaluation", schemaPath: "#/properties/evaluation/required", keyword: "required", params: { missingProperty: "at" }, message: "must have required property 'at'", schema: schema0.properties.evaluation.required, parentSchema: schema0.properties.evaluation, data: data49 };
            vErrors === null ? vErrors = [err145] : vErrors.push(err145), errors++;
          }
          if (data49.outcome === void 0) {
            let err146 = { instancePath: instancePath + "/evaluation", schemaPath: "#/properties/evaluation/required", keyword: "required", params: { missingProperty: "outcome" }, message: "must have required property 'outcome'", schema: schema0.properties.evaluation.required, parentSchema: schema0.properties.evaluation, data: data49 };
            vErrors === null ? vErrors = [err146] : vErrors.push(err146), errors++;
          }
          if (data49.summary === void 0) {
            let err147 = { instancePath: instancePath + "/evaluation", schemaPath: "#/properties/evaluation/required", keyword: "required", params: { missingProperty: "summary" }, message: "must have required property 'summary'", schema: schema0.properties.evaluation.required, parentSchema: schema0.properties.evaluation, data: data49 };
            vErrors === null ? vErrors = [err147] : vErrors.push(err147), errors++;
          }
          if (data49.findings === void 0) {
            let err148 = { instancePath: instancePath + "/evaluation", schemaPath: "#/properties/evaluation/required", keyword: "required", params: { missingProperty: "findings" }, message: "must have required property 'findings'", schema: schema0.properties.evaluation.required, parentSchema: schema0.properties.evaluation, data: data49 };
            vErrors === null ? vErrors = [err148] : vErrors.push(err148), errors++;
          }
          if (data49.at !== void 0) {
            let data50 = data49.at;
            if (typeof data50 == "string") {
              if (!pattern7.test(data50)) {
                let err149 = { instancePath: instancePath + "/evaluation/at", schemaPath: "#/$defs/instant/pattern", keyword: "pattern", params: { pattern: "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,9})?Z$" }, message: 'must match pattern "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,9})?Z$"', schema: "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,9})?Z$", parentSchema: schema10, data: data50 };
                vErrors === null ? vErrors = [err149] : vErrors.push(err149), errors++;
              }
            } else {
              let err150 = { instancePath: instancePath + "/evaluation/at", schemaPath: "#/$defs/instant/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema10.type, parentSchema: schema10, data: data50 };
              vErrors === null ? vErrors = [err150] : vErrors.push(err150), errors++;
            }
          }
          if (data49.outcome !== void 0) {
            let data51 = data49.outcome;
            if (!(data51 === "pass" || data51 === "fail" || data51 === "error")) {
              let err151 = { instancePath: instancePath + "/evaluation/outcome", schemaPath: "#/properties/evaluation/properties/outcome/enum", keyword: "enum", params: { allowedValues: schema0.properties.evaluation.properties.outcome.enum }, message: "must be equal to one of the allowed values", schema: schema0.properties.evaluation.properties.outcome.enum, parentSchema: schema0.properties.evaluation.properties.outcome, data: data51 };
              vErrors === null ? vErrors = [err151] : vErrors.push(err151), errors++;
            }
          }
          if (data49.summary !== void 0) {
            let data52 = data49.summary;
            if (typeof data52 == "string") {
              if (func2(data52) > 1e4) {
                let err152 = { instancePath: instancePath + "/evaluation/summary", schemaPath: "#/properties/evaluation/properties/summary/maxLength", keyword: "maxLength", params: { limit: 1e4 }, message: "must NOT have more than 10000 characters", schema: 1e4, parentSchema: schema0.properties.evaluation.properties.summary, data: data52 };
                vErrors === null ? vErrors = [err152] : vErrors.push(err152), errors++;
              }
            } else {
              let err153 = { instancePath: instancePath + "/evaluation/summary", schemaPath: "#/properties/evaluation/properties/summary/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema0.properties.evaluation.properties.summary.type, parentSchema: schema0.properties.evaluation.properties.summary, data: data52 };
              vErrors === null ? vErrors = [err153] : vErrors.push(err153), errors++;
            }
          }
          if (data49.findings !== void 0) {
            let data53 = data49.findings;
            if (Array.isArray(data53)) {
              if (data53.length > 1e4) {
                let err154 = { instancePath: instancePath + "/evaluation/findings", schemaPath: "#/properties/evaluation/properties/findings/maxItems", keyword: "maxItems", params: { limit: 1e4 }, message: "must NOT have more than 10000 items", schema: 1e4, parentSchema: schema0.properties.evaluation.properties.findings, data: data53 };
                vErrors === null ? vErrors = [err154] : vErrors.push(err154), errors++;
              }
            } else {
              let err155 = { instancePath: instancePath + "/evaluation/findings", schemaPath: "#/properties/evaluation/properties/findings/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema0.properties.evaluation.properties.findings.type, parentSchema: schema0.properties.evaluation.properties.findings, data: data53 };
              vErrors === null ? vErrors = [err155] : vErrors.push(err155), errors++;
            }
          }
        } else {
          let err156 = { instancePath: instancePath + "/evaluation", schemaPath: "#/properties/evaluation/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema0.properties.evaluation.type, parentSchema: schema0.properties.evaluation, data: data49 };
          vErrors === null ? vErrors = [err156] : vErrors.push(err156), errors++;
        }
      }
      if (data.violations !== void 0) {
        let data54 = data.violations;
        if (Array.isArray(data54)) {
          if (data54.length > 1e4) {
            let err157 = { instancePath: instancePath + "/violations", schemaPath: "#/properties/violations/maxItems", keyword: "maxItems", params: { limit: 1e4 }, message: "must NOT have more than 10000 items", schema: 1e4, parentSchema: schema0.properties.violations, data: data54 };
            vErrors === null ? vErrors = [err157] : vErrors.push(err157), errors++;
          }
          let len5 = data54.length;
          for (let i5 = 0; i5 < len5; i5++) {
            let data55 = data54[i5];
            if (data55 && typeof data55 == "object" && !Array.isArray(data55)) {
              if (data55.rule === void 0) {
                let err158 = { instancePath: instancePath + "/violations/" + i5, schemaPath: "#/properties/violations/items/required", keyword: "required", params: { missingProperty: "rule" }, message: "must have required property 'rule'", schema: schema0.properties.violations.items.required, parentSchema: schema0.properties.violations.items, data: data55 };
                vErrors === null ? vErrors = [err158] : vErrors.push(err158), errors++;
              }
              if (data55.message === void 0) {
                let err159 = { instancePath: instancePath + "/violations/" + i5, schemaPath: "#/properties/violations/items/required", keyword: "required", params: { missingProperty: "message" }, message: "must have required property 'message'", schema: schema0.properties.violations.items.required, parentSchema: schema0.properties.violations.items, data: data55 };
                vErrors === null ? vErrors = [err159] : vErrors.push(err159), errors++;
              }
              if (data55.rule !== void 0) {
                let data56 = data55.rule;
                if (typeof data56 == "string") {
                  if (func2(data56) > 100) {
                    let err160 = { instancePath: instancePath + "/violations/" + i5 + "/rule", schemaPath: "#/properties/violations/items/properties/rule/maxLength", keyword: "maxLength", params: { limit: 100 }, message: "must NOT have more than 100 characters", schema: 100, parentSchema: schema0.properties.violations.items.properties.rule, data: data56 };
                    vErrors === null ? vErrors = [err160] : vErrors.push(err160), errors++;
                  }
                } else {
                  let err161 = { instancePath: instancePath + "/violations/" + i5 + "/rule", schemaPath: "#/properties/violations/items/properties/rule/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema0.properties.violations.items.properties.rule.type, parentSchema: schema0.properties.violations.items.properties.rule, data: data56 };
                  vErrors === null ? vErrors = [err161] : vErrors.push(err161), errors++;
                }
              }
              if (data55.message !== void 0) {
                let data57 = data55.message;
                if (typeof data57 == "string") {
                  if (func2(data57) > 1e4) {
                    let err162 = { instancePath: instancePath + "/violations/" + i5 + "/message", schemaPath: "#/properties/violations/items/properties/message/maxLength", keyword: "maxLength", params: { limit: 1e4 }, message: "must NOT have more than 10000 characters", schema: 1e4, parentSchema: schema0.properties.violations.items.properties.message, data: data57 };
                    vErrors === null ? vErrors = [err162] : vErrors.push(err162), errors++;
                  }
                } else {
                  let err163 = { instancePath: instancePath + "/violations/" + i5 + "/message", schemaPath: "#/properties/violations/items/properties/message/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema0.properties.violations.items.properties.message.type, parentSchema: schema0.properties.violations.items.properties.message, data: data57 };
                  vErrors === null ? vErrors = [err163] : vErrors.push(err163), errors++;
                }
              }
            } else {
              let err164 = { instancePath: instancePath + "/violations/" + i5, schemaPath: "#/properties/violations/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema0.properties.violations.items.type, parentSchema: schema0.properties.violations.items, data: data55 };
              vErrors === null ? vErrors = [err164] : vErrors.push(err164), errors++;
            }
          }
        } else {
          let err165 = { instancePath: instancePath + "/violations", schemaPath: "#/properties/violations/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema0.properties.violations.type, parentSchema: schema0.properties.violations, data: data54 };
          vErrors === null ? vErrors = [err165] : vErrors.push(err165), errors++;
        }
      }
      if (data.policy_change !== void 0) {
        let data58 = data.policy_change;
        if (data58 && typeof data58 == "object" && !Array.isArray(data58)) {
          if (data58.files === void 0) {
            let err166 = { instancePath: instancePath + "/policy_change", schemaPath: "#/properties/policy_change/required", keyword: "required", params: { missingProperty: "files" }, message: "must have required property 'files'", schema: schema0.properties.policy_change.required, parentSchema: schema0.properties.policy_change, data: data58 };
            vErrors === null ? vErrors = [err166] : vErrors.push(err166), errors++;
          }
          if (data58.owner === void 0) {
            let err167 = { instancePath: instancePath + "/policy_change", schemaPath: "#/properties/policy_change/required", keyword: "required", params: { missingProperty: "owner" }, message: "must have required property 'owner'", schema: schema0.properties.policy_change.required, parentSchema: schema0.properties.policy_change, data: data58 };
            vErrors === null ? vErrors = [err167] : vErrors.push(err167), errors++;
          }
          if (data58.approved === void 0) {
            let err168 = { instancePath: instancePath + "/policy_change", schemaPath: "#/properties/policy_change/required", keyword: "required", params: { missingProperty: "approved" }, message: "must have required property 'approved'", schema: schema0.properties.policy_change.required, parentSchema: schema0.properties.policy_change, data: data58 };
            vErrors === null ? vErrors = [err168] : vErrors.push(err168), errors++;
          }
          for (let key5 in data58)
            if (!(key5 === "files" || key5 === "owner" || key5 === "approved")) {
              let err169 = { instancePath: instancePath + "/policy_change", schemaPath: "#/properties/policy_change/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key5 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema0.properties.policy_change, data: data58 };
              vErrors === null ? vErrors = [err169] : vErrors.push(err169), errors++;
            }
          if (data58.files !== void 0) {
            let data59 = data58.files;
            if (Array.isArray(data59)) {
              if (data59.length > 1e3) {
                let err170 = { instancePath: instancePath + "/policy_change/files", schemaPath: "#/properties/policy_change/properties/files/maxItems", keyword: "maxItems", params: { limit: 1e3 }, message: "must NOT have more than 1000 items", schema: 1e3, parentSchema: schema0.properties.policy_change.properties.files, data: data59 };
                vErrors === null ? vErrors = [err170] : vErrors.push(err170), errors++;
              }
              let len6 = data59.length;
              for (let i6 = 0; i6 < len6; i6++) {
                let data60 = data59[i6];
                if (typeof data60 == "string") {
                  if (func2(data60) > 1e3) {
                    let err171 = { instancePath: instancePath + "/policy_change/files/" + i6, schemaPath: "#/properties/policy_change/properties/files/items/maxLength", keyword: "maxLength", params: { limit: 1e3 }, message: "must NOT have more than 1000 characters", schema: 1e3, parentSchema: schema0.properties.policy_change.properties.files.items, data: data60 };
                    vErrors === null ? vErrors = [err171] : vErrors.push(err171), errors++;
                  }
                } else {
                  let err172 = { instancePath: instancePath + "/policy_change/files/" + i6, schemaPath: "#/properties/policy_change/properties/files/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema0.properties.policy_change.properties.files.items.type, parentSchema: schema0.properties.policy_change.properties.files.items, data: data60 };
                  vErrors === null ? vErrors = [err172] : vErrors.push(err172), errors++;
                }
              }
            } else {
              let err173 = { instancePath: instancePath + "/policy_change/files", schemaPath: "#/properties/policy_change/properties/files/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema0.properties.policy_change.properties.files.type, parentSchema: schema0.properties.policy_change.properties.files, data: data59 };
              vErrors === null ? vErrors = [err173] : vErrors.push(err173), errors++;
            }
          }
          if (data58.owner !== void 0) {
            let data61 = data58.owner;
            if (typeof data61 == "string") {
              if (func2(data61) > 100) {
                let err174 = { instancePath: instancePath + "/policy_change/owner", schemaPath: "#/properties/policy_change/properties/owner/maxLength", keyword: "maxLength", params: { limit: 100 }, message: "must NOT have more than 100 characters", schema: 100, parentSchema: schema0.properties.policy_change.properties.owner, data: data61 };
                vErrors === null ? vErrors = [err174] : vErrors.push(err174), errors++;
              }
            } else {
              let err175 = { instancePath: instancePath + "/policy_change/owner", schemaPath: "#/properties/policy_change/properties/owner/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema0.properties.policy_change.properties.owner.type, parentSchema: schema0.properties.policy_change.properties.owner, data: data61 };
              vErrors === null ? vErrors = [err175] : vErrors.push(err175), errors++;
            }
          }
          if (data58.approved !== void 0) {
            let data62 = data58.approved;
            if (typeof data62 != "boolean") {
              let err176 = { instancePath: instancePath + "/policy_change/approved", schemaPath: "#/properties/policy_change/properties/approved/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema0.properties.policy_change.properties.approved.type, parentSchema: schema0.properties.policy_change.properties.approved, data: data62 };
              vErrors === null ? vErrors = [err176] : vErrors.push(err176), errors++;
            }
          }
        } else {
          let err177 = { instancePath: instancePath + "/policy_change", schemaPath: "#/properties/policy_change/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema0.properties.policy_change.type, parentSchema: schema0.properties.policy_change, data: data58 };
          vErrors === null ? vErrors = [err177] : vErrors.push(err177), errors++;
        }
      }
      if (data.backfilled !== void 0) {
        let data63 = data.backfilled;
        if (typeof data63 != "boolean") {
          let err178 = { instancePath: instancePath + "/backfilled", schemaPath: "#/properties/backfilled/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema0.properties.backfilled.type, parentSchema: schema0.properties.backfilled, data: data63 };
          vErrors === null ? vErrors = [err178] : vErrors.push(err178), errors++;
        }
      }
      if (data.policy !== void 0) {
        let data64 = data.policy;
        if (data64 && typeof data64 == "object" && !Array.isArray(data64)) {
          if (data64.time_zone === void 0) {
            let err179 = { instancePath: instancePath + "/policy", schemaPath: "#/properties/policy/required", keyword: "required", params: { missingProperty: "time_zone" }, message: "must have required property 'time_zone'", schema: schema0.properties.policy.required, parentSchema: schema0.properties.policy, data: data64 };
            vErrors === null ? vErrors = [err179] : vErrors.push(err179), errors++;
          }
          if (data64.tzdata === void 0) {
            let err180 = { instancePath: instancePath + "/policy", schemaPath: "#/properties/policy/required", keyword: "required", params: { missingProperty: "tzdata" }, message: "must have required property 'tzdata'", schema: schema0.properties.policy.required, parentSchema: schema0.properties.policy, data: data64 };
            vErrors === null ? vErrors = [err180] : vErrors.push(err180), errors++;
          }
          if (data64.config_path === void 0) {
            let err181 = { instancePath: instancePath + "/policy", schemaPath: "#/properties/policy/required", keyword: "required", params: { missingProperty: "config_path" }, message: "must have required property 'config_path'", schema: schema0.properties.policy.required, parentSchema: schema0.properties.policy, data: data64 };
            vErrors === null ? vErrors = [err181] : vErrors.push(err181), errors++;
          }
          if (data64.config_sha256 === void 0) {
            let err182 = { instancePath: instancePath + "/policy", schemaPath: "#/properties/policy/required", keyword: "required", params: { missingProperty: "config_sha256" }, message: "must have required property 'config_sha256'", schema: schema0.properties.policy.required, parentSchema: schema0.properties.policy, data: data64 };
            vErrors === null ? vErrors = [err182] : vErrors.push(err182), errors++;
          }
          if (data64.codeowners_path === void 0) {
            let err183 = { instancePath: instancePath + "/policy", schemaPath: "#/properties/policy/required", keyword: "required", params: { missingProperty: "codeowners_path" }, message: "must have required property 'codeowners_path'", schema: schema0.properties.policy.required, parentSchema: schema0.properties.policy, data: data64 };
            vErrors === null ? vErrors = [err183] : vErrors.push(err183), errors++;
          }
          if (data64.codeowners_sha256 === void 0) {
            let err184 = { instancePath: instancePath + "/policy", schemaPath: "#/properties/policy/required", keyword: "required", params: { missingProperty: "codeowners_sha256" }, message: "must have required property 'codeowners_sha256'", schema: schema0.properties.policy.required, parentSchema: schema0.properties.policy, data: data64 };
            vErrors === null ? vErrors = [err184] : vErrors.push(err184), errors++;
          }
          for (let key6 in data64)
            if (!(key6 === "time_zone" || key6 === "tzdata" || key6 === "config_path" || key6 === "config_sha256" || key6 === "codeowners_path" || key6 === "codeowners_sha256")) {
              let err185 = { instancePath: instancePath + "/policy", schemaPath: "#/properties/policy/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key6 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema0.properties.policy, data: data64 };
              vErrors === null ? vErrors = [err185] : vErrors.push(err185), errors++;
            }
          if (data64.time_zone !== void 0) {
            let data65 = data64.time_zone;
            if (typeof data65 == "string") {
              if (func2(data65) > 64) {
                let err186 = { instancePath: instancePath + "/policy/time_zone", schemaPath: "#/properties/policy/properties/time_zone/maxLength", keyword: "maxLength", params: { limit: 64 }, message: "must NOT have more than 64 characters", schema: 64, parentSchema: schema0.properties.policy.properties.time_zone, data: data65 };
                vErrors === null ? vErrors = [err186] : vErrors.push(err186), errors++;
              }
              if (func2(data65) < 1) {
                let err187 = { instancePath: instancePath + "/policy/time_zone", schemaPath: "#/properties/policy/properties/time_zone/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema0.properties.policy.properties.time_zone, data: data65 };
                vErrors === null ? vErrors = [err187] : vErrors.push(err187), errors++;
              }
            } else {
              let err188 = { instancePath: instancePath + "/policy/time_zone", schemaPath: "#/properties/policy/properties/time_zone/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema0.properties.policy.properties.time_zone.type, parentSchema: schema0.properties.policy.properties.time_zone, data: data65 };
              vErrors === null ? vErrors = [err188] : vErrors.push(err188), errors++;
            }
          }
          if (data64.tzdata !== void 0) {
            let data66 = data64.tzdata;
            if (typeof data66 != "string" && data66 !== null) {
              let err189 = { instancePath: instancePath + "/policy/tzdata", schemaPath: "#/properties/policy/properties/tzdata/type", keyword: "type", params: { type: schema0.properties.policy.properties.tzdata.type }, message: "must be string,null", schema: schema0.properties.policy.properties.tzdata.type, parentSchema: schema0.properties.policy.properties.tzdata, data: data66 };
              vErrors === null ? vErrors = [err189] : vErrors.push(err189), errors++;
            }
            if (typeof data66 == "string" && func2(data66) > 32) {
              let err190 = { instancePath: instancePath + "/policy/tzdata", schemaPath: "#/properties/policy/properties/tzdata/maxLength", keyword: "maxLength", params: { limit: 32 }, message: "must NOT have more than 32 characters", schema: 32, parentSchema: schema0.properties.policy.properties.tzdata, data: data66 };
              vErrors === null ? vErrors = [err190] : vErrors.push(err190), errors++;
            }
          }
          if (data64.config_path !== void 0) {
            let data67 = data64.config_path;
            if (typeof data67 == "string") {
              if (func2(data67) > 1024) {
                let err191 = { instancePath: instancePath + "/policy/config_path", schemaPath: "#/properties/policy/properties/config_path/maxLength", keyword: "maxLength", params: { limit: 1024 }, message: "must NOT have more than 1024 characters", schema: 1024, parentSchema: schema0.properties.policy.properties.config_path, data: data67 };
                vErrors === null ? vErrors = [err191] : vErrors.push(err191), errors++;
              }
            } else {
              let err192 = { instancePath: instancePath + "/policy/config_path", schemaPath: "#/properties/policy/properties/config_path/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema0.properties.policy.properties.config_path.type, parentSchema: schema0.properties.policy.properties.config_path, data: data67 };
              vErrors === null ? vErrors = [err192] : vErrors.push(err192), errors++;
            }
          }
          if (data64.config_sha256 !== void 0) {
            let data68 = data64.config_sha256, _errs161 = errors, valid38 = !1, _errs162 = errors;
            if (typeof data68 == "string") {
              if (!pattern1.test(data68)) {
                let err193 = { instancePath: instancePath + "/policy/config_sha256", schemaPath: "#/$defs/sha256/pattern", keyword: "pattern", params: { pattern: "^[0-9a-f]{64}$" }, message: 'must match pattern "^[0-9a-f]{64}$"', schema: "^[0-9a-f]{64}$", parentSchema: schema22, data: data68 };
                vErrors === null ? vErrors = [err193] : vErrors.push(err193), errors++;
              }
            } else {
              let err194 = { instancePath: instancePath + "/policy/config_sha256", schemaPath: "#/$defs/sha256/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema22.type, parentSchema: schema22, data: data68 };
              vErrors === null ? vErrors = [err194] : vErrors.push(err194), errors++;
            }
            var _valid2 = _errs162 === errors;
            valid38 = valid38 || _valid2;
            let _errs165 = errors;
            if (data68 !== null) {
              let err195 = { instancePath: instancePath + "/policy/config_sha256", schemaPath: "#/properties/policy/properties/config_sha256/anyOf/1/type", keyword: "type", params: { type: "null" }, message: "must be null", schema: schema0.properties.policy.properties.config_sha256.anyOf[1].type, parentSchema: schema0.properties.policy.properties.config_sha256.anyOf[1], data: data68 };
              vErrors === null ? vErrors = [err195] : vErrors.push(err195), errors++;
            }
            var _valid2 = _errs165 === errors;
            if (valid38 = valid38 || _valid2, valid38)
              errors = _errs161, vErrors !== null && (_errs161 ? vErrors.length = _errs161 : vErrors = null);
            else {
              let err196 = { instancePath: instancePath + "/policy/config_sha256", schemaPath: "#/properties/policy/properties/config_sha256/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema0.properties.policy.properties.config_sha256.anyOf, parentSchema: schema0.properties.policy.properties.config_sha256, data: data68 };
              vErrors === null ? vErrors = [err196] : vErrors.push(err196), errors++;
            }
          }
          if (data64.codeowners_path !== void 0) {
            let data69 = data64.codeowners_path;
            if (typeof data69 != "string" && data69 !== null) {
              let err197 = { instancePath: instancePath + "/policy/codeowners_path", schemaPath: "#/properties/policy/properties/codeowners_path/type", keyword: "type", params: { type: schema0.properties.policy.properties.codeowners_path.type }, message: "must be string,null", schema: schema0.properties.policy.properties.codeowners_path.type, parentSchema: schema0.properties.policy.properties.codeowners_path, data: data69 };
              vErrors === null ? vErrors = [err197] : vErrors.push(err197), errors++;
            }
            if (typeof data69 == "string" && func2(data69) > 1024) {
              let err198 = { instancePath: instancePath + "/policy/codeowners_path", schemaPath: "#/properties/policy/properties/codeowners_path/maxLength", keyword: "maxLength", params: { limit: 1024 }, message: "must NOT have more than 1024 characters", schema: 1024, parentSchema: schema0.properties.policy.properties.codeowners_path, data: data69 };
              vErrors === null ? vErrors = [err198] : vErrors.push(err198), errors++;
            }
          }
          if (data64.codeowners_sha256 !== void 0) {
            let data70 = data64.codeowners_sha256, _errs170 = errors, valid40 = !1, _errs171 = errors;
            if (typeof data70 == "string") {
              if (!pattern1.test(data70)) {
                let err199 = { instancePath: instancePath + "/policy/codeowners_sha256", schemaPath: "#/$defs/sha256/pattern", keyword: "pattern", params: { pattern: "^[0-9a-f]{64}$" }, message: 'must match pattern "^[0-9a-f]{64}$"', schema: "^[0-9a-f]{64}$", parentSchema: schema22, data: data70 };
                vErrors === null ? vErrors = [err199] : vErrors.push(err199), errors++;
              }
            } else {
              let err200 = { instancePath: instancePath + "/policy/codeowners_sha256", schemaPath: "#/$defs/sha256/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema22.type, parentSchema: schema22, data: data70 };
              vErrors === null ? vErrors = [err200] : vErrors.push(err200), errors++;
            }
            var _valid3 = _errs171 === errors;
            valid40 = valid40 || _valid3;
            let _errs174 = errors;
            if (data70 !== null) {
              let err201 = { instancePath: instancePath + "/policy/codeowners_sha256", schemaPath: "#/properties/policy/properties/codeowners_sha256/anyOf/1/type", keyword: "type", params: { type: "null" }, message: "must be null", schema: schema0.properties.policy.properties.codeowners_sha256.anyOf[1].type, parentSchema: schema0.properties.policy.properties.codeowners_sha256.anyOf[1], data: data70 };
              vErrors === null ? vErrors = [err201] : vErrors.push(err201), errors++;
            }
            var _valid3 = _errs174 === errors;
            if (valid40 = valid40 || _valid3, valid40)
              errors = _errs170, vErrors !== null && (_errs170 ? vErrors.length = _errs170 : vErrors = null);
            else {
              let err202 = { instancePath: instancePath + "/policy/codeowners_sha256", schemaPath: "#/properties/policy/properties/codeowners_sha256/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema0.properties.policy.properties.codeowners_sha256.anyOf, parentSchema: schema0.properties.policy.properties.codeowners_sha256, data: data70 };
              vErrors === null ? vErrors = [err202] : vErrors.push(err202), errors++;
            }
          }
        } else {
          let err203 = { instancePath: instancePath + "/policy", schemaPath: "#/properties/policy/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema0.properties.policy.type, parentSchema: schema0.properties.policy, data: data64 };
          vErrors === null ? vErrors = [err203] : vErrors.push(err203), errors++;
        }
      }
      if (data.tool !== void 0) {
        let data71 = data.tool;
        if (data71 && typeof data71 == "object" && !Array.isArray(data71)) {
          if (data71.name === void 0) {
            let err204 = { instancePath: instancePath + "/tool", schemaPath: "#/properties/tool/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema0.properties.tool.required, parentSchema: schema0.properties.tool, data: data71 };
            vErrors === null ? vErrors = [err204] : vErrors.push(err204), errors++;
          }
          if (data71.version === void 0) {
            let err205 = { instancePath: instancePath + "/tool", schemaPath: "#/properties/tool/required", keyword: "required", params: { missingProperty: "version" }, message: "must have required property 'version'", schema: schema0.properties.tool.required, parentSchema: schema0.properties.tool, data: data71 };
            vErrors === null ? vErrors = [err205] : vErrors.push(err205), errors++;
          }
          for (let key7 in data71)
            if (!(key7 === "name" || key7 === "version")) {
              let err206 = { instancePath: instancePath + "/tool", schemaPath: "#/properties/tool/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key7 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema0.properties.tool, data: data71 };
              vErrors === null ? vErrors = [err206] : vErrors.push(err206), errors++;
            }
          if (data71.name !== void 0) {
            let data72 = data71.name;
            if (data72 !== "upgrade-gate") {
              let err207 = { instancePath: instancePath + "/tool/name", schemaPath: "#/properties/tool/properties/name/const", keyword: "const", params: { allowedValue: "upgrade-gate" }, message: "must be equal to constant", schema: "upgrade-gate", parentSchema: schema0.properties.tool.properties.name, data: data72 };
              vErrors === null ? vErrors = [err207] : vErrors.push(err207), errors++;
            }
          }
          if (data71.version !== void 0) {
            let data73 = data71.version;
            if (typeof data73 == "string") {
              if (func2(data73) > 64) {
                let err208 = { instancePath: instancePath + "/tool/version", schemaPath: "#/properties/tool/properties/version/maxLength", keyword: "maxLength", params: { limit: 64 }, message: "must NOT have more than 64 characters", schema: 64, parentSchema: schema0.properties.tool.properties.version, data: data73 };
                vErrors === null ? vErrors = [err208] : vErrors.push(err208), errors++;
              }
            } else {
              let err209 = { instancePath: instancePath + "/tool/version", schemaPath: "#/properties/tool/properties/version/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema0.properties.tool.properties.version.type, parentSchema: schema0.properties.tool.properties.version, data: data73 };
              vErrors === null ? vErrors = [err209] : vErrors.push(err209), errors++;
            }
          }
        } else {
          let err210 = { instancePath: instancePath + "/tool", schemaPath: "#/properties/tool/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema0.properties.tool.type, parentSchema: schema0.properties.tool, data: data71 };
          vErrors === null ? vErrors = [err210] : vErrors.push(err210), errors++;
        }
      }
      if (data.previous_sha256 !== void 0) {
        let data74 = data.previous_sha256, _errs183 = errors, valid43 = !1, _errs184 = errors;
        if (typeof data74 == "string") {
          if (!pattern1.test(data74)) {
            let err211 = { instancePath: instancePath + "/previous_sha256", schemaPath: "#/$defs/sha256/pattern", keyword: "pattern", params: { pattern: "^[0-9a-f]{64}$" }, message: 'must match pattern "^[0-9a-f]{64}$"', schema: "^[0-9a-f]{64}$", parentSchema: schema22, data: data74 };
            vErrors === null ? vErrors = [err211] : vErrors.push(err211), errors++;
          }
        } else {
          let err212 = { instancePath: instancePath + "/previous_sha256", schemaPath: "#/$defs/sha256/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema22.type, parentSchema: schema22, data: data74 };
          vErrors === null ? vErrors = [err212] : vErrors.push(err212), errors++;
        }
        var _valid4 = _errs184 === errors;
        valid43 = valid43 || _valid4;
        let _errs187 = errors;
        if (data74 !== null) {
          let err213 = { instancePath: instancePath + "/previous_sha256", schemaPath: "#/properties/previous_sha256/anyOf/1/type", keyword: "type", params: { type: "null" }, message: "must be null", schema: schema0.properties.previous_sha256.anyOf[1].type, parentSchema: schema0.properties.previous_sha256.anyOf[1], data: data74 };
          vErrors === null ? vErrors = [err213] : vErrors.push(err213), errors++;
        }
        var _valid4 = _errs187 === errors;
        if (valid43 = valid43 || _valid4, valid43)
          errors = _errs183, vErrors !== null && (_errs183 ? vErrors.length = _errs183 : vErrors = null);
        else {
          let err214 = { instancePath: instancePath + "/previous_sha256", schemaPath: "#/properties/previous_sha256/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema0.properties.previous_sha256.anyOf, parentSchema: schema0.properties.previous_sha256, data: data74 };
          vErrors === null ? vErrors = [err214] : vErrors.push(err214), errors++;
        }
      }
      if (data.sha256 !== void 0) {
        let data75 = data.sha256;
        if (typeof data75 == "string") {
          if (!pattern1.test(data75)) {
            let err215 = { instancePath: instancePath + "/sha256", schemaPath: "#/$defs/sha256/pattern", keyword: "pattern", params: { pattern: "^[0-9a-f]{64}$" }, message: 'must match pattern "^[0-9a-f]{64}$"', schema: "^[0-9a-f]{64}$", parentSchema: schema22, data: data75 };
            vErrors === null ? vErrors = [err215] : vErrors.push(err215), errors++;
          }
        } else {
          let err216 = { instancePath: instancePath + "/sha256", schemaPath: "#/$defs/sha256/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema22.type, parentSchema: schema22, data: data75 };
          vErrors === null ? vErrors = [err216] : vErrors.push(err216), errors++;
        }
      }
    } else {
      let err217 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema0.type, parentSchema: schema0, data };
      vErrors === null ? vErrors = [err217] : vErrors.push(err217), errors++;
    }
    return validate0.errors = vErrors, errors === 0;
  }
  return validate0.evaluated = { props: !0, dynamicProps: !1, dynamicItems: !1 }, module.exports;
});
var archive_record_v2_schema_default = schema2;

// schemas/archive-record.schema.json
var schema3 = JSON.parse(`{"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://upgrade-gate.dev/schemas/archive-record.schema.json","title":"Archive record (upgrade-gate/archive-record/v3) \xB7 \u5347\u7EA7\u6863\u6848\u8BB0\u5F55\uFF08\u7B2C\u4E09\u7248\u683C\u5F0F\uFF09","description":"What auditors read for one merged upgrade pull request: the documents as merged with the Git blob and sha256 of each and of every evidence file they reference, who approved, the evaluation at merge time, any rule the merge broke, and a hash chain (sha256 over the RFC 8785 canonical JSON) that shows nothing was edited, removed or reordered. Format 3: the fields and the hash of format 2, its Markdown and year-index row in English and Chinese throughout. Records of formats 1 and 2 keep their own schemas (archive-record-v1.schema.json, archive-record-v2.schema.json).\\n\\n\u5BA1\u8BA1\u65F6\u67E5\u9605\u7684\u4E00\u6761\u8BB0\u5F55\uFF0C\u5BF9\u5E94\u4E00\u4E2A\u5DF2\u5408\u5E76\u7684\u5347\u7EA7 PR\uFF1A\u5408\u5E76\u65F6\u7684\u5347\u7EA7\u6587\u6863\u53CA\u5176 Git blob \u548C sha256\uFF0C\u6587\u6863\u5F15\u7528\u7684\u6BCF\u4E2A\u4F50\u8BC1\u6750\u6599\u7684 blob \u548C sha256\uFF0C\u5BA1\u6279\u4EBA\uFF0C\u5408\u5E76\u65F6\u7684\u68C0\u67E5\u7ED3\u679C\uFF0C\u5408\u5E76\u8FDD\u53CD\u7684\u89C4\u5219\uFF0C\u4EE5\u53CA\u8BC1\u660E\u8BB0\u5F55\u672A\u88AB\u4FEE\u6539\u3001\u5220\u9664\u6216\u8C03\u6362\u987A\u5E8F\u7684\u54C8\u5E0C\u94FE\uFF08\u5BF9 RFC 8785 \u89C4\u8303 JSON \u8BA1\u7B97 sha256\uFF09\u3002\u7B2C 3 \u7248\u683C\u5F0F\uFF1A\u5B57\u6BB5\u548C\u54C8\u5E0C\u7B97\u6CD5\u4E0E\u7B2C 2 \u7248\u76F8\u540C\uFF0CMarkdown \u548C\u5E74\u5EA6\u7D22\u5F15\u884C\u5168\u90E8\u4E2D\u82F1\u5BF9\u7167\u3002\u7B2C 1\u30012 \u7248\u8BB0\u5F55\u4F7F\u7528\u5404\u81EA\u7684 Schema\uFF08archive-record-v1.schema.json\u3001archive-record-v2.schema.json\uFF09\u3002","type":"object","additionalProperties":false,"required":["format","sequence","documents","pull_request","approvals","labels","emergency","evaluation","violations","backfilled","policy","tool","previous_sha256","sha256"],"$defs":{"sha256":{"description":"Lower-case hex sha256.\\n\\n\u5C0F\u5199\u5341\u516D\u8FDB\u5236\u7684 sha256\u3002","type":"string","pattern":"^[0-9a-f]{64}$"},"gitSha":{"description":"Lower-case hex Git object id (SHA-1 or SHA-256 repositories).\\n\\n\u5C0F\u5199\u5341\u516D\u8FDB\u5236\u7684 Git \u5BF9\u8C61\u7F16\u53F7\uFF08SHA-1 \u6216 SHA-256 \u4ED3\u5E93\uFF09\u3002","type":"string","pattern":"^([0-9a-f]{40}|[0-9a-f]{64})$"},"instant":{"description":"A UTC instant (RFC 3339, Z).\\n\\nUTC \u65F6\u523B\uFF08RFC 3339\uFF0C\u4EE5 Z \u7ED3\u5C3E\uFF09\u3002","type":"string","pattern":"^\\\\d{4}-\\\\d{2}-\\\\d{2}T\\\\d{2}:\\\\d{2}:\\\\d{2}(\\\\.\\\\d{1,9})?Z$"},"login":{"description":"A GitHub login.\\n\\nGitHub \u7528\u6237\u540D\u3002","type":"string","minLength":1,"maxLength":100},"pin":{"description":"A file pinned by content: its path, Git blob id and sha256 at the merge (null: absent at the merge).\\n\\n\u6309\u5185\u5BB9\u56FA\u5B9A\u7684\u6587\u4EF6\uFF1A\u5408\u5E76\u65F6\u7684\u8DEF\u5F84\u3001Git blob \u7F16\u53F7\u548C sha256\uFF08null \u8868\u793A\u5408\u5E76\u65F6\u4E0D\u5B58\u5728\uFF09\u3002","type":"object","additionalProperties":false,"required":["path","blob_sha","sha256"],"properties":{"path":{"description":"Path in the repository.\\n\\n\u4ED3\u5E93\u4E2D\u7684\u8DEF\u5F84\u3002","type":"string","minLength":1,"maxLength":1024},"blob_sha":{"description":"Git blob id of the file as merged (null: the file did not exist).\\n\\n\u5408\u5E76\u65F6\u8BE5\u6587\u4EF6\u7684 Git blob \u7F16\u53F7\uFF08null \u8868\u793A\u6587\u4EF6\u4E0D\u5B58\u5728\uFF09\u3002","anyOf":[{"$ref":"#/$defs/gitSha"},{"type":"null"}]},"sha256":{"description":"sha256 of the file's bytes as merged (null: the file did not exist).\\n\\n\u5408\u5E76\u65F6\u8BE5\u6587\u4EF6\u5185\u5BB9\u7684 sha256\uFF08null \u8868\u793A\u6587\u4EF6\u4E0D\u5B58\u5728\uFF09\u3002","anyOf":[{"$ref":"#/$defs/sha256"},{"type":"null"}]}}}},"properties":{"format":{"description":"Record format version.\\n\\n\u8BB0\u5F55\u7684\u683C\u5F0F\u7248\u672C\u3002","const":"upgrade-gate/archive-record/v3"},"sequence":{"description":"Position in the archive's hash chain, starting at 1.\\n\\n\u5728\u5347\u7EA7\u6863\u6848\u54C8\u5E0C\u94FE\u4E2D\u7684\u5E8F\u53F7\uFF0C\u4ECE 1 \u5F00\u59CB\u3002","type":"integer","minimum":1,"maximum":1000000000},"documents":{"description":"The upgrade documents as merged.\\n\\n\u5408\u5E76\u65F6\u7684\u5347\u7EA7\u6587\u6863\u3002","type":"array","maxItems":100,"items":{"type":"object","additionalProperties":false,"required":["path","text","blob_sha","sha256","evidence","id","system","environment","type","version","features","form"],"properties":{"path":{"description":"Path in the repository.\\n\\n\u4ED3\u5E93\u4E2D\u7684\u8DEF\u5F84\u3002","type":"string","minLength":1,"maxLength":1024},"text":{"description":"The document's YAML exactly as merged.\\n\\n\u5408\u5E76\u65F6\u7684\u6587\u6863 YAML \u539F\u6587\uFF0C\u4E00\u5B57\u4E0D\u6539\u3002","type":"string","maxLength":1048576},"blob_sha":{"description":"Git blob id of the document's text.\\n\\n\u6587\u6863\u6587\u672C\u7684 Git blob \u7F16\u53F7\u3002","$ref":"#/$defs/gitSha"},"sha256":{"description":"sha256 of the document's text (UTF-8).\\n\\n\u6587\u6863\u6587\u672C\uFF08UTF-8\uFF09\u7684 sha256\u3002","$ref":"#/$defs/sha256"},"evidence":{"description":"Every evidence file the document references (acceptance, gray-test report), pinned as merged.\\n\\n\u6587\u6863\u5F15\u7528\u7684\u6BCF\u4E2A\u4F50\u8BC1\u6750\u6599\uFF08\u7528\u6237\u9A8C\u8BC1\u3001\u7070\u5EA6\u6D4B\u8BD5\u62A5\u544A\uFF09\uFF0C\u6309\u5408\u5E76\u65F6\u7684\u5185\u5BB9\u56FA\u5B9A\u3002","type":"array","maxItems":100,"items":{"$ref":"#/$defs/pin"}},"id":{"description":"Approval form NO.\\n\\n\u751F\u4EA7\u73AF\u5883\u5347\u7EA7\u5BA1\u6279\u5355\u7F16\u53F7\u3002","type":["string","null"],"maxLength":200},"system":{"description":"System upgraded.\\n\\n\u5347\u7EA7\u7684\u7CFB\u7EDF\u3002","type":["string","null"],"maxLength":200},"environment":{"description":"production or gray.\\n\\nproduction\uFF08\u751F\u4EA7\u73AF\u5883\uFF09\u6216 gray\uFF08\u7070\u5EA6\u73AF\u5883\uFF09\u3002","type":["string","null"],"maxLength":50},"type":{"description":"regular or emergency.\\n\\nregular\uFF08\u5E38\u89C4\u5347\u7EA7\uFF09\u6216 emergency\uFF08\u7D27\u6025\u5347\u7EA7\uFF09\u3002","type":["string","null"],"maxLength":50},"version":{"description":"Release from and to.\\n\\n\u5347\u7EA7\u524D\u540E\u7684\u7248\u672C\u3002","type":["object","null"],"additionalProperties":false,"required":["from","to"],"properties":{"from":{"description":"Version before.\\n\\n\u5347\u7EA7\u524D\u7684\u7248\u672C\u3002","type":"string","maxLength":200},"to":{"description":"Version after.\\n\\n\u5347\u7EA7\u540E\u7684\u7248\u672C\u3002","type":"string","maxLength":200}}},"features":{"description":"Attachment 2, the feature list.\\n\\n\u9644\u4EF6\u4E8C\uFF0C\u751F\u4EA7\u73AF\u5883\u5347\u7EA7\u529F\u80FD\u6E05\u5355\u3002","type":"array","maxItems":10000,"items":{"type":"object"}},"form":{"description":"Attachment 1, the approval form, as rendered at merge.\\n\\n\u9644\u4EF6\u4E00\uFF0C\u5408\u5E76\u65F6\u751F\u6210\u7684\u751F\u4EA7\u73AF\u5883\u5347\u7EA7\u5BA1\u6279\u5355\u3002","type":["object","null"]}}}},"pull_request":{"description":"The merged pull request.\\n\\n\u5DF2\u5408\u5E76\u7684 PR\u3002","type":"object","additionalProperties":false,"required":["number","title","url","author","base_ref","base_sha","head_sha","merge_sha","merged_at","merged_by"],"properties":{"number":{"description":"PR number.\\n\\nPR \u7F16\u53F7\u3002","type":"integer","minimum":1},"title":{"description":"PR title.\\n\\nPR \u6807\u9898\u3002","type":"string","maxLength":1024},"url":{"description":"PR web address.\\n\\nPR \u7F51\u5740\u3002","type":["string","null"],"maxLength":2048},"author":{"description":"Who opened it.\\n\\n\u521B\u5EFA\u4EBA\u3002","$ref":"#/$defs/login"},"base_ref":{"description":"Target branch.\\n\\n\u76EE\u6807\u5206\u652F\u3002","type":"string","maxLength":255},"base_sha":{"description":"Base commit evaluated against.\\n\\n\u68C0\u67E5\u65F6\u6240\u5BF9\u7167\u7684\u57FA\u7840\u63D0\u4EA4\u3002","$ref":"#/$defs/gitSha"},"head_sha":{"description":"Head commit merged.\\n\\n\u5408\u5E76\u7684\u6700\u65B0\u63D0\u4EA4\u3002","$ref":"#/$defs/gitSha"},"merge_sha":{"description":"The merge commit.\\n\\n\u5408\u5E76\u63D0\u4EA4\u3002","anyOf":[{"$ref":"#/$defs/gitSha"},{"type":"null"}]},"merged_at":{"description":"When it merged (UTC instant).\\n\\n\u5408\u5E76\u65F6\u95F4\uFF08UTC \u65F6\u523B\uFF09\u3002","$ref":"#/$defs/instant"},"merged_by":{"description":"Who merged it.\\n\\n\u5408\u5E76\u4EBA\u3002","anyOf":[{"$ref":"#/$defs/login"},{"type":"null"}]}}},"approvals":{"description":"The approvals that counted, one per document and role.\\n\\n\u8BA1\u5165\u7684\u5BA1\u6279\uFF0C\u6BCF\u4EFD\u6587\u6863\u7684\u6BCF\u4E2A\u89D2\u8272\u4E00\u6761\u3002","type":"array","maxItems":100,"items":{"type":"object","additionalProperties":false,"required":["role","title","login","review_id","commit_id","submitted_at"],"properties":{"role":{"description":"Role id.\\n\\n\u89D2\u8272\u7F16\u53F7\u3002","type":"string","maxLength":100},"title":{"description":"Role title in English and Chinese.\\n\\n\u89D2\u8272\u7684\u4E2D\u82F1\u6587\u540D\u79F0\u3002","type":"object"},"login":{"description":"Approver.\\n\\n\u5BA1\u6279\u4EBA\u3002","$ref":"#/$defs/login"},"via":{"description":"The CODEOWNERS entry of the document through which the approver signed (@org/team or @user).\\n\\n\u5BA1\u6279\u4EBA\u636E\u4EE5\u7B7E\u6279\u7684\u8BE5\u6587\u6863 CODEOWNERS \u6240\u6709\u8005\uFF08@\u7EC4\u7EC7/\u56E2\u961F \u6216 @\u7528\u6237\u540D\uFF09\u3002","type":"string","maxLength":200},"document":{"description":"The upgrade document this signature is for.\\n\\n\u8FD9\u6B21\u7B7E\u6279\u6240\u9488\u5BF9\u7684\u5347\u7EA7\u6587\u6863\u3002","type":"string","maxLength":1000},"review_id":{"description":"GitHub review id.\\n\\nGitHub \u5BA1\u67E5\uFF08review\uFF09\u7F16\u53F7\u3002","type":"integer"},"commit_id":{"description":"Commit the approver reviewed.\\n\\n\u5BA1\u6279\u4EBA\u5BA1\u67E5\u7684\u63D0\u4EA4\u3002","type":"string","maxLength":64},"submitted_at":{"description":"When (UTC instant).\\n\\n\u65F6\u95F4\uFF08UTC \u65F6\u523B\uFF09\u3002","$ref":"#/$defs/instant"}}}},"labels":{"description":"Labels at merge, with who applied each when known.\\n\\n\u5408\u5E76\u65F6\u7684\u6807\u7B7E\uFF0C\u5DF2\u77E5\u65F6\u6CE8\u660E\u6DFB\u52A0\u4EBA\u3002","type":"array","maxItems":100,"items":{"type":"object","required":["name"],"properties":{"name":{"description":"Label.\\n\\n\u6807\u7B7E\u3002","type":"string","maxLength":100}}}},"emergency":{"description":"The emergency bypass, when requested: who applied the label and when, and whether it was granted.\\n\\n\u7533\u8BF7\u7D27\u6025\u5347\u7EA7\u65F6\u7684\u8BB0\u5F55\uFF1A\u8C01\u5728\u4F55\u65F6\u6DFB\u52A0\u4E86\u6807\u7B7E\uFF0C\u4EE5\u53CA\u662F\u5426\u51C6\u4E88\u3002","type":["object","null"],"required":["label","granted"],"properties":{"label":{"description":"Label name.\\n\\n\u6807\u7B7E\u540D\u79F0\u3002","type":"string","maxLength":100},"applied_by":{"description":"Who applied it.\\n\\n\u6DFB\u52A0\u4EBA\u3002","type":["string","null"],"maxLength":100},"applied_at":{"description":"When (UTC instant).\\n\\n\u65F6\u95F4\uFF08UTC \u65F6\u523B\uFF09\u3002","type":["string","null"],"maxLength":40},"granted":{"description":"Whether the day rule was waived.\\n\\n\u662F\u5426\u514D\u9664\u4E86\u5347\u7EA7\u65E5\u9650\u5236\u3002","type":"boolean"}}},"evaluation":{"description":"The evaluation at merge time.\\n\\n\u5408\u5E76\u65F6\u7684\u68C0\u67E5\u7ED3\u679C\u3002","type":"object","required":["at","outcome","summary","findings"],"properties":{"at":{"description":"The moment evaluated (the merge time, UTC).\\n\\n\u68C0\u67E5\u6240\u4F9D\u636E\u7684\u65F6\u523B\uFF08\u5408\u5E76\u65F6\u95F4\uFF0CUTC\uFF09\u3002","$ref":"#/$defs/instant"},"outcome":{"description":"pass, fail or error.\\n\\npass\uFF08\u901A\u8FC7\uFF09\u3001fail\uFF08\u4E0D\u901A\u8FC7\uFF09\u6216 error\uFF08\u51FA\u9519\uFF09\u3002","enum":["pass","fail","error"]},"summary":{"description":"One line.\\n\\n\u4E00\u884C\u6458\u8981\u3002","type":"string","maxLength":10000},"findings":{"description":"Every finding.\\n\\n\u5168\u90E8\u68C0\u67E5\u95EE\u9898\u3002","type":"array","maxItems":10000}}},"violations":{"description":"Rules the merge broke (empty for a clean merge). A non-empty list is a policy violation.\\n\\n\u5408\u5E76\u8FDD\u53CD\u7684\u89C4\u5219\uFF08\u5408\u89C4\u5408\u5E76\u65F6\u4E3A\u7A7A\uFF09\u3002\u4E0D\u4E3A\u7A7A\u5373\u4E3A\u8FDD\u89C4\u3002","type":"array","maxItems":10000,"items":{"type":"object","required":["rule","message"],"properties":{"rule":{"description":"Rule id.\\n\\n\u89C4\u5219\u7F16\u53F7\u3002","type":"string","maxLength":100},"message":{"description":"What was broken.\\n\\n\u8FDD\u53CD\u7684\u5185\u5BB9\u3002","type":"string","maxLength":10000}}}},"policy_change":{"description":"Present when the merged PR changed policy files (the configuration, CODEOWNERS, workflows, the configured policy-files): which, the role that owns the policy, and whether that role approved the exact change before the merge (its approval is among approvals, without a document).\\n\\n\u5408\u5E76\u7684 PR \u4FEE\u6539\u4E86\u7B56\u7565\u6587\u4EF6\uFF08\u914D\u7F6E\u3001CODEOWNERS\u3001\u5DE5\u4F5C\u6D41\u6216\u914D\u7F6E\u7684 policy-files\uFF09\u65F6\u624D\u6709\uFF1A\u6539\u4E86\u54EA\u4E9B\u6587\u4EF6\u3001\u7B56\u7565\u7684\u8D1F\u8D23\u89D2\u8272\uFF0C\u4EE5\u53CA\u8BE5\u89D2\u8272\u662F\u5426\u5728\u5408\u5E76\u524D\u6279\u51C6\u4E86\u8FD9\u4E00\u786E\u5207\u53D8\u66F4\uFF08\u5176\u5BA1\u6279\u5217\u5728 approvals \u4E2D\uFF0C\u4E0D\u5BF9\u5E94\u6587\u6863\uFF09\u3002","type":"object","additionalProperties":false,"required":["files","owner","approved"],"properties":{"files":{"description":"The policy files the PR changed.\\n\\nPR \u4FEE\u6539\u7684\u7B56\u7565\u6587\u4EF6\u3002","type":"array","maxItems":1000,"items":{"type":"string","maxLength":1000}},"owner":{"description":"The policy-owner role id.\\n\\n\u7B56\u7565\u8D1F\u8D23\u89D2\u8272\u7684\u7F16\u53F7\u3002","type":"string","maxLength":100},"approved":{"description":"Whether the policy owner's approval counted.\\n\\n\u7B56\u7565\u8D1F\u8D23\u4EBA\u7684\u5BA1\u6279\u662F\u5426\u8BA1\u5165\u3002","type":"boolean"}}},"backfilled":{"description":"True when written later by a scheduled run because the merge-time run left no record.\\n\\n\u5408\u5E76\u65F6\u7684\u8FD0\u884C\u6CA1\u6709\u7559\u4E0B\u8BB0\u5F55\u3001\u7531\u4E4B\u540E\u7684\u5B9A\u65F6\u8FD0\u884C\u8865\u5199\u65F6\u4E3A true\u3002","type":"boolean"},"policy":{"description":"The policy that applied: time zone, time-zone database, and digests of the base branch's config and CODEOWNERS.\\n\\n\u9002\u7528\u7684\u7B56\u7565\uFF1A\u65F6\u533A\u3001\u65F6\u533A\u6570\u636E\u5E93\u7248\u672C\uFF0C\u4EE5\u53CA\u57FA\u7840\u5206\u652F\u4E0A\u914D\u7F6E\u548C CODEOWNERS \u7684\u6458\u8981\u3002","type":"object","additionalProperties":false,"required":["time_zone","tzdata","config_path","config_sha256","codeowners_path","codeowners_sha256"],"properties":{"time_zone":{"description":"Policy time zone (IANA name).\\n\\n\u7B56\u7565\u65F6\u533A\uFF08IANA \u540D\u79F0\uFF09\u3002","type":"string","minLength":1,"maxLength":64},"tzdata":{"description":"Time-zone database version of the runtime.\\n\\n\u8FD0\u884C\u73AF\u5883\u7684\u65F6\u533A\u6570\u636E\u5E93\u7248\u672C\u3002","type":["string","null"],"maxLength":32},"config_path":{"description":"Config file path.\\n\\n\u914D\u7F6E\u6587\u4EF6\u8DEF\u5F84\u3002","type":"string","maxLength":1024},"config_sha256":{"description":"sha256 of the config text (null: absent, defaults used).\\n\\n\u914D\u7F6E\u6587\u672C\u7684 sha256\uFF08null \u8868\u793A\u6CA1\u6709\u914D\u7F6E\u6587\u4EF6\uFF0C\u4F7F\u7528\u9ED8\u8BA4\u503C\uFF09\u3002","anyOf":[{"$ref":"#/$defs/sha256"},{"type":"null"}]},"codeowners_path":{"description":"CODEOWNERS path.\\n\\nCODEOWNERS \u8DEF\u5F84\u3002","type":["string","null"],"maxLength":1024},"codeowners_sha256":{"description":"sha256 of CODEOWNERS.\\n\\nCODEOWNERS \u7684 sha256\u3002","anyOf":[{"$ref":"#/$defs/sha256"},{"type":"null"}]}}},"tool":{"description":"The upgrade-gate that wrote the record.\\n\\n\u5199\u5165\u8FD9\u6761\u8BB0\u5F55\u7684 upgrade-gate\u3002","type":"object","additionalProperties":false,"required":["name","version"],"properties":{"name":{"description":"Tool name.\\n\\n\u5DE5\u5177\u540D\u79F0\u3002","const":"upgrade-gate"},"version":{"description":"Tool version.\\n\\n\u5DE5\u5177\u7248\u672C\u3002","type":"string","maxLength":64}}},"previous_sha256":{"description":"sha256 of the previous record (null for the first).\\n\\n\u4E0A\u4E00\u6761\u8BB0\u5F55\u7684 sha256\uFF08\u7B2C\u4E00\u6761\u4E3A null\uFF09\u3002","anyOf":[{"$ref":"#/$defs/sha256"},{"type":"null"}]},"sha256":{"description":"sha256 of the RFC 8785 canonical JSON of this record without this field.\\n\\n\u672C\u8BB0\u5F55\u53BB\u6389\u6B64\u5B57\u6BB5\u540E\u6309 RFC 8785 \u89C4\u8303\u5316\u7684 JSON \u7684 sha256\u3002","$ref":"#/$defs/sha256"}}}`);
registerValidator(schema3.$id, () => {
  let module = { exports: {} };
  module.exports = validate0, module.exports.default = validate0;
  let schema0 = { $schema: "https://json-schema.org/draft/2020-12/schema", $id: "https://upgrade-gate.dev/schemas/archive-record.schema.json", title: "Archive record (upgrade-gate/archive-record/v3) \xB7 \u5347\u7EA7\u6863\u6848\u8BB0\u5F55\uFF08\u7B2C\u4E09\u7248\u683C\u5F0F\uFF09", description: `What auditors read for one merged upgrade pull request: the documents as merged with the Git blob and sha256 of each and of every evidence file they reference, who approved, the evaluation at merge time, any rule the merge broke, and a hash chain (sha256 over the RFC 8785 canonical JSON) that shows nothing was edited, removed or reordered. Format 3: the fields and the hash of format 2, its Markdown and year-index row in English and Chinese throughout. Records of formats 1 and 2 keep their own schemas (archive-record-v1.schema.json, archive-record-v2.schema.json).

\u5BA1\u8BA1\u65F6\u67E5\u9605\u7684\u4E00\u6761\u8BB0\u5F55\uFF0C\u5BF9\u5E94\u4E00\u4E2A\u5DF2\u5408\u5E76\u7684\u5347\u7EA7 PR\uFF1A\u5408\u5E76\u65F6\u7684\u5347\u7EA7\u6587\u6863\u53CA\u5176 Git blob \u548C sha256\uFF0C\u6587\u6863\u5F15\u7528\u7684\u6BCF\u4E2A\u4F50\u8BC1\u6750\u6599\u7684 blob \u548C sha256\uFF0C\u5BA1\u6279\u4EBA\uFF0C\u5408\u5E76\u65F6\u7684\u68C0\u67E5\u7ED3\u679C\uFF0C\u5408\u5E76\u8FDD\u53CD\u7684\u89C4\u5219\uFF0C\u4EE5\u53CA\u8BC1\u660E\u8BB0\u5F55\u672A\u88AB\u4FEE\u6539\u3001\u5220\u9664\u6216\u8C03\u6362\u987A\u5E8F\u7684\u54C8\u5E0C\u94FE\uFF08\u5BF9 RFC 8785 \u89C4\u8303 JSON \u8BA1\u7B97 sha256\uFF09\u3002\u7B2C 3 \u7248\u683C\u5F0F\uFF1A\u5B57\u6BB5\u548C\u54C8\u5E0C\u7B97\u6CD5\u4E0E\u7B2C 2 \u7248\u76F8\u540C\uFF0CMarkdown \u548C\u5E74\u5EA6\u7D22\u5F15\u884C\u5168\u90E8\u4E2D\u82F1\u5BF9\u7167\u3002\u7B2C 1\u30012 \u7248\u8BB0\u5F55\u4F7F\u7528\u5404\u81EA\u7684 Schema\uFF08archive-record-v1.schema.json\u3001archive-record-v2.schema.json\uFF09\u3002`, type: "object", additionalProperties: !1, required: ["format", "sequence", "documents", "pull_request", "approvals", "labels", "emergency", "evaluation", "violations", "backfilled", "policy", "tool", "previous_sha256", "sha256"], $defs: { sha256: { description: `Lower-case hex sha256.

\u5C0F\u5199\u5341\u516D\u8FDB\u5236\u7684 sha256\u3002`, type: "string", pattern: "^[0-9a-f]{64}$" }, gitSha: { description: `Lower-case hex Git object id (SHA-1 or SHA-256 repositories).

\u5C0F\u5199\u5341\u516D\u8FDB\u5236\u7684 Git \u5BF9\u8C61\u7F16\u53F7\uFF08SHA-1 \u6216 SHA-256 \u4ED3\u5E93\uFF09\u3002`, type: "string", pattern: "^([0-9a-f]{40}|[0-9a-f]{64})$" }, instant: { description: `A UTC instant (RFC 3339, Z).

UTC \u65F6\u523B\uFF08RFC 3339\uFF0C\u4EE5 Z \u7ED3\u5C3E\uFF09\u3002`, type: "string", pattern: "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,9})?Z$" }, login: { description: `A GitHub login.

GitHub \u7528\u6237\u540D\u3002`, type: "string", minLength: 1, maxLength: 100 }, pin: { description: `A file pinned by content: its path, Git blob id and sha256 at the merge (null: absent at the merge).

\u6309\u5185\u5BB9\u56FA\u5B9A\u7684\u6587\u4EF6\uFF1A\u5408\u5E76\u65F6\u7684\u8DEF\u5F84\u3001Git blob \u7F16\u53F7\u548C sha256\uFF08null \u8868\u793A\u5408\u5E76\u65F6\u4E0D\u5B58\u5728\uFF09\u3002`, type: "object", additionalProperties: !1, required: ["path", "blob_sha", "sha256"], properties: { path: { description: `Path in the repository.

\u4ED3\u5E93\u4E2D\u7684\u8DEF\u5F84\u3002`, type: "string", minLength: 1, maxLength: 1024 }, blob_sha: { description: `Git blob id of the file as merged (null: the file did not exist).

\u5408\u5E76\u65F6\u8BE5\u6587\u4EF6\u7684 Git blob \u7F16\u53F7\uFF08null \u8868\u793A\u6587\u4EF6\u4E0D\u5B58\u5728\uFF09\u3002`, anyOf: [{ $ref: "#/$defs/gitSha" }, { type: "null" }] }, sha256: { description: `sha256 of the file's bytes as merged (null: the file did not exist).

\u5408\u5E76\u65F6\u8BE5\u6587\u4EF6\u5185\u5BB9\u7684 sha256\uFF08null \u8868\u793A\u6587\u4EF6\u4E0D\u5B58\u5728\uFF09\u3002`, anyOf: [{ $ref: "#/$defs/sha256" }, { type: "null" }] } } } }, properties: { format: { description: `Record format version.

\u8BB0\u5F55\u7684\u683C\u5F0F\u7248\u672C\u3002`, const: "upgrade-gate/archive-record/v3" }, sequence: { description: `Position in the archive's hash chain, starting at 1.

\u5728\u5347\u7EA7\u6863\u6848\u54C8\u5E0C\u94FE\u4E2D\u7684\u5E8F\u53F7\uFF0C\u4ECE 1 \u5F00\u59CB\u3002`, type: "integer", minimum: 1, maximum: 1e9 }, documents: { description: `The upgrade documents as merged.

\u5408\u5E76\u65F6\u7684\u5347\u7EA7\u6587\u6863\u3002`, type: "array", maxItems: 100, items: { type: "object", additionalProperties: !1, required: ["path", "text", "blob_sha", "sha256", "evidence", "id", "system", "environment", "type", "version", "features", "form"], properties: { path: { description: `Path in the repository.

\u4ED3\u5E93\u4E2D\u7684\u8DEF\u5F84\u3002`, type: "string", minLength: 1, maxLength: 1024 }, text: { description: `The document's YAML exactly as merged.

\u5408\u5E76\u65F6\u7684\u6587\u6863 YAML \u539F\u6587\uFF0C\u4E00\u5B57\u4E0D\u6539\u3002`, type: "string", maxLength: 1048576 }, blob_sha: { description: `Git blob id of the document's text.

\u6587\u6863\u6587\u672C\u7684 Git blob \u7F16\u53F7\u3002`, $ref: "#/$defs/gitSha" }, sha256: { description: `sha256 of the document's text (UTF-8).

\u6587\u6863\u6587\u672C\uFF08UTF-8\uFF09\u7684 sha256\u3002`, $ref: "#/$defs/sha256" }, evidence: { description: `Every evidence file the document references (acceptance, gray-test report), pinned as merged.

\u6587\u6863\u5F15\u7528\u7684\u6BCF\u4E2A\u4F50\u8BC1\u6750\u6599\uFF08\u7528\u6237\u9A8C\u8BC1\u3001\u7070\u5EA6\u6D4B\u8BD5\u62A5\u544A\uFF09\uFF0C\u6309\u5408\u5E76\u65F6\u7684\u5185\u5BB9\u56FA\u5B9A\u3002`, type: "array", maxItems: 100, items: { $ref: "#/$defs/pin" } }, id: { description: `Approval form NO.

\u751F\u4EA7\u73AF\u5883\u5347\u7EA7\u5BA1\u6279\u5355\u7F16\u53F7\u3002`, type: ["string", "null"], maxLength: 200 }, system: { description: `System upgraded.

\u5347\u7EA7\u7684\u7CFB\u7EDF\u3002`, type: ["string", "null"], maxLength: 200 }, environment: { description: `production or gray.

production\uFF08\u751F\u4EA7\u73AF\u5883\uFF09\u6216 gray\uFF08\u7070\u5EA6\u73AF\u5883\uFF09\u3002`, type: ["string", "null"], maxLength: 50 }, type: { description: `regular or emergency.

regular\uFF08\u5E38\u89C4\u5347\u7EA7\uFF09\u6216 emergency\uFF08\u7D27\u6025\u5347\u7EA7\uFF09\u3002`, type: ["string", "null"], maxLength: 50 }, version: { description: `Release from and to.

\u5347\u7EA7\u524D\u540E\u7684\u7248\u672C\u3002`, type: ["object", "null"], additionalProperties: !1, required: ["from", "to"], properties: { from: { description: `Version before.

\u5347\u7EA7\u524D\u7684\u7248\u672C\u3002`, type: "string", maxLength: 200 }, to: { description: `Version after.

\u5347\u7EA7\u540E\u7684\u7248\u672C\u3002`, type: "string", maxLength: 200 } } }, features: { description: `Attachment 2, the feature list.

\u9644\u4EF6\u4E8C\uFF0C\u751F\u4EA7\u73AF\u5883\u5347\u7EA7\u529F\u80FD\u6E05\u5355\u3002`, type: "array", maxItems: 1e4, items: { type: "object" } }, form: { description: `Attachment 1, the approval form, as rendered at merge.

\u9644\u4EF6\u4E00\uFF0C\u5408\u5E76\u65F6\u751F\u6210\u7684\u751F\u4EA7\u73AF\u5883\u5347\u7EA7\u5BA1\u6279\u5355\u3002`, type: ["object", "null"] } } } }, pull_request: { description: `The merged pull request.

\u5DF2\u5408\u5E76\u7684 PR\u3002`, type: "object", additionalProperties: !1, required: ["number", "title", "url", "author", "base_ref", "base_sha", "head_sha", "merge_sha", "merged_at", "merged_by"], properties: { number: { description: `PR number.

PR \u7F16\u53F7\u3002`, type: "integer", minimum: 1 }, title: { description: `PR title.

PR \u6807\u9898\u3002`, type: "string", maxLength: 1024 }, url: { description: `PR web address.

PR \u7F51\u5740\u3002`, type: ["string", "null"], maxLength: 2048 }, author: { description: `Who opened it.

\u521B\u5EFA\u4EBA\u3002`, $ref: "#/$defs/login" }, base_ref: { description: `Target branch.

\u76EE\u6807\u5206\u652F\u3002`, type: "string", maxLength: 255 }, base_sha: { description: `Base commit evaluated against.

\u68C0\u67E5\u65F6\u6240\u5BF9\u7167\u7684\u57FA\u7840\u63D0\u4EA4\u3002`, $ref: "#/$defs/gitSha" }, head_sha: { description: `Head commit merged.

\u5408\u5E76\u7684\u6700\u65B0\u63D0\u4EA4\u3002`, $ref: "#/$defs/gitSha" }, merge_sha: { description: `The merge commit.

\u5408\u5E76\u63D0\u4EA4\u3002`, anyOf: [{ $ref: "#/$defs/gitSha" }, { type: "null" }] }, merged_at: { description: `When it merged (UTC instant).

\u5408\u5E76\u65F6\u95F4\uFF08UTC \u65F6\u523B\uFF09\u3002`, $ref: "#/$defs/instant" }, merged_by: { description: `Who merged it.

\u5408\u5E76\u4EBA\u3002`, anyOf: [{ $ref: "#/$defs/login" }, { type: "null" }] } } }, approvals: { description: `The approvals that counted, one per document and role.

\u8BA1\u5165\u7684\u5BA1\u6279\uFF0C\u6BCF\u4EFD\u6587\u6863\u7684\u6BCF\u4E2A\u89D2\u8272\u4E00\u6761\u3002`, type: "array", maxItems: 100, items: { type: "object", additionalProperties: !1, required: ["role", "title", "login", "review_id", "commit_id", "submitted_at"], properties: { role: { description: `Role id.

\u89D2\u8272\u7F16\u53F7\u3002`, type: "string", maxLength: 100 }, title: { description: `Role title in English and Chinese.

\u89D2\u8272\u7684\u4E2D\u82F1\u6587\u540D\u79F0\u3002`, type: "object" }, login: { description: `Approver.

\u5BA1\u6279\u4EBA\u3002`, $ref: "#/$defs/login" }, via: { description: `The CODEOWNERS entry of the document through which the approver signed (@org/team or @user).

\u5BA1\u6279\u4EBA\u636E\u4EE5\u7B7E\u6279\u7684\u8BE5\u6587\u6863 CODEOWNERS \u6240\u6709\u8005\uFF08@\u7EC4\u7EC7/\u56E2\u961F \u6216 @\u7528\u6237\u540D\uFF09\u3002`, type: "string", maxLength: 200 }, document: { description: `The upgrade document this signature is for.

\u8FD9\u6B21\u7B7E\u6279\u6240\u9488\u5BF9\u7684\u5347\u7EA7\u6587\u6863\u3002`, type: "string", maxLength: 1e3 }, review_id: { description: `GitHub review id.

GitHub \u5BA1\u67E5\uFF08review\uFF09\u7F16\u53F7\u3002`, type: "integer" }, commit_id: { description: `Commit the approver reviewed.

\u5BA1\u6279\u4EBA\u5BA1\u67E5\u7684\u63D0\u4EA4\u3002`, type: "string", maxLength: 64 }, submitted_at: { description: `When (UTC instant).

\u65F6\u95F4\uFF08UTC \u65F6\u523B\uFF09\u3002`, $ref: "#/$defs/instant" } } } }, labels: { description: `Labels at merge, with who applied each when known.

\u5408\u5E76\u65F6\u7684\u6807\u7B7E\uFF0C\u5DF2\u77E5\u65F6\u6CE8\u660E\u6DFB\u52A0\u4EBA\u3002`, type: "array", maxItems: 100, items: { type: "object", required: ["name"], properties: { name: { description: `Label.

\u6807\u7B7E\u3002`, type: "string", maxLength: 100 } } } }, emergency: { description: `The emergency bypass, when requested: who applied the label and when, and whether it was granted.

\u7533\u8BF7\u7D27\u6025\u5347\u7EA7\u65F6\u7684\u8BB0\u5F55\uFF1A\u8C01\u5728\u4F55\u65F6\u6DFB\u52A0\u4E86\u6807\u7B7E\uFF0C\u4EE5\u53CA\u662F\u5426\u51C6\u4E88\u3002`, type: ["object", "null"], required: ["label", "granted"], properties: { label: { description: `Label name.

\u6807\u7B7E\u540D\u79F0\u3002`, type: "string", maxLength: 100 }, applied_by: { description: `Who applied it.

\u6DFB\u52A0\u4EBA\u3002`, type: ["string", "null"], maxLength: 100 }, applied_at: { description: `When (UTC instant).

\u65F6\u95F4\uFF08UTC \u65F6\u523B\uFF09\u3002`, type: ["string", "null"], maxLength: 40 }, granted: { description: `Whether the day rule was waived.

\u662F\u5426\u514D\u9664\u4E86\u5347\u7EA7\u65E5\u9650\u5236\u3002`, type: "boolean" } } }, evaluation: { description: `The evaluation at merge time.

\u5408\u5E76\u65F6\u7684\u68C0\u67E5\u7ED3\u679C\u3002`, type: "object", required: ["at", "outcome", "summary", "findings"], properties: { at: { description: `The moment evaluated (the merge time, UTC).

\u68C0\u67E5\u6240\u4F9D\u636E\u7684\u65F6\u523B\uFF08\u5408\u5E76\u65F6\u95F4\uFF0CUTC\uFF09\u3002`, $ref: "#/$defs/instant" }, outcome: { description: `pass, fail or error.

pass\uFF08\u901A\u8FC7\uFF09\u3001fail\uFF08\u4E0D\u901A\u8FC7\uFF09\u6216 error\uFF08\u51FA\u9519\uFF09\u3002`, enum: ["pass", "fail", "error"] }, summary: { description: `One line.

\u4E00\u884C\u6458\u8981\u3002`, type: "string", maxLength: 1e4 }, findings: { description: `Every finding.

\u5168\u90E8\u68C0\u67E5\u95EE\u9898\u3002`, type: "array", maxItems: 1e4 } } }, violations: { description: `Rules the merge broke (empty for a clean merge). A non-empty list is a policy violation.

\u5408\u5E76\u8FDD\u53CD\u7684\u89C4\u5219\uFF08\u5408\u89C4\u5408\u5E76\u65F6\u4E3A\u7A7A\uFF09\u3002\u4E0D\u4E3A\u7A7A\u5373\u4E3A\u8FDD\u89C4\u3002`, type: "array", maxItems: 1e4, items: { type: "object", required: ["rule", "message"], properties: { rule: { description: `Rule id.

\u89C4\u5219\u7F16\u53F7\u3002`, type: "string", maxLength: 100 }, message: { description: `What was broken.

\u8FDD\u53CD\u7684\u5185\u5BB9\u3002`, type: "string", maxLength: 1e4 } } } }, policy_change: { description: `Present when the merged PR changed policy files (the configuration, CODEOWNERS, workflows, the configured policy-files): which, the role that owns the policy, and whether that role approved the exact change before the merge (its approval is among approvals, without a document).

\u5408\u5E76\u7684 PR \u4FEE\u6539\u4E86\u7B56\u7565\u6587\u4EF6\uFF08\u914D\u7F6E\u3001CODEOWNERS\u3001\u5DE5\u4F5C\u6D41\u6216\u914D\u7F6E\u7684 policy-files\uFF09\u65F6\u624D\u6709\uFF1A\u6539\u4E86\u54EA\u4E9B\u6587\u4EF6\u3001\u7B56\u7565\u7684\u8D1F\u8D23\u89D2\u8272\uFF0C\u4EE5\u53CA\u8BE5\u89D2\u8272\u662F\u5426\u5728\u5408\u5E76\u524D\u6279\u51C6\u4E86\u8FD9\u4E00\u786E\u5207\u53D8\u66F4\uFF08\u5176\u5BA1\u6279\u5217\u5728 approvals \u4E2D\uFF0C\u4E0D\u5BF9\u5E94\u6587\u6863\uFF09\u3002`, type: "object", additionalProperties: !1, required: ["files", "owner", "approved"], properties: { files: { description: `The policy files the PR changed.

PR \u4FEE\u6539\u7684\u7B56\u7565\u6587\u4EF6\u3002`, type: "array", maxItems: 1e3, items: { type: "string", maxLength: 1e3 } }, owner: { description: `The policy-owner role id.

\u7B56\u7565\u8D1F\u8D23\u89D2\u8272\u7684\u7F16\u53F7\u3002`, type: "string", maxLength: 100 }, approved: { description: `Whether the policy owner's approval counted.

\u7B56\u7565\u8D1F\u8D23\u4EBA\u7684\u5BA1\u6279\u662F\u5426\u8BA1\u5165\u3002`, type: "boolean" } } }, backfilled: { description: `True when written later by a scheduled run because the merge-time run left no record.

\u5408\u5E76\u65F6\u7684\u8FD0\u884C\u6CA1\u6709\u7559\u4E0B\u8BB0\u5F55\u3001\u7531\u4E4B\u540E\u7684\u5B9A\u65F6\u8FD0\u884C\u8865\u5199\u65F6\u4E3A true\u3002`, type: "boolean" }, policy: { description: `The policy that applied: time zone, time-zone database, and digests of the base branch's config and CODEOWNERS.

\u9002\u7528\u7684\u7B56\u7565\uFF1A\u65F6\u533A\u3001\u65F6\u533A\u6570\u636E\u5E93\u7248\u672C\uFF0C\u4EE5\u53CA\u57FA\u7840\u5206\u652F\u4E0A\u914D\u7F6E\u548C CODEOWNERS \u7684\u6458\u8981\u3002`, type: "object", additionalProperties: !1, required: ["time_zone", "tzdata", "config_path", "config_sha256", "codeowners_path", "codeowners_sha256"], properties: { time_zone: { description: `Policy time zone (IANA name).

\u7B56\u7565\u65F6\u533A\uFF08IANA \u540D\u79F0\uFF09\u3002`, type: "string", minLength: 1, maxLength: 64 }, tzdata: { description: `Time-zone database version of the runtime.

\u8FD0\u884C\u73AF\u5883\u7684\u65F6\u533A\u6570\u636E\u5E93\u7248\u672C\u3002`, type: ["string", "null"], maxLength: 32 }, config_path: { description: `Config file path.

\u914D\u7F6E\u6587\u4EF6\u8DEF\u5F84\u3002`, type: "string", maxLength: 1024 }, config_sha256: { description: `sha256 of the config text (null: absent, defaults used).

\u914D\u7F6E\u6587\u672C\u7684 sha256\uFF08null \u8868\u793A\u6CA1\u6709\u914D\u7F6E\u6587\u4EF6\uFF0C\u4F7F\u7528\u9ED8\u8BA4\u503C\uFF09\u3002`, anyOf: [{ $ref: "#/$defs/sha256" }, { type: "null" }] }, codeowners_path: { description: `CODEOWNERS path.

CODEOWNERS \u8DEF\u5F84\u3002`, type: ["string", "null"], maxLength: 1024 }, codeowners_sha256: { description: `sha256 of CODEOWNERS.

CODEOWNERS \u7684 sha256\u3002`, anyOf: [{ $ref: "#/$defs/sha256" }, { type: "null" }] } } }, tool: { description: `The upgrade-gate that wrote the record.

\u5199\u5165\u8FD9\u6761\u8BB0\u5F55\u7684 upgrade-gate\u3002`, type: "object", additionalProperties: !1, required: ["name", "version"], properties: { name: { description: `Tool name.

\u5DE5\u5177\u540D\u79F0\u3002`, const: "upgrade-gate" }, version: { description: `Tool version.

\u5DE5\u5177\u7248\u672C\u3002`, type: "string", maxLength: 64 } } }, previous_sha256: { description: `sha256 of the previous record (null for the first).

\u4E0A\u4E00\u6761\u8BB0\u5F55\u7684 sha256\uFF08\u7B2C\u4E00\u6761\u4E3A null\uFF09\u3002`, anyOf: [{ $ref: "#/$defs/sha256" }, { type: "null" }] }, sha256: { description: `sha256 of the RFC 8785 canonical JSON of this record without this field.

\u672C\u8BB0\u5F55\u53BB\u6389\u6B64\u5B57\u6BB5\u540E\u6309 RFC 8785 \u89C4\u8303\u5316\u7684 JSON \u7684 sha256\u3002`, $ref: "#/$defs/sha256" } } }, schema1 = { description: `Lower-case hex Git object id (SHA-1 or SHA-256 repositories).

\u5C0F\u5199\u5341\u516D\u8FDB\u5236\u7684 Git \u5BF9\u8C61\u7F16\u53F7\uFF08SHA-1 \u6216 SHA-256 \u4ED3\u5E93\uFF09\u3002`, type: "string", pattern: "^([0-9a-f]{40}|[0-9a-f]{64})$" }, schema22 = { description: `Lower-case hex sha256.

\u5C0F\u5199\u5341\u516D\u8FDB\u5236\u7684 sha256\u3002`, type: "string", pattern: "^[0-9a-f]{64}$" }, schema6 = { description: `A GitHub login.

GitHub \u7528\u6237\u540D\u3002`, type: "string", minLength: 1, maxLength: 100 }, schema10 = { description: `A UTC instant (RFC 3339, Z).

UTC \u65F6\u523B\uFF08RFC 3339\uFF0C\u4EE5 Z \u7ED3\u5C3E\uFF09\u3002`, type: "string", pattern: "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,9})?Z$" }, func0 = Object.prototype.hasOwnProperty, func2 = ucs2length, pattern0 = new RegExp("^([0-9a-f]{40}|[0-9a-f]{64})$", "u"), pattern1 = new RegExp("^[0-9a-f]{64}$", "u"), pattern7 = new RegExp("^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,9})?Z$", "u"), schema32 = { description: `A file pinned by content: its path, Git blob id and sha256 at the merge (null: absent at the merge).

\u6309\u5185\u5BB9\u56FA\u5B9A\u7684\u6587\u4EF6\uFF1A\u5408\u5E76\u65F6\u7684\u8DEF\u5F84\u3001Git blob \u7F16\u53F7\u548C sha256\uFF08null \u8868\u793A\u5408\u5E76\u65F6\u4E0D\u5B58\u5728\uFF09\u3002`, type: "object", additionalProperties: !1, required: ["path", "blob_sha", "sha256"], properties: { path: { description: `Path in the repository.

\u4ED3\u5E93\u4E2D\u7684\u8DEF\u5F84\u3002`, type: "string", minLength: 1, maxLength: 1024 }, blob_sha: { description: `Git blob id of the file as merged (null: the file did not exist).

\u5408\u5E76\u65F6\u8BE5\u6587\u4EF6\u7684 Git blob \u7F16\u53F7\uFF08null \u8868\u793A\u6587\u4EF6\u4E0D\u5B58\u5728\uFF09\u3002`, anyOf: [{ $ref: "#/$defs/gitSha" }, { type: "null" }] }, sha256: { description: `sha256 of the file's bytes as merged (null: the file did not exist).

\u5408\u5E76\u65F6\u8BE5\u6587\u4EF6\u5185\u5BB9\u7684 sha256\uFF08null \u8868\u793A\u6587\u4EF6\u4E0D\u5B58\u5728\uFF09\u3002`, anyOf: [{ $ref: "#/$defs/sha256" }, { type: "null" }] } } };
  function validate1(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
    let vErrors = null, errors = 0, evaluated0 = validate1.evaluated;
    if (evaluated0.dynamicProps && (evaluated0.props = void 0), evaluated0.dynamicItems && (evaluated0.items = void 0), data && typeof data == "object" && !Array.isArray(data)) {
      if (data.path === void 0) {
        let err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "path" }, message: "must have required property 'path'", schema: schema32.required, parentSchema: schema32, data };
        vErrors === null ? vErrors = [err0] : vErrors.push(err0), errors++;
      }
      if (data.blob_sha === void 0) {
        let err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "blob_sha" }, message: "must have required property 'blob_sha'", schema: schema32.required, parentSchema: schema32, data };
        vErrors === null ? vErrors = [err1] : vErrors.push(err1), errors++;
      }
      if (data.sha256 === void 0) {
        let err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "sha256" }, message: "must have required property 'sha256'", schema: schema32.required, parentSchema: schema32, data };
        vErrors === null ? vErrors = [err2] : vErrors.push(err2), errors++;
      }
      for (let key0 in data)
        if (!(key0 === "path" || key0 === "blob_sha" || key0 === "sha256")) {
          let err3 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema32, data };
          vErrors === null ? vErrors = [err3] : vErrors.push(err3), errors++;
        }
      if (data.path !== void 0) {
        let data0 = data.path;
        if (typeof data0 == "string") {
          if (func2(data0) > 1024) {
            let err4 = { instancePath: instancePath + "/path", schemaPath: "#/properties/path/maxLength", keyword: "maxLength", params: { limit: 1024 }, message: "must NOT have more than 1024 characters", schema: 1024, parentSchema: schema32.properties.path, data: data0 };
            vErrors === null ? vErrors = [err4] : vErrors.push(err4), errors++;
          }
          if (func2(data0) < 1) {
            let err5 = { instancePath: instancePath + "/path", schemaPath: "#/properties/path/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema32.properties.path, data: data0 };
            vErrors === null ? vErrors = [err5] : vErrors.push(err5), errors++;
          }
        } else {
          let err6 = { instancePath: instancePath + "/path", schemaPath: "#/properties/path/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema32.properties.path.type, parentSchema: schema32.properties.path, data: data0 };
          vErrors === null ? vErrors = [err6] : vErrors.push(err6), errors++;
        }
      }
      if (data.blob_sha !== void 0) {
        let data1 = data.blob_sha, _errs5 = errors, valid1 = !1, _errs6 = errors;
        if (typeof data1 == "string") {
          if (!pattern0.test(data1)) {
            let err7 = { instancePath: instancePath + "/blob_sha", schemaPath: "#/$defs/gitSha/pattern", keyword: "pattern", params: { pattern: "^([0-9a-f]{40}|[0-9a-f]{64})$" }, message: 'must match pattern "^([0-9a-f]{40}|[0-9a-f]{64})$"', schema: "^([0-9a-f]{40}|[0-9a-f]{64})$", parentSchema: schema1, data: data1 };
            vErrors === null ? vErrors = [err7] : vErrors.push(err7), errors++;
          }
        } else {
          let err8 = { instancePath: instancePath + "/blob_sha", schemaPath: "#/$defs/gitSha/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema1.type, parentSchema: schema1, data: data1 };
          vErrors === null ? vErrors = [err8] : vErrors.push(err8), errors++;
        }
        var _valid0 = _errs6 === errors;
        valid1 = valid1 || _valid0;
        let _errs9 = errors;
        if (data1 !== null) {
          let err9 = { instancePath: instancePath + "/blob_sha", schemaPath: "#/properties/blob_sha/anyOf/1/type", keyword: "type", params: { type: "null" }, message: "must be null", schema: schema32.properties.blob_sha.anyOf[1].type, parentSchema: schema32.properties.blob_sha.anyOf[1], data: data1 };
          vErrors === null ? vErrors = [err9] : vErrors.push(err9), errors++;
        }
        var _valid0 = _errs9 === errors;
        if (valid1 = valid1 || _valid0, valid1)
          errors = _errs5, vErrors !== null && (_errs5 ? vErrors.length = _errs5 : vErrors = null);
        else {
          let err10 = { instancePath: instancePath + "/blob_sha", schemaPath: "#/properties/blob_sha/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema32.properties.blob_sha.anyOf, parentSchema: schema32.properties.blob_sha, data: data1 };
          vErrors === null ? vErrors = [err10] : vErrors.push(err10), errors++;
        }
      }
      if (data.sha256 !== void 0) {
        let data2 = data.sha256, _errs12 = errors, valid3 = !1, _errs13 = errors;
        if (typeof data2 == "string") {
          if (!pattern1.test(data2)) {
            let err11 = { instancePath: instancePath + "/sha256", schemaPath: "#/$defs/sha256/pattern", keyword: "pattern", params: { pattern: "^[0-9a-f]{64}$" }, message: 'must match pattern "^[0-9a-f]{64}$"', schema: "^[0-9a-f]{64}$", parentSchema: schema22, data: data2 };
            vErrors === null ? vErrors = [err11] : vErrors.push(err11), errors++;
          }
        } else {
          let err12 = { instancePath: instancePath + "/sha256", schemaPath: "#/$defs/sha256/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema22.type, parentSchema: schema22, data: data2 };
          vErrors === null ? vErrors = [err12] : vErrors.push(err12), errors++;
        }
        var _valid1 = _errs13 === errors;
        valid3 = valid3 || _valid1;
        let _errs16 = errors;
        if (data2 !== null) {
          let err13 = { instancePath: instancePath + "/sha256", schemaPath: "#/properties/sha256/anyOf/1/type", keyword: "type", params: { type: "null" }, message: "must be null", schema: schema32.properties.sha256.anyOf[1].type, parentSchema: schema32.properties.sha256.anyOf[1], data: data2 };
          vErrors === null ? vErrors = [err13] : vErrors.push(err13), errors++;
        }
        var _valid1 = _errs16 === errors;
        if (valid3 = valid3 || _valid1, valid3)
          errors = _errs12, vErrors !== null && (_errs12 ? vErrors.length = _errs12 : vErrors = null);
        else {
          let err14 = { instancePath: instancePath + "/sha256", schemaPath: "#/properties/sha256/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema32.properties.sha256.anyOf, parentSchema: schema32.properties.sha256, data: data2 };
          vErrors === null ? vErrors = [err14] : vErrors.push(err14), errors++;
        }
      }
    } else {
      let err15 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema32.type, parentSchema: schema32, data };
      vErrors === null ? vErrors = [err15] : vErrors.push(err15), errors++;
    }
    return validate1.errors = vErrors, errors === 0;
  }
  validate1.evaluated = { props: !0, dynamicProps: !1, dynamicItems: !1 };
  function validate0(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
    let vErrors = null, errors = 0, evaluated0 = validate0.evaluated;
    if (evaluated0.dynamicProps && (evaluated0.props = void 0), evaluated0.dynamicItems && (evaluated0.items = void 0), data && typeof data == "object" && !Array.isArray(data)) {
      if (data.format === void 0) {
        let err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "format" }, message: "must have required property 'format'", schema: schema0.required, parentSchema: schema0, data };
        vErrors === null ? vErrors = [err0] : vErrors.push(err0), errors++;
      }
      if (data.sequence === void 0) {
        let err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "sequence" }, message: "must have required property 'sequence'", schema: schema0.required, parentSchema: schema0, data };
        vErrors === null ? vErrors = [err1] : vErrors.push(err1), errors++;
      }
      if (data.documents === void 0) {
        let err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "documents" }, message: "must have required property 'documents'", schema: schema0.required, parentSchema: schema0, data };
        vErrors === null ? vErrors = [err2] : vErrors.push(err2), errors++;
      }
      if (data.pull_request === void 0) {
        let err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "pull_request" }, message: "must have required property 'pull_request'", schema: schema0.required, parentSchema: schema0, data };
        vErrors === null ? vErrors = [err3] : vErrors.push(err3), errors++;
      }
      if (data.approvals === void 0) {
        let err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "approvals" }, message: "must have required property 'approvals'", schema: schema0.required, parentSchema: schema0, data };
        vErrors === null ? vErrors = [err4] : vErrors.push(err4), errors++;
      }
      if (data.labels === void 0) {
        let err5 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "labels" }, message: "must have required property 'labels'", schema: schema0.required, parentSchema: schema0, data };
        vErrors === null ? vErrors = [err5] : vErrors.push(err5), errors++;
      }
      if (data.emergency === void 0) {
        let err6 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "emergency" }, message: "must have required property 'emergency'", schema: schema0.required, parentSchema: schema0, data };
        vErrors === null ? vErrors = [err6] : vErrors.push(err6), errors++;
      }
      if (data.evaluation === void 0) {
        let err7 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "evaluation" }, message: "must have required property 'evaluation'", schema: schema0.required, parentSchema: schema0, data };
        vErrors === null ? vErrors = [err7] : vErrors.push(err7), errors++;
      }
      if (data.violations === void 0) {
        let err8 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "violations" }, message: "must have required property 'violations'", schema: schema0.required, parentSchema: schema0, data };
        vErrors === null ? vErrors = [err8] : vErrors.push(err8), errors++;
      }
      if (data.backfilled === void 0) {
        let err9 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "backfilled" }, message: "must have required property 'backfilled'", schema: schema0.required, parentSchema: schema0, data };
        vErrors === null ? vErrors = [err9] : vErrors.push(err9), errors++;
      }
      if (data.policy === void 0) {
        let err10 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "policy" }, message: "must have required property 'policy'", schema: schema0.required, parentSchema: schema0, data };
        vErrors === null ? vErrors = [err10] : vErrors.push(err10), errors++;
      }
      if (data.tool === void 0) {
        let err11 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "tool" }, message: "must have required property 'tool'", schema: schema0.required, parentSchema: schema0, data };
        vErrors === null ? vErrors = [err11] : vErrors.push(err11), errors++;
      }
      if (data.previous_sha256 === void 0) {
        let err12 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "previous_sha256" }, message: "must have required property 'previous_sha256'", schema: schema0.required, parentSchema: schema0, data };
        vErrors === null ? vErrors = [err12] : vErrors.push(err12), errors++;
      }
      if (data.sha256 === void 0) {
        let err13 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "sha256" }, message: "must have required property 'sha256'", schema: schema0.required, parentSchema: schema0, data };
        vErrors === null ? vErrors = [err13] : vErrors.push(err13), errors++;
      }
      for (let key0 in data)
        if (!func0.call(schema0.properties, key0)) {
          let err14 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema0, data };
          vErrors === null ? vErrors = [err14] : vErrors.push(err14), errors++;
        }
      if (data.format !== void 0) {
        let data0 = data.format;
        if (data0 !== "upgrade-gate/archive-record/v3") {
          let err15 = { instancePath: instancePath + "/format", schemaPath: "#/properties/format/const", keyword: "const", params: { allowedValue: "upgrade-gate/archive-record/v3" }, message: "must be equal to constant", schema: "upgrade-gate/archive-record/v3", parentSchema: schema0.properties.format, data: data0 };
          vErrors === null ? vErrors = [err15] : vErrors.push(err15), errors++;
        }
      }
      if (data.sequence !== void 0) {
        let data1 = data.sequence;
        if (!(typeof data1 == "number" && !(data1 % 1) && !isNaN(data1) && isFinite(data1))) {
          let err16 = { instancePath: instancePath + "/sequence", schemaPath: "#/properties/sequence/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema0.properties.sequence.type, parentSchema: schema0.properties.sequence, data: data1 };
          vErrors === null ? vErrors = [err16] : vErrors.push(err16), errors++;
        }
        if (typeof data1 == "number" && isFinite(data1)) {
          if (data1 > 1e9 || isNaN(data1)) {
            let err17 = { instancePath: instancePath + "/sequence", schemaPath: "#/properties/sequence/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1e9 }, message: "must be <= 1000000000", schema: 1e9, parentSchema: schema0.properties.sequence, data: data1 };
            vErrors === null ? vErrors = [err17] : vErrors.push(err17), errors++;
          }
          if (data1 < 1 || isNaN(data1)) {
            let err18 = { instancePath: instancePath + "/sequence", schemaPath: "#/properties/sequence/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema0.properties.sequence, data: data1 };
            vErrors === null ? vErrors = [err18] : vErrors.push(err18), errors++;
          }
        }
      }
      if (data.documents !== void 0) {
        let data2 = data.documents;
        if (Array.isArray(data2)) {
          if (data2.length > 100) {
            let err19 = { instancePath: instancePath + "/documents", schemaPath: "#/properties/documents/maxItems", keyword: "maxItems", params: { limit: 100 }, message: "must NOT have more than 100 items", schema: 100, parentSchema: schema0.properties.documents, data: data2 };
            vErrors === null ? vErrors = [err19] : vErrors.push(err19), errors++;
          }
          let len0 = data2.length;
          for (let i0 = 0; i0 < len0; i0++) {
            let data3 = data2[i0];
            if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
              if (data3.path === void 0) {
                let err20 = { instancePath: instancePath + "/documents/" + i0, schemaPath: "#/properties/documents/items/required", keyword: "required", params: { missingProperty: "path" }, message: "must have required property 'path'", schema: schema0.properties.documents.items.required, parentSchema: schema0.properties.documents.items, data: data3 };
                vErrors === null ? vErrors = [err20] : vErrors.push(err20), errors++;
              }
              if (data3.text === void 0) {
                let err21 = { instancePath: instancePath + "/documents/" + i0, schemaPath: "#/properties/documents/items/required", keyword: "required", params: { missingProperty: "text" }, message: "must have required property 'text'", schema: schema0.properties.documents.items.required, parentSchema: schema0.properties.documents.items, data: data3 };
                vErrors === null ? vErrors = [err21] : vErrors.push(err21), errors++;
              }
              if (data3.blob_sha === void 0) {
                let err22 = { instancePath: instancePath + "/documents/" + i0, schemaPath: "#/properties/documents/items/required", keyword: "required", params: { missingProperty: "blob_sha" }, message: "must have required property 'blob_sha'", schema: schema0.properties.documents.items.required, parentSchema: schema0.properties.documents.items, data: data3 };
                vErrors === null ? vErrors = [err22] : vErrors.push(err22), errors++;
              }
              if (data3.sha256 === void 0) {
                let err23 = { instancePath: instancePath + "/documents/" + i0, schemaPath: "#/properties/documents/items/required", keyword: "required", params: { missingProperty: "sha256" }, message: "must have required property 'sha256'", schema: schema0.properties.documents.items.required, parentSchema: schema0.properties.documents.items, data: data3 };
                vErrors === null ? vErrors = [err23] : vErrors.push(err23), errors++;
              }
              if (data3.evidence === void 0) {
                let err24 = { instancePath: instancePath + "/documents/" + i0, schemaPath: "#/properties/documents/items/required", keyword: "required", params: { missingProperty: "evidence" }, message: "must have required property 'evidence'", schema: schema0.properties.documents.items.required, parentSchema: schema0.properties.documents.items, data: data3 };
                vErrors === null ? vErrors = [err24] : vErrors.push(err24), errors++;
              }
              if (data3.id === void 0) {
                let err25 = { instancePath: instancePath + "/documents/" + i0, schemaPath: "#/properties/documents/items/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'", schema: schema0.properties.documents.items.required, parentSchema: schema0.properties.documents.items, data: data3 };
                vErrors === null ? vErrors = [err25] : vErrors.push(err25), errors++;
              }
              if (data3.system === void 0) {
                let err26 = { instancePath: instancePath + "/documents/" + i0, schemaPath: "#/properties/documents/items/required", keyword: "required", params: { missingProperty: "system" }, message: "must have required property 'system'", schema: schema0.properties.documents.items.required, parentSchema: schema0.properties.documents.items, data: data3 };
                vErrors === null ? vErrors = [err26] : vErrors.push(err26), errors++;
              }
              if (data3.environment === void 0) {
                let err27 = { instancePath: instancePath + "/documents/" + i0, schemaPath: "#/properties/documents/items/required", keyword: "required", params: { missingProperty: "environment" }, message: "must have required property 'environment'", schema: schema0.properties.documents.items.required, parentSchema: schema0.properties.documents.items, data: data3 };
                vErrors === null ? vErrors = [err27] : vErrors.push(err27), errors++;
              }
              if (data3.type === void 0) {
                let err28 = { instancePath: instancePath + "/documents/" + i0, schemaPath: "#/properties/documents/items/required", keyword: "required", params: { missingProperty: "type" }, message: "must have required property 'type'", schema: schema0.properties.documents.items.required, parentSchema: schema0.properties.documents.items, data: data3 };
                vErrors === null ? vErrors = [err28] : vErrors.push(err28), errors++;
              }
              if (data3.version === void 0) {
                let err29 = { instancePath: instancePath + "/documents/" + i0, schemaPath: "#/properties/documents/items/required", keyword: "required", params: { missingProperty: "version" }, message: "must have required property 'version'", schema: schema0.properties.documents.items.required, parentSchema: schema0.properties.documents.items, data: data3 };
                vErrors === null ? vErrors = [err29] : vErrors.push(err29), errors++;
              }
              if (data3.features === void 0) {
                let err30 = { instancePath: instancePath + "/documents/" + i0, schemaPath: "#/properties/documents/items/required", keyword: "required", params: { missingProperty: "features" }, message: "must have required property 'features'", schema: schema0.properties.documents.items.required, parentSchema: schema0.properties.documents.items, data: data3 };
                vErrors === null ? vErrors = [err30] : vErrors.push(err30), errors++;
              }
              if (data3.form === void 0) {
                let err31 = { instancePath: instancePath + "/documents/" + i0, schemaPath: "#/properties/documents/items/required", keyword: "required", params: { missingProperty: "form" }, message: "must have required property 'form'", schema: schema0.properties.documents.items.required, parentSchema: schema0.properties.documents.items, data: data3 };
                vErrors === null ? vErrors = [err31] : vErrors.push(err31), errors++;
              }
              for (let key1 in data3)
                if (!func0.call(schema0.properties.documents.items.properties, key1)) {
                  let err32 = { instancePath: instancePath + "/documents/" + i0, schemaPath: "#/properties/documents/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema0.properties.documents.items, data: data3 };
                  vErrors === null ? vErrors = [err32] : vErrors.push(err32), errors++;
                }
              if (data3.path !== void 0) {
                let data4 = data3.path;
                if (typeof data4 == "string") {
                  if (func2(data4) > 1024) {
                    let err33 = { instancePath: instancePath + "/documents/" + i0 + "/path", schemaPath: "#/properties/documents/items/properties/path/maxLength", keyword: "maxLength", params: { limit: 1024 }, message: "must NOT have more than 1024 characters", schema: 1024, parentSchema: schema0.properties.documents.items.properties.path, data: data4 };
                    vErrors === null ? vErrors = [err33] : vErrors.push(err33), errors++;
                  }
                  if (func2(data4) < 1) {
                    let err34 = { instancePath: instancePath + "/documents/" + i0 + "/path", schemaPath: "#/properties/documents/items/properties/path/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema0.properties.documents.items.properties.path, data: data4 };
                    vErrors === null ? vErrors = [err34] : vErrors.push(err34), errors++;
                  }
                } else {
                  let err35 = { instancePath: instancePath + "/documents/" + i0 + "/path", schemaPath: "#/properties/documents/items/properties/path/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema0.properties.documents.items.properties.path.type, parentSchema: schema0.properties.documents.items.properties.path, data: data4 };
                  vErrors === null ? vErrors = [err35] : vErrors.push(err35), errors++;
                }
              }
              if (data3.text !== void 0) {
                let data5 = data3.text;
                if (typeof data5 == "string") {
                  if (func2(data5) > 1048576) {
                    let err36 = { instancePath: instancePath + "/documents/" + i0 + "/text", schemaPath: "#/properties/documents/items/properties/text/maxLength", keyword: "maxLength", params: { limit: 1048576 }, message: "must NOT have more than 1048576 characters", schema: 1048576, parentSchema: schema0.properties.documents.items.properties.text, data: data5 };
                    vErrors === null ? vErrors = [err36] : vErrors.push(err36), errors++;
                  }
                } else {
                  let err37 = { instancePath: instancePath + "/documents/" + i0 + "/text", schemaPath: "#/properties/documents/items/properties/text/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema0.properties.documents.items.properties.text.type, parentSchema: schema0.properties.documents.items.properties.text, data: data5 };
                  vErrors === null ? vErrors = [err37] : vErrors.push(err37), errors++;
                }
              }
              if (data3.blob_sha !== void 0) {
                let data6 = data3.blob_sha;
                if (typeof data6 == "string") {
                  if (!pattern0.test(data6)) {
                    let err38 = { instancePath: instancePath + "/documents/" + i0 + "/blob_sha", schemaPath: "#/$defs/gitSha/pattern", keyword: "pattern", params: { pattern: "^([0-9a-f]{40}|[0-9a-f]{64})$" }, message: 'must match pattern "^([0-9a-f]{40}|[0-9a-f]{64})$"', schema: "^([0-9a-f]{40}|[0-9a-f]{64})$", parentSchema: schema1, data: data6 };
                    vErrors === null ? vErrors = [err38] : vErrors.push(err38), errors++;
                  }
                } else {
                  let err39 = { instancePath: instancePath + "/documents/" + i0 + "/blob_sha", schemaPath: "#/$defs/gitSha/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema1.type, parentSchema: schema1, data: data6 };
                  vErrors === null ? vErrors = [err39] : vErrors.push(err39), errors++;
                }
              }
              if (data3.sha256 !== void 0) {
                let data7 = data3.sha256;
                if (typeof data7 == "string") {
                  if (!pattern1.test(data7)) {
                    let err40 = { instancePath: instancePath + "/documents/" + i0 + "/sha256", schemaPath: "#/$defs/sha256/pattern", keyword: "pattern", params: { pattern: "^[0-9a-f]{64}$" }, message: 'must match pattern "^[0-9a-f]{64}$"', schema: "^[0-9a-f]{64}$", parentSchema: schema22, data: data7 };
                    vErrors === null ? vErrors = [err40] : vErrors.push(err40), errors++;
                  }
                } else {
                  let err41 = { instancePath: instancePath + "/documents/" + i0 + "/sha256", schemaPath: "#/$defs/sha256/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema22.type, parentSchema: schema22, data: data7 };
                  vErrors === null ? vErrors = [err41] : vErrors.push(err41), errors++;
                }
              }
              if (data3.evidence !== void 0) {
                let data8 = data3.evidence;
                if (Array.isArray(data8)) {
                  if (data8.length > 100) {
                    let err42 = { instancePath: instancePath + "/documents/" + i0 + "/evidence", schemaPath: "#/properties/documents/items/properties/evidence/maxItems", keyword: "maxItems", params: { limit: 100 }, message: "must NOT have more than 100 items", schema: 100, parentSchema: schema0.properties.documents.items.properties.evidence, data: data8 };
                    vErrors === null ? vErrors = [err42] : vErrors.push(err42), errors++;
                  }
                  let len1 = data8.length;
                  for (let i1 = 0; i1 < len1; i1++)
                    validate1(data8[i1], { instancePath: instancePath + "/documents/" + i0 + "/evidence/" + i1, parentData: data8, parentDataProperty: i1, rootData, dynamicAnchors }) || (vErrors = vErrors === null ? validate1.errors : vErrors.concat(validate1.errors), errors = vErrors.length);
                } else {
                  let err43 = { instancePath: instancePath + "/documents/" + i0 + "/evidence", schemaPath: "#/properties/documents/items/properties/evidence/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema0.properties.documents.items.properties.evidence.type, parentSchema: schema0.properties.documents.items.properties.evidence, data: data8 };
                  vErrors === null ? vErrors = [err43] : vErrors.push(err43), errors++;
                }
              }
              if (data3.id !== void 0) {
                let data10 = data3.id;
                if (typeof data10 != "string" && data10 !== null) {
                  let err44 = { instancePath: instancePath + "/documents/" + i0 + "/id", schemaPath: "#/properties/documents/items/properties/id/type", keyword: "type", params: { type: schema0.properties.documents.items.properties.id.type }, message: "must be string,null", schema: schema0.properties.documents.items.properties.id.type, parentSchema: schema0.properties.documents.items.properties.id, data: data10 };
                  vErrors === null ? vErrors = [err44] : vErrors.push(err44), errors++;
                }
                if (typeof data10 == "string" && func2(data10) > 200) {
                  let err45 = { instancePath: instancePath + "/documents/" + i0 + "/id", schemaPath: "#/properties/documents/items/properties/id/maxLength", keyword: "maxLength", params: { limit: 200 }, message: "must NOT have more than 200 characters", schema: 200, parentSchema: schema0.properties.documents.items.properties.id, data: data10 };
                  vErrors === null ? vErrors = [err45] : vErrors.push(err45), errors++;
                }
              }
              if (data3.system !== void 0) {
                let data11 = data3.system;
                if (typeof data11 != "string" && data11 !== null) {
                  let err46 = { instancePath: instancePath + "/documents/" + i0 + "/system", schemaPath: "#/properties/documents/items/properties/system/type", keyword: "type", params: { type: schema0.properties.documents.items.properties.system.type }, message: "must be string,null", schema: schema0.properties.documents.items.properties.system.type, parentSchema: schema0.properties.documents.items.properties.system, data: data11 };
                  vErrors === null ? vErrors = [err46] : vErrors.push(err46), errors++;
                }
                if (typeof data11 == "string" && func2(data11) > 200) {
                  let err47 = { instancePath: instancePath + "/documents/" + i0 + "/system", schemaPath: "#/properties/documents/items/properties/system/maxLength", keyword: "maxLength", params: { limit: 200 }, message: "must NOT have more than 200 characters", schema: 200, parentSchema: schema0.properties.documents.items.properties.system, data: data11 };
                  vErrors === null ? vErrors = [err47] : vErrors.push(err47), errors++;
                }
              }
              if (data3.environment !== void 0) {
                let data12 = data3.environment;
                if (typeof data12 != "string" && data12 !== null) {
                  let err48 = { instancePath: instancePath + "/documents/" + i0 + "/environment", schemaPath: "#/properties/documents/items/properties/environment/type", keyword: "type", params: { type: schema0.properties.documents.items.properties.environment.type }, message: "must be string,null", schema: schema0.properties.documents.items.properties.environment.type, parentSchema: schema0.properties.documents.items.properties.environment, data: data12 };
                  vErrors === null ? vErrors = [err48] : vErrors.push(err48), errors++;
                }
                if (typeof data12 == "string" && func2(data12) > 50) {
                  let err49 = { instancePath: instancePath + "/documents/" + i0 + "/environment", schemaPath: "#/properties/documents/items/properties/environment/maxLength", keyword: "maxLength", params: { limit: 50 }, message: "must NOT have more than 50 characters", schema: 50, parentSchema: schema0.properties.documents.items.properties.environment, data: data12 };
                  vErrors === null ? vErrors = [err49] : vErrors.push(err49), errors++;
                }
              }
              if (data3.type !== void 0) {
                let data13 = data3.type;
                if (typeof data13 != "string" && data13 !== null) {
                  let err50 = { instancePath: instancePath + "/documents/" + i0 + "/type", schemaPath: "#/properties/documents/items/properties/type/type", keyword: "type", params: { type: schema0.properties.documents.items.properties.type.type }, message: "must be string,null", schema: schema0.properties.documents.items.properties.type.type, parentSchema: schema0.properties.documents.items.properties.type, data: data13 };
                  vErrors === null ? vErrors = [err50] : vErrors.push(err50), errors++;
                }
                if (typeof data13 == "string" && func2(data13) > 50) {
                  let err51 = { instancePath: instancePath + "/documents/" + i0 + "/type", schemaPath: "#/properties/documents/items/properties/type/maxLength", keyword: "maxLength", params: { limit: 50 }, message: "must NOT have more than 50 characters", schema: 50, parentSchema: schema0.properties.documents.items.properties.type, data: data13 };
                  vErrors === null ? vErrors = [err51] : vErrors.push(err51), errors++;
                }
              }
              if (data3.version !== void 0) {
                let data14 = data3.version;
                if (!(data14 && typeof data14 == "object" && !Array.isArray(data14)) && data14 !== null) {
                  let err52 = { instancePath: instancePath + "/documents/" + i0 + "/version", schemaPath: "#/properties/documents/items/properties/version/type", keyword: "type", params: { type: schema0.properties.documents.items.properties.version.type }, message: "must be object,null", schema: schema0.properties.documents.items.properties.version.type, parentSchema: schema0.properties.documents.items.properties.version, data: data14 };
                  vErrors === null ? vErrors = [err52] : vErrors.push(err52), errors++;
                }
                if (data14 && typeof data14 == "object" && !Array.isArray(data14)) {
                  if (data14.from === void 0) {
                    let err53 = { instancePath: instancePath + "/documents/" + i0 + "/version", schemaPath: "#/properties/documents/items/properties/version/required", keyword: "required", params: { missingProperty: "from" }, message: "must have required property 'from'", schema: schema0.properties.documents.items.properties.version.required, parentSchema: schema0.properties.documents.items.properties.version, data: data14 };
                    vErrors === null ? vErrors = [err53] : vErrors.push(err53), errors++;
                  }
                  if (data14.to === void 0) {
                    let err54 = { instancePath: instancePath + "/documents/" + i0 + "/version", schemaPath: "#/properties/documents/items/properties/version/required", keyword: "required", params: { missingProperty: "to" }, message: "must have required property 'to'", schema: schema0.properties.documents.items.properties.version.required, parentSchema: schema0.properties.documents.items.properties.version, data: data14 };
                    vErrors === null ? vErrors = [err54] : vErrors.push(err54), errors++;
                  }
                  for (let key2 in data14)
                    if (!(key2 === "from" || key2 === "to")) {
                      let err55 = { instancePath: instancePath + "/documents/" + i0 + "/version", schemaPath: "#/properties/documents/items/properties/version/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema0.properties.documents.items.properties.version, data: data14 };
                      vErrors === null ? vErrors = [err55] : vErrors.push(err55), errors++;
                    }
                  if (data14.from !== void 0) {
                    let data15 = data14.from;
                    if (typeof data15 == "string") {
                      if (func2(data15) > 200) {
                        let err56 = { instancePath: instancePath + "/documents/" + i0 + "/version/from", schemaPath: "#/properties/documents/items/properties/version/properties/from/maxLength", keyword: "maxLength", params: { limit: 200 }, message: "must NOT have more than 200 characters", schema: 200, parentSchema: schema0.properties.documents.items.properties.version.properties.from, data: data15 };
                        vErrors === null ? vErrors = [err56] : vErrors.push(err56), errors++;
                      }
                    } else {
                      let err57 = { instancePath: instancePath + "/documents/" + i0 + "/version/from", schemaPath: "#/properties/documents/items/properties/version/properties/from/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema0.properties.documents.items.properties.version.properties.from.type, parentSchema: schema0.properties.documents.items.properties.version.properties.from, data: data15 };
                      vErrors === null ? vErrors = [err57] : vErrors.push(err57), errors++;
                    }
                  }
                  if (data14.to !== void 0) {
                    let data16 = data14.to;
                    if (typeof data16 == "string") {
                      if (func2(data16) > 200) {
                        let err58 = { instancePath: instancePath + "/documents/" + i0 + "/version/to", schemaPath: "#/properties/documents/items/properties/version/properties/to/maxLength", keyword: "maxLength", params: { limit: 200 }, message: "must NOT have more than 200 characters", schema: 200, parentSchema: schema0.properties.documents.items.properties.version.properties.to, data: data16 };
                        vErrors === null ? vErrors = [err58] : vErrors.push(err58), errors++;
                      }
                    } else {
                      let err59 = { instancePath: instancePath + "/documents/" + i0 + "/version/to", schemaPath: "#/properties/documents/items/properties/version/properties/to/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema0.properties.documents.items.properties.version.properties.to.type, parentSchema: schema0.properties.documents.items.properties.version.properties.to, data: data16 };
                      vErrors === null ? vErrors = [err59] : vErrors.push(err59), errors++;
                    }
                  }
                }
              }
              if (data3.features !== void 0) {
                let data17 = data3.features;
                if (Array.isArray(data17)) {
                  if (data17.length > 1e4) {
                    let err60 = { instancePath: instancePath + "/documents/" + i0 + "/features", schemaPath: "#/properties/documents/items/properties/features/maxItems", keyword: "maxItems", params: { limit: 1e4 }, message: "must NOT have more than 10000 items", schema: 1e4, parentSchema: schema0.properties.documents.items.properties.features, data: data17 };
                    vErrors === null ? vErrors = [err60] : vErrors.push(err60), errors++;
                  }
                  let len2 = data17.length;
                  for (let i2 = 0; i2 < len2; i2++) {
                    let data18 = data17[i2];
                    if (!(data18 && typeof data18 == "object" && !Array.isArray(data18))) {
                      let err61 = { instancePath: instancePath + "/documents/" + i0 + "/features/" + i2, schemaPath: "#/properties/documents/items/properties/features/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema0.properties.documents.items.properties.features.items.type, parentSchema: schema0.properties.documents.items.properties.features.items, data: data18 };
                      vErrors === null ? vErrors = [err61] : vErrors.push(err61), errors++;
                    }
                  }
                } else {
                  let err62 = { instancePath: instancePath + "/documents/" + i0 + "/features", schemaPath: "#/properties/documents/items/properties/features/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema0.properties.documents.items.properties.features.type, parentSchema: schema0.properties.documents.items.properties.features, data: data17 };
                  vErrors === null ? vErrors = [err62] : vErrors.push(err62), errors++;
                }
              }
              if (data3.form !== void 0) {
                let data19 = data3.form;
                if (!(data19 && typeof data19 == "object" && !Array.isArray(data19)) && data19 !== null) {
                  let err63 = { instancePath: instancePath + "/documents/" + i0 + "/form", schemaPath: "#/properties/documents/items/properties/form/type", keyword: "type", params: { type: schema0.properties.documents.items.properties.form.type }, message: "must be object,null", schema: schema0.properties.documents.items.properties.form.type, parentSchema: schema0.properties.documents.items.properties.form, data: data19 };
                  vErrors === null ? vErrors = [err63] : vErrors.push(err63), errors++;
                }
              }
            } else {
              let err64 = { instancePath: instancePath + "/documents/" + i0, schemaPath: "#/properties/documents/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema0.properties.documents.items.type, parentSchema: schema0.properties.documents.items, data: data3 };
              vErrors === null ? vErrors = [err64] : vErrors.push(err64), errors++;
            }
          }
        } else {
          let err65 = { instancePath: instancePath + "/documents", schemaPath: "#/properties/documents/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema0.properties.documents.type, parentSchema: schema0.properties.documents, data: data2 };
          vErrors === null ? vErrors = [err65] : vErrors.push(err65), errors++;
        }
      }
      if (data.pull_request !== void 0) {
        let data20 = data.pull_request;
        if (data20 && typeof data20 == "object" && !Array.isArray(data20)) {
          if (data20.number === void 0) {
            let err66 = { instancePath: instancePath + "/pull_request", schemaPath: "#/properties/pull_request/required", keyword: "required", params: { missingProperty: "number" }, message: "must have required property 'number'", schema: schema0.properties.pull_request.required, parentSchema: schema0.properties.pull_request, data: data20 };
            vErrors === null ? vErrors = [err66] : vErrors.push(err66), errors++;
          }
          if (data20.title === void 0) {
            let err67 = { instancePath: instancePath + "/pull_request", schemaPath: "#/properties/pull_request/required", keyword: "required", params: { missingProperty: "title" }, message: "must have required property 'title'", schema: schema0.properties.pull_request.required, parentSchema: schema0.properties.pull_request, data: data20 };
            vErrors === null ? vErrors = [err67] : vErrors.push(err67), errors++;
          }
          if (data20.url === void 0) {
            let err68 = { instancePath: instancePath + "/pull_request", schemaPath: "#/properties/pull_request/required", keyword: "required", params: { missingProperty: "url" }, message: "must have required property 'url'", schema: schema0.properties.pull_request.required, parentSchema: schema0.properties.pull_request, data: data20 };
            vErrors === null ? vErrors = [err68] : vErrors.push(err68), errors++;
          }
          if (data20.author === void 0) {
            let err69 = { instancePath: instancePath + "/pull_request", schemaPath: "#/properties/pull_request/required", keyword: "required", params: { missingProperty: "author" }, message: "must have required property 'author'", schema: schema0.properties.pull_request.required, parentSchema: schema0.properties.pull_request, data: data20 };
            vErrors === null ? vErrors = [err69] : vErrors.push(err69), errors++;
          }
          if (data20.base_ref === void 0) {
            let err70 = { instancePath: instancePath + "/pull_request", schemaPath: "#/properties/pull_request/required", keyword: "required", params: { missingProperty: "base_ref" }, message: "must have required property 'base_ref'", schema: schema0.properties.pull_request.required, parentSchema: schema0.properties.pull_request, data: data20 };
            vErrors === null ? vErrors = [err70] : vErrors.push(err70), errors++;
          }
          if (data20.base_sha === void 0) {
            let err71 = { instancePath: instancePath + "/pull_request", schemaPath: "#/properties/pull_request/required", keyword: "required", params: { missingProperty: "base_sha" }, message: "must have required property 'base_sha'", schema: schema0.properties.pull_request.required, parentSchema: schema0.properties.pull_request, data: data20 };
            vErrors === null ? vErrors = [err71] : vErrors.push(err71), errors++;
          }
          if (data20.head_sha === void 0) {
            let err72 = { instancePath: instancePath + "/pull_request", schemaPath: "#/properties/pull_request/required", keyword: "required", params: { missingProperty: "head_sha" }, message: "must have required property 'head_sha'", schema: schema0.properties.pull_request.required, parentSchema: schema0.properties.pull_request, data: data20 };
            vErrors === null ? vErrors = [err72] : vErrors.push(err72), errors++;
          }
          if (data20.merge_sha === void 0) {
            let err73 = { instancePath: instancePath + "/pull_request", schemaPath: "#/properties/pull_request/required", keyword: "required", params: { missingProperty: "merge_sha" }, message: "must have required property 'merge_sha'", schema: schema0.properties.pull_request.required, parentSchema: schema0.properties.pull_request, data: data20 };
            vErrors === null ? vErrors = [err73] : vErrors.push(err73), errors++;
          }
          if (data20.merged_at === void 0) {
            let err74 = { instancePath: instancePath + "/pull_request", schemaPath: "#/properties/pull_request/required", keyword: "required", params: { missingProperty: "merged_at" }, message: "must have required property 'merged_at'", schema: schema0.properties.pull_request.required, parentSchema: schema0.properties.pull_request, data: data20 };
            vErrors === null ? vErrors = [err74] : vErrors.push(err74), errors++;
          }
          if (data20.merged_by === void 0) {
            let err75 = { instancePath: instancePath + "/pull_request", schemaPath: "#/properties/pull_request/required", keyword: "required", params: { missingProperty: "merged_by" }, message: "must have required property 'merged_by'", schema: schema0.properties.pull_request.required, parentSchema: schema0.properties.pull_request, data: data20 };
            vErrors === null ? vErrors = [err75] : vErrors.push(err75), errors++;
          }
          for (let key3 in data20)
            if (!func0.call(schema0.properties.pull_request.properties, key3)) {
              let err76 = { instancePath: instancePath + "/pull_request", schemaPath: "#/properties/pull_request/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema0.properties.pull_request, data: data20 };
              vErrors === null ? vErrors = [err76] : vErrors.push(err76), errors++;
            }
          if (data20.number !== void 0) {
            let data21 = data20.number;
            if (!(typeof data21 == "number" && !(data21 % 1) && !isNaN(data21) && isFinite(data21))) {
              let err77 = { instancePath: instancePath + "/pull_request/number", schemaPath: "#/properties/pull_request/properties/number/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema0.properties.pull_request.properties.number.type, parentSchema: schema0.properties.pull_request.properties.number, data: data21 };
              vErrors === null ? vErrors = [err77] : vErrors.push(err77), errors++;
            }
            if (typeof data21 == "number" && isFinite(data21) && (data21 < 1 || isNaN(data21))) {
              let err78 = { instancePath: instancePath + "/pull_request/number", schemaPath: "#/properties/pull_request/properties/number/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema0.properties.pull_request.properties.number, data: data21 };
              vErrors === null ? vErrors = [err78] : vErrors.push(err78), errors++;
            }
          }
          if (data20.title !== void 0) {
            let data22 = data20.title;
            if (typeof data22 == "string") {
              if (func2(data22) > 1024) {
                let err79 = { instancePath: instancePath + "/pull_request/title", schemaPath: "#/properties/pull_request/properties/title/maxLength", keyword: "maxLength", params: { limit: 1024 }, message: "must NOT have more than 1024 characters", schema: 1024, parentSchema: schema0.properties.pull_request.properties.title, data: data22 };
                vErrors === null ? vErrors = [err79] : vErrors.push(err79), errors++;
              }
            } else {
              let err80 = { instancePath: instancePath + "/pull_request/title", schemaPath: "#/properties/pull_request/properties/title/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema0.properties.pull_request.properties.title.type, parentSchema: schema0.properties.pull_request.properties.title, data: data22 };
              vErrors === null ? vErrors = [err80] : vErrors.push(err80), errors++;
            }
          }
          if (data20.url !== void 0) {
            let data23 = data20.url;
            if (typeof data23 != "string" && data23 !== null) {
              let err81 = { instancePath: instancePath + "/pull_request/url", schemaPath: "#/properties/pull_request/properties/url/type", keyword: "type", params: { type: schema0.properties.pull_request.properties.url.type }, message: "must be string,null", schema: schema0.properties.pull_request.properties.url.type, parentSchema: schema0.properties.pull_request.properties.url, data: data23 };
              vErrors === null ? vErrors = [err81] : vErrors.push(err81), errors++;
            }
            if (typeof data23 == "string" && func2(data23) > 2048) {
              let err82 = { instancePath: instancePath + "/pull_request/url", schemaPath: "#/properties/pull_request/properties/url/maxLength", keyword: "maxLength", params: { limit: 2048 }, message: "must NOT have more than 2048 characters", schema: 2048, parentSchema: schema0.properties.pull_request.properties.url, data: data23 };
              vErrors === null ? vErrors = [err82] : vErrors.push(err82), errors++;
            }
          }
          if (data20.author !== void 0) {
            let data24 = data20.author;
            if (typeof data24 == "string") {
              if (func2(data24) > 100) {
                let err83 = { instancePath: instancePath + "/pull_request/author", schemaPath: "#/$defs/login/maxLength", keyword: "maxLength", params: { limit: 100 }, message: "must NOT have more than 100 characters", schema: 100, parentSchema: schema6, data: data24 };
                vErrors === null ? vErrors = [err83] : vErrors.push(err83), errors++;
              }
              if (func2(data24) < 1) {
                let err84 = { instancePath: instancePath + "/pull_request/author", schemaPath: "#/$defs/login/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema6, data: data24 };
                vErrors === null ? vErrors = [err84] : vErrors.push(err84), errors++;
              }
            } else {
              let err85 = { instancePath: instancePath + "/pull_request/author", schemaPath: "#/$defs/login/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema6.type, parentSchema: schema6, data: data24 };
              vErrors === null ? vErrors = [err85] : vErrors.push(err85), errors++;
            }
          }
          if (data20.base_ref !== void 0) {
            let data25 = data20.base_ref;
            if (typeof data25 == "string") {
              if (func2(data25) > 255) {
                let err86 = { instancePath: instancePath + "/pull_request/base_ref", schemaPath: "#/properties/pull_request/properties/base_ref/maxLength", keyword: "maxLength", params: { limit: 255 }, message: "must NOT have more than 255 characters", schema: 255, parentSchema: schema0.properties.pull_request.properties.base_ref, data: data25 };
                vErrors === null ? vErrors = [err86] : vErrors.push(err86), errors++;
              }
            } else {
              let err87 = { instancePath: instancePath + "/pull_request/base_ref", schemaPath: "#/properties/pull_request/properties/base_ref/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema0.properties.pull_request.properties.base_ref.type, parentSchema: schema0.properties.pull_request.properties.base_ref, data: data25 };
              vErrors === null ? vErrors = [err87] : vErrors.push(err87), errors++;
            }
          }
          if (data20.base_sha !== void 0) {
            let data26 = data20.base_sha;
            if (typeof data26 == "string") {
              if (!pattern0.test(data26)) {
                let err88 = { instancePath: instancePath + "/pull_request/base_sha", schemaPath: "#/$defs/gitSha/pattern", keyword: "pattern", params: { pattern: "^([0-9a-f]{40}|[0-9a-f]{64})$" }, message: 'must match pattern "^([0-9a-f]{40}|[0-9a-f]{64})$"', schema: "^([0-9a-f]{40}|[0-9a-f]{64})$", parentSchema: schema1, data: data26 };
                vErrors === null ? vErrors = [err88] : vErrors.push(err88), errors++;
              }
            } else {
              let err89 = { instancePath: instancePath + "/pull_request/base_sha", schemaPath: "#/$defs/gitSha/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema1.type, parentSchema: schema1, data: data26 };
              vErrors === null ? vErrors = [err89] : vErrors.push(err89), errors++;
            }
          }
          if (data20.head_sha !== void 0) {
            let data27 = data20.head_sha;
            if (typeof data27 == "string") {
              if (!pattern0.test(data27)) {
                let err90 = { instancePath: instancePath + "/pull_request/head_sha", schemaPath: "#/$defs/gitSha/pattern", keyword: "pattern", params: { pattern: "^([0-9a-f]{40}|[0-9a-f]{64})$" }, message: 'must match pattern "^([0-9a-f]{40}|[0-9a-f]{64})$"', schema: "^([0-9a-f]{40}|[0-9a-f]{64})$", parentSchema: schema1, data: data27 };
                vErrors === null ? vErrors = [err90] : vErrors.push(err90), errors++;
              }
            } else {
              let err91 = { instancePath: instancePath + "/pull_request/head_sha", schemaPath: "#/$defs/gitSha/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema1.type, parentSchema: schema1, data: data27 };
              vErrors === null ? vErrors = [err91] : vErrors.push(err91), errors++;
            }
          }
          if (data20.merge_sha !== void 0) {
            let data28 = data20.merge_sha, _errs65 = errors, valid15 = !1, _errs66 = errors;
            if (typeof data28 == "string") {
              if (!pattern0.test(data28)) {
                let err92 = { instancePath: instancePath + "/pull_request/merge_sha", schemaPath: "#/$defs/gitSha/pattern", keyword: "pattern", params: { pattern: "^([0-9a-f]{40}|[0-9a-f]{64})$" }, message: 'must match pattern "^([0-9a-f]{40}|[0-9a-f]{64})$"', schema: "^([0-9a-f]{40}|[0-9a-f]{64})$", parentSchema: schema1, data: data28 };
                vErrors === null ? vErrors = [err92] : vErrors.push(err92), errors++;
              }
            } else {
              let err93 = { instancePath: instancePath + "/pull_request/merge_sha", schemaPath: "#/$defs/gitSha/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema1.type, parentSchema: schema1, data: data28 };
              vErrors === null ? vErrors = [err93] : vErrors.push(err93), errors++;
            }
            var _valid0 = _errs66 === errors;
            valid15 = valid15 || _valid0;
            let _errs69 = errors;
            if (data28 !== null) {
              let err94 = { instancePath: instancePath + "/pull_request/merge_sha", schemaPath: "#/properties/pull_request/properties/merge_sha/anyOf/1/type", keyword: "type", params: { type: "null" }, message: "must be null", schema: schema0.properties.pull_request.properties.merge_sha.anyOf[1].type, parentSchema: schema0.properties.pull_request.properties.merge_sha.anyOf[1], data: data28 };
              vErrors === null ? vErrors = [err94] : vErrors.push(err94), errors++;
            }
            var _valid0 = _errs69 === errors;
            if (valid15 = valid15 || _valid0, valid15)
              errors = _errs65, vErrors !== null && (_errs65 ? vErrors.length = _errs65 : vErrors = null);
            else {
              let err95 = { instancePath: instancePath + "/pull_request/merge_sha", schemaPath: "#/properties/pull_request/properties/merge_sha/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema0.properties.pull_request.properties.merge_sha.anyOf, parentSchema: schema0.properties.pull_request.properties.merge_sha, data: data28 };
              vErrors === null ? vErrors = [err95] : vErrors.push(err95), errors++;
            }
          }
          if (data20.merged_at !== void 0) {
            let data29 = data20.merged_at;
            if (typeof data29 == "string") {
              if (!pattern7.test(data29)) {
                let err96 = { instancePath: instancePath + "/pull_request/merged_at", schemaPath: "#/$defs/instant/pattern", keyword: "pattern", params: { pattern: "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,9})?Z$" }, message: 'must match pattern "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,9})?Z$"', schema: "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,9})?Z$", parentSchema: schema10, data: data29 };
                vErrors === null ? vErrors = [err96] : vErrors.push(err96), errors++;
              }
            } else {
              let err97 = { instancePath: instancePath + "/pull_request/merged_at", schemaPath: "#/$defs/instant/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema10.type, parentSchema: schema10, data: data29 };
              vErrors === null ? vErrors = [err97] : vErrors.push(err97), errors++;
            }
          }
          if (data20.merged_by !== void 0) {
            let data30 = data20.merged_by, _errs75 = errors, valid18 = !1, _errs76 = errors;
            if (typeof data30 == "string") {
              if (func2(data30) > 100) {
                let err98 = { instancePath: instancePath + "/pull_request/merged_by", schemaPath: "#/$defs/login/maxLength", keyword: "maxLength", params: { limit: 100 }, message: "must NOT have more than 100 characters", schema: 100, parentSchema: schema6, data: data30 };
                vErrors === null ? vErrors = [err98] : vErrors.push(err98), errors++;
              }
              if (func2(data30) < 1) {
                let err99 = { instancePath: instancePath + "/pull_request/merged_by", schemaPath: "#/$defs/login/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema6, data: data30 };
                vErrors === null ? vErrors = [err99] : vErrors.push(err99), errors++;
              }
            } else {
              let err100 = { instancePath: instancePath + "/pull_request/merged_by", schemaPath: "#/$defs/login/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema6.type, parentSchema: schema6, data: data30 };
              vErrors === null ? vErrors = [err100] : vErrors.push(err100), errors++;
            }
            var _valid1 = _errs76 === errors;
            valid18 = valid18 || _valid1;
            let _errs79 = errors;
            if (data30 !== null) {
              let err101 = { instancePath: instancePath + "/pull_request/merged_by", schemaPath: "#/properties/pull_request/properties/merged_by/anyOf/1/type", keyword: "type", params: { type: "null" }, message: "must be null", schema: schema0.properties.pull_request.properties.merged_by.anyOf[1].type, parentSchema: schema0.properties.pull_request.properties.merged_by.anyOf[1], data: data30 };
              vErrors === null ? vErrors = [err101] : vErrors.push(err101), errors++;
            }
            var _valid1 = _errs79 === errors;
            if (valid18 = valid18 || _valid1, valid18)
              errors = _errs75, vErrors !== null && (_errs75 ? vErrors.length = _errs75 : vErrors = null);
            else {
              let err102 = { instancePath: instancePath + "/pull_request/merged_by", schemaPath: "#/properties/pull_request/properties/merged_by/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema0.properties.pull_request.properties.merged_by.anyOf, parentSchema: schema0.properties.pull_request.properties.merged_by, data: data30 };
              vErrors === null ? vErrors = [err102] : vErrors.push(err102), errors++;
            }
          }
        } else {
          let err103 = { instancePath: instancePath + "/pull_request", schemaPath: "#/properties/pull_request/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema0.properties.pull_request.type, parentSchema: schema0.properties.pull_request, data: data20 };
          vErrors === null ? vErrors = [err103] : vErrors.push(err103), errors++;
        }
      }
      if (data.approvals !== void 0) {
        let data31 = data.approvals;
        if (Array.isArray(data31)) {
          if (data31.length > 100) {
            let err104 = { instancePath: instancePath + "/approvals", schemaPath: "#/properties/approvals/maxItems", keyword: "maxItems", params: { limit: 100 }, message: "must NOT have more than 100 items", schema: 100, parentSchema: schema0.properties.approvals, data: data31 };
            vErrors === null ? vErrors = [err104] : vErrors.push(err104), errors++;
          }
          let len3 = data31.length;
          for (let i3 = 0; i3 < len3; i3++) {
            let data32 = data31[i3];
            if (data32 && typeof data32 == "object" && !Array.isArray(data32)) {
              if (data32.role === void 0) {
                let err105 = { instancePath: instancePath + "/approvals/" + i3, schemaPath: "#/properties/approvals/items/required", keyword: "required", params: { missingProperty: "role" }, message: "must have required property 'role'", schema: schema0.properties.approvals.items.required, parentSchema: schema0.properties.approvals.items, data: data32 };
                vErrors === null ? vErrors = [err105] : vErrors.push(err105), errors++;
              }
              if (data32.title === void 0) {
                let err106 = { instancePath: instancePath + "/approvals/" + i3, schemaPath: "#/properties/approvals/items/required", keyword: "required", params: { missingProperty: "title" }, message: "must have required property 'title'", schema: schema0.properties.approvals.items.required, parentSchema: schema0.properties.approvals.items, data: data32 };
                vErrors === null ? vErrors = [err106] : vErrors.push(err106), errors++;
              }
              if (data32.login === void 0) {
                let err107 = { instancePath: instancePath + "/approvals/" + i3, schemaPath: "#/properties/approvals/items/required", keyword: "required", params: { missingProperty: "login" }, message: "must have required property 'login'", schema: schema0.properties.approvals.items.required, parentSchema: schema0.properties.approvals.items, data: data32 };
                vErrors === null ? vErrors = [err107] : vErrors.push(err107), errors++;
              }
              if (data32.review_id === void 0) {
                let err108 = { instancePath: instancePath + "/approvals/" + i3, schemaPath: "#/properties/approvals/items/required", keyword: "required", params: { missingProperty: "review_id" }, message: "must have required property 'review_id'", schema: schema0.properties.approvals.items.required, parentSchema: schema0.properties.approvals.items, data: data32 };
                vErrors === null ? vErrors = [err108] : vErrors.push(err108), errors++;
              }
              if (data32.commit_id === void 0) {
                let err109 = { instancePath: instancePath + "/approvals/" + i3, schemaPath: "#/properties/approvals/items/required", keyword: "required", params: { missingProperty: "commit_id" }, message: "must have required property 'commit_id'", schema: schema0.properties.approvals.items.required, parentSchema: schema0.properties.approvals.items, data: data32 };
                vErrors === null ? vErrors = [err109] : vErrors.push(err109), errors++;
              }
              if (data32.submitted_at === void 0) {
                let err110 = { instancePath: instancePath + "/approvals/" + i3, schemaPath: "#/properties/approvals/items/required", keyword: "required", params: { missingProperty: "submitted_at" }, message: "must have required property 'submitted_at'", schema: schema0.properties.approvals.items.required, parentSchema: schema0.properties.approvals.items, data: data32 };
                vErrors === null ? vErrors = [err110] : vErrors.push(err110), errors++;
              }
              for (let key4 in data32)
                if (!(key4 === "role" || key4 === "title" || key4 === "login" || key4 === "via" || key4 === "document" || key4 === "review_id" || key4 === "commit_id" || key4 === "submitted_at")) {
                  let err111 = { instancePath: instancePath + "/approvals/" + i3, schemaPath: "#/properties/approvals/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema0.properties.approvals.items, data: data32 };
                  vErrors === null ? vErrors = [err111] : vErrors.push(err111), errors++;
                }
              if (data32.role !== void 0) {
                let data33 = data32.role;
                if (typeof data33 == "string") {
                  if (func2(data33) > 100) {
                    let err112 = { instancePath: instancePath + "/approvals/" + i3 + "/role", schemaPath: "#/properties/approvals/items/properties/role/maxLength", keyword: "maxLength", params: { limit: 100 }, message: "must NOT have more than 100 characters", schema: 100, parentSchema: schema0.properties.approvals.items.properties.role, data: data33 };
                    vErrors === null ? vErrors = [err112] : vErrors.push(err112), errors++;
                  }
                } else {
                  let err113 = { instancePath: instancePath + "/approvals/" + i3 + "/role", schemaPath: "#/properties/approvals/items/properties/role/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema0.properties.approvals.items.properties.role.type, parentSchema: schema0.properties.approvals.items.properties.role, data: data33 };
                  vErrors === null ? vErrors = [err113] : vErrors.push(err113), errors++;
                }
              }
              if (data32.title !== void 0) {
                let data34 = data32.title;
                if (!(data34 && typeof data34 == "object" && !Array.isArray(data34))) {
                  let err114 = { instancePath: instancePath + "/approvals/" + i3 + "/title", schemaPath: "#/properties/approvals/items/properties/title/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema0.properties.approvals.items.properties.title.type, parentSchema: schema0.properties.approvals.items.properties.title, data: data34 };
                  vErrors === null ? vErrors = [err114] : vErrors.push(err114), errors++;
                }
              }
              if (data32.login !== void 0) {
                let data35 = data32.login;
                if (typeof data35 == "string") {
                  if (func2(data35) > 100) {
                    let err115 = { instancePath: instancePath + "/approvals/" + i3 + "/login", schemaPath: "#/$defs/login/maxLength", keyword: "maxLength", params: { limit: 100 }, message: "must NOT have more than 100 characters", schema: 100, parentSchema: schema6, data: data35 };
                    vErrors === null ? vErrors = [err115] : vErrors.push(err115), errors++;
                  }
                  if (func2(data35) < 1) {
                    let err116 = { instancePath: instancePath + "/approvals/" + i3 + "/login", schemaPath: "#/$defs/login/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema6, data: data35 };
                    vErrors === null ? vErrors = [err116] : vErrors.push(err116), errors++;
                  }
                } else {
                  let err117 = { instancePath: instancePath + "/approvals/" + i3 + "/login", schemaPath: "#/$defs/login/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema6.type, parentSchema: schema6, data: data35 };
                  vErrors === null ? vErrors = [err117] : vErrors.push(err117), errors++;
                }
              }
              if (data32.via !== void 0) {
                let data36 = data32.via;
                if (typeof data36 == "string") {
                  if (func2(data36) > 200) {
                    let err118 = { instancePath: instancePath + "/approvals/" + i3 + "/via", schemaPath: "#/properties/approvals/items/properties/via/maxLength", keyword: "maxLength", params: { limit: 200 }, message: "must NOT have more than 200 characters", schema: 200, parentSchema: schema0.properties.approvals.items.properties.via, data: data36 };
                    vErrors === null ? vErrors = [err118] : vErrors.push(err118), errors++;
                  }
                } else {
                  let err119 = { instancePath: instancePath + "/approvals/" + i3 + "/via", schemaPath: "#/properties/approvals/items/properties/via/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema0.properties.approvals.items.properties.via.type, parentSchema: schema0.properties.approvals.items.properties.via, data: data36 };
                  vErrors === null ? vErrors = [err119] : vErrors.push(err119), errors++;
                }
              }
              if (data32.document !== void 0) {
                let data37 = data32.document;
                if (typeof data37 == "string") {
                  if (func2(data37) > 1e3) {
                    let err120 = { instancePath: instancePath + "/approvals/" + i3 + "/document", schemaPath: "#/properties/approvals/items/properties/document/maxLength", keyword: "maxLength", params: { limit: 1e3 }, message: "must NOT have more than 1000 characters", schema: 1e3, parentSchema: schema0.properties.approvals.items.properties.document, data: data37 };
                    vErrors === null ? vErrors = [err120] : vErrors.push(err120), errors++;
                  }
                } else {
                  let err121 = { instancePath: instancePath + "/approvals/" + i3 + "/document", schemaPath: "#/properties/approvals/items/properties/document/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema0.properties.approvals.items.properties.document.type, parentSchema: schema0.properties.approvals.items.properties.document, data: data37 };
                  vErrors === null ? vErrors = [err121] : vErrors.push(err121), errors++;
                }
              }
              if (data32.review_id !== void 0) {
                let data38 = data32.review_id;
                if (!(typeof data38 == "number" && !(data38 % 1) && !isNaN(data38) && isFinite(data38))) {
                  let err122 = { instancePath: instancePath + "/approvals/" + i3 + "/review_id", schemaPath: "#/properties/approvals/items/properties/review_id/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema0.properties.approvals.items.properties.review_id.type, parentSchema: schema0.properties.approvals.items.properties.review_id, data: data38 };
                  vErrors === null ? vErrors = [err122] : vErrors.push(err122), errors++;
                }
              }
              if (data32.commit_id !== void 0) {
                let data39 = data32.commit_id;
                if (typeof data39 == "string") {
                  if (func2(data39) > 64) {
                    let err123 = { instancePath: instancePath + "/approvals/" + i3 + "/commit_id", schemaPath: "#/properties/approvals/items/properties/commit_id/maxLength", keyword: "maxLength", params: { limit: 64 }, message: "must NOT have more than 64 characters", schema: 64, parentSchema: schema0.properties.approvals.items.properties.commit_id, data: data39 };
                    vErrors === null ? vErrors = [err123] : vErrors.push(err123), errors++;
                  }
                } else {
                  let err124 = { instancePath: instancePath + "/approvals/" + i3 + "/commit_id", schemaPath: "#/properties/approvals/items/properties/commit_id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema0.properties.approvals.items.properties.commit_id.type, parentSchema: schema0.properties.approvals.items.properties.commit_id, data: data39 };
                  vErrors === null ? vErrors = [err124] : vErrors.push(err124), errors++;
                }
              }
              if (data32.submitted_at !== void 0) {
                let data40 = data32.submitted_at;
                if (typeof data40 == "string") {
                  if (!pattern7.test(data40)) {
                    let err125 = { instancePath: instancePath + "/approvals/" + i3 + "/submitted_at", schemaPath: "#/$defs/instant/pattern", keyword: "pattern", params: { pattern: "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,9})?Z$" }, message: 'must match pattern "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,9})?Z$"', schema: "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,9})?Z$", parentSchema: schema10, data: data40 };
                    vErrors === null ? vErrors = [err125] : vErrors.push(err125), errors++;
                  }
                } else {
                  let err126 = { instancePath: instancePath + "/approvals/" + i3 + "/submitted_at", schemaPath: "#/$defs/instant/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema10.type, parentSchema: schema10, data: data40 };
                  vErrors === null ? vErrors = [err126] : vErrors.push(err126), errors++;
                }
              }
            } else {
              let err127 = { instancePath: instancePath + "/approvals/" + i3, schemaPath: "#/properties/approvals/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema0.properties.approvals.items.type, parentSchema: schema0.properties.approvals.items, data: data32 };
              vErrors === null ? vErrors = [err127] : vErrors.push(err127), errors++;
            }
          }
        } else {
          let err128 = { instancePath: instancePath + "/approvals", schemaPath: "#/properties/approvals/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema0.properties.approvals.type, parentSchema: schema0.properties.approvals, data: data31 };
          vErrors === null ? vErrors = [err128] : vErrors.push(err128), errors++;
        }
      }
      if (data.labels !== void 0) {
        let data41 = data.labels;
        if (Array.isArray(data41)) {
          if (data41.length > 100) {
            let err129 = { instancePath: instancePath + "/labels", schemaPath: "#/properties/labels/maxItems", keyword: "maxItems", params: { limit: 100 }, message: "must NOT have more than 100 items", schema: 100, parentSchema: schema0.properties.labels, data: data41 };
            vErrors === null ? vErrors = [err129] : vErrors.push(err129), errors++;
          }
          let len4 = data41.length;
          for (let i4 = 0; i4 < len4; i4++) {
            let data42 = data41[i4];
            if (data42 && typeof data42 == "object" && !Array.isArray(data42)) {
              if (data42.name === void 0) {
                let err130 = { instancePath: instancePath + "/labels/" + i4, schemaPath: "#/properties/labels/items/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema0.properties.labels.items.required, parentSchema: schema0.properties.labels.items, data: data42 };
                vErrors === null ? vErrors = [err130] : vErrors.push(err130), errors++;
              }
              if (data42.name !== void 0) {
                let data43 = data42.name;
                if (typeof data43 == "string") {
                  if (func2(data43) > 100) {
                    let err131 = { instancePath: instancePath + "/labels/" + i4 + "/name", schemaPath: "#/properties/labels/items/properties/name/maxLength", keyword: "maxLength", params: { limit: 100 }, message: "must NOT have more than 100 characters", schema: 100, parentSchema: schema0.properties.labels.items.properties.name, data: data43 };
                    vErrors === null ? vErrors = [err131] : vErrors.push(err131), errors++;
                  }
                } else {
                  let err132 = { instancePath: instancePath + "/labels/" + i4 + "/name", schemaPath: "#/properties/labels/items/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema0.properties.labels.items.properties.name.type, parentSchema: schema0.properties.labels.items.properties.name, data: data43 };
                  vErrors === null ? vErrors = [err132] : vErrors.push(err132), errors++;
                }
              }
            } else {
              let err133 = { instancePath: instancePath + "/labels/" + i4, schemaPath: "#/properties/labels/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema0.properties.labels.items.type, parentSchema: schema0.properties.labels.items, data: data42 };
              vErrors === null ? vErrors = [err133] : vErrors.push(err133), errors++;
            }
          }
        } else {
          let err134 = { instancePath: instancePath + "/labels", schemaPath: "#/properties/labels/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema0.properties.labels.type, parentSchema: schema0.properties.labels, data: data41 };
          vErrors === null ? vErrors = [err134] : vErrors.push(err134), errors++;
        }
      }
      if (data.emergency !== void 0) {
        let data44 = data.emergency;
        if (!(data44 && typeof data44 == "object" && !Array.isArray(data44)) && data44 !== null) {
          let err135 = { instancePath: instancePath + "/emergency", schemaPath: "#/properties/emergency/type", keyword: "type", params: { type: schema0.properties.emergency.type }, message: "must be object,null", schema: schema0.properties.emergency.type, parentSchema: schema0.properties.emergency, data: data44 };
          vErrors === null ? vErrors = [err135] : vErrors.push(err135), errors++;
        }
        if (data44 && typeof data44 == "object" && !Array.isArray(data44)) {
          if (data44.label === void 0) {
            let err136 = { instancePath: instancePath + "/emergency", schemaPath: "#/properties/emergency/required", keyword: "required", params: { missingProperty: "label" }, message: "must have required property 'label'", schema: schema0.properties.emergency.required, parentSchema: schema0.properties.emergency, data: data44 };
            vErrors === null ? vErrors = [err136] : vErrors.push(err136), errors++;
          }
          if (data44.granted === void 0) {
            let err137 = { instancePath: instancePath + "/emergency", schemaPath: "#/properties/emergency/required", keyword: "required", params: { missingProperty: "granted" }, message: "must have required property 'granted'", schema: schema0.properties.emergency.required, parentSchema: schema0.properties.emergency, data: data44 };
            vErrors === null ? vErrors = [err137] : vErrors.push(err137), errors++;
          }
          if (data44.label !== void 0) {
            let data45 = data44.label;
            if (typeof data45 == "string") {
              if (func2(data45) > 100) {
                let err138 = { instancePath: instancePath + "/emergency/label", schemaPath: "#/properties/emergency/properties/label/maxLength", keyword: "maxLength", params: { limit: 100 }, message: "must NOT have more than 100 characters", schema: 100, parentSchema: schema0.properties.emergency.properties.label, data: data45 };
                vErrors === null ? vErrors = [err138] : vErrors.push(err138), errors++;
              }
            } else {
              let err139 = { instancePath: instancePath + "/emergency/label", schemaPath: "#/properties/emergency/properties/label/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema0.properties.emergency.properties.label.type, parentSchema: schema0.properties.emergency.properties.label, data: data45 };
              vErrors === null ? vErrors = [err139] : vErrors.push(err139), errors++;
            }
          }
          if (data44.applied_by !== void 0) {
            let data46 = data44.applied_by;
            if (typeof data46 != "string" && data46 !== null) {
              let err140 = { instancePath: instancePath + "/emergency/applied_by", schemaPath: "#/properties/emergency/properties/applied_by/type", keyword: "type", params: { type: schema0.properties.emergency.properties.applied_by.type }, message: "must be string,null", schema: schema0.properties.emergency.properties.applied_by.type, parentSchema: schema0.properties.emergency.properties.applied_by, data: data46 };
              vErrors === null ? vErrors = [err140] : vErrors.push(err140), errors++;
            }
            if (typeof data46 == "string" && func2(data46) > 100) {
              let err141 = { instancePath: instancePath + "/emergency/applied_by", schemaPath: "#/properties/emergency/properties/applied_by/maxLength", keyword: "maxLength", params: { limit: 100 }, message: "must NOT have more than 100 characters", schema: 100, parentSchema: schema0.properties.emergency.properties.applied_by, data: data46 };
              vErrors === null ? vErrors = [err141] : vErrors.push(err141), errors++;
            }
          }
          if (data44.applied_at !== void 0) {
            let data47 = data44.applied_at;
            if (typeof data47 != "string" && data47 !== null) {
              let err142 = { instancePath: instancePath + "/emergency/applied_at", schemaPath: "#/properties/emergency/properties/applied_at/type", keyword: "type", params: { type: schema0.properties.emergency.properties.applied_at.type }, message: "must be string,null", schema: schema0.properties.emergency.properties.applied_at.type, parentSchema: schema0.properties.emergency.properties.applied_at, data: data47 };
              vErrors === null ? vErrors = [err142] : vErrors.push(err142), errors++;
            }
            if (typeof data47 == "string" && func2(data47) > 40) {
              let err143 = { instancePath: instancePath + "/emergency/applied_at", schemaPath: "#/properties/emergency/properties/applied_at/maxLength", keyword: "maxLength", params: { limit: 40 }, message: "must NOT have more than 40 characters", schema: 40, parentSchema: schema0.properties.emergency.properties.applied_at, data: data47 };
              vErrors === null ? vErrors = [err143] : vErrors.push(err143), errors++;
            }
          }
          if (data44.granted !== void 0) {
            let data48 = data44.granted;
            if (typeof data48 != "boolean") {
              let err144 = { instancePath: instancePath + "/emergency/granted", schemaPath: "#/properties/emergency/properties/granted/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema0.properties.emergency.properties.granted.type, parentSchema: schema0.properties.emergency.properties.granted, data: data48 };
              vErrors === null ? vErrors = [err144] : vErrors.push(err144), errors++;
            }
          }
        }
      }
      if (data.evaluation !== void 0) {
        let data49 = data.evaluation;
        if (data49 && typeof data49 == "object" && !Array.isArray(data49)) {
          if (data49.at === void 0) {
            let err145 = { instancePath: instancePath + "/evaluation", schemaPath: "#/properties/evaluation/required", keyword: "required", params: { missingProperty: "at" }, message: "must have required property 'at'", schema: schema0.properties.evaluation.required, parentSchema: schema0.properties.evaluation, data: data49 };
            vErrors === null ? vErrors = [err145] : vErrors.push(err145), errors++;
          }
          if (data49.outcome === void 0) {
            let err146 = { instancePath: instancePath + "/evaluation", schemaPath: "#/properties/evaluation/required", keyword: "required", params: { missingProperty: "outcome" }, message: "must have required property 'outcome'", schema: schema0.properties.evaluation.required, parentSchema: schema0.properties.evaluation, data: data49 };
            vErrors === null ? vErrors = [err146] : vErrors.push(err146), errors++;
          }
          if (data49.summary === void 0) {
            let err147 = { instancePath: instancePath + "/evaluation", schemaPath: "#/properties/evaluation/required", keyword: "required", params: { missingProperty: "summary" }, message: "must have required property 'summary'", schema: schema0.properties.evaluation.required, parentSchema: schema0.properties.evaluation, data: data49 };
            vErrors === null ? vErrors = [err147] : vErrors.push(err147), errors++;
          }
          if (data49.findings === void 0) {
            let err148 = { instancePath: instancePath + "/evaluation", schemaPath: "#/properties/evaluation/required", keyword: "required", params: { missingProperty: "findings" }, message: "must have required property 'findings'", schema: schema0.properties.evaluation.required, parentSchema: schema0.properties.evaluation, data: data49 };
            vErrors === null ? vErrors = [err148] : vErrors.push(err148), errors++;
          }
          if (data49.at !== void 0) {
            let data50 = data49.at;
            if (typeof data50 == "string") {
              if (!pattern7.test(data50)) {
                let err149 = { instancePath: instancePath + "/evaluation/at", schemaPath: "#/$defs/instant/pattern", keyword: "pattern", params: { pattern: "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,9})?Z$" }, message: 'must match pattern "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,9})?Z$"', schema: "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,9})?Z$", parentSchema: schema10, data: data50 };
                vErrors === null ? vErrors = [err149] : vErrors.push(err149), errors++;
              }
            } else {
              let err150 = { instancePath: instancePath + "/evaluation/at", schemaPath: "#/$defs/instant/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema10.type, parentSchema: schema10, data: data50 };
              vErrors === null ? vErrors = [err150] : vErrors.push(err150), errors++;
            }
          }
          if (data49.outcome !== void 0) {
            let data51 = data49.outcome;
            if (!(data51 === "pass" || data51 === "fail" || data51 === "error")) {
              let err151 = { instancePath: instancePath + "/evaluation/outcome", schemaPath: "#/properties/evaluation/properties/outcome/enum", keyword: "enum", params: { allowedValues: schema0.properties.evaluation.properties.outcome.enum }, message: "must be equal to one of the allowed values", schema: schema0.properties.evaluation.properties.outcome.enum, parentSchema: schema0.properties.evaluation.properties.outcome, data: data51 };
              vErrors === null ? vErrors = [err151] : vErrors.push(err151), errors++;
            }
          }
          if (data49.summary !== void 0) {
            let data52 = data49.summary;
            if (typeof data52 == "string") {
              if (func2(data52) > 1e4) {
                let err152 = { instancePath: instancePath + "/evaluation/summary", schemaPath: "#/properties/evaluation/properties/summary/maxLength", keyword: "maxLength", params: { limit: 1e4 }, message: "must NOT have more than 10000 characters", schema: 1e4, parentSchema: schema0.properties.evaluation.properties.summary, data: data52 };
                vErrors === null ? vErrors = [err152] : vErrors.push(err152), errors++;
              }
            } else {
              let err153 = { instancePath: instancePath + "/evaluation/summary", schemaPath: "#/properties/evaluation/properties/summary/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema0.properties.evaluation.properties.summary.type, parentSchema: schema0.properties.evaluation.properties.summary, data: data52 };
              vErrors === null ? vErrors = [err153] : vErrors.push(err153), errors++;
            }
          }
          if (data49.findings !== void 0) {
            let data53 = data49.findings;
            if (Array.isArray(data53)) {
              if (data53.length > 1e4) {
                let err154 = { instancePath: instancePath + "/evaluation/findings", schemaPath: "#/properties/evaluation/properties/findings/maxItems", keyword: "maxItems", params: { limit: 1e4 }, message: "must NOT have more than 10000 items", schema: 1e4, parentSchema: schema0.properties.evaluation.properties.findings, data: data53 };
                vErrors === null ? vErrors = [err154] : vErrors.push(err154), errors++;
              }
            } else {
              let err155 = { instancePath: instancePath + "/evaluation/findings", schemaPath: "#/properties/evaluation/properties/findings/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema0.properties.evaluation.properties.findings.type, parentSchema: schema0.properties.evaluation.properties.findings, data: data53 };
              vErrors === null ? vErrors = [err155] : vErrors.push(err155), errors++;
            }
          }
        } else {
          let err156 = { instancePath: instancePath + "/evaluation", schemaPath: "#/properties/evaluation/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema0.properties.evaluation.type, parentSchema: schema0.properties.evaluation, data: data49 };
          vErrors === null ? vErrors = [err156] : vErrors.push(err156), errors++;
        }
      }
      if (data.violations !== void 0) {
        let data54 = data.violations;
        if (Array.isArray(data54)) {
          if (data54.length > 1e4) {
            let err157 = { instancePath: instancePath + "/violations", schemaPath: "#/properties/violations/maxItems", keyword: "maxItems", params: { limit: 1e4 }, message: "must NOT have more than 10000 items", schema: 1e4, parentSchema: schema0.properties.violations, data: data54 };
            vErrors === null ? vErrors = [err157] : vErrors.push(err157), errors++;
          }
          let len5 = data54.length;
          for (let i5 = 0; i5 < len5; i5++) {
            let data55 = data54[i5];
            if (data55 && typeof data55 == "object" && !Array.isArray(data55)) {
              if (data55.rule === void 0) {
                let err158 = { instancePath: instancePath + "/violations/" + i5, schemaPath: "#/properties/violations/items/required", keyword: "required", params: { missingProperty: "rule" }, message: "must have required property 'rule'", schema: schema0.properties.violations.items.required, parentSchema: schema0.properties.violations.items, data: data55 };
                vErrors === null ? vErrors = [err158] : vErrors.push(err158), errors++;
              }
              if (data55.message === void 0) {
                let err159 = { instancePath: instancePath + "/violations/" + i5, schemaPath: "#/properties/violations/items/required", keyword: "required", params: { missingProperty: "message" }, message: "must have required property 'message'", schema: schema0.properties.violations.items.required, parentSchema: schema0.properties.violations.items, data: data55 };
                vErrors === null ? vErrors = [err159] : vErrors.push(err159), errors++;
              }
              if (data55.rule !== void 0) {
                let data56 = data55.rule;
                if (typeof data56 == "string") {
                  if (func2(data56) > 100) {
                    let err160 = { instancePath: instancePath + "/violations/" + i5 + "/rule", schemaPath: "#/properties/violations/items/properties/rule/maxLength", keyword: "maxLength", params: { limit: 100 }, message: "must NOT have more than 100 characters", schema: 100, parentSchema: schema0.properties.violations.items.properties.rule, data: data56 };
                    vErrors === null ? vErrors = [err160] : vErrors.push(err160), errors++;
                  }
                } else {
                  let err161 = { instancePath: instancePath + "/violations/" + i5 + "/rule", schemaPath: "#/properties/violations/items/properties/rule/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema0.properties.violations.items.properties.rule.type, parentSchema: schema0.properties.violations.items.properties.rule, data: data56 };
                  vErrors === null ? vErrors = [err161] : vErrors.push(err161), errors++;
                }
              }
              if (data55.message !== void 0) {
                let data57 = data55.message;
                if (typeof data57 == "string") {
                  if (func2(data57) > 1e4) {
                    let err162 = { instancePath: instancePath + "/violations/" + i5 + "/message", schemaPath: "#/properties/violations/items/properties/message/maxLength", keyword: "maxLength", params: { limit: 1e4 }, message: "must NOT have more than 10000 characters", schema: 1e4, parentSchema: schema0.properties.violations.items.properties.message, data: data57 };
                    vErrors === null ? vErrors = [err162] : vErrors.push(err162), errors++;
                  }
                } else {
                  let err163 = { instancePath: instancePath + "/violations/" + i5 + "/message", schemaPath: "#/properties/violations/items/properties/message/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema0.properties.violations.items.properties.message.type, parentSchema: schema0.properties.violations.items.properties.message, data: data57 };
                  vErrors === null ? vErrors = [err163] : vErrors.push(err163), errors++;
                }
              }
            } else {
              let err164 = { instancePath: instancePath + "/violations/" + i5, schemaPath: "#/properties/violations/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema0.properties.violations.items.type, parentSchema: schema0.properties.violations.items, data: data55 };
              vErrors === null ? vErrors = [err164] : vErrors.push(err164), errors++;
            }
          }
        } else {
          let err165 = { instancePath: instancePath + "/violations", schemaPath: "#/properties/violations/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema0.properties.violations.type, parentSchema: schema0.properties.violations, data: data54 };
          vErrors === null ? vErrors = [err165] : vErrors.push(err165), errors++;
        }
      }
      if (data.policy_change !== void 0) {
        let data58 = data.policy_change;
        if (data58 && typeof data58 == "object" && !Array.isArray(data58)) {
          if (data58.files === void 0) {
            let err166 = { instancePath: instancePath + "/policy_change", schemaPath: "#/properties/policy_change/required", keyword: "required", params: { missingProperty: "files" }, message: "must have required property 'files'", schema: schema0.properties.policy_change.required, parentSchema: schema0.properties.policy_change, data: data58 };
            vErrors === null ? vErrors = [err166] : vErrors.push(err166), errors++;
          }
          if (data58.owner === void 0) {
            let err167 = { instancePath: instancePath + "/policy_change", schemaPath: "#/properties/policy_change/required", keyword: "required", params: { missingProperty: "owner" }, message: "must have required property 'owner'", schema: schema0.properties.policy_change.required, parentSchema: schema0.properties.policy_change, data: data58 };
            vErrors === null ? vErrors = [err167] : vErrors.push(err167), errors++;
          }
          if (data58.approved === void 0) {
            let err168 = { instancePath: instancePath + "/policy_change", schemaPath: "#/properties/policy_change/required", keyword: "required", params: { missingProperty: "approved" }, message: "must have required property 'approved'", schema: schema0.properties.policy_change.required, parentSchema: schema0.properties.policy_change, data: data58 };
            vErrors === null ? vErrors = [err168] : vErrors.push(err168), errors++;
          }
          for (let key5 in data58)
            if (!(key5 === "files" || key5 === "owner" || key5 === "approved")) {
              let err169 = { instancePath: instancePath + "/policy_change", schemaPath: "#/properties/policy_change/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key5 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema0.properties.policy_change, data: data58 };
              vErrors === null ? vErrors = [err169] : vErrors.push(err169), errors++;
            }
          if (data58.files !== void 0) {
            let data59 = data58.files;
            if (Array.isArray(data59)) {
              if (data59.length > 1e3) {
                let err170 = { instancePath: instancePath + "/policy_change/files", schemaPath: "#/properties/policy_change/properties/files/maxItems", keyword: "maxItems", params: { limit: 1e3 }, message: "must NOT have more than 1000 items", schema: 1e3, parentSchema: schema0.properties.policy_change.properties.files, data: data59 };
                vErrors === null ? vErrors = [err170] : vErrors.push(err170), errors++;
              }
              let len6 = data59.length;
              for (let i6 = 0; i6 < len6; i6++) {
                let data60 = data59[i6];
                if (typeof data60 == "string") {
                  if (func2(data60) > 1e3) {
                    let err171 = { instancePath: instancePath + "/policy_change/files/" + i6, schemaPath: "#/properties/policy_change/properties/files/items/maxLength", keyword: "maxLength", params: { limit: 1e3 }, message: "must NOT have more than 1000 characters", schema: 1e3, parentSchema: schema0.properties.policy_change.properties.files.items, data: data60 };
                    vErrors === null ? vErrors = [err171] : vErrors.push(err171), errors++;
                  }
                } else {
                  let err172 = { instancePath: instancePath + "/policy_change/files/" + i6, schemaPath: "#/properties/policy_change/properties/files/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema0.properties.policy_change.properties.files.items.type, parentSchema: schema0.properties.policy_change.properties.files.items, data: data60 };
                  vErrors === null ? vErrors = [err172] : vErrors.push(err172), errors++;
                }
              }
            } else {
              let err173 = { instancePath: instancePath + "/policy_change/files", schemaPath: "#/properties/policy_change/properties/files/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema0.properties.policy_change.properties.files.type, parentSchema: schema0.properties.policy_change.properties.files, data: data59 };
              vErrors === null ? vErrors = [err173] : vErrors.push(err173), errors++;
            }
          }
          if (data58.owner !== void 0) {
            let data61 = data58.owner;
            if (typeof data61 == "string") {
              if (func2(data61) > 100) {
                let err174 = { instancePath: instancePath + "/policy_change/owner", schemaPath: "#/properties/policy_change/properties/owner/maxLength", keyword: "maxLength", params: { limit: 100 }, message: "must NOT have more than 100 characters", schema: 100, parentSchema: schema0.properties.policy_change.properties.owner, data: data61 };
                vErrors === null ? vErrors = [err174] : vErrors.push(err174), errors++;
              }
            } else {
              let err175 = { instancePath: instancePath + "/policy_change/owner", schemaPath: "#/properties/policy_change/properties/owner/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema0.properties.policy_change.properties.owner.type, parentSchema: schema0.properties.policy_change.properties.owner, data: data61 };
              vErrors === null ? vErrors = [err175] : vErrors.push(err175), errors++;
            }
          }
          if (data58.approved !== void 0) {
            let data62 = data58.approved;
            if (typeof data62 != "boolean") {
              let err176 = { instancePath: instancePath + "/policy_change/approved", schemaPath: "#/properties/policy_change/properties/approved/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema0.properties.policy_change.properties.approved.type, parentSchema: schema0.properties.policy_change.properties.approved, data: data62 };
              vErrors === null ? vErrors = [err176] : vErrors.push(err176), errors++;
            }
          }
        } else {
          let err177 = { instancePath: instancePath + "/policy_change", schemaPath: "#/properties/policy_change/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema0.properties.policy_change.type, parentSchema: schema0.properties.policy_change, data: data58 };
          vErrors === null ? vErrors = [err177] : vErrors.push(err177), errors++;
        }
      }
      if (data.backfilled !== void 0) {
        let data63 = data.backfilled;
        if (typeof data63 != "boolean") {
          let err178 = { instancePath: instancePath + "/backfilled", schemaPath: "#/properties/backfilled/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema0.properties.backfilled.type, parentSchema: schema0.properties.backfilled, data: data63 };
          vErrors === null ? vErrors = [err178] : vErrors.push(err178), errors++;
        }
      }
      if (data.policy !== void 0) {
        let data64 = data.policy;
        if (data64 && typeof data64 == "object" && !Array.isArray(data64)) {
          if (data64.time_zone === void 0) {
            let err179 = { instancePath: instancePath + "/policy", schemaPath: "#/properties/policy/required", keyword: "required", params: { missingProperty: "time_zone" }, message: "must have required property 'time_zone'", schema: schema0.properties.policy.required, parentSchema: schema0.properties.policy, data: data64 };
            vErrors === null ? vErrors = [err179] : vErrors.push(err179), errors++;
          }
          if (data64.tzdata === void 0) {
            let err180 = { instancePath: instancePath + "/policy", schemaPath: "#/properties/policy/required", keyword: "required", params: { missingProperty: "tzdata" }, message: "must have required property 'tzdata'", schema: schema0.properties.policy.required, parentSchema: schema0.properties.policy, data: data64 };
            vErrors === null ? vErrors = [err180] : vErrors.push(err180), errors++;
          }
          if (data64.config_path === void 0) {
            let err181 = { instancePath: instancePath + "/policy", schemaPath: "#/properties/policy/required", keyword: "required", params: { missingProperty: "config_path" }, message: "must have required property 'config_path'", schema: schema0.properties.policy.required, parentSchema: schema0.properties.policy, data: data64 };
            vErrors === null ? vErrors = [err181] : vErrors.push(err181), errors++;
          }
          if (data64.config_sha256 === void 0) {
            let err182 = { instancePath: instancePath + "/policy", schemaPath: "#/properties/policy/required", keyword: "required", params: { missingProperty: "config_sha256" }, message: "must have required property 'config_sha256'", schema: schema0.properties.policy.required, parentSchema: schema0.properties.policy, data: data64 };
            vErrors === null ? vErrors = [err182] : vErrors.push(err182), errors++;
          }
          if (data64.codeowners_path === void 0) {
            let err183 = { instancePath: instancePath + "/policy", schemaPath: "#/properties/policy/required", keyword: "required", params: { missingProperty: "codeowners_path" }, message: "must have required property 'codeowners_path'", schema: schema0.properties.policy.required, parentSchema: schema0.properties.policy, data: data64 };
            vErrors === null ? vErrors = [err183] : vErrors.push(err183), errors++;
          }
          if (data64.codeowners_sha256 === void 0) {
            let err184 = { instancePath: instancePath + "/policy", schemaPath: "#/properties/policy/required", keyword: "required", params: { missingProperty: "codeowners_sha256" }, message: "must have required property 'codeowners_sha256'", schema: schema0.properties.policy.required, parentSchema: schema0.properties.policy, data: data64 };
            vErrors === null ? vErrors = [err184] : vErrors.push(err184), errors++;
          }
          for (let key6 in data64)
            if (!(key6 === "time_zone" || key6 === "tzdata" || key6 === "config_path" || key6 === "config_sha256" || key6 === "codeowners_path" || key6 === "codeowners_sha256")) {
              let err185 = { instancePath: instancePath + "/policy", schemaPath: "#/properties/policy/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key6 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema0.properties.policy, data: data64 };
              vErrors === null ? vErrors = [err185] : vErrors.push(err185), errors++;
            }
          if (data64.time_zone !== void 0) {
            let data65 = data64.time_zone;
            if (typeof data65 == "string") {
              if (func2(data65) > 64) {
                let err186 = { instancePath: instancePath + "/policy/time_zone", schemaPath: "#/properties/policy/properties/time_zone/maxLength", keyword: "maxLength", params: { limit: 64 }, message: "must NOT have more than 64 characters", schema: 64, parentSchema: schema0.properties.policy.properties.time_zone, data: data65 };
                vErrors === null ? vErrors = [err186] : vErrors.push(err186), errors++;
              }
              if (func2(data65) < 1) {
                let err187 = { instancePath: instancePath + "/policy/time_zone", schemaPath: "#/properties/policy/properties/time_zone/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema0.properties.policy.properties.time_zone, data: data65 };
                vErrors === null ? vErrors = [err187] : vErrors.push(err187), errors++;
              }
            } else {
              let err188 = { instancePath: instancePath + "/policy/time_zone", schemaPath: "#/properties/policy/properties/time_zone/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema0.properties.policy.properties.time_zone.type, parentSchema: schema0.properties.policy.properties.time_zone, data: data65 };
              vErrors === null ? vErrors = [err188] : vErrors.push(err188), errors++;
            }
          }
          if (data64.tzdata !== void 0) {
            let data66 = data64.tzdata;
            if (typeof data66 != "string" && data66 !== null) {
              let err189 = { instancePath: instancePath + "/policy/tzdata", schemaPath: "#/properties/policy/properties/tzdata/type", keyword: "type", params: { type: schema0.properties.policy.properties.tzdata.type }, message: "must be string,null", schema: schema0.properties.policy.properties.tzdata.type, parentSchema: schema0.properties.policy.properties.tzdata, data: data66 };
              vErrors === null ? vErrors = [err189] : vErrors.push(err189), errors++;
            }
            if (typeof data66 == "string" && func2(data66) > 32) {
              let err190 = { instancePath: instancePath + "/policy/tzdata", schemaPath: "#/properties/policy/properties/tzdata/maxLength", keyword: "maxLength", params: { limit: 32 }, message: "must NOT have more than 32 characters", schema: 32, parentSchema: schema0.properties.policy.properties.tzdata, data: data66 };
              vErrors === null ? vErrors = [err190] : vErrors.push(err190), errors++;
            }
          }
          if (data64.config_path !== void 0) {
            let data67 = data64.config_path;
            if (typeof data67 == "string") {
              if (func2(data67) > 1024) {
                let err191 = { instancePath: instancePath + "/policy/config_path", schemaPath: "#/properties/policy/properties/config_path/maxLength", keyword: "maxLength", params: { limit: 1024 }, message: "must NOT have more than 1024 characters", schema: 1024, parentSchema: schema0.properties.policy.properties.config_path, data: data67 };
                vErrors === null ? vErrors = [err191] : vErrors.push(err191), errors++;
              }
            } else {
              let err192 = { instancePath: instancePath + "/policy/config_path", schemaPath: "#/properties/policy/properties/config_path/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema0.properties.policy.properties.config_path.type, parentSchema: schema0.properties.policy.properties.config_path, data: data67 };
              vErrors === null ? vErrors = [err192] : vErrors.push(err192), errors++;
            }
          }
          if (data64.config_sha256 !== void 0) {
            let data68 = data64.config_sha256, _errs161 = errors, valid38 = !1, _errs162 = errors;
            if (typeof data68 == "string") {
              if (!pattern1.test(data68)) {
                let err193 = { instancePath: instancePath + "/policy/config_sha256", schemaPath: "#/$defs/sha256/pattern", keyword: "pattern", params: { pattern: "^[0-9a-f]{64}$" }, message: 'must match pattern "^[0-9a-f]{64}$"', schema: "^[0-9a-f]{64}$", parentSchema: schema22, data: data68 };
                vErrors === null ? vErrors = [err193] : vErrors.push(err193), errors++;
              }
            } else {
              let err194 = { instancePath: instancePath + "/policy/config_sha256", schemaPath: "#/$defs/sha256/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema22.type, parentSchema: schema22, data: data68 };
              vErrors === null ? vErrors = [err194] : vErrors.push(err194), errors++;
            }
            var _valid2 = _errs162 === errors;
            valid38 = valid38 || _valid2;
            let _errs165 = errors;
            if (data68 !== null) {
              let err195 = { instancePath: instancePath + "/policy/config_sha256", schemaPath: "#/properties/policy/properties/config_sha256/anyOf/1/type", keyword: "type", params: { type: "null" }, message: "must be null", schema: schema0.properties.policy.properties.config_sha256.anyOf[1].type, parentSchema: schema0.properties.policy.properties.config_sha256.anyOf[1], data: data68 };
              vErrors === null ? vErrors = [err195] : vErrors.push(err195), errors++;
            }
            var _valid2 = _errs165 === errors;
            if (valid38 = valid38 || _valid2, valid38)
              errors = _errs161, vErrors !== null && (_errs161 ? vErrors.length = _errs161 : vErrors = null);
            else {
              let err196 = { instancePath: instancePath + "/policy/config_sha256", schemaPath: "#/properties/policy/properties/config_sha256/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema0.properties.policy.properties.config_sha256.anyOf, parentSchema: schema0.properties.policy.properties.config_sha256, data: data68 };
              vErrors === null ? vErrors = [err196] : vErrors.push(err196), errors++;
            }
          }
          if (data64.codeowners_path !== void 0) {
            let data69 = data64.codeowners_path;
            if (typeof data69 != "string" && data69 !== null) {
              let err197 = { instancePath: instancePath + "/policy/codeowners_path", schemaPath: "#/properties/policy/properties/codeowners_path/type", keyword: "type", params: { type: schema0.properties.policy.properties.codeowners_path.type }, message: "must be string,null", schema: schema0.properties.policy.properties.codeowners_path.type, parentSchema: schema0.properties.policy.properties.codeowners_path, data: data69 };
              vErrors === null ? vErrors = [err197] : vErrors.push(err197), errors++;
            }
            if (typeof data69 == "string" && func2(data69) > 1024) {
              let err198 = { instancePath: instancePath + "/policy/codeowners_path", schemaPath: "#/properties/policy/properties/codeowners_path/maxLength", keyword: "maxLength", params: { limit: 1024 }, message: "must NOT have more than 1024 characters", schema: 1024, parentSchema: schema0.properties.policy.properties.codeowners_path, data: data69 };
              vErrors === null ? vErrors = [err198] : vErrors.push(err198), errors++;
            }
          }
          if (data64.codeowners_sha256 !== void 0) {
            let data70 = data64.codeowners_sha256, _errs170 = errors, valid40 = !1, _errs171 = errors;
            if (typeof data70 == "string") {
              if (!pattern1.test(data70)) {
                let err199 = { instancePath: instancePath + "/policy/codeowners_sha256", schemaPath: "#/$defs/sha256/pattern", keyword: "pattern", params: { pattern: "^[0-9a-f]{64}$" }, message: 'must match pattern "^[0-9a-f]{64}$"', schema: "^[0-9a-f]{64}$", parentSchema: schema22, data: data70 };
                vErrors === null ? vErrors = [err199] : vErrors.push(err199), errors++;
              }
            } else {
              let err200 = { instancePath: instancePath + "/policy/codeowners_sha256", schemaPath: "#/$defs/sha256/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema22.type, parentSchema: schema22, data: data70 };
              vErrors === null ? vErrors = [err200] : vErrors.push(err200), errors++;
            }
            var _valid3 = _errs171 === errors;
            valid40 = valid40 || _valid3;
            let _errs174 = errors;
            if (data70 !== null) {
              let err201 = { instancePath: instancePath + "/policy/codeowners_sha256", schemaPath: "#/properties/policy/properties/codeowners_sha256/anyOf/1/type", keyword: "type", params: { type: "null" }, message: "must be null", schema: schema0.properties.policy.properties.codeowners_sha256.anyOf[1].type, parentSchema: schema0.properties.policy.properties.codeowners_sha256.anyOf[1], data: data70 };
              vErrors === null ? vErrors = [err201] : vErrors.push(err201), errors++;
            }
            var _valid3 = _errs174 === errors;
            if (valid40 = valid40 || _valid3, valid40)
              errors = _errs170, vErrors !== null && (_errs170 ? vErrors.length = _errs170 : vErrors = null);
            else {
              let err202 = { instancePath: instancePath + "/policy/codeowners_sha256", schemaPath: "#/properties/policy/properties/codeowners_sha256/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema0.properties.policy.properties.codeowners_sha256.anyOf, parentSchema: schema0.properties.policy.properties.codeowners_sha256, data: data70 };
              vErrors === null ? vErrors = [err202] : vErrors.push(err202), errors++;
            }
          }
        } else {
          let err203 = { instancePath: instancePath + "/policy", schemaPath: "#/properties/policy/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema0.properties.policy.type, parentSchema: schema0.properties.policy, data: data64 };
          vErrors === null ? vErrors = [err203] : vErrors.push(err203), errors++;
        }
      }
      if (data.tool !== void 0) {
        let data71 = data.tool;
        if (data71 && typeof data71 == "object" && !Array.isArray(data71)) {
          if (data71.name === void 0) {
            let err204 = { instancePath: instancePath + "/tool", schemaPath: "#/properties/tool/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema0.properties.tool.required, parentSchema: schema0.properties.tool, data: data71 };
            vErrors === null ? vErrors = [err204] : vErrors.push(err204), errors++;
          }
          if (data71.version === void 0) {
            let err205 = { instancePath: instancePath + "/tool", schemaPath: "#/properties/tool/required", keyword: "required", params: { missingProperty: "version" }, message: "must have required property 'version'", schema: schema0.properties.tool.required, parentSchema: schema0.properties.tool, data: data71 };
            vErrors === null ? vErrors = [err205] : vErrors.push(err205), errors++;
          }
          for (let key7 in data71)
            if (!(key7 === "name" || key7 === "version")) {
              let err206 = { instancePath: instancePath + "/tool", schemaPath: "#/properties/tool/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key7 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema0.properties.tool, data: data71 };
              vErrors === null ? vErrors = [err206] : vErrors.push(err206), errors++;
            }
          if (data71.name !== void 0) {
            let data72 = data71.name;
            if (data72 !== "upgrade-gate") {
              let err207 = { instancePath: instancePath + "/tool/name", schemaPath: "#/properties/tool/properties/name/const", keyword: "const", params: { allowedValue: "upgrade-gate" }, message: "must be equal to constant", schema: "upgrade-gate", parentSchema: schema0.properties.tool.properties.name, data: data72 };
              vErrors === null ? vErrors = [err207] : vErrors.push(err207), errors++;
            }
          }
          if (data71.version !== void 0) {
            let data73 = data71.version;
            if (typeof data73 == "string") {
              if (func2(data73) > 64) {
                let err208 = { instancePath: instancePath + "/tool/version", schemaPath: "#/properties/tool/properties/version/maxLength", keyword: "maxLength", params: { limit: 64 }, message: "must NOT have more than 64 characters", schema: 64, parentSchema: schema0.properties.tool.properties.version, data: data73 };
                vErrors === null ? vErrors = [err208] : vErrors.push(err208), errors++;
              }
            } else {
              let err209 = { instancePath: instancePath + "/tool/version", schemaPath: "#/properties/tool/properties/version/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema0.properties.tool.properties.version.type, parentSchema: schema0.properties.tool.properties.version, data: data73 };
              vErrors === null ? vErrors = [err209] : vErrors.push(err209), errors++;
            }
          }
        } else {
          let err210 = { instancePath: instancePath + "/tool", schemaPath: "#/properties/tool/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema0.properties.tool.type, parentSchema: schema0.properties.tool, data: data71 };
          vErrors === null ? vErrors = [err210] : vErrors.push(err210), errors++;
        }
      }
      if (data.previous_sha256 !== void 0) {
        let data74 = data.previous_sha256, _errs183 = errors, valid43 = !1, _errs184 = errors;
        if (typeof data74 == "string") {
          if (!pattern1.test(data74)) {
            let err211 = { instancePath: instancePath + "/previous_sha256", schemaPath: "#/$defs/sha256/pattern", keyword: "pattern", params: { pattern: "^[0-9a-f]{64}$" }, message: 'must match pattern "^[0-9a-f]{64}$"', schema: "^[0-9a-f]{64}$", parentSchema: schema22, data: data74 };
            vErrors === null ? vErrors = [err211] : vErrors.push(err211), errors++;
          }
        } else {
          let err212 = { instancePath: instancePath + "/previous_sha256", schemaPath: "#/$defs/sha256/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema22.type, parentSchema: schema22, data: data74 };
          vErrors === null ? vErrors = [err212] : vErrors.push(err212), errors++;
        }
        var _valid4 = _errs184 === errors;
        valid43 = valid43 || _valid4;
        let _errs187 = errors;
        if (data74 !== null) {
          let err213 = { instancePath: instancePath + "/previous_sha256", schemaPath: "#/properties/previous_sha256/anyOf/1/type", keyword: "type", params: { type: "null" }, message: "must be null", schema: schema0.properties.previous_sha256.anyOf[1].type, parentSchema: schema0.properties.previous_sha256.anyOf[1], data: data74 };
          vErrors === null ? vErrors = [err213] : vErrors.push(err213), errors++;
        }
        var _valid4 = _errs187 === errors;
        if (valid43 = valid43 || _valid4, valid43)
          errors = _errs183, vErrors !== null && (_errs183 ? vErrors.length = _errs183 : vErrors = null);
        else {
          let err214 = { instancePath: instancePath + "/previous_sha256", schemaPath: "#/properties/previous_sha256/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema0.properties.previous_sha256.anyOf, parentSchema: schema0.properties.previous_sha256, data: data74 };
          vErrors === null ? vErrors = [err214] : vErrors.push(err214), errors++;
        }
      }
      if (data.sha256 !== void 0) {
        let data75 = data.sha256;
        if (typeof data75 == "string") {
          if (!pattern1.test(data75)) {
            let err215 = { instancePath: instancePath + "/sha256", schemaPath: "#/$defs/sha256/pattern", keyword: "pattern", params: { pattern: "^[0-9a-f]{64}$" }, message: 'must match pattern "^[0-9a-f]{64}$"', schema: "^[0-9a-f]{64}$", parentSchema: schema22, data: data75 };
            vErrors === null ? vErrors = [err215] : vErrors.push(err215), errors++;
          }
        } else {
          let err216 = { instancePath: instancePath + "/sha256", schemaPath: "#/$defs/sha256/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema22.type, parentSchema: schema22, data: data75 };
          vErrors === null ? vErrors = [err216] : vErrors.push(err216), errors++;
        }
      }
    } else {
      let err217 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema0.type, parentSchema: schema0, data };
      vErrors === null ? vErrors = [err217] : vErrors.push(err217), errors++;
    }
    return validate0.errors = vErrors, errors === 0;
  }
  return validate0.evaluated = { props: !0, dynamicProps: !1, dynamicItems: !1 }, module.exports;
});
var archive_record_schema_default = schema3;

// src/time/clock-face.ts
var WEEKDAY_SHORT = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"], two = (n) => String(n).padStart(2, "0");
function localTime(iso, zone) {
  let t = new Date(iso).getTime();
  if (Number.isNaN(t)) throw new RangeError(`"${iso}" is not an instant`);
  let w = wallClock(t, zone);
  return `${WEEKDAY_SHORT[w.weekday]} ${String(w.year).padStart(4, "0")}-${two(w.month)}-${two(w.day)} ${two(w.hour)}:${two(w.minute)} ${zone}`;
}

// src/archive/format-v2.ts
var NAME_LIMITS = { system: 24, version: 16 }, slug = (s, fallback, max) => ((s ?? fallback).toLowerCase().replace(/[^a-z0-9.]+/g, "-").replace(/^-+|-+$/g, "") || fallback).slice(0, max).replace(/[-.]+$/, "") || fallback;
function hashV2(record) {
  let { sha256: _ignored, ...rest } = record;
  return sha256(jcs(rest));
}
function recordPathV2(folder, record, zone) {
  let date = dateIn(new Date(record.pull_request.merged_at), zone), first = record.documents[0];
  return `${folder}/${date.slice(0, 4)}/${date.slice(5, 7)}/${date}-${slug(first?.system, "unknown", NAME_LIMITS.system)}-${slug(first?.version?.to, "unversioned", NAME_LIMITS.version)}-pr${record.pull_request.number}.json`;
}
var inert2 = (s) => s == null || s === "" ? "\u2014" : mdText(s), at = (iso, zone) => iso ? localTime(iso, zone) : "unknown";
function indexRowV2(record, file) {
  let d = record.documents[0], name = file.split("/").slice(-2).join("/"), zone = record.policy.time_zone;
  return `| ${record.sequence} | ${at(record.pull_request.merged_at, zone)} | ${inert2(d?.id)} | ${inert2(d?.system)} | ${d?.version ? `${inert2(d.version.from)} \u2192 ${inert2(d.version.to)}` : "\u2014"} | ${inert2(d?.type)}${record.backfilled ? " (backfilled)" : ""} | #${record.pull_request.number} | ${record.violations.length ? `\u26A0\uFE0F ${record.violations.map((v) => inert2(v.rule)).join(", ")}` : "none"} | [${name}](${name}) |`;
}
function markdownV2(r) {
  let zone = r.policy.time_zone;
  return [...headerV2(r, zone), ...r.documents.flatMap((d) => documentV2(r, d, zone)), ...mergeV2(r, zone)].join(`
`);
}
function headerV2(r, zone) {
  let out = [`# Upgrade record \xB7 \u5347\u7EA7\u5F52\u6863\u8BB0\u5F55 #${r.sequence}`, "", `Times are local to ${zone} \xB7 \u65F6\u95F4\u5747\u4E3A ${zone} \u672C\u5730\u65F6\u95F4.`, ""];
  if (r.violations.length) {
    out.push("> \u26A0\uFE0F **This merge broke the policy \xB7 \u672C\u6B21\u5408\u5E76\u8FDD\u53CD\u5347\u7EA7\u7BA1\u7406\u529E\u6CD5**", ">");
    for (let v of r.violations) out.push(`> - ${inert2(v.rule)}: ${inert2(v.message)}`);
    out.push("");
  }
  return r.backfilled && out.push("> This record was written after the merge by a scheduled run (backfilled) \xB7 \u8865\u5F55", ""), out;
}
function documentV2(r, d, zone) {
  let f = d.form ?? {}, approvals = f.approvals ?? [], verification = f.verification ?? {}, window = f.window ?? {}, approval = (a) => a.approver ? `approved by ${mdLogin(a.approver)}${a.via ? ` via ${inert2(a.via)}` : ""} at ${a.at ? at(a.at, zone) : "unknown"}` : "not approved \xB7 \u672A\u5BA1\u6279";
  return [
    `## Attachment 1 \xB7 \u9644\u4EF61\uFF1A\u751F\u4EA7\u73AF\u5883\u5347\u7EA7\u5BA1\u6279\u5355 \u2014 ${inert2(d.id)}`,
    "",
    "| Field \xB7 \u5B57\u6BB5 | Value \xB7 \u5185\u5BB9 |",
    "| --- | --- |",
    `| NO. \xB7 \u7F16\u53F7 | ${inert2(d.id)} |`,
    `| System \xB7 \u7CFB\u7EDF | ${inert2(d.system)} (${inert2(d.environment)}) |`,
    `| Version \xB7 \u7248\u672C | ${inert2(d.version?.from)} \u2192 ${inert2(d.version?.to)} |`,
    `| Type \xB7 \u7C7B\u578B | ${inert2(d.type)} |`,
    `| Window \xB7 \u5347\u7EA7\u65F6\u95F4 | ${inert2(window.start)} \u2013 ${inert2(window.end)} (as written in the document \xB7 \u6309\u5347\u7EA7\u5355\u586B\u5199) |`,
    `| Handled by \xB7 \u7ECF\u529E\u4EBA (project lead / ops lead) | ${inert2(f.projectLead)} / ${inert2(f.opsLead)} |`,
    `| Executed by \xB7 \u6267\u884C\u4EBA | ${inert2(f.executor)} |`,
    `| Supervised by \xB7 \u76D1\u7763\u4EBA | ${inert2(f.supervisor)} |`,
    ...approvals.map((a) => `| ${inert2(a.title?.en)} \xB7 ${inert2(a.title?.zh)} | ${approval(a)} |`),
    `| Verification confirmed \xB7 \u9A8C\u8BC1\u786E\u8BA4 | ${inert2(verification.acceptedBy)} (${inert2(verification.acceptedOn)}) |`,
    `| Approved \xB7 \u662F\u5426\u540C\u610F | ${r.evaluation.outcome === "pass" ? "yes \xB7 \u540C\u610F" : "no \xB7 \u4E0D\u540C\u610F (merged anyway: see violations)"} |`,
    "",
    "## Attachment 2 \xB7 \u9644\u4EF62\uFF1A\u751F\u4EA7\u73AF\u5883\u5347\u7EA7\u529F\u80FD\u6E05\u5355",
    "",
    "| ID | Feature \xB7 \u529F\u80FD | Description \xB7 \u8BF4\u660E |",
    "| --- | --- | --- |",
    ...(d.features ?? []).map((x) => `| ${inert2(x.id)} | ${inert2(x.title)} | ${inert2(x.description)} |`),
    "",
    "## Pinned files \xB7 \u6587\u4EF6\u6307\u7EB9",
    "",
    "| File \xB7 \u6587\u4EF6 | Git blob | sha256 |",
    "| --- | --- | --- |",
    `| ${inert2(d.path)} (the document as merged \xB7 \u5408\u5E76\u65F6\u7684\u5347\u7EA7\u5355) | \`${d.blob_sha}\` | \`${d.sha256}\` |`,
    ...d.evidence.map((e) => `| ${inert2(e.path)} | ${e.blob_sha ? `\`${e.blob_sha}\`` : "absent at the merge \xB7 \u5408\u5E76\u65F6\u4E0D\u5B58\u5728"} | ${e.sha256 ? `\`${e.sha256}\`` : "\u2014"} |`),
    ""
  ];
}
function mergeV2(r, zone) {
  let pr = r.pull_request, e = r.emergency, emergency = e ? `- Emergency \xB7 \u7D27\u6025\u5347\u7EA7: label ${inert2(e.label)} applied by ${e.applied_by ? `${mdLogin(e.applied_by)}` : "unknown"} at ${at(e.applied_at, zone)}; bypass ${e.granted ? "granted" : "not granted"}` : "- Emergency \xB7 \u7D27\u6025\u5347\u7EA7: no", policyChange = r.policy_change ? [`- Policy change \xB7 \u7B56\u7565\u53D8\u66F4: ${r.policy_change.files.map((f) => inert2(f)).join(", ")}; approved by the policy owner (${inert2(r.policy_change.owner)}) \xB7 \u7B56\u7565\u8D1F\u8D23\u89D2\u8272\u6279\u51C6: ${r.policy_change.approved ? "yes \xB7 \u662F" : "no \xB7 \u5426"}`] : [];
  return [
    "## Merge \xB7 \u5408\u5E76",
    "",
    `- PR #${pr.number} "${inert2(pr.title)}" by ${mdLogin(pr.author)}, merged ${at(pr.merged_at, zone)} by ${pr.merged_by ? `${mdLogin(pr.merged_by)}` : "unknown"} (${pr.merge_sha ?? "no merge commit"})`,
    `- Evaluation at merge \xB7 \u5408\u5E76\u65F6\u8BC4\u4F30: **${r.evaluation.outcome}** \u2014 ${inert2(r.evaluation.summary)}`,
    emergency,
    ...policyChange,
    `- Policy \xB7 \u5236\u5EA6: ${inert2(r.policy.config_path)} sha256 ${r.policy.config_sha256 ?? "(defaults)"}, ${inert2(r.policy.codeowners_path ?? "no CODEOWNERS")} sha256 ${r.policy.codeowners_sha256 ?? "\u2014"}, time zone ${inert2(zone)} (tzdata ${inert2(r.policy.tzdata ?? "unknown")})`,
    `- Chain \xB7 \u54C8\u5E0C\u94FE (record format 2, sha256 over RFC 8785 JSON): sha256 \`${r.sha256}\`, previous \`${r.previous_sha256 ?? "none (first record)"}\``,
    ""
  ];
}

// src/archive/format-v3-outcome.ts
var OUTCOMES = {
  succeeded: "\u2705 succeeded \xB7 \u5347\u7EA7\u6210\u529F",
  failed: "\u274C failed \xB7 \u5347\u7EA7\u5931\u8D25",
  restored: "\u21A9\uFE0F restored \xB7 \u5DF2\u6062\u590D\u81F3\u5347\u7EA7\u524D\u7684\u5907\u4EFD\u7248\u672C"
}, RESULTS = { passed: "passed \xB7 \u901A\u8FC7", failed: "failed \xB7 \u672A\u901A\u8FC7" }, PEOPLE = {
  executor: "executor \xB7 \u6267\u884C\u4EBA",
  supervisor: "supervisor \xB7 \u76D1\u7763\u4EBA",
  project_lead: "project lead \xB7 \u9879\u76EE\u8D1F\u8D23\u4EBA",
  ops_lead: "ops lead \xB7 \u8FD0\u7EF4\u8D1F\u8D23\u4EBA"
}, outcome = (o) => OUTCOMES[o] ?? inert(o), time = (t) => t && /^[0-9T:+\-Z ]+$/.test(t) ? t : inert(t), right = (as) => PEOPLE[as] ?? (as.startsWith("role:") ? `role \xB7 \u89D2\u8272 ${inert(as.slice(5))}` : inert(as));
function rowsV3(outcomes) {
  return [
    "| # | Outcome \xB7 \u7ED3\u679C | Completed \xB7 \u5B8C\u6210\u65F6\u95F4 | Verification \xB7 \u9A8C\u8BC1 | Notice \xB7 \u5B8C\u6210\u901A\u77E5 | Recorded by \xB7 \u8BB0\u5F55\u4EBA | Comment \xB7 \u8BC4\u8BBA |",
    "| --- | --- | --- | --- | --- | --- | --- |",
    ...outcomes.map((o) => {
      let cases = Object.entries(o.verification).map(([id, r]) => `${inert(id)} ${RESULTS[r] ?? inert(r)}`).join(", "), by = `${inert(o.recorded_by.login)} (${o.recorded_by.as.map(right).join(", ")})`;
      return `| ${o.sequence} | ${outcome(o.outcome)} | ${time(o.completed_at)} (${inert(o.policy.time_zone)}) | ${cases} | ${o.notified_at ? time(o.notified_at) : "not given \xB7 \u672A\u586B\u5199"} | ${by} | [${o.comment.id}](${encodeURI(o.comment.url)}) |`;
    }),
    "",
    ...outcomes.flatMap((o) => [
      `- #${o.sequence} notes \xB7 \u8BF4\u660E: ${inert(o.notes)}`,
      ...o.cause ? [`  - cause \xB7 \u539F\u56E0: ${inert(o.cause)}`] : [],
      ...o.backup_restored ? [`  - backup restored \xB7 \u6062\u590D\u7684\u5907\u4EFD: ${inert(o.backup_restored)}`] : []
    ])
  ];
}
function outcomeSectionV3(outcomes) {
  if (outcomes.length === 0) return "";
  let sorted = [...outcomes].sort((a, b) => a.sequence - b.sequence);
  return [`## Outcome \xB7 \u5347\u7EA7\u7ED3\u679C: ${outcome(sorted.at(-1).outcome)}`, "", ...rowsV3(sorted), ""].join(`
`);
}

// src/archive/format-v3.ts
function hashV3(record) {
  let { sha256: _ignored, ...rest } = record;
  return sha256(jcs(rest));
}
var recordPathV3 = recordPathV2, WEEKDAYS = [
  ["Sun", "\u5468\u65E5"],
  ["Mon", "\u5468\u4E00"],
  ["Tue", "\u5468\u4E8C"],
  ["Wed", "\u5468\u4E09"],
  ["Thu", "\u5468\u56DB"],
  ["Fri", "\u5468\u4E94"],
  ["Sat", "\u5468\u516D"]
], two2 = (n) => String(n).padStart(2, "0"), ZH = {
  production: "\u751F\u4EA7\u73AF\u5883",
  gray: "\u7070\u5EA6\u73AF\u5883",
  regular: "\u5E38\u89C4\u5347\u7EA7",
  emergency: "\u7D27\u6025\u5347\u7EA7",
  pass: "\u901A\u8FC7",
  fail: "\u4E0D\u901A\u8FC7",
  error: "\u51FA\u9519"
}, inert3 = (s) => s == null || s === "" ? "\u2014" : mdText(s), term = (s) => s && ZH[s] ? `${inert3(s)} \xB7 ${ZH[s]}` : inert3(s), UNKNOWN = "unknown \xB7 \u672A\u77E5";
function stampV3(iso, zone) {
  if (!iso) return UNKNOWN;
  let t = new Date(iso).getTime();
  if (Number.isNaN(t)) return inert3(iso);
  let w = wallClock(t, zone), [en, zh] = WEEKDAYS[w.weekday];
  return `${String(w.year).padStart(4, "0")}-${two2(w.month)}-${two2(w.day)} (${en} \xB7 ${zh}) ${two2(w.hour)}:${two2(w.minute)} ${zone}`;
}
function indexHeadV3(year) {
  return [
    `# Upgrade archive ${year} \xB7 ${year} \u5E74\u5347\u7EA7\u6863\u6848`,
    "",
    "One row per merged upgrade, in chain order; check the archive with `npx upgrade-gate verify`. \xB7 \u6BCF\u4E2A\u5DF2\u5408\u5E76\u7684\u5347\u7EA7\u4E00\u884C\uFF0C\u6309\u54C8\u5E0C\u94FE\u987A\u5E8F\u6392\u5217\uFF1B\u7528 `npx upgrade-gate verify` \u6821\u9A8C\u5347\u7EA7\u6863\u6848\u3002",
    "",
    "| # | Merged \xB7 \u5408\u5E76\u65F6\u95F4 | NO. \xB7 \u7F16\u53F7 | System \xB7 \u7CFB\u7EDF | Version \xB7 \u7248\u672C | Type \xB7 \u7C7B\u578B | PR | Violations \xB7 \u8FDD\u89C4 | Record \xB7 \u8BB0\u5F55 |",
    "| --- | --- | --- | --- | --- | --- | --- | --- | --- |"
  ].join(`
`);
}
function indexRowV3(record, file) {
  let d = record.documents[0], name = file.split("/").slice(-2).join("/"), version = d?.version ? `${inert3(d.version.from)} \u2192 ${inert3(d.version.to)}` : "\u2014", type = `${term(d?.type)}${record.backfilled ? " (backfilled \xB7 \u8865\u5F55)" : ""}`, violations = record.violations.length ? `\u26A0\uFE0F ${record.violations.map((v) => inert3(v.rule)).join(", ")}` : "none \xB7 \u65E0", merged = stampV3(record.pull_request.merged_at, record.policy.time_zone);
  return `| ${record.sequence} | ${merged} | ${inert3(d?.id)} | ${inert3(d?.system)} | ${version} | ${type} | #${record.pull_request.number} | ${violations} | [${name}](${name}) |`;
}
function markdownV3(r) {
  let zone = r.policy.time_zone;
  return [...headerV3(r, zone), ...r.documents.flatMap((d) => documentV3(r, d, zone)), ...mergeV3(r, zone)].join(`
`);
}
function headerV3(r, zone) {
  let out = [
    `# Upgrade record \xB7 \u5347\u7EA7\u6863\u6848\u8BB0\u5F55 #${r.sequence}`,
    "",
    `Times are local to ${inert3(zone)}. \xB7 \u65F6\u95F4\u5747\u4E3A ${inert3(zone)} \u5F53\u5730\u65F6\u95F4\u3002`,
    ""
  ];
  if (r.violations.length) {
    out.push("> \u26A0\uFE0F **This merge broke the policy \xB7 \u672C\u6B21\u5408\u5E76\u8FDD\u53CD\u300A\u5347\u7EA7\u7BA1\u7406\u529E\u6CD5\u300B**", ">");
    for (let v of r.violations) out.push(`> - ${inert3(v.rule)}: ${inert3(v.message)}`);
    out.push("");
  }
  return r.backfilled && out.push("> Written after the merge by a scheduled run (backfilled). \xB7 \u5408\u5E76\u540E\u7531\u5B9A\u65F6\u4EFB\u52A1\u8865\u5F55\u3002", ""), out;
}
function approvalV3(a, zone) {
  if (!a.approver) return "not approved \xB7 \u672A\u5BA1\u6279";
  let via = a.via ? ` (via \xB7 \u7ECF\u7531 ${inert3(a.via)})` : "";
  return `approved \xB7 \u5DF2\u6279\u51C6: ${mdLogin(a.approver)}${via}, ${stampV3(a.at, zone)}`;
}
function documentV3(r, d, zone) {
  return [...formV3(r, d, zone), ...featuresV3(d), ...pinsV3(d)];
}
function formV3(r, d, zone) {
  let f = d.form ?? {}, approvals = f.approvals ?? [], verification = f.verification ?? {}, window = f.window ?? {}, approved = r.evaluation.outcome === "pass" ? "yes \xB7 \u540C\u610F" : "no \xB7 \u4E0D\u540C\u610F (merged anyway: see the violations \xB7 \u4ECD\u88AB\u5408\u5E76\uFF0C\u89C1\u8FDD\u89C4\u9879)";
  return [
    `## Attachment 1 \xB7 \u9644\u4EF6\u4E00\uFF1A\u751F\u4EA7\u73AF\u5883\u5347\u7EA7\u5BA1\u6279\u5355 \u2014 ${inert3(d.id)}`,
    "",
    "| Field \xB7 \u5B57\u6BB5 | Value \xB7 \u5185\u5BB9 |",
    "| --- | --- |",
    `| NO. \xB7 \u7F16\u53F7 | ${inert3(d.id)} |`,
    `| System \xB7 \u7CFB\u7EDF | ${inert3(d.system)} (${term(d.environment)}) |`,
    `| Version \xB7 \u7248\u672C | ${inert3(d.version?.from)} \u2192 ${inert3(d.version?.to)} |`,
    `| Type \xB7 \u7C7B\u578B | ${term(d.type)} |`,
    `| Window \xB7 \u5347\u7EA7\u65F6\u95F4 | ${inert3(window.start)} \u2013 ${inert3(window.end)} (as written in the document \xB7 \u6309\u5347\u7EA7\u5355\u586B\u5199) |`,
    `| Handled by \xB7 \u7ECF\u529E\u4EBA (project lead / ops lead \xB7 \u9879\u76EE\u8D1F\u8D23\u4EBA / \u8FD0\u7EF4\u8D1F\u8D23\u4EBA) | ${inert3(f.projectLead)} / ${inert3(f.opsLead)} |`,
    `| Executed by \xB7 \u6267\u884C\u4EBA | ${inert3(f.executor)} |`,
    `| Supervised by \xB7 \u76D1\u7763\u4EBA | ${inert3(f.supervisor)} |`,
    ...approvals.map((a) => `| ${inert3(a.title?.en)} \xB7 ${inert3(a.title?.zh)} | ${approvalV3(a, zone)} |`),
    `| Verification confirmed \xB7 \u9A8C\u8BC1\u786E\u8BA4 | ${inert3(verification.acceptedBy)} (${inert3(verification.acceptedOn)}) |`,
    `| Approved \xB7 \u662F\u5426\u540C\u610F | ${approved} |`,
    ""
  ];
}
function featuresV3(d) {
  return [
    "## Attachment 2 \xB7 \u9644\u4EF6\u4E8C\uFF1A\u751F\u4EA7\u73AF\u5883\u5347\u7EA7\u529F\u80FD\u6E05\u5355",
    "",
    "| ID \xB7 \u7F16\u53F7 | Feature \xB7 \u529F\u80FD | Description \xB7 \u8BF4\u660E |",
    "| --- | --- | --- |",
    ...(d.features ?? []).map((x) => `| ${inert3(x.id)} | ${inert3(x.title)} | ${inert3(x.description)} |`),
    ""
  ];
}
function pinsV3(d) {
  let code = (s) => s ? `\`${s}\`` : "\u2014";
  return [
    "## Pinned files \xB7 \u6587\u4EF6\u6307\u7EB9",
    "",
    "| File \xB7 \u6587\u4EF6 | Git blob | sha256 |",
    "| --- | --- | --- |",
    `| ${inert3(d.path)} (the document as merged \xB7 \u5408\u5E76\u65F6\u7684\u5347\u7EA7\u5355) | \`${d.blob_sha}\` | \`${d.sha256}\` |`,
    ...d.evidence.map((e) => `| ${inert3(e.path)} | ${e.blob_sha ? code(e.blob_sha) : "absent at the merge \xB7 \u5408\u5E76\u65F6\u4E0D\u5B58\u5728"} | ${code(e.sha256)} |`),
    ""
  ];
}
function mergeV3(r, zone) {
  let pr = r.pull_request, by = (login) => login ? mdLogin(login) : UNKNOWN;
  return [
    "## Merge \xB7 \u5408\u5E76",
    "",
    `- PR \xB7 \u5408\u5E76\u8BF7\u6C42: #${pr.number} "${inert3(pr.title)}", opened by \xB7 \u63D0\u4EA4\u4EBA ${mdLogin(pr.author)}`,
    `- Merged \xB7 \u5408\u5E76: ${stampV3(pr.merged_at, zone)}, by \xB7 \u5408\u5E76\u4EBA ${by(pr.merged_by)}, merge commit \xB7 \u5408\u5E76\u63D0\u4EA4 ${pr.merge_sha ? `\`${pr.merge_sha}\`` : "none \xB7 \u65E0"}`,
    `- Evaluation at merge \xB7 \u5408\u5E76\u65F6\u8BC4\u4F30: **${term(r.evaluation.outcome)}** \u2014 ${inert3(r.evaluation.summary)}`,
    emergencyV3(r, zone),
    ...policyChangeV3(r),
    ...policyV3(r, zone),
    `- Chain \xB7 \u54C8\u5E0C\u94FE (record format 3, sha256 over RFC 8785 JSON \xB7 \u7B2C 3 \u7248\u8BB0\u5F55\u683C\u5F0F\uFF0C\u5BF9 RFC 8785 \u89C4\u8303 JSON \u8BA1\u7B97 sha256): sha256 \`${r.sha256}\`, previous \xB7 \u4E0A\u4E00\u6761 ${r.previous_sha256 ? `\`${r.previous_sha256}\`` : "none (first record) \xB7 \u65E0\uFF08\u7B2C\u4E00\u6761\u8BB0\u5F55\uFF09"}`,
    ""
  ];
}
function emergencyV3(r, zone) {
  let e = r.emergency;
  if (!e) return "- Emergency \xB7 \u7D27\u6025\u5347\u7EA7: no \xB7 \u5426";
  let by = e.applied_by ? mdLogin(e.applied_by) : UNKNOWN, granted = e.granted ? "granted \xB7 \u5DF2\u51C6\u8BB8" : "not granted \xB7 \u672A\u51C6\u8BB8";
  return `- Emergency \xB7 \u7D27\u6025\u5347\u7EA7: label \xB7 \u6807\u7B7E ${inert3(e.label)}, applied by \xB7 \u6DFB\u52A0\u4EBA ${by}, at \xB7 \u65F6\u95F4 ${stampV3(e.applied_at, zone)}; bypass \xB7 \u8C41\u514D ${granted}`;
}
function policyChangeV3(r) {
  let c = r.policy_change;
  if (!c) return [];
  let approved = c.approved ? "yes \xB7 \u662F" : "no \xB7 \u5426";
  return [
    `- Policy change \xB7 \u7B56\u7565\u53D8\u66F4: ${c.files.map((f) => inert3(f)).join(", ")}; approved by the policy owner (${inert3(c.owner)}) \xB7 \u7B56\u7565\u8D1F\u8D23\u89D2\u8272\u6279\u51C6: ${approved}`
  ];
}
function policyV3(r, zone) {
  let p = r.policy, config = p.config_sha256 ? `sha256 ${p.config_sha256}` : "none: the defaults \xB7 \u65E0\uFF0C\u4F7F\u7528\u9ED8\u8BA4\u503C", codeowners = p.codeowners_path ? `${inert3(p.codeowners_path)} sha256 ${p.codeowners_sha256 ?? "\u2014"}` : "no CODEOWNERS \xB7 \u65E0 CODEOWNERS";
  return [
    `- Policy \xB7 \u5236\u5EA6: configuration \xB7 \u914D\u7F6E ${inert3(p.config_path)} ${config}; ${codeowners}`,
    `- Time zone \xB7 \u65F6\u533A: ${inert3(zone)} (tzdata \xB7 \u65F6\u533A\u6570\u636E ${p.tzdata ? inert3(p.tzdata) : UNKNOWN})`
  ];
}

// schemas/outcome-record.schema.json
var schema4 = JSON.parse(`{"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://upgrade-gate.dev/schemas/outcome-record.schema.json","title":"Outcome record (upgrade-gate/outcome-record/v1) \xB7 \u5347\u7EA7\u7ED3\u679C\u8BB0\u5F55\uFF08\u7B2C\u4E00\u7248\u683C\u5F0F\uFF09","description":"One outcome of an archived upgrade (measures 4.6, 4.7), appended to the archive's hash chain after the upgrade record it references: succeeded, failed or restored, the verification results, who recorded it in which comment, and when. A later outcome is another record; the newest is the upgrade's state.\\n\\n\u5DF2\u5F52\u6863\u5347\u7EA7\u7684\u4E00\u6B21\u5347\u7EA7\u7ED3\u679C\uFF08\u300A\u5347\u7EA7\u7BA1\u7406\u529E\u6CD5\u300B4.6\u30014.7\uFF09\uFF0C\u63A5\u5728\u5176\u5BF9\u5E94\u7684\u5347\u7EA7\u8BB0\u5F55\u4E4B\u540E\u52A0\u5165\u5347\u7EA7\u6863\u6848\u7684\u54C8\u5E0C\u94FE\uFF1A\u5347\u7EA7\u6210\u529F\u3001\u5347\u7EA7\u5931\u8D25\u6216\u5DF2\u6062\u590D\uFF0C\u9A8C\u8BC1\u7ED3\u679C\uFF0C\u7531\u8C01\u5728\u54EA\u6761\u8BC4\u8BBA\u4E2D\u8BB0\u5F55\uFF0C\u4EE5\u53CA\u8BB0\u5F55\u65F6\u95F4\u3002\u4E4B\u540E\u7684\u7ED3\u679C\u53E6\u8D77\u4E00\u6761\u8BB0\u5F55\uFF0C\u4EE5\u6700\u65B0\u4E00\u6761\u4E3A\u51C6\u3002","type":"object","additionalProperties":false,"required":["format","sequence","upgrade","outcome","completed_at","completed_at_utc","notified_at","notified_at_utc","verification","notes","cause","backup_restored","recorded_by","comment","recorded_at","policy","tool","previous_sha256","sha256"],"properties":{"format":{"description":"Record format version.\\n\\n\u8BB0\u5F55\u7684\u683C\u5F0F\u7248\u672C\u3002","const":"upgrade-gate/outcome-record/v1"},"sequence":{"description":"Position in the archive's hash chain, starting at 1.\\n\\n\u5728\u5347\u7EA7\u6863\u6848\u54C8\u5E0C\u94FE\u4E2D\u7684\u5E8F\u53F7\uFF0C\u4ECE 1 \u5F00\u59CB\u3002","type":"integer","minimum":1},"upgrade":{"description":"The upgrade record this outcome belongs to.\\n\\n\u8BE5\u7ED3\u679C\u6240\u5C5E\u7684\u5347\u7EA7\u8BB0\u5F55\u3002","type":"object","additionalProperties":false,"required":["file","sequence","sha256","pull_request","document"],"properties":{"file":{"description":"The upgrade record's path inside the archive folder, e.g. 2026/12/2026-12-03-billing-2.4.0-pr7.json.\\n\\n\u5347\u7EA7\u8BB0\u5F55\u5728\u6863\u6848\u76EE\u5F55\u4E2D\u7684\u8DEF\u5F84\uFF0C\u4F8B\u5982 2026/12/2026-12-03-billing-2.4.0-pr7.json\u3002","type":"string"},"sequence":{"description":"The upgrade record's sequence.\\n\\n\u5347\u7EA7\u8BB0\u5F55\u7684\u5E8F\u53F7\u3002","type":"integer","minimum":1},"sha256":{"description":"The upgrade record's sha256.\\n\\n\u5347\u7EA7\u8BB0\u5F55\u7684 sha256\u3002","type":"string","pattern":"^[0-9a-f]{64}$"},"pull_request":{"description":"The merged pull request's number.\\n\\n\u5DF2\u5408\u5E76 PR \u7684\u7F16\u53F7\u3002","type":"integer"},"document":{"description":"The approval form NO. of the document the outcome is for.\\n\\n\u8BE5\u7ED3\u679C\u5BF9\u5E94\u6587\u6863\u7684\u5BA1\u6279\u5355\u7F16\u53F7\u3002","type":"string"}}},"outcome":{"description":"succeeded, failed or restored.\\n\\nsucceeded\uFF08\u5347\u7EA7\u6210\u529F\uFF09\u3001failed\uFF08\u5347\u7EA7\u5931\u8D25\uFF09\u6216 restored\uFF08\u5DF2\u6062\u590D\u81F3\u5347\u7EA7\u524D\u7684\u5907\u4EFD\u7248\u672C\uFF09\u3002","enum":["succeeded","failed","restored"]},"completed_at":{"description":"When the upgrade was complete, as written in the comment.\\n\\n\u5347\u7EA7\u5B8C\u6210\u65F6\u95F4\uFF0C\u6309\u8BC4\u8BBA\u4E2D\u6240\u5199\u3002","type":"string"},"completed_at_utc":{"description":"The same instant in UTC (ISO 8601), read in the policy time zone.\\n\\n\u6309\u7B56\u7565\u65F6\u533A\u6362\u7B97\u6210 UTC \u7684\u540C\u4E00\u65F6\u523B\uFF08ISO 8601\uFF09\u3002","type":"string"},"notified_at":{"description":"When the upgrade-complete notice went out (measures 4.7), as written; null when not given.\\n\\n\u5347\u7EA7\u5B8C\u6210\u901A\u77E5\u7684\u53D1\u51FA\u65F6\u95F4\uFF08\u300A\u5347\u7EA7\u7BA1\u7406\u529E\u6CD5\u300B4.7\uFF09\uFF0C\u6309\u6240\u5199\uFF1B\u672A\u586B\u5199\u65F6\u4E3A null\u3002","type":["string","null"]},"notified_at_utc":{"description":"The same instant in UTC; null when not given.\\n\\n\u6362\u7B97\u6210 UTC \u7684\u540C\u4E00\u65F6\u523B\uFF1B\u672A\u586B\u5199\u65F6\u4E3A null\u3002","type":["string","null"]},"verification":{"description":"Each verification case of the document: passed or failed.\\n\\n\u6587\u6863\u4E2D\u6BCF\u4E2A\u9A8C\u8BC1\u7528\u4F8B\u7684\u7ED3\u679C\uFF1Apassed\uFF08\u901A\u8FC7\uFF09\u6216 failed\uFF08\u672A\u901A\u8FC7\uFF09\u3002","type":"object","additionalProperties":{"description":"passed or failed.\\n\\npassed\uFF08\u901A\u8FC7\uFF09\u6216 failed\uFF08\u672A\u901A\u8FC7\uFF09\u3002","enum":["passed","failed"]}},"notes":{"description":"What was done after the execution.\\n\\n\u6267\u884C\u540E\u505A\u4E86\u4EC0\u4E48\u3002","type":"string"},"cause":{"description":"Why it failed (null when not given).\\n\\n\u5931\u8D25\u539F\u56E0\uFF08\u672A\u586B\u5199\u65F6\u4E3A null\uFF09\u3002","type":["string","null"]},"backup_restored":{"description":"Which backup was restored (null when not given).\\n\\n\u6062\u590D\u7684\u662F\u54EA\u4E2A\u5907\u4EFD\uFF08\u672A\u586B\u5199\u65F6\u4E3A null\uFF09\u3002","type":["string","null"]},"recorded_by":{"description":"Who wrote the comment, and as what: the document's people (executor, supervisor, project_lead, ops_lead) or a role.\\n\\n\u8BC4\u8BBA\u4EBA\u53CA\u5176\u8EAB\u4EFD\uFF1A\u6587\u6863\u4E2D\u7684\u4EBA\u5458\uFF08\u6267\u884C\u4EBA\u3001\u76D1\u7763\u4EBA\u3001\u9879\u76EE\u8D1F\u8D23\u4EBA\u3001\u8FD0\u7EF4\u8D1F\u8D23\u4EBA\uFF09\u6216\u67D0\u4E2A\u89D2\u8272\u3002","type":"object","additionalProperties":false,"required":["login","as"],"properties":{"login":{"description":"GitHub login of the comment's author.\\n\\n\u8BC4\u8BBA\u4EBA\u7684 GitHub \u7528\u6237\u540D\u3002","type":"string"},"as":{"description":"Why that person may record the outcome, e.g. executor or role:center-lead.\\n\\n\u6B64\u4EBA\u53EF\u4EE5\u8BB0\u5F55\u5347\u7EA7\u7ED3\u679C\u7684\u4F9D\u636E\uFF0C\u4F8B\u5982 executor \u6216 role:center-lead\u3002","type":"array","items":{"description":"A people field of the document, or role:<role id>.\\n\\n\u6587\u6863 people \u4E2D\u7684\u5B57\u6BB5\uFF0C\u6216 role:<\u89D2\u8272\u7F16\u53F7>\u3002","type":"string"},"minItems":1}}},"comment":{"description":"The comment on the pull request that recorded the outcome.\\n\\n\u8BB0\u5F55\u8BE5\u7ED3\u679C\u7684 PR \u8BC4\u8BBA\u3002","type":"object","additionalProperties":false,"required":["id","url","created_at","updated_at","body","body_sha256"],"properties":{"id":{"description":"GitHub comment id.\\n\\nGitHub \u8BC4\u8BBA\u7F16\u53F7\u3002","type":"integer"},"url":{"description":"The comment's web address.\\n\\n\u8BC4\u8BBA\u7684\u7F51\u5740\u3002","type":"string"},"created_at":{"description":"When the comment was written (ISO).\\n\\n\u8BC4\u8BBA\u53D1\u8868\u65F6\u95F4\uFF08ISO 8601\uFF09\u3002","type":"string"},"updated_at":{"description":"When it was last edited (ISO).\\n\\n\u8BC4\u8BBA\u6700\u540E\u7F16\u8F91\u65F6\u95F4\uFF08ISO 8601\uFF09\u3002","type":"string"},"body":{"description":"The comment exactly as it was processed.\\n\\n\u5904\u7406\u65F6\u7684\u8BC4\u8BBA\u539F\u6587\uFF0C\u4E00\u5B57\u4E0D\u6539\u3002","type":"string"},"body_sha256":{"description":"sha256 of the body: one comment text is recorded once.\\n\\n\u8BC4\u8BBA\u6B63\u6587\u7684 sha256\uFF1A\u540C\u4E00\u8BC4\u8BBA\u5185\u5BB9\u53EA\u8BB0\u5F55\u4E00\u6B21\u3002","type":"string","pattern":"^[0-9a-f]{64}$"}}},"recorded_at":{"description":"When upgrade-gate processed the comment (ISO).\\n\\nupgrade-gate \u5904\u7406\u8BE5\u8BC4\u8BBA\u7684\u65F6\u95F4\uFF08ISO 8601\uFF09\u3002","type":"string"},"policy":{"description":"The policy the times were read in.\\n\\n\u89E3\u8BFB\u65F6\u95F4\u6240\u4F9D\u636E\u7684\u7B56\u7565\u3002","type":"object","additionalProperties":false,"required":["time_zone"],"properties":{"time_zone":{"description":"Policy time zone.\\n\\n\u7B56\u7565\u65F6\u533A\u3002","type":"string"}}},"tool":{"description":"The upgrade-gate that wrote the record.\\n\\n\u5199\u5165\u8FD9\u6761\u8BB0\u5F55\u7684 upgrade-gate\u3002","type":"object","additionalProperties":false,"required":["name","version"],"properties":{"name":{"description":"Tool name.\\n\\n\u5DE5\u5177\u540D\u79F0\u3002","const":"upgrade-gate"},"version":{"description":"Tool version.\\n\\n\u5DE5\u5177\u7248\u672C\u3002","type":"string"}}},"previous_sha256":{"description":"sha256 of the previous record in the chain.\\n\\n\u54C8\u5E0C\u94FE\u4E2D\u4E0A\u4E00\u6761\u8BB0\u5F55\u7684 sha256\u3002","type":"string","pattern":"^[0-9a-f]{64}$"},"sha256":{"description":"sha256 of this record's canonical JSON without this field.\\n\\n\u672C\u8BB0\u5F55\u53BB\u6389\u6B64\u5B57\u6BB5\u540E\u7684\u89C4\u8303 JSON \u7684 sha256\u3002","type":"string","pattern":"^[0-9a-f]{64}$"}}}`);
registerValidator(schema4.$id, () => {
  let module = { exports: {} };
  module.exports = validate0, module.exports.default = validate0;
  let schema0 = { $schema: "https://json-schema.org/draft/2020-12/schema", $id: "https://upgrade-gate.dev/schemas/outcome-record.schema.json", title: "Outcome record (upgrade-gate/outcome-record/v1) \xB7 \u5347\u7EA7\u7ED3\u679C\u8BB0\u5F55\uFF08\u7B2C\u4E00\u7248\u683C\u5F0F\uFF09", description: `One outcome of an archived upgrade (measures 4.6, 4.7), appended to the archive's hash chain after the upgrade record it references: succeeded, failed or restored, the verification results, who recorded it in which comment, and when. A later outcome is another record; the newest is the upgrade's state.

\u5DF2\u5F52\u6863\u5347\u7EA7\u7684\u4E00\u6B21\u5347\u7EA7\u7ED3\u679C\uFF08\u300A\u5347\u7EA7\u7BA1\u7406\u529E\u6CD5\u300B4.6\u30014.7\uFF09\uFF0C\u63A5\u5728\u5176\u5BF9\u5E94\u7684\u5347\u7EA7\u8BB0\u5F55\u4E4B\u540E\u52A0\u5165\u5347\u7EA7\u6863\u6848\u7684\u54C8\u5E0C\u94FE\uFF1A\u5347\u7EA7\u6210\u529F\u3001\u5347\u7EA7\u5931\u8D25\u6216\u5DF2\u6062\u590D\uFF0C\u9A8C\u8BC1\u7ED3\u679C\uFF0C\u7531\u8C01\u5728\u54EA\u6761\u8BC4\u8BBA\u4E2D\u8BB0\u5F55\uFF0C\u4EE5\u53CA\u8BB0\u5F55\u65F6\u95F4\u3002\u4E4B\u540E\u7684\u7ED3\u679C\u53E6\u8D77\u4E00\u6761\u8BB0\u5F55\uFF0C\u4EE5\u6700\u65B0\u4E00\u6761\u4E3A\u51C6\u3002`, type: "object", additionalProperties: !1, required: ["format", "sequence", "upgrade", "outcome", "completed_at", "completed_at_utc", "notified_at", "notified_at_utc", "verification", "notes", "cause", "backup_restored", "recorded_by", "comment", "recorded_at", "policy", "tool", "previous_sha256", "sha256"], properties: { format: { description: `Record format version.

\u8BB0\u5F55\u7684\u683C\u5F0F\u7248\u672C\u3002`, const: "upgrade-gate/outcome-record/v1" }, sequence: { description: `Position in the archive's hash chain, starting at 1.

\u5728\u5347\u7EA7\u6863\u6848\u54C8\u5E0C\u94FE\u4E2D\u7684\u5E8F\u53F7\uFF0C\u4ECE 1 \u5F00\u59CB\u3002`, type: "integer", minimum: 1 }, upgrade: { description: `The upgrade record this outcome belongs to.

\u8BE5\u7ED3\u679C\u6240\u5C5E\u7684\u5347\u7EA7\u8BB0\u5F55\u3002`, type: "object", additionalProperties: !1, required: ["file", "sequence", "sha256", "pull_request", "document"], properties: { file: { description: `The upgrade record's path inside the archive folder, e.g. 2026/12/2026-12-03-billing-2.4.0-pr7.json.

\u5347\u7EA7\u8BB0\u5F55\u5728\u6863\u6848\u76EE\u5F55\u4E2D\u7684\u8DEF\u5F84\uFF0C\u4F8B\u5982 2026/12/2026-12-03-billing-2.4.0-pr7.json\u3002`, type: "string" }, sequence: { description: `The upgrade record's sequence.

\u5347\u7EA7\u8BB0\u5F55\u7684\u5E8F\u53F7\u3002`, type: "integer", minimum: 1 }, sha256: { description: `The upgrade record's sha256.

\u5347\u7EA7\u8BB0\u5F55\u7684 sha256\u3002`, type: "string", pattern: "^[0-9a-f]{64}$" }, pull_request: { description: `The merged pull request's number.

\u5DF2\u5408\u5E76 PR \u7684\u7F16\u53F7\u3002`, type: "integer" }, document: { description: `The approval form NO. of the document the outcome is for.

\u8BE5\u7ED3\u679C\u5BF9\u5E94\u6587\u6863\u7684\u5BA1\u6279\u5355\u7F16\u53F7\u3002`, type: "string" } } }, outcome: { description: `succeeded, failed or restored.

succeeded\uFF08\u5347\u7EA7\u6210\u529F\uFF09\u3001failed\uFF08\u5347\u7EA7\u5931\u8D25\uFF09\u6216 restored\uFF08\u5DF2\u6062\u590D\u81F3\u5347\u7EA7\u524D\u7684\u5907\u4EFD\u7248\u672C\uFF09\u3002`, enum: ["succeeded", "failed", "restored"] }, completed_at: { description: `When the upgrade was complete, as written in the comment.

\u5347\u7EA7\u5B8C\u6210\u65F6\u95F4\uFF0C\u6309\u8BC4\u8BBA\u4E2D\u6240\u5199\u3002`, type: "string" }, completed_at_utc: { description: `The same instant in UTC (ISO 8601), read in the policy time zone.

\u6309\u7B56\u7565\u65F6\u533A\u6362\u7B97\u6210 UTC \u7684\u540C\u4E00\u65F6\u523B\uFF08ISO 8601\uFF09\u3002`, type: "string" }, notified_at: { description: `When the upgrade-complete notice went out (measures 4.7), as written; null when not given.

\u5347\u7EA7\u5B8C\u6210\u901A\u77E5\u7684\u53D1\u51FA\u65F6\u95F4\uFF08\u300A\u5347\u7EA7\u7BA1\u7406\u529E\u6CD5\u300B4.7\uFF09\uFF0C\u6309\u6240\u5199\uFF1B\u672A\u586B\u5199\u65F6\u4E3A null\u3002`, type: ["string", "null"] }, notified_at_utc: { description: `The same instant in UTC; null when not given.

\u6362\u7B97\u6210 UTC \u7684\u540C\u4E00\u65F6\u523B\uFF1B\u672A\u586B\u5199\u65F6\u4E3A null\u3002`, type: ["string", "null"] }, verification: { description: `Each verification case of the document: passed or failed.

\u6587\u6863\u4E2D\u6BCF\u4E2A\u9A8C\u8BC1\u7528\u4F8B\u7684\u7ED3\u679C\uFF1Apassed\uFF08\u901A\u8FC7\uFF09\u6216 failed\uFF08\u672A\u901A\u8FC7\uFF09\u3002`, type: "object", additionalProperties: { description: `passed or failed.

passed\uFF08\u901A\u8FC7\uFF09\u6216 failed\uFF08\u672A\u901A\u8FC7\uFF09\u3002`, enum: ["passed", "failed"] } }, notes: { description: `What was done after the execution.

\u6267\u884C\u540E\u505A\u4E86\u4EC0\u4E48\u3002`, type: "string" }, cause: { description: `Why it failed (null when not given).

\u5931\u8D25\u539F\u56E0\uFF08\u672A\u586B\u5199\u65F6\u4E3A null\uFF09\u3002`, type: ["string", "null"] }, backup_restored: { description: `Which backup was restored (null when not given).

\u6062\u590D\u7684\u662F\u54EA\u4E2A\u5907\u4EFD\uFF08\u672A\u586B\u5199\u65F6\u4E3A null\uFF09\u3002`, type: ["string", "null"] }, recorded_by: { description: `Who wrote the comment, and as what: the document's people (executor, supervisor, project_lead, ops_lead) or a role.

\u8BC4\u8BBA\u4EBA\u53CA\u5176\u8EAB\u4EFD\uFF1A\u6587\u6863\u4E2D\u7684\u4EBA\u5458\uFF08\u6267\u884C\u4EBA\u3001\u76D1\u7763\u4EBA\u3001\u9879\u76EE\u8D1F\u8D23\u4EBA\u3001\u8FD0\u7EF4\u8D1F\u8D23\u4EBA\uFF09\u6216\u67D0\u4E2A\u89D2\u8272\u3002`, type: "object", additionalProperties: !1, required: ["login", "as"], properties: { login: { description: `GitHub login of the comment's author.

\u8BC4\u8BBA\u4EBA\u7684 GitHub \u7528\u6237\u540D\u3002`, type: "string" }, as: { description: `Why that person may record the outcome, e.g. executor or role:center-lead.

\u6B64\u4EBA\u53EF\u4EE5\u8BB0\u5F55\u5347\u7EA7\u7ED3\u679C\u7684\u4F9D\u636E\uFF0C\u4F8B\u5982 executor \u6216 role:center-lead\u3002`, type: "array", items: { description: `A people field of the document, or role:<role id>.

\u6587\u6863 people \u4E2D\u7684\u5B57\u6BB5\uFF0C\u6216 role:<\u89D2\u8272\u7F16\u53F7>\u3002`, type: "string" }, minItems: 1 } } }, comment: { description: `The comment on the pull request that recorded the outcome.

\u8BB0\u5F55\u8BE5\u7ED3\u679C\u7684 PR \u8BC4\u8BBA\u3002`, type: "object", additionalProperties: !1, required: ["id", "url", "created_at", "updated_at", "body", "body_sha256"], properties: { id: { description: `GitHub comment id.

GitHub \u8BC4\u8BBA\u7F16\u53F7\u3002`, type: "integer" }, url: { description: `The comment's web address.

\u8BC4\u8BBA\u7684\u7F51\u5740\u3002`, type: "string" }, created_at: { description: `When the comment was written (ISO).

\u8BC4\u8BBA\u53D1\u8868\u65F6\u95F4\uFF08ISO 8601\uFF09\u3002`, type: "string" }, updated_at: { description: `When it was last edited (ISO).

\u8BC4\u8BBA\u6700\u540E\u7F16\u8F91\u65F6\u95F4\uFF08ISO 8601\uFF09\u3002`, type: "string" }, body: { description: `The comment exactly as it was processed.

\u5904\u7406\u65F6\u7684\u8BC4\u8BBA\u539F\u6587\uFF0C\u4E00\u5B57\u4E0D\u6539\u3002`, type: "string" }, body_sha256: { description: `sha256 of the body: one comment text is recorded once.

\u8BC4\u8BBA\u6B63\u6587\u7684 sha256\uFF1A\u540C\u4E00\u8BC4\u8BBA\u5185\u5BB9\u53EA\u8BB0\u5F55\u4E00\u6B21\u3002`, type: "string", pattern: "^[0-9a-f]{64}$" } } }, recorded_at: { description: `When upgrade-gate processed the comment (ISO).

upgrade-gate \u5904\u7406\u8BE5\u8BC4\u8BBA\u7684\u65F6\u95F4\uFF08ISO 8601\uFF09\u3002`, type: "string" }, policy: { description: `The policy the times were read in.

\u89E3\u8BFB\u65F6\u95F4\u6240\u4F9D\u636E\u7684\u7B56\u7565\u3002`, type: "object", additionalProperties: !1, required: ["time_zone"], properties: { time_zone: { description: `Policy time zone.

\u7B56\u7565\u65F6\u533A\u3002`, type: "string" } } }, tool: { description: `The upgrade-gate that wrote the record.

\u5199\u5165\u8FD9\u6761\u8BB0\u5F55\u7684 upgrade-gate\u3002`, type: "object", additionalProperties: !1, required: ["name", "version"], properties: { name: { description: `Tool name.

\u5DE5\u5177\u540D\u79F0\u3002`, const: "upgrade-gate" }, version: { description: `Tool version.

\u5DE5\u5177\u7248\u672C\u3002`, type: "string" } } }, previous_sha256: { description: `sha256 of the previous record in the chain.

\u54C8\u5E0C\u94FE\u4E2D\u4E0A\u4E00\u6761\u8BB0\u5F55\u7684 sha256\u3002`, type: "string", pattern: "^[0-9a-f]{64}$" }, sha256: { description: `sha256 of this record's canonical JSON without this field.

\u672C\u8BB0\u5F55\u53BB\u6389\u6B64\u5B57\u6BB5\u540E\u7684\u89C4\u8303 JSON \u7684 sha256\u3002`, type: "string", pattern: "^[0-9a-f]{64}$" } } }, func0 = Object.prototype.hasOwnProperty, pattern0 = new RegExp("^[0-9a-f]{64}$", "u");
  function validate0(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
    let vErrors = null, errors = 0, evaluated0 = validate0.evaluated;
    if (evaluated0.dynamicProps && (evaluated0.props = void 0), evaluated0.dynamicItems && (evaluated0.items = void 0), data && typeof data == "object" && !Array.isArray(data)) {
      if (data.format === void 0) {
        let err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "format" }, message: "must have required property 'format'", schema: schema0.required, parentSchema: schema0, data };
        vErrors === null ? vErrors = [err0] : vErrors.push(err0), errors++;
      }
      if (data.sequence === void 0) {
        let err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "sequence" }, message: "must have required property 'sequence'", schema: schema0.required, parentSchema: schema0, data };
        vErrors === null ? vErrors = [err1] : vErrors.push(err1), errors++;
      }
      if (data.upgrade === void 0) {
        let err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "upgrade" }, message: "must have required property 'upgrade'", schema: schema0.required, parentSchema: schema0, data };
        vErrors === null ? vErrors = [err2] : vErrors.push(err2), errors++;
      }
      if (data.outcome === void 0) {
        let err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "outcome" }, message: "must have required property 'outcome'", schema: schema0.required, parentSchema: schema0, data };
        vErrors === null ? vErrors = [err3] : vErrors.push(err3), errors++;
      }
      if (data.completed_at === void 0) {
        let err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "completed_at" }, message: "must have required property 'completed_at'", schema: schema0.required, parentSchema: schema0, data };
        vErrors === null ? vErrors = [err4] : vErrors.push(err4), errors++;
      }
      if (data.completed_at_utc === void 0) {
        let err5 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "completed_at_utc" }, message: "must have required property 'completed_at_utc'", schema: schema0.required, parentSchema: schema0, data };
        vErrors === null ? vErrors = [err5] : vErrors.push(err5), errors++;
      }
      if (data.notified_at === void 0) {
        let err6 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "notified_at" }, message: "must have required property 'notified_at'", schema: schema0.required, parentSchema: schema0, data };
        vErrors === null ? vErrors = [err6] : vErrors.push(err6), errors++;
      }
      if (data.notified_at_utc === void 0) {
        let err7 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "notified_at_utc" }, message: "must have required property 'notified_at_utc'", schema: schema0.required, parentSchema: schema0, data };
        vErrors === null ? vErrors = [err7] : vErrors.push(err7), errors++;
      }
      if (data.verification === void 0) {
        let err8 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "verification" }, message: "must have required property 'verification'", schema: schema0.required, parentSchema: schema0, data };
        vErrors === null ? vErrors = [err8] : vErrors.push(err8), errors++;
      }
      if (data.notes === void 0) {
        let err9 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "notes" }, message: "must have required property 'notes'", schema: schema0.required, parentSchema: schema0, data };
        vErrors === null ? vErrors = [err9] : vErrors.push(err9), errors++;
      }
      if (data.cause === void 0) {
        let err10 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "cause" }, message: "must have required property 'cause'", schema: schema0.required, parentSchema: schema0, data };
        vErrors === null ? vErrors = [err10] : vErrors.push(err10), errors++;
      }
      if (data.backup_restored === void 0) {
        let err11 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "backup_restored" }, message: "must have required property 'backup_restored'", schema: schema0.required, parentSchema: schema0, data };
        vErrors === null ? vErrors = [err11] : vErrors.push(err11), errors++;
      }
      if (data.recorded_by === void 0) {
        let err12 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "recorded_by" }, message: "must have required property 'recorded_by'", schema: schema0.required, parentSchema: schema0, data };
        vErrors === null ? vErrors = [err12] : vErrors.push(err12), errors++;
      }
      if (data.comment === void 0) {
        let err13 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "comment" }, message: "must have required property 'comment'", schema: schema0.required, parentSchema: schema0, data };
        vErrors === null ? vErrors = [err13] : vErrors.push(err13), errors++;
      }
      if (data.recorded_at === void 0) {
        let err14 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "recorded_at" }, message: "must have required property 'recorded_at'", schema: schema0.required, parentSchema: schema0, data };
        vErrors === null ? vErrors = [err14] : vErrors.push(err14), errors++;
      }
      if (data.policy === void 0) {
        let err15 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "policy" }, message: "must have required property 'policy'", schema: schema0.required, parentSchema: schema0, data };
        vErrors === null ? vErrors = [err15] : vErrors.push(err15), errors++;
      }
      if (data.tool === void 0) {
        let err16 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "tool" }, message: "must have required property 'tool'", schema: schema0.required, parentSchema: schema0, data };
        vErrors === null ? vErrors = [err16] : vErrors.push(err16), errors++;
      }
      if (data.previous_sha256 === void 0) {
        let err17 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "previous_sha256" }, message: "must have required property 'previous_sha256'", schema: schema0.required, parentSchema: schema0, data };
        vErrors === null ? vErrors = [err17] : vErrors.push(err17), errors++;
      }
      if (data.sha256 === void 0) {
        let err18 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "sha256" }, message: "must have required property 'sha256'", schema: schema0.required, parentSchema: schema0, data };
        vErrors === null ? vErrors = [err18] : vErrors.push(err18), errors++;
      }
      for (let key0 in data)
        if (!func0.call(schema0.properties, key0)) {
          let err19 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema0, data };
          vErrors === null ? vErrors = [err19] : vErrors.push(err19), errors++;
        }
      if (data.format !== void 0) {
        let data0 = data.format;
        if (data0 !== "upgrade-gate/outcome-record/v1") {
          let err20 = { instancePath: instancePath + "/format", schemaPath: "#/properties/format/const", keyword: "const", params: { allowedValue: "upgrade-gate/outcome-record/v1" }, message: "must be equal to constant", schema: "upgrade-gate/outcome-record/v1", parentSchema: schema0.properties.format, data: data0 };
          vErrors === null ? vErrors = [err20] : vErrors.push(err20), errors++;
        }
      }
      if (data.sequence !== void 0) {
        let data1 = data.sequence;
        if (!(typeof data1 == "number" && !(data1 % 1) && !isNaN(data1) && isFinite(data1))) {
          let err21 = { instancePath: instancePath + "/sequence", schemaPath: "#/properties/sequence/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema0.properties.sequence.type, parentSchema: schema0.properties.sequence, data: data1 };
          vErrors === null ? vErrors = [err21] : vErrors.push(err21), errors++;
        }
        if (typeof data1 == "number" && isFinite(data1) && (data1 < 1 || isNaN(data1))) {
          let err22 = { instancePath: instancePath + "/sequence", schemaPath: "#/properties/sequence/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema0.properties.sequence, data: data1 };
          vErrors === null ? vErrors = [err22] : vErrors.push(err22), errors++;
        }
      }
      if (data.upgrade !== void 0) {
        let data2 = data.upgrade;
        if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
          if (data2.file === void 0) {
            let err23 = { instancePath: instancePath + "/upgrade", schemaPath: "#/properties/upgrade/required", keyword: "required", params: { missingProperty: "file" }, message: "must have required property 'file'", schema: schema0.properties.upgrade.required, parentSchema: schema0.properties.upgrade, data: data2 };
            vErrors === null ? vErrors = [err23] : vErrors.push(err23), errors++;
          }
          if (data2.sequence === void 0) {
            let err24 = { instancePath: instancePath + "/upgrade", schemaPath: "#/properties/upgrade/required", keyword: "required", params: { missingProperty: "sequence" }, message: "must have required property 'sequence'", schema: schema0.properties.upgrade.required, parentSchema: schema0.properties.upgrade, data: data2 };
            vErrors === null ? vErrors = [err24] : vErrors.push(err24), errors++;
          }
          if (data2.sha256 === void 0) {
            let err25 = { instancePath: instancePath + "/upgrade", schemaPath: "#/properties/upgrade/required", keyword: "required", params: { missingProperty: "sha256" }, message: "must have required property 'sha256'", schema: schema0.properties.upgrade.required, parentSchema: schema0.properties.upgrade, data: data2 };
            vErrors === null ? vErrors = [err25] : vErrors.push(err25), errors++;
          }
          if (data2.pull_request === void 0) {
            let err26 = { instancePath: instancePath + "/upgrade", schemaPath: "#/properties/upgrade/required", keyword: "required", params: { missingProperty: "pull_request" }, message: "must have required property 'pull_request'", schema: schema0.properties.upgrade.required, parentSchema: schema0.properties.upgrade, data: data2 };
            vErrors === null ? vErrors = [err26] : vErrors.push(err26), errors++;
          }
          if (data2.document === void 0) {
            let err27 = { instancePath: instancePath + "/upgrade", schemaPath: "#/properties/upgrade/required", keyword: "required", params: { missingProperty: "document" }, message: "must have required property 'document'", schema: schema0.properties.upgrade.required, parentSchema: schema0.properties.upgrade, data: data2 };
            vErrors === null ? vErrors = [err27] : vErrors.push(err27), errors++;
          }
          for (let key1 in data2)
            if (!(key1 === "file" || key1 === "sequence" || key1 === "sha256" || key1 === "pull_request" || key1 === "document")) {
              let err28 = { instancePath: instancePath + "/upgrade", schemaPath: "#/properties/upgrade/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema0.properties.upgrade, data: data2 };
              vErrors === null ? vErrors = [err28] : vErrors.push(err28), errors++;
            }
          if (data2.file !== void 0) {
            let data3 = data2.file;
            if (typeof data3 != "string") {
              let err29 = { instancePath: instancePath + "/upgrade/file", schemaPath: "#/properties/upgrade/properties/file/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema0.properties.upgrade.properties.file.type, parentSchema: schema0.properties.upgrade.properties.file, data: data3 };
              vErrors === null ? vErrors = [err29] : vErrors.push(err29), errors++;
            }
          }
          if (data2.sequence !== void 0) {
            let data4 = data2.sequence;
            if (!(typeof data4 == "number" && !(data4 % 1) && !isNaN(data4) && isFinite(data4))) {
              let err30 = { instancePath: instancePath + "/upgrade/sequence", schemaPath: "#/properties/upgrade/properties/sequence/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema0.properties.upgrade.properties.sequence.type, parentSchema: schema0.properties.upgrade.properties.sequence, data: data4 };
              vErrors === null ? vErrors = [err30] : vErrors.push(err30), errors++;
            }
            if (typeof data4 == "number" && isFinite(data4) && (data4 < 1 || isNaN(data4))) {
              let err31 = { instancePath: instancePath + "/upgrade/sequence", schemaPath: "#/properties/upgrade/properties/sequence/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema0.properties.upgrade.properties.sequence, data: data4 };
              vErrors === null ? vErrors = [err31] : vErrors.push(err31), errors++;
            }
          }
          if (data2.sha256 !== void 0) {
            let data5 = data2.sha256;
            if (typeof data5 == "string") {
              if (!pattern0.test(data5)) {
                let err32 = { instancePath: instancePath + "/upgrade/sha256", schemaPath: "#/properties/upgrade/properties/sha256/pattern", keyword: "pattern", params: { pattern: "^[0-9a-f]{64}$" }, message: 'must match pattern "^[0-9a-f]{64}$"', schema: "^[0-9a-f]{64}$", parentSchema: schema0.properties.upgrade.properties.sha256, data: data5 };
                vErrors === null ? vErrors = [err32] : vErrors.push(err32), errors++;
              }
            } else {
              let err33 = { instancePath: instancePath + "/upgrade/sha256", schemaPath: "#/properties/upgrade/properties/sha256/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema0.properties.upgrade.properties.sha256.type, parentSchema: schema0.properties.upgrade.properties.sha256, data: data5 };
              vErrors === null ? vErrors = [err33] : vErrors.push(err33), errors++;
            }
          }
          if (data2.pull_request !== void 0) {
            let data6 = data2.pull_request;
            if (!(typeof data6 == "number" && !(data6 % 1) && !isNaN(data6) && isFinite(data6))) {
              let err34 = { instancePath: instancePath + "/upgrade/pull_request", schemaPath: "#/properties/upgrade/properties/pull_request/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema0.properties.upgrade.properties.pull_request.type, parentSchema: schema0.properties.upgrade.properties.pull_request, data: data6 };
              vErrors === null ? vErrors = [err34] : vErrors.push(err34), errors++;
            }
          }
          if (data2.document !== void 0) {
            let data7 = data2.document;
            if (typeof data7 != "string") {
              let err35 = { instancePath: instancePath + "/upgrade/document", schemaPath: "#/properties/upgrade/properties/document/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema0.properties.upgrade.properties.document.type, parentSchema: schema0.properties.upgrade.properties.document, data: data7 };
              vErrors === null ? vErrors = [err35] : vErrors.push(err35), errors++;
            }
          }
        } else {
          let err36 = { instancePath: instancePath + "/upgrade", schemaPath: "#/properties/upgrade/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema0.properties.upgrade.type, parentSchema: schema0.properties.upgrade, data: data2 };
          vErrors === null ? vErrors = [err36] : vErrors.push(err36), errors++;
        }
      }
      if (data.outcome !== void 0) {
        let data8 = data.outcome;
        if (!(data8 === "succeeded" || data8 === "failed" || data8 === "restored")) {
          let err37 = { instancePath: instancePath + "/outcome", schemaPath: "#/properties/outcome/enum", keyword: "enum", params: { allowedValues: schema0.properties.outcome.enum }, message: "must be equal to one of the allowed values", schema: schema0.properties.outcome.enum, parentSchema: schema0.properties.outcome, data: data8 };
          vErrors === null ? vErrors = [err37] : vErrors.push(err37), errors++;
        }
      }
      if (data.completed_at !== void 0) {
        let data9 = data.completed_at;
        if (typeof data9 != "string") {
          let err38 = { instancePath: instancePath + "/completed_at", schemaPath: "#/properties/completed_at/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema0.properties.completed_at.type, parentSchema: schema0.properties.completed_at, data: data9 };
          vErrors === null ? vErrors = [err38] : vErrors.push(err38), errors++;
        }
      }
      if (data.completed_at_utc !== void 0) {
        let data10 = data.completed_at_utc;
        if (typeof data10 != "string") {
          let err39 = { instancePath: instancePath + "/completed_at_utc", schemaPath: "#/properties/completed_at_utc/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema0.properties.completed_at_utc.type, parentSchema: schema0.properties.completed_at_utc, data: data10 };
          vErrors === null ? vErrors = [err39] : vErrors.push(err39), errors++;
        }
      }
      if (data.notified_at !== void 0) {
        let data11 = data.notified_at;
        if (typeof data11 != "string" && data11 !== null) {
          let err40 = { instancePath: instancePath + "/notified_at", schemaPath: "#/properties/notified_at/type", keyword: "type", params: { type: schema0.properties.notified_at.type }, message: "must be string,null", schema: schema0.properties.notified_at.type, parentSchema: schema0.properties.notified_at, data: data11 };
          vErrors === null ? vErrors = [err40] : vErrors.push(err40), errors++;
        }
      }
      if (data.notified_at_utc !== void 0) {
        let data12 = data.notified_at_utc;
        if (typeof data12 != "string" && data12 !== null) {
          let err41 = { instancePath: instancePath + "/notified_at_utc", schemaPath: "#/properties/notified_at_utc/type", keyword: "type", params: { type: schema0.properties.notified_at_utc.type }, message: "must be string,null", schema: schema0.properties.notified_at_utc.type, parentSchema: schema0.properties.notified_at_utc, data: data12 };
          vErrors === null ? vErrors = [err41] : vErrors.push(err41), errors++;
        }
      }
      if (data.verification !== void 0) {
        let data13 = data.verification;
        if (data13 && typeof data13 == "object" && !Array.isArray(data13))
          for (let key2 in data13) {
            let data14 = data13[key2];
            if (!(data14 === "passed" || data14 === "failed")) {
              let err42 = { instancePath: instancePath + "/verification/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/verification/additionalProperties/enum", keyword: "enum", params: { allowedValues: schema0.properties.verification.additionalProperties.enum }, message: "must be equal to one of the allowed values", schema: schema0.properties.verification.additionalProperties.enum, parentSchema: schema0.properties.verification.additionalProperties, data: data14 };
              vErrors === null ? vErrors = [err42] : vErrors.push(err42), errors++;
            }
          }
        else {
          let err43 = { instancePath: instancePath + "/verification", schemaPath: "#/properties/verification/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema0.properties.verification.type, parentSchema: schema0.properties.verification, data: data13 };
          vErrors === null ? vErrors = [err43] : vErrors.push(err43), errors++;
        }
      }
      if (data.notes !== void 0) {
        let data15 = data.notes;
        if (typeof data15 != "string") {
          let err44 = { instancePath: instancePath + "/notes", schemaPath: "#/properties/notes/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema0.properties.notes.type, parentSchema: schema0.properties.notes, data: data15 };
          vErrors === null ? vErrors = [err44] : vErrors.push(err44), errors++;
        }
      }
      if (data.cause !== void 0) {
        let data16 = data.cause;
        if (typeof data16 != "string" && data16 !== null) {
          let err45 = { instancePath: instancePath + "/cause", schemaPath: "#/properties/cause/type", keyword: "type", params: { type: schema0.properties.cause.type }, message: "must be string,null", schema: schema0.properties.cause.type, parentSchema: schema0.properties.cause, data: data16 };
          vErrors === null ? vErrors = [err45] : vErrors.push(err45), errors++;
        }
      }
      if (data.backup_restored !== void 0) {
        let data17 = data.backup_restored;
        if (typeof data17 != "string" && data17 !== null) {
          let err46 = { instancePath: instancePath + "/backup_restored", schemaPath: "#/properties/backup_restored/type", keyword: "type", params: { type: schema0.properties.backup_restored.type }, message: "must be string,null", schema: schema0.properties.backup_restored.type, parentSchema: schema0.properties.backup_restored, data: data17 };
          vErrors === null ? vErrors = [err46] : vErrors.push(err46), errors++;
        }
      }
      if (data.recorded_by !== void 0) {
        let data18 = data.recorded_by;
        if (data18 && typeof data18 == "object" && !Array.isArray(data18)) {
          if (data18.login === void 0) {
            let err47 = { instancePath: instancePath + "/recorded_by", schemaPath: "#/properties/recorded_by/required", keyword: "required", params: { missingProperty: "login" }, message: "must have required property 'login'", schema: schema0.properties.recorded_by.required, parentSchema: schema0.properties.recorded_by, data: data18 };
            vErrors === null ? vErrors = [err47] : vErrors.push(err47), errors++;
          }
          if (data18.as === void 0) {
            let err48 = { instancePath: instancePath + "/recorded_by", schemaPath: "#/properties/recorded_by/required", keyword: "required", params: { missingProperty: "as" }, message: "must have required property 'as'", schema: schema0.properties.recorded_by.required, parentSchema: schema0.properties.recorded_by, data: data18 };
            vErrors === null ? vErrors = [err48] : vErrors.push(err48), errors++;
          }
          for (let key3 in data18)
            if (!(key3 === "login" || key3 === "as")) {
              let err49 = { instancePath: instancePath + "/recorded_by", schemaPath: "#/properties/recorded_by/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema0.properties.recorded_by, data: data18 };
              vErrors === null ? vErrors = [err49] : vErrors.push(err49), errors++;
            }
          if (data18.login !== void 0) {
            let data19 = data18.login;
            if (typeof data19 != "string") {
              let err50 = { instancePath: instancePath + "/recorded_by/login", schemaPath: "#/properties/recorded_by/properties/login/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema0.properties.recorded_by.properties.login.type, parentSchema: schema0.properties.recorded_by.properties.login, data: data19 };
              vErrors === null ? vErrors = [err50] : vErrors.push(err50), errors++;
            }
          }
          if (data18.as !== void 0) {
            let data20 = data18.as;
            if (Array.isArray(data20)) {
              if (data20.length < 1) {
                let err51 = { instancePath: instancePath + "/recorded_by/as", schemaPath: "#/properties/recorded_by/properties/as/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema0.properties.recorded_by.properties.as, data: data20 };
                vErrors === null ? vErrors = [err51] : vErrors.push(err51), errors++;
              }
              let len0 = data20.length;
              for (let i0 = 0; i0 < len0; i0++) {
                let data21 = data20[i0];
                if (typeof data21 != "string") {
                  let err52 = { instancePath: instancePath + "/recorded_by/as/" + i0, schemaPath: "#/properties/recorded_by/properties/as/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema0.properties.recorded_by.properties.as.items.type, parentSchema: schema0.properties.recorded_by.properties.as.items, data: data21 };
                  vErrors === null ? vErrors = [err52] : vErrors.push(err52), errors++;
                }
              }
            } else {
              let err53 = { instancePath: instancePath + "/recorded_by/as", schemaPath: "#/properties/recorded_by/properties/as/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema0.properties.recorded_by.properties.as.type, parentSchema: schema0.properties.recorded_by.properties.as, data: data20 };
              vErrors === null ? vErrors = [err53] : vErrors.push(err53), errors++;
            }
          }
        } else {
          let err54 = { instancePath: instancePath + "/recorded_by", schemaPath: "#/properties/recorded_by/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema0.properties.recorded_by.type, parentSchema: schema0.properties.recorded_by, data: data18 };
          vErrors === null ? vErrors = [err54] : vErrors.push(err54), errors++;
        }
      }
      if (data.comment !== void 0) {
        let data22 = data.comment;
        if (data22 && typeof data22 == "object" && !Array.isArray(data22)) {
          if (data22.id === void 0) {
            let err55 = { instancePath: instancePath + "/comment", schemaPath: "#/properties/comment/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'", schema: schema0.properties.comment.required, parentSchema: schema0.properties.comment, data: data22 };
            vErrors === null ? vErrors = [err55] : vErrors.push(err55), errors++;
          }
          if (data22.url === void 0) {
            let err56 = { instancePath: instancePath + "/comment", schemaPath: "#/properties/comment/required", keyword: "required", params: { missingProperty: "url" }, message: "must have required property 'url'", schema: schema0.properties.comment.required, parentSchema: schema0.properties.comment, data: data22 };
            vErrors === null ? vErrors = [err56] : vErrors.push(err56), errors++;
          }
          if (data22.created_at === void 0) {
            let err57 = { instancePath: instancePath + "/comment", schemaPath: "#/properties/comment/required", keyword: "required", params: { missingProperty: "created_at" }, message: "must have required property 'created_at'", schema: schema0.properties.comment.required, parentSchema: schema0.properties.comment, data: data22 };
            vErrors === null ? vErrors = [err57] : vErrors.push(err57), errors++;
          }
          if (data22.updated_at === void 0) {
            let err58 = { instancePath: instancePath + "/comment", schemaPath: "#/properties/comment/required", keyword: "required", params: { missingProperty: "updated_at" }, message: "must have required property 'updated_at'", schema: schema0.properties.comment.required, parentSchema: schema0.properties.comment, data: data22 };
            vErrors === null ? vErrors = [err58] : vErrors.push(err58), errors++;
          }
          if (data22.body === void 0) {
            let err59 = { instancePath: instancePath + "/comment", schemaPath: "#/properties/comment/required", keyword: "required", params: { missingProperty: "body" }, message: "must have required property 'body'", schema: schema0.properties.comment.required, parentSchema: schema0.properties.comment, data: data22 };
            vErrors === null ? vErrors = [err59] : vErrors.push(err59), errors++;
          }
          if (data22.body_sha256 === void 0) {
            let err60 = { instancePath: instancePath + "/comment", schemaPath: "#/properties/comment/required", keyword: "required", params: { missingProperty: "body_sha256" }, message: "must have required property 'body_sha256'", schema: schema0.properties.comment.required, parentSchema: schema0.properties.comment, data: data22 };
            vErrors === null ? vErrors = [err60] : vErrors.push(err60), errors++;
          }
          for (let key4 in data22)
            if (!(key4 === "id" || key4 === "url" || key4 === "created_at" || key4 === "updated_at" || key4 === "body" || key4 === "body_sha256")) {
              let err61 = { instancePath: instancePath + "/comment", schemaPath: "#/properties/comment/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema0.properties.comment, data: data22 };
              vErrors === null ? vErrors = [err61] : vErrors.push(err61), errors++;
            }
          if (data22.id !== void 0) {
            let data23 = data22.id;
            if (!(typeof data23 == "number" && !(data23 % 1) && !isNaN(data23) && isFinite(data23))) {
              let err62 = { instancePath: instancePath + "/comment/id", schemaPath: "#/properties/comment/properties/id/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema0.properties.comment.properties.id.type, parentSchema: schema0.properties.comment.properties.id, data: data23 };
              vErrors === null ? vErrors = [err62] : vErrors.push(err62), errors++;
            }
          }
          if (data22.url !== void 0) {
            let data24 = data22.url;
            if (typeof data24 != "string") {
              let err63 = { instancePath: instancePath + "/comment/url", schemaPath: "#/properties/comment/properties/url/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema0.properties.comment.properties.url.type, parentSchema: schema0.properties.comment.properties.url, data: data24 };
              vErrors === null ? vErrors = [err63] : vErrors.push(err63), errors++;
            }
          }
          if (data22.created_at !== void 0) {
            let data25 = data22.created_at;
            if (typeof data25 != "string") {
              let err64 = { instancePath: instancePath + "/comment/created_at", schemaPath: "#/properties/comment/properties/created_at/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema0.properties.comment.properties.created_at.type, parentSchema: schema0.properties.comment.properties.created_at, data: data25 };
              vErrors === null ? vErrors = [err64] : vErrors.push(err64), errors++;
            }
          }
          if (data22.updated_at !== void 0) {
            let data26 = data22.updated_at;
            if (typeof data26 != "string") {
              let err65 = { instancePath: instancePath + "/comment/updated_at", schemaPath: "#/properties/comment/properties/updated_at/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema0.properties.comment.properties.updated_at.type, parentSchema: schema0.properties.comment.properties.updated_at, data: data26 };
              vErrors === null ? vErrors = [err65] : vErrors.push(err65), errors++;
            }
          }
          if (data22.body !== void 0) {
            let data27 = data22.body;
            if (typeof data27 != "string") {
              let err66 = { instancePath: instancePath + "/comment/body", schemaPath: "#/properties/comment/properties/body/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema0.properties.comment.properties.body.type, parentSchema: schema0.properties.comment.properties.body, data: data27 };
              vErrors === null ? vErrors = [err66] : vErrors.push(err66), errors++;
            }
          }
          if (data22.body_sha256 !== void 0) {
            let data28 = data22.body_sha256;
            if (typeof data28 == "string") {
              if (!pattern0.test(data28)) {
                let err67 = { instancePath: instancePath + "/comment/body_sha256", schemaPath: "#/properties/comment/properties/body_sha256/pattern", keyword: "pattern", params: { pattern: "^[0-9a-f]{64}$" }, message: 'must match pattern "^[0-9a-f]{64}$"', schema: "^[0-9a-f]{64}$", parentSchema: schema0.properties.comment.properties.body_sha256, data: data28 };
                vErrors === null ? vErrors = [err67] : vErrors.push(err67), errors++;
              }
            } else {
              let err68 = { instancePath: instancePath + "/comment/body_sha256", schemaPath: "#/properties/comment/properties/body_sha256/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema0.properties.comment.properties.body_sha256.type, parentSchema: schema0.properties.comment.properties.body_sha256, data: data28 };
              vErrors === null ? vErrors = [err68] : vErrors.push(err68), errors++;
            }
          }
        } else {
          let err69 = { instancePath: instancePath + "/comment", schemaPath: "#/properties/comment/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema0.properties.comment.type, parentSchema: schema0.properties.comment, data: data22 };
          vErrors === null ? vErrors = [err69] : vErrors.push(err69), errors++;
        }
      }
      if (data.recorded_at !== void 0) {
        let data29 = data.recorded_at;
        if (typeof data29 != "string") {
          let err70 = { instancePath: instancePath + "/recorded_at", schemaPath: "#/properties/recorded_at/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema0.properties.recorded_at.type, parentSchema: schema0.properties.recorded_at, data: data29 };
          vErrors === null ? vErrors = [err70] : vErrors.push(err70), errors++;
        }
      }
      if (data.policy !== void 0) {
        let data30 = data.policy;
        if (data30 && typeof data30 == "object" && !Array.isArray(data30)) {
          if (data30.time_zone === void 0) {
            let err71 = { instancePath: instancePath + "/policy", schemaPath: "#/properties/policy/required", keyword: "required", params: { missingProperty: "time_zone" }, message: "must have required property 'time_zone'", schema: schema0.properties.policy.required, parentSchema: schema0.properties.policy, data: data30 };
            vErrors === null ? vErrors = [err71] : vErrors.push(err71), errors++;
          }
          for (let key5 in data30)
            if (key5 !== "time_zone") {
              let err72 = { instancePath: instancePath + "/policy", schemaPath: "#/properties/policy/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key5 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema0.properties.policy, data: data30 };
              vErrors === null ? vErrors = [err72] : vErrors.push(err72), errors++;
            }
          if (data30.time_zone !== void 0) {
            let data31 = data30.time_zone;
            if (typeof data31 != "string") {
              let err73 = { instancePath: instancePath + "/policy/time_zone", schemaPath: "#/properties/policy/properties/time_zone/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema0.properties.policy.properties.time_zone.type, parentSchema: schema0.properties.policy.properties.time_zone, data: data31 };
              vErrors === null ? vErrors = [err73] : vErrors.push(err73), errors++;
            }
          }
        } else {
          let err74 = { instancePath: instancePath + "/policy", schemaPath: "#/properties/policy/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema0.properties.policy.type, parentSchema: schema0.properties.policy, data: data30 };
          vErrors === null ? vErrors = [err74] : vErrors.push(err74), errors++;
        }
      }
      if (data.tool !== void 0) {
        let data32 = data.tool;
        if (data32 && typeof data32 == "object" && !Array.isArray(data32)) {
          if (data32.name === void 0) {
            let err75 = { instancePath: instancePath + "/tool", schemaPath: "#/properties/tool/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema0.properties.tool.required, parentSchema: schema0.properties.tool, data: data32 };
            vErrors === null ? vErrors = [err75] : vErrors.push(err75), errors++;
          }
          if (data32.version === void 0) {
            let err76 = { instancePath: instancePath + "/tool", schemaPath: "#/properties/tool/required", keyword: "required", params: { missingProperty: "version" }, message: "must have required property 'version'", schema: schema0.properties.tool.required, parentSchema: schema0.properties.tool, data: data32 };
            vErrors === null ? vErrors = [err76] : vErrors.push(err76), errors++;
          }
          for (let key6 in data32)
            if (!(key6 === "name" || key6 === "version")) {
              let err77 = { instancePath: instancePath + "/tool", schemaPath: "#/properties/tool/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key6 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema0.properties.tool, data: data32 };
              vErrors === null ? vErrors = [err77] : vErrors.push(err77), errors++;
            }
          if (data32.name !== void 0) {
            let data33 = data32.name;
            if (data33 !== "upgrade-gate") {
              let err78 = { instancePath: instancePath + "/tool/name", schemaPath: "#/properties/tool/properties/name/const", keyword: "const", params: { allowedValue: "upgrade-gate" }, message: "must be equal to constant", schema: "upgrade-gate", parentSchema: schema0.properties.tool.properties.name, data: data33 };
              vErrors === null ? vErrors = [err78] : vErrors.push(err78), errors++;
            }
          }
          if (data32.version !== void 0) {
            let data34 = data32.version;
            if (typeof data34 != "string") {
              let err79 = { instancePath: instancePath + "/tool/version", schemaPath: "#/properties/tool/properties/version/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema0.properties.tool.properties.version.type, parentSchema: schema0.properties.tool.properties.version, data: data34 };
              vErrors === null ? vErrors = [err79] : vErrors.push(err79), errors++;
            }
          }
        } else {
          let err80 = { instancePath: instancePath + "/tool", schemaPath: "#/properties/tool/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema0.properties.tool.type, parentSchema: schema0.properties.tool, data: data32 };
          vErrors === null ? vErrors = [err80] : vErrors.push(err80), errors++;
        }
      }
      if (data.previous_sha256 !== void 0) {
        let data35 = data.previous_sha256;
        if (typeof data35 == "string") {
          if (!pattern0.test(data35)) {
            let err81 = { instancePath: instancePath + "/previous_sha256", schemaPath: "#/properties/previous_sha256/pattern", keyword: "pattern", params: { pattern: "^[0-9a-f]{64}$" }, message: 'must match pattern "^[0-9a-f]{64}$"', schema: "^[0-9a-f]{64}$", parentSchema: schema0.properties.previous_sha256, data: data35 };
            vErrors === null ? vErrors = [err81] : vErrors.push(err81), errors++;
          }
        } else {
          let err82 = { instancePath: instancePath + "/previous_sha256", schemaPath: "#/properties/previous_sha256/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema0.properties.previous_sha256.type, parentSchema: schema0.properties.previous_sha256, data: data35 };
          vErrors === null ? vErrors = [err82] : vErrors.push(err82), errors++;
        }
      }
      if (data.sha256 !== void 0) {
        let data36 = data.sha256;
        if (typeof data36 == "string") {
          if (!pattern0.test(data36)) {
            let err83 = { instancePath: instancePath + "/sha256", schemaPath: "#/properties/sha256/pattern", keyword: "pattern", params: { pattern: "^[0-9a-f]{64}$" }, message: 'must match pattern "^[0-9a-f]{64}$"', schema: "^[0-9a-f]{64}$", parentSchema: schema0.properties.sha256, data: data36 };
            vErrors === null ? vErrors = [err83] : vErrors.push(err83), errors++;
          }
        } else {
          let err84 = { instancePath: instancePath + "/sha256", schemaPath: "#/properties/sha256/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema0.properties.sha256.type, parentSchema: schema0.properties.sha256, data: data36 };
          vErrors === null ? vErrors = [err84] : vErrors.push(err84), errors++;
        }
      }
    } else {
      let err85 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema0.type, parentSchema: schema0, data };
      vErrors === null ? vErrors = [err85] : vErrors.push(err85), errors++;
    }
    return validate0.errors = vErrors, errors === 0;
  }
  return validate0.evaluated = { props: !0, dynamicProps: !1, dynamicItems: !1 }, module.exports;
});
var outcome_record_schema_default = schema4;

// src/archive/formats.ts
var V1 = {
  kind: "upgrade",
  id: "upgrade-gate/archive-record/v1",
  schema: archive_record_v1_schema_default,
  hash: hashV1,
  path: recordPathV1,
  markdown: markdownV1,
  outcomes: renderOutcomeSection,
  indexHead: indexHeadV1,
  indexRow: indexRowV1
}, V2 = {
  kind: "upgrade",
  id: "upgrade-gate/archive-record/v2",
  schema: archive_record_v2_schema_default,
  hash: hashV2,
  path: recordPathV2,
  markdown: markdownV2,
  outcomes: renderOutcomeSection,
  indexHead: indexHeadV1,
  indexRow: indexRowV2
}, V3 = {
  kind: "upgrade",
  id: "upgrade-gate/archive-record/v3",
  schema: archive_record_schema_default,
  hash: hashV3,
  path: recordPathV3,
  markdown: markdownV3,
  outcomes: outcomeSectionV3,
  indexHead: indexHeadV3,
  indexRow: indexRowV3
}, OUTCOME_V1 = { kind: "attached", id: "upgrade-gate/outcome-record/v1", schema: outcome_record_schema_default, hash: hashV1 }, FORMATS = /* @__PURE__ */ new Map([
  [V1.id, V1],
  [V2.id, V2],
  [V3.id, V3],
  [OUTCOME_V1.id, OUTCOME_V1]
]), CURRENT_FORMAT = V3;
function formatOf(record) {
  let id = record && typeof record == "object" && !Array.isArray(record) ? record.format : void 0;
  return typeof id == "string" ? FORMATS.get(id) : void 0;
}
function upgradeFormatOf(record) {
  let format = formatOf(record);
  return format?.kind === "upgrade" ? format : void 0;
}

export {
  CURRENT_FORMAT,
  formatOf,
  upgradeFormatOf
};
