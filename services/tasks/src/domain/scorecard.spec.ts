import { rankUnits, unitScore } from './scorecard';

describe('monthly unit scorecard', () => {
  test('on time earns full credit, late half, overdue none', () => {
    expect(unitScore({ doneOnTime: 4, doneLate: 0, overdue: 0 })).toBe(100);
    expect(unitScore({ doneOnTime: 2, doneLate: 1, overdue: 1 })).toBe(62.5);
    expect(unitScore({ doneOnTime: 0, doneLate: 0, overdue: 3 })).toBe(0);
    expect(unitScore({ doneOnTime: 1, doneLate: 0, overdue: 2 })).toBe(33.3);
  });

  test('nothing settled yet means nothing missed', () => {
    expect(unitScore({ doneOnTime: 0, doneLate: 0, overdue: 0 })).toBe(100);
  });

  test('units rank by score, then by work done on time, ties share a rank', () => {
    const ranked = rankUnits([
      { unitId: '10', assigned: 4, doneOnTime: 2, doneLate: 1, overdue: 1 },
      { unitId: '11', assigned: 3, doneOnTime: 3, doneLate: 0, overdue: 0 },
      { unitId: '12', assigned: 1, doneOnTime: 1, doneLate: 0, overdue: 0 },
      { unitId: '13', assigned: 5, doneOnTime: 2, doneLate: 1, overdue: 1 },
      { unitId: '14', assigned: 2, doneOnTime: 0, doneLate: 0, overdue: 2 },
    ]);
    expect(ranked.map((l) => [l.unitId, l.score, l.rank])).toEqual([
      ['11', 100, 1],
      ['12', 100, 2],
      ['10', 62.5, 3],
      ['13', 62.5, 3],
      ['14', 0, 5],
    ]);
  });
});
