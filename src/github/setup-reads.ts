import { answered } from './api-error.js';
import { CODEOWNERS_LOCATIONS } from '../codeowners/owners.js';
import { loadPolicyConfig } from '../policy/load-policy.js';
import type { BranchFacts, BranchRule, SetupFacts } from '../setup/doctor.js';
import { readWorkflow } from '../setup/workflow.js';
import { apiList, apiObject, type Octokit } from './octokit.js';
import { defaultBranch, once, readFile, type Repo } from './reads.js';

// A repository with more workflow files than this is read up to here: doctor reports on what it read.
const MAX_WORKFLOWS = 100;

/** The active rules of a branch, the names of their rulesets (and whether this token may bypass them), and classic protection. */
async function branchFacts(octokit: Octokit, repo: Repo, name: string): Promise<BranchFacts> {
  const facts: BranchFacts = { name, rules: 'unreadable', rulesets: new Map(), classic: 'unreadable' };
  try {
    const rules = await octokit.paginate(octokit.rest.repos.getBranchRules, {
      ...repo,
      branch: name,
      per_page: 100,
    });
    facts.rules = apiList(octokit, rules, `GET /repos/${repo.owner}/${repo.repo}/rules/branches/${name}`, {
      type: 'string',
    }) as unknown as BranchRule[];
  } catch (err) {
    if (!answered(err, 403, 404)) throw err;
  }
  if (facts.rules !== 'unreadable') {
    const ids = [...new Set(facts.rules.map((r) => r.ruleset_id).filter((id): id is number => id !== undefined))];
    await Promise.all(
      ids.map(async (id) => {
        try {
          const { data } = await octokit.rest.repos.getRepoRuleset({ ...repo, ruleset_id: id });
          apiObject(octokit, data, `GET /repos/${repo.owner}/${repo.repo}/rulesets/${id}`, { name: 'string' });
          facts.rulesets.set(id, { name: data.name, canBypass: data.current_user_can_bypass });
        } catch (err) {
          if (!answered(err, 403, 404)) throw err;
        }
      }),
    );
  }
  try {
    const { data } = await octokit.rest.repos.getBranchProtection({ ...repo, branch: name });
    apiObject(octokit, data, `GET /repos/${repo.owner}/${repo.repo}/branches/${name}/protection`);
    facts.classic = data;
  } catch (err) {
    // 404 is "Branch not protected"; 403 is a token without administration: read.
    if (answered(err, 404)) facts.classic = 'none';
    else if (!answered(err, 403)) throw err;
  }
  return facts;
}

/**
 * What doctor checks, read at the tip of `branch` (default: the repository's default branch): its
 * rules and protection, the configuration, CODEOWNERS and the workflow files, and the archive
 * branch's rules when the archive has its own branch.
 */
export async function readSetupFacts(
  octokit: Octokit,
  repo: Repo,
  opts: { branch?: string; configPath: string; runningWorkflow?: string },
): Promise<SetupFacts> {
  const branch = opts.branch ?? (await defaultBranch(octokit, repo));
  // The same read (and key) as the evaluation's: one read of the policy per branch and run.
  const [configText, base] = await Promise.all([
    once(`file:${branch}:${opts.configPath}`, () => readFile(octokit, repo, opts.configPath, branch)),
    branchFacts(octokit, repo, branch),
  ]);
  const loaded = loadPolicyConfig(configText, opts.configPath);
  const config = loaded.config;
  const archiveBranch = config.archive.branch && config.archive.branch !== branch ? config.archive.branch : undefined;
  let codeowners: SetupFacts['codeowners'];
  for (const location of CODEOWNERS_LOCATIONS) {
    const text = await readFile(octokit, repo, location, branch);
    if (text !== undefined) {
      codeowners = { path: location, text };
      break;
    }
  }
  let listing: unknown = [];
  try {
    listing = (await octokit.rest.repos.getContent({ ...repo, path: '.github/workflows', ref: branch })).data;
  } catch (err) {
    if (!answered(err, 404)) throw err;
  }
  const files = (Array.isArray(listing) ? (listing as Array<{ type: string; path: string }>) : [])
    .filter((e) => e.type === 'file' && /\.ya?ml$/.test(e.path))
    .slice(0, MAX_WORKFLOWS);
  const workflows = await Promise.all(
    files.map(async (e) => readWorkflow(e.path, (await readFile(octokit, repo, e.path, branch)) ?? '')),
  );
  return {
    repo: `${repo.owner}/${repo.repo}`,
    base,
    archive: archiveBranch ? await branchFacts(octokit, repo, archiveBranch) : undefined,
    config,
    configPath: opts.configPath,
    configValid: !loaded.findings.some((f) => f.severity === 'error'),
    codeowners,
    workflows,
    runningWorkflow: opts.runningWorkflow,
  };
}
