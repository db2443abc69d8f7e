import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns';

/**
 * "Thu 2026-12-03 20:05 Asia/Shanghai": an instant as the people of the policy zone read it, the zone
 * named, so a view never shows a UTC date that falls on another local day.
 */
export function localTime(iso: string, zone: string): string {
  const instant = new Date(iso);
  if (Number.isNaN(instant.getTime())) throw new RangeError(`"${iso}" is not an instant`);
  return `${format(new TZDate(instant.getTime(), zone), 'EEE yyyy-MM-dd HH:mm')} ${zone}`;
}
