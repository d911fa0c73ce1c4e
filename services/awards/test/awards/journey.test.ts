import { pendingSchemaChanges } from '@dx/subgraph-kit';
import { codes, dialectUnderTest, ok } from '@dx/test-kit';
import {
  DECIDE,
  RECUSE,
  NOMINATE,
  REVIEW,
  SUBMIT,
  achievements,
  closeRound,
  openRound,
  reviewed as reviewOnce,
  submittedNomination,
} from '../support';
import { awardsFixture } from './fixture';

const f = awardsFixture();

describe(`a round from opening to honours, audited (${dialectUnderTest})`, () => {
  test('the migrations describe exactly what the entities need', async () => {
    expect(await pendingSchemaChanges(f.stack.services.awards.dataSource)).toEqual([]);
  });

  test('a round is nominated into, reviewed, decided and honoured, and the honour shows on the unit and the person', async () => {
    const round = await openRound(f.stack, f.awards, {
      title: 'Tổng kết chiến dịch 45 ngày đêm',
      collectiveQuota: 27,
      individualQuota: 12,
    });
    expect(round).toMatchObject({ phase: 'OPEN', approvedCollectives: 0, criteria: [] });
    const team = await f.dir.unitId('HN-CN-TDP3-CNS');
    const person = await f.dir.someoneIn('HN-CN-TDP5-CNS');
    const draft = ok(
      await f.stack.query<any>(
        NOMINATE,
        {
          i: {
            roundId: round.id,
            nomineeUnitId: team,
            achievements,
            evidenceLinks: ['https://cuanam.hanoi.gov.vn/bao-cao'],
          },
        },
        f.nominator,
      ),
    ).nominate;
    expect(draft).toMatchObject({
      kind: 'COLLECTIVE',
      status: 'DRAFT',
      nomineeName: 'Tổ công nghệ số cộng đồng TDP 3, phường Cửa Nam',
      averageScore: null,
    });
    expect(ok(await f.stack.query<any>(SUBMIT, { id: draft.id }, f.nominator)).submitNomination.status).toBe(
      'SUBMITTED',
    );
    const individual = await submittedNomination(f.stack, f.nominator, round.id, {
      nomineePersonId: person.id,
    });

    const reviewed = ok(
      await f.stack.query<any>(REVIEW, { id: draft.id, s: 9, c: 'Tích cực, hiệu quả' }, f.awards),
    ).reviewNomination;
    expect(reviewed).toMatchObject({ averageScore: 9, reviewCount: 1 });
    const again = ok(await f.stack.query<any>(REVIEW, { id: draft.id, s: 7 }, f.awards)).reviewNomination;
    expect(again).toMatchObject({ averageScore: 7, reviewCount: 1 });

    await reviewOnce(f.stack, f.awards, individual.id);
    await closeRound(f.stack, f.awards, round.id);
    const approved = ok(
      await f.stack.query<any>(
        DECIDE,
        { id: draft.id, a: true, d: '215/QĐ-UBND', on: '2026-11-20' },
        f.awards,
      ),
    ).decideNomination;
    expect(approved).toMatchObject({
      status: 'APPROVED',
      decisionNo: '215/QĐ-UBND',
      decidedOn: '2026-11-20',
    });
    ok(await f.stack.query(DECIDE, { id: individual.id, a: true, d: '215/QĐ-UBND' }, f.awards));

    const honours = ok(
      await f.stack.query<any>(
        'query ($r: ID!) { honours(roundId: $r) { kind nomineeName nomineeUnit { code } nomineePerson { fullName } } }',
        { r: round.id },
        f.awards,
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
      await f.stack.query<any>(
        'query ($id: ID!) { unit(id: $id) { code awards { decisionNo round { title } } } }',
        { id: team },
        f.awards,
      ),
    ).unit;
    expect(unit.awards).toEqual([
      { decisionNo: '215/QĐ-UBND', round: { title: 'Tổng kết chiến dịch 45 ngày đêm' } },
    ]);
    const who = ok(
      await f.stack.query<any>(
        'query ($id: ID!) { person(id: $id) { awards { nomineeName } } }',
        { id: person.id },
        f.awards,
      ),
    ).person;
    expect(who.awards).toEqual([{ nomineeName: person.fullName }]);
    const rounds = ok(
      await f.stack.query<any>(
        '{ awardRounds { nodes { id approvedCollectives approvedIndividuals } } }',
        {},
        f.awards,
      ),
    ).awardRounds.nodes;
    expect(rounds.find((r: { id: string }) => r.id === round.id)).toMatchObject({
      approvedCollectives: 1,
      approvedIndividuals: 1,
    });
  });

  test('the same nominee twice in a round is a CONFLICT', async () => {
    const round = await openRound(f.stack, f.awards);
    const unit = await f.dir.unitId('HN-CN-CA');
    ok(
      await f.stack.query(
        NOMINATE,
        { i: { roundId: round.id, nomineeUnitId: unit, achievements } },
        f.nominator,
      ),
    );
    const twice = await f.stack.query(
      NOMINATE,
      { i: { roundId: round.id, nomineeUnitId: unit, achievements } },
      f.nominator,
    );
    expect(codes(twice)).toEqual(['CONFLICT']);
    expect(twice.errors![0].message).toMatch(/already nominated/);
  });

  test('every change is audited, for administrators', async () => {
    const round = await openRound(f.stack, f.awards);
    const nomination = await submittedNomination(f.stack, f.nominator, round.id, {
      nomineeUnitId: await f.dir.unitId('HN-CN-TDP6-CNS'),
    });
    ok(
      await f.stack.query(
        RECUSE,
        { id: nomination.id, r: 'Có quan hệ gia đình với người đề nghị' },
        f.awards,
      ),
    );
    expect(codes(await f.stack.query('{ awardsAuditLog { totalCount } }', {}, f.awards))).toEqual([
      'FORBIDDEN',
    ]);
    const log = ok(
      await f.stack.query<any>(
        '{ awardsAuditLog(first: 100) { nodes { action actorUsername entityType } } }',
        {},
        f.admin,
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
