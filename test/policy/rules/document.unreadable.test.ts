import { describe, expect, it } from 'vitest';
import { evaluate } from '../../../src/policy/evaluate.js';
import { snapshot } from '../snapshot-fixture.js';

describe('document.unreadable', () => {
  it.each([
    ['symlink', 'symbolic link (to ../../etc/passwd)', '../../etc/passwd'],
    ['submodule', 'submodule', undefined],
    ['folder', 'folder', undefined],
    ['missing', '404', undefined],
  ] as const)('a document path that reads back as %s is an error status naming it', (kind, says, target) => {
    const v = evaluate(snapshot({ unreadable: [{ path: 'upgrades/x.yaml', kind, target }] }));
    expect(v.outcome).toBe('error');
    const f = v.findings.find((x) => x.rule === 'document.unreadable')!;
    expect(f).toMatchObject({ severity: 'error', file: 'upgrades/x.yaml' });
    expect(f.message).toContain(says);
    expect(v.summary).toMatch(/^Could not read: upgrades\/x\.yaml/);
  });
  it('cannot be switched off by the configuration', () => {
    const s = snapshot({ unreadable: [{ path: 'upgrades/x.yaml', kind: 'missing' }], documents: [] });
    s.config = { ...s.config, text: `${s.config.text}\nrules:\n  document.unreadable: off\n` };
    expect(evaluate(s).outcome).toBe('error');
  });
});
