import { dialectUnderTest, ok } from '@dx/test-kit';
import { HAND_OVER } from '../helpers';
import { serials, storesFixture } from './fixture';

const f = storesFixture();

describe(`what the gift became (${dialectUnderTest})`, () => {
  test('the thank-you letter names the teams that hold its pieces; the year report adds up', async () => {
    const pcs = serials('TY-MT', 4);
    ok(
      await f.give(f.ward, [
        {
          category: 'COMPUTER',
          description: 'Máy tính xách tay',
          quantity: 4,
          serialNumbers: pcs,
          estimatedValueVnd: 60_000_000,
        },
        { category: 'FURNITURE_SET', description: 'Bộ bàn ghế', quantity: 3, estimatedValueVnd: 9_000_000 },
      ]),
    );
    const team = await f.lookups.unitId('HN-LN-TDP20-CNS');
    ok(
      await f.stack.query(
        HAND_OVER,
        {
          input: {
            recipientUnitId: team,
            fromUnitId: f.ward,
            handedOverAt: '2026-11-13',
            items: [
              { category: 'COMPUTER', quantity: 1, serialNumbers: ['TY-MT-002'] },
              { category: 'FURNITURE_SET', quantity: 2 },
            ],
          },
        },
        f.desk,
      ),
    );
    const letter = ok(
      await f.stack.query<any>(
        'query ($d: ID!) { donorThankYouLetter(donorId: $d) { given { category quantity } estimatedValueVnd placements { team { code } category quantity serialNumbers } } }',
        { d: f.donorId },
        f.desk,
      ),
    ).donorThankYouLetter;
    expect(letter.placements).toEqual([
      { team: { code: 'HN-LN-TDP20-CNS' }, category: 'COMPUTER', quantity: 1, serialNumbers: ['TY-MT-002'] },
    ]);
    expect(letter.given).toEqual(
      expect.arrayContaining([
        { category: 'COMPUTER', quantity: 4 },
        { category: 'FURNITURE_SET', quantity: 3 },
      ]),
    );
    expect(letter.estimatedValueVnd).toBe(69_000_000);
    const years = ok(
      await f.stack.query<any>('{ donationReportByYear { year received handedOver handovers } }', {}, f.desk),
    ).donationReportByYear;
    expect(years[0]).toMatchObject({ year: 2026, received: 7, handovers: 1, handedOver: 3 });
  });
});
