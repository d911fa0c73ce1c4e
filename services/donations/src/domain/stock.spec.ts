import {
  afterHandingOver,
  afterReceiving,
  afterReturning,
  describeShortages,
  shortages,
  totalsByCategory,
} from './stock';

describe('stock arithmetic', () => {
  const stock = { received: 10, handedOver: 7, available: 3 };

  test('receiving adds to received and available', () => {
    expect(afterReceiving(stock, 5)).toEqual({ received: 15, handedOver: 7, available: 8 });
  });

  test('handing over never goes below zero', () => {
    expect(afterHandingOver(stock, 3)).toEqual({ received: 10, handedOver: 10, available: 0 });
    expect(afterHandingOver(stock, 4)).toBeNull();
  });

  test('a void puts the items back', () => {
    expect(afterReturning({ received: 10, handedOver: 10, available: 0 }, 2)).toEqual({
      received: 10,
      handedOver: 8,
      available: 2,
    });
  });

  test('lines of one category add up, in category order', () => {
    expect(
      totalsByCategory([
        { category: 'PRINTER', quantity: 1 },
        { category: 'COMPUTER', quantity: 2 },
        { category: 'PRINTER', quantity: 3 },
      ]),
    ).toEqual([
      { category: 'COMPUTER', quantity: 2 },
      { category: 'PRINTER', quantity: 4 },
    ]);
  });

  test('shortages say what was asked and what is there', () => {
    const available = new Map([['COMPUTER', 1] as const]);
    const missing = shortages(
      [
        { category: 'COMPUTER', quantity: 2 },
        { category: 'PHONE', quantity: 1 },
      ],
      available,
    );
    expect(missing).toEqual([
      { category: 'COMPUTER', requested: 2, available: 1 },
      { category: 'PHONE', requested: 1, available: 0 },
    ]);
    expect(describeShortages(missing, 'Phường Lĩnh Nam')).toMatch(/COMPUTER: 2 requested, 1 available/);
  });
});
