import { codes, dialectUnderTest, ok, type TestStack } from '@dx/test-kit';
import {
  DECIDE,
  Directory,
  NOMINATE,
  REVIEW,
  achievements,
  closeRound,
  openRound,
  reviewed,
  startAwardsStack,
  submittedNomination,
} from './support';

let stack: TestStack;
let awards: string;
let nominator: string;
let dir: Directory;

beforeAll(async () => {
  stack = await startAwardsStack();
  awards = await stack.login('awards');
  nominator = await stack.login('secretariat');
  dir = new Directory(stack, await stack.login('admin'));
});
afterAll(() => stack?.stop());

describe(`awards under concurrent requests (${dialectUnderTest})`, () => {
  test('of eight simultaneous nominations of the same nominee exactly one succeeds; the rest are CONFLICT', async () => {
    const round = await openRound(stack, awards);
    const unit = await dir.unitId('HN-CN-TDP7-CNS');
    const person = await dir.someoneIn('HN-CN-TDP8-CNS');
    for (const nominee of [{ nomineeUnitId: unit }, { nomineePersonId: person.id }]) {
      const results = await Promise.all(
        Array.from({ length: 8 }, () =>
          stack.query(NOMINATE, { i: { roundId: round.id, achievements, ...nominee } }, nominator),
        ),
      );
      expect(results.filter((r) => !r.errors).length).toBe(1);
      expect(results.flatMap(codes)).toEqual(Array(7).fill('CONFLICT'));
    }
    const all = ok(
      await stack.query<any>(
        'query ($r: ID!) { nominations(roundId: $r) { totalCount } }',
        { r: round.id },
        awards,
      ),
    );
    expect(all.nominations.totalCount).toBe(2);
  });

  test('simultaneous approvals never pass the quota', async () => {
    const round = await openRound(stack, awards, { collectiveQuota: 3 });
    const codesOfUnits = Array.from({ length: 8 }, (_, i) => `HN-CN-TDP${i + 1}`);
    const nominations = [];
    for (const code of codesOfUnits)
      nominations.push(
        await submittedNomination(stack, nominator, round.id, { nomineeUnitId: await dir.unitId(code) }),
      );
    for (const n of nominations) await reviewed(stack, awards, n.id);
    await closeRound(stack, awards, round.id);
    const results = await Promise.all(
      nominations.map((n) => stack.query(DECIDE, { id: n.id, a: true, d: '88/QĐ-UBND' }, awards)),
    );
    expect(results.filter((r) => !r.errors).length).toBe(3);
    expect(results.flatMap(codes)).toEqual(Array(5).fill('QUOTA_EXCEEDED'));
    const honours = ok(
      await stack.query<any>('query ($r: ID!) { honours(roundId: $r) { id } }', { r: round.id }, awards),
    ).honours;
    expect(honours).toHaveLength(3);
    const counted = ok(
      await stack.query<any>(
        'query ($r: ID!) { awardRound(id: $r) { approvedCollectives } }',
        { r: round.id },
        awards,
      ),
    );
    expect(counted.awardRound.approvedCollectives).toBe(3);
    const stillOpen = ok(
      await stack.query<any>(
        'query ($r: ID!) { nominations(roundId: $r, status: SUBMITTED) { totalCount } }',
        { r: round.id },
        awards,
      ),
    );
    expect(stillOpen.nominations.totalCount).toBe(5);
  });

  test('the same approval sent twice at once counts once', async () => {
    const round = await openRound(stack, awards, { collectiveQuota: 5 });
    const n = await submittedNomination(stack, nominator, round.id, {
      nomineeUnitId: await dir.unitId('HN-CN-TDP9'),
    });
    await reviewed(stack, awards, n.id);
    await closeRound(stack, awards, round.id);
    const results = await Promise.all(
      Array.from({ length: 4 }, () => stack.query(DECIDE, { id: n.id, a: true, d: '89/QĐ-UBND' }, awards)),
    );
    expect(results.filter((r) => !r.errors).length).toBe(1);
    const counted = ok(
      await stack.query<any>(
        'query ($r: ID!) { awardRound(id: $r) { approvedCollectives } }',
        { r: round.id },
        awards,
      ),
    );
    expect(counted.awardRound.approvedCollectives).toBe(1);
  });

  test('two decisions racing for the last quota place: exactly one wins', async () => {
    for (let attempt = 0; attempt < 3; attempt++) {
      const round = await openRound(stack, awards, { individualQuota: 2 });
      const people = await Promise.all(
        ['HN-CN-TDP1-CNS', 'HN-CN-TDP2-CNS', 'HN-CN-TDP3-CNS'].map((c) => dir.someoneIn(c)),
      );
      const nominations = [];
      for (const p of people)
        nominations.push(await submittedNomination(stack, nominator, round.id, { nomineePersonId: p.id }));
      for (const n of nominations) await reviewed(stack, awards, n.id);
      await closeRound(stack, awards, round.id);
      ok(await stack.query(DECIDE, { id: nominations[0].id, a: true, d: '12/QĐ-UBND' }, awards));
      const results = await Promise.all(
        nominations.slice(1).map((n) => stack.query(DECIDE, { id: n.id, a: true, d: '12/QĐ-UBND' }, awards)),
      );
      expect(results.filter((r) => !r.errors)).toHaveLength(1);
      expect(results.flatMap(codes)).toEqual(['QUOTA_EXCEEDED']);
      const counted = ok(
        await stack.query<any>(
          'query ($r: ID!) { awardRound(id: $r) { approvedIndividuals } honours(roundId: $r) { id } }',
          { r: round.id },
          awards,
        ),
      );
      expect(counted.awardRound.approvedIndividuals).toBe(2);
      expect(counted.honours).toHaveLength(2);
    }
  });

  test('simultaneous reviews keep the average right', async () => {
    const round = await openRound(stack, awards);
    const n = await submittedNomination(stack, nominator, round.id, {
      nomineeUnitId: await dir.unitId('HN-CN-TDP10'),
    });
    const results = await Promise.all([3, 9, 6, 10].map((s) => stack.query(REVIEW, { id: n.id, s }, awards)));
    expect(results.every((r) => !r.errors || codes(r).every((c) => c === 'CONFLICT'))).toBe(true);
    const final = ok(
      await stack.query<any>(
        'query ($id: ID!) { nomination(id: $id) { reviewCount averageScore reviews { score } } }',
        { id: n.id },
        awards,
      ),
    );
    expect(final.nomination.reviewCount).toBe(1);
    expect(final.nomination.averageScore).toBe(final.nomination.reviews[0].score);
  });
});
