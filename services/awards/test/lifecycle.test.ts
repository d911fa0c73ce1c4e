import { codes, dialectUnderTest, ok, postGraphQL, type TestStack } from '@dx/test-kit';
import {
  DECIDE,
  Directory,
  NOMINATE,
  REVIEW,
  SUBMIT,
  achievements,
  closeRound,
  dayFromToday,
  openRound,
  reviewed,
  startAwardsStack,
  submittedNomination,
} from './support';

let stack: TestStack;
let admin: string;
let awards: string;
let awards2: string;
let nominator: string;
let member: string;
let dir: Directory;
let secondReviewer: string;

beforeAll(async () => {
  stack = await startAwardsStack();
  [admin, awards, nominator, member] = await Promise.all([
    stack.login('admin'),
    stack.login('awards'),
    stack.login('secretariat'),
    stack.login('member'),
  ]);
  dir = new Directory(stack, admin);
  secondReviewer = await dir.personId('Dương Minh Quang');
  ok(
    await stack.query(
      'mutation ($p: ID!, $u: ID!) { createAccount(input: { username: "awards2", password: "long-enough-1", roles: [AWARD_COMMITTEE], scopeUnitId: $u, personId: $p }) { id } }',
      { p: secondReviewer, u: await dir.unitId('HN') },
      admin,
    ),
  );
  awards2 = await stack.login('awards2', 'long-enough-1');
});
afterAll(() => stack?.stop());

const me = async (token: string) =>
  ok(await stack.query<any>('{ me { person { id } } }', {}, token)).me.person.id as string;
const QUEUE = 'query ($r: ID) { reviewQueue(roundId: $r) { nodes { id } } }';
const queueOf = async (token: string, roundId: string) =>
  ok(await stack.query<any>(QUEUE, { r: roundId }, token)).reviewQueue.nodes.map((n: { id: string }) => n.id);
const ASSIGN =
  'mutation ($r: ID!, $p: ID!, $n: ID) { assignReviewer(roundId: $r, personId: $p, nominationId: $n) { id personName nominationId person { id } } }';
const outbox = async (type: string) =>
  (
    (await stack.services.awards.dataSource.query(
      'SELECT payload FROM outbox_event WHERE type = ? ORDER BY id',
      [type],
    )) as { payload: string }[]
  ).map((r) => JSON.parse(r.payload));

describe(`fair reviews and the life of a nomination (${dialectUnderTest})`, () => {
  test('the account that nominated cannot review its nomination, and its queue leaves it out', async () => {
    const round = await openRound(stack, awards);
    const mine = await submittedNomination(stack, awards, round.id, {
      nomineeUnitId: await dir.unitId('HN-CN-TDP11-CNS'),
    });
    const refused = await stack.query(REVIEW, { id: mine.id, s: 9 }, awards);
    expect(codes(refused)).toEqual(['CONFLICT_OF_INTEREST']);
    expect(refused.errors![0].message).toMatch(/You nominated this/);
    const flagged = ok(
      await stack.query<any>(
        'query ($id: ID!) { nomination(id: $id) { nominatedByMe reviewCount } }',
        { id: mine.id },
        awards,
      ),
    ).nomination;
    expect(flagged).toEqual({ nominatedByMe: true, reviewCount: 0 });
    expect(await queueOf(awards, round.id)).toEqual([]);
    expect(await queueOf(awards2, round.id)).toEqual([mine.id]);
    expect(
      ok(await stack.query<any>(REVIEW, { id: mine.id, s: 9 }, awards2)).reviewNomination.reviewCount,
    ).toBe(1);
  });

  test('scores out of range are refused with the field named and nothing is saved (15 is not 10, 0 is not 1)', async () => {
    const round = await openRound(stack, awards);
    const n = await submittedNomination(stack, nominator, round.id, {
      nomineeUnitId: await dir.unitId('HN-CN-TDP12-CNS'),
    });
    for (const s of [15, 0, -3]) {
      const result = await stack.query(REVIEW, { id: n.id, s }, awards);
      expect(result.errors![0].extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'score',
        params: { min: 1, max: 10, given: s },
      });
    }
    const after = ok(
      await stack.query<any>(
        'query ($id: ID!) { nomination(id: $id) { reviewCount averageScore } }',
        { id: n.id },
        awards,
      ),
    ).nomination;
    expect(after).toEqual({ reviewCount: 0, averageScore: null });
  });

  test('reviewers assigned to a round (and to one nomination) each have their own queue; nobody else scores', async () => {
    const round = await openRound(stack, awards, { minReviews: 2 });
    const [a, b] = [
      await submittedNomination(stack, nominator, round.id, {
        nomineeUnitId: await dir.unitId('HN-CN-TDP1-CNS'),
      }),
      await submittedNomination(stack, nominator, round.id, {
        nomineeUnitId: await dir.unitId('HN-CN-TDP2-CNS'),
      }),
    ];
    const whole = ok(
      await stack.query<any>(ASSIGN, { r: round.id, p: secondReviewer }, awards),
    ).assignReviewer;
    expect(whole).toMatchObject({
      personName: 'Dương Minh Quang',
      nominationId: null,
      person: { id: secondReviewer },
    });
    expect(codes(await stack.query(ASSIGN, { r: round.id, p: secondReviewer }, awards))).toEqual([
      'CONFLICT',
    ]);
    expect(codes(await stack.query(REVIEW, { id: a.id, s: 8 }, awards))).toEqual(['FORBIDDEN']);
    expect(await queueOf(awards, round.id)).toEqual([]);
    expect(await queueOf(awards2, round.id)).toEqual([a.id, b.id]);
    ok(await stack.query(ASSIGN, { r: round.id, p: await me(awards), n: b.id }, awards));
    expect(await queueOf(awards, round.id)).toEqual([b.id]);
    expect(codes(await stack.query(REVIEW, { id: a.id, s: 8 }, awards))).toEqual(['FORBIDDEN']);
    ok(await stack.query(REVIEW, { id: b.id, s: 8 }, awards));
    const requested = (await outbox('REVIEW_REQUESTED')).filter((e) => e.roundId === round.id);
    expect(requested.map((e) => e.personIds)).toEqual([[secondReviewer], [await me(awards)]]);
    const listed = ok(
      await stack.query<any>(
        'query ($r: ID!) { awardRound(id: $r) { minReviews reviewers { personName nominationId } } }',
        { r: round.id },
        awards,
      ),
    ).awardRound;
    expect(listed).toEqual({
      minReviews: 2,
      reviewers: [
        { personName: 'Dương Minh Quang', nominationId: null },
        { personName: expect.any(String), nominationId: b.id },
      ],
    });
  });

  test('decisions wait for the window to close and for minReviews', async () => {
    const round = ok(
      await stack.query<any>(
        'mutation ($i: CreateAwardRoundInput!) { createAwardRound(input: $i) { id minReviews } }',
        {
          i: { title: 'Hai lượt chấm', opensAt: dayFromToday(-5), closesAt: dayFromToday(5), minReviews: 2 },
        },
        awards,
      ),
    ).createAwardRound;
    expect(round.minReviews).toBe(2);
    expect(
      codes(
        await stack.query(
          'mutation { createAwardRound(input: { title: "Không chấm", opensAt: "2026-01-01", closesAt: "2026-12-31", minReviews: 0 }) { id } }',
          {},
          awards,
        ),
      ),
    ).toEqual(['BAD_USER_INPUT']);
    const n = await submittedNomination(stack, nominator, round.id, {
      nomineeUnitId: await dir.unitId('HN-CN-TDP3-CNS'),
    });
    await reviewed(stack, awards, n.id, 9);
    const early = await stack.query(DECIDE, { id: n.id, a: true, d: '31/QĐ-UBND' }, awards);
    expect(codes(early)).toEqual(['ROUND_STILL_OPEN']);
    const closed = await closeRound(stack, awards, round.id);
    expect(closed).toMatchObject({ phase: 'CLOSED', closedOn: dayFromToday(0) });
    expect(
      codes(
        await stack.query(
          NOMINATE,
          { i: { roundId: round.id, nomineeUnitId: await dir.unitId('HN-CN-TDP4-CNS'), achievements } },
          nominator,
        ),
      ),
    ).toEqual(['ROUND_CLOSED']);
    expect(
      codes(
        await stack.query(
          'mutation ($id: ID!) { closeAwardRound(id: $id) { id } }',
          { id: round.id },
          awards,
        ),
      ),
    ).toEqual(['CONFLICT']);
    const one = await stack.query(DECIDE, { id: n.id, a: true, d: '31/QĐ-UBND' }, awards);
    expect(codes(one)).toEqual(['NOT_ENOUGH_REVIEWS']);
    expect(one.errors![0].message).toMatch(/1 of the 2/);
    await reviewed(stack, awards2, n.id, 7);
    expect(
      ok(await stack.query<any>(DECIDE, { id: n.id, a: true, d: '31/QĐ-UBND' }, awards)).decideNomination,
    ).toMatchObject({ status: 'APPROVED', averageScore: 8 });
  });

  test('a draft is edited at its version, returned for revision with a reason, resubmitted, and withdrawn', async () => {
    const round = await openRound(stack, awards);
    const draft = ok(
      await stack.query<any>(
        NOMINATE,
        { i: { roundId: round.id, nomineeUnitId: await dir.unitId('HN-CN-TDP5-CNS'), achievements } },
        nominator,
      ),
    ).nominate;
    const UPDATE =
      'mutation ($id: ID!, $v: Int!, $i: UpdateNominationInput!) { updateNomination(id: $id, version: $v, input: $i) { version citation certificateWording } }';
    const edited = ok(
      await stack.query<any>(
        UPDATE,
        { id: draft.id, v: draft.version, i: { citation: 'phong trào 45 ngày đêm hỗ trợ chuyển đổi số' } },
        nominator,
      ),
    ).updateNomination;
    expect(edited).toMatchObject({
      citation: 'phong trào 45 ngày đêm hỗ trợ chuyển đổi số',
      certificateWording: 'phong trào 45 ngày đêm hỗ trợ chuyển đổi số',
    });
    expect(
      codes(await stack.query(UPDATE, { id: draft.id, v: draft.version, i: { citation: 'cũ' } }, nominator)),
    ).toEqual(['CONFLICT']);
    ok(await stack.query(SUBMIT, { id: draft.id }, nominator));
    const RETURN =
      'mutation ($id: ID!, $r: String!) { returnNomination(id: $id, reason: $r) { status statusReason } }';
    expect(codes(await stack.query(RETURN, { id: draft.id, r: 'Bổ sung số liệu' }, nominator))).toEqual([
      'FORBIDDEN',
    ]);
    expect(
      ok(await stack.query<any>(RETURN, { id: draft.id, r: 'Bổ sung số liệu minh chứng' }, awards))
        .returnNomination,
    ).toEqual({ status: 'DRAFT', statusReason: 'Bổ sung số liệu minh chứng' });
    const told = (await outbox('NOMINATION_RETURNED')).filter((e) => e.nominationId === draft.id);
    expect(told).toEqual([
      expect.objectContaining({ reason: 'Bổ sung số liệu minh chứng', personIds: [await me(nominator)] }),
    ]);
    expect(ok(await stack.query<any>(SUBMIT, { id: draft.id }, nominator)).submitNomination.status).toBe(
      'SUBMITTED',
    );
    const WITHDRAW =
      'mutation ($id: ID!, $r: String!) { withdrawNomination(id: $id, reason: $r) { status statusReason } }';
    expect(
      ok(await stack.query<any>(WITHDRAW, { id: draft.id, r: 'Đơn vị xin rút hồ sơ' }, nominator))
        .withdrawNomination.status,
    ).toBe('WITHDRAWN');
    expect(codes(await stack.query(REVIEW, { id: draft.id, s: 8 }, awards))).toEqual(['CONFLICT']);
    expect(
      codes(await stack.query(WITHDRAW, { id: draft.id, r: 'Đơn vị xin rút hồ sơ' }, nominator)),
    ).toEqual(['CONFLICT']);
  });

  test('a round says what it awards and who signs; it is edited at its version, extended, never with quotas below approvals', async () => {
    const round = await openRound(stack, awards, { collectiveQuota: 3 });
    const UPDATE =
      'mutation ($id: ID!, $v: Int!, $i: UpdateAwardRoundInput!) { updateAwardRound(id: $id, version: $v, input: $i) { version closesAt awardKind issuingBody place signerTitle signerName legalGrounds collectiveQuota } }';
    const v1 = ok(
      await stack.query<any>(
        'query ($id: ID!) { awardRound(id: $id) { version awardKind } }',
        { id: round.id },
        awards,
      ),
    ).awardRound;
    expect(v1.awardKind).toBe('GIAY_KHEN');
    const form = {
      awardKind: 'BANG_KHEN',
      issuingBody: 'UBND PHƯỜNG CỬA NAM',
      place: 'Cửa Nam',
      signerTitle: 'CHỦ TỊCH',
      signerName: 'Phạm Thanh Bình',
      legalGrounds: 'Căn cứ Luật Thi đua, khen thưởng năm 2022;',
      closesAt: dayFromToday(40),
    };
    const edited = ok(
      await stack.query<any>(UPDATE, { id: round.id, v: v1.version, i: form }, awards),
    ).updateAwardRound;
    expect(edited).toMatchObject({ ...form, version: v1.version + 1 });
    expect(
      codes(await stack.query(UPDATE, { id: round.id, v: v1.version, i: { signerName: 'Ai đó' } }, awards)),
    ).toEqual(['CONFLICT']);
    const past = await stack.query(
      UPDATE,
      { id: round.id, v: edited.version, i: { closesAt: dayFromToday(-1) } },
      awards,
    );
    expect(past.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'closesAt' });
    const n = await submittedNomination(stack, nominator, round.id, {
      nomineeUnitId: await dir.unitId('HN-CN-TDP6-CNS'),
    });
    const n2 = await submittedNomination(stack, nominator, round.id, {
      nomineeUnitId: await dir.unitId('HN-CN-TDP7-CNS'),
    });
    await reviewed(stack, awards, n.id);
    await reviewed(stack, awards, n2.id);
    await closeRound(stack, awards, round.id);
    ok(await stack.query(DECIDE, { id: n.id, a: true, d: '40/QĐ-UBND' }, awards));
    ok(await stack.query(DECIDE, { id: n2.id, a: true, d: '40/QĐ-UBND' }, awards));
    const current = ok(
      await stack.query<any>(
        'query ($id: ID!) { awardRound(id: $id) { version } }',
        { id: round.id },
        awards,
      ),
    ).awardRound.version;
    const low = await stack.query(UPDATE, { id: round.id, v: current, i: { collectiveQuota: 1 } }, awards);
    expect(low.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'collectiveQuota' });
    expect(
      codes(
        await stack.query(UPDATE, { id: round.id, v: current, i: { closesAt: dayFromToday(60) } }, awards),
      ),
    ).toEqual(['CONFLICT']);
    const honours = ok(
      await stack.query<any>(
        'query ($r: ID!) { honours(roundId: $r) { certificateWording round { issuingBody signerName awardKind } } }',
        { r: round.id },
        awards,
      ),
    ).honours;
    expect(honours[0]).toEqual({
      certificateWording: achievements.replace(/\.$/, ''),
      round: { issuingBody: 'UBND PHƯỜNG CỬA NAM', signerName: 'Phạm Thanh Bình', awardKind: 'BANG_KHEN' },
    });
  });

  test("the subgraph's _entities shows a nomination only inside the caller's scope", async () => {
    const round = await openRound(stack, awards, { organizerUnitId: await dir.unitId('HN') });
    const cuaNam = await submittedNomination(stack, nominator, round.id, {
      nomineeUnitId: await dir.unitId('HN-CN-TDP8-CNS'),
    });
    const query =
      'query ($r: [_Any!]!) { _entities(representations: $r) { ... on Nomination { id achievements } } }';
    const r = [{ __typename: 'Nomination', id: cuaNam.id }];
    const outsider = await postGraphQL<any>(stack.services.awards.url, query, { r }, member);
    expect(ok(outsider)._entities).toEqual([null]);
    const insider = await postGraphQL<any>(stack.services.awards.url, query, { r }, awards);
    expect(ok(insider)._entities).toEqual([{ id: cuaNam.id, achievements }]);
  });
});
