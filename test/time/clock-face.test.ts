import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns';
import { describe, expect, it } from 'vitest';
import { dateIn } from '../../src/time/calendar.js';
import { localTime } from '../../src/time/clock-face.js';

// The archive's views render thousands of times with one cached formatter per zone; date-fns with
// @date-fns/tz is the reference they must agree with, DST changes and midnights included.
const ZONES = [
  'Asia/Shanghai',
  'America/New_York',
  'Europe/London',
  'Australia/Lord_Howe',
  'Asia/Kolkata',
  'UTC',
  'Pacific/Chatham',
];
const reference = (iso: string, zone: string) =>
  `${format(new TZDate(new Date(iso).getTime(), zone), 'EEE yyyy-MM-dd HH:mm')} ${zone}`;

describe('localTime', () => {
  it('names the local day, time and zone', () => {
    expect(localTime('2026-12-02T19:00:00Z', 'Asia/Shanghai')).toBe('Thu 2026-12-03 03:00 Asia/Shanghai');
    expect(localTime('2026-12-03T16:00:00Z', 'Asia/Shanghai')).toBe('Fri 2026-12-04 00:00 Asia/Shanghai');
    expect(localTime('2026-03-08T07:30:00Z', 'America/New_York')).toBe('Sun 2026-03-08 03:30 America/New_York');
  });

  it('agrees with date-fns on every hour of two years in zones with and without DST', () => {
    const start = Date.parse('2026-01-01T00:00:00Z');
    for (const zone of ZONES) {
      for (let h = 0; h < 2 * 366 * 24; h += 13) {
        const iso = new Date(start + h * 3_600_000 + (h % 60) * 60_000).toISOString();
        expect(localTime(iso, zone), `${iso} in ${zone}`).toBe(reference(iso, zone));
        expect(dateIn(new Date(iso), zone)).toBe(format(new TZDate(new Date(iso).getTime(), zone), 'yyyy-MM-dd'));
      }
    }
  });

  it('agrees with date-fns minute by minute around every clock change of 2026 in those zones', () => {
    for (const zone of ZONES) {
      let last = reference('2026-01-01T00:00:00Z', zone).slice(-zone.length - 6, -zone.length - 1);
      // Walk the year in 30-minute steps; where the clock does not move by 30 minutes, a change happened: check each minute around it.
      for (let t = Date.parse('2026-01-01T00:30:00Z'); t < Date.parse('2027-01-01T00:00:00Z'); t += 1_800_000) {
        const now = reference(new Date(t).toISOString(), zone).slice(-zone.length - 6, -zone.length - 1);
        const moved =
          (Date.parse(`1970-01-01T${now}:00Z`) - Date.parse(`1970-01-01T${last}:00Z`) + 86_400_000) % 86_400_000;
        if (moved !== 1_800_000) {
          for (let m = t - 3_600_000; m <= t + 3_600_000; m += 60_000) {
            const iso = new Date(m).toISOString();
            expect(localTime(iso, zone), `${iso} in ${zone}`).toBe(reference(iso, zone));
            expect(dateIn(new Date(m), zone)).toBe(format(new TZDate(m, zone), 'yyyy-MM-dd'));
          }
        }
        last = now;
      }
    }
  });

  it('refuses what is not an instant', () => {
    expect(() => localTime('yesterday', 'UTC')).toThrow(RangeError);
    expect(() => dateIn(new Date(Number.NaN), 'UTC')).toThrow(RangeError);
    expect(() => localTime('2026-12-03T00:00:00Z', 'Asia/Shang_hai')).toThrow(RangeError);
  });
});
