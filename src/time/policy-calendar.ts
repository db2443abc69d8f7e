import { TZDate } from '@date-fns/tz';
import { dateIn, momentIn, type LocalMoment, type WeekdayName, weekdayIn } from './calendar.js';
import { readDateOrTime } from './local-time.js';

/** The calendar facts that decide whether a production merge may happen at an instant. */
export interface CalendarPolicy {
  zone: string;
  mergeDays: readonly string[];
  freezes: ReadonlyArray<{ name: string; from: string; to: string }>;
  /**
   * The documents' common window, when merges are tied to it: allowed inside [start, end), where start
   * is the latest opening (a declared start, or the local midnight of its day) and end the earliest
   * window.end. The merge day is the day the window starts (`declaredStart`, the latest declared start),
   * so a window across midnight stays open past it.
   */
  window?: { start: Date; end: Date; declaredStart: Date };
}

/** Why the window is open or closed at an instant. */
export type DayReason = 'merge-day' | 'not-merge-day' | 'freeze' | 'inside-window' | 'outside-window' | 'windows-apart';

/** Whether merging is allowed at an instant, and the facts a message needs to say why. */
export interface DayState {
  open: boolean;
  why: DayReason;
  /** The instant's local date and weekday in the policy zone. */
  date: string;
  day: WeekdayName;
  zone: string;
  /** The freeze the date falls in. */
  freeze?: { name: string; from: string; to: string };
  /** With the merge tied to the documents' window: the instant and that window, in local time. */
  window?: { at: LocalMoment; start: LocalMoment; end: LocalMoment };
}

/** Whether an instant is inside a freeze: a date covers its whole day in the zone, a time is exact (to is exclusive). */
export function inFreeze(instant: Date, freeze: { from: string; to: string }, zone: string): boolean {
  const from = readDateOrTime(freeze.from, zone, false);
  const to = readDateOrTime(freeze.to, zone, true);
  return 'instant' in from && 'instant' in to && from.instant <= instant && instant < to.instant;
}

/** Local midnight (in `zone`) of the day an instant falls on. */
export function startOfLocalDay(instant: Date, zone: string): Date {
  const d = new TZDate(instant.getTime(), zone);
  return new Date(new TZDate(d.getFullYear(), d.getMonth(), d.getDate(), 0, 0, 0, zone).getTime());
}

/** The state of the production window at an instant. */
export function stateAt(instant: Date, policy: CalendarPolicy): DayState {
  const { zone } = policy;
  const freeze = policy.freezes.find((f) => inFreeze(instant, f, zone));
  const here = { date: dateIn(instant, zone), day: weekdayIn(instant, zone), zone };
  if (freeze)
    return { ...here, open: false, why: 'freeze', freeze: { name: freeze.name, from: freeze.from, to: freeze.to } };
  const w = policy.window;
  if (!w)
    return policy.mergeDays.includes(here.day)
      ? { ...here, open: true, why: 'merge-day' }
      : { ...here, open: false, why: 'not-merge-day' };
  const window = { at: momentIn(instant, zone), start: momentIn(w.start, zone), end: momentIn(w.end, zone) };
  if (w.start >= w.end) return { ...here, open: false, why: 'windows-apart', window };
  if (instant < w.start || instant >= w.end)
    return policy.mergeDays.includes(here.day)
      ? { ...here, open: false, why: 'outside-window', window }
      : { ...here, open: false, why: 'not-merge-day' };
  // Inside the window: the day that counts is the one it starts on, past midnight too.
  const starts = { date: dateIn(w.declaredStart, zone), day: weekdayIn(w.declaredStart, zone), zone };
  return policy.mergeDays.includes(starts.day)
    ? { ...here, open: true, why: 'inside-window', window }
    : { ...starts, open: false, why: 'not-merge-day' };
}

/** The next instant after `now` at which the window opens or closes, within about a year. */
export function nextFlip(now: Date, policy: CalendarPolicy): Date | undefined {
  const current = stateAt(now, policy).open;
  const local = new TZDate(now.getTime(), policy.zone);
  const candidates: number[] = [];
  for (let i = 1; i <= 400; i++)
    candidates.push(
      new TZDate(local.getFullYear(), local.getMonth(), local.getDate() + i, 0, 0, 0, policy.zone).getTime(),
    );
  if (policy.window) candidates.push(policy.window.start.getTime(), policy.window.end.getTime());
  candidates.sort((a, b) => a - b);
  for (const t of candidates) {
    if (t <= now.getTime()) continue;
    if (stateAt(new Date(t), policy).open !== current) return new Date(t);
  }
  return undefined;
}

/** The next change of the window as a message words it: opens or closes, when (local), and in how many minutes. */
export interface FlipFacts {
  opens: boolean;
  at: LocalMoment;
  zone: string;
  minutes: number;
}

/** The facts of a flip at `flip`, seen from `now`. */
export function flipFacts(now: Date, flip: Date, opens: boolean, zone: string): FlipFacts {
  return {
    opens,
    at: momentIn(flip, zone),
    zone,
    minutes: Math.max(0, Math.round((flip.getTime() - now.getTime()) / 60_000)),
  };
}
