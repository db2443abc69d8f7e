import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PullRequestSnapshot, SnapshotReview } from '../../src/policy/snapshot.js';
import { EMERGENCY, REGULAR, ROOT } from '../helpers.js';

export const CONFIG = readFileSync(join(ROOT, 'examples/.github/upgrade-gate.yml'), 'utf8');
/** The example configuration with no member lists: every team is read through the API (the snapshot's membership). */
export const TEAMS_CONFIG = CONFIG.replace(/\n    members: \[[^\]]*\]/g, '');
export const CODEOWNERS = readFileSync(join(ROOT, 'examples/CODEOWNERS'), 'utf8');
export const HEAD = 'a'.repeat(40);
export const OLD = 'b'.repeat(40);
export const REGULAR_PATH = 'upgrades/2026-12-03-billing-2.4.0.yaml';
export const EMERGENCY_PATH = 'upgrades/2026-11-25-orders-3.1.1-emergency.yaml';

/** An approval of the head commit. */
export function approve(
  user: string,
  at = '2026-12-02T02:00:00Z',
  commitId = HEAD,
  id = Math.floor(Math.random() * 1e6),
): SnapshotReview {
  return { id, user, state: 'APPROVED', commitId, submittedAt: at };
}

/** A regular upgrade PR that passes at Thursday 2026-12-03 10:00 Shanghai with both roles approved. */
export function snapshot(over: Partial<PullRequestSnapshot> = {}): PullRequestSnapshot {
  return {
    repository: 'acme/deploy',
    pullRequest: {
      number: 7,
      title: 'billing 2.4.0',
      author: 'alice-dev',
      baseRef: 'main',
      baseSha: 'c'.repeat(40),
      headSha: HEAD,
    },
    now: '2026-12-03T02:00:00Z',
    labels: [],
    changedFiles: [REGULAR_PATH],
    documents: [{ path: REGULAR_PATH, text: REGULAR }],
    evidence: {
      'docs/acceptance/billing-2.4.0.md': true,
      'docs/gray/billing-2.4.0.md': true,
      'docs/acceptance/orders-3.1.1.md': true,
      'docs/gray/orders-3.1.1.md': true,
    },
    config: { path: '.github/upgrade-gate.yml', text: CONFIG },
    codeowners: { path: 'CODEOWNERS', text: CODEOWNERS },
    reviews: [approve('li-lei'), approve('han-meimei')],
    changes: {},
    contributors: ['alice-dev'],
    membership: {},
    emergenciesThisMonth: [],
    ...over,
  };
}

/** The emergency example as a PR labelled emergency, on Wednesday 2026-11-25 21:30 Shanghai. */
export function emergencySnapshot(over: Partial<PullRequestSnapshot> = {}): PullRequestSnapshot {
  return snapshot({
    documents: [{ path: EMERGENCY_PATH, text: EMERGENCY }],
    changedFiles: [EMERGENCY_PATH],
    labels: [{ name: 'emergency', appliedBy: 'han-meimei', appliedAt: '2026-11-25T03:00:00Z' }],
    now: '2026-11-25T13:30:00Z',
    reviews: [approve('li-lei', '2026-11-25T12:00:00Z'), approve('han-meimei', '2026-11-25T12:10:00Z')],
    ...over,
  });
}

/** Team membership as the API answered it, under a configuration that lists no members. */
export function byTeams(
  teams: Record<string, string[]>,
  configText = TEAMS_CONFIG,
): Pick<PullRequestSnapshot, 'config' | 'membership'> {
  return {
    config: { path: '.github/upgrade-gate.yml', text: configText },
    membership: Object.fromEntries(Object.entries(teams).map(([t, members]) => [t, { members }])),
  };
}
