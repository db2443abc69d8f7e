import { describe } from 'vitest';
import { edit, REGULAR } from '../../helpers.js';
import { breaksOnly } from './rule-case.js';

describe('backup.programs', () => {
  breaksOnly('backup.programs', [
    {
      doc: () =>
        edit(
          REGULAR,
          '  programs:\n    method: keep image billing-api:2.3.1 and its Helm release revision\n    location: registry.example.com/billing-api:2.3.1\n',
          '',
        ),
      line: 44,
      says: 'record how the programs are backed up before execution',
    },
  ]);
});
