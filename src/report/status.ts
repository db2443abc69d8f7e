import type { Verdict } from '../policy/verdict.js';

/** GitHub truncates commit status descriptions at 140 characters. */
export const MAX_STATUS_DESCRIPTION = 140;

/** The commit status state for a verdict: never success unless the policy passed. */
export function statusState(v: Verdict): 'success' | 'failure' | 'error' {
  return v.outcome === 'pass' ? 'success' : v.outcome === 'error' ? 'error' : 'failure';
}

/**
 * Text without what changes every minute (the countdown to the next flip, in either language, and the
 * time line of the comment), so that two runs with the same outcome compare equal.
 */
export function withoutCountdown(text: string): string {
  return text
    .replace(/<sub>[^\n]*<\/sub>/g, '')
    .replace(/\(in [^)]*\)/g, '')
    .replace(/（还有[^）]*）/g, '');
}

/** A commit-status description of at most 140 characters. */
export function statusDescription(v: Verdict): string {
  const text = v.summary.replace(/\s+/g, ' ').trim();
  return text.length <= MAX_STATUS_DESCRIPTION ? text : `${text.slice(0, MAX_STATUS_DESCRIPTION - 1)}…`;
}
