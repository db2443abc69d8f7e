import { describe } from 'vitest';
import { edit, REGULAR } from '../../helpers.js';
import { breaksOnly } from './rule-case.js';

describe('gray-test.weekday', () => {
  breaksOnly('gray-test.weekday', [
    {
      doc: () => edit(REGULAR, 'completed: 2026-12-01T16:00', 'completed: 2026-12-02T09:00'),
      line: 41,
      severity: 'warning',
      says: 'as a rule the gray test is done on Tuesday',
    },
  ]);
});
