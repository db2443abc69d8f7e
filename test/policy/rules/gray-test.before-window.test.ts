import { describe } from 'vitest';
import { edit, REGULAR } from '../../helpers.js';
import { breaksOnly } from './rule-case.js';

describe('gray-test.before-window', () => {
  breaksOnly('gray-test.before-window', [
    {
      doc: () => edit(REGULAR, 'completed: 2026-12-01T16:00', 'completed: 2026-12-08T16:00'),
      line: 41,
      says: 'the gray test must finish before the production upgrade',
    },
    {
      doc: () => edit(REGULAR, 'result: passed', 'result: failed'),
      line: 42,
      says: 're-run the gray test and record result: passed',
    },
  ]);
});
