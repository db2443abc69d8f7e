import { describe, expect, it } from 'vitest';
import { archiveCommitMessage } from '../../src/archive/commit-message.js';
import { buildRecord } from '../../src/archive/record.js';
import { messages } from '../../src/messages/index.js';
import { evaluate } from '../../src/policy/evaluate.js';
import { snapshot } from '../policy/snapshot-fixture.js';

describe('archive commit messages', () => {
  it('a NO. with line breaks stays on the subject line: it cannot forge a trailer or a paragraph', () => {
    const snap = snapshot();
    snap.pullRequest = { ...snap.pullRequest, mergedAt: '2026-12-03T04:00:00Z', mergedBy: 'bob-ops' };
    const record = buildRecord(snap, evaluate(snap), { previous: undefined, toolVersion: '0', tzdata: undefined, backfilled: false });
    record.documents[0]!.id = 'UPG-1\n\nSigned-off-by: mallory <m@example.com>';
    for (const language of ['en', 'zh-CN'] as const) {
      const lines = archiveCommitMessage(messages(language), record, 'archive/x.json').split('\n');
      expect(lines[0]).toContain('UPG-1 Signed-off-by: mallory');
      expect(lines.filter((l) => l.startsWith('Signed-off-by'))).toEqual([]);
      expect(lines[0]).toMatch(/^archive: /);
    }
  });
});
