/**
 * The moment the service believes it is. `DX_NOW` (an ISO instant) pins it; `DX_TODAY`
 * (YYYY-MM-DD) moves today's Vietnam wall-clock time onto that day, so that tests, demos and
 * end-to-end runs can stand "after the session started" without waiting for it.
 */
export function now(): Date {
  const pinned = process.env.DX_NOW;
  if (pinned) {
    const at = new Date(pinned);
    if (!Number.isNaN(at.getTime())) return at;
  }
  const day = process.env.DX_TODAY;
  if (day && /^\d{4}-\d{2}-\d{2}$/.test(day)) {
    const time = new Intl.DateTimeFormat('en-GB', {
      timeZone: 'Asia/Ho_Chi_Minh',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      hourCycle: 'h23',
    }).format(new Date());
    return new Date(`${day}T${time}+07:00`);
  }
  return new Date();
}
