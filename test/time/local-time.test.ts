import { describe, expect, it } from 'vitest';
import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns';
import { momentIn, nextAllowedDay } from '../../src/time/calendar.js';
import {
  parseLocalDateTimeParts,
  readDateOrTime,
  readTime,
  toInstant,
  utcTime,
  withOffset,
} from '../../src/time/local-time.js';

const iso = (t: string, zone: string) => toInstant(t, zone)?.toISOString();

describe('readTime: one reading of every written time', () => {
  it.each([
    ['2026-12-03T12:10:00.000Z', 'Asia/Shanghai', '2026-12-03T12:10:00.000Z'],
    ['2026-12-03T12:10:00.123456789Z', 'Asia/Shanghai', '2026-12-03T12:10:00.123Z'],
    ['2026-12-03t12:10:00z', 'Asia/Shanghai', '2026-12-03T12:10:00.000Z'],
    ['2026-12-03T20:00', 'Asia/Shanghai', '2026-12-03T12:00:00.000Z'],
    ['2026-12-03 20:00:30', 'Asia/Shanghai', '2026-12-03T12:00:30.000Z'],
    ['2026-12-03T20:00:00,5+08:00', 'UTC', '2026-12-03T12:00:00.500Z'],
    ['2026-12-03T20:00+0800', 'UTC', '2026-12-03T12:00:00.000Z'],
    ['2026-12-03T20:00+08', 'UTC', '2026-12-03T12:00:00.000Z'],
    ['2026-12-03T07:00-05:00', 'Asia/Shanghai', '2026-12-03T12:00:00.000Z'],
    ['2026-12-03T20:00:00.000+05:45', 'UTC', '2026-12-03T14:15:00.000Z'],
  ])('%s in %s is %s', (text, zone, expected) => {
    expect(iso(text, zone)).toBe(expected);
  });

  it('reads what Date#toISOString prints as the same instant', () => {
    const now = new Date(Date.UTC(2026, 11, 3, 12, 10, 0, 7));
    expect(iso(now.toISOString(), 'Europe/Berlin')).toBe(now.toISOString());
  });

  it.each([
    '2026-02-30T20:00',
    '2026-12-03T24:00',
    '2026-12-03T20:60',
    '2026-12-03T20:00:60',
    '2026-12-03T20:00+15:00',
    '2026-12-03',
    'next thursday',
    '2026-12-3T20:00',
    '2026-12-03T20:00:00.Z',
  ])('%s is not a time', (text) => {
    expect(readTime(text, 'UTC')).toEqual({ problem: 'form' });
  });

  it('a local time in the spring-forward gap is named, never shifted (New York)', () => {
    const r = readTime('2026-03-08T02:30', 'America/New_York');
    expect(r).toMatchObject({ problem: 'gap', from: '02:00', to: '03:00' });
    expect('at' in r && r.at.toISOString()).toBe('2026-03-08T07:00:00.000Z');
    expect(toInstant('2026-03-08T02:30', 'America/New_York')).toBeUndefined();
    expect(iso('2026-03-08T03:30', 'America/New_York')).toBe('2026-03-08T07:30:00.000Z');
  });

  it('a local time in the gap is named (Berlin)', () => {
    expect(readTime('2026-03-29T02:15', 'Europe/Berlin')).toMatchObject({ problem: 'gap', from: '02:00', to: '03:00' });
  });

  it('an ambiguous fall-back time gives both instants, written with their offsets', () => {
    const r = readTime('2026-11-01T01:30', 'America/New_York');
    expect(r).toMatchObject({ problem: 'ambiguous' });
    if (!('earlier' in r)) throw new Error('not ambiguous');
    expect(withOffset(r.earlier, 'America/New_York')).toBe('2026-11-01T01:30-04:00');
    expect(withOffset(r.later, 'America/New_York')).toBe('2026-11-01T01:30-05:00');
    expect(readTime('2026-10-25T02:30', 'Europe/Berlin')).toMatchObject({ problem: 'ambiguous' });
    // With an offset the same wall time is one instant.
    expect(iso('2026-11-01T01:30-05:00', 'America/New_York')).toBe('2026-11-01T06:30:00.000Z');
  });

  it('a date bound covers the whole day in the zone', () => {
    const since = readDateOrTime('2026-12-31', 'Asia/Shanghai', false);
    const until = readDateOrTime('2026-12-31', 'Asia/Shanghai', true);
    expect('instant' in since && since.instant.toISOString()).toBe('2026-12-30T16:00:00.000Z');
    expect('instant' in until && until.instant.toISOString()).toBe('2026-12-31T16:00:00.000Z');
    const t = readDateOrTime('2026-12-31T08:00:00.000Z', 'Asia/Shanghai', true);
    expect('instant' in t && t.instant.toISOString()).toBe('2026-12-31T08:00:00.000Z');
  });
});

describe('withOffset and momentIn write what date-fns format writes', () => {
  // date-fns's format (with its locale) is the reference; the code writes these fixed numeric forms with lightFormat.
  const zones = [
    'UTC',
    'Asia/Shanghai',
    'America/New_York',
    'Europe/London',
    'Asia/Kolkata',
    'Australia/Lord_Howe',
    'America/St_Johns',
    'Pacific/Chatham',
    'Asia/Kathmandu',
  ];
  const instants = Array.from(
    { length: 60 },
    (_, i) => new Date(Date.UTC(2026, 0, 1) + i * 6.1 * 86_400_000 + i * 997_000),
  );
  instants.push(
    new Date('2026-03-08T06:59:59Z'),
    new Date('2026-03-08T07:00:00Z'),
    new Date('2026-11-01T05:30:00Z'),
    new Date('1969-12-31T23:59:00Z'),
  );

  it.each(zones)('%s', (zone) => {
    for (const instant of instants) {
      const local = new TZDate(instant.getTime(), zone);
      expect(withOffset(instant, zone)).toBe(format(local, "yyyy-MM-dd'T'HH:mmxxx"));
      expect(momentIn(instant, zone)).toMatchObject({
        date: format(local, 'yyyy-MM-dd'),
        time: format(local, 'HH:mm'),
      });
    }
  });
});

describe('years 0000-0099 are those years, never 1900-1999; implausible years are refused', () => {
  it('dates of such years are computed as written', () => {
    // 0000 is a leap year (divisible by 400), 1900 is not.
    expect(parseLocalDateTimeParts('0000-02-29T10:00')).toBeDefined();
    expect(utcTime(50, 11, 3)).toBe(Date.parse('0050-12-03T00:00:00Z'));
    expect(new Date(utcTime(50, 11, 3)).getUTCFullYear()).toBe(50);
    const at = new Date(Date.parse('0050-12-03T12:00:00Z'));
    // 0050-12-03 is a Saturday (1950-12-03 was a Sunday): the next Thursday is the 8th.
    expect(nextAllowedDay(at, 'UTC', ['thursday'])).toEqual({ date: '0050-12-08', day: 'thursday' });
  });

  it.each(['0050-12-03T20:00', '1999-12-31T23:59', '3000-01-01T00:00', '0001-01-01T00:00Z'])(
    '%s reads as no instant, naming its year',
    (text) => {
      const r = readTime(text, 'Asia/Shanghai');
      expect(r).toEqual({ problem: 'year', year: Number(text.slice(0, 4)) });
      expect(toInstant(text, 'Asia/Shanghai')).toBeUndefined();
    },
  );

  it('a bare date of such a year too; 2000 and 2999 are read', () => {
    expect(readDateOrTime('0050-12-03', 'Asia/Shanghai', false)).toEqual({ problem: 'year', year: 50 });
    expect('instant' in readTime('2000-01-01T00:00', 'UTC')).toBe(true);
    expect('instant' in readTime('2999-12-31T23:59', 'UTC')).toBe(true);
  });
});
