import { codes, dialectUnderTest, ok } from '@dx/test-kit';
import { DISTRIBUTE } from '../helpers';
import { PIECE, storesFixture } from './fixture';

const f = storesFixture();

describe(`one set to each team from a store of serialled pieces (${dialectUnderTest})`, () => {
  test('each team receives the pieces picked for it; unpicked, twice-picked or unknown serials are refused', async () => {
    ok(
      await f.give(f.ward, [
        {
          category: 'COMPUTER',
          description: 'Máy tính để bàn',
          quantity: 2,
          serialNumbers: ['DS-MT-001', 'DS-MT-002'],
        },
        { category: 'FURNITURE_SET', description: 'Bộ bàn ghế', quantity: 2 },
      ]),
    );
    const [t20, t21] = await Promise.all([
      f.lookups.unitId('HN-LN-TDP20-CNS'),
      f.lookups.unitId('HN-LN-TDP21-CNS'),
    ]);
    const distribute = (teams: object[]) =>
      f.stack.query<any>(
        DISTRIBUTE,
        {
          input: {
            fromUnitId: f.ward,
            handedOverAt: '2026-11-14',
            itemsPerTeam: [
              { category: 'COMPUTER', quantity: 1 },
              { category: 'FURNITURE_SET', quantity: 1 },
            ],
            teams,
          },
        },
        f.desk,
      );

    expect(codes(await distribute([{ unitId: t20 }, { unitId: t21 }]))).toEqual(['SERIALS_REQUIRED']);
    const twice = await distribute([
      { unitId: t20, serialNumbers: ['DS-MT-001'] },
      { unitId: t21, serialNumbers: ['ds-mt-001'] },
    ]);
    expect(codes(twice)).toEqual(['BAD_USER_INPUT']);
    expect(twice.errors![0].extensions).toMatchObject({
      messageKey: 'errors.serialPickedTwice',
      field: 'teams.1.serialNumbers',
    });
    const unknown = await distribute([
      { unitId: t20, serialNumbers: ['DS-MT-001'] },
      { unitId: t21, serialNumbers: ['NO-SUCH-1'] },
    ]);
    expect(unknown.errors![0].extensions).toMatchObject({ messageKey: 'errors.serialUnknown' });
    expect(await f.storeLine('HN-LN', 'COMPUTER')).toMatchObject({ available: 2 });

    const records = ok(
      await distribute([
        { unitId: t20, serialNumbers: ['DS-MT-002'] },
        { unitId: t21, serialNumbers: ['DS-MT-001'] },
      ]),
    ).distributeToTeams;
    expect(records.map((r: any) => r.recipient.code)).toEqual(['HN-LN-TDP20-CNS', 'HN-LN-TDP21-CNS']);
    const piece = ok(await f.stack.query<any>(PIECE, { s: 'DS-MT-001' }, f.desk)).equipment;
    expect(piece).toMatchObject({ status: 'HANDED_OVER', team: { code: 'HN-LN-TDP21-CNS' } });
    expect(piece.handoverRecordNo).toBe(records[1].recordNo);
    expect(await f.storeLine('HN-LN', 'COMPUTER')).toMatchObject({ available: 0 });
    expect(await f.storeLine('HN-LN', 'FURNITURE_SET')).toMatchObject({ available: 0 });
  });
});
