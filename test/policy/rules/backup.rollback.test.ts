import { describe } from 'vitest';
import { edit, REGULAR } from '../../helpers.js';
import { breaksOnly } from './rule-case.js';

describe('backup.rollback', () => {
  breaksOnly('backup.rollback', [
    {
      doc: () =>
        edit(
          REGULAR,
          'rollback:\n  plan: Revert the GitOps commit so Argo CD deploys 2.3.1 again, then restore the database dump if migration 0042 ran.\n',
          '',
        ),
      line: 2,
      says: 'write how the system is restored',
    },
  ]);
});
