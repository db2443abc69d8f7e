import { describe } from 'vitest';
import { edit, REGULAR } from '../../helpers.js';
import { breaksOnly } from './rule-case.js';

describe('window.order', () => {
  breaksOnly('window.order', [
    {
      doc: () => edit(REGULAR, 'end: 2026-12-03T22:00', 'end: 2026-12-03T20:00'),
      line: 18,
      says: 'the window must end after it starts',
    },
  ]);
});
