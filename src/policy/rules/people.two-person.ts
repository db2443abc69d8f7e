import type { DocumentRule } from '../document-rule.js';
import { normalizeLogin } from '../login.js';

/** Measures 3.6: one person executes, another supervises. */
export const peopleTwoPerson: DocumentRule = {
  id: 'people.two-person',
  severity: 'error',
  check: ({ doc, t }) =>
    normalizeLogin(doc.people.executor) === normalizeLogin(doc.people.supervisor)
      ? [{ path: ['people', 'supervisor'], message: t['people.two-person']({ login: doc.people.executor }) }]
      : [],
};
