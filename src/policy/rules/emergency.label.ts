import type { PullRequestRule, RuleHit } from '../rule.js';

/**
 * Measures 3.2: the emergency bypass needs both halves, the PR label and a document of type emergency.
 * A finding about one document points at that document's type line, where the fix goes.
 */
export const emergencyLabel: PullRequestRule = {
  id: 'emergency.label',
  scope: 'pull-request',
  severity: 'error',
  softenable: true,
  emergency: true,
  clause: '3.2',
  check: ({ config, label, emergencyDocs, regularDocs, t }): RuleHit[] => {
    const name = config.emergency.label;
    if (label && emergencyDocs.length === 0)
      return [{ message: t['emergency.label-without-document']({ label: name }) }];
    if (!label && emergencyDocs.length > 0)
      return emergencyDocs.map((file) => ({
        file,
        path: ['type'],
        message: t['emergency.document-without-label']({ label: name }),
      }));
    if (label && regularDocs.length > 0)
      return regularDocs.map((file) => ({
        file,
        path: ['type'],
        message: t['emergency.label-with-regular']({ label: name }),
      }));
    return [];
  },
};
