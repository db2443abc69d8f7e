import { describe, expect, it } from 'vitest';
import { readWorkflow } from '../../src/setup/workflow.js';

describe('readWorkflow', () => {
  it('events of every form of on:, the job permissions of the gate step and its App token', () => {
    expect(readWorkflow('a.yml', 'on: push\n').events).toEqual(['push']);
    expect(readWorkflow('a.yml', 'on: [push, schedule]\n').events).toEqual(['push', 'schedule']);
    const w = readWorkflow(
      'a.yml',
      [
        'on:',
        '  pull_request_target:',
        'permissions: write-all',
        'jobs:',
        '  other:',
        '    permissions: {}',
        '    steps: [{ run: x }]',
        '  gate:',
        '    environment: { name: prod }',
        '    permissions: { statuses: write }',
        '    steps:',
        '      - id: tok',
        '        uses: actions/create-github-app-token@v2',
        '      - uses: acme/upgrade-gate@v1',
        '        with: { github-token: "${{ steps.tok.outputs.token }}" }',
        '',
      ].join('\n'),
    );
    expect(w).toMatchObject({
      events: ['pull_request_target'],
      runsGate: true,
      appToken: true,
      environment: 'prod',
      permissions: { statuses: 'write' },
      canPostStatus: true,
    });
  });

  it('a token from another step is not an App token; a job without permissions may post statuses', () => {
    const w = readWorkflow(
      'a.yml',
      'on: push\njobs:\n  j:\n    steps:\n      - id: t\n        run: echo\n      - uses: ./upgrade-gate\n        with:\n          github-token: ${{ steps.t.outputs.token }}\n',
    );
    expect(w).toMatchObject({ runsGate: true, appToken: false, canPostStatus: true, permissions: undefined });
  });

  it('hostile or broken files are read as no workflow, never a crash', () => {
    for (const text of [
      'on: [',
      '- a\n- b\n',
      '',
      'jobs: 5\non: {}',
      'jobs:\n  j:\n    steps: "x"\n',
      '\u0000\u0001',
    ]) {
      const w = readWorkflow('bad.yml', text);
      expect(w.runsGate).toBe(false);
    }
  });
});
