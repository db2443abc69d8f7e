import { describe } from 'vitest';
import { edit, REGULAR } from '../../helpers.js';
import { breaksOnly } from './rule-case.js';

describe('release.forward', () => {
  breaksOnly('release.forward', [
    {
      doc: () => edit(REGULAR, 'to: "2.4.0"', 'to: "2.3.1"'),
      line: 10,
      says: 'for a rollback write a new release with a higher version',
    },
    {
      doc: () => edit(REGULAR, 'to: "2.4.0"', 'to: "2.3.1-rc.1"'),
      line: 10,
      says: 'for a rollback write a new release with a higher version',
    },
  ]);
});
