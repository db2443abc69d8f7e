import { describe } from 'vitest';
import { edit, EMERGENCY } from '../../helpers.js';
import { breaksOnly } from './rule-case.js';

describe('emergency.section', () => {
  breaksOnly('emergency.section', [
    {
      doc: () =>
        edit(
          edit(
            edit(
              edit(EMERGENCY, 'type: emergency', 'type: regular'),
              'start: 2026-11-25T22:00',
              'start: 2026-11-26T22:00',
            ),
            'end: 2026-11-25T23:00',
            'end: 2026-11-26T23:00',
          ),
          'completed: 2026-11-25T16:00',
          'completed: 2026-11-24T16:00',
        ),
      line: 54,
      says: 'remove the emergency section',
    },
    {
      doc: () => EMERGENCY.slice(0, EMERGENCY.indexOf('emergency:\n')),
      line: 7,
      says: 'add emergency with reason, impact, justification and confirmation',
    },
  ]);
});
