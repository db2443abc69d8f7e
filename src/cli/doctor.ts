import { CONFIG_PATH } from '../policy/config.js';
import { messages } from '../messages/index.js';
import { helpText } from '../messages/help.js';
import { commandLanguage, HELP_OPTION, LANG_OPTION, localLanguage, parseCommand } from './command.js';
import type { CliIo } from './io.js';

/** `upgrade-gate doctor`: does the repository's setup enforce upgrade-gate? */
export async function runDoctor(argv: string[], io: CliIo): Promise<number> {
  const parsed = parseCommand(
    'doctor',
    argv,
    {
      repo: { type: 'string' },
      branch: { type: 'string' },
      config: { type: 'string' },
      ...LANG_OPTION,
      ...HELP_OPTION,
    },
    io,
  );
  if (typeof parsed === 'number') return parsed;
  const { values } = parsed;
  const language = commandLanguage('doctor', values.lang, io);
  if (typeof language === 'number') return language;
  // Until the repository's own policy is read, the local one's language (or the one asked for).
  const local = localLanguage(language, io);
  const t0 = messages(local);
  const [owner, name, extra] = (values.repo ?? '').split('/');
  if (!owner || !name || extra !== undefined) {
    io.err(`upgrade-gate doctor: ${t0['cli.repo-form']({ value: values.repo ?? '' })}\n\n${helpText('doctor', local)}`);
    return 2;
  }
  const env = io.env ?? process.env;
  const token = env.GITHUB_TOKEN || env.GH_TOKEN;
  if (!token) {
    io.err(`upgrade-gate doctor: ${t0['cli.no-token']()}`);
    return 2;
  }
  // The GitHub client and the checks load only when doctor runs.
  const [
    { createOctokit },
    { readSetupFacts },
    { checkSetup, renderSetupText },
    { describeApiError },
    { doctorMessages },
  ] = await Promise.all([
    import('../github/octokit.js'),
    import('../github/setup-reads.js'),
    import('../setup/doctor.js'),
    import('../github/api-error.js'),
    import('../messages/doctor-catalog.js'),
  ]);
  const repo = { owner, repo: name };
  let facts;
  try {
    facts = await readSetupFacts(await createOctokit(token, { calls: [] }), repo, {
      branch: values.branch,
      configPath: values.config ?? CONFIG_PATH,
    });
  } catch (err) {
    // Fail closed: a setup that cannot be read is not a setup that passed.
    io.err(
      `upgrade-gate doctor: ${t0['cli.repo-unreadable']({ repo: `${owner}/${name}`, error: describeApiError(err, local) })}`,
    );
    return 1;
  }
  const lang = language ?? facts.config.language;
  const checks = checkSetup(facts, lang);
  const t = doctorMessages(lang);
  io.out(t.title({ repo: facts.repo, branch: facts.base.name }));
  for (const line of renderSetupText(checks, lang)) io.out(line);
  const findings = checks.filter((c) => c.level !== 'ok').length;
  io.out(findings ? t.findings({ count: findings }) : t['all-good']());
  return findings ? 1 : 0;
}
