import { planDistribution, sortSerialsPerTeam } from './distribution';

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

describe('serials picked per team', () => {
  const categoryOf = new Map([
    ['LN-MT-001', 'COMPUTER'],
    ['LN-MT-002', 'COMPUTER'],
    ['LN-MI-001', 'PRINTER'],
  ] as const);
  test("sorts each team's serials into the categories it receives", () => {
    const result = sortSerialsPerTeam([['ln-mt-001 ', 'LN-MI-001'], ['LN-MT-002']], categoryOf, [
      'COMPUTER',
      'PRINTER',
    ]);
    if (!('perTeam' in result)) throw new Error('expected serials per team');
    expect(result.perTeam[0].get('COMPUTER')).toEqual(['ln-mt-001']);
    expect(result.perTeam[0].get('PRINTER')).toEqual(['LN-MI-001']);
    expect(result.perTeam[1].get('PRINTER')).toBeUndefined();
  });
  test('a piece goes to one team; unknown serials and categories not received are problems', () => {
    expect(sortSerialsPerTeam([['LN-MT-001'], ['ln-mt-001']], categoryOf, ['COMPUTER'])).toEqual({
      problem: 'PICKED_TWICE',
      serial: 'ln-mt-001',
      team: 1,
    });
    expect(sortSerialsPerTeam([['X-9']], categoryOf, ['COMPUTER'])).toMatchObject({
      problem: 'UNKNOWN_SERIAL',
    });
    expect(sortSerialsPerTeam([['LN-MI-001']], categoryOf, ['COMPUTER'])).toMatchObject({
      problem: 'NOT_RECEIVED',
    });
  });
});
