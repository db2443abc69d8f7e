import { TZDate } from '@date-fns/tz';
import { capitalize, dateIn, describeInstant, weekdayIn } from './calendar.js';
import { readDateOrTime } from './local-time.js';

/** The calendar facts that decide whether a production merge may happen at an instant. */
export interface CalendarPolicy {
  zone: string;
  mergeDays: readonly string[];
  freezes: ReadonlyArray<{ name: string; from: string; to: string }>;
  /** When set, merges are allowed only inside [start, end). */
  window?: { start: Date; end: Date };
}

/** Whether merging is allowed at an instant, and the plain reason. */
export interface DayState {
  open: boolean;
  reason: string;
  freeze?: string;
}

/** Whether an instant is inside a freeze: a date covers its whole day in the zone, a time is exact (to is exclusive). */
export function inFreeze(instant: Date, freeze: { from: string; to: string }, zone: string): boolean {
  const from = readDateOrTime(freeze.from, zone, false);
  const to = readDateOrTime(freeze.to, zone, true);
  return 'instant' in from && 'instant' in to && from.instant <= instant && instant < to.instant;
}

/** The state of the production window at an instant. */
export function stateAt(instant: Date, policy: CalendarPolicy): DayState {
  const date = dateIn(instant, policy.zone);
  const day = weekdayIn(instant, policy.zone);
  const freeze = policy.freezes.find((f) => inFreeze(instant, f, policy.zone));
  const when = `${capitalize(day)} ${date} in ${policy.zone}`;
  if (freeze) return { open: false, reason: `${when} is inside the freeze "${freeze.name}" (${freeze.from} to ${freeze.to})`, freeze: freeze.name };
  if (!policy.mergeDays.includes(day)) return { open: false, reason: `${when} is not a production merge day` };
  if (policy.window && (instant < policy.window.start || instant >= policy.window.end)) {
    return { open: false, reason: `${describeInstant(instant, policy.zone)} is outside the document's window (${describeInstant(policy.window.start, policy.zone)} to ${describeInstant(policy.window.end, policy.zone)})` };
  }
  return { open: true, reason: `${when} is a production merge day` };
}

/** The next instant after `now` at which the window opens or closes, within about a year. */
export function nextFlip(now: Date, policy: CalendarPolicy): Date | undefined {
  const current = stateAt(now, policy).open;
  const local = new TZDate(now.getTime(), policy.zone);
  const candidates: number[] = [];
  for (let i = 1; i <= 400; i++) candidates.push(new TZDate(local.getFullYear(), local.getMonth(), local.getDate() + i, 0, 0, 0, policy.zone).getTime());
  if (policy.window) candidates.push(policy.window.start.getTime(), policy.window.end.getTime());
  candidates.sort((a, b) => a - b);
  for (const t of candidates) {
    if (t <= now.getTime()) continue;
    if (stateAt(new Date(t), policy).open !== current) return new Date(t);
  }
  return undefined;
}

/** "7 h 12 min", "3 d 4 h", "45 min" for a positive duration. */
export function describeDuration(ms: number): string {
  const minutes = Math.max(0, Math.round(ms / 60_000));
  const d = Math.floor(minutes / 1440);
  const h = Math.floor((minutes % 1440) / 60);
  const m = minutes % 60;
  if (d > 0) return `${d} d ${h} h`;
  if (h > 0) return `${h} h ${m} min`;
  return `${m} min`;
}

/** "opens Thursday 2026-11-26 00:00 Asia/Shanghai (in 7 h 12 min)". */
export function describeFlip(now: Date, flip: Date, opens: boolean, zone: string): string {
  return `${opens ? 'opens' : 'closes'} ${describeInstant(flip, zone)} ${zone} (in ${describeDuration(flip.getTime() - now.getTime())})`;
}
