/** The languages the message catalog speaks. */
export const LANGUAGES = ['en', 'zh-CN'] as const;
/** A language of the message catalog. */
export type Language = (typeof LANGUAGES)[number];

/**
 * The catalog language a name or locale stands for: "zh-CN", "zh", "zh_CN.UTF-8", "zh-Hans" are
 * zh-CN; "en", "en_US.UTF-8" are en; anything else (including C and POSIX) is undefined.
 */
export function parseLanguage(text: string | undefined): Language | undefined {
  const t = (text ?? '').trim().toLowerCase();
  if (/^zh([-_.@]|$)/.test(t)) return 'zh-CN';
  if (/^en([-_.@]|$)/.test(t)) return 'en';
  return undefined;
}

/** The language a POSIX locale environment asks for: LC_ALL, then LC_MESSAGES, then LANG; the first one set decides. */
export function languageFromLocale(env: Record<string, string | undefined>): Language | undefined {
  for (const name of ['LC_ALL', 'LC_MESSAGES', 'LANG']) {
    const value = env[name];
    if (value) return parseLanguage(value);
  }
  return undefined;
}
