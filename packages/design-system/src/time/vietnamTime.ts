import dayjs, { type Dayjs } from 'dayjs';
import { currentLanguage, type Language } from '@dx/i18n';

/**
 * One convention for every date and time a person reads or enters: Vietnam time, whatever the
 * device's time zone, in one format per language. Vietnam has kept UTC+7 without daylight saving
 * since 1975, so the conversion is a fixed offset (no time-zone database in the bundle).
 */
export const VIETNAM_TIME_ZONE = 'Asia/Ho_Chi_Minh';
const OFFSET_MS = 7 * 60 * 60 * 1000;
const OFFSET = '+07:00';

/** How each language writes a day and a time (dayjs tokens; digits stay Latin in Arabic, as on Vietnamese documents). */
export const DATE_FORMATS: Record<Language, string> = {
  vi: 'DD/MM/YYYY',
  en: 'D MMM YYYY',
  ar: 'DD/MM/YYYY',
};
export const TIME_FORMAT = 'HH:mm';
const EN_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
}

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const pad = (n: number) => String(n).padStart(2, '0');

/** The Vietnam wall clock of an instant (ISO string or Date), or of a calendar day YYYY-MM-DD. */
function wallClock(value: string | Date): WallClock | null {
  if (typeof value === 'string') {
    const day = DAY.exec(value);
    if (day) return { year: Number(day[1]), month: Number(day[2]), day: Number(day[3]), hour: 0, minute: 0 };
  }
  const ms = typeof value === 'string' ? Date.parse(value) : value.getTime();
  if (Number.isNaN(ms)) return null;
  const shifted = new Date(ms + OFFSET_MS);
  return {
    year: shifted.getUTCFullYear(),
    month: shifted.getUTCMonth() + 1,
    day: shifted.getUTCDate(),
    hour: shifted.getUTCHours(),
    minute: shifted.getUTCMinutes(),
  };
}

function writeDay(w: WallClock, language: Language): string {
  if (language === 'en') return `${w.day} ${EN_MONTHS[w.month - 1]} ${w.year}`;
  return `${pad(w.day)}/${pad(w.month)}/${w.year}`;
}

/**
 * A calendar day as the reader's language writes it. Takes the API's YYYY-MM-DD (shown as is, never
 * shifted through a time zone) or an instant (shown as its day in Vietnam). Empty input gives "—".
 */
export function formatDay(
  value: string | Date | null | undefined,
  language: Language = currentLanguage(),
): string {
  const w = value ? wallClock(value) : null;
  return w ? writeDay(w, language) : '—';
}

/** A moment in Vietnam time, e.g. `01/12/2026 08:00` (vi), `1 Dec 2026 08:00` (en). */
export function formatDateTime(
  value: string | Date | null | undefined,
  language: Language = currentLanguage(),
): string {
  const w = value ? wallClock(value) : null;
  return w ? `${writeDay(w, language)} ${pad(w.hour)}:${pad(w.minute)}` : '—';
}

/** The time of day of a moment in Vietnam, `HH:mm`. */
export function formatTime(value: string | Date | null | undefined): string {
  const w = value ? wallClock(value) : null;
  return w ? `${pad(w.hour)}:${pad(w.minute)}` : '—';
}

/** The earlier name of `formatDay`, kept for screens written before it. */
export const formatDate = formatDay;

/** The day (YYYY-MM-DD) an instant falls on in Vietnam; `todayInVietnam()` is today's. */
export function vietnamDay(value: string | Date): string {
  const w = wallClock(value);
  if (!w) throw new RangeError(`Not a date: ${String(value)}`);
  return `${w.year}-${pad(w.month)}-${pad(w.day)}`;
}

export function todayInVietnam(now: Date = new Date()): string {
  return vietnamDay(now);
}

/** The current month in Vietnam, YYYY-MM. */
export function currentMonthInVietnam(now: Date = new Date()): string {
  return todayInVietnam(now).slice(0, 7);
}

// Date pickers work on dayjs values in the device's zone. We hand them a value whose wall clock is
// Vietnam's and read the wall clock back, so 08:00 picked is 08:00 in Vietnam on any device.

/** A picker value showing an instant's Vietnam wall clock. */
export function pickerValueOfMoment(iso: string | null | undefined): Dayjs | null {
  const w = iso ? wallClock(iso) : null;
  return w ? dayjs(new Date(w.year, w.month - 1, w.day, w.hour, w.minute)) : null;
}

/** The instant (ISO, UTC) of what a picker shows, read as Vietnam time. */
export function momentOfPickerValue(value: Dayjs): string {
  return new Date(`${value.format('YYYY-MM-DDTHH:mm:ss')}${OFFSET}`).toISOString();
}

/** A picker value for a calendar day YYYY-MM-DD. */
export function pickerValueOfDay(day: string | null | undefined): Dayjs | null {
  const w = day ? wallClock(day) : null;
  return w ? dayjs(new Date(w.year, w.month - 1, w.day)) : null;
}

/** The calendar day YYYY-MM-DD a picker shows. */
export function dayOfPickerValue(value: Dayjs): string {
  return value.format('YYYY-MM-DD');
}

/** What a date picker displays and accepts in this language (typing DD/MM/YYYY always works). */
export function pickerDateFormats(language: Language = currentLanguage()): string[] {
  return [...new Set([DATE_FORMATS[language], 'DD/MM/YYYY', 'YYYY-MM-DD'])];
}
