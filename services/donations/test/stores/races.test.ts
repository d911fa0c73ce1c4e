import { codes, dialectUnderTest, ok } from '@dx/test-kit';
import { HAND_OVER } from '../helpers';
import { PIECE, TRANSFER, storesFixture } from './fixture';

const f = storesFixture();

describe(`races on one store (${dialectUnderTest})`, () => {
  test('transfers and handovers racing for five phones: exactly five succeed, never below zero', async () => {
    const cuaNam = await f.lookups.unitId('HN-CN');
    ok(await f.give(cuaNam, [{ category: 'PHONE', description: 'Điện thoại', quantity: 5 }]));
    const teams = await Promise.all([1, 2, 3, 4, 5, 6].map((n) => f.lookups.unitId(`HN-CN-TDP${n}-CNS`)));
    const items = [{ category: 'PHONE', quantity: 1 }];
    const results = await Promise.all([
      ...teams.map((team) =>
        f.stack.query(
          HAND_OVER,
          { input: { recipientUnitId: team, fromUnitId: cuaNam, handedOverAt: '2026-11-20', items } },
          f.desk,
        ),
      ),
      ...teams.map(() =>
        f.stack.query(
          TRANSFER,
          { input: { fromUnitId: cuaNam, toUnitId: f.ward, transferredAt: '2026-11-20', items } },
          f.desk,
        ),
      ),
    ]);
    const outcomes = results.map((r) => (r.errors ? codes(r).join() : 'done')).sort();
    expect(outcomes).toEqual([...Array(7).fill('OUT_OF_STOCK'), ...Array(5).fill('done')]);
    expect(await f.storeLine('HN-CN', 'PHONE')).toMatchObject({ available: 0 });
  });

  test('one serial raced to two teams and a transfer: it ends in exactly one place', async () => {
    const cuaNam = await f.lookups.unitId('HN-CN');
    ok(
      await f.give(cuaNam, [
        {
          category: 'NETWORK_EQUIPMENT',
          description: 'Bộ phát Wi-Fi',
          quantity: 3,
          serialNumbers: ['WIFI-1', 'WIFI-2', 'WIFI-3'],
        },
      ]),
    );
    const [t1, t2] = await Promise.all([
      f.lookups.unitId('HN-CN-TDP1-CNS'),
      f.lookups.unitId('HN-CN-TDP2-CNS'),
    ]);
    const items = [{ category: 'NETWORK_EQUIPMENT', quantity: 1, serialNumbers: ['WIFI-2'] }];
    const results = await Promise.all([
      f.stack.query(
        HAND_OVER,
        { input: { recipientUnitId: t1, fromUnitId: cuaNam, handedOverAt: '2026-11-20', items } },
        f.desk,
      ),
      f.stack.query(
        HAND_OVER,
        { input: { recipientUnitId: t2, fromUnitId: cuaNam, handedOverAt: '2026-11-20', items } },
        f.desk,
      ),
      f.stack.query(
        TRANSFER,
        { input: { fromUnitId: cuaNam, toUnitId: f.ward, transferredAt: '2026-11-20', items } },
        f.desk,
      ),
    ]);
    const outcomes = results.map((r) => (r.errors ? codes(r).join() : 'done')).sort();
    expect(outcomes).toEqual(['SERIAL_NOT_AVAILABLE', 'SERIAL_NOT_AVAILABLE', 'done']);
    const piece = ok(await f.stack.query<any>(PIECE, { s: 'WIFI-2' }, f.admin)).equipment;
    const places = piece.history.filter((h: any) => h.kind !== 'RECEIVED');
    expect(places).toHaveLength(1);
    expect(await f.storeLine('HN-CN', 'NETWORK_EQUIPMENT')).toMatchObject({ available: 2 });
  });
});
