import type { DocumentRule } from '../rule.js';

/** Attachment 1: each approval form NO. belongs to one upgrade; a later document that reuses one is flagged. */
export const documentUniqueId: DocumentRule = {
  id: 'document.unique-id',
  scope: 'document',
  severity: 'error',
  softenable: true,
  emergency: false,
  clause: null,
  check: ({ doc, earlier, t }) => {
    const other = earlier.get(doc.id);
    return other !== undefined ? [{ path: ['id'], message: t['document.unique-id']({ id: doc.id, other }) }] : [];
  },
};
