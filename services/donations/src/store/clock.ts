import { vietnamDay } from '../domain/dates';

/** Today in Vietnam; DX_TODAY (YYYY-MM-DD) pins it for tests and demos. The one place the service reads the clock. */
export const today = (): string => process.env.DX_TODAY ?? vietnamDay(new Date());
