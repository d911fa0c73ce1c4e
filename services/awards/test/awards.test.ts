import { pendingSchemaChanges } from '@dx/subgraph-kit';
import { codes, dialectUnderTest, ok, type TestStack } from '@dx/test-kit';
import {
  DECIDE,
  Directory,
  NOMINATE,
  RECUSE,
  REVIEW,
  SUBMIT,
  achievements,
  closeRound,
  dayFromToday,
  openRound,
  reviewed as reviewOnce,
  startAwardsStack,
  submittedNomination,
} from './support';

let stack: TestStack;
let admin: string;
let awards: string;
let member: string;
/** Nominations are put forward by the secretariat, so that the award committee may review them. */
let nominator: string;
let dir: Directory;

beforeAll(async () => {
  stack = await startAwardsStack();
  [admin, awards, member, nominator] = await Promise.all([
    stack.login('admin'),
    stack.login('awards'),
    stack.login('member'),
    stack.login('secretariat'),
  ]);
  dir = new Directory(stack, admin);
});
afterAll(() => stack?.stop());

describe(`awards through the gateway (${dialectUnderTest})`, () => {
  test('the migrations describe exactly what the entities need', async () => {
    expect(await pendingSchemaChanges(stack.services.awards.dataSource)).toEqual([]);
  });

  test('a round is nominated into, reviewed, decided and honoured, and the honour shows on the unit and the person', async () => {
    const round = await openRound(stack, awards, {
      title: 'Tổng kết chiến dịch 45 ngày đêm',
      collectiveQuota: 27,
      individualQuota: 12,
    });
    expect(round).toMatchObject({ phase: 'OPEN', approvedCollectives: 0, criteria: [] });
    const team = await dir.unitId('HN-CN-TDP3-CNS');
    const person = await dir.someoneIn('HN-CN-TDP5-CNS');
    const draft = ok(
      await stack.query<any>(
        NOMINATE,
        {
          i: {
            roundId: round.id,
            nomineeUnitId: team,
            achievements,
            evidenceLinks: ['https://cuanam.hanoi.gov.vn/bao-cao'],
          },
        },
        nominator,
      ),
    ).nominate;
    expect(draft).toMatchObject({
      kind: 'COLLECTIVE',
      status: 'DRAFT',
      nomineeName: 'Tổ công nghệ số cộng đồng TDP 3, phường Cửa Nam',
      averageScore: null,
    });
    expect(ok(await stack.query<any>(SUBMIT, { id: draft.id }, nominator)).submitNomination.status).toBe(
      'SUBMITTED',
    );
    const individual = await submittedNomination(stack, nominator, round.id, { nomineePersonId: person.id });

    const reviewed = ok(
      await stack.query<any>(REVIEW, { id: draft.id, s: 9, c: 'Tích cực, hiệu quả' }, awards),
    ).reviewNomination;
    expect(reviewed).toMatchObject({ averageScore: 9, reviewCount: 1 });
    const again = ok(await stack.query<any>(REVIEW, { id: draft.id, s: 7 }, awards)).reviewNomination;
    expect(again).toMatchObject({ averageScore: 7, reviewCount: 1 });

    await reviewOnce(stack, awards, individual.id);
    await closeRound(stack, awards, round.id);
    const approved = ok(
      await stack.query<any>(DECIDE, { id: draft.id, a: true, d: '215/QĐ-UBND', on: '2026-11-20' }, awards),
    ).decideNomination;
    expect(approved).toMatchObject({
      status: 'APPROVED',
      decisionNo: '215/QĐ-UBND',
      decidedOn: '2026-11-20',
    });
    ok(await stack.query(DECIDE, { id: individual.id, a: true, d: '215/QĐ-UBND' }, awards));

    const honours = ok(
      await stack.query<any>(
        'query ($r: ID!) { honours(roundId: $r) { kind nomineeName nomineeUnit { code } nomineePerson { fullName } } }',
        { r: round.id },
        awards,
      ),
    ).honours;
    expect(honours).toEqual([
      {
        kind: 'COLLECTIVE',
        nomineeName: 'Tổ công nghệ số cộng đồng TDP 3, phường Cửa Nam',
        nomineeUnit: { code: 'HN-CN-TDP3-CNS' },
        nomineePerson: null,
      },
      {
        kind: 'INDIVIDUAL',
        nomineeName: person.fullName,
        nomineeUnit: null,
        nomineePerson: { fullName: person.fullName },
      },
    ]);
    const unit = ok(
      await stack.query<any>(
        'query ($id: ID!) { unit(id: $id) { code awards { decisionNo round { title } } } }',
        { id: team },
        awards,
      ),
    ).unit;
    expect(unit.awards).toEqual([
      { decisionNo: '215/QĐ-UBND', round: { title: 'Tổng kết chiến dịch 45 ngày đêm' } },
    ]);
    const who = ok(
      await stack.query<any>(
        'query ($id: ID!) { person(id: $id) { awards { nomineeName } } }',
        { id: person.id },
        awards,
      ),
    ).person;
    expect(who.awards).toEqual([{ nomineeName: person.fullName }]);
    const rounds = ok(
      await stack.query<any>(
        '{ awardRounds { nodes { id approvedCollectives approvedIndividuals } } }',
        {},
        awards,
      ),
    ).awardRounds.nodes;
    expect(rounds.find((r: { id: string }) => r.id === round.id)).toMatchObject({
      approvedCollectives: 1,
      approvedIndividuals: 1,
    });
  });

  test('the same nominee twice in a round is a CONFLICT', async () => {
    const round = await openRound(stack, awards);
    const unit = await dir.unitId('HN-CN-CA');
    ok(
      await stack.query(NOMINATE, { i: { roundId: round.id, nomineeUnitId: unit, achievements } }, nominator),
    );
    const twice = await stack.query(
      NOMINATE,
      { i: { roundId: round.id, nomineeUnitId: unit, achievements } },
      nominator,
    );
    expect(codes(twice)).toEqual(['CONFLICT']);
    expect(twice.errors![0].message).toMatch(/already nominated/);
  });

  test('reviews are weighted by the round criteria and averaged over reviewers', async () => {
    const criteria = [
      { name: 'Hiệu quả', weight: 50 },
      { name: 'Lan tỏa', weight: 30 },
      { name: 'Sáng tạo', weight: 20 },
    ];
    const round = await openRound(stack, awards, { criteria });
    const [a, b, c] = round.criteria.map((x: { id: string }) => x.id);
    const nomination = await submittedNomination(stack, nominator, round.id, {
      nomineeUnitId: await dir.unitId('HN-CN-DTN'),
    });
    const missing = await stack.query(
      REVIEW,
      { id: nomination.id, s: 8, cs: [{ criterionId: a, score: 8 }] },
      awards,
    );
    expect(missing.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'criterionScores' });
    const first = ok(
      await stack.query<any>(
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
        awards,
      ),
    );
    expect(first.reviewNomination.reviews[0].weightedScore).toBe(7.5);

    const personId = await dir.personId('Dương Minh Quang');
    ok(
      await stack.query(
        'mutation ($p: ID!, $u: ID!) { createAccount(input: { username: "awards2", password: "long-enough-1", roles: [AWARD_COMMITTEE], scopeUnitId: $u, personId: $p }) { id } }',
        { p: personId, u: await dir.unitId('HN') },
        admin,
      ),
    );
    const second = await stack.login('awards2', 'long-enough-1');
    const both = ok(
      await stack.query<any>(
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
      await stack.query<any>(RECUSE, { id: nomination.id, r: 'Tôi từng công tác tại đơn vị này' }, second),
    ).recuseFromNomination;
    expect(recused).toMatchObject({
      averageScore: 7.5,
      reviewCount: 1,
      recusals: [{ reason: 'Tôi từng công tác tại đơn vị này', reviewer: { id: personId } }],
    });
    const ranking = ok(
      await stack.query<any>(
        'query ($r: ID!) { nominations(roundId: $r, orderBy: SCORE_DESC) { nodes { id averageScore } } }',
        { r: round.id },
        awards,
      ),
    );
    expect(ranking.nominations.nodes[0]).toEqual({ id: nomination.id, averageScore: 7.5 });
  });

  test('a reviewer may not review themselves, their own unit or a colleague, and the queue leaves those out', async () => {
    const round = await openRound(stack, awards, { organizerUnitId: await dir.unitId('HN') });
    const self = await submittedNomination(stack, nominator, round.id, {
      nomineePersonId: await dir.personId('Đỗ Thị Mai Anh'),
    });
    const ownUnit = await submittedNomination(stack, nominator, round.id, {
      nomineeUnitId: await dir.unitId('HN'),
    });
    const colleague = await submittedNomination(stack, nominator, round.id, {
      nomineePersonId: await dir.personId('Trần Quốc Khánh'),
    });
    const other = await submittedNomination(stack, nominator, round.id, {
      nomineeUnitId: await dir.unitId('HN-CN-MTTQ'),
    });
    for (const n of [self, ownUnit, colleague]) {
      const refused = await stack.query(REVIEW, { id: n.id, s: 10 }, awards);
      expect(codes(refused)).toEqual(['CONFLICT_OF_INTEREST']);
    }
    const queue = ok(
      await stack.query<any>(
        'query ($r: ID) { reviewQueue(roundId: $r) { nodes { id } } }',
        { r: round.id },
        awards,
      ),
    ).reviewQueue.nodes;
    expect(queue.map((n: { id: string }) => n.id)).toEqual([other.id]);
    ok(await stack.query(RECUSE, { id: other.id, r: 'Có quan hệ gia đình với người đề nghị' }, awards));
    const after = ok(
      await stack.query<any>(
        'query ($r: ID) { reviewQueue(roundId: $r) { totalCount } }',
        { r: round.id },
        awards,
      ),
    );
    expect(after.reviewQueue.totalCount).toBe(0);
  });

  test('nominating is refused before the round opens and after it closes, and so is submitting a late draft', async () => {
    const closed = await openRound(stack, awards, { opensAt: dayFromToday(-60), closesAt: dayFromToday(-1) });
    expect(closed.phase).toBe('CLOSED');
    const unit = await dir.unitId('HN-CN-VP');
    const late = await stack.query(
      NOMINATE,
      { i: { roundId: closed.id, nomineeUnitId: unit, achievements } },
      nominator,
    );
    expect(codes(late)).toEqual(['ROUND_CLOSED']);
    const upcoming = await openRound(stack, awards, { opensAt: dayFromToday(5), closesAt: dayFromToday(30) });
    expect(
      codes(
        await stack.query(
          NOMINATE,
          { i: { roundId: upcoming.id, nomineeUnitId: unit, achievements } },
          nominator,
        ),
      ),
    ).toEqual(['ROUND_NOT_OPEN']);

    const open = await openRound(stack, awards);
    const draft = ok(
      await stack.query<any>(
        NOMINATE,
        { i: { roundId: open.id, nomineeUnitId: unit, achievements } },
        nominator,
      ),
    ).nominate;
    await stack.services.awards.dataSource.query('UPDATE award_round SET closesAt = ? WHERE id = ?', [
      dayFromToday(-1),
      Number(open.id),
    ]);
    expect(codes(await stack.query(SUBMIT, { id: draft.id }, nominator))).toEqual(['ROUND_CLOSED']);
  });

  test('quotas refuse approvals beyond them, and a decision is final', async () => {
    const round = await openRound(stack, awards, { collectiveQuota: 1, individualQuota: 1 });
    const first = await submittedNomination(stack, nominator, round.id, {
      nomineeUnitId: await dir.unitId('HN-CN-TDP1'),
    });
    const second = await submittedNomination(stack, nominator, round.id, {
      nomineeUnitId: await dir.unitId('HN-CN-TDP2'),
    });
    await reviewOnce(stack, awards, first.id);
    await reviewOnce(stack, awards, second.id);
    await closeRound(stack, awards, round.id);
    ok(await stack.query(DECIDE, { id: first.id, a: true, d: '01/QĐ-UBND' }, awards));
    const over = await stack.query(DECIDE, { id: second.id, a: true, d: '01/QĐ-UBND' }, awards);
    expect(codes(over)).toEqual(['QUOTA_EXCEEDED']);
    expect(over.errors![0].message).toMatch(/at most 1 collectives/);
    const rejected = ok(await stack.query<any>(DECIDE, { id: second.id, a: false }, awards)).decideNomination;
    expect(rejected.status).toBe('REJECTED');
    expect(codes(await stack.query(DECIDE, { id: first.id, a: false }, awards))).toEqual(['CONFLICT']);
    expect(codes(await stack.query(REVIEW, { id: first.id, s: 5 }, awards))).toEqual(['CONFLICT']);
    expect(codes(await stack.query(REVIEW, { id: first.id, s: 5 }, nominator))).toEqual(['FORBIDDEN']);
  });

  test('invalid input is refused with a code and the field named', async () => {
    const round = await openRound(stack, awards);
    const unit = await dir.unitId('HN-CN-VHXH');
    const both = await stack.query(
      NOMINATE,
      { i: { roundId: round.id, nomineeUnitId: unit, nomineePersonId: '1', achievements } },
      nominator,
    );
    expect(both.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'nomineeUnitId' });
    const short = await stack.query(
      NOMINATE,
      { i: { roundId: round.id, nomineeUnitId: unit, achievements: 'Tốt' } },
      nominator,
    );
    expect(short.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'achievements' });
    const link = await stack.query(
      NOMINATE,
      { i: { roundId: round.id, nomineeUnitId: unit, achievements, evidenceLinks: ['ftp://x'] } },
      nominator,
    );
    expect(link.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'evidenceLinks' });
    const unknown = await stack.query(
      NOMINATE,
      { i: { roundId: round.id, nomineeUnitId: '999999', achievements } },
      nominator,
    );
    expect(unknown.errors![0].extensions).toMatchObject({ code: 'NOT_FOUND', field: 'nomineeUnitId' });
    const outside = await stack.query(
      NOMINATE,
      {
        i: {
          roundId: (await openRound(stack, awards, { organizerUnitId: await dir.unitId('HN-LN') })).id,
          nomineeUnitId: unit,
          achievements,
        },
      },
      nominator,
    );
    expect(outside.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'nomineeUnitId' });

    const backwards = await stack.query(
      'mutation { createAwardRound(input: { title: "Ngược", opensAt: "2026-10-10", closesAt: "2026-10-01" }) { id } }',
      {},
      awards,
    );
    expect(backwards.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'closesAt' });
    const nomination = await submittedNomination(stack, nominator, round.id, { nomineeUnitId: unit });
    const score = await stack.query(REVIEW, { id: nomination.id, s: 11 }, awards);
    expect(score.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'score' });
    const noNumber = await stack.query(DECIDE, { id: nomination.id, a: true }, awards);
    expect(noNumber.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'decisionNo' });
    expect(codes(await stack.query(RECUSE, { id: nomination.id, r: '' }, awards))).toEqual([
      'BAD_USER_INPUT',
    ]);
  });

  test('roles and unit scope apply', async () => {
    expect(
      codes(
        await stack.query(
          'mutation { createAwardRound(input: { title: "Không được", opensAt: "2026-01-01", closesAt: "2026-12-31" }) { id } }',
          {},
          member,
        ),
      ),
    ).toEqual(['FORBIDDEN']);
    const round = await openRound(stack, awards, { organizerUnitId: await dir.unitId('HN') });
    const inWard = await dir.unitId('HN-LN-TDP20-CNS');
    ok(
      await stack.query(NOMINATE, { i: { roundId: round.id, nomineeUnitId: inWard, achievements } }, member),
    );
    ok(
      await stack.query(
        NOMINATE,
        { i: { roundId: round.id, nomineeUnitId: await dir.unitId('HN-CN-TDP4-CNS'), achievements } },
        nominator,
      ),
    );
    const elsewhere = await stack.query(
      NOMINATE,
      { i: { roundId: round.id, nomineeUnitId: await dir.unitId('HN-CN-TDP6-CNS'), achievements } },
      member,
    );
    expect(codes(elsewhere)).toEqual(['FORBIDDEN']);
    const seen = ok(
      await stack.query<any>(
        'query ($r: ID!) { nominations(roundId: $r) { nodes { nomineeName } } }',
        { r: round.id },
        member,
      ),
    ).nominations.nodes;
    expect(seen).toEqual([{ nomineeName: 'Tổ công nghệ số cộng đồng TDP 20, phường Lĩnh Nam' }]);
    const nomination =
      seen.length &&
      ok(
        await stack.query<any>(
          'query ($r: ID!) { nominations(roundId: $r) { nodes { id } } }',
          { r: round.id },
          awards,
        ),
      ).nominations.nodes[0];
    expect(codes(await stack.query(REVIEW, { id: nomination.id, s: 5 }, member))).toEqual(['FORBIDDEN']);

    const lamDong = await openRound(stack, admin, { organizerUnitId: await dir.unitId('LD') });
    expect(
      codes(
        await stack.query(
          'query ($r: ID!) { nominations(roundId: $r) { totalCount } }',
          { r: lamDong.id },
          awards,
        ),
      ),
    ).toEqual(['NOT_FOUND']);
    const listed = ok(await stack.query<any>('{ awardRounds(first: 100) { nodes { id } } }', {}, awards))
      .awardRounds.nodes;
    expect(listed.map((r: { id: string }) => r.id)).not.toContain(lamDong.id);
    expect(codes(await stack.query('{ awardRounds { totalCount } }'))).toEqual(['UNAUTHENTICATED']);
  });

  test('every change is audited, for administrators', async () => {
    expect(codes(await stack.query('{ awardsAuditLog { totalCount } }', {}, awards))).toEqual(['FORBIDDEN']);
    const log = ok(
      await stack.query<any>(
        '{ awardsAuditLog(first: 100) { nodes { action actorUsername entityType } } }',
        {},
        admin,
      ),
    ).awardsAuditLog.nodes;
    const actions = new Set(log.map((e: { action: string }) => e.action));
    for (const action of [
      'createAwardRound',
      'nominate',
      'submitNomination',
      'reviewNomination',
      'recuseFromNomination',
      'decideNomination',
    ]) {
      expect(actions).toContain(action);
    }
    expect(log.find((e: { action: string }) => e.action === 'decideNomination').actorUsername).toBe('awards');
  });
});
