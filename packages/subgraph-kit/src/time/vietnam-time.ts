import { isCalendarDate } from '../graphql/scalars';

/** Everything a person reads or enters is Vietnam time, whatever the server's own zone. */
export const VIETNAM_TIME_ZONE = 'Asia/Ho_Chi_Minh';

const dayFormat = new Intl.DateTimeFormat('en-CA', {
  timeZone: VIETNAM_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** The calendar day (YYYY-MM-DD) an instant falls on in Vietnam. */
export function vietnamDay(instant: Date): string {
  return dayFormat.format(instant); // en-CA formats as YYYY-MM-DD
}

/**
 * Today in Vietnam, YYYY-MM-DD: the one way a service reads "today". `DX_TODAY=YYYY-MM-DD` pins it,
 * so that tests and demos of "overdue" or "round closed" do not depend on the day they run; a pin
 * that is not a real day is refused rather than ignored.
 */
export function today(): string {
  const pinned = process.env.DX_TODAY;
  if (pinned) {
    if (!isCalendarDate(pinned)) throw new Error(`DX_TODAY="${pinned}" is not a day written YYYY-MM-DD.`);
    return pinned;
  }
  return vietnamDay(new Date());
}

/**
 * The current instant, and its wall-clock reading in Vietnam. With `DX_TODAY` pinned, the instant
 * keeps today's Vietnam time of day on the pinned day, so "today" and "now" agree.
 */
export function nowInVietnam(): { instant: Date; day: string; time: string } {
  const real = new Date();
  const time = new Intl.DateTimeFormat('en-GB', {
    timeZone: VIETNAM_TIME_ZONE,
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hourCycle: 'h23',
  }).format(real);
  const day = today();
  // Vietnam has kept UTC+7 without daylight saving since 1975.
  const instant = process.env.DX_TODAY ? new Date(`${day}T${time}+07:00`) : real;
  return { instant, day, time };
}

/** YYYY-MM-DD plus n days (n may be negative). */
export function addDays(day: string, days: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}
