/**
 * How a metric's daily figures add up. SUM: people helped, accounts installed — the figures add.
 * LATEST: a share (% of online public services) — each unit's most recent figure counts, and units
 * are averaged (a share does not add up across wards).
 */
export const METRIC_AGGREGATIONS = ['SUM', 'LATEST'] as const;
export type MetricAggregationName = (typeof METRIC_AGGREGATIONS)[number];

export interface TallyFigure {
  id: number;
  day: string;
  unitId: number;
  unitPath: string;
  pointId: number;
  value: number;
}

const round = (n: number) => Math.round(n * 100) / 100;

function latestPerUnit(rows: TallyFigure[]): number[] {
  const latest = new Map<number, { day: string; values: number[] }>();
  for (const row of rows) {
    const current = latest.get(row.unitId);
    if (!current || row.day > current.day) latest.set(row.unitId, { day: row.day, values: [row.value] });
    else if (row.day === current.day) current.values.push(row.value);
  }
  return [...latest.values()].map(({ values }) => values.reduce((a, b) => a + b, 0) / values.length);
}

/** The metric's result over these figures; null when nothing was reported. */
export function metricTotal(aggregation: MetricAggregationName, rows: TallyFigure[]): number | null {
  if (rows.length === 0) return null;
  if (aggregation === 'SUM') return round(rows.reduce((sum, r) => sum + r.value, 0));
  const values = latestPerUnit(rows);
  return round(values.reduce((a, b) => a + b, 0) / values.length);
}

/** Figures of a unit and every unit below it. */
export function withinUnit(rows: TallyFigure[], unitPath: string): TallyFigure[] {
  return rows.filter((r) => r.unitPath.startsWith(unitPath));
}

export interface DayPoint {
  day: string;
  /** What was entered that day (SUM) or the result as of that day (LATEST). */
  value: number | null;
  /** The result from the first day up to this one. */
  cumulative: number | null;
}

/** One point per campaign day up to `until`, for the chart. */
export function dailySeries(
  aggregation: MetricAggregationName,
  rows: TallyFigure[],
  days: string[],
): DayPoint[] {
  const sorted = [...rows].sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : a.id - b.id));
  const series: DayPoint[] = [];
  let upTo = 0;
  for (const day of days) {
    const start = upTo;
    while (upTo < sorted.length && sorted[upTo].day <= day) upTo += 1;
    const ofDay = sorted.slice(start, upTo);
    const cumulative = metricTotal(aggregation, sorted.slice(0, upTo));
    const value = aggregation === 'SUM' ? (ofDay.length ? metricTotal('SUM', ofDay) : 0) : cumulative;
    series.push({ day, value, cumulative });
  }
  return series;
}

/** Share of the way from baseline to target (0..1 and beyond), or null when there is no target. */
export function progressTowardsTarget(
  baseline: number | null,
  target: number | null,
  total: number | null,
): number | null {
  if (target === null || total === null) return null;
  const from = baseline ?? 0;
  if (target === from) return total >= target ? 1 : 0;
  return round((total - from) / (target - from));
}
