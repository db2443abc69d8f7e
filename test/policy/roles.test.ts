import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/policy/evaluate.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import { approve, CODEOWNERS, CONFIG, REGULAR_PATH, snapshot } from './snapshot-fixture.js';

// Roles come from the configuration: any number, with ids, bilingual titles and CODEOWNERS owners.
const SECURITY = `  security:\n    title: { en: Security officer, zh: 安全负责人 }\n    owners: ["@acme/security", "@zhou-sec"]\n`;
const withSecurity = CONFIG.replace('emergency:\n', `${SECURITY}teams:\n  "@acme/security": [qian-sec]\nemergency:\n`);
const ownedBySecurity = CODEOWNERS.replace(
  '/upgrades/           @acme/rd-center-leads @acme/gm-office',
  '/upgrades/           @acme/rd-center-leads @acme/gm-office @acme/security',
);
const three = (over: Parameters<typeof snapshot>[0] = {}) =>
  snapshot({
    config: { path: '.github/upgrade-gate.yml', text: withSecurity },
    codeowners: { path: 'CODEOWNERS', text: ownedBySecurity },
    ...over,
  });

describe('configurable roles', () => {
  it('a third role is one more signature: its own rule, its row on the form in both languages, its place in the summary', () => {
    const v = evaluate(three());
    expect(v.outcome).toBe('fail');
    expect(v.findings.filter((f) => f.severity === 'error').map((f) => f.rule)).toEqual(['approval.security']);
    expect(v.findings[0]!.message).toContain(
      'waiting for an approval from the Security officer: a member of @acme/security',
    );
    expect(v.summary).toContain('needs approval: Security officer');
    expect(v.documents[0]!.form!.approvals.map((a) => a.role)).toEqual(['center-lead', 'general-office', 'security']);
    const md = renderMarkdown(v);
    expect(md).toContain('| Security officer 安全负责人 | ✗ waiting for a member of @acme/security |');
  });

  it('signed through the team (members from teams:) the PR passes, and the form names the entry', () => {
    const v = evaluate(three({ reviews: [approve('li-lei'), approve('han-meimei'), approve('qian-sec')] }));
    expect(v.outcome).toBe('pass');
    expect(v.roles.map((r) => `${r.role}: ${r.approver} via ${r.via}`)).toEqual([
      'center-lead: li-lei via @acme/rd-center-leads',
      'general-office: han-meimei via @acme/gm-office',
      'security: qian-sec via @acme/security',
    ]);
    expect(renderMarkdown(v)).toContain('✅ approved by @qian-sec via @\u200Dacme/security');
  });

  it("a user owner of the role signs only where the document's CODEOWNERS line names them", () => {
    // @zhou-sec is a role owner, but the line for upgrades/ names @acme/security, not @zhou-sec.
    expect(evaluate(three({ reviews: [approve('li-lei'), approve('han-meimei'), approve('zhou-sec')] })).outcome).toBe(
      'fail',
    );
    const named = ownedBySecurity.replace('@acme/security', '@acme/security @zhou-sec');
    const v = evaluate(
      three({
        codeowners: { path: 'CODEOWNERS', text: named },
        reviews: [approve('li-lei'), approve('han-meimei'), approve('zhou-sec')],
      }),
    );
    expect(v.outcome).toBe('pass');
    expect(v.roles.find((r) => r.role === 'security')!.via).toBe('@zhou-sec');
  });

  it('codeowners.coverage names the configured role a document lacks', () => {
    const v = evaluate(
      three({
        codeowners: { path: 'CODEOWNERS', text: CODEOWNERS },
        reviews: [approve('li-lei'), approve('han-meimei'), approve('qian-sec')],
      }),
    );
    const coverage = v.findings.find((f) => f.rule === 'codeowners.coverage')!;
    expect(coverage.message).toContain(`${REGULAR_PATH} is owned by @acme/rd-center-leads @acme/gm-office`);
    expect(coverage.message).toContain('Security officer');
    expect(coverage.message).toContain('/upgrades/ @acme/rd-center-leads @acme/gm-office @acme/security');
  });

  it('a role other than the two of the measures needs a title in both languages: a configuration error at its key', () => {
    const text = CONFIG.replace('emergency:\n', '  security:\n    owners: ["@acme/security"]\nemergency:\n');
    const v = evaluate(snapshot({ config: { path: '.github/upgrade-gate.yml', text } }));
    expect(v.outcome).toBe('error');
    const f = v.findings.find((x) => x.rule === 'config')!;
    expect(f.message).toContain('roles: "security" has no title in both languages');
    expect(text.split('\n')[f.line! - 1]).toBe('  security:');
  });

  it('members for a role with several teams are refused with the fix', () => {
    const text = CONFIG.replace(
      'owners: ["@acme/rd-center-leads"]',
      'owners: ["@acme/finance-center-lead", "@acme/sales-center-lead"]',
    );
    const v = evaluate(snapshot({ config: { path: '.github/upgrade-gate.yml', text } }));
    expect(v.outcome).toBe('error');
    expect(v.findings.find((x) => x.rule === 'config')!.message).toContain("list each team's members under teams:");
  });

  it('a configuration with one role needs one signature', () => {
    const single = CONFIG.replace(
      /roles:\n[\s\S]*?emergency:\n/,
      'roles:\n  general-office:\n    owners: ["@acme/gm-office"]\n    members: [han-meimei]\nemergency:\n',
    );
    const v = evaluate(
      snapshot({ config: { path: '.github/upgrade-gate.yml', text: single }, reviews: [approve('han-meimei')] }),
    );
    expect(v.outcome).toBe('pass');
    expect(v.documents[0]!.form!.approvals.map((a) => a.role)).toEqual(['general-office']);
  });

  it('the zh-CN comment uses the configured Chinese title', () => {
    const v = evaluate(three({ language: 'zh-CN' }));
    expect(v.findings.find((f) => f.rule === 'approval.security')!.message).toContain('待安全负责人审批');
  });
});
