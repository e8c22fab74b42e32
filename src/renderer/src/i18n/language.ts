import { LANGUAGES, type Language } from '../../../shared/domain';

/** The UI language is kept per machine, so the moderator's choice survives a reload. */
export const LANGUAGE_KEY = 'rostrum.uiLanguage';

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/** zh for any Chinese locale (zh-CN, zh-TW, zh-Hans…), en for everything else. */
export function languageFromLocale(locale: string | undefined): Language {
  return locale?.toLowerCase().startsWith('zh') ? 'zh' : 'en';
}

export function storedLanguage(): Language | null {
  try {
    const value = localStorage.getItem(LANGUAGE_KEY);
    return isLanguage(value) ? value : null;
  } catch {
    return null;
  }
}

export function storeLanguage(language: Language): void {
  try {
    localStorage.setItem(LANGUAGE_KEY, language);
  } catch {
    // storage disabled: the choice lasts for this page only
  }
}

/** The stored choice, else the OS/browser language. */
export function initialLanguage(): Language {
  return storedLanguage() ?? languageFromLocale(typeof navigator === 'undefined' ? undefined : navigator.language);
}

/** The BCP 47 tag Intl and <html lang> expect. */
export function localeOf(language: Language): string {
  return language === 'zh' ? 'zh-CN' : 'en-GB';
}
