import { codes, dialectUnderTest, ok } from '@dx/test-kit';
import { DECIDE, NOMINATE, RECUSE, REVIEW, achievements, openRound, submittedNomination } from '../support';
import { awardsFixture } from './fixture';

const f = awardsFixture();

describe(`refused input, roles and unit scope (${dialectUnderTest})`, () => {
  test('invalid input is refused with a code and the field named', async () => {
    const round = await openRound(f.stack, f.awards);
    const unit = await f.dir.unitId('HN-CN-VHXH');
    const both = await f.stack.query(
      NOMINATE,
      { i: { roundId: round.id, nomineeUnitId: unit, nomineePersonId: '1', achievements } },
      f.nominator,
    );
    expect(both.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'nomineeUnitId' });
    const short = await f.stack.query(
      NOMINATE,
      { i: { roundId: round.id, nomineeUnitId: unit, achievements: 'Tốt' } },
      f.nominator,
    );
    expect(short.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'achievements' });
    const link = await f.stack.query(
      NOMINATE,
      { i: { roundId: round.id, nomineeUnitId: unit, achievements, evidenceLinks: ['ftp://x'] } },
      f.nominator,
    );
    expect(link.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'evidenceLinks' });
    const unknown = await f.stack.query(
      NOMINATE,
      { i: { roundId: round.id, nomineeUnitId: '999999', achievements } },
      f.nominator,
    );
    expect(unknown.errors![0].extensions).toMatchObject({ code: 'NOT_FOUND', field: 'nomineeUnitId' });
    const outside = await f.stack.query(
      NOMINATE,
      {
        i: {
          roundId: (await openRound(f.stack, f.awards, { organizerUnitId: await f.dir.unitId('HN-LN') })).id,
          nomineeUnitId: unit,
          achievements,
        },
      },
      f.nominator,
    );
    expect(outside.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'nomineeUnitId' });

    const backwards = await f.stack.query(
      'mutation { createAwardRound(input: { title: "Ngược", opensAt: "2026-10-10", closesAt: "2026-10-01" }) { id } }',
      {},
      f.awards,
    );
    expect(backwards.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'closesAt' });
    const nomination = await submittedNomination(f.stack, f.nominator, round.id, { nomineeUnitId: unit });
    const score = await f.stack.query(REVIEW, { id: nomination.id, s: 11 }, f.awards);
    expect(score.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'score' });
    const noNumber = await f.stack.query(DECIDE, { id: nomination.id, a: true }, f.awards);
    expect(noNumber.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'decisionNo' });
    expect(codes(await f.stack.query(RECUSE, { id: nomination.id, r: '' }, f.awards))).toEqual([
      'BAD_USER_INPUT',
    ]);
  });

  test('roles and unit scope apply', async () => {
    expect(
      codes(
        await f.stack.query(
          'mutation { createAwardRound(input: { title: "Không được", opensAt: "2026-01-01", closesAt: "2026-12-31" }) { id } }',
          {},
          f.member,
        ),
      ),
    ).toEqual(['FORBIDDEN']);
    const round = await openRound(f.stack, f.awards, { organizerUnitId: await f.dir.unitId('HN') });
    const inWard = await f.dir.unitId('HN-LN-TDP20-CNS');
    ok(
      await f.stack.query(
        NOMINATE,
        { i: { roundId: round.id, nomineeUnitId: inWard, achievements } },
        f.member,
      ),
    );
    ok(
      await f.stack.query(
        NOMINATE,
        { i: { roundId: round.id, nomineeUnitId: await f.dir.unitId('HN-CN-TDP4-CNS'), achievements } },
        f.nominator,
      ),
    );
    const elsewhere = await f.stack.query(
      NOMINATE,
      { i: { roundId: round.id, nomineeUnitId: await f.dir.unitId('HN-CN-TDP6-CNS'), achievements } },
      f.member,
    );
    expect(codes(elsewhere)).toEqual(['FORBIDDEN']);
    const seen = ok(
      await f.stack.query<any>(
        'query ($r: ID!) { nominations(roundId: $r) { nodes { nomineeName } } }',
        { r: round.id },
        f.member,
      ),
    ).nominations.nodes;
    expect(seen).toEqual([{ nomineeName: 'Tổ công nghệ số cộng đồng TDP 20, phường Lĩnh Nam' }]);
    const nomination =
      seen.length &&
      ok(
        await f.stack.query<any>(
          'query ($r: ID!) { nominations(roundId: $r) { nodes { id } } }',
          { r: round.id },
          f.awards,
        ),
      ).nominations.nodes[0];
    expect(codes(await f.stack.query(REVIEW, { id: nomination.id, s: 5 }, f.member))).toEqual(['FORBIDDEN']);

    const lamDong = await openRound(f.stack, f.admin, { organizerUnitId: await f.dir.unitId('LD') });
    expect(
      codes(
        await f.stack.query(
          'query ($r: ID!) { nominations(roundId: $r) { totalCount } }',
          { r: lamDong.id },
          f.awards,
        ),
      ),
    ).toEqual(['NOT_FOUND']);
    const listed = ok(await f.stack.query<any>('{ awardRounds(first: 100) { nodes { id } } }', {}, f.awards))
      .awardRounds.nodes;
    expect(listed.map((r: { id: string }) => r.id)).not.toContain(lamDong.id);
    expect(codes(await f.stack.query('{ awardRounds { totalCount } }'))).toEqual(['UNAUTHENTICATED']);
  });
});
