/** One formatter per zone: archive-wide views format thousands of instants in the same zone. */
const faces = new Map<string, Intl.DateTimeFormat>();

function faceOf(zone: string): Intl.DateTimeFormat {
  let f = faces.get(zone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', { timeZone: zone, weekday: 'short', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
    faces.set(zone, f);
  }
  return f;
}

/**
 * "Thu 2026-12-03 20:05 Asia/Shanghai": an instant as the people of the policy zone read it, the zone
 * named, so a view never shows a UTC date that falls on another local day.
 */
export function localTime(iso: string, zone: string): string {
  const instant = new Date(iso);
  if (Number.isNaN(instant.getTime())) throw new RangeError(`"${iso}" is not an instant`);
  const part: Record<string, string> = {};
  for (const p of faceOf(zone).formatToParts(instant)) part[p.type] = p.value;
  return `${part.weekday} ${part.year!.padStart(4, '0')}-${part.month}-${part.day} ${part.hour}:${part.minute} ${zone}`;
}
