import { closedHits } from '../merge-closed.js';
import type { MergeRule } from '../rule.js';

/** Measures 3.3 (under GitOps the merge is the deploy): a regular production upgrade merges on an allowed day (Thursday) in the policy zone. */
export const mergeWeekday: MergeRule = {
  id: 'merge.weekday',
  scope: 'merge',
  severity: 'error',
  softenable: true,
  emergency: false,
  clause: '3.3',
  check: (ctx) => closedHits(ctx, 'merge.weekday'),
};
