import { catalog } from '../../report/catalog.js';
import type { DocumentRule } from '../document-rule.js';

const login = (s: string) => s.replace(/^@/, '').toLowerCase();

/** Measures 3.6: one person executes, another supervises. */
export const peopleTwoPerson: DocumentRule = {
  id: 'people.two-person',
  severity: 'error',
  check: ({ doc }) =>
    login(doc.people.executor) === login(doc.people.supervisor)
      ? [{ path: ['people', 'supervisor'], message: catalog['people.two-person']({ login: doc.people.executor }) }]
      : [],
};
