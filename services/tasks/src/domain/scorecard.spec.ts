import { rankUnits, unitScore } from './scorecard';

describe('monthly unit scorecard', () => {
  test('on time earns full credit, late half, overdue none', () => {
    expect(unitScore({ doneOnTime: 4, doneLate: 0, overdue: 0 })).toBe(100);
    expect(unitScore({ doneOnTime: 2, doneLate: 1, overdue: 1 })).toBe(62.5);
    expect(unitScore({ doneOnTime: 0, doneLate: 0, overdue: 3 })).toBe(0);
    expect(unitScore({ doneOnTime: 1, doneLate: 0, overdue: 2 })).toBe(33.3);
  });

  test('nothing settled in the month means no score, not 100', () => {
    expect(unitScore({ doneOnTime: 0, doneLate: 0, overdue: 0 })).toBeNull();
  });

  test('units without a score come last and are not ranked', () => {
    const ranked = rankUnits([
      { unitId: '1', assigned: 0, doneOnTime: 0, doneLate: 0, overdue: 0, lateDays: 0, overdueDays: 0 },
      { unitId: '2', assigned: 1, doneOnTime: 0, doneLate: 0, overdue: 1, lateDays: 0, overdueDays: 3 },
    ]);
    expect(ranked.map((l) => [l.unitId, l.score, l.rank])).toEqual([
      ['2', 0, 1],
      ['1', null, null],
    ]);
  });

  test('units rank by score, then by work done on time, ties share a rank', () => {
    const ranked = rankUnits([
      { unitId: '10', assigned: 4, doneOnTime: 2, doneLate: 1, overdue: 1, lateDays: 0, overdueDays: 0 },
      { unitId: '11', assigned: 3, doneOnTime: 3, doneLate: 0, overdue: 0, lateDays: 0, overdueDays: 0 },
      { unitId: '12', assigned: 1, doneOnTime: 1, doneLate: 0, overdue: 0, lateDays: 0, overdueDays: 0 },
      { unitId: '13', assigned: 5, doneOnTime: 2, doneLate: 1, overdue: 1, lateDays: 0, overdueDays: 0 },
      { unitId: '14', assigned: 2, doneOnTime: 0, doneLate: 0, overdue: 2, lateDays: 0, overdueDays: 0 },
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
