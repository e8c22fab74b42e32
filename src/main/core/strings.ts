/**
 * The one table of what the main process says in words: the application menu
 * and the shell's dialogs, the browser-mode terminal, the headings of report
 * CSV files. It is read from the i18n files the renderer's texts live in
 * (namespace "main", left out of the renderer's bundle), so each text is
 * translated in one place. No electron here: the server and core use it too.
 */
import en from '../../renderer/src/i18n/locales/en/main.json';
import zh from '../../renderer/src/i18n/locales/zh/main.json';

export type MainStrings = typeof en;
export type MainLanguage = 'en' | 'zh';

// zh is held to en's shape: a key missing in either fails the type check
const TABLE: Record<MainLanguage, MainStrings> = { en, zh };
export const MAIN_LANGUAGES = Object.keys(TABLE) as MainLanguage[];

export function mainStrings(language: MainLanguage): MainStrings {
  return TABLE[language];
}

/** zh for any Chinese locale (zh-CN, zh-TW, zh_CN.UTF-8), else English. */
export function languageOfLocale(locale: string): MainLanguage {
  return locale.toLowerCase().startsWith('zh') ? 'zh' : 'en';
}

/** Fills i18next-style {{placeholders}}; an unknown one is left as written. */
export function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{\{(\w+)\}\}/g, (whole, key: string) => values[key] ?? whole);
}
