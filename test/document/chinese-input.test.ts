import { describe, expect, it } from 'vitest';
import { isoFromChinese, keyFromChinese, valueFromChinese } from '../../src/document/chinese-input.js';
import { loadUpgradeDocument } from '../../src/document/load-document.js';
import { edit, REGULAR } from '../helpers.js';

describe('dates and times written the Chinese way', () => {
  it.each([
    ['2026年12月3日 20:00', 'local-date-time', '2026-12-03T20:00'],
    ['2026年12月3日星期四 晚上8点', 'local-date-time', '2026-12-03T20:00'],
    ['2026-12-03（周四）下午3点半', 'local-date-time', '2026-12-03T15:30'],
    ['2026/12/3 中午12点', 'local-date-time', '2026-12-03T12:00'],
    ['2026.12.3 中午1点', 'local-date-time', '2026-12-03T13:00'],
    ['2026年12月3日 凌晨12点', 'local-date-time', '2026-12-03T00:00'],
    ['2026年12月3日 20点15分', 'local-date-time', '2026-12-03T20:15'],
    ['2026年12月3日', 'date', '2026-12-03'],
    ['2026年12月3号', 'date-or-local-date-time', '2026-12-03'],
    ['2026年12月3日 9:05', 'date', '2026-12-03'],
  ])('%s (%s) → %s', (text, format, want) => {
    expect(isoFromChinese(text, format)).toBe(want);
  });
  it.each([
    ['2026年12月3日', 'local-date-time'], // no time of day to suggest
    ['2026年13月3日', 'date'],
    ['2026年12月3日 25点', 'local-date-time'],
    ['下周四晚上', 'local-date-time'],
    ['2026-12-03', 'date'], // already right: nothing to suggest
    [42, 'date'],
  ])('%s (%s) → nothing', (text, format) => {
    expect(isoFromChinese(text, format)).toBeUndefined();
  });
});

describe('Chinese words for the schema ids', () => {
  const node = {
    description: 'regular or emergency.\n\nregular（常规升级，在窗口进行）或 emergency（紧急升级，仅限故障）。',
  };
  it('by the names in the Chinese description, exact or unambiguous', () => {
    expect(valueFromChinese('常规升级', node, ['regular', 'emergency'])).toBe('regular');
    expect(valueFromChinese('紧急', node, ['regular', 'emergency'])).toBe('emergency');
    expect(valueFromChinese('升级', node, ['regular', 'emergency'])).toBeUndefined();
    expect(valueFromChinese('regular', node, ['regular', 'emergency'])).toBeUndefined();
  });
  it('keys by the Chinese half of the titles', () => {
    const properties = {
      system: { title: 'System · 系统' },
      type: { title: 'Upgrade type · 升级类型' },
      kind: { title: 'Kind · 类型' },
    };
    expect(keyFromChinese('系统', properties)).toBe('system');
    expect(keyFromChinese('升级类型', properties)).toBe('type');
    expect(keyFromChinese('类型', properties)).toBe('kind');
    expect(keyFromChinese('系统名称', properties)).toBeUndefined();
  });
  it('in English too: the id to write and why', () => {
    const [f] = loadUpgradeDocument(edit(REGULAR, 'type: regular', 'type: 常规升级'), 'upgrades/x.yaml').findings;
    expect(f!.message).toBe(
      'type is "常规升级": the values here are written in English; write regular (one of regular, emergency)',
    );
    const [c] = loadUpgradeDocument(edit(REGULAR, 'system: billing', 'system:billing'), 'upgrades/x.yaml').findings;
    expect(c).toMatchObject({ line: 5, column: 8, rule: 'yaml.syntax' });
    expect(c!.message).toBe(
      'there is no space after the colon of "system", so YAML does not read it as a field: write system: billing',
    );
    const [g] = loadUpgradeDocument(
      edit(REGULAR, 'executor: carol-ops', 'executor: Zhang Wei'),
      'upgrades/x.yaml',
    ).findings;
    expect(g!.message).toBe(
      'people.executor is "Zhang Wei", which is not a GitHub login: write the person\'s GitHub login (letters, digits and hyphens, e.g. zhang-wei), not their name',
    );
  });
});
