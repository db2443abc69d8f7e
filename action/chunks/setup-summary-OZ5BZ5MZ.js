import { createRequire as __ugCreateRequire } from 'node:module';
const require = __ugCreateRequire(import.meta.url);
import {
  checkSetup,
  renderSetupMarkdown
} from "./chunk-AKDUYELU.js";
import {
  readSetupFacts
} from "./chunk-PFDPZXX3.js";
import "./chunk-TDO4SUZZ.js";
import "./chunk-J6GDFAVW.js";
import "./chunk-YZLEBFLX.js";
import "./chunk-KQLTEOVY.js";
import "./chunk-ITK7XODK.js";
import "./chunk-IBKBBEBV.js";
import {
  summary,
  warning
} from "./chunk-WK2HLJSS.js";
import {
  describeApiError
} from "./chunk-32Q6LJBT.js";
import "./chunk-UGWU7J7H.js";
import "./chunk-4V7XTYWN.js";

// src/github/setup-summary.ts
function runningWorkflow() {
  let ref = process.env.GITHUB_WORKFLOW_REF ?? "";
  return /^[^/]+\/[^/]+\/(.+?)@/.exec(ref)?.[1];
}
async function summarizeSetup(ctx, payload) {
  let branch = payload.repository?.default_branch, section, checks;
  try {
    let facts = await readSetupFacts(ctx.octokit, ctx.repo, { branch, configPath: ctx.configPath, runningWorkflow: runningWorkflow() }), language = ctx.language ?? facts.config.language;
    checks = checkSetup(facts, language), section = renderSetupMarkdown(checks, facts.repo, facts.base.name, language);
    for (let c of checks) c.level !== "ok" && warning(`upgrade-gate doctor: ${c.id}: ${c.message}${c.fix ? ` \u2014 ${c.fix}` : ""}`);
  } catch (err) {
    section = `## upgrade-gate doctor

\u274C ${describeApiError(err).replace(/[\\`*_[\]<>|#]/g, (c) => `\\${c}`)}
`, warning(`upgrade-gate doctor could not read the setup: ${describeApiError(err)}`);
  }
  return process.env.GITHUB_STEP_SUMMARY && await summary.addRaw(section, !0).write(), checks;
}
export {
  summarizeSetup
};
