import { describe } from 'vitest';
import { edit, REGULAR } from '../../helpers.js';
import { breaksOnly } from './rule-case.js';

describe('backup.config', () => {
  breaksOnly('backup.config', [
    {
      doc: () =>
        edit(
          REGULAR,
          '  config:\n    method: git tag of deploy/billing before the change\n    location: git tag billing-config-2026-12-03\n',
          '',
        ),
      line: 44,
      says: 'record how the configuration scripts are backed up',
    },
  ]);
});
