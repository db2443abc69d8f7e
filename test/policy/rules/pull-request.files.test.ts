import { describe, expect, it } from 'vitest';
import { evaluate } from '../../../src/policy/evaluate.js';
import { snapshot } from '../snapshot-fixture.js';

describe('pull-request.files', () => {
  it("a PR over GitHub's 3,000-file listing cap is flagged", () => {
    const v = evaluate(snapshot({ changedFilesTruncated: true }));
    expect(v.findings).toEqual([expect.objectContaining({ rule: 'pull-request.files', severity: 'error' })]);
    expect(v.findings[0]!.message).toContain('3,000 files');
    // What cannot be seen is never success, even with no visible document.
    expect(v.outcome).toBe('error');
    expect(evaluate(snapshot({ changedFilesTruncated: true, documents: [], changedFiles: [] })).outcome).toBe('error');
  });
});
