import { todayInVietnam } from './calendar';

/**
 * Today's calendar day in Hà Nội. DX_TODAY (YYYY-MM-DD) pins it, so that tests and demos of
 * "overdue" and "done late" do not depend on the day they run.
 */
export function today(): string {
  const pinned = process.env.DX_TODAY;
  return pinned && /^\d{4}-\d{2}-\d{2}$/.test(pinned) ? pinned : todayInVietnam();
}
