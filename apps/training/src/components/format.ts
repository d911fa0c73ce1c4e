import { useLanguage } from '@dx/i18n';

/** Dates and numbers in the reader's language (Vietnamese, English or Arabic digits and order). */
export function useFormat() {
  const { language } = useLanguage();
  const locale = language === 'ar' ? 'ar' : language === 'en' ? 'en-GB' : 'vi-VN';
  const dateTime = new Intl.DateTimeFormat(locale, {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: 'Asia/Ho_Chi_Minh',
  });
  const date = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'Asia/Ho_Chi_Minh' });
  const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 });
  return {
    dateTime: (iso: string) => dateTime.format(new Date(iso)),
    date: (iso: string) => date.format(new Date(iso)),
    percent: (rate: number) => percent.format(rate),
  };
}
