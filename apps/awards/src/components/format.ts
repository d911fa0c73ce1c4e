import { currentLanguage } from '@dx/i18n';

// Latin digits in Arabic too: decision numbers and dates on Vietnamese documents are written that way.
const locale = () => (currentLanguage() === 'ar' ? 'ar-u-nu-latn' : currentLanguage());

/** A calendar day (YYYY-MM-DD) in the user's language, without shifting it through a time zone. */
export function formatDay(day: string | null | undefined): string {
  if (!day) return '';
  const [y, m, d] = day.split('-').map(Number);
  const formatted = new Intl.DateTimeFormat(locale(), { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'UTC' }).format(new Date(Date.UTC(y, m - 1, d)));
  // Arabic formatting embeds right-to-left marks; the date is shown as an isolated left-to-right run instead.
  return formatted.replace(/[\u200e\u200f\u061c]/g, '');
}

export const formatScore = (score: number | null | undefined) => (score === null || score === undefined ? null : score.toFixed(2));

/** The date format of the date pickers (dayjs has no locale formats loaded in the suite). */
export const PICKER_FORMAT = 'DD/MM/YYYY';
