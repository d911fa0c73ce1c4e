import { codes, dialectUnderTest, ok } from '@dx/test-kit';
import {
  DECIDE,
  NOMINATE,
  REVIEW,
  SUBMIT,
  achievements,
  closeRound,
  dayFromToday,
  openRound,
  reviewed as reviewOnce,
  submittedNomination,
} from '../support';
import { awardsFixture } from './fixture';

const f = awardsFixture();

describe(`nomination windows and quotas (${dialectUnderTest})`, () => {
  test('nominating is refused before the round opens and after it closes, and so is submitting a late draft', async () => {
    const closed = await openRound(f.stack, f.awards, {
      opensAt: dayFromToday(-60),
      closesAt: dayFromToday(-1),
    });
    expect(closed.phase).toBe('CLOSED');
    const unit = await f.dir.unitId('HN-CN-VP');
    const late = await f.stack.query(
      NOMINATE,
      { i: { roundId: closed.id, nomineeUnitId: unit, achievements } },
      f.nominator,
    );
    expect(codes(late)).toEqual(['ROUND_CLOSED']);
    const upcoming = await openRound(f.stack, f.awards, {
      opensAt: dayFromToday(5),
      closesAt: dayFromToday(30),
    });
    expect(
      codes(
        await f.stack.query(
          NOMINATE,
          { i: { roundId: upcoming.id, nomineeUnitId: unit, achievements } },
          f.nominator,
        ),
      ),
    ).toEqual(['ROUND_NOT_OPEN']);

    const open = await openRound(f.stack, f.awards);
    const draft = ok(
      await f.stack.query<any>(
        NOMINATE,
        { i: { roundId: open.id, nomineeUnitId: unit, achievements } },
        f.nominator,
      ),
    ).nominate;
    await f.stack.services.awards.dataSource.query('UPDATE award_round SET closesAt = ? WHERE id = ?', [
      dayFromToday(-1),
      Number(open.id),
    ]);
    expect(codes(await f.stack.query(SUBMIT, { id: draft.id }, f.nominator))).toEqual(['ROUND_CLOSED']);
  });

  test('quotas refuse approvals beyond them, and a decision is final', async () => {
    const round = await openRound(f.stack, f.awards, { collectiveQuota: 1, individualQuota: 1 });
    const first = await submittedNomination(f.stack, f.nominator, round.id, {
      nomineeUnitId: await f.dir.unitId('HN-CN-TDP1'),
    });
    const second = await submittedNomination(f.stack, f.nominator, round.id, {
      nomineeUnitId: await f.dir.unitId('HN-CN-TDP2'),
    });
    await reviewOnce(f.stack, f.awards, first.id);
    await reviewOnce(f.stack, f.awards, second.id);
    await closeRound(f.stack, f.awards, round.id);
    ok(await f.stack.query(DECIDE, { id: first.id, a: true, d: '01/QĐ-UBND' }, f.awards));
    const over = await f.stack.query(DECIDE, { id: second.id, a: true, d: '01/QĐ-UBND' }, f.awards);
    expect(codes(over)).toEqual(['QUOTA_EXCEEDED']);
    expect(over.errors![0].message).toMatch(/at most 1 collectives/);
    const rejected = ok(
      await f.stack.query<any>(DECIDE, { id: second.id, a: false }, f.awards),
    ).decideNomination;
    expect(rejected.status).toBe('REJECTED');
    expect(codes(await f.stack.query(DECIDE, { id: first.id, a: false }, f.awards))).toEqual(['CONFLICT']);
    expect(codes(await f.stack.query(REVIEW, { id: first.id, s: 5 }, f.awards))).toEqual(['CONFLICT']);
    expect(codes(await f.stack.query(REVIEW, { id: first.id, s: 5 }, f.nominator))).toEqual(['FORBIDDEN']);
  });
});
