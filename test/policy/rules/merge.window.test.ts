import { describe, expect, it } from 'vitest';
import { evaluate } from '../../../src/policy/evaluate.js';
import { edit, REGULAR } from '../../helpers.js';
import { CONFIG, REGULAR_PATH, snapshot } from '../snapshot-fixture.js';

const withConfig = (extra: string) => ({ path: 'c.yml', text: `${CONFIG}${extra}` });
const window = (start: string, end: string) =>
  edit(edit(REGULAR, 'start: 2026-12-03T20:00', `start: ${start}`), 'end: 2026-12-03T22:00', `end: ${end}`);

describe('merge.window', () => {
  it('by default a production document merges on the local day of its window, not a week early or after window.end', () => {
    expect(evaluate(snapshot({ now: '2026-12-02T16:00:00Z' })).outcome).toBe('pass'); // Thursday 00:00
    const late = evaluate(snapshot({ now: '2026-12-03T14:00:00Z' })); // Thursday 22:00, the window's end
    expect(late.findings.map((f) => f.rule)).toEqual(['merge.window']);
    expect(late.findings[0]!.message).toMatch(
      /outside the document's window for merging \(Thursday 2026-12-03 00:00 to Thursday 2026-12-03 22:00/,
    );
    expect(late.findings[0]!.message).toMatch(/window is over .*new window/);
    // A document declaring 2026-12-10 merged on Thursday 2026-12-03.
    const early = evaluate(
      snapshot({
        documents: [
          {
            path: REGULAR_PATH,
            text: edit(
              window('2026-12-10T20:00', '2026-12-10T22:00'),
              'announced_at: 2026-12-02T10:00',
              'announced_at: 2026-12-09T10:00',
            ),
          },
        ],
      }),
    );
    // Its notice (Wednesday 2026-12-09) comes after such a merge too.
    expect(early.findings.map((f) => f.rule)).toEqual(['merge.window', 'notice.lead-time']);
    expect(early.window.nextFlipText).toBe('opens Thursday 2026-12-10 00:00 Asia/Shanghai (in 6 d 14 h)');
  });

  it('merge-window: window (or true) allows the merge only inside [start, end)', () => {
    for (const setting of ['window', 'true']) {
      const before = evaluate(
        snapshot({ now: '2026-12-03T11:00:00Z', config: withConfig(`merge-window: ${setting}\n`) }),
      );
      expect(before.findings.map((f) => f.rule)).toEqual(['merge.window']);
      expect(before.window.nextFlipText).toBe('opens Thursday 2026-12-03 20:00 Asia/Shanghai (in 1 h 0 min)');
      expect(
        evaluate(snapshot({ now: '2026-12-03T12:30:00Z', config: withConfig(`merge-window: ${setting}\n`) })).outcome,
      ).toBe('pass');
    }
  });

  it('a Thursday 22:00–02:00 window is open at Friday 00:30 and says when it closes', () => {
    const doc = window('2026-12-03T22:00', '2026-12-04T02:00');
    const v = evaluate(
      snapshot({
        now: '2026-12-03T16:30:00Z',
        documents: [{ path: REGULAR_PATH, text: doc }],
        config: withConfig('merge-window: window\n'),
      }),
    );
    expect(v.findings).toEqual([]);
    expect(v.window.nextFlipText).toBe('closes Friday 2026-12-04 02:00 Asia/Shanghai (in 1 h 30 min)');
    const after = evaluate(
      snapshot({
        now: '2026-12-03T18:00:00Z',
        documents: [{ path: REGULAR_PATH, text: doc }],
        config: withConfig('merge-window: window\n'),
      }),
    );
    // Friday 02:00: past the window, and Friday is no merge day of its own.
    expect(after.findings.map((f) => f.rule)).toEqual(['merge.weekday']);
    expect(after.window.nextFlipText).toBeUndefined();
  });

  it('several documents need one instant inside all their windows', () => {
    const other = edit(window('2026-12-03T21:00', '2026-12-03T23:00'), 'id: UPG-2026-1203-01', 'id: UPG-2026-1203-02');
    const docs = [
      { path: REGULAR_PATH, text: REGULAR },
      { path: 'upgrades/b.yaml', text: other },
    ];
    const strict = withConfig('merge-window: window\n');
    expect(
      evaluate(
        snapshot({
          now: '2026-12-03T12:30:00Z',
          documents: docs,
          changedFiles: docs.map((d) => d.path),
          config: strict,
        }),
      ).findings.map((f) => f.rule),
    ).toEqual(['merge.window']);
    expect(
      evaluate(
        snapshot({
          now: '2026-12-03T13:30:00Z',
          documents: docs,
          changedFiles: docs.map((d) => d.path),
          config: strict,
        }),
      ).outcome,
    ).toBe('pass');
    const apart = [
      { path: REGULAR_PATH, text: REGULAR },
      {
        path: 'upgrades/b.yaml',
        text: edit(window('2026-12-03T22:00', '2026-12-03T23:00'), 'id: UPG-2026-1203-01', 'id: UPG-2026-1203-02'),
      },
    ];
    const v = evaluate(
      snapshot({
        now: '2026-12-03T13:30:00Z',
        documents: apart,
        changedFiles: apart.map((d) => d.path),
        config: strict,
      }),
    );
    expect(v.findings.map((f) => f.rule)).toEqual(['merge.window']);
    expect(v.findings[0]!.message).toMatch(/no instant in common/);
  });

  it('merge-days: [tuesday, thursday] does not let a Thursday upgrade merge on Tuesday, before its gray test and its notice', () => {
    const config = { path: 'c.yml', text: CONFIG.replace('merge-days: [thursday]', 'merge-days: [tuesday, thursday]') };
    expect(config.text).toContain('merge-days: [tuesday, thursday]');
    const v = evaluate(snapshot({ now: '2026-12-01T02:00:00Z', config })); // Tuesday 10:00; gray test Tuesday 16:00, notice Wednesday 10:00
    expect(v.findings.map((f) => f.rule).sort()).toEqual([
      'gray-test.before-window',
      'merge.window',
      'notice.lead-time',
    ]);
    expect(v.findings.find((f) => f.rule === 'gray-test.before-window')!.message).toMatch(
      /is after the merge at Tuesday 2026-12-01 10:00/,
    );
    expect(v.findings.find((f) => f.rule === 'notice.lead-time')!.message).toMatch(
      /merge no earlier than Wednesday 2026-12-02 22:00/,
    );
  });

  it('merge-window: off leaves only the merge days', () => {
    expect(evaluate(snapshot({ now: '2026-12-03T15:00:00Z', config: withConfig('merge-window: off\n') })).outcome).toBe(
      'pass',
    );
    expect(
      evaluate(snapshot({ now: '2026-12-03T15:00:00Z', config: withConfig('merge-window: false\n') })).outcome,
    ).toBe('pass');
  });

  it('speaks zh-CN', () => {
    const late = evaluate(snapshot({ now: '2026-12-03T14:00:00Z', language: 'zh-CN' }));
    expect(late.findings[0]!.message).toMatch(/不在文档允许合并的时间内.*升级窗口已过.*新编号/);
    const v = evaluate(
      snapshot({
        now: '2026-12-01T02:00:00Z',
        language: 'zh-CN',
        config: { path: 'c.yml', text: CONFIG.replace('merge-days: [thursday]', 'merge-days: [tuesday, thursday]') },
      }),
    );
    expect(v.findings.find((f) => f.rule === 'notice.lead-time')!.message).toContain(
      '请不早于 2026-12-02（周三）22:00 合并',
    );
    expect(v.findings.find((f) => f.rule === 'gray-test.before-window')!.message).toContain(
      '晚于合并时间 2026-12-01（周二）10:00',
    );
  });
});
