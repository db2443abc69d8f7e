import { describe } from 'vitest';
import { edit, REGULAR } from '../../helpers.js';
import { breaksOnly } from './rule-case.js';

describe('notice.lead-time', () => {
  breaksOnly('notice.lead-time', [
    {
      doc: () => edit(REGULAR, 'announced_at: 2026-12-02T10:00', 'announced_at: 2026-12-03T08:01'),
      line: 62,
      says: 'announce by',
    },
  ]);
});
