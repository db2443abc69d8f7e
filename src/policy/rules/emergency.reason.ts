import type { DocumentRule } from '../rule.js';

/** The two cases measures 3.2 allows for an emergency upgrade. */
export const EMERGENCY_REASONS = ['system-failure', 'business-stoppage'] as const;

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
    return [{ path: ['emergency', 'reason'], message: t['emergency.reason']({ reason }) }];
  },
};
