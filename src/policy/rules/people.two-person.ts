import type { DocumentRule } from '../rule.js';
import { normalizeLogin } from '../login.js';

/** Measures 3.6: one person executes, another supervises. */
export const peopleTwoPerson: DocumentRule = {
  id: 'people.two-person',
  scope: 'document',
  severity: 'error',
  softenable: true,
  emergency: false,
  clause: '3.6',
  check: ({ doc, t }) =>
    normalizeLogin(doc.people.executor) === normalizeLogin(doc.people.supervisor)
      ? [{ path: ['people', 'supervisor'], message: t['people.two-person']({ login: doc.people.executor }) }]
      : [],
};
