import { createRequire as __ugCreateRequire } from 'node:module';
const require = __ugCreateRequire(import.meta.url);
import {
  HELP_OPTION,
  LANG_OPTION,
  commandLanguage,
  helpText,
  localLanguage,
  parseCommand
} from "./chunk-UBSBX42C.js";
import "./chunk-ZIFKLKNB.js";
import "./chunk-AV2TIPO3.js";
import {
  CONFIG_PATH
} from "./chunk-AEOB34VQ.js";
import "./chunk-6XT5Q5FX.js";
import {
  messages
} from "./chunk-TG3VTIA3.js";
import "./chunk-4V7XTYWN.js";

// src/cli/doctor.ts
async function runDoctor(argv, io) {
  let parsed = parseCommand(
    "doctor",
    argv,
    {
      repo: { type: "string" },
      branch: { type: "string" },
      config: { type: "string" },
      ...LANG_OPTION,
      ...HELP_OPTION
    },
    io
  );
  if (typeof parsed == "number") return parsed;
  let { values } = parsed, language = commandLanguage("doctor", values.lang, io);
  if (typeof language == "number") return language;
  let local = localLanguage(language, io), t0 = messages(local), [owner, name, extra] = (values.repo ?? "").split("/");
  if (!owner || !name || extra !== void 0)
    return io.err(`upgrade-gate doctor: ${t0["cli.repo-form"]({ value: values.repo ?? "" })}

${helpText("doctor", local)}`), 2;
  let env = io.env ?? process.env, token = env.GITHUB_TOKEN || env.GH_TOKEN;
  if (!token)
    return io.err(`upgrade-gate doctor: ${t0["cli.no-token"]()}`), 2;
  let [
    { createOctokit },
    { readSetupFacts },
    { checkSetup, renderSetupText },
    { describeApiError },
    { doctorMessages }
  ] = await Promise.all([
    import("./octokit-JCLJZQCG.js"),
    import("./setup-reads-HNNP7TRD.js"),
    import("./doctor-T27ESEVP.js"),
    import("./api-error-OMSSNZZW.js"),
    import("./doctor-catalog-BUCE2KEQ.js")
  ]), repo = { owner, repo: name }, facts;
  try {
    facts = await readSetupFacts(await createOctokit(token, { calls: [] }), repo, {
      branch: values.branch,
      configPath: values.config ?? CONFIG_PATH
    });
  } catch (err) {
    return io.err(
      `upgrade-gate doctor: ${t0["cli.repo-unreadable"]({ repo: `${owner}/${name}`, error: describeApiError(err, local) })}`
    ), 1;
  }
  let lang = language ?? facts.config.language, checks = checkSetup(facts, lang), t = doctorMessages(lang);
  io.out(t.title({ repo: facts.repo, branch: facts.base.name }));
  for (let line of renderSetupText(checks, lang)) io.out(line);
  let findings = checks.filter((c) => c.level !== "ok").length;
  return io.out(findings ? t.findings({ count: findings }) : t["all-good"]()), findings ? 1 : 0;
}
export {
  runDoctor
};
