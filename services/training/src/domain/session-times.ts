const MAX_SESSION_HOURS = 24 * 14;

/** A refusal for a session's time span, or null. */
export function sessionTimeProblem(startsAt: Date, endsAt: Date): string | null {
  if (Number.isNaN(startsAt.getTime()) || Number.isNaN(endsAt.getTime()))
    return 'Give the start and end as date and time.';
  if (endsAt <= startsAt) return 'A session must end after it starts.';
  if (endsAt.getTime() - startsAt.getTime() > MAX_SESSION_HOURS * 3_600_000)
    return 'A session may last at most 14 days.';
  return null;
}
