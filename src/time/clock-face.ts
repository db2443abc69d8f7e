import { wallClock } from './wall-clock.js';

const WEEKDAY_SHORT = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const two = (n: number) => String(n).padStart(2, '0');

/**
 * "Thu 2026-12-03 20:05 Asia/Shanghai": an instant as the people of the policy zone read it, the zone
 * named, so a view never shows a UTC date that falls on another local day.
 */
export function localTime(iso: string, zone: string): string {
  const t = new Date(iso).getTime();
  if (Number.isNaN(t)) throw new RangeError(`"${iso}" is not an instant`);
  const w = wallClock(t, zone);
  return `${WEEKDAY_SHORT[w.weekday]} ${String(w.year).padStart(4, '0')}-${two(w.month)}-${two(w.day)} ${two(w.hour)}:${two(w.minute)} ${zone}`;
}
