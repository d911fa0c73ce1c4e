import { codes, dialectUnderTest, ok } from '@dx/test-kit';
import {
  stack,
  secretariat,
  member,
  canbo,
  outsider,
  u,
  son,
  refusal,
  SUBMIT,
  APPROVE,
  YEAR,
  scores,
  useEvaluationFixture,
} from './fixture';

useEvaluationFixture();

describe(`the monthly rating of civil servants (${dialectUnderTest})`, () => {
  let ratingId: string;
  let version: number;

  test('the head is named by the secretariat; a person submits their month, and may change it before approval', async () => {
    ok(
      await stack.query(
        'mutation ($u: ID!, $p: ID!) { setUnitRater(unitId: $u, personId: $p) { version } }',
        { u: u['HN-LN'], p: son },
        secretariat,
      ),
    );
    expect(refusal(await stack.query(SUBMIT, { m: '2026-12', s: scores(40, 30, 30) }, canbo))).toBe(
      'errors.ratingMonthNotBegun',
    );
    expect(refusal(await stack.query(SUBMIT, { m: '2026-11', s: scores(41, 30, 30) }, canbo))).toBe(
      'errors.ratingPointsRange',
    );
    const first = ok(
      await stack.query<any>(
        SUBMIT,
        { m: '2026-11', s: scores(38, 25, 30), n: 'Hoàn thành 5/5 nhiệm vụ' },
        canbo,
      ),
    ).submitRating;
    expect(first).toMatchObject({ status: 'SUBMITTED', selfTotal: 93, classification: 'EXCELLENT' });
    expect(refusal(await stack.query(SUBMIT, { m: '2026-11', s: scores(38, 25, 30) }, canbo))).toBe(
      'errors.ratingAlreadySubmitted',
    );
    const again = ok(
      await stack.query<any>(SUBMIT, { m: '2026-11', s: scores(35, 25, 30), v: first.version }, canbo),
    ).submitRating;
    expect(again.selfTotal).toBe(90);
    ratingId = again.id;
    version = again.version;
  });

  test('scope: only the person, the head of their unit and the secretariat of their scope see it; only the head approves', async () => {
    expect(
      refusal(
        await stack.query(
          YEAR,
          { y: 2026, p: (await stack.query<any>('{ me { person { id } } }', {}, canbo)).data.me.person.id },
          outsider,
        ),
      ),
    ).toBe('errors.ratingNotVisible');
    expect(codes(await stack.query(APPROVE, { id: ratingId, v: version }, outsider))).toEqual(['NOT_FOUND']);
    expect(refusal(await stack.query(APPROVE, { id: ratingId, v: version }, secretariat))).toBe(
      'errors.ratingNotHead',
    );
    const own = ok(
      await stack.query<any>(SUBMIT, { m: '2026-11', s: scores(40, 30, 30) }, member),
    ).submitRating;
    expect(refusal(await stack.query(APPROVE, { id: own.id, v: own.version }, member))).toBe(
      'errors.ratingOwnApproval',
    );
    const listed = ok(
      await stack.query<any>('query { unitRatings(month: "2026-11") { id person { id } } }', {}, member),
    ).unitRatings;
    expect(listed.map((r: any) => r.id).sort()).toEqual([ratingId, own.id].sort());
    expect(
      ok(await stack.query<any>('query { unitRatings(month: "2026-11") { id } }', {}, outsider)).unitRatings,
    ).toEqual([]);
  });

  test('the head corrects with a reason; the month is then locked; the year is classified from the approved months', async () => {
    expect(
      refusal(await stack.query(APPROVE, { id: ratingId, v: version, s: scores(30, 25, 30) }, member)),
    ).toBe('errors.ratingCorrectionReason');
    const approved = ok(
      await stack.query<any>(
        APPROVE,
        { id: ratingId, v: version, s: scores(30, 25, 30), r: 'Một nhiệm vụ trễ hạn 3 ngày' },
        member,
      ),
    ).approveRating;
    expect(approved).toMatchObject({
      status: 'APPROVED',
      selfTotal: 90,
      finalTotal: 85,
      corrected: true,
      classification: 'GOOD',
      reviewer: { id: son },
    });
    expect(
      refusal(await stack.query(SUBMIT, { m: '2026-11', s: scores(40, 30, 30), v: approved.version }, canbo)),
    ).toBe('errors.ratingMonthLocked');
    expect(refusal(await stack.query(APPROVE, { id: ratingId, v: approved.version }, member))).toBe(
      'errors.ratingMonthLocked',
    );
    const year = ok(await stack.query<any>(YEAR, { y: 2026 }, canbo)).yearRating;
    expect(year).toMatchObject({ approvedMonths: 1, final: false, average: 85, classification: 'GOOD' });
    expect(year.months).toEqual([{ month: '2026-11', status: 'APPROVED', finalTotal: 85 }]);
  });
});
