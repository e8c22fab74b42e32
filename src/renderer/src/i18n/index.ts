import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Language } from '../../../shared/domain';
import { initialLanguage, localeOf, storeLanguage } from './language';

type Messages = Record<string, unknown>;

/**
 * Every i18n/locales/<lang>/<namespace>.json is picked up here, so another
 * feature adds its own namespace (archive.json, stage.json…) without editing this file.
 */
// main.json is the main process's own texts (see src/main/core/strings.ts): not shipped to the page
const files = import.meta.glob<Messages>(['./locales/*/*.json', '!./locales/*/main.json'], { eager: true, import: 'default' });

export function collectResources(modules: Record<string, Messages>): Record<string, Record<string, Messages>> {
  const resources: Record<string, Record<string, Messages>> = {};
  for (const [path, messages] of Object.entries(modules)) {
    const match = /\/locales\/([\w-]+)\/([\w-]+)\.json$/.exec(path);
    if (!match) continue;
    const [, language, namespace] = match as unknown as [string, string, string];
    (resources[language] ??= {})[namespace] = messages;
  }
  return resources;
}

const resources = collectResources(files);
export const NAMESPACES = Object.keys(resources.en ?? {});

void i18next.use(initReactI18next).init({
  resources,
  lng: initialLanguage(),
  fallbackLng: 'en',
  ns: NAMESPACES,
  defaultNS: 'common',
  // React escapes what it renders; escaping here would show &quot; in names
  interpolation: { escapeValue: false },
  returnNull: false,
  initAsync: false
});

function reflectLanguage(language: string): void {
  if (typeof document !== 'undefined') document.documentElement.lang = localeOf(language === 'zh' ? 'zh' : 'en');
}
reflectLanguage(i18next.language);
i18next.on('languageChanged', reflectLanguage);

export function setLanguage(language: Language): void {
  storeLanguage(language);
  void i18next.changeLanguage(language);
}

export default i18next;
