/** An instant's wall clock in a zone: calendar fields as the people of the zone read them. */
export interface WallClock {
  year: number;
  /** 1-12. */
  month: number;
  day: number;
  hour: number;
  minute: number;
  /** 0 = Sunday, like Date#getUTCDay. */
  weekday: number;
}

const DAY = 86_400_000;
const formatters = new Map<string, Intl.DateTimeFormat>();
// The offset at the start of each UTC day, per zone: a day that starts with the same offset as the
// next one has no clock change, so every instant in it takes that offset without asking the time-zone
// database again (neighbouring days share the lookup between them).
const dayStarts = new Map<string, Map<number, number>>();

function formatterOf(zone: string): Intl.DateTimeFormat {
  let f = formatters.get(zone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
      hourCycle: 'h23',
      era: 'short',
    });
    formatters.set(zone, f);
  }
  return f;
}

/** The zone's offset from UTC at an instant, in milliseconds, from the time-zone database. */
function offsetAt(t: number, zone: string): number {
  const p: Record<string, string> = {};
  for (const part of formatterOf(zone).formatToParts(t)) p[part.type] = part.value;
  const year = p.era === 'BC' || p.era === 'B' ? 1 - Number(p.year) : Number(p.year);
  // Date.UTC reads years 0-99 as 1900-1999: set the full year explicitly.
  const d = new Date(0);
  d.setUTCFullYear(year, Number(p.month) - 1, Number(p.day));
  d.setUTCHours(Number(p.hour), Number(p.minute), Number(p.second));
  const wall = d.getTime();
  return wall - (t - (((t % 1000) + 1000) % 1000));
}

function dayStartOffset(days: Map<number, number>, day: number, zone: string): number {
  let offset = days.get(day);
  if (offset === undefined) days.set(day, (offset = offsetAt(day * DAY, zone)));
  return offset;
}

/** The zone's offset at an instant, asking the database about once per UTC day and zone (and at the instant on a day the clocks change). */
export function zoneOffset(t: number, zone: string): number {
  let days = dayStarts.get(zone);
  if (!days) dayStarts.set(zone, (days = new Map()));
  const day = Math.floor(t / DAY);
  const start = dayStartOffset(days, day, zone);
  return start === dayStartOffset(days, day + 1, zone) ? start : offsetAt(t, zone);
}

/** The wall clock of an instant in a zone (an unknown zone throws a RangeError, as Intl does). */
export function wallClock(t: number, zone: string): WallClock {
  const d = new Date(t + zoneOffset(t, zone));
  return {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    hour: d.getUTCHours(),
    minute: d.getUTCMinutes(),
    weekday: d.getUTCDay(),
  };
}
