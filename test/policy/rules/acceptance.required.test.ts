import { describe } from 'vitest';
import { edit, REGULAR } from '../../helpers.js';
import { breaksOnly } from './rule-case.js';

describe('acceptance.required', () => {
  breaksOnly('acceptance.required', [
    {
      doc: () => edit(REGULAR, 'date: 2026-11-30', 'date: 2026-12-04'),
      line: 38,
      says: 'users must accept the release before it goes to production',
    },
  ]);
});
