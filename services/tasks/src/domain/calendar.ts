import { addDays } from '@dx/subgraph-kit';
/** Calendar days are strings YYYY-MM-DD; they compare and sort correctly as text. */

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

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
