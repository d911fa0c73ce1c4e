export type Language = 'vi' | 'en' | 'ar';
export type Direction = 'ltr' | 'rtl';

/** The languages of every screen, in the order the switcher lists them; the first is the default. */
export const LANGUAGES: ReadonlyArray<{ code: Language; label: string; dir: Direction }> = [
  { code: 'vi', label: 'Tiếng Việt', dir: 'ltr' },
  { code: 'en', label: 'English', dir: 'ltr' },
  { code: 'ar', label: 'العربية', dir: 'rtl' },
];

export const DEFAULT_LANGUAGE: Language = 'vi';

export function isLanguage(value: unknown): value is Language {
  return LANGUAGES.some((l) => l.code === value);
}

export function directionOf(language: string): Direction {
  return LANGUAGES.find((l) => l.code === language)?.dir ?? 'ltr';
}
