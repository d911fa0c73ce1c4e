export interface WaitingEntry {
  id: number;
  waitRank: number;
}

/** Promotion order: the coordinator's rank first (lower is sooner), then first come, first served. */
export function byWaitlistOrder<T extends WaitingEntry>(a: T, b: T): number {
  return a.waitRank - b.waitRank || a.id - b.id;
}

/**
 * The waitlist with one entry moved to a 1-based position (check it with positionProblem first).
 * Returns the new order and the new ranks (1..n) of the entries whose rank changes.
 */
export function moveInWaitlist<T extends WaitingEntry>(
  waiting: T[],
  enrolmentId: number,
  position: number,
): { order: T[]; ranks: Map<number, number> } | null {
  const ordered = [...waiting].sort(byWaitlistOrder);
  const from = ordered.findIndex((w) => w.id === enrolmentId);
  if (from < 0) return null;
  const [moved] = ordered.splice(from, 1);
  ordered.splice(position - 1, 0, moved);
  const ranks = new Map<number, number>();
  ordered.forEach((w, i) => {
    if (w.waitRank !== i + 1) ranks.set(w.id, i + 1);
  });
  return { order: ordered, ranks };
}

export function positionProblem(position: number, length: number): string | null {
  if (!Number.isInteger(position) || position < 1 || position > length)
    return `Choose a place from 1 to ${length} on the waitlist.`;
  return null;
}
