import { codes, dialectUnderTest, ok } from '@dx/test-kit';
import {
  stack,
  secretariat,
  member,
  u,
  refusal,
  task,
  RANKING,
  SETUP,
  WEIGHTS,
  PUBLISH,
  weights,
  useEvaluationFixture,
} from './fixture';

useEvaluationFixture();

describe(`the yearly DX ranking of units (${dialectUnderTest})`, () => {
  test('weights are whole, one per criterion and sum to 100; a stale version is refused', async () => {
    expect(
      refusal(
        await stack.query(WEIGHTS, { y: 2026, p: u.HN, w: weights(40, 30, 10, 10), v: 0 }, secretariat),
      ),
    ).toBe('errors.rankingWeightsSum');
    expect(
      codes(await stack.query(WEIGHTS, { y: 2026, p: u.HN, w: weights(40, 30, 10, 20), v: 0 }, member)),
    ).toEqual(['FORBIDDEN']);
    const set = ok(
      await stack.query<any>(WEIGHTS, { y: 2026, p: u.HN, w: weights(40, 30, 10, 20), v: 0 }, secretariat),
    ).setRankingWeights;
    expect(set).toMatchObject({ status: 'DRAFT', version: 1 });
    expect(
      refusal(
        await stack.query(WEIGHTS, { y: 2026, p: u.HN, w: weights(40, 30, 10, 20), v: 0 }, secretariat),
      ),
    ).toBe('errors.staleVersion');
  });

  test('the known data set gives the expected parts, scores and ranks; a unit without data is marked', async () => {
    const lines = ok(await stack.query<any>(RANKING, { y: 2026, p: u.HN }, secretariat)).unitRanking;
    const byUnit = (code: string) => lines.find((l: any) => l.unit.id === u[code]);
    expect(lines.map((l: any) => [l.unit.id, l.score, l.rank, l.noData])).toEqual([
      [u['HN-LN'], 77, 1, false],
      [u['HN-CN'], 74.4, 2, false],
      [u['HN-SKHCN'], 0, 3, false],
      [u['HN-VP'], null, null, true],
    ]);
    expect(byUnit('HN-LN').parts).toEqual([
      { criterion: 'TASK_DELIVERY', weight: 40, value: 75, points: 30 },
      { criterion: 'INDICATORS', weight: 30, value: 90, points: 27 },
      { criterion: 'TRAINING', weight: 10, value: 0, points: 0 },
      { criterion: 'CAMPAIGNS', weight: 20, value: 100, points: 20 },
    ]);
    expect(byUnit('HN-CN').parts.map((p: any) => p.value)).toEqual([100, 50, null, 60]);
  });

  test("scope: a ward's member may not see the city's ranking", async () => {
    const result = await stack.query(RANKING, { y: 2026, p: u.HN }, member);
    expect(codes(result)).toEqual(['FORBIDDEN']);
    expect(refusal(result)).toBe('errors.outsideScope');
  });

  test('the chart of an indicator against its 2026 target, month by month', async () => {
    const chart = ok(
      await stack.query<any>(
        'query ($i: ID!, $u: ID!) { indicatorChart(indicatorId: $i, unitId: $u, year: 2026) { target months { month value meetsTarget } } }',
        { i: u.indicator, u: u['HN-LN'] },
        member,
      ),
    ).indicatorChart;
    expect(chart.target).toBe(100);
    expect(chart.months).toHaveLength(12);
    expect(chart.months.slice(8, 11)).toEqual([
      { month: '2026-09', value: null, meetsTarget: null },
      { month: '2026-10', value: 80, meetsTarget: false },
      { month: '2026-11', value: 100, meetsTarget: true },
    ]);
  });

  test('published: frozen as announced, no more changes, the trend per unit', async () => {
    expect(refusal(await stack.query(PUBLISH, { y: 2027, p: u.HN, v: 0 }, secretariat))).toBe(
      'errors.rankingYearNotBegun',
    );
    const published = ok(
      await stack.query<any>(PUBLISH, { y: 2026, p: u.HN, v: 1 }, secretariat),
    ).publishUnitRanking;
    expect(published).toMatchObject({ status: 'PUBLISHED', version: 2 });
    await task(u['HN-VP'], '2026-11-20', '2026-11-19');
    const lines = ok(await stack.query<any>(RANKING, { y: 2026, p: u.HN }, secretariat)).unitRanking;
    expect(lines.map((l: any) => [l.unit.id, l.score, l.rank])).toEqual([
      [u['HN-LN'], 77, 1],
      [u['HN-CN'], 74.4, 2],
      [u['HN-SKHCN'], 0, 3],
      [u['HN-VP'], null, null],
    ]);
    expect(
      refusal(
        await stack.query(WEIGHTS, { y: 2026, p: u.HN, w: weights(25, 25, 25, 25), v: 2 }, secretariat),
      ),
    ).toBe('errors.rankingPublished');
    expect(refusal(await stack.query(PUBLISH, { y: 2026, p: u.HN, v: 2 }, secretariat))).toBe(
      'errors.rankingPublished',
    );
    const trend = ok(
      await stack.query<any>(
        'query ($u: ID!) { unitRankingTrend(unitId: $u) { year score rank rankedUnits } }',
        { u: u['HN-LN'] },
        member,
      ),
    ).unitRankingTrend;
    expect(trend).toEqual([{ year: 2026, score: 77, rank: 1, rankedUnits: 3 }]);
    const setup = ok(await stack.query<any>(SETUP, { y: 2026, p: u.HN }, secretariat)).rankingSetup;
    expect(setup.status).toBe('PUBLISHED');
  });
});
