import { en } from './en.js';
import type { Language } from './language.js';
import type { Catalog } from './zh-CN.js';
import { zhCNCatalog } from './zh-CN-catalog.js';

export { LANGUAGES, languageFromLocale, parseLanguage, type Language } from './language.js';
export type { Bilingual, RoleTitle, UnsafePathReason, ValueShape } from './format.js';
export type { Catalog };

/** The message catalog of a language (English when none is given). */
export function messages(language: Language = 'en'): Catalog {
  return language === 'zh-CN' ? zhCNCatalog() : en;
}

/** Every language's catalog, for tests and tools that check them side by side. */
export const catalogs: Readonly<Record<Language, Catalog>> = {
  en,
  get 'zh-CN'() {
    return zhCNCatalog();
  },
};
