import { seeded, splitTotal } from './split';

describe('demo figures split over days and teams', () => {
  test('the parts add up to the total exactly', () => {
    const random = seeded(7);
    const weights = Array.from({ length: 540 }, () => 0.2 + random());
    expect(splitTotal(1680, weights).reduce((a, b) => a + b, 0)).toBe(1680);
    expect(splitTotal(10, [1, 1, 1])).toEqual([4, 3, 3]);
  });

  test('the generator is the same on every run', () => {
    const a = seeded(42);
    const b = seeded(42);
    expect([a(), a()]).toEqual([b(), b()]);
  });
});
