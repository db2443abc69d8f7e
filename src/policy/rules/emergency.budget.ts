import type { PullRequestRule } from '../rule.js';

/**
 * Measures 3.2 "control the number of emergency upgrades": at most `monthly-budget` per policy month.
 * Over budget, the emergency itself stays in order (it does not withdraw the bypass): this finding
 * alone says what must happen, and `budget-severity` decides whether it blocks.
 */
export const emergencyBudget: PullRequestRule = {
  id: 'emergency.budget',
  scope: 'pull-request',
  severity: 'error',
  softenable: true,
  emergency: false,
  clause: '3.2',
  check: ({ config, emergencyDocs, earlierEmergencies: earlier, month, t }) => {
    const budget = config.emergency['monthly-budget'];
    if (emergencyDocs.length === 0 || earlier.length < budget) return [];
    const list = earlier.map((e) => `${e.id} (PR #${e.pr}, ${e.mergedAt.slice(0, 10)})`).join(', ');
    return [
      {
        severity: config.emergency['budget-severity'],
        message: t['emergency.budget']({ count: earlier.length, month, list, budget }),
      },
    ];
  },
};
