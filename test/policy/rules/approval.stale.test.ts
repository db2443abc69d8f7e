import { describe, expect, it } from 'vitest';
import { evaluate } from '../../../src/policy/evaluate.js';
import { approve, CONFIG, HEAD, OLD, REGULAR_PATH, snapshot } from '../snapshot-fixture.js';

type Changes = Record<string, Record<string, string | null>>;
const older = (changes: Changes, over: Partial<ReturnType<typeof snapshot>> = {}) =>
  snapshot({ reviews: [approve('li-lei'), approve('han-meimei', '2026-12-01T01:00:00Z', OLD)], changes, ...over });

describe('approval.stale', () => {
  it('an approval of an older commit counts when the PR change is the same, file by file and blob by blob (a rebase)', () => {
    expect(
      evaluate(
        older({
          [OLD]: { [REGULAR_PATH]: 'b1', 'deploy/values.yaml': 'v1' },
          [HEAD]: { [REGULAR_PATH]: 'b1', 'deploy/values.yaml': 'v1' },
        }),
      ).outcome,
    ).toBe('pass');
  });
  it.each([
    [
      'any file changed since, not only documents',
      {
        [OLD]: { [REGULAR_PATH]: 'b1', 'deploy/billing/values.yaml': 'v1' },
        [HEAD]: { [REGULAR_PATH]: 'b1', 'deploy/billing/values.yaml': 'v2' },
      },
      'deploy/billing/values.yaml changed after it',
    ],
    [
      'a file the head no longer changes',
      { [OLD]: { [REGULAR_PATH]: 'b1', 'x.yaml': 'x' }, [HEAD]: { [REGULAR_PATH]: 'b1' } },
      'x.yaml changed after it',
    ],
    [
      'a file only the head changes',
      { [OLD]: { [REGULAR_PATH]: 'b1' }, [HEAD]: { [REGULAR_PATH]: 'b1', 'aaa/1.txt': '1' } },
      'aaa/1.txt changed after it',
    ],
    [
      'a removal',
      { [OLD]: { [REGULAR_PATH]: 'b1', 'y.yaml': 'y' }, [HEAD]: { [REGULAR_PATH]: 'b1', 'y.yaml': null } },
      'y.yaml changed after it',
    ],
    [
      'documents are named first',
      {
        [OLD]: { [REGULAR_PATH]: 'b1' },
        [HEAD]: { [REGULAR_PATH]: 'b2', ...Object.fromEntries(Array.from({ length: 9 }, (_, i) => [`aaa/${i}`, 'n'])) },
      },
      `${REGULAR_PATH}, aaa/0, aaa/1, aaa/2, aaa/3 and 5 more changed after it`,
    ],
    ['unknown changes fail closed', { [HEAD]: { [REGULAR_PATH]: 'b1' } }, 'could not be read'],
  ] as const)('stale: %s', (_name, changes, why) => {
    const v = evaluate(older(changes as Changes));
    expect(v.findings.find((f) => f.rule === 'approval.stale')!.message).toContain(why);
    expect(v.outcome).toBe('fail');
  });
  it('paths the configuration exempts leave the approval standing', () => {
    const config = { path: '.github/upgrade-gate.yml', text: `${CONFIG}stale-exempt: ["docs/**"]\n` };
    expect(
      evaluate(
        older(
          {
            [OLD]: { [REGULAR_PATH]: 'b1', 'docs/a.md': '1' },
            [HEAD]: { [REGULAR_PATH]: 'b1', 'docs/a.md': '2', 'docs/b.md': '3' },
          },
          { config },
        ),
      ).outcome,
    ).toBe('pass');
  });
});
