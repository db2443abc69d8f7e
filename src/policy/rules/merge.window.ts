import { closedHits } from '../merge-closed.js';
import type { MergeRule } from '../rule.js';

/**
 * Measures 3.3 (under GitOps the merge is the deploy): the merge happens in the documents' own window,
 * from the local day it starts (merge-window: day, the default) or inside it (merge-window: window),
 * never after window.end; several documents need one instant all their windows allow.
 */
export const mergeWindow: MergeRule = {
  id: 'merge.window',
  scope: 'merge',
  severity: 'error',
  softenable: true,
  emergency: false,
  clause: '3.3',
  check: (ctx) => closedHits(ctx, 'merge.window'),
};
