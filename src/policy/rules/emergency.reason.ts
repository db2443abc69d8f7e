import { didYouMean } from '../../document/schema-findings.js';
import type { DocumentRule } from '../rule.js';

/** The two cases measures 3.2 allows for an emergency upgrade. */
export const EMERGENCY_REASONS = ['system-failure', 'business-stoppage'] as const;

/** The case a reason written in words means: the measures' own Chinese words, or a near spelling of an id. */
function guessReason(reason: string): string | undefined {
  if (/故障/.test(reason)) return 'system-failure';
  if (/停顿|停止|停摆|中断|无法满足业务|无法开展/.test(reason)) return 'business-stoppage';
  return didYouMean(reason, [...EMERGENCY_REASONS]);
}

/** Measures 3.2: an emergency is only a wide system failure or a wide business stoppage. */
export const emergencyReason: DocumentRule = {
  id: 'emergency.reason',
  scope: 'document',
  severity: 'error',
  softenable: true,
  emergency: true,
  clause: '3.2',
  check: ({ doc, t }) => {
    const reason = doc.emergency?.reason;
    if (reason === undefined || (EMERGENCY_REASONS as readonly string[]).includes(reason)) return [];
    return [{ path: ['emergency', 'reason'], message: t['emergency.reason']({ reason, guess: guessReason(reason) }) }];
  },
};
