import type { DocumentRule, RuleHit } from '../rule.js';

const FIELDS = ['phone_confirmed_by', 'confirmed_at', 'email_registration'] as const;

/** Measures 4.3: an emergency is confirmed by phone and registered by e-mail with the General Manager's Office. */
export const emergencyConfirmation: DocumentRule = {
  id: 'emergency.confirmation',
  scope: 'document',
  severity: 'error',
  softenable: true,
  emergency: true,
  clause: '4.3',
  check: ({ doc, t }) => {
    const confirmation = doc.emergency?.confirmation;
    if (!doc.emergency || !confirmation) return [];
    const hits: RuleHit[] = [];
    for (const field of FIELDS) {
      if (!confirmation[field]?.trim())
        hits.push({
          path: ['emergency', 'confirmation', field],
          atKey: true,
          message: t['emergency.confirmation']({ missing: field }),
        });
    }
    return hits;
  },
};
