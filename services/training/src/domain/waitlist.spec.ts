import { byWaitlistOrder, moveInWaitlist, positionProblem } from './waitlist';

const waiting = [
  { id: 10, waitRank: 0 },
  { id: 11, waitRank: 0 },
  { id: 12, waitRank: 0 },
  { id: 13, waitRank: 0 },
];

describe('the waitlist order', () => {
  test('is first come, first served until the coordinator ranks it', () => {
    expect(
      [...waiting]
        .reverse()
        .sort(byWaitlistOrder)
        .map((w) => w.id),
    ).toEqual([10, 11, 12, 13]);
    expect(
      [
        { id: 5, waitRank: 3 },
        { id: 9, waitRank: 1 },
      ]
        .sort(byWaitlistOrder)
        .map((w) => w.id),
    ).toEqual([9, 5]);
  });

  test('moving the last to the front ranks everyone 1..n', () => {
    const moved = moveInWaitlist(waiting, 13, 1)!;
    expect(moved.order.map((w) => w.id)).toEqual([13, 10, 11, 12]);
    expect([...moved.ranks]).toEqual([
      [13, 1],
      [10, 2],
      [11, 3],
      [12, 4],
    ]);
  });

  test('only ranks that change are rewritten; an unknown entry is null', () => {
    const ranked = [
      { id: 1, waitRank: 1 },
      { id: 2, waitRank: 2 },
      { id: 3, waitRank: 3 },
    ];
    expect([...moveInWaitlist(ranked, 3, 2)!.ranks]).toEqual([
      [3, 2],
      [2, 3],
    ]);
    expect(moveInWaitlist(ranked, 99, 1)).toBeNull();
  });

  test('a place outside the list is refused, not clamped', () => {
    expect(positionProblem(0, 4)).toMatch(/1 to 4/);
    expect(positionProblem(5, 4)).toMatch(/1 to 4/);
    expect(positionProblem(4, 4)).toBeNull();
  });
});
