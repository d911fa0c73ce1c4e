import { endOfWeek, isMonth, monthRange, previousMonth } from './calendar';

describe('calendar days', () => {
  test('a month spans its first to its last day', () => {
    expect(monthRange('2026-02')).toEqual({ from: '2026-02-01', to: '2026-02-28' });
    expect(monthRange('2028-02')).toEqual({ from: '2028-02-01', to: '2028-02-29' });
    expect(previousMonth('2026-01')).toBe('2025-12');
    expect(isMonth('2026-13')).toBe(false);
    expect(() => monthRange('11/2026')).toThrow(RangeError);
  });
});

describe('weeks', () => {
  test('a week ends on Sunday', () => {
    expect(endOfWeek('2026-11-23')).toBe('2026-11-29'); // Monday
    expect(endOfWeek('2026-11-29')).toBe('2026-11-29'); // Sunday
    expect(endOfWeek('2026-12-31')).toBe('2027-01-03');
  });
});
