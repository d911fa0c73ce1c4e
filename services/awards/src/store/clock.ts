import { calendarDay } from '../domain/round-window';

/** Today's calendar day in Vietnam; the one place the service reads the clock. */
export const today = (): string => calendarDay(new Date());
