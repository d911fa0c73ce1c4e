import { missingSerials, serialKey, unpickedPieces, valuePerPiece } from './equipment';
import { futureDayProblem } from './dates';
import { formatDocumentNo } from './movements';

describe('equipment rules', () => {
  test('serials compare without case and spaces', () => {
    expect(serialKey(' ln-mt-001 ')).toBe('LN-MT-001');
    expect(missingSerials(['LN-MT-001', 'LN-MT-002'], ['ln-mt-001'])).toEqual(['LN-MT-002']);
  });

  test('a line value is shared over its pieces without losing a đồng', () => {
    const parts = [0, 1, 2].map((i) => valuePerPiece(100, 3, i));
    expect(parts).toEqual([34, 33, 33]);
    expect(valuePerPiece(null, 3, 0)).toBeNull();
  });

  test('a store cannot hold fewer items than named pieces', () => {
    expect(unpickedPieces([{ category: 'COMPUTER', available: 9, tracked: 10 }])).toHaveLength(1);
    expect(unpickedPieces([{ category: 'COMPUTER', available: 10, tracked: 10 }])).toEqual([]);
  });
});

describe('dates and numbers', () => {
  test('a day after today is refused; today is fine', () => {
    expect(futureDayProblem('2026-12-02', '2026-12-01', 'A receipt date')).toMatch(
      /cannot be after today \(2026-12-01\)/,
    );
    expect(futureDayProblem('2026-12-01', '2026-12-01', 'A receipt date')).toBeNull();
  });

  test('document numbers per series', () => {
    expect(formatDocumentNo('PX', 2026, 7)).toBe('PX-2026-0007');
    expect(() => formatDocumentNo('PX', 2026, 0)).toThrow();
  });
});
