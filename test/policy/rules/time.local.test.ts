import { describe, expect, it } from 'vitest';
import { check, edit, REGULAR } from '../../helpers.js';

const timeFindings = (text: string, zone: string) =>
  check(text, { 'time-zone': zone }).filter((f) => f.rule === 'time.local');

describe('time.local: a local time the clocks skip or show twice is a finding, never a silent shift', () => {
  it('a window start in the New York spring-forward gap is named at its line with the jump', () => {
    const doc = edit(REGULAR, 'start: 2026-12-03T20:00', 'start: 2026-03-08T02:30');
    const [f, ...rest] = timeFindings(doc, 'America/New_York');
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ severity: 'error', line: 17, column: 10 });
    expect(f!.message).toBe(
      'window.start 2026-03-08T02:30 does not exist in America/New_York: that night the clocks jump from 02:00 to 03:00 (daylight saving time begins); write a time the clock will show, such as 2026-03-08T03:00, or write the offset',
    );
    // No other rule reads a shifted instant from it: window.order would otherwise compare 03:30 with the end.
    expect(check(doc, { 'time-zone': 'America/New_York' }).map((f) => f.rule)).not.toContain('window.order');
  });

  it('an announcement in the Berlin fall-back hour offers both readings with their offsets', () => {
    const doc = edit(REGULAR, 'announced_at: 2026-12-02T10:00', 'announced_at: 2026-10-25T02:30');
    const [f] = timeFindings(doc, 'Europe/Berlin');
    expect(f!.line).toBe(62);
    expect(f!.message).toContain('notification.announced_at 2026-10-25T02:30 happens twice in Europe/Berlin');
    expect(f!.message).toContain('2026-10-25T02:30+02:00 (the first) or 2026-10-25T02:30+01:00 (the second)');
  });

  it('the same time written with an offset, or in a zone without the change, is fine', () => {
    expect(
      timeFindings(
        edit(REGULAR, 'announced_at: 2026-12-02T10:00', 'announced_at: 2026-10-25T02:30+01:00'),
        'Europe/Berlin',
      ),
    ).toEqual([]);
    expect(
      timeFindings(edit(REGULAR, 'announced_at: 2026-12-02T10:00', 'announced_at: 2026-10-25T02:30'), 'Asia/Shanghai'),
    ).toEqual([]);
  });

  it('fractional seconds and Z, as toISOString prints, pass the schema and the rules', () => {
    const doc = edit(
      edit(REGULAR, 'start: 2026-12-03T20:00', 'start: 2026-12-03T12:00:00.000Z'),
      'end: 2026-12-03T22:00',
      'end: "2026-12-03T22:00:00.5+08:00"',
    );
    expect(check(doc)).toEqual([]);
  });
});
