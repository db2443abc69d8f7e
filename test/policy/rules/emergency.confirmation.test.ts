import { describe } from 'vitest';
import { edit, EMERGENCY } from '../../helpers.js';
import { breaksOnly } from './rule-case.js';

describe('emergency.confirmation', () => {
  breaksOnly('emergency.confirmation', [
    {
      doc: () => edit(EMERGENCY, "    phone_confirmed_by: Zhao Min (General Manager's Office)\n", ''),
      line: 58,
      says: 'emergency.confirmation.phone_confirmed_by is missing',
    },
  ]);
});
