import { describe, expect, it } from 'vitest';
import { archiveMessages } from '../../src/messages/archive-catalog.js';
import { doctorMessages } from '../../src/messages/doctor-catalog.js';
import { catalogs, LANGUAGES, languageFromLocale, parseLanguage, type Language } from '../../src/messages/index.js';
import { logMessages } from '../../src/messages/log-catalog.js';

type Message = (p: Record<string, unknown>) => string;

/**
 * A stand-in for any parameter value: it reads as ⟨name⟩ in a template, as JSON and as a key, and
 * every property or call of it is another stand-in, so a message can read `p.role.zh` or `p.list.join()`.
 */
function sample(name: string, truthy: boolean): unknown {
  const text = `⟨${name}⟩`;
  return new Proxy(function () {}, {
    get(_t, prop) {
      if (prop === Symbol.toPrimitive) return () => (truthy ? text : '');
      if (prop === 'toJSON' || prop === 'toString' || prop === 'valueOf') return () => (truthy ? text : '');
      if (typeof prop === 'symbol') return undefined;
      return sample(`${name}.${prop}`, truthy);
    },
    apply: () => sample(`${name}()`, truthy),
  });
}

/** Calls a message with recording parameters: which top-level parameters it read, and what it said. */
function probe(message: Message, truthy: boolean): { read: Set<string>; text: string } {
  const read = new Set<string>();
  const params = new Proxy(
    {},
    {
      get(_t, prop) {
        if (typeof prop === 'symbol') return undefined;
        read.add(prop);
        return sample(prop, truthy);
      },
    },
  );
  return { read, text: String(message(params)) };
}

type AnyCatalog = Record<string, Message>;

/** Every catalog of the product, by name: the main one, the job log's, verify's and doctor's. */
const FAMILIES: Record<string, (language: Language) => AnyCatalog> = {
  main: (l) => catalogs[l] as unknown as AnyCatalog,
  log: (l) => logMessages(l) as unknown as AnyCatalog,
  archive: (l) => archiveMessages(l) as unknown as AnyCatalog,
  doctor: (l) => doctorMessages(l) as unknown as AnyCatalog,
};

const keysOf = (c: AnyCatalog) => Object.keys(c).sort();
const CJK = /[\u3400-\u9fff]/;

describe.each(Object.entries(FAMILIES))('message catalog parity: %s', (_name, family) => {
  it('has both languages', () => {
    expect(Object.keys(catalogs).sort()).toEqual([...LANGUAGES].sort());
  });

  it('every key exists in every language', () => {
    const en = keysOf(family('en'));
    for (const lang of LANGUAGES) {
      const keys = keysOf(family(lang));
      expect({
        lang,
        missing: en.filter((k) => !keys.includes(k)),
        extra: keys.filter((k) => !en.includes(k)),
      }).toEqual({ lang, missing: [], extra: [] });
    }
  });

  it.each(Object.keys(family('en')))(
    '%s: every language reads the same placeholders and shows the same ones',
    (key) => {
      for (const truthy of [true, false]) {
        const seen = LANGUAGES.map((lang) => {
          const { read, text } = probe(family(lang)[key]!, truthy);
          // Shown: the value appears in the text; read but not shown: a switch such as `opens`.
          const shown = [...read].filter((name) => text.includes(`⟨${name}`)).sort();
          return { lang, read: [...read].sort(), shown: truthy ? shown : [] };
        });
        for (const s of seen)
          expect({ read: s.read, shown: s.shown }, `${s.lang} ${key}`).toEqual({
            read: seen[0]!.read,
            shown: seen[0]!.shown,
          });
      }
    },
  );

  it('zh-CN messages are written in Chinese, English ones are not', () => {
    for (const key of Object.keys(family('en'))) {
      const zh = probe(family('zh-CN')[key]!, true).text;
      const en = probe(family('en')[key]!, true).text;
      // A message that is only its values (a list, a title) has no words of its own to translate.
      if (/[a-z]/i.test(en.replace(/⟨[^⟩]*⟩|undefined/g, ''))) expect(zh, key).toMatch(CJK);
      // English may quote a role's Chinese title (a placeholder), never write Chinese of its own.
      expect(en.replace(/⟨[^⟩]*⟩/g, ''), key).not.toMatch(CJK);
    }
  });

  it('Chinese never says 未通过 for "not approved yet" (it reads as rejected): 待审批 / 尚未批准', () => {
    for (const key of Object.keys(family('zh-CN'))) {
      expect(probe(family('zh-CN')[key]!, true).text, key).not.toMatch(
        /(审批|批准)[^，。；：]*未通过|未通过[^，。；：]*(审批|批准)/,
      );
    }
  });
});

describe('language selection', () => {
  it('reads names and POSIX locales', () => {
    expect(parseLanguage('zh-CN')).toBe('zh-CN');
    expect(parseLanguage('zh_CN.UTF-8')).toBe('zh-CN');
    expect(parseLanguage('zh')).toBe('zh-CN');
    expect(parseLanguage('en_US.UTF-8')).toBe('en');
    expect(parseLanguage('C.UTF-8')).toBeUndefined();
    expect(parseLanguage('fr_FR')).toBeUndefined();
    expect(parseLanguage('zhx')).toBeUndefined();
  });

  it('LC_ALL wins over LANG; a C locale leaves the choice to the policy', () => {
    expect(languageFromLocale({ LANG: 'zh_CN.UTF-8' })).toBe('zh-CN');
    expect(languageFromLocale({ LC_ALL: 'en_US.UTF-8', LANG: 'zh_CN.UTF-8' })).toBe('en');
    expect(languageFromLocale({ LC_ALL: 'C', LANG: 'zh_CN.UTF-8' })).toBeUndefined();
    expect(languageFromLocale({ LC_MESSAGES: 'zh_CN.GBK', LANG: 'en_US' })).toBe('zh-CN');
    expect(languageFromLocale({})).toBeUndefined();
  });
});
