import { describe, expect, it } from 'vitest';
import { normalizeLogin, roleByConfig } from '../../src/policy/login.js';

describe('roles from the configuration alone', () => {
  it.each([
    ['listed members decide, case-insensitively', { owners: ['@acme/leads', '@zoe'], members: ['Li-Lei'] }, '@li-lei', { holds: true }],
    ['listed members decide even against a user owner', { owners: ['@zoe'], members: ['li-lei'] }, 'zoe', { holds: false }],
    ['a user owner holds the role', { owners: ['@acme/leads', '@Zoe'] }, 'zoe', { holds: true }],
    ['teams are left to ask', { owners: ['@acme/leads', '@acme/gm'] }, 'zoe', { teams: [{ org: 'acme', team: 'leads' }, { org: 'acme', team: 'gm' }] }],
    ['no team and no match', { owners: ['@zoe'] }, 'li-lei', { holds: false }],
  ] as const)('%s', (_name, role, login, expected) => {
    expect(roleByConfig({ ...role, owners: [...role.owners] as [string, ...string[]], members: 'members' in role ? [...role.members] : undefined }, login)).toEqual(expected);
  });
  it('normalizes @ and case', () => expect(normalizeLogin('@Li-Lei')).toBe('li-lei'));
});
