import { describe } from 'vitest';
import { edit, REGULAR } from '../../helpers.js';
import { breaksOnly } from './rule-case.js';

describe('backup.data', () => {
  breaksOnly('backup.data', [
    {
      doc: () =>
        edit(
          REGULAR,
          '  data:\n    method: pg_dump of the billing database\n    location: s3://acme-backups/billing/2026-12-03/db/\n',
          '',
        ),
      line: 44,
      says: 'record how the data are backed up',
    },
  ]);
});
