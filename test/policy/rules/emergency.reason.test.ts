import { describe } from 'vitest';
import { edit, EMERGENCY } from '../../helpers.js';
import { breaksOnly } from './rule-case.js';

describe('emergency.reason', () => {
  breaksOnly('emergency.reason', [
    {
      doc: () => edit(EMERGENCY, 'reason: business-stoppage', 'reason: customer-request'),
      line: 55,
      says: 'system-failure',
    },
  ]);
});
