import { useTranslation } from 'react-i18next';
import { directionOf, isLanguage, DEFAULT_LANGUAGE, type Direction, type Language } from './languages';
import { setLanguage } from './instance';

/** The current language and its direction; re-renders when it changes. */
export function useLanguage(): {
  language: Language;
  dir: Direction;
  setLanguage: (l: Language) => Promise<void>;
} {
  const { i18n } = useTranslation();
  const language = isLanguage(i18n.language) ? i18n.language : DEFAULT_LANGUAGE;
  return { language, dir: directionOf(language), setLanguage };
}
