import { createRequire as __ugCreateRequire } from 'node:module';
const require = __ugCreateRequire(import.meta.url);

// src/messages/language.ts
var LANGUAGES = ["en", "zh-CN"];
function parseLanguage(text) {
  let t = (text ?? "").trim().toLowerCase();
  if (/^zh([-_.@]|$)/.test(t)) return "zh-CN";
  if (/^en([-_.@]|$)/.test(t)) return "en";
}
function languageFromLocale(env) {
  for (let name of ["LC_ALL", "LC_MESSAGES", "LANG"]) {
    let value = env[name];
    if (value) return parseLanguage(value);
  }
}

export {
  LANGUAGES,
  parseLanguage,
  languageFromLocale
};
