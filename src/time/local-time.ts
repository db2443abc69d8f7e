import { TZDate } from '@date-fns/tz';

const LOCAL_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2}))?(Z|[+-]\d{2}:\d{2})?$/;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Fields of a wall-clock date and time, with the offset when one was written. */
export interface LocalDateTimeParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  offset?: string;
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Splits "2026-11-26T20:00[:00][+08:00|Z]" into checked parts; undefined for malformed or impossible values (Feb 30, 24:00). */
export function parseLocalDateTimeParts(text: string): LocalDateTimeParts | undefined {
  const m = LOCAL_DATE_TIME.exec(text);
  if (!m) return undefined;
  const [year, month, day, hour, minute, second] = [m[1], m[2], m[3], m[4], m[5], m[6] ?? '0'].map(Number) as [number, number, number, number, number, number];
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  if (hour > 23 || minute > 59 || second > 59) return undefined;
  if (m[7] && m[7] !== 'Z') {
    const [oh, om] = m[7].slice(1).split(':').map(Number) as [number, number];
    if (oh > 14 || om > 59) return undefined;
  }
  return { year, month, day, hour, minute, second, offset: m[7] };
}

/** True for a real calendar date written as YYYY-MM-DD. */
export function isValidDate(text: string): boolean {
  const m = DATE.exec(text);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return mo >= 1 && mo <= 12 && d >= 1 && d <= daysInMonth(y, mo);
}

// Zone offsets come from Intl and cost microseconds each; rules ask for the same few times repeatedly.
const instants = new Map<string, number | undefined>();

/** The instant a document time names: its own offset when written, else wall-clock time in `zone`. */
export function toInstant(text: string, zone: string): Date | undefined {
  const key = `${zone}|${text}`;
  let ms = instants.get(key);
  if (ms === undefined && !instants.has(key)) {
    const p = parseLocalDateTimeParts(text);
    ms = !p ? undefined : p.offset ? Date.parse(text.replace(' ', 'T')) : new TZDate(p.year, p.month - 1, p.day, p.hour, p.minute, p.second, zone).getTime();
    if (instants.size > 10_000) instants.clear();
    instants.set(key, ms);
  }
  return ms === undefined ? undefined : new Date(ms);
}

/** The instant a calendar date starts (00:00) in `zone`. */
export function startOfDateInZone(text: string, zone: string): Date | undefined {
  if (!isValidDate(text)) return undefined;
  const [y, m, d] = text.split('-').map(Number) as [number, number, number];
  return new Date(new TZDate(y, m - 1, d, 0, 0, 0, zone).getTime());
}

/** True when the runtime's time-zone database knows this IANA zone name. */
export function isKnownTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return zone.length > 0;
  } catch {
    return false;
  }
}
