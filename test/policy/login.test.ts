import { describe, expect, it } from 'vitest';
import { configuredTeams, holdsEntry, normalizeLogin, ownerKey } from '../../src/policy/login.js';
import type { RolesConfig } from '../../src/policy/config.js';

const roles = (r: Record<string, { owners: string[]; members?: string[] }>) => r as unknown as RolesConfig;

describe('team members the configuration lists', () => {
  it('teams: lists members per team, keyed as CODEOWNERS writes them, case-insensitively', () => {
    const listed = configuredTeams({ teams: { '@Acme/Finance-Center-Lead': ['@Wang-Finance'] } });
    expect([...listed]).toEqual([['@acme/finance-center-lead', ['wang-finance']]]);
  });
  it("roles.<role>.members are the members of the role's one team (existing configurations keep working)", () => {
    const listed = configuredTeams({
      roles: roles({ 'center-lead': { owners: ['@acme/leads', '@zoe'], members: ['Li-Lei'] } }),
    });
    expect(listed.get('@acme/leads')).toEqual(['li-lei']);
  });
  it('members of a role with several teams name no team (the configuration check refuses them)', () => {
    expect(
      configuredTeams({ roles: roles({ 'center-lead': { owners: ['@acme/a', '@acme/b'], members: ['li-lei'] } }) })
        .size,
    ).toBe(0);
  });
  it('teams: wins over roles.<role>.members for the same team', () => {
    const listed = configuredTeams({
      roles: roles({ r: { owners: ['@acme/a'], members: ['li-lei'] } }),
      teams: { '@acme/a': ['zoe'] },
    });
    expect(listed.get('@acme/a')).toEqual(['zoe']);
  });
});

describe('who stands for an owner entry', () => {
  const listed = new Map([['@acme/leads', ['li-lei']]]);
  const membership = { '@acme/gm': { members: ['Han-Meimei'] } };
  it.each([
    ['a user entry is that user', '@Zoe', 'zoe', true],
    ['a user entry is no one else', '@zoe', 'li-lei', false],
    ['a listed team: its listed members', '@acme/leads', '@Li-Lei', true],
    ['a listed team: no one else', '@acme/leads', 'zoe', false],
    ['an unlisted team: members as the API answered', '@Acme/GM', 'han-meimei', true],
    ['an unlisted team nobody read: no one', '@acme/other', 'han-meimei', false],
  ] as const)('%s', (_name, entry, login, expected) => {
    expect(holdsEntry(entry, login, listed, membership)).toBe(expected);
  });
  it('normalizes @ and case', () => {
    expect(normalizeLogin('@Li-Lei')).toBe('li-lei');
    expect(ownerKey('Acme/GM')).toBe('@acme/gm');
  });
});
