import { classify, classifyYear, monthNotOpenProblem, scoresProblem, totalOf } from './rating';

const s = (t: number, tr: number, d: number) => [
  { criterion: 'TASKS_ON_TIME', points: t },
  { criterion: 'TRAINING', points: tr },
  { criterion: 'DIGITAL_TOOLS', points: d },
];

describe('monthly rating of civil servants', () => {
  test('points per criterion within their maximum', () => {
    expect(scoresProblem(s(40, 30, 30))).toBeNull();
    expect(scoresProblem(s(41, 30, 30))).toMatchObject({
      key: 'errors.ratingPointsRange',
      params: { max: 40 },
    });
    expect(scoresProblem(s(10, -1, 30))?.key).toBe('errors.ratingPointsRange');
    expect(scoresProblem(s(10, 1.5, 30))?.key).toBe('errors.ratingPointsRange');
    expect(scoresProblem(s(10, 10, 10).slice(0, 2))?.key).toBe('errors.ratingCriteriaEach');
    expect(totalOf({ TASKS_ON_TIME: 35, TRAINING: 25, DIGITAL_TOOLS: 30 })).toBe(90);
  });

  test('classes by total', () => {
    expect([90, 89, 70, 69, 50, 49].map(classify)).toEqual([
      'EXCELLENT',
      'GOOD',
      'GOOD',
      'COMPLETED',
      'COMPLETED',
      'NOT_COMPLETED',
    ]);
  });

  test('the year: mean of the approved months, provisional before twelve, a failed month caps it', () => {
    expect(classifyYear([])).toEqual({ months: 0, final: false, average: null, classification: null });
    expect(classifyYear([92, 88])).toEqual({
      months: 2,
      final: false,
      average: 90,
      classification: 'EXCELLENT',
    });
    const year = classifyYear([95, 95, 95, 95, 95, 95, 95, 95, 95, 95, 95, 40]);
    expect(year).toMatchObject({ months: 12, final: true, average: 90.4, classification: 'COMPLETED' });
  });

  test('a month to come cannot be rated', () => {
    expect(monthNotOpenProblem('2026-12', '2026-11-30')?.key).toBe('errors.ratingMonthNotBegun');
    expect(monthNotOpenProblem('2026-11', '2026-11-30')).toBeNull();
  });
});
