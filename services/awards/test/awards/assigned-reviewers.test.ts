import { dialectUnderTest, ok } from '@dx/test-kit';
import { openRound, submittedNomination } from '../support';
import { awardsFixture } from './fixture';

const f = awardsFixture();

const QUEUE = 'query ($r: ID) { reviewQueue(roundId: $r) { totalCount nodes { id } } }';

describe(`assigned reviewers' queues (${dialectUnderTest})`, () => {
  // The e2e journey's round: the committee member `awards` nominates, `reviewer` and `reviewer2` score.
  test('each assigned reviewer queues the round nominations; the nominator, not assigned, queues none', async () => {
    const round = await openRound(f.stack, f.awards, { minReviews: 2 });
    for (const name of ['Lê Thị Hồng Nhung', 'Trần Quốc Khánh']) {
      ok(
        await f.stack.query(
          'mutation ($r: ID!, $p: ID!) { assignReviewer(roundId: $r, personId: $p) { id } }',
          { r: round.id, p: await f.dir.personId(name) },
          f.awards,
        ),
      );
    }
    const team = await submittedNomination(f.stack, f.awards, round.id, {
      nomineeUnitId: await f.dir.unitId('HN-CN-TDP5-CNS'),
    });
    const person = await submittedNomination(f.stack, f.awards, round.id, {
      nomineePersonId: await f.dir.personId('Ngô Quang Vinh'),
    });
    const queued = async (token: string, roundId?: string) =>
      ok(await f.stack.query<any>(QUEUE, roundId ? { r: roundId } : {}, token)).reviewQueue.nodes.map(
        (n: { id: string }) => n.id,
      );
    for (const account of ['reviewer', 'reviewer2']) {
      const token = await f.stack.login(account);
      expect(await queued(token, round.id)).toEqual([team.id, person.id]);
      expect(await queued(token)).toEqual(expect.arrayContaining([team.id, person.id]));
    }
    expect(await queued(f.awards, round.id)).toEqual([]);
  });
});
