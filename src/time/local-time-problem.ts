import type { Catalog } from '../messages/index.js';
import { PLAUSIBLE_YEARS, readDateOrTime, withOffset } from './local-time.js';

/**
 * The message (from catalog `t`) for a written local time (or date) that names no single instant in
 * `zone`, or an implausible year, or undefined when it names one (or is no time at all).
 */
export function localTimeProblem(t: Catalog, field: string, text: string, zone: string): string | undefined {
  const r = readDateOrTime(text, zone, false);
  if (!('problem' in r) || r.problem === 'form') return undefined;
  if (r.problem === 'year') return t['time.year']({ field, text, year: r.year, ...PLAUSIBLE_YEARS });
  if (r.problem === 'gap') return t['time.gap']({ field, text, zone, from: r.from, to: r.to, date: text.slice(0, 10) });
  return t['time.ambiguous']({
    field,
    text,
    zone,
    earlier: withOffset(r.earlier, zone),
    later: withOffset(r.later, zone),
  });
}
