import { DEFAULT_WEIGHTS, achievement, meanOrNull, rankYear, weightsProblem } from './ranking';

describe('yearly ranking of units', () => {
  test('weighted mean of the parts, ranks shared on equal scores, units without data apart', () => {
    const ranked = rankYear(
      [
        { unitId: '1', values: { TASK_DELIVERY: 50, INDICATORS: 100, TRAINING: 0, CAMPAIGNS: 80 } },
        { unitId: '2', values: { TASK_DELIVERY: 100, INDICATORS: 100, TRAINING: 100, CAMPAIGNS: 100 } },
        { unitId: '3', values: {} },
        { unitId: '4', values: { TASK_DELIVERY: 100 } },
        { unitId: '5', values: { TASK_DELIVERY: 50, INDICATORS: 100, TRAINING: 0, CAMPAIGNS: 80 } },
      ],
      DEFAULT_WEIGHTS,
    );
    expect(ranked.map((r) => [r.unitId, r.score, r.rank, r.noData])).toEqual([
      ['2', 100, 1, false],
      ['4', 100, 1, false],
      ['1', 62, 3, false],
      ['5', 62, 3, false],
      ['3', null, null, true],
    ]);
    expect(ranked[2].parts).toEqual([
      { criterion: 'TASK_DELIVERY', weight: 40, value: 50, points: 20 },
      { criterion: 'INDICATORS', weight: 30, value: 100, points: 30 },
      { criterion: 'TRAINING', weight: 15, value: 0, points: 0 },
      { criterion: 'CAMPAIGNS', weight: 15, value: 80, points: 12 },
    ]);
    expect(ranked[1].parts[1]).toEqual({ criterion: 'INDICATORS', weight: 30, value: null, points: null });
  });

  test('a part weighted 0 is shown but does not count', () => {
    const [line] = rankYear([{ unitId: '1', values: { TASK_DELIVERY: 0, CAMPAIGNS: 90 } }], {
      TASK_DELIVERY: 0,
      INDICATORS: 50,
      TRAINING: 0,
      CAMPAIGNS: 50,
    });
    expect(line.score).toBe(90);
  });

  test('achievement against a target is capped at the target, both directions', () => {
    expect(achievement(85, 85)).toBe(100);
    expect(achievement(68, 85)).toBe(80);
    expect(achievement(120, 100)).toBe(100);
    expect(achievement(2, 4, false)).toBe(100);
    expect(achievement(8, 4, false)).toBe(50);
    expect(meanOrNull([])).toBeNull();
    expect(meanOrNull([100, 80, 50])).toBe(76.7);
  });

  test('weights: one per criterion, whole, 0–100, summing to 100', () => {
    const w = (t: number, i: number, tr: number, c: number) => [
      { criterion: 'TASK_DELIVERY', weight: t },
      { criterion: 'INDICATORS', weight: i },
      { criterion: 'TRAINING', weight: tr },
      { criterion: 'CAMPAIGNS', weight: c },
    ];
    expect(weightsProblem(w(40, 30, 15, 15))).toBeNull();
    expect(weightsProblem(w(40, 30, 15, 10))?.key).toBe('errors.rankingWeightsSum');
    expect(weightsProblem(w(40, 30, 15.5, 14.5))?.key).toBe('errors.rankingWeightRange');
    expect(weightsProblem(w(40, 30, 15, 15).slice(1))?.key).toBe('errors.rankingWeightsEach');
  });
});
