import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { ROOT } from './helpers.js';

const example = readFileSync(join(ROOT, 'examples/.github/workflows/upgrade-gate.yml'), 'utf8');

describe('the workflow template', () => {
  it('listens to every event the Action handles, issue_comment included', () => {
    const wf = parse(example) as {
      on: Record<string, { types?: string[] } | null>;
      permissions: Record<string, string>;
    };
    expect(Object.keys(wf.on)).toEqual([
      'pull_request_target',
      'pull_request_review',
      'merge_group',
      'schedule',
      'workflow_dispatch',
      'issue_comment',
    ]);
    expect(wf.on.issue_comment?.types).toEqual(['created', 'edited']);
    expect(wf.permissions).toEqual({ statuses: 'write', 'pull-requests': 'write', contents: 'write' });
  });
  it('is the one README.md shows', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const block = /`\.github\/workflows\/upgrade-gate\.yml`:\n\n```yaml\n([\s\S]*?)```/.exec(readme)?.[1];
    expect(block).toBe(example.split('\n').slice(1).join('\n'));
  });
});
