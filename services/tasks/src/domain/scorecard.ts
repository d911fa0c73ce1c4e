/** What a unit delivered on the tasks due in one month, as the monthly DX evaluation counts it. */
export interface UnitTaskCounts {
  unitId: string;
  assigned: number;
  doneOnTime: number;
  doneLate: number;
  overdue: number;
  /** Days late summed over the tasks done late. */
  lateDays: number;
  /** Days overdue so far summed over the open tasks past their due day. */
  overdueDays: number;
}

export interface UnitScoreLine extends UnitTaskCounts {
  /** null: nothing of the unit's was settled in the month, so there is nothing to judge ("—"). */
  score: number | null;
  /** null for units without a score; they are listed after the ranked ones. */
  rank: number | null;
}

/** A late delivery earns half the credit of an on-time one. */
export const LATE_CREDIT = 0.5;

/**
 * Score out of 100 over the tasks that are settled (done, or past their due day); tasks still
 * open and not yet due are neither credit nor blame. A unit with nothing settled has no score:
 * 100 would rank a unit that was given nothing above one that delivered 9 of 10.
 */
export function unitScore(
  counts: Pick<UnitTaskCounts, 'doneOnTime' | 'doneLate' | 'overdue'>,
): number | null {
  const settled = counts.doneOnTime + counts.doneLate + counts.overdue;
  if (settled === 0) return null;
  const raw = (100 * (counts.doneOnTime + LATE_CREDIT * counts.doneLate)) / settled;
  return Math.round(raw * 10) / 10;
}

/**
 * Ranked by score, then by tasks done on time (more delivered ranks higher), then fewer overdue.
 * Units equal on all three share a rank (1, 2, 2, 4). Units without a score come last, unranked.
 */
export function rankUnits(lines: UnitTaskCounts[]): UnitScoreLine[] {
  const scored: UnitScoreLine[] = lines.map((line) => ({ ...line, score: unitScore(line), rank: null }));
  const order = (a: UnitScoreLine, b: UnitScoreLine) =>
    (b.score ?? -1) - (a.score ?? -1) || b.doneOnTime - a.doneOnTime || a.overdue - b.overdue;
  scored.sort(
    (a, b) => order(a, b) || Number(a.unitId) - Number(b.unitId) || a.unitId.localeCompare(b.unitId),
  );
  scored.forEach((line, i) => {
    if (line.score === null) return;
    line.rank = i > 0 && order(scored[i - 1], line) === 0 ? scored[i - 1].rank : i + 1;
  });
  return scored;
}
