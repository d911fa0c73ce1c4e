import type { Locale } from 'antd/es/locale';
import arEG from 'antd/locale/ar_EG';
import enUS from 'antd/locale/en_US';
import viVN from 'antd/locale/vi_VN';
import dayjs from 'dayjs';
import localizedFormat from 'dayjs/plugin/localizedFormat';
import 'dayjs/locale/ar';
import 'dayjs/locale/vi';
import type { Language } from '@dx/i18n';

// `L`, `LT`, `LLL`...: dates written the way each language writes them.
dayjs.extend(localizedFormat);

const ANTD_LOCALES: Record<Language, Locale> = { vi: viVN, en: enUS, ar: arEG };

export function antdLocale(language: Language): Locale {
  return ANTD_LOCALES[language];
}

/** dayjs keeps one global locale; the shell's language decides it for every desk. */
export function applyDayjsLocale(language: Language): void {
  dayjs.locale(language);
}
