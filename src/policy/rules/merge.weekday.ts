import type { Catalog } from '../../messages/index.js';
import type { Finding } from '../../messages/finding.js';
import type { DayState } from '../../time/policy-calendar.js';

/**
 * Measures 3.3: a regular production upgrade merges on an allowed day (Thursday) in the policy zone,
 * outside freezes and, when configured, inside the document's window. Rule ids merge.weekday,
 * window.freeze and merge.window, by what closed the window.
 */
export function mergeWindowFindings(state: DayState, nextFlipText: string | undefined, windowRequired: boolean, t: Catalog): Finding[] {
  if (state.open) return [];
  const rule = state.freeze ? 'window.freeze' : windowRequired && state.reason.includes("document's window") ? 'merge.window' : 'merge.weekday';
  const next = nextFlipText ? `the window ${nextFlipText}` : t['merge.no-opening']();
  return [{ rule, severity: 'error', message: t['merge.closed']({ reason: state.reason, next }) }];
}
