import { dailySeries, metricTotal, progressTowardsTarget, withinUnit, type TallyFigure } from './rollup';

let id = 0;
const fig = (day: string, unitId: number, unitPath: string, value: number, pointId = 0): TallyFigure => ({
  id: ++id,
  day,
  unitId,
  unitPath,
  pointId,
  value,
});

describe('metric roll-ups', () => {
  const rows = [
    fig('2025-07-15', 10, '/1/4/10/', 12),
    fig('2025-07-15', 11, '/1/4/11/', 8, 3),
    fig('2025-07-16', 10, '/1/4/10/', 5),
    fig('2025-07-16', 20, '/1/5/20/', 100),
  ];

  test('SUM adds every figure; per unit tree only the figures below it', () => {
    expect(metricTotal('SUM', rows)).toBe(125);
    expect(metricTotal('SUM', withinUnit(rows, '/1/4/'))).toBe(25);
    expect(metricTotal('SUM', withinUnit(rows, '/1/4/10/'))).toBe(17);
    expect(metricTotal('SUM', [])).toBeNull();
  });

  test("LATEST takes each unit's most recent share and averages the units", () => {
    const shares = [
      fig('2025-07-15', 1, '/1/', 34),
      fig('2025-08-28', 1, '/1/', 89),
      fig('2025-08-01', 2, '/2/', 60),
    ];
    expect(metricTotal('LATEST', shares)).toBe(74.5);
    expect(metricTotal('LATEST', shares.slice(0, 2))).toBe(89);
  });

  test('the daily series adds up to the total and has a point for every day', () => {
    const series = dailySeries('SUM', rows, ['2025-07-14', '2025-07-15', '2025-07-16', '2025-07-17']);
    expect(series.map((p) => p.value)).toEqual([0, 20, 105, 0]);
    expect(series.map((p) => p.cumulative)).toEqual([null, 20, 125, 125]);
    const latest = dailySeries(
      'LATEST',
      [fig('2025-07-15', 1, '/1/', 34), fig('2025-07-17', 1, '/1/', 40)],
      ['2025-07-15', '2025-07-16', '2025-07-17'],
    );
    expect(latest.map((p) => p.cumulative)).toEqual([34, 34, 40]);
  });

  test('progress is measured from the baseline', () => {
    expect(progressTowardsTarget(34, 90, 62)).toBe(0.5);
    expect(progressTowardsTarget(null, 1500, 1680)).toBe(1.12);
    expect(progressTowardsTarget(0, null, 10)).toBeNull();
  });
});
