import { planDistribution } from './distribution';

const teams = Array.from({ length: 10 }, (_, i) => ({ unitId: String(100 + i) }));
const oneOfEach = [
  { category: 'COMPUTER', quantity: 1 },
  { category: 'PRINTER', quantity: 1 },
  { category: 'FURNITURE_SET', quantity: 1 },
] as const;

describe('distributing one of each to every team', () => {
  test('plans one handover per team when stock covers all of them', () => {
    const available = new Map([
      ['COMPUTER', 10],
      ['PRINTER', 10],
      ['FURNITURE_SET', 12],
    ] as const);
    const result = planDistribution(teams, oneOfEach, available);
    if (!('plan' in result)) throw new Error('expected a plan');
    expect(result.plan.handovers).toHaveLength(10);
    expect(result.plan.handovers[3].items).toEqual([...oneOfEach]);
    expect(result.plan.totals).toEqual(oneOfEach.map((l) => ({ ...l, quantity: 10 })));
  });

  test('is refused as a whole when one category falls short', () => {
    const available = new Map([
      ['COMPUTER', 10],
      ['PRINTER', 9],
      ['FURNITURE_SET', 10],
    ] as const);
    expect(planDistribution(teams, oneOfEach, available)).toEqual({
      shortages: [{ category: 'PRINTER', requested: 10, available: 9 }],
    });
  });

  test('needs teams, distinct teams and items', () => {
    const available = new Map();
    expect(planDistribution([], oneOfEach, available)).toEqual({ problem: 'NO_TEAMS' });
    expect(planDistribution([{ unitId: '1' }, { unitId: '1' }], oneOfEach, available)).toEqual({
      problem: 'DUPLICATE_TEAM',
      detail: '1',
    });
    expect(planDistribution(teams, [], available)).toEqual({ problem: 'NO_ITEMS' });
  });
});
