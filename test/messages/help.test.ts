import { describe, expect, it } from 'vitest';
import { helpText, type HelpTopic } from '../../src/messages/help.js';

const TOPICS: HelpTopic[] = ['main', 'validate', 'simulate', 'owners', 'verify', 'report'];
const CJK = /[\u3400-\u9fff]/;
/** The options a help text names, and the exit statuses it explains. */
const options = (text: string) => [...new Set([...text.matchAll(/--[a-z][a-z-]*/g)].map((m) => m[0]))].sort();
const statuses = (text: string) =>
  [
    ...(/(?:Exit status[^:]*|退出码[^：]*)[:：]([^\n]*(?:\n[^\n]+)*)$/.exec(text)?.[1] ?? '').matchAll(/\b([0-2]) /g),
  ].map((m) => m[1]);

describe('help in both languages', () => {
  it.each(TOPICS)('%s: the Chinese help names the same options and exit statuses as the English one', (topic) => {
    const en = helpText(topic, 'en');
    const zh = helpText(topic, 'zh-CN');
    expect(en).not.toMatch(CJK);
    expect(zh).toMatch(CJK);
    expect(options(zh)).toEqual(options(en));
    expect(statuses(zh)).toEqual(statuses(en));
    expect(statuses(en).length).toBeGreaterThanOrEqual(2);
    // The usage line is the same command line in both (the top-level one names its placeholders in Chinese).
    if (topic !== 'main')
      expect(zh.split('\n')[0]!.replace(/^用法：/, '')).toBe(en.split('\n')[0]!.replace(/^Usage: /, ''));
  });
});
