import { describe, expect, it } from 'vitest';
import { buildRecord } from '../../../src/archive/record.js';
import { evaluate } from '../../../src/policy/evaluate.js';
import { snapshot } from '../snapshot-fixture.js';

const context = { previous: undefined, toolVersion: '0.1.0', tzdata: undefined, backfilled: false };

describe('status.forged', () => {
  it('a success status on a merge the evaluation failed is a violation in the record, naming who set it', () => {
    const wednesday = snapshot({ now: '2026-12-02T15:00:00Z' });
    const record = buildRecord(wednesday, evaluate(wednesday), {
      ...context,
      forgedStatus: { state: 'success', creator: 'mallory' },
    });
    expect(record.violations.map((v) => v.rule)).toEqual(['merge.weekday', 'status.forged']);
    expect(record.violations[1]!.message).toBe(
      'the upgrade-gate status on the merged head said success (set by mallory), but the evaluation at merge time is fail: the check was overwritten or out of date when the PR merged',
    );
  });
  it('no violation when the shell saw no forged status', () => {
    const s = snapshot();
    expect(buildRecord(s, evaluate(s), context).violations).toEqual([]);
  });
});
