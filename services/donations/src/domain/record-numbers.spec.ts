import { formatRecordNo, parseRecordNo, recordYear } from './record-numbers';

describe('handover record numbers', () => {
  test('are BB-<year>-<four digits>, counting from 1', () => {
    expect(formatRecordNo(2026, 1)).toBe('BB-2026-0001');
    expect(formatRecordNo(2026, 42)).toBe('BB-2026-0042');
    expect(formatRecordNo(2026, 12345)).toBe('BB-2026-12345');
  });

  test('refuse a sequence below 1', () => {
    expect(() => formatRecordNo(2026, 0)).toThrow();
  });

  test("take the year of the handover's own date", () => {
    expect(recordYear('2026-12-31')).toBe(2026);
    expect(recordYear('2027-01-01')).toBe(2027);
  });

  test('read back what they write', () => {
    expect(parseRecordNo('BB-2026-0007')).toEqual({ year: 2026, sequence: 7 });
    expect(parseRecordNo('XX-2026-1')).toBeNull();
  });
});
