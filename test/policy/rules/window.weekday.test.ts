import { describe } from 'vitest';
import { edit, REGULAR } from '../../helpers.js';
import { breaksOnly } from './rule-case.js';

describe('window.weekday', () => {
  breaksOnly('window.weekday', [
    {
      doc: () =>
        edit(
          edit(
            edit(REGULAR, 'start: 2026-12-03T20:00', 'start: 2026-12-02T20:00'),
            'end: 2026-12-03T22:00',
            'end: 2026-12-02T22:00',
          ),
          'announced_at: 2026-12-02T10:00',
          'announced_at: 2026-12-01T10:00',
        ),
      line: 17,
      says: 'move the window to Thursday 2026-12-03',
    },
    // 16:00 UTC Wednesday is 00:00 Thursday in Shanghai: an allowed production day.
    {
      doc: () => edit(REGULAR, 'start: 2026-12-03T20:00', 'start: 2026-12-02T15:00Z'),
      line: 17,
      says: 'move the window to Thursday 2026-12-03',
    },
  ]);
});
