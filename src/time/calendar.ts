import { TZDate } from '@date-fns/tz';
import { lightFormat } from 'date-fns';
import { wallClock } from './wall-clock.js';
import { utcTime } from './local-time.js';

/** Weekday names as configuration writes them, indexed like Date#getDay (0 = Sunday). */
export const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'] as const;
/** A weekday name as configuration writes it. */
export type WeekdayName = (typeof WEEKDAYS)[number];

/** The weekday an instant falls on in a time zone. */
export function weekdayIn(instant: Date, zone: string): WeekdayName {
  return WEEKDAYS[wallClock(instant.getTime(), zone).weekday]!;
}

/** The calendar date (YYYY-MM-DD) of an instant in a time zone. */
export function dateIn(instant: Date, zone: string): string {
  const w = wallClock(instant.getTime(), zone);
  return `${String(w.year).padStart(4, '0')}-${String(w.month).padStart(2, '0')}-${String(w.day).padStart(2, '0')}`;
}

/** The policy month (YYYY-MM) of an instant: the calendar month in the policy zone, which budgets and reports count by. */
export function policyMonth(instant: Date, zone: string): string {
  return dateIn(instant, zone).slice(0, 7);
}

/** An instant as people in a zone read it: date, weekday and time of day, for a message to word. */
export interface LocalMoment {
  date: string;
  day: WeekdayName;
  time: string;
}

/** The local date, weekday and HH:mm of an instant in a time zone. */
export function momentIn(instant: Date, zone: string): LocalMoment {
  const local = new TZDate(instant.getTime(), zone);
  return { date: lightFormat(local, 'yyyy-MM-dd'), day: WEEKDAYS[local.getDay()]!, time: lightFormat(local, 'HH:mm') };
}

/** "Thursday" from "thursday". */
export function capitalize(name: string): string {
  return name.charAt(0).toUpperCase() + name.slice(1);
}

/** The first date on or after an instant's date (in `zone`) that falls on one of `days`, with its weekday. */
export function nextAllowedDay(
  instant: Date,
  zone: string,
  days: readonly string[],
): { date: string; day: WeekdayName } {
  const d = new TZDate(instant.getTime(), zone);
  // The zone decides the starting date only: the weekday of a calendar date is the same everywhere,
  // so the following dates are counted in plain calendar arithmetic.
  const at = (i: number) => {
    const c = new Date(utcTime(d.getFullYear(), d.getMonth(), d.getDate() + i));
    return { date: c.toISOString().slice(0, 10), day: WEEKDAYS[c.getUTCDay()]! };
  };
  for (let i = 0; i < 7; i++) {
    const candidate = at(i);
    if (days.includes(candidate.day)) return candidate;
  }
  return at(0);
}
