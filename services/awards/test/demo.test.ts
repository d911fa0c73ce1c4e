import pino from 'pino';
import { dialectUnderTest, ok, type TestStack } from '@dx/test-kit';
import { definition } from '@dx/service-awards';
import { startAwardsStack } from './support';

let stack: TestStack;
let awards: string;

beforeAll(async () => {
  stack = await startAwardsStack();
  const admin = await stack.login('admin');
  const gateway = async (query: string, variables: Record<string, unknown> = {}) =>
    ok(await stack.query(query, variables, admin));
  const env = { dataSource: stack.services.awards.dataSource, log: pino({ level: 'silent' }), gateway };
  await definition.seedDemo!(env);
  await definition.seedDemo!(env); // a restart seeds nothing twice
  awards = await stack.login('awards');
});
afterAll(() => stack?.stop());

describe(`awards demo data (${dialectUnderTest})`, () => {
  test("Cửa Nam's campaign honoured 27 collectives and 12 individuals by one decision", async () => {
    const rounds = ok(
      await stack.query<any>(
        '{ awardRounds { totalCount nodes { id title phase organizerUnit { code } } } }',
        {},
        awards,
      ),
    ).awardRounds;
    expect(rounds.totalCount).toBe(2);
    const campaign = rounds.nodes.find((r: { title: string }) => r.title.includes('45 ngày đêm'));
    expect(campaign).toMatchObject({ phase: 'CLOSED', organizerUnit: { code: 'HN-CN' } });
    const honours = ok(
      await stack.query<any>(
        'query ($r: ID!) { honours(roundId: $r) { kind decisionNo nomineeUnit { code } } }',
        { r: campaign.id },
        awards,
      ),
    ).honours;
    expect(honours.filter((h: { kind: string }) => h.kind === 'COLLECTIVE')).toHaveLength(27);
    expect(honours.filter((h: { kind: string }) => h.kind === 'INDIVIDUAL')).toHaveLength(12);
    expect(new Set(honours.map((h: { decisionNo: string }) => h.decisionNo))).toEqual(
      new Set(['268/QĐ-UBND']),
    );
    expect(
      honours.every(
        (h: { kind: string; nomineeUnit: { code: string } | null }) =>
          h.kind === 'INDIVIDUAL' || h.nomineeUnit!.code.startsWith('HN-CN-'),
      ),
    ).toBe(true);
  });

  test('the National Digital Transformation Day round is open with submissions awaiting review', async () => {
    const rounds = ok(
      await stack.query<any>(
        '{ awardRounds { nodes { id title opensAt closesAt criteria { weight } } } }',
        {},
        awards,
      ),
    ).awardRounds.nodes;
    const national = rounds.find((r: { title: string }) => r.title.includes('Ngày Chuyển đổi số quốc gia'));
    expect(national.criteria.map((c: { weight: number }) => c.weight)).toEqual([50, 30, 20]);
    const queue = ok(
      await stack.query<any>(
        'query ($r: ID) { reviewQueue(roundId: $r) { totalCount } }',
        { r: national.id },
        awards,
      ),
    ).reviewQueue;
    expect(queue.totalCount).toBe(5);
  });
});
