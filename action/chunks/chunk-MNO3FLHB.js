import { createRequire as __ugCreateRequire } from 'node:module';
const require = __ugCreateRequire(import.meta.url);
import {
  TZDate,
  dateIn,
  format
} from "./chunk-E2HXAFCA.js";

// src/report/markdown.ts
var COMMENT_MARKER = "<!-- upgrade-gate:sticky-comment -->", MAX_COMMENT_CHARS = 6e4, ICON = { error: "\u274C", warning: "\u26A0\uFE0F", notice: "\u2139\uFE0F" }, cell = (s) => (s ?? "\u2014").replace(/\|/g, "\\|").replace(/\r?\n/g, " "), who = (login) => login ? `@${login.replace(/^@/, "")}` : "\u2014", when = (iso, zone) => iso ? `${dateIn(new Date(iso), zone)} ${format(new TZDate(new Date(iso).getTime(), zone), "HH:mm")} ${zone}` : "";
function roleRow(r, zone) {
  let title = `${r.title.en} ${r.title.zh}`;
  if (r.satisfied) return `| ${cell(title)} | \u2705 approved by ${who(r.approver)}, ${when(r.approvedAt, zone)} |`;
  let note = r.blockedBy ? `\u274C changes requested by ${who(r.blockedBy)}` : `\u2717 waiting for a member of ${r.owners.join(", ")}`, stale = r.notCounted.length ? ` (not counted: ${r.notCounted.map((n) => `${who(n.login)}: ${n.why}`).join("; ")})` : "";
  return `| ${cell(title)} | ${cell(note + stale)} |`;
}
function formTable(d, roles, zone) {
  let f = d.form, typeZh = f.type === "emergency" ? "\u7D27\u6025\u5347\u7EA7" : "\u5E38\u89C4\u5347\u7EA7";
  return [
    `#### Approval form \xB7 \u751F\u4EA7\u73AF\u5883\u5347\u7EA7\u5BA1\u6279\u5355 (Attachment 1) \u2014 \`${d.path}\``,
    "",
    "| Field \xB7 \u5B57\u6BB5 | Value \xB7 \u5185\u5BB9 |",
    "| --- | --- |",
    `| NO. \xB7 \u7F16\u53F7 | ${cell(f.no)} |`,
    `| System \xB7 \u7CFB\u7EDF | ${cell(f.system)} (${cell(f.environment)}) |`,
    `| Version \xB7 \u7248\u672C | ${cell(f.version.from)} \u2192 ${cell(f.version.to)} |`,
    `| Type \xB7 \u7C7B\u578B | ${cell(f.type)} \xB7 ${typeZh} |`,
    `| Window \xB7 \u5347\u7EA7\u65F6\u95F4 | ${cell(f.window.start)} \u2013 ${cell(f.window.end)} |`,
    `| Project lead \xB7 \u9879\u76EE\u8D1F\u8D23\u4EBA / Ops lead \xB7 \u8FD0\u7EF4\u8D1F\u8D23\u4EBA | ${who(f.projectLead)} / ${who(f.opsLead)} |`,
    `| Executed by \xB7 \u6267\u884C\u4EBA | ${who(f.executor)} |`,
    `| Supervised by \xB7 \u76D1\u7763\u4EBA | ${who(f.supervisor)} |`,
    ...roles.length ? roles.map((r) => roleRow(r, zone)) : ["| Approvals \xB7 \u5BA1\u6279 | roles are not configured |"],
    `| Verification \xB7 \u9A8C\u8BC1 | ${f.verification.cases} case(s); accepted by ${cell(f.verification.acceptedBy)} on ${cell(f.verification.acceptedOn)}; gray test ${cell(f.verification.grayTest)} |`,
    `| Result \xB7 \u5BA1\u6279\u7ED3\u679C | ${f.result === "approved" ? "\u2705 approved \xB7 \u540C\u610F" : "\u2717 not approved yet \xB7 \u672A\u901A\u8FC7"} |`
  ];
}
function featureTable(d) {
  return d.features.length === 0 ? [] : [
    "",
    "#### Feature list \xB7 \u751F\u4EA7\u73AF\u5883\u5347\u7EA7\u529F\u80FD\u6E05\u5355 (Attachment 2)",
    "",
    "| ID | Title \xB7 \u529F\u80FD | Description \xB7 \u8BF4\u660E |",
    "| --- | --- | --- |",
    ...d.features.map((f) => `| ${cell(f.id)} | ${cell(f.title)} | ${cell(f.description)} |`)
  ];
}
function findingLine(f) {
  let where = f.file ? ` \`${f.file}${f.line ? `:${f.line}` : ""}\`` : "";
  return `- ${ICON[f.severity]} **${f.rule}**${where}: ${f.message}`;
}
function renderMarkdown(v, opts = {}) {
  let head = opts.archivePath ? v.outcome === "pass" ? "\u2705 upgrade-gate: merged and archived" : "\u26A0\uFE0F upgrade-gate: merged in breach of the policy, archived with violations" : v.outcome === "pass" ? "\u2705 upgrade-gate: ready to merge" : v.outcome === "error" ? "\u26D4 upgrade-gate: configuration error" : "\u274C upgrade-gate: not ready to merge", zone = v.window.zone, out = [];
  if (opts.marker !== !1 && out.push(COMMENT_MARKER), out.push(`### ${head}`, "", `> ${v.summary}`, ""), opts.archivePath && out.push(`**Archive \xB7 \u5F52\u6863:** \`${opts.archivePath}\` (and its \`.md\` beside it); check it with \`npx upgrade-gate verify\``, ""), v.upgradeType !== "none") {
    let w = v.window, windowLine = w.emergencyBypass ? `\u{1F6A8} emergency upgrade: the day rule is waived (${w.reason})` : `${w.open ? "\u2705 open" : "\u26D4 closed"}: ${w.reason}${w.nextFlipText ? ` \u2014 ${w.nextFlipText}` : ""}`;
    out.push(`**Production window \xB7 \u5347\u7EA7\u7A97\u53E3:** ${windowLine}`, ""), v.emergency?.label && out.push(`**Emergency label:** \`${v.emergency.label.name}\`${v.emergency.label.appliedBy ? ` applied by ${who(v.emergency.label.appliedBy)} ${when(v.emergency.label.appliedAt, zone)}` : ""}; ${v.emergency.earlierThisMonth} earlier emergenc${v.emergency.earlierThisMonth === 1 ? "y" : "ies"} this month`, "");
    for (let d of v.documents)
      d.form && out.push(...formTable(d, v.roles, zone), ...featureTable(d), "");
  }
  let sorted = [...v.findings].sort((a, b) => ["error", "warning", "notice"].indexOf(a.severity) - ["error", "warning", "notice"].indexOf(b.severity));
  if (sorted.length) {
    out.push("#### What to do next \xB7 \u5F85\u5904\u7406", "");
    let size = out.join(`
`).length, shown = 0;
    for (let f of sorted) {
      let line = findingLine(f);
      if (size + line.length > MAX_COMMENT_CHARS - 500) break;
      out.push(line), size += line.length + 1, shown++;
    }
    shown < sorted.length && out.push(`- \u2026 and ${sorted.length - shown} more findings${opts.runUrl ? ` in the [run log](${opts.runUrl})` : ""}`), out.push("");
  }
  return out.push(`<sub>Evaluated at ${when(v.evaluatedAt, zone)}${opts.runUrl ? ` \xB7 [run](${opts.runUrl})` : ""}</sub>`), out.join(`
`);
}

export {
  COMMENT_MARKER,
  renderMarkdown
};
