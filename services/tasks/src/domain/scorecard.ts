/** What a unit delivered on the tasks due in one month, as the monthly DX evaluation counts it. */
export interface UnitTaskCounts {
  unitId: string;
  assigned: number;
  doneOnTime: number;
  doneLate: number;
  overdue: number;
}

export interface UnitScoreLine extends UnitTaskCounts {
  score: number;
  rank: number;
}

/** A late delivery earns half the credit of an on-time one. */
export const LATE_CREDIT = 0.5;

/**
 * Score out of 100 over the tasks that are settled (done, or past their due day); tasks still
 * open and not yet due are neither credit nor blame. A unit with nothing settled scores 100: it
 * has missed nothing.
 */
export function unitScore(counts: Omit<UnitTaskCounts, 'unitId' | 'assigned'>): number {
  const settled = counts.doneOnTime + counts.doneLate + counts.overdue;
  if (settled === 0) return 100;
  const raw = (100 * (counts.doneOnTime + LATE_CREDIT * counts.doneLate)) / settled;
  return Math.round(raw * 10) / 10;
}

/**
 * Ranked by score, then by tasks done on time (more delivered ranks higher), then fewer overdue.
 * Units equal on all three share a rank (1, 2, 2, 4).
 */
export function rankUnits(lines: UnitTaskCounts[]): UnitScoreLine[] {
  const scored = lines.map((line) => ({ ...line, score: unitScore(line), rank: 0 }));
  const order = (a: UnitScoreLine, b: UnitScoreLine) =>
    b.score - a.score || b.doneOnTime - a.doneOnTime || a.overdue - b.overdue;
  scored.sort((a, b) => order(a, b) || Number(a.unitId) - Number(b.unitId) || a.unitId.localeCompare(b.unitId));
  scored.forEach((line, i) => {
    line.rank = i > 0 && order(scored[i - 1], line) === 0 ? scored[i - 1].rank : i + 1;
  });
  return scored;
}
