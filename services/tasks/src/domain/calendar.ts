/** Calendar days are strings YYYY-MM-DD; they compare and sort correctly as text. */

const VIETNAM_TIME_ZONE = 'Asia/Ho_Chi_Minh';
const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

/** The committee works on Vietnamese time: a task due "today" is due until midnight in Hà Nội. */
export function todayInVietnam(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: VIETNAM_TIME_ZONE,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(now);
}

export function addDays(day: string, days: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** The Sunday that ends the (Monday-first) week of a day, as Vietnamese calendars count it. */
export function endOfWeek(day: string): string {
  const weekday = new Date(`${day}T00:00:00Z`).getUTCDay(); // 0 = Sunday
  return addDays(day, weekday === 0 ? 0 : 7 - weekday);
}

export function isMonth(value: string): boolean {
  return MONTH.test(value);
}

/** First and last calendar day of a month given as YYYY-MM. */
export function monthRange(month: string): { from: string; to: string } {
  const match = MONTH.exec(month);
  if (!match) throw new RangeError(`"${month}" is not a month written as YYYY-MM.`);
  const lastDay = new Date(Date.UTC(Number(match[1]), Number(match[2]), 0)).getUTCDate();
  return { from: `${month}-01`, to: `${month}-${String(lastDay).padStart(2, '0')}` };
}

export function monthOf(day: string): string {
  return day.slice(0, 7);
}

/** The month before YYYY-MM, e.g. for "last month's report". */
export function previousMonth(month: string): string {
  return monthOf(addDays(monthRange(month).from, -1));
}
