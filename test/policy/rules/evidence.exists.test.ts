import { describe } from 'vitest';
import { edit, REGULAR } from '../../helpers.js';
import { breaksOnly } from './rule-case.js';

describe('evidence.exists', () => {
  breaksOnly('evidence.exists', [
    { doc: () => REGULAR, missing: ['docs/gray/billing-2.4.0.md'], line: 43, says: 'commit the file at that path' },
    {
      doc: () => edit(REGULAR, 'evidence: docs/acceptance/billing-2.4.0.md', 'evidence: ../secrets.md'),
      line: 39,
      says: 'climbs out with ..',
    },
    {
      doc: () => edit(REGULAR, 'evidence: docs/acceptance/billing-2.4.0.md', 'evidence: /etc/passwd'),
      line: 39,
      says: 'is an absolute path',
    },
    {
      doc: () => edit(REGULAR, 'evidence: docs/acceptance/billing-2.4.0.md', 'evidence: https://wiki.example.com/uat'),
      line: 39,
      says: 'is a link, not a file',
    },
  ]);
});
