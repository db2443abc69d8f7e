import type { Catalog } from '../messages/index.js';
import type { DayState, FlipFacts } from '../time/policy-calendar.js';

/** Why the production window is open or closed, in the catalog's language. */
export function windowReason(state: DayState, t: Catalog): string {
  switch (state.why) {
    case 'freeze':
      return t['window.in-freeze']({ date: state.date, day: state.day, zone: state.zone, freeze: state.freeze! });
    case 'outside-window':
      return t['window.outside'](state.window!);
    case 'inside-window':
      return t['window.inside'](state.window!);
    case 'windows-apart':
      return t['window.apart'](state.window!);
    case 'not-merge-day':
      return t['window.not-merge-day']({ date: state.date, day: state.day, zone: state.zone });
    default:
      return t['window.merge-day']({ date: state.date, day: state.day, zone: state.zone });
  }
}

/** "opens Thursday 2026-12-03 00:00 Asia/Shanghai (in 4 h 0 min)", in the catalog's language. */
export function flipText(flip: FlipFacts | undefined, t: Catalog): string | undefined {
  return flip ? t['window.flip']({ flip }) : undefined;
}
