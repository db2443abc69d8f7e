import { getAllTimezones, getTimezone } from 'countries-and-timezones';

/** Why a written time zone is refused, and the canonical IANA name the writer most likely meant. */
export interface ZoneAdvice {
  /** The canonical name to write instead ("" when no single zone fits). */
  meant: string;
  /** Other canonical names the same text may stand for elsewhere. */
  others: string[];
  /** What the written name is. */
  why: 'abbreviation' | 'alias' | 'offset' | 'unknown';
  /** What the tz database itself reads the name as, when that differs from what was meant ("" otherwise). */
  database: string;
}

// Abbreviations and nicknames people write for a zone, by what the writer means: the tz database
// reads several of them differently (CST is America/Chicago there, EST is Panama), and a Chinese ops
// team writing CST means China Standard Time.
const MEANT: Record<string, [string, ...string[]]> = {
  CST: ['Asia/Shanghai', 'America/Chicago'],
  CDT: ['America/Chicago'],
  EST: ['America/New_York'],
  EDT: ['America/New_York'],
  EST5EDT: ['America/New_York'],
  MST: ['America/Denver', 'America/Phoenix'],
  MDT: ['America/Denver'],
  PST: ['America/Los_Angeles'],
  PDT: ['America/Los_Angeles'],
  IST: ['Asia/Kolkata', 'Asia/Jerusalem', 'Europe/Dublin'],
  BST: ['Europe/London'],
  GMT: ['Europe/London', 'Etc/UTC'],
  CET: ['Europe/Berlin', 'Europe/Paris'],
  CEST: ['Europe/Berlin', 'Europe/Paris'],
  MET: ['Europe/Berlin', 'Europe/Paris'],
  EET: ['Europe/Athens', 'Europe/Helsinki'],
  WET: ['Europe/Lisbon'],
  HKT: ['Asia/Hong_Kong'],
  JST: ['Asia/Tokyo'],
  KST: ['Asia/Seoul'],
  SGT: ['Asia/Singapore'],
  AEST: ['Australia/Sydney'],
  BEIJING: ['Asia/Shanghai'],
  'ASIA/BEIJING': ['Asia/Shanghai'],
  CHINA: ['Asia/Shanghai'],
};

// UTC is the one alias kept: it names no place and nobody misreads it.
const ACCEPTED_ALIASES = new Set(['UTC']);

const OFFSET = /^(?:UTC|GMT)?\s*([+-])(\d{1,2})(?::?(\d{2}))?$/i;

/** A canonical zone whose clock is the fixed offset (in minutes) all year, preferring the one a Chinese team means for +8. */
function zoneAtOffset(minutes: number): string | undefined {
  if (minutes === 480) return 'Asia/Shanghai';
  const zones = Object.values(getAllTimezones());
  return (
    zones.find((z) => z.utcOffset === minutes && z.dstOffset === minutes && z.countries.length > 0)?.name ??
    zones.find((z) => z.utcOffset === minutes && z.countries.length > 0)?.name
  );
}

// A policy, and every record of an archive, names one zone again and again: each name is asked once.
const knownZones = new Map<string, boolean>();

/** True when the runtime's time-zone database knows this zone name. */
export function isKnownTimeZone(zone: string): boolean {
  let known = knownZones.get(zone);
  if (known === undefined) {
    try {
      new Intl.DateTimeFormat('en-US', { timeZone: zone });
      known = zone.length > 0;
    } catch {
      known = false;
    }
    knownZones.set(zone, known);
  }
  return known;
}

/** Undefined for a canonical IANA zone name the runtime knows; otherwise what is wrong and the name meant. */
export function adviseTimeZone(zone: string): ZoneAdvice | undefined {
  const names = MEANT[zone.toUpperCase()];
  if (names) {
    const [meant, ...others] = names;
    const known = isKnownTimeZone(zone)
      ? new Intl.DateTimeFormat('en-US', { timeZone: zone }).resolvedOptions().timeZone
      : undefined;
    const database = known ? (getTimezone(known)?.aliasOf ?? known) : undefined;
    return {
      meant,
      others,
      why: known ? 'abbreviation' : 'unknown',
      database: database && database !== meant ? database : '',
    };
  }
  const offset = OFFSET.exec(zone.trim());
  if (offset) {
    const minutes = (offset[1] === '-' ? -1 : 1) * (Number(offset[2]) * 60 + Number(offset[3] ?? '0'));
    return { meant: zoneAtOffset(minutes) ?? '', others: [], why: 'offset', database: '' };
  }
  const info = getTimezone(zone);
  if (info?.aliasOf && !ACCEPTED_ALIASES.has(zone))
    return { meant: info.aliasOf, others: [], why: 'alias', database: '' };
  if (!isKnownTimeZone(zone)) return { meant: '', others: [], why: 'unknown', database: '' };
  return undefined;
}
