import { en } from './en.js';
import type { Language } from './language.js';
import { zhCN, type Catalog } from './zh-CN.js';

export { LANGUAGES, languageFromLocale, parseLanguage, type Language } from './language.js';
export type { Bilingual, RoleTitle, UnsafePathReason, ValueShape } from './format.js';
export type { Catalog };

const CATALOGS: Record<Language, Catalog> = { en, 'zh-CN': zhCN };

/** The message catalog of a language (English when none is given). */
export function messages(language: Language = 'en'): Catalog {
  return CATALOGS[language];
}

/** Every language's catalog, for tests and tools that check them side by side. */
export const catalogs: Readonly<Record<Language, Catalog>> = CATALOGS;
