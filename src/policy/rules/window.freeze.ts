import { closedHits } from '../merge-closed.js';
import type { MergeRule } from '../rule.js';

/** Measures 3.3 (under GitOps the merge is the deploy): no regular production upgrade merges inside a configured freeze. */
export const windowFreeze: MergeRule = {
  id: 'window.freeze',
  scope: 'merge',
  severity: 'error',
  softenable: true,
  emergency: false,
  clause: '3.3',
  check: (ctx) => closedHits(ctx, 'window.freeze'),
};
