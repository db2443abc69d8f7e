import { createRequire as __ugCreateRequire } from 'node:module';
const require = __ugCreateRequire(import.meta.url);
import {
  checkSetup,
  renderSetupMarkdown
} from "./chunk-QE5Z4LHX.js";
import {
  readSetupFacts
} from "./chunk-6IP66BTM.js";
import "./chunk-AOMKIC6X.js";
import "./chunk-ZIFKLKNB.js";
import {
  summary,
  warning
} from "./chunk-WK2HLJSS.js";
import "./chunk-YZLEBFLX.js";
import "./chunk-AV2TIPO3.js";
import "./chunk-AEOB34VQ.js";
import "./chunk-6XT5Q5FX.js";
import "./chunk-TEUUHO3A.js";
import "./chunk-TG3VTIA3.js";
import {
  describeApiError
} from "./chunk-OUDF4HK7.js";
import {
  logMessages
} from "./chunk-YYGYZQWV.js";
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
    let facts = await readSetupFacts(ctx.octokit, ctx.repo, {
      branch,
      configPath: ctx.configPath,
      runningWorkflow: runningWorkflow()
    }), language = ctx.language ?? facts.config.language;
    checks = checkSetup(facts, language), section = renderSetupMarkdown(checks, facts.repo, facts.base.name, language);
    for (let c of checks)
      c.level !== "ok" && warning(logMessages(language)["doctor.finding"]({ id: c.id, message: c.message, fix: c.fix ?? "" }));
  } catch (err) {
    let language = ctx.language ?? ctx.policyLanguage, error = describeApiError(err, language);
    section = `## upgrade-gate doctor

\u274C ${logMessages(language)["doctor.unreadable"]({ error }).replace(/[\\`*_[\]<>|#]/g, (c) => `\\${c}`)}
`, warning(logMessages(language)["doctor.unreadable"]({ error }));
  }
  return process.env.GITHUB_STEP_SUMMARY && await summary.addRaw(section, !0).write(), checks;
}
export {
  summarizeSetup
};
