import { closedHits } from '../merge-closed.js';
import type { MergeRule } from '../rule.js';

/** Measures 3.3 (under GitOps the merge is the deploy): with merge-window: true, the merge happens inside the document's own window. */
export const mergeWindow: MergeRule = {
  id: 'merge.window',
  scope: 'merge',
  severity: 'error',
  softenable: true,
  emergency: false,
  clause: '3.3',
  check: (ctx) => closedHits(ctx, 'merge.window'),
};
