import { describe } from 'vitest';
import { edit, EMERGENCY } from '../../helpers.js';
import { breaksOnly } from './rule-case.js';

describe('emergency.justification', () => {
  breaksOnly('emergency.justification', [
    {
      doc: () => edit(EMERGENCY, /justification: .*/.exec(EMERGENCY)![0], 'justification: TBD'),
      line: 57,
      says: 'write why this cannot wait',
    },
    {
      doc: () => edit(EMERGENCY, /justification: .*/.exec(EMERGENCY)![0], 'justification: 系统故障需修复'),
      line: 57,
      says: 'write why this cannot wait',
    },
  ]);
});
