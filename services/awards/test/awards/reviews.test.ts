import { codes, dialectUnderTest, ok } from '@dx/test-kit';
import { RECUSE, REVIEW, openRound, submittedNomination } from '../support';
import { awardsFixture } from './fixture';

const f = awardsFixture();

describe(`reviews: weighted criteria, reviewers who may not review (${dialectUnderTest})`, () => {
  test('reviews are weighted by the round criteria and averaged over reviewers', async () => {
    const criteria = [
      { name: 'Hiệu quả', weight: 50 },
      { name: 'Lan tỏa', weight: 30 },
      { name: 'Sáng tạo', weight: 20 },
    ];
    const round = await openRound(f.stack, f.awards, { criteria });
    const [a, b, c] = round.criteria.map((x: { id: string }) => x.id);
    const nomination = await submittedNomination(f.stack, f.nominator, round.id, {
      nomineeUnitId: await f.dir.unitId('HN-CN-DTN'),
    });
    const missing = await f.stack.query(
      REVIEW,
      { id: nomination.id, s: 8, cs: [{ criterionId: a, score: 8 }] },
      f.awards,
    );
    expect(missing.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'criterionScores' });
    const first = ok(
      await f.stack.query<any>(
        REVIEW,
        {
          id: nomination.id,
          s: 8,
          cs: [
            { criterionId: a, score: 10 },
            { criterionId: b, score: 5 },
            { criterionId: c, score: 5 },
          ],
        },
        f.awards,
      ),
    );
    expect(first.reviewNomination.reviews[0].weightedScore).toBe(7.5);

    const personId = await f.dir.personId('Dương Minh Quang');
    ok(
      await f.stack.query(
        'mutation ($p: ID!, $u: ID!) { createAccount(input: { username: "awards2", password: "long-enough-1", roles: [AWARD_COMMITTEE], scopeUnitId: $u, personId: $p }) { id } }',
        { p: personId, u: await f.dir.unitId('HN') },
        f.admin,
      ),
    );
    const second = await f.stack.login('awards2', 'long-enough-1');
    const both = ok(
      await f.stack.query<any>(
        REVIEW,
        {
          id: nomination.id,
          s: 9,
          cs: [
            { criterionId: a, score: 9 },
            { criterionId: b, score: 9 },
            { criterionId: c, score: 9 },
          ],
        },
        second,
      ),
    );
    expect(both.reviewNomination).toMatchObject({ averageScore: 8.25, reviewCount: 2 });

    const recused = ok(
      await f.stack.query<any>(RECUSE, { id: nomination.id, r: 'Tôi từng công tác tại đơn vị này' }, second),
    ).recuseFromNomination;
    expect(recused).toMatchObject({
      averageScore: 7.5,
      reviewCount: 1,
      recusals: [{ reason: 'Tôi từng công tác tại đơn vị này', reviewer: { id: personId } }],
    });
    const ranking = ok(
      await f.stack.query<any>(
        'query ($r: ID!) { nominations(roundId: $r, orderBy: SCORE_DESC) { nodes { id averageScore } } }',
        { r: round.id },
        f.awards,
      ),
    );
    expect(ranking.nominations.nodes[0]).toEqual({ id: nomination.id, averageScore: 7.5 });
  });

  test('a reviewer may not review themselves, their own unit or a colleague, and the queue leaves those out', async () => {
    const round = await openRound(f.stack, f.awards, { organizerUnitId: await f.dir.unitId('HN') });
    const self = await submittedNomination(f.stack, f.nominator, round.id, {
      nomineePersonId: await f.dir.personId('Đỗ Thị Mai Anh'),
    });
    const ownUnit = await submittedNomination(f.stack, f.nominator, round.id, {
      nomineeUnitId: await f.dir.unitId('HN'),
    });
    const colleague = await submittedNomination(f.stack, f.nominator, round.id, {
      nomineePersonId: await f.dir.personId('Trần Quốc Khánh'),
    });
    const other = await submittedNomination(f.stack, f.nominator, round.id, {
      nomineeUnitId: await f.dir.unitId('HN-CN-MTTQ'),
    });
    for (const n of [self, ownUnit, colleague]) {
      const refused = await f.stack.query(REVIEW, { id: n.id, s: 10 }, f.awards);
      expect(codes(refused)).toEqual(['CONFLICT_OF_INTEREST']);
    }
    const queue = ok(
      await f.stack.query<any>(
        'query ($r: ID) { reviewQueue(roundId: $r) { nodes { id } } }',
        { r: round.id },
        f.awards,
      ),
    ).reviewQueue.nodes;
    expect(queue.map((n: { id: string }) => n.id)).toEqual([other.id]);
    ok(await f.stack.query(RECUSE, { id: other.id, r: 'Có quan hệ gia đình với người đề nghị' }, f.awards));
    const after = ok(
      await f.stack.query<any>(
        'query ($r: ID) { reviewQueue(roundId: $r) { totalCount } }',
        { r: round.id },
        f.awards,
      ),
    );
    expect(after.reviewQueue.totalCount).toBe(0);
  });
});
