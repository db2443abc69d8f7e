import { describe, expect, it } from 'vitest';
import { evaluate } from '../../../src/policy/evaluate.js';
import { loadPolicyConfig } from '../../../src/policy/load-policy.js';
import { touchedPolicyFiles } from '../../../src/policy/policy-change.js';
import { defaultConfig } from '../../../src/policy/config.js';
import { approve, byTeams, CONFIG, HEAD, OLD, REGULAR_PATH, snapshot } from '../snapshot-fixture.js';

const CONFIG_PATH = '.github/upgrade-gate.yml';
/** A PR without an upgrade document that changes the given files, reviewed as given. */
const policyPr = (
  changedFiles: string[],
  reviews = [approve('han-meimei')],
  over: Partial<ReturnType<typeof snapshot>> = {},
) => snapshot({ documents: [], changedFiles, reviews, ...over });
const finding = (v: ReturnType<typeof evaluate>) => v.findings.find((f) => f.rule === 'policy.approval');

describe('policy.approval', () => {
  it.each([
    [CONFIG_PATH],
    ['CODEOWNERS'],
    ['.github/CODEOWNERS'],
    ['docs/CODEOWNERS'],
    ['.github/workflows/upgrade-gate.yml'],
    ['.github/workflows/deploy/prod.yaml'],
  ])('%s is a policy file: without the policy owner the PR fails, naming the file, the role and its owners', (file) => {
    const v = evaluate(policyPr([file], []));
    expect(v.outcome).toBe('fail');
    expect(finding(v)).toMatchObject({ severity: 'error' });
    expect(finding(v)!.message).toBe(
      `this pull request changes the policy (${file}): the General Manager's Office, which owns the policy, must approve it; a member of @acme/gm-office who neither wrote nor committed to it approves the current head ${HEAD.slice(0, 7)}`,
    );
    expect(v.summary).toBe(`1 problem: ${finding(v)!.message}`);
    expect(v.policyChange).toMatchObject({ files: [file], owner: 'general-office', state: { satisfied: false } });
  });

  it("the General Manager's Office approving the head passes, and the summary says who", () => {
    const v = evaluate(policyPr([CONFIG_PATH, 'README.md']));
    expect(finding(v)).toBeUndefined();
    expect(v.outcome).toBe('pass');
    expect(v.summary).toBe(
      "Policy change approved by @han-meimei (General Manager's Office); no upgrade document to check",
    );
    expect(v.policyChange).toMatchObject({
      files: [CONFIG_PATH],
      state: { satisfied: true, approver: 'han-meimei', via: '@acme/gm-office' },
    });
  });

  it('another role, the author, a committer, a stale or a post-merge approval never count', () => {
    expect(evaluate(policyPr([CONFIG_PATH], [approve('li-lei')])).outcome).toBe('fail');
    expect(
      evaluate(
        policyPr([CONFIG_PATH], [approve('han-meimei')], {
          pullRequest: { ...snapshot().pullRequest, author: 'han-meimei' },
        }),
      ).outcome,
    ).toBe('fail');
    expect(
      evaluate(policyPr([CONFIG_PATH], [approve('han-meimei')], { contributors: ['alice-dev', 'han-meimei'] })).outcome,
    ).toBe('fail');
    const stale = evaluate(
      policyPr([CONFIG_PATH], [approve('han-meimei', '2026-12-01T01:00:00Z', OLD)], {
        changes: { [OLD]: { [CONFIG_PATH]: 'b1' }, [HEAD]: { [CONFIG_PATH]: 'b2' } },
      }),
    );
    expect(stale.outcome).toBe('fail');
    expect(stale.policyChange!.state!.notCounted[0]!.why).toContain(`${CONFIG_PATH} changed`);
    // A rebase that leaves the change the same keeps the approval.
    expect(
      evaluate(
        policyPr([CONFIG_PATH], [approve('han-meimei', '2026-12-01T01:00:00Z', OLD)], {
          changes: { [OLD]: { [CONFIG_PATH]: 'b1' }, [HEAD]: { [CONFIG_PATH]: 'b1' } },
        }),
      ).outcome,
    ).toBe('pass');
    const late = { pullRequest: { ...snapshot().pullRequest, merged: true, mergedAt: '2026-12-02T01:00:00Z' } };
    expect(evaluate(policyPr([CONFIG_PATH], [approve('han-meimei', '2026-12-02T02:00:00Z')], late)).outcome).toBe(
      'fail',
    );
  });

  it("the policy owner's request for changes blocks, and says so", () => {
    const v = evaluate(policyPr([CONFIG_PATH], [{ ...approve('han-meimei'), state: 'CHANGES_REQUESTED' }]));
    expect(finding(v)!.message).toContain("@han-meimei (General Manager's Office, the policy owner) requested changes");
  });

  it('a PR with a document and a policy file needs both the roles and the policy owner', () => {
    const v = evaluate(snapshot({ changedFiles: [REGULAR_PATH, 'CODEOWNERS'], reviews: [approve('li-lei')] }));
    expect(v.findings.map((f) => f.rule)).toEqual(
      expect.arrayContaining(['approval.general-office', 'policy.approval']),
    );
    expect(v.summary).toContain("needs approval: General Manager's Office");
    expect(evaluate(snapshot({ changedFiles: [REGULAR_PATH, 'CODEOWNERS'] })).outcome).toBe('pass');
  });

  it('policy-owner names another role; policy-files adds paths', () => {
    const cfg = {
      path: CONFIG_PATH,
      text: `${CONFIG}policy-owner: center-lead\npolicy-files: ["deploy/production/policy/**"]\n`,
    };
    expect(
      evaluate(policyPr(['deploy/production/policy/limits.yaml'], [approve('han-meimei')], { config: cfg })).outcome,
    ).toBe('fail');
    const v = evaluate(policyPr(['deploy/production/policy/limits.yaml'], [approve('li-lei')], { config: cfg }));
    expect(v.outcome).toBe('pass');
    expect(v.policyChange!.state!.approver).toBe('li-lei');
  });

  it('team membership read through the API counts as the configured members do', () => {
    expect(
      evaluate(policyPr([CONFIG_PATH], [approve('wang-gm')], byTeams({ '@acme/gm-office': ['wang-gm'] }))).outcome,
    ).toBe('pass');
    expect(
      evaluate(policyPr([CONFIG_PATH], [approve('wang-gm')], byTeams({ '@acme/gm-office': ['someone-else'] }))).outcome,
    ).toBe('fail');
  });

  it('a policy owner that is not a configured role is a configuration error at its key', () => {
    const text = `${CONFIG}policy-owner: cfo\n`;
    const { findings } = loadPolicyConfig(text, CONFIG_PATH);
    expect(findings).toEqual([
      {
        rule: 'config',
        severity: 'error',
        file: CONFIG_PATH,
        line: text.split('\n').length - 1,
        column: 15,
        message:
          'policy-owner: "cfo" is not one of the configured roles (center-lead, general-office): name the role whose approval a change to the policy files needs',
      },
    ]);
  });

  it('roles without the default owner: a policy change is refused and says how to name one', () => {
    const text = CONFIG.replace(/general-office:[\s\S]*?members: \[han-meimei\]\n/, '');
    const v = evaluate(policyPr([CONFIG_PATH], [approve('han-meimei')], { config: { path: CONFIG_PATH, text } }));
    expect(finding(v)!.message).toContain(
      'no role "general-office" is configured to approve policy changes: add it under roles, or name the policy owner with policy-owner: <role id>',
    );
    expect(v.outcome).toBe('fail');
  });

  it('a base branch without any configuration has no policy to protect (the PR that adds it is the setup)', () => {
    const v = evaluate(policyPr([CONFIG_PATH], [], { config: { path: CONFIG_PATH } }));
    expect(finding(v)).toBeUndefined();
    expect(v.policyChange).toBeUndefined();
  });

  it('in zh-CN the finding is Chinese', () => {
    const v = evaluate(policyPr([CONFIG_PATH], [], { language: 'zh-CN' }));
    expect(finding(v)!.message).toBe(
      `本 PR 修改了策略文件（${CONFIG_PATH}）：须由策略负责角色总经理办公室批准；请 @acme/gm-office 中既非作者也未提交过代码的成员批准当前最新提交 ${HEAD.slice(0, 7)}`,
    );
  });

  it('both names of a rename count; lookalike paths do not', () => {
    expect(
      touchedPolicyFiles(
        ['CODEOWNERS.bak', 'docs/x/CODEOWNERS', '.github/workflow/x.yml', 'github/workflows/a.yml'],
        defaultConfig(),
        CONFIG_PATH,
      ),
    ).toEqual([]);
    expect(touchedPolicyFiles(['old/place.yml', '.github/workflows/ci.yml'], defaultConfig(), CONFIG_PATH)).toEqual([
      '.github/workflows/ci.yml',
    ]);
  });
});
