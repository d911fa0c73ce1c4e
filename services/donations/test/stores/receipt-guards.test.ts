import { codes, dialectUnderTest, ok } from '@dx/test-kit';
import { RECORD_DONATION, lineOf } from '../helpers';
import { storesFixture } from './fixture';

const f = storesFixture();

describe(`receipt guards (${dialectUnderTest})`, () => {
  test('a receipt dated after today is refused with a message key; never clamped', async () => {
    const item = { category: 'PHONE', description: 'Điện thoại', quantity: 1 };
    const future = await f.stack.query<any>(
      RECORD_DONATION,
      { input: { donorId: f.donorId, receivedAt: '2099-01-01', unitId: f.ward, items: [item] } },
      f.desk,
    );
    expect(codes(future)).toEqual(['BAD_USER_INPUT']);
    expect(future.errors![0].extensions).toMatchObject({
      messageKey: 'errors.receivedAfterToday',
      field: 'receivedAt',
    });
    expect(codes(await f.give(f.ward, [{ ...item, quantity: 100_001 }]))).toEqual(['BAD_USER_INPUT']);
    expect(codes(await f.give(f.ward, [{ ...item, quantity: 0 }]))).toEqual(['BAD_USER_INPUT']);
    expect(codes(await f.give(f.ward, [{ ...item, estimatedValueVnd: 99_999_999_999 }]))).toEqual([
      'BAD_USER_INPUT',
    ]);
    expect(lineOf(await f.stockOf('HN-LN'), 'PHONE')).toBeUndefined();
  });

  test('the same form submitted twice (same request key, at once) records one donation', async () => {
    const item = { category: 'OTHER', description: 'Bộ lưu điện', quantity: 2 };
    const [a, b] = await Promise.all([
      f.give(f.ward, [item], { requestKey: 'form-1' }),
      f.give(f.ward, [item], { requestKey: 'form-1' }),
    ]);
    expect(ok(a).recordDonation.id).toBe(ok(b).recordDonation.id);
    const again = ok(await f.give(f.ward, [item], { requestKey: 'form-1' })).recordDonation;
    expect(again.id).toBe(ok(a).recordDonation.id);
    expect((await f.stockOf('HN-LN')).find((l) => l.category === 'OTHER')).toMatchObject({
      received: 2,
      available: 2,
    });
  });

  test('a serial already recorded is refused', async () => {
    ok(
      await f.give(f.ward, [
        { category: 'PHONE', description: 'Điện thoại', quantity: 1, serialNumbers: ['DUP-1'] },
      ]),
    );
    const twice = await f.give(f.ward, [
      { category: 'PHONE', description: 'Điện thoại', quantity: 1, serialNumbers: ['dup-1'] },
    ]);
    expect(codes(twice)).toEqual(['BAD_USER_INPUT']);
    expect(twice.errors![0].message).toMatch(/DUP-1|dup-1/);
  });
});
