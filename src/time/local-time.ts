import { TZDate, tzOffset } from '@date-fns/tz';
import { lightFormat } from 'date-fns';

// The one reading of a written time, for documents, configuration and every CLI option:
// RFC 3339 / ISO 8601 extended form, "T", "t" or a space between date and time, optional seconds and
// fraction (dot or comma), optional offset (Z, +08:00, +0800, +08).
const DATE_TIME =
  /^(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?(?:([Zz])|([+-])(\d{2})(?::?(\d{2}))?)?$/;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Fields of a written date and time; `offsetMinutes` only when an offset was written. */
export interface LocalDateTimeParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  millisecond: number;
  offsetMinutes?: number;
}

/**
 * Date.UTC for every year: Date.UTC itself reads years 0-99 as 1900-1999 (so 0050-12-03 would be a
 * day of 1950), while setUTCFullYear takes the year as written.
 */
export function utcTime(year: number, month0: number, day: number, hour = 0, minute = 0, second = 0, ms = 0): number {
  const d = new Date(0);
  d.setUTCFullYear(year, month0, day);
  d.setUTCHours(hour, minute, second, ms);
  return d.getTime();
}

/** The years a written time may name: anything outside is a typing mistake (0050 for 2050), never a date to compute with. */
export const PLAUSIBLE_YEARS = { first: 2000, last: 2999 } as const;

/** Whether a year is one a document or a command line may name (see PLAUSIBLE_YEARS). */
export function plausibleYear(year: number): boolean {
  return year >= PLAUSIBLE_YEARS.first && year <= PLAUSIBLE_YEARS.last;
}

function daysInMonth(year: number, month: number): number {
  return new Date(utcTime(year, month, 0)).getUTCDate();
}

/** Splits a written date-time into checked parts; undefined for malformed or impossible values (Feb 30, 24:00, +15:00). */
export function parseLocalDateTimeParts(text: string): LocalDateTimeParts | undefined {
  const m = DATE_TIME.exec(text);
  if (!m) return undefined;
  const [year, month, day, hour, minute, second] = [m[1], m[2], m[3], m[4], m[5], m[6] ?? '0'].map(Number) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  if (hour > 23 || minute > 59 || second > 59) return undefined;
  // Finer than a millisecond is dropped: no rule is decided below a minute.
  const millisecond = m[7] ? Number(m[7].slice(0, 3).padEnd(3, '0')) : 0;
  let offsetMinutes: number | undefined;
  if (m[8]) offsetMinutes = 0;
  else if (m[9]) {
    const oh = Number(m[10]);
    const om = Number(m[11] ?? '0');
    if (oh > 14 || om > 59 || oh * 60 + om > 14 * 60) return undefined;
    offsetMinutes = (m[9] === '-' ? -1 : 1) * (oh * 60 + om);
  }
  return { year, month, day, hour, minute, second, millisecond, offsetMinutes };
}

/** True for a real calendar date written as YYYY-MM-DD. */
export function isValidDate(text: string): boolean {
  const m = DATE.exec(text);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return mo >= 1 && mo <= 12 && d >= 1 && d <= daysInMonth(y, mo);
}

/** How a written time reads in a zone: one instant, or why there is none. */
export type TimeReading =
  | { instant: Date }
  | { problem: 'form' }
  /** A well-formed time whose year is outside PLAUSIBLE_YEARS (0050, 1026, 9999). */
  | { problem: 'year'; year: number }
  /** A local time inside a spring-forward gap: at `at` the clocks jump from `from` to `to` (both HH:mm). */
  | { problem: 'gap'; at: Date; from: string; to: string }
  /** A local time the clocks show twice (fall-back): `earlier` and `later` are both instants it may name. */
  | { problem: 'ambiguous'; earlier: Date; later: Date };

/**
 * The local wall-clock time (given as milliseconds of the same fields read as UTC) in `zone`:
 * tries the offsets in force a day either side, which are the only candidates at any DST change.
 */
function resolveWallClock(wall: number, zone: string): TimeReading {
  const DAY = 86_400_000;
  const offsets = [...new Set([tzOffset(zone, new Date(wall - DAY)), tzOffset(zone, new Date(wall + DAY))])];
  const fits = offsets.map((o) => wall - o * 60_000).filter((t) => tzOffset(zone, new Date(t)) * 60_000 === wall - t);
  const unique = [...new Set(fits)].sort((a, b) => a - b);
  if (unique.length === 1) return { instant: new Date(unique[0]!) };
  if (unique.length > 1)
    return { problem: 'ambiguous', earlier: new Date(unique[0]!), later: new Date(unique[unique.length - 1]!) };
  // In a gap: find the jump between the two readings (a few halvings to the second) to name it.
  const [a, b] = offsets.sort((x, y) => x - y) as [number, number];
  let lo = wall - b * 60_000;
  let hi = wall - a * 60_000;
  while (hi - lo > 1000) {
    const mid = lo + Math.floor((hi - lo) / 2000) * 1000;
    if (tzOffset(zone, new Date(mid)) === a) lo = mid;
    else hi = mid;
  }
  const hhmm = (ms: number) => new Date(ms).toISOString().slice(11, 16);
  return { problem: 'gap', at: new Date(hi), from: hhmm(hi + a * 60_000), to: hhmm(hi + b * 60_000) };
}

/** An instant as the policy zone's wall clock with its offset, e.g. 2026-11-01T01:30-04:00: an unambiguous way to write it. */
export function withOffset(instant: Date, zone: string): string {
  // The offset as date-fns's "xxx" writes it (+00:00, never Z), from the same zone data as the wall clock.
  const minutes = Math.round(tzOffset(zone, instant));
  const offset = `${minutes < 0 ? '-' : '+'}${String(Math.trunc(Math.abs(minutes) / 60)).padStart(2, '0')}:${String(Math.abs(minutes) % 60).padStart(2, '0')}`;
  return `${lightFormat(new TZDate(instant.getTime(), zone), "yyyy-MM-dd'T'HH:mm")}${offset}`;
}

const readings = new Map<string, TimeReading>();

/** Reads a written date-time: with an offset it names that instant; without one it is wall-clock time in `zone`. */
export function readTime(text: string, zone: string): TimeReading {
  // Zone offsets come from Intl and cost microseconds each; rules ask for the same few times repeatedly.
  const key = `${zone}|${text}`;
  let reading = readings.get(key);
  if (!reading) {
    const p = parseLocalDateTimeParts(text);
    if (!p) reading = { problem: 'form' };
    else if (!plausibleYear(p.year)) reading = { problem: 'year', year: p.year };
    else {
      const wall = utcTime(p.year, p.month - 1, p.day, p.hour, p.minute, p.second, p.millisecond);
      reading =
        p.offsetMinutes !== undefined
          ? { instant: new Date(wall - p.offsetMinutes * 60_000) }
          : resolveWallClock(wall, zone);
    }
    if (readings.size > 10_000) readings.clear();
    readings.set(key, reading);
  }
  return 'instant' in reading ? { instant: new Date(reading.instant.getTime()) } : reading;
}

/** The instant a document time names, or undefined when it names none (malformed, in a DST gap, or ambiguous). */
export function toInstant(text: string, zone: string): Date | undefined {
  const r = readTime(text, zone);
  return 'instant' in r ? r.instant : undefined;
}

const dayStarts = new Map<string, Date | null>();

/** The instant a calendar date starts in `zone` (00:00, or the first minute after a midnight DST gap). */
export function startOfDateInZone(text: string, zone: string): Date | undefined {
  // Cached as readTime is: documents of one run name the same few dates.
  const key = `${zone}|${text}`;
  let start = dayStarts.get(key);
  if (start === undefined) {
    start = null;
    if (isValidDate(text)) {
      const [y, m, d] = text.split('-').map(Number) as [number, number, number];
      const r = resolveWallClock(utcTime(y, m - 1, d), zone);
      start = 'instant' in r ? r.instant : r.problem === 'gap' ? r.at : r.problem === 'ambiguous' ? r.earlier : null;
    }
    if (dayStarts.size > 10_000) dayStarts.clear();
    dayStarts.set(key, start);
  }
  return start ? new Date(start.getTime()) : undefined;
}

/**
 * A bound written as a date or a date-time (the CLI's --since/--until): a date covers the whole day
 * in `zone`, so `end` moves a date to the start of the next day.
 */
export function readDateOrTime(text: string, zone: string, end: boolean): TimeReading {
  if (isValidDate(text)) {
    const year = Number(text.slice(0, 4));
    if (!plausibleYear(year)) return { problem: 'year', year };
    if (!end) return { instant: startOfDateInZone(text, zone)! };
    const next = new TZDate(`${text}T12:00:00Z`, 'UTC');
    next.setUTCDate(next.getUTCDate() + 1);
    return { instant: startOfDateInZone(next.toISOString().slice(0, 10), zone)! };
  }
  return readTime(text, zone);
}
