import { describe } from 'vitest';
import { edit, REGULAR } from '../../helpers.js';
import { breaksOnly } from './rule-case.js';

describe('people.two-person', () => {
  breaksOnly('people.two-person', [
    {
      doc: () => edit(REGULAR, 'supervisor: dave-ops', 'supervisor: Carol-Ops'),
      line: 60,
      says: 'name a different supervisor',
    },
  ]);
});
