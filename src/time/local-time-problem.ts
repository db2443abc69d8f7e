import type { Catalog } from '../messages/index.js';
import { readTime, withOffset } from './local-time.js';

/** The message (from catalog `t`) for a written local time that names no single instant in `zone`, or undefined when it names one (or is no time at all). */
export function localTimeProblem(t: Catalog, field: string, text: string, zone: string): string | undefined {
  const r = readTime(text, zone);
  if (!('problem' in r) || r.problem === 'form') return undefined;
  if (r.problem === 'gap') return t['time.gap']({ field, text, zone, from: r.from, to: r.to, date: text.slice(0, 10) });
  return t['time.ambiguous']({
    field,
    text,
    zone,
    earlier: withOffset(r.earlier, zone),
    later: withOffset(r.later, zone),
  });
}
