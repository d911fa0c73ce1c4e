import i18next, { type i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { SHELL_NAMESPACES, shellResources, type DeskNamespace } from './catalogue';
import { DEFAULT_LANGUAGE, LANGUAGES, directionOf, isLanguage, type Language } from './languages';

const STORAGE_KEY = 'dx.language';

function storedLanguage(): Language {
  try {
    const stored = globalThis.localStorage?.getItem(STORAGE_KEY);
    return isLanguage(stored) ? stored : DEFAULT_LANGUAGE;
  } catch {
    return DEFAULT_LANGUAGE;
  }
}

function applyToDocument(language: string): void {
  if (typeof document === 'undefined') return;
  document.documentElement.lang = language;
  document.documentElement.dir = directionOf(language);
}

/** The one i18next instance of the page; @dx/i18n is a shared singleton so every desk gets this one. */
export const i18n: I18n = i18next.createInstance();

void i18n.use(initReactI18next).init({
  resources: shellResources(),
  lng: storedLanguage(),
  fallbackLng: DEFAULT_LANGUAGE,
  supportedLngs: ['vi', 'en', 'ar'],
  ns: [...SHELL_NAMESPACES],
  defaultNS: 'common',
  fallbackNS: 'common',
  interpolation: { escapeValue: false },
  returnNull: false,
  initAsync: false,
});
applyToDocument(i18n.language);
i18n.on('languageChanged', applyToDocument);

export function currentLanguage(): Language {
  return isLanguage(i18n.language) ? i18n.language : DEFAULT_LANGUAGE;
}

/** Switches every screen, remembers the choice and sets `<html lang dir>`. */
export async function setLanguage(language: Language): Promise<void> {
  try {
    globalThis.localStorage?.setItem(STORAGE_KEY, language);
  } catch {
    /* private mode: the choice lasts for this page only */
  }
  await i18n.changeLanguage(language);
}

/** One desk's strings in every language, as in `locales/<language>/<desk>.json`. */
export type NamespaceCatalogue = Record<Language, Record<string, unknown>>;

/**
 * Adds a desk's strings to the page's one i18next instance. A desk calls it at the top of its
 * exposed App module with the JSON files it bundles itself (`@dx/i18n/locales/<language>/<desk>.json`),
 * before anything renders; a newer copy of the desk replaces what an older one registered.
 */
export function registerNamespace(namespace: DeskNamespace, catalogue: NamespaceCatalogue): void {
  for (const { code } of LANGUAGES) i18n.addResourceBundle(code, namespace, catalogue[code], true, true);
}
