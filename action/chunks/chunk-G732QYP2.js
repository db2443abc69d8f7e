import { createRequire as __ugCreateRequire } from 'node:module';
const require = __ugCreateRequire(import.meta.url);

// src/archive/outcome-render.ts
var STICKY_OUTCOME_START = "<!-- upgrade-gate:outcome -->", STICKY_OUTCOME_END = "<!-- /upgrade-gate:outcome -->", OUTCOME_REPLY_MARKER = "<!-- upgrade-gate:outcome-reply -->", ICON = { succeeded: "\u2705", failed: "\u274C", restored: "\u21A9\uFE0F" }, ZH = { succeeded: "\u5347\u7EA7\u6210\u529F", failed: "\u5347\u7EA7\u5931\u8D25", restored: "\u5DF2\u6062\u590D\u5907\u4EFD" };
function inert(s) {
  return s == null || s === "" ? "\u2014" : s.replace(/\r?\n/g, " ").replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/([\\`*_{}[\]()#+!|~@:])/g, "\\$1");
}
function outcomeLabel(outcome) {
  return `${ICON[outcome] ?? ""} ${outcome} \xB7 ${ZH[outcome] ?? outcome}`.trim();
}
var time = (t) => t && /^[0-9T:+\-Z ]+$/.test(t) ? t : inert(t);
function rows(outcomes) {
  return [
    "| # | Outcome \xB7 \u7ED3\u679C | Completed \xB7 \u5B8C\u6210\u65F6\u95F4 | Verification \xB7 \u9A8C\u8BC1 | Notice \xB7 \u5B8C\u6210\u901A\u77E5 | Recorded by \xB7 \u8BB0\u5F55\u4EBA | Comment |",
    "| --- | --- | --- | --- | --- | --- | --- |",
    ...outcomes.map((o) => {
      let cases = Object.entries(o.verification).map(([id, r]) => `${inert(id)} ${r}`).join(", ");
      return `| ${o.sequence} | ${outcomeLabel(o.outcome)} | ${time(o.completed_at)} (${o.policy.time_zone}) | ${cases} | ${time(o.notified_at)} | ${inert(o.recorded_by.login)} (${o.recorded_by.as.join(", ")}) | [${o.comment.id}](${encodeURI(o.comment.url)}) |`;
    }),
    "",
    ...outcomes.flatMap((o) => [`- #${o.sequence} notes \xB7 \u8BF4\u660E: ${inert(o.notes)}`, ...o.cause ? [`  - cause \xB7 \u539F\u56E0: ${inert(o.cause)}`] : [], ...o.backup_restored ? [`  - backup restored \xB7 \u6062\u590D\u7684\u5907\u4EFD: ${inert(o.backup_restored)}`] : []])
  ];
}
function renderOutcomeSection(outcomes) {
  if (outcomes.length === 0) return "";
  let sorted = [...outcomes].sort((a, b) => a.sequence - b.sequence);
  return [`## Outcome \xB7 \u5347\u7EA7\u7ED3\u679C: ${outcomeLabel(sorted.at(-1).outcome)}`, "", ...rows(sorted), ""].join(`
`);
}
function renderStickyOutcome(state) {
  let body = "pending" in state ? ["### \u23F3 Outcome pending \xB7 \u5F85\u786E\u8BA4\u5347\u7EA7\u7ED3\u679C", "", state.pending] : [`### Outcome \xB7 \u5347\u7EA7\u7ED3\u679C: ${outcomeLabel(state.outcomes.at(-1).outcome)}`, "", ...rows(state.outcomes)];
  return [STICKY_OUTCOME_START, ...body, STICKY_OUTCOME_END].join(`
`);
}
function withStickyOutcome(body, part) {
  let start = body.indexOf(STICKY_OUTCOME_START), end = body.indexOf(STICKY_OUTCOME_END);
  return start >= 0 && end > start ? `${body.slice(0, start)}${part}${body.slice(end + STICKY_OUTCOME_END.length)}` : `${body.trimEnd()}

${part}
`;
}
function stickyOutcomeOf(body) {
  if (!body) return;
  let start = body.indexOf(STICKY_OUTCOME_START), end = body.indexOf(STICKY_OUTCOME_END);
  return start >= 0 && end > start ? body.slice(start, end + STICKY_OUTCOME_END.length) : void 0;
}
function renderOutcomeReply(lead, findings = [], commentUrl, example) {
  return [
    OUTCOME_REPLY_MARKER,
    `**upgrade-gate \xB7 /upgrade-result**${commentUrl ? ` ([comment](${encodeURI(commentUrl)}))` : ""}`,
    "",
    lead,
    ...findings.length ? ["", ...findings.map((f) => `- line ${f.line ?? 1}, column ${f.column ?? 1} (\`${f.rule}\`): ${inert(f.message)}`)] : [],
    ...findings.length && example ? ["", example] : []
  ].join(`
`);
}

export {
  STICKY_OUTCOME_START,
  OUTCOME_REPLY_MARKER,
  inert,
  renderOutcomeSection,
  renderStickyOutcome,
  withStickyOutcome,
  stickyOutcomeOf,
  renderOutcomeReply
};
