/** A calendar day (YYYY-MM-DD) after today, Vietnam time, is in the future; days compare as strings. */
export function isAfterToday(day: string, today: string): boolean {
  return day > today;
}

/** The refusal for a day a person typed, or null. Receipts, handovers and movements cannot be dated ahead. */
export function futureDayProblem(day: string, today: string, what: string): string | null {
  return isAfterToday(day, today)
    ? `${what} cannot be after today (${today}); enter the day it happened.`
    : null;
}
