import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns';
import { describe, expect, it } from 'vitest';
import { localTime } from '../../src/time/clock-face.js';

// The archive's views render thousands of times with one cached formatter per zone; date-fns with
// @date-fns/tz is the reference they must agree with, DST changes and midnights included.
const ZONES = ['Asia/Shanghai', 'America/New_York', 'Europe/London', 'Australia/Lord_Howe', 'Asia/Kolkata', 'UTC', 'Pacific/Chatham'];
const reference = (iso: string, zone: string) => `${format(new TZDate(new Date(iso).getTime(), zone), 'EEE yyyy-MM-dd HH:mm')} ${zone}`;

describe('localTime', () => {
  it('names the local day, time and zone', () => {
    expect(localTime('2026-12-02T19:00:00Z', 'Asia/Shanghai')).toBe('Thu 2026-12-03 03:00 Asia/Shanghai');
    expect(localTime('2026-12-03T16:00:00Z', 'Asia/Shanghai')).toBe('Fri 2026-12-04 00:00 Asia/Shanghai');
    expect(localTime('2026-03-08T07:30:00Z', 'America/New_York')).toBe('Sun 2026-03-08 03:30 America/New_York');
  });

  it('agrees with date-fns on every hour of two years in zones with and without DST', () => {
    const start = Date.parse('2026-01-01T00:00:00Z');
    for (const zone of ZONES) {
      for (let h = 0; h < 2 * 366 * 24; h += 7) {
        const iso = new Date(start + h * 3_600_000 + (h % 60) * 60_000).toISOString();
        expect(localTime(iso, zone), `${iso} in ${zone}`).toBe(reference(iso, zone));
      }
    }
  });

  it('refuses what is not an instant', () => {
    expect(() => localTime('yesterday', 'UTC')).toThrow(RangeError);
  });
});
