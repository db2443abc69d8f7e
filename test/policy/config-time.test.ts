import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/policy/config.js';
import { stateAt } from '../../src/time/policy-calendar.js';

const errors = (text: string) =>
  loadConfig(text, '.github/upgrade-gate.yml').findings.filter((f) => f.severity === 'error');

describe('time-zone: canonical IANA names only, with the zone meant', () => {
  it.each([
    [
      'CST',
      'is an abbreviation, not a time zone (the tz database reads it as America/Chicago): use Asia/Shanghai (or America/Chicago, if that is the place meant)',
    ],
    ['EST', 'is an abbreviation, not a time zone (the tz database reads it as America/Panama): use America/New_York'],
    ['IST', 'use Asia/Kolkata (or Asia/Jerusalem, Europe/Dublin, if that is the place meant)'],
    ['PRC', 'is an old alias the tz database keeps only for compatibility: use Asia/Shanghai'],
    ['Asia/Chongqing', 'is an old alias the tz database keeps only for compatibility: use Asia/Shanghai'],
    ['US/Eastern', 'use America/New_York'],
    ['Asia/Calcutta', 'use Asia/Kolkata'],
    ['UTC+8', 'is a fixed offset, not a time zone: it misses the clock changes of a real place; use Asia/Shanghai'],
    ['GMT+08:00', 'use Asia/Shanghai'],
    ['Asia/Beijing', 'use Asia/Shanghai'],
    [
      'Asia/Shang_hai',
      'is not an IANA time zone this runtime knows: use the Area/City name of the place whose clock you mean, such as Asia/Shanghai or Europe/Berlin',
    ],
  ])('time-zone: %s is refused: "%s"', (zone, hint) => {
    const [f, ...rest] = errors(`time-zone: ${zone}\n`);
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ rule: 'config', line: 1, column: 12 });
    expect(f!.message).toContain(`time-zone "${zone}"`);
    expect(f!.message).toContain(hint);
  });

  it('in Chinese, CST is refused with the same hint', () => {
    const [f] = loadConfig('language: zh-CN\ntime-zone: CST\n').findings;
    expect(f!.message).toBe(
      'time-zone "CST" 是缩写，不是时区（时区数据库把它读作 America/Chicago）：请使用 Asia/Shanghai（如果指的确实是别处，可用 America/Chicago）',
    );
  });

  it.each(['Asia/Shanghai', 'America/New_York', 'Europe/Berlin', 'Europe/Kyiv', 'Asia/Kolkata', 'UTC', 'Etc/UTC'])(
    'time-zone: %s is accepted',
    (zone) => {
      expect(errors(`time-zone: ${zone}\n`)).toEqual([]);
    },
  );
});

describe('freezes: dates or exact times, read by the same parser', () => {
  const zone = 'Asia/Shanghai';
  it('a date covers its whole day in the zone; an exact time is exact', () => {
    const { config, findings } = loadConfig(
      `freezes:\n  - name: Holiday\n    from: 2026-09-30T18:00\n    to: "2026-10-07"\n`,
    );
    expect(findings).toEqual([]);
    const at = (iso: string) =>
      stateAt(new Date(iso), { zone, mergeDays: ['wednesday', 'thursday'], freezes: config.freezes }).freeze?.name;
    expect(at('2026-09-30T09:59:00.000Z')).toBeUndefined(); // 17:59 Shanghai
    expect(at('2026-09-30T10:00:00.000Z')).toBe('Holiday'); // 18:00 Shanghai
    expect(at('2026-10-07T15:59:00.000Z')).toBe('Holiday'); // 23:59 on the last day
    expect(at('2026-10-07T16:00:00.000Z')).toBeUndefined(); // 00:00 the day after
  });

  it('a freeze that ends before it starts is named', () => {
    const [f] = errors(
      `freezes:\n  - name: Backwards\n    from: 2026-10-07T12:00:00.000Z\n    to: 2026-10-07T08:00+08:00\n`,
    );
    expect(f).toMatchObject({ line: 4 });
    expect(f!.message).toContain('ends (2026-10-07T08:00+08:00) before it starts');
  });

  it('a freeze bound in a DST gap is a configuration error at its line', () => {
    const [f] = errors(
      `time-zone: Europe/Berlin\nfreezes:\n  - name: Spring\n    from: 2026-03-29T02:30\n    to: 2026-04-02\n`,
    );
    expect(f).toMatchObject({ rule: 'config', line: 4 });
    expect(f!.message).toContain('freezes[0].from 2026-03-29T02:30 does not exist in Europe/Berlin');
  });

  it('a freeze bound that is no date or time is a schema error that shows the forms', () => {
    const [f] = errors(`freezes:\n  - name: Words\n    from: next monday\n    to: 2026-04-02\n`);
    expect(f!.message).toContain('YYYY-MM-DD');
  });
});

describe('configuration form errors say the expected form', () => {
  const roles = (centerLead: string, extra = '') =>
    `roles:\n  center-lead: { owners: [${centerLead}] }\n  general-office: { owners: ["@acme/gm-office"]${extra} }\n`;
  it('an owner without @ or with a space: the CODEOWNERS form @org/team-slug, with an example', () => {
    for (const owner of ['"acme/rd-leads"', '"@acme/rd leads"']) {
      const [f, ...rest] = errors(roles(owner));
      expect(rest).toEqual([]);
      expect(f).toMatchObject({ line: 2, column: 27 });
      expect(f!.message).toContain(
        "which is not a CODEOWNERS owner written @org/team-slug (a team, as in the team's URL) or @username, with no spaces, e.g. @acme/rd-center-leads",
      );
    }
  });
  it('a member that is a display name: a GitHub login, with an example', () => {
    const [f] = errors(roles('"@acme/rd-center-leads"', ', members: ["Han Meimei"]'));
    expect(f!.message).toContain('is "Han Meimei", which is not a GitHub login');
    expect(f!.message).toContain('e.g. han-meimei');
  });
  it('a role name with capitals is one finding that gives the lowercase name, not also "missing"', () => {
    const found = errors(
      'roles:\n  Center-Lead: { owners: ["@acme/rd-center-leads"] }\n  general-office: { owners: ["@acme/gm-office"] }\n',
    );
    expect(found.map((f) => `${f.line}:${f.column} ${f.message}`)).toEqual([
      '2:3 roles.Center-Lead is written with capitals: names here are lowercase, write center-lead',
    ]);
  });
  it('language: zh points at zh-CN', () => {
    expect(errors('language: zh\n')[0]!.message).toContain('did you mean zh-CN?');
  });
});
