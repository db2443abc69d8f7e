import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { compileCodeowners } from '../src/codeowners/owners.js';
import { ROOT } from './helpers.js';

const README = readFileSync(join(ROOT, 'README.md'), 'utf8');
/** The README's fenced code blocks of one language ('' for plain fences), in order. */
function blocks(lang: string): string[] {
  const out: string[] = [];
  let current: { lang: string; lines: string[] } | undefined;
  for (const line of README.split('\n')) {
    if (line.startsWith('```')) {
      if (current) {
        if (current.lang === lang) out.push(current.lines.join('\n') + '\n');
        current = undefined;
      } else current = { lang: line.slice(3).trim(), lines: [] };
    } else current?.lines.push(line);
  }
  return out;
}
const workflow = parse(blocks('yaml').find((b) => b.includes('pull_request_target'))!) as {
  on: { schedule: Array<{ cron: string }> };
  concurrency: { group: string; 'cancel-in-progress': boolean };
  permissions: Record<string, string>;
  jobs: { gate: { steps: Array<{ uses: string }> } };
};

describe('the README workflow template', () => {
  it('serialises runs per pull request without cancelling the last event', () => {
    expect(workflow.concurrency.group).toContain('github.event.pull_request.number');
    expect(workflow.concurrency['cancel-in-progress']).toBe(false);
  });
  it('schedules off the top of the hour', () => {
    expect(workflow.on.schedule.length).toBeGreaterThan(0);
    for (const { cron } of workflow.on.schedule) expect(cron.split(' ')[0]).not.toMatch(/^0+$/);
  });
  it('the CODEOWNERS advice makes the workflows, the config, CODEOWNERS and the archive owned', () => {
    const text = blocks('').find((b) => b.startsWith('/upgrades/'))!;
    const owners = compileCodeowners(text);
    expect(owners.errors).toEqual([]);
    for (const path of [
      '.github/workflows/upgrade-gate.yml',
      '.github/upgrade-gate.yml',
      '.github/CODEOWNERS',
      'archive/2026/12/x.json',
    ])
      expect(owners.ownersOf(path), path).not.toEqual([]);
    expect(owners.ownersOf('upgrades/2026-12-03-billing.yaml')).toEqual(['@org/rd-center-leads', '@org/gm-office']);
  });
});

describe('installing the CLI in a user repository', () => {
  it('runs from the Action repository tag used in the workflow, never an unpublished package name', () => {
    const action = workflow.jobs.gate.steps[0]!.uses; // owner/repo@v1
    const [repo, tag] = action.split('@');
    const commands = blocks('sh')
      .join('\n')
      .split('\n')
      .filter((l) => /^npx /.test(l));
    const fromTag = commands.filter((l) => l.startsWith(`npx --yes github:${repo}#${tag} `));
    expect(fromTag.length).toBeGreaterThan(0);
    // Every other npx line is for a clone of upgrade-gate itself, which the README says.
    expect(README).toContain('In a clone of upgrade-gate itself, after `npm ci`, `npx upgrade-gate` runs the same CLI');
  });
});

describe('the token text', () => {
  it('action.yml and the README ask for the same permissions', () => {
    const action = parse(readFileSync(join(ROOT, 'action.yml'), 'utf8')) as {
      inputs: Record<string, { description: string }>;
    };
    const text = action.inputs['github-token']!.description;
    for (const [scope, level] of Object.entries(workflow.permissions)) {
      expect(text, `${scope}: ${level}`).toContain(`${scope} ${level}`);
    }
    expect(text).toContain('contents read if you never merge through it');
    expect(README).toContain('`contents: read` if you never merge through it');
    expect(text).toContain('roles.<role>.members');
    expect(text).toContain('organization Members read');
  });
});
