import { cleanSerials, lineProblem } from './item-lines';

describe('item lines', () => {
  test('a good line has no problem', () => {
    expect(
      lineProblem({ quantity: 10, serialNumbers: ['SN1', 'SN2'], estimatedValueVnd: 150_000_000 }),
    ).toBeNull();
  });

  test.each([
    [{ quantity: 0 }, /at least 1/],
    [{ quantity: 1.5 }, /whole number/],
    [{ quantity: 1, serialNumbers: ['A', 'B'] }, /2 serial numbers for 1 items/],
    [{ quantity: 3, serialNumbers: ['A', 'A'] }, /listed twice/],
    [{ quantity: 1, estimatedValueVnd: -5 }, /estimated value/],
  ])('%p is refused', (line, message) => {
    expect(lineProblem(line)).toMatch(message);
  });

  test('blank serial numbers are dropped', () => {
    expect(cleanSerials([' A ', '', '  '])).toEqual(['A']);
  });
});
